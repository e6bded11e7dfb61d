//! The advisor on a fixture crate with known instantiations
//! (`tests/fixtures/advise-fixture`, its own workspace, no dependencies): the families and
//! element types it finds, the std floor left out, and the errors on bad input.

use std::path::{Path, PathBuf};

use size_reports::advise::classify::{Family, SHARED};
use size_reports::advise::{self, analyze, model, parse_args, Analysis};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join("advise-fixture")
        .join("Cargo.toml")
}

fn args(extra: &[&str]) -> Vec<String> {
    let mut v = vec![fixture().display().to_string()];
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

fn row<'a>(a: &'a Analysis, f: Family, e: &str) -> &'a advise::Row {
    a.rows.get(&(f, e.to_string())).unwrap_or_else(|| {
        panic!(
            "no row for {} `{e}`; rows: {:?}",
            f.name(),
            a.rows.keys().collect::<Vec<_>>()
        )
    })
}

#[test]
fn attributes_the_fixture_instantiations_and_leaves_out_the_floor() {
    let (o, _) = parse_args(&args(&[])).unwrap();
    let a = analyze(&o).unwrap();

    // Every instantiation the fixture makes is found, with code in the optimized binary
    // and LLVM lines in the dev build.
    for (f, e) in [
        (Family::Sort, "u32"),
        (Family::Sort, "(String, u64)"),
        (Family::HashMap, "u64, String"),
        (Family::HashSet, "u16"),
        (Family::VecDeque, "u8"),
        (Family::Vec, "(String, u64)"),
    ] {
        let r = row(&a, f, e);
        assert!(r.bytes > 0, "{} `{e}` has no code: {r:?}", f.name());
        assert!(r.lines > 0, "{} `{e}` has no LLVM lines: {r:?}", f.name());
    }
    // Vec<u32> and Vec<String>: their growth and drop code is in the binary or merged
    // with std's, but the compiler instantiated them for the fixture.
    for e in ["u32", "String"] {
        assert!(row(&a, Family::Vec, e).lines > 0, "Vec<{e}>");
    }
    // The stable sort of (String, u64) is the largest container code of the program.
    let top = a
        .rows
        .iter()
        .max_by_key(|(_, r)| r.bytes)
        .map(|(k, _)| k.clone())
        .unwrap();
    assert_eq!(top, (Family::Sort, "(String, u64)".to_string()));

    // The floor: std's own container code (its sorts of backtrace symbols, its B-tree of
    // thread infos) is in the binary but is not counted as the program's.
    assert!(a.floor.is_some());
    let floor_total: u64 = a.floor_bytes.values().sum();
    assert!(floor_total > 10_000, "std's container code: {floor_total}");
    for ((f, e), r) in &a.rows {
        assert!(
            !(e.contains("ParsedSym") || e.contains("ThreadInfo") || e.contains("Address")),
            "std's {} `{e}` counted as the program's: {r:?}",
            f.name()
        );
    }
    assert!(!a.rows.keys().any(|(f, _)| *f == Family::BTree));
    for f in &a.functions {
        if f.name.contains("backtrace") || f.name.contains("gimli::") {
            assert_eq!(f.added, 0, "{} is std's", f.name);
        }
    }
    // No element type is noise: no allocator, hasher, closure or constant.
    for (_, e) in a.rows.keys() {
        assert!(
            e == SHARED
                || !(e.contains("Global") || e.contains("RandomState") || e.contains("closure")),
            "{e}"
        );
    }

    // The prediction covers the families with a small variant, with the import line.
    let p = model::predict(&a).unwrap();
    let fam = |f: Family| p.families.iter().find(|x| x.family == f).unwrap();
    assert_eq!(fam(Family::Sort).types, 2);
    assert_eq!(fam(Family::HashMap).types, 1);
    // At the probes' usage, two sorted types pay back small's sort; one deque type never
    // pays back small's deque, however much of it the program uses.
    assert!(fam(Family::Sort).probe_saving > 0.0);
    assert!(fam(Family::VecDeque).saving < 0.0);
    assert!(fam(Family::VecDeque).probe_saving < 0.0);
    for f in &p.families {
        if f.costs.is_some() {
            let u = f.usage.expect("LLVM lines were measured");
            assert!(u > 0.0 && u < 3.0, "{} usage {u}", f.family.name());
        }
    }
    assert_eq!(a.imports.lines.len(), 1);
    assert_eq!(
        a.imports.lines[0].replacement,
        ["use sizespeed::auto::{Map as HashMap, Set as HashSet, Deque as VecDeque};"]
    );
    let md = advise::render::markdown(&a, &p);
    assert!(
        md.contains("| slice sort/search | `(String, u64)` |"),
        "{md}"
    );
    assert!(md.contains("Verdict: prefer-size is"), "{md}");
}

#[test]
fn bad_input_gets_a_specific_error() {
    let e = parse_args(&["/nonexistent/Cargo.toml".to_string()]).unwrap_err();
    assert!(e.contains("no manifest at"), "{e}");
    let e = parse_args(&args(&["--bin"])).unwrap_err();
    assert!(e.contains("--bin needs a value"), "{e}");

    let (o, _) = parse_args(&args(&["--bin", "nope"])).unwrap();
    let e = analyze(&o).unwrap_err();
    assert!(e.contains("no binary named \"nope\""), "{e}");
    assert!(e.contains("advise-fixture"), "lists the binaries: {e}");
    let (o, _) = parse_args(&args(&["--lib"])).unwrap();
    let e = analyze(&o).unwrap_err();
    assert!(e.contains("no library target"), "{e}");

    // A stripped program: an ELF file without a symbol table.
    let mut elf = vec![0u8; 64];
    elf[..4].copy_from_slice(b"\x7fELF");
    elf[4] = 2;
    elf[5] = 1;
    let e = advise::attribute(&elf, None).unwrap_err();
    assert!(e.contains("stripped") && e.contains("strip = false"), "{e}");
}

#[test]
fn a_build_that_fails_shows_the_compiler_error() {
    let dir = std::env::temp_dir().join(format!("advise-broken-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        "[package]\nname = \"broken\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[workspace]\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("src").join("main.rs"),
        "fn main() { let x: u32 = \"not a number\"; }\n",
    )
    .unwrap();
    let (o, _) = parse_args(&[dir.join("Cargo.toml").display().to_string()]).unwrap();
    let e = analyze(&o).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(e.contains("the build failed"), "{e}");
    assert!(
        e.contains("mismatched types"),
        "cargo's error is shown: {e}"
    );
}
