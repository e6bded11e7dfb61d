//! Probe programs: tiny binary crates that use one family's operations on N distinct
//! element types, and the measurements taken on them.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::elf;
use crate::llvm_lines::{self, Row, Table};

/// The numbers of element types every report measures.
pub const NS: [usize; 6] = [1, 2, 4, 8, 16, 32];

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

fn sort_input(ty: &str) -> String {
    format!(
        "    let mut v = [{}, {}, {}];\n{}",
        elem(ty, "n + 2"),
        elem(ty, "n"),
        elem(ty, "n + 1"),
        escape("v")
    )
}

fn sort_free_body(v: &str, ty: &str) -> String {
    format!(
        "{input}    sizespeed::{v}::sort(&mut v);
{esc}    sizespeed::{v}::sort_unstable(&mut v);
    let key = {key};
    match sizespeed::{v}::binary_search(&v, &key) {{
        Ok(i) => i as u64,
        Err(i) => i as u64 + 100,
    }}
",
        input = sort_input(ty),
        key = elem(ty, "n + 1"),
        esc = escape("v"),
    )
}

fn sort_trait_body(v: &str, ty: &str) -> String {
    format!(
        "    use sizespeed::Sorter as _;
{input}    sizespeed::{v}::Sort::sort(&mut v);
{esc}    sizespeed::{v}::Sort::sort_unstable(&mut v);
    let key = {key};
    match sizespeed::{v}::Sort::binary_search(&v, &key) {{
        Ok(i) => i as u64,
        Err(i) => i as u64 + 100,
    }}
",
        input = sort_input(ty),
        key = elem(ty, "n + 1"),
        esc = escape("v"),
    )
}

/// The operations of the sort probes.
const SORT_OPS: &str =
    "`sort`, `sort_unstable`, `binary_search` on a `[E; 3]` the optimizer cannot see into";

/// The sort probes' first style: the free functions.
const SORT_FREE: Style = Style {
    describe: "free functions `sizespeed::{variant}::sort`",
    body: sort_free_body,
};

/// Every family the reports cover, in report order.
pub const FAMILIES: &[Family] = &[
    Family {
        name: "vec",
        variants: &["fast", "small", "inline", "thin", "boxed"],
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
        name: "sort",
        variants: &["fast", "small"],
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
        variants: &["fast", "small"],
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

/// The element types a probe declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elems {
    /// Every `E{i}` holds just the family's [`Element`] fields: the measurement the size
    /// targets are defined on (LLVM lines).
    Shared,
    /// `E{i}` also carries `i` extra bytes, so no two types share a layout and LLVM's
    /// function merging cannot fold their per-type machine code together: used for the
    /// `.text` measurements, which would otherwise flatter the monomorphized variants.
    Distinct,
}

/// The probe program using `family` through `variant` on `n` element types.
pub fn source(family: &Family, style: &Style, variant: &str, n: usize, elems: Elems) -> String {
    let mut s = format!(
        "//! Generated by size-reports: the {} family, variant `{}`, {} element type(s).\n\
         #![allow(dead_code)]\n\n",
        family.name, variant, n
    );
    for i in 1..=n {
        let ty = format!("E{i}");
        let (field, init) = match elems {
            Elems::Shared => (String::new(), String::new()),
            Elems::Distinct => (format!("    pad: [u8; {i}],\n"), format!(", pad: [0; {i}]")),
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
    s.push_str(
        "fn main() {\n    let n = std::env::args().count() as u64;\n    let mut acc = 0u64;\n",
    );
    for i in 1..=n {
        let _ = writeln!(s, "    acc = acc.wrapping_add(use_e{i}(n));");
    }
    s.push_str("    std::process::exit((acc & 0x3f) as i32);\n}\n");
    s
}

/// Whether a cargo-llvm-lines function name belongs to the probe itself rather than to
/// the containers it uses.
pub fn is_probe_own(name: &str) -> bool {
    name == "main"
        || name
            .strip_prefix(PROBE_CRATE)
            .is_some_and(|rest| rest.starts_with("::"))
}

/// An optimization level for `.text` measurements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opt {
    /// `opt-level = 3`.
    O3,
    /// `opt-level = "z"`.
    Oz,
}

impl Opt {
    fn env_value(self) -> &'static str {
        match self {
            Opt::O3 => "3",
            Opt::Oz => "z",
        }
    }
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

/// All figures for one (family, variant, N).
#[derive(Clone, Debug)]
pub struct Point {
    /// Number of element types.
    pub n: usize,
    /// cargo-llvm-lines figures (dev profile).
    pub lines: Lines,
    /// `.text` bytes at opt-level 3, if measured.
    pub text_o3: Option<u64>,
    /// `.text` bytes at opt-level "z", if measured.
    pub text_oz: Option<u64>,
}

/// A variant's measurements over N.
#[derive(Clone, Debug)]
pub struct VariantResult {
    /// The variant's module name.
    pub variant: String,
    /// How the API was called.
    pub style: &'static str,
    /// One point per N, ascending.
    pub points: Vec<Point>,
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

impl Probes {
    /// Probes for the workspace this crate belongs to.
    pub fn new() -> Probes {
        let workspace = crate::workspace_root();
        Probes {
            dir: workspace.join("target").join("size-probes"),
            workspace,
            cargo: std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()),
            verbose: true,
        }
    }

    fn cargo(&self, crate_dir: &Path) -> Command {
        let mut cmd = Command::new(&self.cargo);
        cmd.current_dir(crate_dir)
            .env("CARGO_TARGET_DIR", self.dir.join("target"))
            .env_remove("CARGO_BUILD_TARGET_DIR")
            .env_remove("CARGO_PROFILE_RELEASE_OPT_LEVEL")
            .env_remove("CARGO_PROFILE_DEV_OPT_LEVEL")
            .env_remove("CARGO_PRIMARY_PACKAGE");
        cmd
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
        elems: Elems,
    ) -> Result<PathBuf, ProbeError> {
        let style = &family.styles[style_index];
        let suffix = match elems {
            Elems::Shared => "",
            Elems::Distinct => "-distinct",
        };
        let dir = self.dir.join(format!(
            "{}-{}-s{}-n{}{suffix}",
            family.name, variant, style_index, n
        ));
        let io = |e: std::io::Error| ProbeError::Tool(format!("writing {}: {e}", dir.display()));
        std::fs::create_dir_all(dir.join("src")).map_err(io)?;
        let manifest = format!(
            "[package]\nname = \"{PROBE_CRATE}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nsizespeed = {{ path = {:?} }}\n\n[workspace]\n",
            self.workspace.display().to_string()
        );
        write_if_changed(&dir.join("Cargo.toml"), &manifest).map_err(io)?;
        write_if_changed(
            &dir.join("src").join("main.rs"),
            &source(family, style, variant, n, elems),
        )
        .map_err(io)?;
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
        let out = run(self.cargo(dir).arg("llvm-lines"))?;
        if !out.status.success() {
            return Err(failure("cargo llvm-lines", &out));
        }
        let stdout = String::from_utf8_lossy(&out.stdout);
        llvm_lines::parse(&stdout)
            .map(Lines::from_table)
            .map_err(ProbeError::Tool)
    }

    /// Builds a probe crate in release at `opt` and returns its `.text` size.
    pub fn text_size(&self, dir: &Path, opt: Opt) -> Result<u64, ProbeError> {
        // Every probe crate is named `probe` and shares one target directory, so a probe
        // cargo considers fresh would leave another probe's binary at `release/probe`.
        // Marking the source as modified forces the build, and with it the copy there.
        let main_rs = dir.join("src").join("main.rs");
        std::fs::File::options()
            .append(true)
            .open(&main_rs)
            .and_then(|f| f.set_modified(std::time::SystemTime::now()))
            .map_err(|e| ProbeError::Tool(format!("touching {}: {e}", main_rs.display())))?;
        let out = run(self
            .cargo(dir)
            .args(["build", "--release"])
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", opt.env_value()))?;
        if !out.status.success() {
            return Err(failure("cargo build --release", &out));
        }
        let exe = self
            .dir
            .join("target")
            .join("release")
            .join(format!("{PROBE_CRATE}{}", std::env::consts::EXE_SUFFIX));
        let data = std::fs::read(&exe)
            .map_err(|e| ProbeError::Tool(format!("reading {}: {e}", exe.display())))?;
        elf::text_size(&data).map_err(|e| ProbeError::Tool(format!("{}: {e}", exe.display())))
    }

    /// Measures one variant at every N in `ns`: lines always, `.text` if `text`.
    /// The first API style whose smallest probe compiles is used.
    pub fn measure_variant(
        &self,
        family: &'static Family,
        variant: &str,
        ns: &[usize],
        text: bool,
    ) -> Result<VariantResult, ProbeError> {
        let mut first_error = None;
        for (si, style) in family.styles.iter().enumerate() {
            let dir = self.write(family, si, variant, ns[0], Elems::Shared)?;
            match self.llvm_lines(&dir) {
                Ok(lines) => {
                    let mut points = Vec::new();
                    let mut first = Some(lines);
                    for &n in ns {
                        let dir = self.write(family, si, variant, n, Elems::Shared)?;
                        let lines = match first.take() {
                            Some(l) => l,
                            None => self.llvm_lines(&dir)?,
                        };
                        let (text_o3, text_oz) = if text {
                            let dir = self.write(family, si, variant, n, Elems::Distinct)?;
                            (
                                Some(self.text_size(&dir, Opt::O3)?),
                                Some(self.text_size(&dir, Opt::Oz)?),
                            )
                        } else {
                            (None, None)
                        };
                        if self.verbose {
                            eprintln!(
                                "  {}/{variant} N={n}: {} container lines, {} copies{}",
                                family.name,
                                lines.container_lines,
                                lines.container_copies,
                                match (text_o3, text_oz) {
                                    (Some(a), Some(b)) => format!(", .text O3 {a} B, Oz {b} B"),
                                    _ => String::new(),
                                }
                            );
                        }
                        points.push(Point {
                            n,
                            lines,
                            text_o3,
                            text_oz,
                        });
                    }
                    return Ok(VariantResult {
                        variant: variant.to_string(),
                        style: style.describe,
                        points,
                    });
                }
                Err(e @ ProbeError::Compile(_)) => {
                    first_error.get_or_insert(e);
                }
                Err(e) => return Err(e),
            }
        }
        Err(first_error.unwrap_or_else(|| ProbeError::Tool("family has no API style".into())))
    }

    /// Measures every variant of a family; variants whose probe does not compile are
    /// listed as skipped.
    pub fn measure_family(
        &self,
        family: &'static Family,
        ns: &[usize],
        text: bool,
    ) -> Result<FamilyResult, ProbeError> {
        let mut result = FamilyResult {
            family,
            variants: Vec::new(),
            skipped: Vec::new(),
        };
        for &variant in family.variants {
            match self.measure_variant(family, variant, ns, text) {
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

/// Marginal costs per added element type for one variant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marginal {
    /// Container lines per type, least-squares slope.
    pub lines_fit: f64,
    /// Container lines per type, end to end (`(L(N_max) - L(N_min)) / (N_max - N_min)`).
    pub lines_end: f64,
    /// Copies per type, least squares.
    pub copies_fit: f64,
    /// `.text` bytes per type at O3, least squares.
    pub text_o3: Option<f64>,
    /// `.text` bytes per type at Oz, least squares.
    pub text_oz: Option<f64>,
    /// The first point of the O3 `.text` series: (N, bytes) at the fewest element types.
    pub text_o3_first: Option<(f64, f64)>,
    /// The first point of the Oz `.text` series.
    pub text_oz_first: Option<(f64, f64)>,
}

impl Marginal {
    /// The marginal costs of the series (N, value), each sorted by N.
    pub fn from_series(
        lines: &[(f64, f64)],
        copies: &[(f64, f64)],
        text_o3: Option<&[(f64, f64)]>,
        text_oz: Option<&[(f64, f64)]>,
    ) -> Marginal {
        Marginal {
            lines_fit: slope(lines),
            lines_end: end_to_end(lines),
            copies_fit: slope(copies),
            text_o3: text_o3.map(slope),
            text_oz: text_oz.map(slope),
            text_o3_first: text_o3.and_then(|s| s.first().copied()),
            text_oz_first: text_oz.and_then(|s| s.first().copied()),
        }
    }
}

/// Where a variant's `.text` crosses fast's, on the lines through each one's first point
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

/// Compares `small`'s `.text` line with `fast`'s: each is the series' first point (N,
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
        Marginal::from_series(
            &lines,
            &copies,
            series(&|p| p.text_o3.map(|t| t as f64)).as_deref(),
            series(&|p| p.text_oz.map(|t| t as f64)).as_deref(),
        )
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
        let m = Marginal::from_series(&[], &[], Some(&[(1.0, 7.0), (2.0, 9.0)]), None);
        assert_eq!(m.text_o3_first, Some((1.0, 7.0)));
        assert_eq!(m.text_oz_first, None);
    }

    #[test]
    fn source_has_one_function_and_call_per_type() {
        let f = family("vec").unwrap();
        let s = source(f, &f.styles[0], "small", 3, Elems::Shared);
        assert_eq!(s.matches("#[inline(never)]").count(), 3);
        assert!(s.contains("struct E3 {"));
        assert!(s.contains("use_e3(n)"));
        assert!(s.contains("sizespeed::small::Vec::<E2>::new()"));
        assert!(!s.contains("E4"));
    }
}
