//! The std parity table, kept honest in both directions.
//!
//! `docs/parity.toml` lists every stable inherent method and trait impl of std's `Vec`,
//! `VecDeque`, `HashMap` (with its `Entry`, `OccupiedEntry` and `VacantEntry`) and
//! `HashSet`, each with a status per variant (`✓`, `✗ <reason>` or `n/a <reason>`) and a
//! *probe*: a few lines that use the item with std's signature against a type `X`. From it
//! this test generates three committed files, and fails if any differs from what is
//! committed:
//!
//! - `tests/parity_compile.rs`: every probe on std's own type (which proves the probes),
//!   and every probe of every `✓` cell on that variant. It is an ordinary test target, so
//!   a `✓` that is not true fails to compile, and its probes run;
//! - `docs/parity_fails.md`: every `✗` cell's probe as a `compile_fail` doctest on that
//!   variant (included in the docs of `sizespeed::parity`), so a `✗` that stops being true
//!   fails `cargo test --doc`;
//! - `docs/PARITY.md`: the table, one row per std item, one column per variant.
//!
//! When the std sources of the running toolchain are installed (`rustup component add
//! rust-src`), it also extracts the item list from them and fails if the table misses an
//! item, lists one std does not have, or records another declaration; without them, or on
//! another toolchain than the table's, it prints that it skipped this check.
//!
//! After editing `docs/parity.toml`, or on a new toolchain, regenerate with
//! `cargo test -p sizespeed --test parity -- --ignored` (new std items get status `?`
//! and no probe, which `every_cell_is_decided` rejects until they are filled in).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The families, their std type, the std files that define them, and their variants.
const FAMILIES: &[Family] = &[
    Family {
        name: "Vec",
        std_type: "Vec",
        more_types: &[],
        files: &["alloc/src/vec"],
        variants: &["fast", "small", "medium", "inline", "thin", "boxed"],
    },
    Family {
        name: "Deque",
        std_type: "VecDeque",
        more_types: &[],
        files: &["alloc/src/collections/vec_deque"],
        variants: &["fast", "small"],
    },
    Family {
        name: "Map",
        std_type: "HashMap",
        more_types: &["Entry", "OccupiedEntry", "VacantEntry"],
        files: &["std/src/collections/hash/map.rs"],
        variants: &["fast", "small"],
    },
    Family {
        name: "Set",
        std_type: "HashSet",
        more_types: &[],
        files: &["std/src/collections/hash/set.rs"],
        variants: &["fast", "small"],
    },
];

struct Family {
    name: &'static str,
    std_type: &'static str,
    /// Further std types whose items belong to the family (the entry API of `HashMap`):
    /// their methods are listed as `fn Type::name`.
    more_types: &'static [&'static str],
    files: &'static [&'static str],
    variants: &'static [&'static str],
}

fn family(name: &str) -> &'static Family {
    FAMILIES
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("unknown family {name:?}"))
}

// ---------------------------------------------------------------------------------------
// Extraction from std's sources.

/// One std item: `fn push` or `impl Clone for Vec<T>`, with the declaration it came from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct StdItem {
    family: String,
    item: String,
    sig: String,
}

/// Removes comments, keeping string and char literals intact.
fn strip_comments(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                    depth += 1;
                    i += 2;
                } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == b'"' {
            let start = i;
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str(&src[start..i.min(b.len())]);
        } else if c == b'\'' {
            // A char literal ('x', '\n', '"') or a lifetime ('a).
            let end = if b.get(i + 1) == Some(&b'\\') {
                src[i + 2..].find('\'').map(|e| i + 2 + e + 1)
            } else if b.get(i + 2) == Some(&b'\'') {
                Some(i + 3)
            } else {
                None
            };
            match end {
                Some(e) => {
                    out.push_str(&src[i..e]);
                    i = e;
                }
                None => {
                    out.push('\'');
                    i += 1;
                }
            }
        } else {
            let ch = src[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// The index just past the bracket group that opens at `open`.
fn skip_group(s: &str, open: usize) -> usize {
    let b = s.as_bytes();
    let mut depth = 0i32;
    let mut i = open;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\'' if b.get(i + 2) == Some(&b'\'') => i += 2,
            b'\'' if b.get(i + 1) == Some(&b'\\') => {
                i += 2 + s[i + 2..].find('\'').unwrap_or(0);
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

fn collapse(s: &str) -> String {
    let mut out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (from, to) in [
        ("< ", "<"),
        (" >", ">"),
        ("( ", "("),
        (" )", ")"),
        (" ,", ","),
    ] {
        out = out.replace(from, to);
    }
    out
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Whether `word` occurs in `s` as a whole word.
fn has_word(s: &str, word: &str) -> bool {
    s.match_indices(word).any(|(at, _)| {
        let before = s.as_bytes().get(at.wrapping_sub(1)).copied();
        let after = s.as_bytes().get(at + word.len()).copied();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// A sequence of items (a file, or the body of an impl): each with its attributes and its
/// text up to its body or `;`, and its body.
fn items(s: &str) -> Vec<(Vec<String>, String, String)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut attrs = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
        } else if b[i] == b'#' && matches!(b.get(i + 1), Some(b'[') | Some(b'!')) {
            let open = i + s[i..].find('[').unwrap();
            let end = skip_group(s, open);
            attrs.push(collapse(&s[i..end]));
            i = end;
        } else {
            // An item: its head runs to the first `{` or `;` outside brackets.
            let start = i;
            let mut j = i;
            let mut depth = 0i32;
            while j < b.len() {
                match b[j] {
                    b'(' | b'[' => depth += 1,
                    b')' | b']' => depth -= 1,
                    b'"' => j = skip_group_str(s, j),
                    b'{' if depth == 0 => break,
                    b';' if depth == 0 => break,
                    _ => {}
                }
                j += 1;
            }
            let head = collapse(&s[start..j.min(b.len())]);
            let mut body = String::new();
            let mut end = j + 1;
            if j < b.len() && b[j] == b'{' {
                end = skip_group(s, j);
                body = s[j + 1..end - 1].to_string();
                // `macro! { .. };`
                if s[end..].trim_start().starts_with(';') {
                    end += s[end..].find(';').unwrap() + 1;
                }
            }
            out.push((std::mem::take(&mut attrs), head, body));
            i = end;
        }
    }
    out
}

fn skip_group_str(s: &str, open: usize) -> usize {
    let b = s.as_bytes();
    let mut i = open + 1;
    while i < b.len() && b[i] != b'"' {
        i += if b[i] == b'\\' { 2 } else { 1 };
    }
    i
}

fn is_stable(attrs: &[String]) -> bool {
    attrs.iter().any(|a| a.starts_with("#[stable"))
        && !attrs.iter().any(|a| a.starts_with("#[unstable"))
}

/// `impl<..> X` without its generics and where clause; the generics, if any, are dropped.
fn impl_target(head: &str) -> String {
    let mut h = head
        .trim_start_matches("unsafe ")
        .trim_start_matches("impl");
    if h.starts_with('<') {
        let mut depth = 0;
        let mut cut = 0;
        for (k, c) in h.char_indices() {
            match c {
                '<' => depth += 1,
                '>' => {
                    depth -= 1;
                    if depth == 0 {
                        cut = k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        h = &h[cut..];
    }
    let h = h.split(" where ").next().unwrap().trim();
    h.strip_prefix("const ").unwrap_or(h).to_string()
}

/// The readable key of a trait impl: lifetimes, allocator parameters and module paths
/// dropped (`impl<'a, T: Copy + 'a, A: Allocator> Extend<&'a T> for Vec<T, A>` is
/// `impl Extend<&T> for Vec<T>`).
fn impl_key(target: &str) -> String {
    let mut s = String::new();
    let b = target.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\'' {
            i += 1;
            while i < b.len() && is_ident(b[i]) {
                i += 1;
            }
            if target[i..].starts_with(", ") || target[i..].starts_with(' ') {
                i += if b[i] == b',' { 2 } else { 1 };
            }
            continue;
        }
        // Module paths (`fmt::Debug`, `ops::Index`) are dropped.
        if b[i].is_ascii_lowercase() && (i == 0 || !is_ident(b[i - 1])) {
            let mut j = i;
            while j < b.len() && is_ident(b[j]) {
                j += 1;
            }
            if target[j..].starts_with("::") {
                i = j + 2;
                continue;
            }
        }
        s.push(b[i] as char);
        i += 1;
    }
    for a in [", A1>", ", A2>", ", A>", ", Global>"] {
        s = s.replace(a, ">");
    }
    format!("impl {s}")
}

fn std_files(lib: &Path, fam: &Family) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for f in fam.files {
        let p = lib.join(f);
        if p.is_dir() {
            let mut dir: Vec<_> = std::fs::read_dir(&p)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "rs"))
                .filter(|p| !p.ends_with("tests.rs"))
                .collect();
            dir.sort();
            files.extend(dir);
        } else {
            files.push(p);
        }
    }
    files
}

/// Every stable inherent method and trait impl of the family's std type.
fn extract(lib: &Path, fam: &Family) -> Vec<StdItem> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for file in std_files(lib, fam) {
        let src = std::fs::read_to_string(&file).unwrap();
        extract_from(&src, fam.std_type, "", &mut out);
        for ty in fam.more_types {
            extract_from(&src, ty, &format!("{ty}::"), &mut out);
        }
    }
    out.into_iter()
        .map(|(item, sig)| StdItem {
            family: fam.name.to_string(),
            item,
            sig,
        })
        .collect()
}

/// Adds the stable items of type `ty` declared in one source file to `out` (key: the item,
/// value: its declaration), naming methods `fn {prefix}name`.
fn extract_from(src: &str, ty: &str, prefix: &str, out: &mut BTreeMap<String, String>) {
    {
        let src = strip_comments(src);
        for (attrs, head, body) in items(&src) {
            if head.starts_with("__impl_slice_eq1!") {
                // `__impl_slice_eq1! { [generics] Lhs, Rhs, [where ..,] [#[stable(..)]] }`
                // implements `PartialEq<Rhs> for Lhs`, stable in every invocation.
                let args = collapse(&body);
                let args = args[args.find(']').unwrap() + 1..].trim();
                let mut parts = split_top(args, ',');
                let lhs = parts.remove(0);
                let rhs = parts.remove(0);
                let rhs = rhs.split(" where ").next().unwrap().trim().to_string();
                let target = format!("PartialEq<{rhs}> for {lhs}");
                if has_word(&target, ty) {
                    out.entry(impl_key(&target)).or_insert(target);
                }
                continue;
            }
            let head = head.strip_prefix("const ").unwrap_or(&head).to_string();
            if !(head.starts_with("impl") || head.starts_with("unsafe impl")) {
                continue;
            }
            let target = impl_target(&head);
            match split_top(&target, ' ').iter().position(|w| w == "for") {
                Some(_) => {
                    if is_stable(&attrs) && has_word(&target, ty) {
                        out.entry(impl_key(&target)).or_insert(head.clone());
                    }
                }
                None => {
                    if !target.starts_with(&format!("{ty}<")) {
                        continue;
                    }
                    for (fattrs, fhead, _) in items(&body) {
                        let Some(at) = fhead.find("fn ") else {
                            continue;
                        };
                        if !fhead.starts_with("pub ") || !is_stable(&fattrs) {
                            continue;
                        }
                        let name: String = fhead[at + 3..]
                            .bytes()
                            .take_while(|&c| is_ident(c))
                            .map(char::from)
                            .collect();
                        out.entry(format!("fn {prefix}{name}"))
                            .or_insert(fhead.clone());
                    }
                }
            }
        }
    }
}

/// Splits at `sep` outside brackets.
fn split_top(s: &str, sep: char) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            _ => {}
        }
        if c == sep && depth == 0 {
            out.push(String::new());
        } else {
            out.last_mut().unwrap().push(c);
        }
    }
    out.into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

fn std_library() -> Option<PathBuf> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = std::process::Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let sysroot = String::from_utf8(out.stdout).ok()?;
    let lib = Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library");
    lib.join("alloc/src/vec/mod.rs").is_file().then_some(lib)
}

// ---------------------------------------------------------------------------------------
// The data file.

/// One row of `docs/parity.toml`.
#[derive(Debug, Default)]
struct Row {
    family: String,
    item: String,
    sig: String,
    probe: String,
    status: BTreeMap<String, String>,
}

/// Reads the subset of TOML the data file uses: `[[item]]` tables of `key = "string"`.
fn parse_table(text: &str) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "[[item]]" {
            rows.push(Row::default());
            continue;
        }
        let (key, value) = line
            .split_once(" = ")
            .unwrap_or_else(|| panic!("docs/parity.toml:{}: expected key = \"value\"", n + 1));
        let value = unquote(value)
            .unwrap_or_else(|| panic!("docs/parity.toml:{}: bad string {value}", n + 1));
        let row = rows
            .last_mut()
            .unwrap_or_else(|| panic!("docs/parity.toml:{}: key before [[item]]", n + 1));
        match key {
            "family" => row.family = value,
            "item" => row.item = value,
            "sig" => row.sig = value,
            "probe" => row.probe = value,
            variant => {
                assert!(
                    ["fast", "small", "medium", "inline", "thin", "boxed"].contains(&variant),
                    "docs/parity.toml:{}: unknown key {variant}",
                    n + 1
                );
                row.status.insert(variant.to_string(), value);
            }
        }
    }
    rows
}

fn unquote(v: &str) -> Option<String> {
    let inner = v.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                _ => return None,
            },
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

fn quote(v: &str) -> String {
    let mut out = String::from('"');
    for c in v.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes the data file back in its canonical form (used by `regenerate` to add rows
/// for new std items, with status `?`).
fn render_table(header: &str, rows: &[Row]) -> String {
    let mut out = String::from(header);
    for r in rows {
        out.push_str("\n[[item]]\n");
        writeln!(out, "family = {}", quote(&r.family)).unwrap();
        writeln!(out, "item = {}", quote(&r.item)).unwrap();
        writeln!(out, "sig = {}", quote(&r.sig)).unwrap();
        writeln!(out, "probe = {}", quote(&r.probe)).unwrap();
        for v in family(&r.family).variants {
            let s = r.status.get(*v).map_or("?", String::as_str);
            writeln!(out, "{v} = {}", quote(s)).unwrap();
        }
    }
    out
}

fn header_of(text: &str) -> String {
    let end = text.find("\n[[item]]\n").unwrap_or(text.len());
    text[..end].trim_end().to_string() + "\n"
}

// ---------------------------------------------------------------------------------------
// Generated files.

/// The type a family's probes are written against, for a variant or for `std` itself.
fn type_path(fam: &str, v: &str) -> String {
    match (fam, v) {
        ("Vec", "std") => "std::vec::Vec<T>".into(),
        ("Deque", "std") => "std::collections::VecDeque<T>".into(),
        ("Map", "std") => "std::collections::HashMap<K, V, S>".into(),
        ("Set", "std") => "std::collections::HashSet<T, S>".into(),
        ("Vec", v) => format!("sizespeed::{v}::Vec<T>"),
        ("Deque", v) => format!("sizespeed::{v}::Deque<T>"),
        ("Map", v) => format!("sizespeed::{v}::Map<K, V, S>"),
        ("Set", v) => format!("sizespeed::{v}::Set<T, S>"),
        _ => unreachable!(),
    }
}

/// The imports, the type alias `X` the probes are written against, and `mk()`, an `X`
/// holding 1, 2, 3 (keys 1, 2, 3 mapping to 10, 20, 30 for maps), indented by `pad`.
fn prelude(fam: &str, v: &str, pad: &str) -> String {
    let (alias, build, add) = match fam {
        "Vec" => ("X<T>", "X<u32>", ["push(1)", "push(2)", "push(3)"]),
        "Deque" => (
            "X<T>",
            "X<u32>",
            ["push_back(1)", "push_back(2)", "push_back(3)"],
        ),
        "Map" => (
            "X<K, V, S = RandomState>",
            "X<u32, u32>",
            ["insert(1, 10)", "insert(2, 20)", "insert(3, 30)"],
        ),
        "Set" => (
            "X<T, S = RandomState>",
            "X<u32>",
            ["insert(1)", "insert(2)", "insert(3)"],
        ),
        _ => unreachable!(),
    };
    let mut out = String::new();
    for u in [
        "std::borrow::{Borrow, BorrowMut, Cow}",
        "std::collections::hash_map::RandomState",
        "std::fmt::Debug",
        "std::hash::Hash",
        "std::mem::MaybeUninit",
        "std::ops::*",
    ] {
        let _ = writeln!(out, "{pad}use {u};");
    }
    let _ = writeln!(out, "{pad}type {alias} = {};", type_path(fam, v));
    if fam == "Map" {
        // The entry types of the same implementation.
        let module = if v == "std" {
            "std::collections::hash_map".to_string()
        } else {
            format!("sizespeed::{v}::map")
        };
        let _ = writeln!(
            out,
            "{pad}use {module}::{{Entry, OccupiedEntry, VacantEntry}};"
        );
    }
    if fam == "Deque" {
        // The same variant's Vec, for the conversions between the two.
        let _ = writeln!(out, "{pad}type XVec<T> = {};", type_path("Vec", v));
    }
    let _ = writeln!(out, "{pad}fn mk() -> {build} {{");
    let _ = writeln!(
        out,
        "{pad}    let mut x = {}::new();",
        build.replacen('<', "::<", 1)
    );
    for a in add {
        let _ = writeln!(out, "{pad}    x.{a};");
    }
    let _ = writeln!(out, "{pad}    x\n{pad}}}");
    out
}

/// The macro the trait probes use: compiles only if the type implements the bound.
const IMP: &str = "macro_rules! imp {\n    ($t:ty: $($b:tt)+) => {{\n        \
                   fn check<Y: ?Sized + $($b)+>() {}\n        check::<$t>();\n    }};\n}\n";

fn is_yes(status: &str) -> bool {
    status == "✓"
}

/// A function name for the probe of row `n`.
fn ident(n: usize, item: &str) -> String {
    let item = item
        .replace("&mut ", "refmut ")
        .replace('&', "ref ")
        .replace("; N]", " array]")
        .replace('[', " slice ");
    let mut s: String = item
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    while s.contains("__") {
        s = s.replace("__", "_");
    }
    format!("p{n:03}_{}", s.trim_matches('_'))
}

fn render_compile(rows: &[Row]) -> String {
    let mut out = String::from(
        "//! GENERATED from docs/parity.toml by tests/parity.rs: do not edit. Regenerate with\n\
         //! `cargo test -p sizespeed --test parity -- --ignored`.\n\
         //!\n\
         //! Each function uses one std item marked ✓ for one variant, with std's signature; a\n\
         //! ✓ that is not true does not compile. The `*_std` modules run every probe on std's\n\
         //! own type, which proves the probes right. Each module's test runs its probes on\n\
         //! small inputs.\n\n\
         #![allow(unused_mut, unused_variables, unused_imports, dead_code, clippy::all)]\n\n\
         /// Compiles only if the type implements the bound.\n",
    );
    out.push_str(IMP);
    for fam in FAMILIES {
        for v in std::iter::once(&"std").chain(fam.variants) {
            let probes: Vec<(String, &Row)> = rows
                .iter()
                .enumerate()
                .filter(|(_, r)| {
                    r.family == fam.name
                        && (*v == "std" || r.status.get(*v).is_some_and(|s| is_yes(s)))
                })
                .map(|(n, r)| (ident(n, &r.item), r))
                .collect();
            let _ = writeln!(
                out,
                "\n#[rustfmt::skip]\nmod {}_{} {{",
                fam.name.to_lowercase(),
                v
            );
            out.push_str(&prelude(fam.name, v, "    "));
            let _ = writeln!(out, "\n    #[test]\n    fn probes() {{");
            for (id, _) in &probes {
                let _ = writeln!(out, "        {id}();");
            }
            let _ = writeln!(
                out,
                "        assert_eq!({}, [{}].len());\n    }}",
                probes.len(),
                probes
                    .iter()
                    .map(|(id, _)| format!("\"{id}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            for (id, r) in &probes {
                let _ = writeln!(out, "\n    /// `{}`", r.item.replace('`', "'"));
                let _ = writeln!(out, "    fn {id}() {{");
                for line in r.probe.lines() {
                    let _ = writeln!(out, "        {line}");
                }
                out.push_str("    }\n");
            }
            out.push_str("}\n");
        }
    }
    out
}

/// Every ✗ cell as a `compile_fail` doctest: its probe (which compiles on std, see
/// `render_compile`) does not compile on the variant, so a ✗ that became untrue fails
/// `cargo test --doc`. Included in the docs of `sizespeed::parity`.
fn render_fails(rows: &[Row]) -> String {
    let mut out = String::from(
        "\n## Each ✗, shown not to compile\n\n\
         Generated from `docs/parity.toml` by `tests/parity.rs`. Each probe below compiles\n\
         on std's own type (`tests/parity_compile.rs`) and is a `compile_fail` doctest on\n\
         the variant, so a ✗ that stops being true fails `cargo test`.\n",
    );
    for fam in FAMILIES {
        for v in fam.variants {
            for r in rows.iter().filter(|r| r.family == fam.name) {
                let Some(status) = r.status.get(*v).filter(|s| s.starts_with('✗')) else {
                    continue;
                };
                let _ = writeln!(
                    out,
                    "\n### `{}` on `{v}::{}`\n\n{}\n\n```compile_fail",
                    r.item,
                    fam.name,
                    status.trim_start_matches("✗ ")
                );
                for line in IMP.lines().chain(prelude(fam.name, v, "").lines()) {
                    let _ = writeln!(out, "# {line}");
                }
                out.push_str("# fn main() {\n");
                for line in r.probe.lines() {
                    let _ = writeln!(out, "{line}");
                }
                out.push_str("# }\n```\n");
            }
        }
    }
    out
}

fn render_markdown(rows: &[Row], rustc: &str) -> String {
    let mut out = String::from(
        "# Parity with std\n\n\
         GENERATED from `docs/parity.toml` by `tests/parity.rs`: do not edit.\n\n\
         One row per stable inherent method and trait impl of std's `Vec`, `VecDeque`,\n\
         `HashMap` (with its entry types) and `HashSet` (as of the Rust release named\n\
         below), one column per variant. ✓: the variant has it with std's signature,\n\
         proved by a probe that `tests/parity_compile.rs` compiles and runs, on std's own\n\
         type too. ✗ (note): it does not, for the reason in the note under the table; the\n\
         probe is a `compile_fail` doctest on that variant (`docs/parity_fails.md`, shown in\n\
         the docs of `sizespeed::parity`). n/a (note): the item does not apply. The list\n\
         of items is checked against the std sources of the toolchain by `cargo test`.\n\n",
    );
    let _ = writeln!(out, "Rust release: `{rustc}`.\n");
    out.push_str(
        "## Summary\n\n| family | std items | variant | ✓ | ✗ | n/a |\n|---|---|---|---|---|---|\n",
    );
    for fam in FAMILIES {
        let fam_rows: Vec<&Row> = rows.iter().filter(|r| r.family == fam.name).collect();
        for v in fam.variants {
            let count = |p: &str| {
                fam_rows
                    .iter()
                    .filter(|r| r.status.get(*v).is_some_and(|s| s.starts_with(p)))
                    .count()
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                fam.name,
                fam_rows.len(),
                v,
                count("✓"),
                count("✗"),
                count("n/a")
            );
        }
    }
    for fam in FAMILIES {
        let _ = write!(out, "\n## {} (std `{}`", fam.name, fam.std_type);
        for (n, ty) in fam.more_types.iter().enumerate() {
            let sep = if n + 1 == fam.more_types.len() {
                " and"
            } else {
                ","
            };
            let _ = write!(out, "{sep} `{ty}`");
        }
        out.push_str(")\n\n");
        let _ = writeln!(out, "| std item | {} |", fam.variants.join(" | "));
        let _ = writeln!(out, "|---|{}", "---|".repeat(fam.variants.len()));
        // Each distinct reason once, as a numbered note under the table.
        let mut notes: Vec<&str> = Vec::new();
        for r in rows.iter().filter(|r| r.family == fam.name) {
            let cells: Vec<String> = fam
                .variants
                .iter()
                .map(|v| {
                    let s = r.status.get(*v).map_or("?", String::as_str);
                    let Some((mark, reason)) = s.split_once(' ') else {
                        return s.to_string();
                    };
                    let n = match notes.iter().position(|n| *n == reason) {
                        Some(n) => n + 1,
                        None => {
                            notes.push(reason);
                            notes.len()
                        }
                    };
                    format!("{mark} ({n})")
                })
                .collect();
            let _ = writeln!(
                out,
                "| `{}` | {} |",
                r.item.replace('|', "\\|"),
                cells.join(" | ")
            );
        }
        if !notes.is_empty() {
            out.push('\n');
        }
        for (n, note) in notes.iter().enumerate() {
            let _ = writeln!(out, "{}. {note}", n + 1);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// The checks.

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(rel)).unwrap_or_default()
}

/// Compares a generated file with the committed one.
fn check_generated(rel: &str, want: &str) {
    let have = read(rel);
    if have != want {
        let line = have
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(have.lines().count().min(want.lines().count()));
        panic!(
            "{rel} is out of date with docs/parity.toml (first difference at line {}); \
             regenerate with `cargo test -p sizespeed --test parity -- --ignored`",
            line + 1
        );
    }
}

/// The toolchain the table was extracted from, as its header records it.
fn table_rustc(text: &str) -> String {
    text.lines()
        .find_map(|l| l.strip_prefix("# toolchain: "))
        .unwrap_or("")
        .to_string()
}

fn load() -> Vec<Row> {
    let rows = parse_table(&read("docs/parity.toml"));
    assert!(!rows.is_empty(), "docs/parity.toml has no items");
    rows
}

#[test]
fn every_cell_is_decided() {
    let rows = load();
    let mut seen = BTreeSet::new();
    for r in &rows {
        let fam = family(&r.family);
        assert!(
            seen.insert((r.family.clone(), r.item.clone())),
            "{} {} is listed twice",
            r.family,
            r.item
        );
        assert!(
            !r.probe.trim().is_empty(),
            "{} {}: no probe",
            r.family,
            r.item
        );
        for v in fam.variants {
            let s = r.status.get(*v).map_or("", String::as_str);
            let ok = s == "✓"
                || (s.starts_with("✗ ") && s.len() > "✗ ".len() + 10)
                || (s.starts_with("n/a ") && s.len() > "n/a ".len() + 10);
            assert!(
                ok,
                "{} {} on {v}: {s:?} is neither ✓ nor ✗/n/a with a reason",
                r.family, r.item
            );
        }
        assert_eq!(
            r.status.len(),
            fam.variants.len(),
            "{} {}: a status for each of {:?} and nothing else",
            r.family,
            r.item,
            fam.variants
        );
    }
}

#[test]
fn generated_probes_are_up_to_date() {
    check_generated("tests/parity_compile.rs", &render_compile(&load()));
}

#[test]
fn generated_compile_fail_doctests_are_up_to_date() {
    check_generated("docs/parity_fails.md", &render_fails(&load()));
}

#[test]
fn generated_markdown_is_up_to_date() {
    let text = read("docs/parity.toml");
    check_generated(
        "docs/PARITY.md",
        &render_markdown(&load(), &table_rustc(&text)),
    );
}

/// The table lists exactly std's items, with std's declarations, for the installed
/// toolchain. Skipped (with a message) when its std sources are not installed.
#[test]
fn table_lists_exactly_the_std_items() {
    compare_or_update_std_items(false);
}

/// Not a check but the generator: brings the table's item list up to date with std's
/// sources (when installed), then writes the three generated files from it.
#[test]
#[ignore = "writes files; run with `cargo test -p sizespeed --test parity -- --ignored`"]
fn regenerate() {
    compare_or_update_std_items(true);
    let text = read("docs/parity.toml");
    let rows = parse_table(&text);
    let write = |rel: &str, content: String| {
        std::fs::write(Path::new(ROOT).join(rel), content).unwrap();
    };
    write("tests/parity_compile.rs", render_compile(&rows));
    write("docs/parity_fails.md", render_fails(&rows));
    write(
        "docs/PARITY.md",
        render_markdown(&rows, &table_rustc(&text)),
    );
}

/// Compares the table's items with those extracted from std's sources, or (with `update`)
/// rewrites the table's item list to match them.
fn compare_or_update_std_items(update: bool) {
    let Some(lib) = std_library() else {
        println!(
            "SKIPPED: the std sources of this toolchain are not installed \
             (`rustup component add rust-src`); the std item list was not checked"
        );
        return;
    };
    let text = read("docs/parity.toml");
    let version = table_rustc(&text);
    let rustc = std::process::Command::new(std::env::var("RUSTC").unwrap_or("rustc".into()))
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let found: Vec<StdItem> = FAMILIES.iter().flat_map(|f| extract(&lib, f)).collect();
    let mut rows = parse_table(&text);
    let listed: Vec<StdItem> = rows
        .iter()
        .map(|r| StdItem {
            family: r.family.clone(),
            item: r.item.clone(),
            sig: r.sig.clone(),
        })
        .collect();
    if update {
        // Add rows for new items (status `?`, to be decided), refresh declarations, and
        // drop items std no longer has.
        rows.retain(|r| {
            found
                .iter()
                .any(|f| f.family == r.family && f.item == r.item)
        });
        for f in &found {
            match rows
                .iter_mut()
                .find(|r| r.family == f.family && r.item == f.item)
            {
                Some(r) => r.sig = f.sig.clone(),
                None => rows.push(Row {
                    family: f.family.clone(),
                    item: f.item.clone(),
                    sig: f.sig.clone(),
                    ..Row::default()
                }),
            }
        }
        let order = |r: &Row| {
            (
                FAMILIES.iter().position(|f| f.name == r.family),
                r.item.clone(),
            )
        };
        rows.sort_by_key(order);
        let mut header = header_of(&text);
        if !version.is_empty() {
            header = header.replace(
                &format!("# toolchain: {version}"),
                &format!("# toolchain: {rustc}"),
            );
        }
        std::fs::write(
            Path::new(ROOT).join("docs/parity.toml"),
            render_table(&header, &rows),
        )
        .unwrap();
        return;
    }
    let found_set: BTreeSet<&StdItem> = found.iter().collect();
    let listed_set: BTreeSet<&StdItem> = listed.iter().collect();
    let missing: Vec<_> = found_set.difference(&listed_set).collect();
    let extra: Vec<_> = listed_set.difference(&found_set).collect();
    if !missing.is_empty() || !extra.is_empty() {
        if version != rustc {
            println!(
                "SKIPPED: docs/parity.toml was made from {version:?}, this is {rustc:?}, \
                 whose std differs by {} new and {} gone items",
                missing.len(),
                extra.len()
            );
            return;
        }
        panic!(
            "docs/parity.toml differs from std's sources:\n  not in the table: {missing:#?}\n  \
             not in std: {extra:#?}\nadd them with `cargo test -p sizespeed --test parity \
             -- --ignored` and decide their status"
        );
    }
}

/// The extractor on a std-style file: what it must find and what it must leave out.
#[test]
fn extractor_finds_stable_items_only() {
    let src = r#"
// pub fn commented_out(&self) {}
/// Docs with `pub fn in_docs()` and a quote: "}"
impl<T, A: Allocator> Vec<T, A> {
    #[stable(feature = "rust1", since = "1.0.0")]
    #[rustc_confusables("push_back", "put")]
    pub fn push(&mut self, value: T) { let c = '{'; }
    #[unstable(feature = "allocator_api", issue = "32838")]
    pub fn new_in(alloc: A) -> Self { loop {} }
    #[stable(feature = "rust1", since = "1.0.0")]
    fn private(&self) {}
    #[stable(feature = "rust1", since = "1.0.0")]
    pub const unsafe fn set_len(&mut self, new_len: usize)
    where
        T: Sized,
    {
    }
}
#[rustc_const_unstable(feature = "const_heap", issue = "79597")]
const impl<T, A: [const] Allocator> Vec<T, A> {
    #[stable(feature = "rust1", since = "1.0.0")]
    pub fn pop(&mut self) -> Option<T> { None }
}
#[stable(feature = "rust1", since = "1.0.0")]
impl<'a, T: Copy + 'a, A: Allocator> core::iter::Extend<&'a T> for Vec<T, A> {
    fn extend<I>(&mut self, iter: I) {}
}
#[unstable(feature = "deref_pure_trait", issue = "87121")]
unsafe impl<T, A: Allocator> ops::DerefPure for Vec<T, A> {}
#[stable(feature = "rust1", since = "1.0.0")]
impl<T> Iterator for IntoIter<T> { type Item = T; }
impl<T, A: Allocator> SpecExtend<T> for Vec<T, A> {}
__impl_slice_eq1! { [A: Allocator] Cow<'_, [T]>, Vec<U, A> where T: Clone, #[stable(feature = "rust1", since = "1.0.0")] }
"#;
    let mut out = BTreeMap::new();
    extract_from(src, "Vec", "", &mut out);
    let keys: Vec<&str> = out.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "fn pop",
            "fn push",
            "fn set_len",
            "impl Extend<&T> for Vec<T>",
            "impl PartialEq<Vec<U>> for Cow<[T]>"
        ]
    );
    assert_eq!(
        out["fn set_len"],
        "pub const unsafe fn set_len(&mut self, new_len: usize) where T: Sized,"
    );
}
