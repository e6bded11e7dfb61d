//! Probe programs: tiny binary crates that use one family's operations on N element
//! types, built for four targets and profiles ([`Build`]), and the measurements taken on
//! them: cargo-llvm-lines (dev profile), and `.text` and loaded bytes of the linked
//! program.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::llvm_lines::{self, Row, Table};
use crate::{elf, wasm};

/// The numbers of element types of the LLVM-lines series.
pub const NS: [usize; 6] = [1, 2, 4, 8, 16, 32];

/// The numbers of element types of every size series (each build, each layout): bytes
/// grow along a straight line in N, so three points suffice, and they keep the
/// generator's run time down.
pub const NS_SHORT: [usize; 3] = [1, 2, 8];

/// Set to `1` to reuse the sizes and LLVM-lines tables a previous run stored in each
/// probe's directory instead of building again: for reworking the reports' text only.
/// The figures are then only as fresh as that run.
pub const REUSE_ENV: &str = "SIZE_REPORTS_REUSE";

fn reuse() -> bool {
    std::env::var_os(REUSE_ENV).is_some_and(|v| v == "1")
}

/// What a probe is built as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Platform {
    /// A std binary for the host (`fn main`).
    Host,
    /// A `no_std + alloc` binary for a bare-metal target: its own `_start`, panic
    /// handler and bump allocator; sizespeed without default features.
    NoStd,
    /// A `cdylib` for `wasm32-unknown-unknown` exporting `extern "C" fn run(n: u64)`.
    Wasm,
}

/// One of the four builds every size is measured at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Build {
    /// x86-64 (the host), `opt-level = 3`: cargo's release profile.
    O3,
    /// x86-64 at the size profile: `opt-level = "z"`, `lto = true`, `codegen-units = 1`,
    /// `panic = "abort"`.
    Z,
    /// `thumbv7em-none-eabihf`, `no_std + alloc`, the size profile.
    Thumb,
    /// `wasm32-unknown-unknown`, the size profile.
    Wasm,
}

/// The size profile's settings, as cargo environment overrides of the release profile.
const SIZE_PROFILE: [(&str, &str); 4] = [
    ("CARGO_PROFILE_RELEASE_OPT_LEVEL", "z"),
    ("CARGO_PROFILE_RELEASE_LTO", "true"),
    ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "1"),
    ("CARGO_PROFILE_RELEASE_PANIC", "abort"),
];

/// cargo's release profile, spelled out so that no override leaks in from outside.
const O3_PROFILE: [(&str, &str); 4] = [
    ("CARGO_PROFILE_RELEASE_OPT_LEVEL", "3"),
    ("CARGO_PROFILE_RELEASE_LTO", "false"),
    ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16"),
    ("CARGO_PROFILE_RELEASE_PANIC", "unwind"),
];

impl Build {
    /// Every build, in report order.
    pub const ALL: [Build; 4] = [Build::O3, Build::Z, Build::Thumb, Build::Wasm];

    /// The build's key in CSV files.
    pub fn key(self) -> &'static str {
        match self {
            Build::O3 => "x86_64-O3",
            Build::Z => "x86_64-z",
            Build::Thumb => "thumbv7em-z",
            Build::Wasm => "wasm32-z",
        }
    }

    /// The build named by a CSV key.
    pub fn from_key(key: &str) -> Option<Build> {
        Build::ALL.into_iter().find(|b| b.key() == key)
    }

    /// The build in a few words, for the reports.
    pub fn label(self) -> &'static str {
        match self {
            Build::O3 => "x86-64, O3",
            Build::Z => "x86-64, size profile",
            Build::Thumb => "thumbv7em, no_std, size profile",
            Build::Wasm => "wasm32, size profile",
        }
    }

    /// The `--target` triple, if not the host.
    pub fn target(self) -> Option<&'static str> {
        match self {
            Build::O3 | Build::Z => None,
            Build::Thumb => Some("thumbv7em-none-eabihf"),
            Build::Wasm => Some("wasm32-unknown-unknown"),
        }
    }

    /// What the probe is built as.
    pub fn platform(self) -> Platform {
        match self {
            Build::O3 | Build::Z => Platform::Host,
            Build::Thumb => Platform::NoStd,
            Build::Wasm => Platform::Wasm,
        }
    }

    fn profile(self) -> [(&'static str, &'static str); 4] {
        match self {
            Build::O3 => O3_PROFILE,
            _ => SIZE_PROFILE,
        }
    }

    /// The numbers of element types measured at this build and layout: [`NS_SHORT`] for
    /// every one, which keeps the generator's run time down on a shared 2-core machine.
    pub fn ns(self, _layout: Layout) -> &'static [usize] {
        &NS_SHORT
    }

    /// The name of the code size figure: `.text` for ELF, the code section for wasm.
    pub fn text_name(self) -> &'static str {
        match self {
            Build::Wasm => "code section",
            _ => "`.text`",
        }
    }
}

/// The crate name of every probe; its own functions are `probe::*` (and the C `main`).
pub const PROBE_CRATE: &str = "probe";

/// Writes the body of `fn use_e{i}(n: u64) -> u64` for a variant module and element type.
type BodyFn = fn(variant: &str, ty: &str) -> String;

/// One way of calling a family's API. A family may list several (e.g. free functions and
/// a trait); the first that compiles is used.
#[derive(Clone, Copy)]
pub struct Style {
    /// How the operations are called, for the report.
    pub describe: &'static str,
    body: BodyFn,
}

/// A container family and how its probes use it.
#[derive(Clone, Copy, Debug)]
pub struct Family {
    /// The family's name: `vec`, `deque`, `map`, `set`, `sort`.
    pub name: &'static str,
    /// The variants to measure, `fast` first.
    pub variants: &'static [&'static str],
    /// The operations each probe instantiates per element type, for the report.
    pub ops: &'static str,
    /// The ways of calling the API, tried in order.
    pub styles: &'static [Style],
    /// The representative benchmark operations for headline figures, preferred first.
    pub headline_ops: &'static [&'static str],
    /// The benchmark family whose speed rows the headline figures use.
    pub bench: &'static str,
    /// What the probe's element types hold.
    pub element: Element,
}

/// What a probe's element types `E{i}` hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    /// `{ a: u64, s: String }`: a type that owns memory and has drop glue, the
    /// measurement the size targets are defined on.
    Owning,
    /// `{ a: u64, b: u64 }`, `Copy`: plain data without drop glue. The small sort
    /// instantiates one more function for such types (its short-run sorting network).
    Plain,
}

impl Element {
    /// The field list and the constructor's field initializers, without padding.
    fn fields(self) -> (&'static str, &'static str) {
        match self {
            Element::Owning => ("    a: u64,\n    s: String,\n", "a, s: String::new()"),
            Element::Plain => ("    a: u64,\n    b: u64,\n", "a, b: 0"),
        }
    }

    /// The declaration, in Markdown, for the reports.
    pub fn describe(self) -> &'static str {
        match self {
            Element::Owning => "`struct E{i} { a: u64, s: String }`",
            Element::Plain => "`struct E{i} { a: u64, b: u64 }` (`Copy`: plain data, no drop glue)",
        }
    }
}

fn elem(ty: &str, a: &str) -> String {
    format!("{ty}::new({a})")
}

/// Makes `place`'s memory opaque to the optimizer (one `black_box::<*mut u8>` shared by
/// every type), so optimized builds keep the container code instead of folding it away.
fn escape(place: &str) -> String {
    format!("    std::hint::black_box(&mut {place} as *mut _ as *mut u8);\n")
}

fn vec_body(v: &str, ty: &str) -> String {
    format!(
        "    let mut v = sizespeed::{v}::Vec::<{ty}>::new();
    for i in 0..n {{
        v.push({e});
    }}
{esc}    let mut acc = v.len() as u64;
    if let Some(e) = v.get(n as usize / 2) {{
        acc = acc.wrapping_add(e.a);
    }}
    for e in v.iter() {{
        acc = acc.wrapping_add(e.a);
    }}
    if let Some(e) = v.pop() {{
        acc = acc.wrapping_add(e.a);
    }}
{esc}    acc.wrapping_add(v.len() as u64)
",
        e = elem(ty, "i"),
        esc = escape("v"),
    )
}

fn deque_body(v: &str, ty: &str) -> String {
    format!(
        "    let mut d = sizespeed::{v}::Deque::<{ty}>::new();
    for i in 0..n {{
        d.push_back({e0});
        d.push_front({e1});
    }}
{esc}    let mut acc = 0u64;
    if let Some(e) = d.pop_front() {{
        acc = acc.wrapping_add(e.a);
    }}
    for e in d.iter() {{
        acc = acc.wrapping_add(e.a);
    }}
{esc}    acc
",
        e0 = elem(ty, "i"),
        e1 = elem(ty, "i + n"),
        esc = escape("d"),
    )
}

fn map_body(v: &str, ty: &str) -> String {
    format!(
        "    let mut m = sizespeed::{v}::Map::<{ty}, u64>::new();
    for i in 0..n {{
        m.insert({e}, i);
    }}
{esc}    let key = {k};
    let mut acc = 0u64;
    if let Some(x) = m.get(&key) {{
        acc = acc.wrapping_add(*x);
    }}
    for (k, x) in m.iter() {{
        acc = acc.wrapping_add(k.a ^ *x);
    }}
    if let Some(x) = m.remove(&key) {{
        acc = acc.wrapping_add(x);
    }}
{esc}    acc
",
        e = elem(ty, "i"),
        k = elem(ty, "n / 2"),
        esc = escape("m"),
    )
}

fn set_body(v: &str, ty: &str) -> String {
    format!(
        "    let mut s = sizespeed::{v}::Set::<{ty}>::new();
    for i in 0..n {{
        s.insert({e});
    }}
{esc}    let key = {k};
    let mut acc = s.contains(&key) as u64;
    for e in s.iter() {{
        acc = acc.wrapping_add(e.a);
    }}
    acc = acc.wrapping_add(s.remove(&key) as u64);
{esc}    acc
",
        e = elem(ty, "i"),
        k = elem(ty, "n / 2"),
        esc = escape("s"),
    )
}

fn ordered_map_body(v: &str, ty: &str) -> String {
    format!(
        "    let mut m = sizespeed::{v}::OrderedMap::<{ty}, u64>::new();
    for i in 0..n {{
        m.insert({e}, i);
    }}
{esc}    let key = {k};
    let mut acc = 0u64;
    if let Some(x) = m.get(&key) {{
        acc = acc.wrapping_add(*x);
    }}
    for (k, x) in m.range::<{ty}, _>(&key..) {{
        acc = acc.wrapping_add(k.a ^ *x);
    }}
    for (k, x) in m.iter() {{
        acc = acc.wrapping_add(k.a ^ *x);
    }}
    if let Some(x) = m.remove(&key) {{
        acc = acc.wrapping_add(x);
    }}
{esc}    acc
",
        e = elem(ty, "i"),
        k = elem(ty, "n / 2"),
        esc = escape("m"),
    )
}

fn heap_body(v: &str, ty: &str) -> String {
    format!(
        "    let mut h = sizespeed::{v}::PriorityQueue::<{ty}>::new();
    for i in 0..n {{
        h.push({e});
    }}
{esc}    let mut acc = h.len() as u64;
    if let Some(e) = h.peek() {{
        acc = acc.wrapping_add(e.a);
    }}
    while let Some(e) = h.pop() {{
        acc = acc.wrapping_add(e.a);
    }}
{esc}    acc
",
        e = elem(ty, "i"),
        esc = escape("h"),
    )
}

/// The drop-in API beyond the basics (drain, retain, extract_if, splice, insert, remove,
/// dedup): what a port by imports alone instantiates per element type.
fn vec_api_body(v: &str, ty: &str) -> String {
    format!(
        "    let mut v = sizespeed::{v}::Vec::<{ty}>::new();
    for i in 0..n {{
        v.push({e});
    }}
{esc}    let mut acc = 0u64;
    for e in v.drain(..1) {{
        acc = acc.wrapping_add(e.a);
    }}
    v.retain(|e| e.a != n / 2);
    for e in v.extract_if(.., |e| e.a % 3 == 0) {{
        acc = acc.wrapping_add(e.a);
    }}
    for e in v.splice(..1, [{e1}]) {{
        acc = acc.wrapping_add(e.a);
    }}
    v.insert(0, {e2});
    acc = acc.wrapping_add(v.remove(v.len() / 2).a);
    v.dedup();
{esc}    acc.wrapping_add(v.len() as u64)
",
        e = elem(ty, "i"),
        e1 = elem(ty, "n"),
        e2 = elem(ty, "n + 1"),
        esc = escape("v"),
    )
}

/// The deque's API beyond the basics: rotation, drain, insert, remove, retain, range.
fn deque_api_body(v: &str, ty: &str) -> String {
    format!(
        "    let mut d = sizespeed::{v}::Deque::<{ty}>::new();
    for i in 0..n {{
        d.push_back({e});
    }}
{esc}    let mut acc = 0u64;
    d.rotate_left(d.len() / 2);
    for e in d.drain(..1) {{
        acc = acc.wrapping_add(e.a);
    }}
    d.insert(d.len() / 2, {e1});
    if let Some(e) = d.remove(1) {{
        acc = acc.wrapping_add(e.a);
    }}
    d.retain(|e| e.a % 3 != 0);
    for e in d.range(..d.len() / 2) {{
        acc = acc.wrapping_add(e.a);
    }}
{esc}    acc.wrapping_add(d.len() as u64)
",
        e = elem(ty, "i"),
        e1 = elem(ty, "n"),
        esc = escape("d"),
    )
}

/// The map's API beyond the basics: the entry API (each form a port used), retain,
/// extract_if and drain.
fn map_api_body(v: &str, ty: &str) -> String {
    format!(
        "    let mut m = sizespeed::{v}::Map::<{ty}, u64>::new();
    for i in 0..n {{
        *m.entry({e}).or_insert(0) += i;
    }}
{esc}    let mut acc = 0u64;
    match m.entry({k}) {{
        sizespeed::{v}::map::Entry::Occupied(o) => acc = acc.wrapping_add(o.remove()),
        sizespeed::{v}::map::Entry::Vacant(e) => {{
            e.insert(7);
        }}
    }}
    acc = acc.wrapping_add(*m.entry({k1}).and_modify(|x| *x += 1).or_default());
    m.retain(|k, x| (k.a ^ *x) % 5 != 0);
    for (k, x) in m.extract_if(|k, _| k.a % 3 == 0) {{
        acc = acc.wrapping_add(k.a ^ x);
    }}
{esc}    for (k, x) in m.drain() {{
        acc = acc.wrapping_add(k.a ^ x);
    }}
    acc
",
        e = elem(ty, "i"),
        k = elem(ty, "n / 2"),
        k1 = elem(ty, "n + 1"),
        esc = escape("m"),
    )
}

/// The set's API beyond the basics: the four algebra iterators, replace, extract_if,
/// retain and drain.
fn set_api_body(v: &str, ty: &str) -> String {
    format!(
        "    let mut s = sizespeed::{v}::Set::<{ty}>::new();
    let mut t = sizespeed::{v}::Set::<{ty}>::new();
    for i in 0..n {{
        s.insert({e});
        t.insert({e2});
    }}
{esc}{esc_t}    let mut acc = 0u64;
    for e in s.union(&t) {{
        acc = acc.wrapping_add(e.a);
    }}
    for e in s.intersection(&t) {{
        acc = acc.wrapping_add(e.a);
    }}
    for e in s.difference(&t) {{
        acc = acc.wrapping_add(e.a);
    }}
    for e in s.symmetric_difference(&t) {{
        acc = acc.wrapping_add(e.a);
    }}
    if let Some(e) = s.replace({k}) {{
        acc = acc.wrapping_add(e.a);
    }}
    for e in s.extract_if(|e| e.a % 3 == 0) {{
        acc = acc.wrapping_add(e.a);
    }}
    t.retain(|e| e.a % 5 != 0);
{esc}    for e in t.drain() {{
        acc = acc.wrapping_add(e.a);
    }}
    acc.wrapping_add(s.len() as u64)
",
        e = elem(ty, "i"),
        e2 = elem(ty, "i * 2"),
        k = elem(ty, "n / 2"),
        esc = escape("s"),
        esc_t = escape("t"),
    )
}

/// The sort probes' input: a slice whose length and contents the optimizer cannot see
/// (it passes through `black_box`), so the whole sort is instantiated. A slice of
/// constant length would let LLVM fold std's sort into a few compares and swaps.
fn sort_input(ty: &str) -> String {
    format!(
        "    let mut arr = [{}, {}, {}, {}];\n    \
         let v: &mut [{ty}] = std::hint::black_box(&mut arr[..]);\n",
        elem(ty, "n + 2"),
        elem(ty, "n"),
        elem(ty, "n ^ 5"),
        elem(ty, "n + 1"),
    )
}

/// Makes a slice's contents opaque to the optimizer between two operations.
const SORT_ESCAPE: &str = "    std::hint::black_box(v.as_mut_ptr() as *mut u8);\n";

pub(crate) fn sort_free_body(v: &str, ty: &str) -> String {
    format!(
        "{input}    sizespeed::{v}::sort(v);
{esc}    sizespeed::{v}::sort_unstable(v);
{esc}    let key = {key};
    match sizespeed::{v}::binary_search(v, &key) {{
        Ok(i) => i as u64,
        Err(i) => i as u64 + 100,
    }}
",
        input = sort_input(ty),
        key = elem(ty, "n + 1"),
        esc = SORT_ESCAPE,
    )
}

fn sort_trait_body(v: &str, ty: &str) -> String {
    format!(
        "    use sizespeed::Sorter as _;
{input}    sizespeed::{v}::Sort::sort(v);
{esc}    sizespeed::{v}::Sort::sort_unstable(v);
{esc}    let key = {key};
    match sizespeed::{v}::Sort::binary_search(v, &key) {{
        Ok(i) => i as u64,
        Err(i) => i as u64 + 100,
    }}
",
        input = sort_input(ty),
        key = elem(ty, "n + 1"),
        esc = SORT_ESCAPE,
    )
}

/// The operations of the sort probes.
const SORT_OPS: &str = "`sort`, `sort_unstable`, `binary_search` on a slice whose length and \
     contents the optimizer cannot see (it comes out of `std::hint::black_box`)";

/// The sort probes' first style: the free functions.
const SORT_FREE: Style = Style {
    describe: "free functions `sizespeed::{variant}::sort`",
    body: sort_free_body,
};

/// Every family the reports cover, in report order.
pub const FAMILIES: &[Family] = &[
    Family {
        name: "vec",
        variants: &["fast", "medium", "small", "inline", "thin", "boxed"],
        ops: "`new`, `push`, `get`, `iter`, `pop`, `len` (inherent methods of the variant's `Vec<T>`)",
        styles: &[Style {
            describe: "inherent methods",
            body: vec_body,
        }],
        headline_ops: &["push", "iter", "get"],
        bench: "vec",
        element: Element::Owning,
    },
    Family {
        name: "deque",
        variants: &["fast", "small"],
        ops: "`new`, `push_back`, `push_front`, `pop_front`, `iter` (`Deque<T>`)",
        styles: &[Style {
            describe: "inherent methods",
            body: deque_body,
        }],
        headline_ops: &["push_back", "push_front", "pop_front"],
        bench: "deque",
        element: Element::Owning,
    },
    Family {
        name: "map",
        variants: &["fast", "small"],
        ops: "`new`, `insert`, `get`, `iter`, `remove` (`Map<E, u64>`)",
        styles: &[Style {
            describe: "inherent methods",
            body: map_body,
        }],
        headline_ops: &["get", "insert"],
        bench: "map",
        element: Element::Owning,
    },
    Family {
        name: "set",
        variants: &["fast", "small"],
        ops: "`new`, `insert`, `contains`, `iter`, `remove` (`Set<E>`)",
        styles: &[Style {
            describe: "inherent methods",
            body: set_body,
        }],
        headline_ops: &["contains", "insert"],
        bench: "set",
        element: Element::Owning,
    },
    Family {
        name: "ordered_map",
        variants: &["fast", "small"],
        ops: "`new`, `insert`, `get`, `range`, `iter`, `remove` (`OrderedMap<E, u64>`)",
        styles: &[Style {
            describe: "inherent methods",
            body: ordered_map_body,
        }],
        headline_ops: &["get", "insert"],
        bench: "btree",
        element: Element::Owning,
    },
    Family {
        name: "heap",
        variants: &["fast", "small"],
        ops: "`new`, `push`, `peek`, `pop`, `len` (`PriorityQueue<E>`)",
        styles: &[Style {
            describe: "inherent methods",
            body: heap_body,
        }],
        headline_ops: &["push", "pop"],
        bench: "heap",
        element: Element::Owning,
    },
    Family {
        name: "vec_api",
        variants: &["fast", "small"],
        ops: "`drain`, `retain`, `extract_if`, `splice`, `insert`, `remove`, `dedup` on a \
              `Vec<T>` filled by `push`: the API a port by imports alone adds",
        styles: &[Style {
            describe: "inherent methods",
            body: vec_api_body,
        }],
        headline_ops: &[],
        bench: "",
        element: Element::Owning,
    },
    Family {
        name: "deque_api",
        variants: &["fast", "small"],
        ops: "`rotate_left`, `drain`, `insert`, `remove`, `retain`, `range` on a `Deque<T>` \
              filled by `push_back`",
        styles: &[Style {
            describe: "inherent methods",
            body: deque_api_body,
        }],
        headline_ops: &[],
        bench: "",
        element: Element::Owning,
    },
    Family {
        name: "map_api",
        variants: &["fast", "small"],
        ops: "`entry` (`or_insert`, a match on `Occupied`/`Vacant` with `remove` and \
              `insert`, `and_modify` + `or_default`), `retain`, `extract_if`, `drain` \
              (`Map<E, u64>`)",
        styles: &[Style {
            describe: "inherent methods",
            body: map_api_body,
        }],
        headline_ops: &[],
        bench: "",
        element: Element::Owning,
    },
    Family {
        name: "set_api",
        variants: &["fast", "small"],
        ops: "`union`, `intersection`, `difference`, `symmetric_difference`, `replace`, \
              `extract_if`, `retain`, `drain` on two `Set<E>`",
        styles: &[Style {
            describe: "inherent methods",
            body: set_api_body,
        }],
        headline_ops: &[],
        bench: "",
        element: Element::Owning,
    },
    Family {
        name: "sort",
        variants: &["fast", "medium", "small"],
        ops: SORT_OPS,
        styles: &[
            SORT_FREE,
            Style {
                describe: "the `Sorter` trait on `sizespeed::{variant}::Sort`",
                body: sort_trait_body,
            },
        ],
        headline_ops: &["sort", "sort_unstable"],
        bench: "sort",
        element: Element::Owning,
    },
    Family {
        name: "sort_plain",
        variants: &["fast", "medium", "small"],
        ops: SORT_OPS,
        styles: &[SORT_FREE],
        headline_ops: &["sort", "sort_unstable"],
        bench: "sort",
        element: Element::Plain,
    },
];

/// Looks a family up by name.
pub fn family(name: &str) -> Option<&'static Family> {
    FAMILIES.iter().find(|f| f.name == name)
}

/// The layouts of a probe's element types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layout {
    /// Every `E{i}` holds just the family's [`Element`] fields. Their monomorphized
    /// copies are identical, and LLVM's function merging (on by default in rustc) folds
    /// them into one, as it does in real programs whose types share a layout. The LLVM
    /// lines are counted on these (before any merging).
    Same,
    /// `E{i}` (from `E2` on) also carries `i - 1` extra bytes, so no two types share a
    /// layout or derived code, and no per-type copy can be merged with another.
    Distinct,
}

impl Layout {
    /// Both layouts, in report order.
    pub const ALL: [Layout; 2] = [Layout::Same, Layout::Distinct];

    /// The layout's key in CSV files.
    pub fn key(self) -> &'static str {
        match self {
            Layout::Same => "same",
            Layout::Distinct => "distinct",
        }
    }

    /// The layout named by a CSV key.
    pub fn from_key(key: &str) -> Option<Layout> {
        Layout::ALL.into_iter().find(|l| l.key() == key)
    }

    /// With one element type the two layouts are the same program.
    fn normalized(self, n: usize) -> Layout {
        if n == 1 {
            Layout::Same
        } else {
            self
        }
    }
}

/// The runtime of a `no_std` probe: a bump allocator over a static array (it never
/// frees, which is all a probe needs), a panic handler, and nothing else.
const NO_STD_RUNTIME: &str = "\
mod rt {
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;

    const HEAP: usize = 64 * 1024;

    struct Bump {
        heap: UnsafeCell<[u8; HEAP]>,
        next: UnsafeCell<usize>,
    }

    // SAFETY: the probe is single-threaded and has no interrupts.
    unsafe impl Sync for Bump {}

    // SAFETY: every block handed out is a fresh, aligned, in-bounds part of the heap
    // that is never handed out again.
    unsafe impl GlobalAlloc for Bump {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: single-threaded: no other reference to `next` is live.
            let next = unsafe { &mut *self.next.get() };
            let base = self.heap.get() as *mut u8;
            let addr = (base as usize + *next).next_multiple_of(layout.align());
            let start = addr - base as usize;
            match start.checked_add(layout.size()) {
                Some(end) if end <= HEAP => {
                    *next = end;
                    // SAFETY: `start <= end <= HEAP`: inside the heap array.
                    unsafe { base.add(start) }
                }
                _ => core::ptr::null_mut(),
            }
        }

        unsafe fn dealloc(&self, _: *mut u8, _: Layout) {}
    }

    #[global_allocator]
    static ALLOCATOR: Bump = Bump {
        heap: UnsafeCell::new([0; HEAP]),
        next: UnsafeCell::new(0),
    };

    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        loop {}
    }
}

";

/// The first lines of a probe for `platform`.
pub(crate) fn prelude(platform: Platform) -> &'static str {
    match platform {
        Platform::Host | Platform::Wasm => "#![allow(dead_code)]\n\n",
        Platform::NoStd => {
            "#![no_std]\n#![no_main]\n#![allow(dead_code, unused_imports)]\n\n\
             extern crate alloc;\n\
             // The probe bodies spell `std::hint::black_box`; core has it too.\n\
             extern crate core as std;\n\n\
             use alloc::string::String;\n\n"
        }
    }
}

/// The entry point of a probe calling `use_e1` to `use_e{n}` (none for the std floor).
pub(crate) fn entry(platform: Platform, n: usize) -> String {
    let mut calls = String::new();
    for i in 1..=n {
        let _ = writeln!(calls, "    acc = acc.wrapping_add(use_e{i}(n));");
    }
    match platform {
        Platform::Host => format!(
            "fn main() {{\n    let n = std::env::args().count() as u64;\n    \
             let mut acc = n;\n{calls}    std::process::exit((acc & 0x3f) as i32);\n}}\n"
        ),
        Platform::NoStd => format!(
            "{NO_STD_RUNTIME}#[no_mangle]\npub extern \"C\" fn _start() -> ! {{\n    \
             let n = std::hint::black_box(3u64);\n    let mut acc = n;\n{calls}    \
             std::hint::black_box(acc);\n    loop {{}}\n}}\n"
        ),
        Platform::Wasm => format!(
            "#[no_mangle]\npub extern \"C\" fn run(n: u64) -> u64 {{\n    \
             let mut acc = n;\n{calls}    acc\n}}\n"
        ),
    }
}

/// The probe program using `family` through `variant` on `n` element types.
pub fn source(
    family: &Family,
    style: &Style,
    variant: &str,
    n: usize,
    layout: Layout,
    platform: Platform,
) -> String {
    let mut s = format!(
        "//! Generated by size-reports: the {} family, variant `{}`, {} element type(s), \
         {} layout(s).\n",
        family.name,
        variant,
        n,
        layout.key()
    );
    s.push_str(prelude(platform));
    for i in 1..=n {
        let ty = format!("E{i}");
        let (field, init) = match layout.normalized(n) {
            Layout::Distinct if i > 1 => (
                format!("    pad: [u8; {}],\n", i - 1),
                format!(", pad: [0; {}]", i - 1),
            ),
            _ => (String::new(), String::new()),
        };
        let (fields, inits) = family.element.fields();
        let copy = match family.element {
            Element::Owning => "",
            Element::Plain => "Copy, ",
        };
        let _ = write!(
            s,
            "#[derive({copy}Clone, Hash, PartialEq, Eq, PartialOrd, Ord)]\n\
             struct {ty} {{\n{fields}{field}}}\n\n\
             impl {ty} {{\n    fn new(a: u64) -> Self {{\n        \
             {ty} {{ {inits}{init} }}\n    }}\n}}\n\n\
             #[inline(never)]\nfn use_e{i}(n: u64) -> u64 {{\n{}}}\n\n",
            (style.body)(variant, &ty)
        );
    }
    s.push_str(&entry(platform, n));
    s
}

/// The std floor: a probe that uses no container at all, with the same entry point.
pub fn floor_source(platform: Platform) -> String {
    format!(
        "//! Generated by size-reports: the std floor, a program without containers.\n{}{}",
        prelude(platform),
        entry(platform, 0)
    )
}

/// Whether a cargo-llvm-lines function name belongs to the probe itself rather than to
/// the containers it uses.
pub fn is_probe_own(name: &str) -> bool {
    name == "main"
        || name
            .strip_prefix(PROBE_CRATE)
            .is_some_and(|rest| rest.starts_with("::"))
}

/// Why a probe could not be measured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProbeError {
    /// The probe did not compile: the API it uses is missing. Holds the first error.
    Compile(String),
    /// A tool failed for another reason.
    Tool(String),
}

impl std::fmt::Display for ProbeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProbeError::Compile(e) => write!(f, "probe does not compile: {e}"),
            ProbeError::Tool(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ProbeError {}

/// cargo-llvm-lines figures for one probe, split into container and probe-own parts.
#[derive(Clone, Debug)]
pub struct Lines {
    /// The whole table.
    pub table: Table,
    /// TOTAL lines minus the probe's own functions.
    pub container_lines: u64,
    /// TOTAL copies minus the probe's own functions.
    pub container_copies: u64,
}

impl Lines {
    /// Splits a parsed table.
    pub fn from_table(table: Table) -> Lines {
        let (own_lines, own_copies) = table.sum_where(is_probe_own);
        Lines {
            container_lines: table.total_lines - own_lines,
            container_copies: table.total_copies - own_copies,
            table,
        }
    }

    /// The `k` largest container functions (the probe's own excluded).
    pub fn top(&self, k: usize) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .table
            .rows
            .iter()
            .filter(|r| !is_probe_own(&r.name))
            .cloned()
            .collect();
        rows.sort_by(|a, b| b.lines.cmp(&a.lines).then_with(|| a.name.cmp(&b.name)));
        rows.truncate(k);
        rows
    }
}

/// The LLVM-lines figures for one (family, variant, N).
#[derive(Clone, Debug)]
pub struct Point {
    /// Number of element types.
    pub n: usize,
    /// cargo-llvm-lines figures (dev profile).
    pub lines: Lines,
}

/// The size of one linked probe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    /// `.text` bytes (ELF), or the code section's bytes (wasm).
    pub text: u64,
    /// Loaded bytes: every allocated section that takes file space (ELF), or the module
    /// without its custom sections (wasm).
    pub loaded: u64,
}

/// One size measurement of a variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    /// The build.
    pub build: Build,
    /// The element types' layouts.
    pub layout: Layout,
    /// Number of element types.
    pub n: usize,
    /// The linked probe's size.
    pub size: Size,
}

/// A variant's measurements.
#[derive(Clone, Debug)]
pub struct VariantResult {
    /// The variant's module name.
    pub variant: String,
    /// How the API was called.
    pub style: &'static str,
    /// LLVM lines, one point per N, ascending.
    pub points: Vec<Point>,
    /// Sizes, by build, layout and N.
    pub samples: Vec<Sample>,
    /// The builds at which the probe does not compile, with the first error.
    pub unavailable: Vec<(Build, String)>,
}

/// A family's measurements.
#[derive(Clone, Debug)]
pub struct FamilyResult {
    /// The family measured.
    pub family: &'static Family,
    /// The variants that compiled, in the family's order.
    pub variants: Vec<VariantResult>,
    /// The variants that did not, with the reason.
    pub skipped: Vec<(String, String)>,
}

impl FamilyResult {
    /// The measurements of one variant.
    pub fn variant(&self, name: &str) -> Option<&VariantResult> {
        self.variants.iter().find(|v| v.variant == name)
    }
}

/// Where probes live and how they are built.
pub struct Probes {
    /// The sizespeed workspace root (the probes' path dependency).
    pub workspace: PathBuf,
    /// The scratch directory: `target/size-probes` in the workspace.
    pub dir: PathBuf,
    cargo: OsString,
    /// Print progress to stderr.
    pub verbose: bool,
    /// Sizes already measured in this run, by probe directory and build.
    cache: RefCell<HashMap<(PathBuf, Build), Size>>,
}

impl Default for Probes {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Style {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Style")
            .field("describe", &self.describe)
            .finish()
    }
}

/// The running rustc's sysroot and commit hash (`rustc --print sysroot`, `rustc -vV`).
fn rustc_sysroot_and_commit() -> Option<(PathBuf, String)> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let run = |args: &[&str]| {
        Command::new(&rustc)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
    };
    let sysroot = PathBuf::from(run(&["--print", "sysroot"])?.trim());
    let commit = run(&["-vV"])?
        .lines()
        .find_map(|l| l.strip_prefix("commit-hash: "))?
        .trim()
        .to_string();
    Some((sysroot, commit))
}

impl Probes {
    /// Probes for the workspace this crate belongs to.
    pub fn new() -> Probes {
        let workspace = crate::workspace_root();
        Probes {
            dir: workspace.join("target").join("size-probes"),
            workspace,
            cargo: std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()),
            verbose: true,
            cache: RefCell::new(HashMap::new()),
        }
    }

    fn cargo(&self, crate_dir: &Path) -> Command {
        let mut cmd = Command::new(&self.cargo);
        cmd.current_dir(crate_dir)
            .env("CARGO_TARGET_DIR", self.dir.join("target"))
            .env_remove("CARGO_BUILD_TARGET_DIR")
            .env_remove("CARGO_PROFILE_DEV_OPT_LEVEL")
            .env_remove("CARGO_PRIMARY_PACKAGE")
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_BUILD_RUSTFLAGS")
            .env("CARGO_ENCODED_RUSTFLAGS", self.remap_flags());
        for (k, _) in SIZE_PROFILE {
            cmd.env_remove(k);
        }
        cmd
    }

    /// `--remap-path-prefix` for the workspace and cargo's registry sources: panic
    /// locations embed source paths in read-only data, and the reports must not depend on
    /// where the repository is checked out.
    fn remap_flags(&self) -> String {
        let home = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
        let mut flags = vec![format!(
            "--remap-path-prefix={}=/sizespeed",
            self.workspace.display()
        )];
        if let Some(home) = home {
            flags.push(format!("--remap-path-prefix={}=/cargo", home.display()));
        }
        // With the `rust-src` component installed, rustc names std's sources by their
        // local path instead of `/rustc/<commit>/`, and generic std code (the slice sorts,
        // for one) carries those longer names into the probe: 280 bytes more for the
        // sort probes. Map them back so that the figures do not depend on the component.
        if let Some((sysroot, commit)) = rustc_sysroot_and_commit() {
            flags.push(format!(
                "--remap-path-prefix={}=/rustc/{commit}",
                sysroot.join("lib/rustlib/src/rust").display()
            ));
        }
        flags.join("\x1f")
    }

    /// Installs cargo-llvm-lines with `cargo install --locked` unless it is already there.
    pub fn ensure_llvm_lines(&self) -> Result<(), ProbeError> {
        let ok = Command::new(&self.cargo)
            .args(["llvm-lines", "--version"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Ok(());
        }
        eprintln!("cargo-llvm-lines not found; running `cargo install cargo-llvm-lines --locked`");
        let status = Command::new(&self.cargo)
            .args(["install", "cargo-llvm-lines", "--locked"])
            .status()
            .map_err(|e| ProbeError::Tool(format!("cannot run cargo install: {e}")))?;
        if status.success() {
            Ok(())
        } else {
            Err(ProbeError::Tool(
                "`cargo install cargo-llvm-lines --locked` failed".into(),
            ))
        }
    }

    /// Writes (only if changed) the probe crate and returns its directory.
    pub fn write(
        &self,
        family: &Family,
        style_index: usize,
        variant: &str,
        n: usize,
        layout: Layout,
        platform: Platform,
    ) -> Result<PathBuf, ProbeError> {
        let style = &family.styles[style_index];
        let layout = layout.normalized(n);
        let name = format!(
            "{}-{}-s{}-n{}-{}",
            family.name,
            variant,
            style_index,
            n,
            layout.key()
        );
        let src = source(family, style, variant, n, layout, platform);
        self.write_crate(&name, platform, &src)
    }

    /// Writes (only if changed) the std-floor probe for `platform`.
    pub fn write_floor(&self, platform: Platform) -> Result<PathBuf, ProbeError> {
        self.write_crate("floor", platform, &floor_source(platform))
    }

    /// Writes (only if changed) a probe crate named `name` with source `src`, and returns
    /// its directory.
    pub fn write_crate(
        &self,
        name: &str,
        platform: Platform,
        src: &str,
    ) -> Result<PathBuf, ProbeError> {
        let suffix = match platform {
            Platform::Host => "",
            Platform::NoStd => "-nostd",
            Platform::Wasm => "-wasm",
        };
        let dir = self.dir.join(format!("{name}{suffix}"));
        let io = |e: std::io::Error| ProbeError::Tool(format!("writing {}: {e}", dir.display()));
        std::fs::create_dir_all(dir.join("src")).map_err(io)?;
        let (features, lib, file) = match platform {
            Platform::Host => ("", "", "main.rs"),
            Platform::NoStd => (", default-features = false", "", "main.rs"),
            Platform::Wasm => ("", "[lib]\ncrate-type = [\"cdylib\"]\n\n", "lib.rs"),
        };
        let manifest = format!(
            "[package]\nname = \"{PROBE_CRATE}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             {lib}[dependencies]\nsizespeed = {{ path = {:?}{features} }}\n\n[workspace]\n",
            self.workspace.display().to_string()
        );
        write_if_changed(&dir.join("Cargo.toml"), &manifest).map_err(io)?;
        write_if_changed(&dir.join("src").join(file), src).map_err(io)?;
        // Resolve dependencies to the versions the workspace itself is locked to.
        let lock = dir.join("Cargo.lock");
        let ws_lock = self.workspace.join("Cargo.lock");
        if !lock.exists() && ws_lock.exists() {
            std::fs::copy(&ws_lock, &lock).map_err(io)?;
        }
        Ok(dir)
    }

    /// Runs cargo-llvm-lines (dev profile) on a probe crate.
    pub fn llvm_lines(&self, dir: &Path) -> Result<Lines, ProbeError> {
        let stored = dir.join("llvm-lines.txt");
        let stdout = match std::fs::read_to_string(&stored) {
            Ok(text) if reuse() => text,
            _ => {
                let out = run(self.cargo(dir).arg("llvm-lines"))?;
                if !out.status.success() {
                    return Err(failure("cargo llvm-lines", &out));
                }
                let text = String::from_utf8_lossy(&out.stdout).into_owned();
                let _ = std::fs::write(&stored, &text);
                text
            }
        };
        llvm_lines::parse(&stdout)
            .map(Lines::from_table)
            .map_err(ProbeError::Tool)
    }

    /// Builds a probe crate at `build` and returns its sizes (cached within a run).
    pub fn build_size(&self, dir: &Path, build: Build) -> Result<Size, ProbeError> {
        let key = (dir.to_path_buf(), build);
        if let Some(size) = self.cache.borrow().get(&key) {
            return Ok(*size);
        }
        let stored = dir.join(format!("size-{}.txt", build.key()));
        if reuse() {
            let text = std::fs::read_to_string(&stored).unwrap_or_default();
            let v: Vec<u64> = text
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            if let [text, loaded] = v[..] {
                return Ok(Size { text, loaded });
            }
        }
        // Every probe crate is named `probe` and shares one target directory, so a probe
        // cargo considers fresh would leave another probe's binary at `release/probe`.
        // Marking the source as modified forces the build, and with it the copy there.
        let src = dir.join("src");
        for file in ["main.rs", "lib.rs"] {
            let path = src.join(file);
            if path.exists() {
                std::fs::File::options()
                    .append(true)
                    .open(&path)
                    .and_then(|f| f.set_modified(std::time::SystemTime::now()))
                    .map_err(|e| ProbeError::Tool(format!("touching {}: {e}", path.display())))?;
            }
        }
        let mut cmd = self.cargo(dir);
        cmd.args(["build", "--release"]);
        if let Some(t) = build.target() {
            cmd.args(["--target", t]);
        }
        for (k, v) in build.profile() {
            cmd.env(k, v);
        }
        let out = run(&mut cmd)?;
        if !out.status.success() {
            return Err(failure("cargo build --release", &out));
        }
        let mut out_dir = self.dir.join("target");
        if let Some(t) = build.target() {
            out_dir.push(t);
        }
        out_dir.push("release");
        let exe = match build.platform() {
            Platform::Wasm => out_dir.join(format!("{PROBE_CRATE}.wasm")),
            Platform::NoStd => out_dir.join(PROBE_CRATE),
            Platform::Host => {
                out_dir.join(format!("{PROBE_CRATE}{}", std::env::consts::EXE_SUFFIX))
            }
        };
        let data = std::fs::read(&exe)
            .map_err(|e| ProbeError::Tool(format!("reading {}: {e}", exe.display())))?;
        let size = match build.platform() {
            Platform::Wasm => {
                let (text, loaded) = wasm::sizes(&data)
                    .map_err(|e| ProbeError::Tool(format!("{}: {e}", exe.display())))?;
                Size { text, loaded }
            }
            _ => {
                let bad = |e: elf::ElfError| ProbeError::Tool(format!("{}: {e}", exe.display()));
                Size {
                    text: elf::text_size(&data).map_err(bad)?,
                    loaded: elf::loaded_size(&data).map_err(bad)?,
                }
            }
        };
        self.cache.borrow_mut().insert(key, size);
        let _ = std::fs::write(&stored, format!("{} {}\n", size.text, size.loaded));
        Ok(size)
    }

    /// The std floor at `build`: a program with the probes' entry point and no container.
    pub fn floor(&self, build: Build) -> Result<Size, ProbeError> {
        let dir = self.write_floor(build.platform())?;
        self.build_size(&dir, build)
    }

    /// The size of one probe: `family` through `variant` (API style `style_index`) on `n`
    /// element types of `layout`, at `build`.
    pub fn size(
        &self,
        family: &Family,
        style_index: usize,
        variant: &str,
        n: usize,
        layout: Layout,
        build: Build,
    ) -> Result<Size, ProbeError> {
        let dir = self.write(family, style_index, variant, n, layout, build.platform())?;
        self.build_size(&dir, build)
    }

    /// The first API style of `family` whose one-type probe builds at `build`.
    pub fn style_for(
        &self,
        family: &Family,
        variant: &str,
        build: Build,
    ) -> Result<usize, ProbeError> {
        let mut first_error = None;
        for si in 0..family.styles.len() {
            match self.size(family, si, variant, 1, Layout::Same, build) {
                Ok(_) => return Ok(si),
                Err(e @ ProbeError::Compile(_)) => {
                    first_error.get_or_insert(e);
                }
                Err(e) => return Err(e),
            }
        }
        Err(first_error.unwrap_or_else(|| ProbeError::Tool("family has no API style".into())))
    }

    /// Measures one variant: LLVM lines at every N in `ns` (the dev profile), then its
    /// sizes at each of `builds`, both layouts, [`Build::ns`] element types. The first API
    /// style whose smallest probe compiles on the host is used; a build at which that
    /// probe does not compile (e.g. a std-only family on a `no_std` target) is recorded
    /// in [`VariantResult::unavailable`].
    pub fn measure_variant(
        &self,
        family: &'static Family,
        variant: &str,
        ns: &[usize],
        builds: &[Build],
    ) -> Result<VariantResult, ProbeError> {
        let mut first_error = None;
        for (si, style) in family.styles.iter().enumerate() {
            let dir = self.write(family, si, variant, ns[0], Layout::Same, Platform::Host)?;
            let first = match self.llvm_lines(&dir) {
                Ok(lines) => lines,
                Err(e @ ProbeError::Compile(_)) => {
                    first_error.get_or_insert(e);
                    continue;
                }
                Err(e) => return Err(e),
            };
            let mut result = VariantResult {
                variant: variant.to_string(),
                style: style.describe,
                points: Vec::new(),
                samples: Vec::new(),
                unavailable: Vec::new(),
            };
            let mut first = Some(first);
            for &n in ns {
                let lines = match first.take() {
                    Some(l) => l,
                    None => {
                        let dir =
                            self.write(family, si, variant, n, Layout::Same, Platform::Host)?;
                        self.llvm_lines(&dir)?
                    }
                };
                if self.verbose {
                    eprintln!(
                        "  {}/{variant} N={n}: {} container lines, {} copies",
                        family.name, lines.container_lines, lines.container_copies,
                    );
                }
                result.points.push(Point { n, lines });
            }
            'builds: for &build in builds {
                for layout in Layout::ALL {
                    for &n in build.ns(layout) {
                        match self.size(family, si, variant, n, layout, build) {
                            Ok(size) => {
                                if self.verbose {
                                    eprintln!(
                                        "  {}/{variant} {} {} N={n}: loaded {} B, text {} B",
                                        family.name,
                                        build.key(),
                                        layout.key(),
                                        size.loaded,
                                        size.text
                                    );
                                }
                                result.samples.push(Sample {
                                    build,
                                    layout,
                                    n,
                                    size,
                                });
                            }
                            Err(ProbeError::Compile(e)) => {
                                if self.verbose {
                                    eprintln!(
                                        "  {}/{variant} {}: does not compile: {e}",
                                        family.name,
                                        build.key()
                                    );
                                }
                                result.samples.retain(|s| s.build != build);
                                result.unavailable.push((build, e));
                                continue 'builds;
                            }
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
            return Ok(result);
        }
        Err(first_error.unwrap_or_else(|| ProbeError::Tool("family has no API style".into())))
    }

    /// Measures every variant of a family; variants whose probe does not compile are
    /// listed as skipped.
    pub fn measure_family(
        &self,
        family: &'static Family,
        ns: &[usize],
        builds: &[Build],
    ) -> Result<FamilyResult, ProbeError> {
        let mut result = FamilyResult {
            family,
            variants: Vec::new(),
            skipped: Vec::new(),
        };
        for &variant in family.variants {
            match self.measure_variant(family, variant, ns, builds) {
                Ok(v) => result.variants.push(v),
                Err(ProbeError::Compile(e)) => {
                    if self.verbose {
                        eprintln!(
                            "  {}/{variant}: skipped, probe does not compile: {e}",
                            family.name
                        );
                    }
                    result.skipped.push((variant.to_string(), e));
                }
                Err(e) => return Err(e),
            }
        }
        Ok(result)
    }
}

fn write_if_changed(path: &Path, contents: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    std::fs::write(path, contents)
}

fn run(cmd: &mut Command) -> Result<Output, ProbeError> {
    cmd.output()
        .map_err(|e| ProbeError::Tool(format!("cannot run {cmd:?}: {e}")))
}

/// Classifies a failed cargo run: compiler errors mean the probed API is missing.
fn failure(what: &str, out: &Output) -> ProbeError {
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains("can't find crate for `core`")
        || stderr.contains("can't find crate for `std`")
    {
        return ProbeError::Tool(format!(
            "{what} failed: a target's standard library is missing; run \
             `rustup target add thumbv7em-none-eabihf wasm32-unknown-unknown`"
        ));
    }
    let rustc_error = stderr.lines().find(|l| l.starts_with("error[E"));
    let any_error = stderr
        .lines()
        .find(|l| l.starts_with("error") && !l.contains("could not compile"));
    match rustc_error.or(any_error) {
        Some(line) if rustc_error.is_some() || stderr.contains("could not compile `probe`") => {
            ProbeError::Compile(line.trim().to_string())
        }
        _ => {
            let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            ProbeError::Tool(format!("{what} failed:\n{}", tail.join("\n")))
        }
    }
}

/// Least-squares slope of `y` against `x`.
pub fn slope(points: &[(f64, f64)]) -> f64 {
    let n = points.len() as f64;
    if points.len() < 2 {
        return 0.0;
    }
    let mx = points.iter().map(|p| p.0).sum::<f64>() / n;
    let my = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxy: f64 = points.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let sxx: f64 = points.iter().map(|p| (p.0 - mx) * (p.0 - mx)).sum();
    if sxx == 0.0 {
        0.0
    } else {
        sxy / sxx
    }
}

/// `(y(last) - y(first)) / (x(last) - x(first))`.
pub fn end_to_end(points: &[(f64, f64)]) -> f64 {
    match (points.first(), points.last()) {
        (Some(a), Some(b)) if b.0 != a.0 => (b.1 - a.1) / (b.0 - a.0),
        _ => 0.0,
    }
}

/// Marginal LLVM-lines costs per added element type for one variant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marginal {
    /// Container lines per type, least-squares slope.
    pub lines_fit: f64,
    /// Container lines per type, end to end (`(L(N_max) - L(N_min)) / (N_max - N_min)`).
    pub lines_end: f64,
    /// Copies per type, least squares.
    pub copies_fit: f64,
}

impl Marginal {
    /// The marginal costs of the series (N, value), each sorted by N.
    pub fn from_series(lines: &[(f64, f64)], copies: &[(f64, f64)]) -> Marginal {
        Marginal {
            lines_fit: slope(lines),
            lines_end: end_to_end(lines),
            copies_fit: slope(copies),
        }
    }
}

/// A size series summed up as a line: its first point and its least-squares slope.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// (N, bytes) at the fewest element types measured.
    pub first: (f64, f64),
    /// Bytes per added element type.
    pub slope: f64,
}

impl Fit {
    /// The fit of a series sorted by N; `None` if it is empty.
    pub fn of(series: &[(f64, f64)]) -> Option<Fit> {
        Some(Fit {
            first: *series.first()?,
            slope: slope(series),
        })
    }

    /// As the pair [`break_even`] takes.
    pub fn pair(self) -> ((f64, f64), f64) {
        (self.first, self.slope)
    }
}

/// Where a variant's size crosses fast's, on the lines through each one's first point
/// with its fitted slope.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BreakEven {
    /// At most fast's at every N measured from the first on.
    Always,
    /// Larger at first, at most fast's from about this N on.
    From(f64),
    /// At most fast's up to about this N, larger after.
    UpTo(f64),
    /// Larger at every N.
    Never,
}

/// Compares `small`'s size line with `fast`'s: each is the series' first point (N,
/// bytes) and the fitted bytes per added type.
pub fn break_even(fast: ((f64, f64), f64), small: ((f64, f64), f64)) -> BreakEven {
    let (((n0, f0), fs), ((_, s0), ss)) = (fast, small);
    let extra = s0 - f0;
    let saved = fs - ss;
    match (extra <= 0.0, saved >= 0.0) {
        (true, true) => BreakEven::Always,
        (false, false) => BreakEven::Never,
        (false, true) if saved == 0.0 => BreakEven::Never,
        (false, true) => BreakEven::From(n0 + extra / saved),
        (true, false) => BreakEven::UpTo(n0 + extra / saved),
    }
}

impl VariantResult {
    /// The marginal cost of one more element type.
    pub fn marginal(&self) -> Marginal {
        let series = |f: &dyn Fn(&Point) -> Option<f64>| -> Option<Vec<(f64, f64)>> {
            self.points
                .iter()
                .map(|p| Some((p.n as f64, f(p)?)))
                .collect()
        };
        let lines = series(&|p| Some(p.lines.container_lines as f64)).unwrap_or_default();
        let copies = series(&|p| Some(p.lines.container_copies as f64)).unwrap_or_default();
        Marginal::from_series(&lines, &copies)
    }

    /// The (N, bytes) series of one build and layout, loaded bytes if `loaded` else
    /// `.text`, sorted by N.
    pub fn series(&self, build: Build, layout: Layout, loaded: bool) -> Vec<(f64, f64)> {
        let mut s: Vec<(f64, f64)> = self
            .samples
            .iter()
            .filter(|x| x.build == build && x.layout == layout)
            .map(|x| {
                let v = if loaded { x.size.loaded } else { x.size.text };
                (x.n as f64, v as f64)
            })
            .collect();
        s.sort_by(|a, b| a.0.total_cmp(&b.0));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_functions_are_the_probe_crate_and_main() {
        assert!(is_probe_own("main"));
        assert!(is_probe_own("probe::use_e3"));
        assert!(is_probe_own("probe::main"));
        assert!(!is_probe_own("<probe::E1 as core::clone::Clone>::clone"));
        assert!(!is_probe_own("core::ptr::drop_in_place<probe::E1>"));
        assert!(!is_probe_own("prober::x"));
        assert!(!is_probe_own("std::rt::lang_start"));
    }

    #[test]
    fn slopes() {
        let pts = [(1.0, 10.0), (2.0, 13.0), (4.0, 19.0), (32.0, 103.0)];
        assert!((slope(&pts) - 3.0).abs() < 1e-9);
        assert!((end_to_end(&pts) - 3.0).abs() < 1e-9);
        assert_eq!(slope(&[(1.0, 5.0)]), 0.0);
    }

    #[test]
    fn break_even_cases() {
        // 1000 bytes more at N = 1, 10 bytes fewer per type: equal at N = 101.
        assert_eq!(
            break_even(((1.0, 5000.0), 30.0), ((1.0, 6000.0), 20.0)),
            BreakEven::From(101.0)
        );
        assert_eq!(
            break_even(((1.0, 5000.0), 30.0), ((1.0, 4000.0), 40.0)),
            BreakEven::UpTo(101.0)
        );
        assert_eq!(
            break_even(((1.0, 5000.0), 30.0), ((1.0, 5000.0), 20.0)),
            BreakEven::Always
        );
        assert_eq!(
            break_even(((1.0, 5000.0), 30.0), ((1.0, 5001.0), 30.0)),
            BreakEven::Never
        );
        let f = Fit::of(&[(1.0, 7.0), (2.0, 9.0), (8.0, 21.0)]).unwrap();
        assert_eq!(f.first, (1.0, 7.0));
        assert!((f.slope - 2.0).abs() < 1e-9);
        assert_eq!(Fit::of(&[]), None);
    }

    #[test]
    fn source_has_one_function_and_call_per_type() {
        let f = family("vec").unwrap();
        let s = source(f, &f.styles[0], "small", 3, Layout::Same, Platform::Host);
        assert_eq!(s.matches("#[inline(never)]").count(), 3);
        assert!(s.contains("struct E3 {"));
        assert!(s.contains("use_e3(n)"));
        assert!(s.contains("sizespeed::small::Vec::<E2>::new()"));
        assert!(!s.contains("E4"));
        assert!(!s.contains("pad"));
        assert!(s.contains("fn main()"));
    }

    #[test]
    fn distinct_layouts_pad_from_the_second_type() {
        let f = family("vec").unwrap();
        let s = source(f, &f.styles[0], "fast", 3, Layout::Distinct, Platform::Host);
        assert!(s.contains("pad: [u8; 2]"));
        assert!(s.contains("pad: [u8; 1]"));
        assert!(!s.contains("pad: [u8; 3]"));
        // One type: both layouts are the same program.
        let one = |l| source(f, &f.styles[0], "fast", 1, l, Platform::Host);
        assert_eq!(
            one(Layout::Same).replace("same", ""),
            one(Layout::Distinct).replace("distinct", "")
        );
    }

    #[test]
    fn sort_probes_hide_the_length() {
        let f = family("sort").unwrap();
        let s = source(f, &f.styles[0], "fast", 1, Layout::Same, Platform::Host);
        assert!(s.contains("std::hint::black_box(&mut arr[..])"));
        assert!(s.contains("sizespeed::fast::sort(v)"));
        assert!(s.contains("sizespeed::fast::binary_search(v, &key)"));
    }

    #[test]
    fn platforms_have_their_entry_points() {
        let f = family("vec").unwrap();
        let nostd = source(f, &f.styles[0], "small", 1, Layout::Same, Platform::NoStd);
        assert!(nostd.contains("#![no_std]"));
        assert!(nostd.contains("#[global_allocator]"));
        assert!(nostd.contains("#[panic_handler]"));
        assert!(nostd.contains("pub extern \"C\" fn _start() -> !"));
        let wasm = source(f, &f.styles[0], "small", 1, Layout::Same, Platform::Wasm);
        assert!(wasm.contains("pub extern \"C\" fn run(n: u64) -> u64"));
        assert!(!floor_source(Platform::Host).contains("sizespeed"));
    }
}
