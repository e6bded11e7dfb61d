//! The advisor: where a program's per-type container code is, and what switching it to
//! sizespeed's small variants would save.
//!
//! `cargo run --release -p size-reports -- advise PATH/Cargo.toml [--bin NAME | --example
//! NAME | --lib] [--profile P] [--target TRIPLE] [--features F] [--markdown OUT.md]`
//!
//! 1. builds the target with `-C symbol-mangling-version=v0` (which keeps generic
//!    arguments in symbol names) in a target directory of its own, and a program
//!    without containers (the std floor) with the same profile and target;
//! 2. reads the size of every function from the ELF symbol table of both, demangles the
//!    names, and attributes each function to a container family and element type
//!    ([`mod@classify`]); a function also present in the floor is std's, not the program's;
//! 3. runs cargo-llvm-lines (dev profile) for the compile work per family and type;
//! 4. predicts the bytes saved by switching each family to `small` from the committed
//!    per-type and fixed costs of the size reports ([`model`]);
//! 5. reports the ranked table, the prediction, the import lines to change and a verdict
//!    ([`render`]).

pub mod build;
pub mod classify;
pub mod imports;
pub mod model;
pub mod render;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::elf;
use crate::probe::Build;
use classify::{classify, Attribution, Family};

/// What to build and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The crate's or workspace's `Cargo.toml`.
    pub manifest: PathBuf,
    /// Which target.
    pub target: TargetSel,
    /// The cargo profile (`release` by default).
    pub profile: String,
    /// `--target TRIPLE`, if not the host.
    pub triple: Option<String>,
    /// `--features`.
    pub features: Vec<String>,
    /// Where to write the Markdown report.
    pub markdown: Option<PathBuf>,
    /// Skip cargo-llvm-lines.
    pub no_llvm_lines: bool,
    /// Whose measured costs to predict with; from the profile's `opt-level` if `None`.
    pub costs: Option<Build>,
}

/// The target to build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TargetSel {
    /// The package's only binary.
    Default,
    /// `--bin NAME`.
    Bin(String),
    /// `--example NAME`.
    Example(String),
    /// `--lib` (a `cdylib`: an rlib links no code).
    Lib,
}

impl TargetSel {
    /// The cargo arguments that select the target.
    pub fn args(&self) -> Vec<String> {
        match self {
            TargetSel::Default => Vec::new(),
            TargetSel::Bin(n) => vec!["--bin".into(), n.clone()],
            TargetSel::Example(n) => vec!["--example".into(), n.clone()],
            TargetSel::Lib => vec!["--lib".into()],
        }
    }
}

/// Usage of the `advise` and `advise-check` modes.
pub const USAGE: &str = "\
advise PATH/Cargo.toml [--bin NAME | --example NAME | --lib] [--profile P]
       [--target TRIPLE] [--features F] [--markdown OUT.md] [--no-llvm-lines]
       [--costs o3|z]
    where the program's per-type container code is, and what switching each family to
    sizespeed's small variants would save
advise-check PATH/Cargo.toml [same options] [--small-features F]
    advise, then build again with --features F (default: prefer-size) and compare the
    predicted loaded-byte saving with the real one";

/// Parses the arguments after `advise`. Returns the options and the leftover
/// `--small-features` value (for `advise-check`).
pub fn parse_args(args: &[String]) -> Result<(Options, Option<String>), String> {
    let mut manifest = None;
    let mut o = Options {
        manifest: PathBuf::new(),
        target: TargetSel::Default,
        profile: "release".into(),
        triple: None,
        features: Vec::new(),
        markdown: None,
        no_llvm_lines: false,
        costs: None,
    };
    let mut small_features = None;
    let mut it = args.iter();
    let set_target = |o: &mut Options, t: TargetSel| -> Result<(), String> {
        if o.target != TargetSel::Default {
            return Err("give one of --bin, --example, --lib".into());
        }
        o.target = t;
        Ok(())
    };
    while let Some(a) = it.next() {
        let mut value = |what: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{what} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "--bin" => {
                let v = value("--bin")?;
                set_target(&mut o, TargetSel::Bin(v))?
            }
            "--example" => {
                let v = value("--example")?;
                set_target(&mut o, TargetSel::Example(v))?
            }
            "--lib" => set_target(&mut o, TargetSel::Lib)?,
            "--profile" => o.profile = value("--profile")?,
            "--target" => o.triple = Some(value("--target")?),
            "--features" => o.features.push(value("--features")?),
            "--markdown" => o.markdown = Some(PathBuf::from(value("--markdown")?)),
            "--no-llvm-lines" => o.no_llvm_lines = true,
            "--small-features" => small_features = Some(value("--small-features")?),
            "--costs" => {
                o.costs = Some(match value("--costs")?.as_str() {
                    "o3" | "O3" => Build::O3,
                    "z" | "s" => Build::Z,
                    other => return Err(format!("--costs takes o3 or z, not {other:?}")),
                })
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s:?}\n{USAGE}")),
            path => {
                if manifest.is_some() {
                    return Err(format!("more than one manifest path given\n{USAGE}"));
                }
                manifest = Some(PathBuf::from(path));
            }
        }
    }
    let mut manifest = manifest.ok_or_else(|| format!("no manifest path given\n{USAGE}"))?;
    if manifest.is_dir() {
        manifest.push("Cargo.toml");
    }
    if !manifest.is_file() {
        return Err(format!(
            "no manifest at {}: give the path to a crate's or workspace's Cargo.toml",
            manifest.display()
        ));
    }
    o.manifest = manifest;
    Ok((o, small_features))
}

/// One function of the program, after merging the symbols that share an address.
#[derive(Clone, Debug)]
pub struct Function {
    /// Demangled name without hash.
    pub name: String,
    /// Code bytes the program adds above the std floor.
    pub added: u64,
    /// Code bytes that the floor program has too.
    pub floor: u64,
    /// The family and element, if a container's.
    pub attribution: Option<Attribution>,
}

/// The figures of one (family, element type).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// Code bytes above the floor (`.text`, symbol sizes).
    pub bytes: u64,
    /// How many functions.
    pub functions: usize,
    /// Of those bytes, drop glue.
    pub drop_bytes: u64,
    /// LLVM IR lines (dev profile), if measured.
    pub lines: u64,
    /// Monomorphized copies counted by cargo-llvm-lines.
    pub copies: u64,
}

/// Everything the advisor found.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// What the report is about, e.g. `example app of /path/Cargo.toml`.
    pub subject: String,
    /// The profile built.
    pub profile: String,
    /// The build whose measured costs are used.
    pub costs: Build,
    /// The program's loaded bytes and `.text`.
    pub loaded: u64,
    /// `.text` bytes.
    pub text: u64,
    /// The floor program's loaded bytes and `.text` (`None` if it could not be built).
    pub floor: Option<(u64, u64)>,
    /// Per family and element type.
    pub rows: BTreeMap<(Family, String), Row>,
    /// Container code that the floor program has too, per family.
    pub floor_bytes: BTreeMap<Family, u64>,
    /// cargo-llvm-lines TOTAL of the program's crate, if measured.
    pub total_lines: Option<u64>,
    /// Every function, for the tests and the detail section.
    pub functions: Vec<Function>,
    /// The source files' import lines.
    pub imports: imports::Imports,
}

/// Demangles a symbol name without its hash; names that are not Rust stay as they are.
pub fn demangle(name: &str) -> String {
    match rustc_demangle::try_demangle(name) {
        Ok(d) => format!("{d:#}"),
        Err(_) => name.to_string(),
    }
}

/// Function bytes per demangled name, each address counted once. When several names
/// share an address (merged identical functions), `prefer` picks the name that gets the
/// bytes; the others get none.
pub fn function_sizes(
    data: &[u8],
    what: &str,
    prefer: &dyn Fn(&str) -> u8,
) -> Result<HashMap<String, u64>, String> {
    let syms = elf::symbols(data)
        .map_err(|e| format!("{what}: {e}"))?
        .ok_or_else(|| {
            format!(
                "{what} has no symbol table: it was stripped. Keep the symbols: set \
                 `strip = false` (or `\"debuginfo\"`) in the profile, and pass neither \
                 `-C strip=symbols` nor the linker's `-s`"
            )
        })?;
    let mut by_addr: BTreeMap<u64, (u64, Vec<String>)> = BTreeMap::new();
    for s in syms {
        if s.kind != elf::STT_FUNC || s.size == 0 || s.section == 0 {
            continue;
        }
        let e = by_addr.entry(s.addr).or_default();
        e.0 = e.0.max(s.size);
        e.1.push(demangle(&s.name));
    }
    let mut out: HashMap<String, u64> = HashMap::new();
    for (_, (size, mut names)) in by_addr {
        names.sort();
        names.dedup();
        let best = names
            .iter()
            .max_by(|a, b| prefer(a).cmp(&prefer(b)).then_with(|| b.cmp(a)))
            .cloned()
            .unwrap_or_default();
        *out.entry(best).or_default() += size;
    }
    Ok(out)
}

/// What [`attribute`] returns: every function, the rows by (family, element type), and
/// per family the container code the floor program has too.
pub type Attributed = (
    Vec<Function>,
    BTreeMap<(Family, String), Row>,
    BTreeMap<Family, u64>,
);

/// Splits the program's functions against the floor's and attributes them.
pub fn attribute(program: &[u8], floor: Option<&[u8]>) -> Result<Attributed, String> {
    let floor_sizes = match floor {
        Some(f) => function_sizes(f, "the floor program", &|n| u8::from(classify(n).is_some()))?,
        None => HashMap::new(),
    };
    let prefer = |n: &str| {
        if floor_sizes.contains_key(n) {
            2
        } else {
            u8::from(classify(n).is_some())
        }
    };
    let sizes = function_sizes(program, "the program", &prefer)?;
    let mut functions: Vec<Function> = sizes
        .into_iter()
        .map(|(name, bytes)| {
            let in_floor = floor_sizes.get(&name).copied().unwrap_or(0).min(bytes);
            Function {
                attribution: classify(&name),
                added: bytes - in_floor,
                floor: in_floor,
                name,
            }
        })
        .collect();
    functions.sort_by(|a, b| b.added.cmp(&a.added).then_with(|| a.name.cmp(&b.name)));
    let mut rows: BTreeMap<(Family, String), Row> = BTreeMap::new();
    let mut floor_bytes: BTreeMap<Family, u64> = BTreeMap::new();
    for f in &functions {
        let Some(a) = &f.attribution else { continue };
        if f.floor > 0 {
            *floor_bytes.entry(a.family).or_default() += f.floor;
        }
        if f.added > 0 {
            let r = rows.entry((a.family, a.element.clone())).or_default();
            r.bytes += f.added;
            r.functions += 1;
            if a.drop {
                r.drop_bytes += f.added;
            }
        }
    }
    Ok((functions, rows, floor_bytes))
}

/// Adds cargo-llvm-lines figures to the rows (rows are created for types whose code was
/// all inlined away in the optimized build).
pub fn add_lines(rows: &mut BTreeMap<(Family, String), Row>, table: &crate::llvm_lines::Table) {
    for r in &table.rows {
        let name = classify::strip_disambiguators(&r.name);
        if let Some(a) = classify(&name) {
            let row = rows.entry((a.family, a.element)).or_default();
            row.lines += r.lines;
            row.copies += r.copies;
        }
    }
}

/// Runs the whole analysis (builds included).
pub fn analyze(o: &Options) -> Result<Analysis, String> {
    let b = build::Builder::new(o)?;
    let artifact = b.build_program(&o.features)?;
    let data = std::fs::read(&artifact).map_err(|e| format!("{}: {e}", artifact.display()))?;
    build::check_elf(&data, &artifact)?;
    let loaded = elf::loaded_size(&data).map_err(|e| e.to_string())?;
    let text = elf::text_size(&data).map_err(|e| e.to_string())?;
    let floor_data = match b.build_floor() {
        Ok(p) => Some(std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?),
        Err(e) => {
            eprintln!("warning: the std floor program did not build ({e}); nothing is subtracted");
            None
        }
    };
    let floor = match &floor_data {
        Some(d) => Some((
            elf::loaded_size(d).map_err(|e| e.to_string())?,
            elf::text_size(d).map_err(|e| e.to_string())?,
        )),
        None => None,
    };
    let (functions, mut rows, floor_bytes) = attribute(&data, floor_data.as_deref())?;
    let total_lines = if o.no_llvm_lines {
        None
    } else {
        let table = b.llvm_lines(&o.features)?;
        add_lines(&mut rows, &table);
        Some(table.total_lines)
    };
    let costs = o.costs.unwrap_or_else(|| b.cost_build());
    Ok(Analysis {
        subject: b.subject(),
        profile: o.profile.clone(),
        costs,
        loaded,
        text,
        floor,
        rows,
        floor_bytes,
        total_lines,
        functions,
        imports: imports::scan(&b.package_dir(), &b.source_files()),
    })
}

/// The `advise` mode: analyze, print, write the Markdown.
pub fn run(args: &[String]) -> Result<(), String> {
    let (o, small) = parse_args(args)?;
    if small.is_some() {
        return Err("--small-features belongs to advise-check".into());
    }
    let a = analyze(&o)?;
    let prediction = model::predict(&a)?;
    println!("{}", render::terminal(&a, &prediction));
    if let Some(out) = &o.markdown {
        crate::write_file(out, &render::markdown(&a, &prediction))
            .map_err(|e| format!("writing {}: {e}", out.display()))?;
        println!("Markdown report written to {}", out.display());
    }
    Ok(())
}

/// The `advise-check` mode: the prediction against the real build with the small
/// variants. Returns (predicted, actual) loaded-byte savings.
pub fn check(args: &[String]) -> Result<(i64, i64), String> {
    let (o, small) = parse_args(args)?;
    let small = small.unwrap_or_else(|| "prefer-size".into());
    let a = analyze(&o)?;
    let prediction = model::predict(&a)?;
    println!("{}", render::terminal(&a, &prediction));
    if let Some(out) = &o.markdown {
        crate::write_file(out, &render::markdown(&a, &prediction))
            .map_err(|e| format!("writing {}: {e}", out.display()))?;
    }
    let b = build::Builder::new(&o)?;
    let mut features = o.features.clone();
    features.push(small.clone());
    let artifact = b.build_program(&features)?;
    let data = std::fs::read(&artifact).map_err(|e| format!("{}: {e}", artifact.display()))?;
    let small_loaded = elf::loaded_size(&data).map_err(|e| e.to_string())?;
    let small_text = elf::text_size(&data).map_err(|e| e.to_string())?;
    let actual = a.loaded as i64 - small_loaded as i64;
    let predicted = prediction.prefer_size_saving().round() as i64;
    println!("\n## Prediction against the real build (--features {small})\n");
    println!(
        "default build:   loaded {} B, .text {} B\nwith {small}: loaded {} B, .text {} B",
        a.loaded, a.text, small_loaded, small_text
    );
    println!(
        "loaded-byte saving: predicted {predicted} B, actual {actual} B ({})",
        render::versus(predicted, actual)
    );
    let at_probe = prediction
        .families
        .iter()
        .filter(|f| f.costs.is_some())
        .map(|f| f.probe_saving)
        .sum::<f64>()
        .round() as i64;
    let visible = prediction.prefer_size_visible().round() as i64;
    println!(
        "the other two figures: at the probes' usage {at_probe} B ({}); from the symbols \
         alone {visible} B ({})",
        render::versus(at_probe, actual),
        render::versus(visible, actual)
    );
    Ok((predicted, actual))
}

/// The package directory of a manifest.
pub fn manifest_dir(manifest: &Path) -> PathBuf {
    manifest
        .parent()
        .map(Path::to_path_buf)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| PathBuf::from("."))
}
