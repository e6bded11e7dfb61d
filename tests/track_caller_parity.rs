//! `small`'s shims carry `#[track_caller]` only where std's method of the same name has
//! it. Each tracked shim passes a `Location` constant, with its own relocation, from
//! every call site, which costs bytes per element type and keeps the shims of two
//! same-layout types from being merged; std's tracked methods are the ones whose panic
//! location users rely on. This test reads `src/small` and std's own sources (from the
//! `rust-src` component, which CI installs) and fails on a shim tracked where std's
//! method is not.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The functions declared right after a `#[track_caller]` attribute in `text`.
fn tracked_fns(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.trim() != "#[track_caller]" {
            continue;
        }
        // The declaration follows within a few lines (other attributes, docs between).
        for next in lines.iter().skip(i + 1).take(8) {
            if let Some(at) = next.find("fn ") {
                let name: String = next[at + 3..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.insert(name);
                break;
            }
        }
    }
    out
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The installed std library sources, if the `rust-src` component is there.
fn std_library() -> Option<PathBuf> {
    let out = std::process::Command::new(std::env::var_os("RUSTC").unwrap_or("rustc".into()))
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let sysroot = String::from_utf8(out.stdout).ok()?;
    let lib = Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library");
    lib.is_dir().then_some(lib)
}

#[test]
fn tracked_fns_are_found() {
    let text = "#[track_caller]\n#[inline]\npub fn insert(&mut self) {}\n\
                pub fn push(&mut self) {}\n#[track_caller]\n    pub(crate) fn split_off() {}\n";
    let found: Vec<String> = tracked_fns(text).into_iter().collect();
    assert_eq!(found, ["insert", "split_off"]);
}

#[test]
fn small_shims_are_tracked_only_where_std_is() {
    let Some(lib) = std_library() else {
        println!(
            "SKIPPED: the rust-src component is not installed (rustup component add rust-src)"
        );
        return;
    };
    // Each small family and the std sources of the type it stands for.
    let families: [(&str, &[&str]); 7] = [
        ("src/small/vec", &["alloc/src/vec"]),
        ("src/small/deque", &["alloc/src/collections/vec_deque"]),
        ("src/small/map", &["std/src/collections/hash/map.rs"]),
        ("src/small/set", &["std/src/collections/hash/set.rs"]),
        ("src/small/sort.rs", &["core/src/slice/mod.rs"]),
        ("src/small/btree", &["alloc/src/collections/btree"]),
        (
            "src/small/binary_heap.rs",
            &["alloc/src/collections/binary_heap"],
        ),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (ours, theirs) in families {
        let mut our_files = Vec::new();
        let ours = root.join(ours);
        if ours.is_dir() {
            rust_files(&ours, &mut our_files);
        }
        // `src/small/deque.rs` beside `src/small/deque/`, and so on.
        let file = ours.with_extension("rs");
        if file.is_file() {
            our_files.push(file);
        }
        let mut std_tracked = BTreeSet::new();
        for t in theirs {
            let path = lib.join(t);
            assert!(path.exists(), "{}: std's sources moved", path.display());
            let mut files = Vec::new();
            if path.is_dir() {
                rust_files(&path, &mut files);
            } else {
                files.push(path);
            }
            for f in files {
                let text =
                    std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
                std_tracked.extend(tracked_fns(&text));
            }
        }
        // std's HashMap and HashSet track no method at all, so an empty set is valid.
        for f in our_files {
            let text = std::fs::read_to_string(&f).unwrap();
            for name in tracked_fns(&text) {
                checked += 1;
                if !std_tracked.contains(&name) {
                    wrong.push(format!("{}: fn {name}", f.display()));
                }
            }
        }
    }
    println!("{checked} tracked small shim(s) checked against std");
    assert!(
        wrong.is_empty(),
        "small shims with #[track_caller] where std's method has none:\n{}",
        wrong.join("\n")
    );
}
