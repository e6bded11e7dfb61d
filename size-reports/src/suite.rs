//! The suite report: the binaries of the `sizespeed-suite` workspace member built
//! statically and against shared libraries, with the fast and the small variants, compared
//! on the bytes each binary carries, the bytes the whole suite ships and loads (each shared
//! library counted once), which core functions each binary defines, and run time.
//!
//! `cargo run --release -p size-reports -- suite` writes `size-reports/suite.md` and
//! `size-reports/suite.csv`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::elf;
use crate::report::Meta;

/// The suite's binaries.
pub const BINARIES: [&str; 8] = ["wc", "sort", "uniq", "tail", "join", "topk", "tsort", "kv"];

/// How many rounds of runs; in each round every configuration runs every binary once, the
/// configurations alternating, and the median of the rounds is reported.
pub const ROUNDS: usize = 21;

/// The flags of a build against shared libraries: std and every Rust `dylib` dependency
/// linked dynamically, and the libraries looked for beside the executable.
pub const DYNAMIC_RUSTFLAGS: &str = "-C prefer-dynamic -C link-arg=-Wl,-rpath,$ORIGIN";

/// How the suite is linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Linking {
    /// Everything static (cargo's default).
    Static,
    /// std as `libstd-*.so`, sizespeed statically in each binary.
    StdShared,
    /// std as `libstd-*.so` and sizespeed as `libsizespeed_dylib.so`.
    Shared,
}

/// One of the builds compared.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// A short name, also the name of its target directory.
    pub key: &'static str,
    /// How it is linked.
    pub linking: Linking,
    /// Whether `auto` is the small variants.
    pub small: bool,
}

impl Config {
    /// The variant's name.
    pub fn variant(&self) -> &'static str {
        if self.small {
            "small"
        } else {
            "fast"
        }
    }

    /// The linking, for the report.
    pub fn linking_label(&self) -> &'static str {
        match self.linking {
            Linking::Static => "static",
            Linking::StdShared => "libstd shared, sizespeed static",
            Linking::Shared => "libstd and sizespeed shared",
        }
    }

    /// The build's name in the report: linking and variant.
    pub fn label(&self) -> String {
        format!("{} {}", self.linking_label(), self.variant())
    }

    /// The cargo features.
    pub fn features(&self) -> String {
        let mut f = Vec::new();
        if self.linking == Linking::Shared {
            f.push("dylib");
        }
        if self.small {
            f.push("prefer-size");
        }
        f.join(",")
    }

    /// The command that builds it, for the report.
    pub fn command(&self) -> String {
        let mut c = String::new();
        if self.linking != Linking::Static {
            let _ = write!(c, "RUSTFLAGS='{DYNAMIC_RUSTFLAGS}' ");
        }
        c.push_str("cargo build --release -p sizespeed-suite");
        let f = self.features();
        if !f.is_empty() {
            let _ = write!(c, " --features {f}");
        }
        c
    }
}

/// The configurations, in report order.
pub const CONFIGS: [Config; 6] = [
    Config {
        key: "static-fast",
        linking: Linking::Static,
        small: false,
    },
    Config {
        key: "static-small",
        linking: Linking::Static,
        small: true,
    },
    Config {
        key: "stdshared-fast",
        linking: Linking::StdShared,
        small: false,
    },
    Config {
        key: "stdshared-small",
        linking: Linking::StdShared,
        small: true,
    },
    Config {
        key: "dynamic-fast",
        linking: Linking::Shared,
        small: false,
    },
    Config {
        key: "dynamic-small",
        linking: Linking::Shared,
        small: true,
    },
];

/// The sizes of one ELF file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sizes {
    /// File bytes.
    pub file: u64,
    /// `.text` bytes.
    pub text: u64,
    /// Loaded bytes (every allocated section that takes file space).
    pub loaded: u64,
    /// File bytes after `strip --strip-all` (symbol tables and debug information
    /// removed), as a user would ship it; 0 when `strip` could not be run.
    pub stripped: u64,
}

impl std::ops::AddAssign<&Sizes> for Sizes {
    fn add_assign(&mut self, o: &Sizes) {
        self.file += o.file;
        self.text += o.text;
        self.loaded += o.loaded;
        self.stripped += o.stripped;
    }
}

/// One binary of one configuration.
#[derive(Clone, Debug)]
pub struct Binary {
    /// Its name.
    pub name: &'static str,
    /// Its sizes.
    pub sizes: Sizes,
    /// Functions of sizespeed's non-generic cores (`sizespeed::raw::`) it defines.
    pub cores_defined: usize,
    /// Functions of sizespeed's non-generic cores it calls in a shared library.
    pub cores_imported: usize,
    /// Bytes of the functions of `sizespeed::small` it defines (typed shims that were not
    /// inlined into their callers).
    pub shims: u64,
    /// Bytes of relocated read-only data and dynamic relocations (`.data.rel.ro` and
    /// `.rela.dyn`): where the per-type tables, and std's vtables, live.
    pub tables: u64,
}

/// One configuration, built and measured.
#[derive(Clone, Debug)]
pub struct Measured {
    /// The configuration.
    pub config: Config,
    /// Its binaries, in [`BINARIES`] order.
    pub binaries: Vec<Binary>,
    /// The suite's floor (`suite/examples/floor.rs`): its helpers and I/O with no
    /// container, built the same way; not shipped.
    pub floor: Sizes,
    /// The shared libraries it ships beside them (file name, sizes).
    pub libraries: Vec<(String, Sizes)>,
    /// The directory a user would ship: the binaries and the shared libraries.
    pub ship: PathBuf,
    /// Median run time of each binary on its input, filled in by [`time_runs`].
    pub times: Vec<Duration>,
}

impl Measured {
    /// The binaries' sizes added up.
    pub fn binaries_total(&self) -> Sizes {
        let mut t = Sizes::default();
        for b in &self.binaries {
            t += &b.sizes;
        }
        t
    }

    /// The binaries and each shared library once.
    pub fn suite_total(&self) -> Sizes {
        let mut t = self.binaries_total();
        for (_, s) in &self.libraries {
            t += s;
        }
        t
    }
}

/// The size of a stripped copy of `path` (`strip --strip-all`), or 0 if `strip` fails.
fn stripped_size(path: &Path) -> u64 {
    let copy = path.with_extension("stripped");
    let ok = Command::new("strip")
        .arg("--strip-all")
        .arg("-o")
        .arg(&copy)
        .arg(path)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let size = if ok {
        std::fs::metadata(&copy).map(|m| m.len()).unwrap_or(0)
    } else {
        0
    };
    let _ = std::fs::remove_file(&copy);
    size
}

/// Reads an ELF file's sizes.
pub fn sizes(path: &Path) -> Result<Sizes, String> {
    let data = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Sizes {
        stripped: stripped_size(path),
        file: data.len() as u64,
        text: elf::text_size(&data).map_err(|e| format!("{}: {e}", path.display()))?,
        loaded: elf::loaded_size(&data).map_err(|e| format!("{}: {e}", path.display()))?,
    })
}

/// Counts the functions of sizespeed's cores a file defines and the ones it leaves
/// undefined (to be found in a shared library), and the bytes of the `sizespeed::small`
/// functions it defines, from its symbol table.
pub fn core_symbols(path: &Path) -> Result<(usize, usize, u64), String> {
    let data = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let syms = elf::symbols(&data)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .ok_or_else(|| format!("{} has no symbol table", path.display()))?;
    let (mut defined, mut imported, mut shims) = (0, 0, 0);
    for s in syms {
        let name = format!("{:#}", rustc_demangle::demangle(&s.name));
        if s.kind == elf::STT_FUNC && s.section != 0 && name.contains("sizespeed::small::") {
            shims += s.size;
        }
        if !name.starts_with("sizespeed::raw::") && !name.contains(" as sizespeed::raw::") {
            continue;
        }
        if s.section == 0 {
            imported += 1;
        } else if s.kind == elf::STT_FUNC {
            defined += 1;
        }
    }
    Ok((defined, imported, shims))
}

/// The bytes of `.data.rel.ro` and `.rela.dyn`.
pub fn table_bytes(path: &Path) -> Result<u64, String> {
    let data = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(elf::sections(&data)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .iter()
        .filter(|s| s.name == ".data.rel.ro" || s.name == ".rela.dyn")
        .map(|s| s.size)
        .sum())
}

/// The target directory of a configuration, apart from the workspace's own so that the
/// flags of one build do not invalidate another.
pub fn target_dir(workspace: &Path, config: &Config) -> PathBuf {
    workspace.join("target").join("suite").join(config.key)
}

/// The directory holding `libstd-*.so` for the host.
fn std_libdir() -> Result<PathBuf, String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(rustc)
        .args(["--print", "target-libdir"])
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// Builds a configuration (release) and copies what a user would ship into one directory.
pub fn build(workspace: &Path, config: &Config) -> Result<Measured, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let target = target_dir(workspace, config);
    let mut cmd = Command::new(cargo);
    cmd.current_dir(workspace)
        .args([
            "build",
            "--release",
            "-q",
            "-p",
            "sizespeed-suite",
            "--bins",
            "--example",
            "floor",
        ])
        .env("CARGO_TARGET_DIR", &target);
    let features = config.features();
    if !features.is_empty() {
        cmd.args(["--features", &features]);
    }
    match config.linking {
        Linking::Static => cmd.env_remove("RUSTFLAGS"),
        _ => cmd.env("RUSTFLAGS", DYNAMIC_RUSTFLAGS),
    };
    let status = cmd.status().map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building the suite ({}) failed", config.key));
    }
    let release = target.join("release");
    let ship = target.join("ship");
    let _ = std::fs::remove_dir_all(&ship);
    std::fs::create_dir_all(&ship).map_err(|e| e.to_string())?;
    let mut binaries = Vec::new();
    for name in BINARIES {
        let to = ship.join(name);
        std::fs::copy(release.join(name), &to).map_err(|e| format!("copying {name}: {e}"))?;
        let (cores_defined, cores_imported, shims) = core_symbols(&to)?;
        binaries.push(Binary {
            name,
            sizes: sizes(&to)?,
            cores_defined,
            cores_imported,
            shims,
            tables: table_bytes(&to)?,
        });
    }
    let mut libraries = Vec::new();
    if config.linking != Linking::Static {
        let libdir = std_libdir()?;
        let mut from: Vec<PathBuf> = std::fs::read_dir(&libdir)
            .map_err(|e| format!("{}: {e}", libdir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("libstd-") && n.ends_with(".so"))
            })
            .collect();
        if from.len() != 1 {
            return Err(format!(
                "expected one libstd-*.so in {}, found {}",
                libdir.display(),
                from.len()
            ));
        }
        if config.linking == Linking::Shared {
            from.push(release.join("deps").join("libsizespeed_dylib.so"));
        }
        for lib in from {
            let name = lib
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let to = ship.join(&name);
            std::fs::copy(&lib, &to).map_err(|e| format!("copying {}: {e}", lib.display()))?;
            libraries.push((name, sizes(&to)?));
        }
    }
    let floor = target.join("floor");
    std::fs::copy(release.join("examples").join("floor"), &floor)
        .map_err(|e| format!("copying the floor example: {e}"))?;
    Ok(Measured {
        config: *config,
        floor: sizes(&floor)?,
        binaries,
        libraries,
        ship,
        times: Vec::new(),
    })
}

/// A deterministic pseudo-random sequence (a 64-bit LCG, high bits).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// The input of one binary: its arguments (with `{left}` standing for the path of the
/// left file of `join`) and standard input.
pub struct Input {
    /// The binary.
    pub name: &'static str,
    /// Its arguments.
    pub args: Vec<String>,
    /// Standard input.
    pub stdin: Vec<u8>,
}

/// Writes the run-time inputs into `dir` and returns them, one per binary: generated, the
/// same on every run, and big enough (a few MB at most) for the run to take more than
/// process start.
pub fn inputs(dir: &Path) -> Result<Vec<Input>, String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut r = Lcg(0x5eed);
    const WORDS: [&str; 16] = [
        "alpha", "Beta", "gamma", "delta", "echo", "fox", "golf", "hotel", "india", "juliet",
        "kilo", "lima", "mike", "november", "oscar", "papa",
    ];
    let mut text = String::new();
    for _ in 0..60_000 {
        let n = 1 + r.below(8);
        for i in 0..n {
            let w = WORDS[r.below(16) as usize];
            let _ = write!(text, "{}{w}{}", if i > 0 { " " } else { "" }, r.below(50));
        }
        text.push('\n');
    }
    let mut adjacent = String::new();
    for _ in 0..60_000 {
        let line = format!("{} {}\n", WORDS[r.below(16) as usize], r.below(300));
        for _ in 0..1 + r.below(3) {
            adjacent.push_str(&line);
        }
    }
    let mut records = String::new();
    for _ in 0..150_000 {
        let _ = writeln!(
            records,
            "{}-{} {}",
            WORDS[r.below(16) as usize],
            r.below(500),
            r.below(10_000)
        );
    }
    let mut graph = String::new();
    let nodes = 20_000u64;
    for _ in 0..60_000 {
        let a = r.below(nodes - 1);
        let b = a + 1 + r.below((nodes - a - 1).min(200));
        // Names that do not sort in topological order.
        let _ = writeln!(
            graph,
            "t{:05} t{:05}",
            (a * 7919) % nodes,
            (b * 7919) % nodes
        );
    }
    // Renaming by a permutation can make a cycle only if the original graph had one; it
    // has none (edges go from a to b > a before renaming, and the renaming is a bijection).
    let mut commands = String::new();
    for _ in 0..120_000 {
        let k = r.below(20_000);
        let _ = match r.below(10) {
            0..=4 => writeln!(commands, "set k{k:05} v{}", r.below(1_000_000)),
            5..=6 => writeln!(commands, "get k{k:05}"),
            7 => writeln!(commands, "del k{k:05}"),
            8 => writeln!(commands, "range k{k:05} k{:05}", k + 3),
            _ => writeln!(commands, "undo"),
        };
    }
    let mut left = String::new();
    for i in 0..30_000 {
        let _ = writeln!(left, "u{:05} left{i}", r.below(20_000));
    }
    let left_path = dir.join("join-left.txt");
    std::fs::write(&left_path, left).map_err(|e| e.to_string())?;
    let mut right = String::new();
    for i in 0..60_000 {
        let _ = writeln!(right, "u{:05} right{i}", r.below(25_000));
    }
    let left_arg = left_path.to_string_lossy().into_owned();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    Ok(vec![
        Input {
            name: "wc",
            args: s(&["-f", "20"]),
            stdin: text.clone().into_bytes(),
        },
        Input {
            name: "sort",
            args: s(&["-k", "2", "-f", "-u"]),
            stdin: text.clone().into_bytes(),
        },
        Input {
            name: "uniq",
            args: s(&["-c"]),
            stdin: adjacent.into_bytes(),
        },
        Input {
            name: "tail",
            args: s(&["-n", "20000", "-b"]),
            stdin: text.into_bytes(),
        },
        Input {
            name: "join",
            args: vec!["-a".into(), "-v".into(), left_arg],
            stdin: right.into_bytes(),
        },
        Input {
            name: "topk",
            args: s(&["-k", "50"]),
            stdin: records.into_bytes(),
        },
        Input {
            name: "tsort",
            args: Vec::new(),
            stdin: graph.into_bytes(),
        },
        Input {
            name: "kv",
            args: Vec::new(),
            stdin: commands.into_bytes(),
        },
    ])
}

/// Runs one binary on its input; returns the wall time (process start included) and its
/// output.
fn run_once(exe: &Path, input: &Input) -> Result<(Duration, Vec<u8>), String> {
    use std::io::Write as _;
    let start = Instant::now();
    let mut child = Command::new(exe)
        .args(&input.args)
        .env_remove("LD_LIBRARY_PATH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("running {}: {e}", exe.display()))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let data = input.stdin.clone();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("running {}: {e}", exe.display()))?;
    let elapsed = start.elapsed();
    let _ = writer.join();
    if !out.status.success() {
        return Err(format!(
            "{} exited with {}: {}",
            exe.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok((elapsed, out.stdout))
}

/// Runs every binary of every configuration on its input, [`ROUNDS`] times, alternating
/// the configurations within each round, and stores each binary's median in
/// [`Measured::times`]. Fails if two configurations print different output.
pub fn time_runs(measured: &mut [Measured], inputs: &[Input]) -> Result<(), String> {
    let mut samples = vec![vec![Vec::with_capacity(ROUNDS); inputs.len()]; measured.len()];
    for round in 0..ROUNDS {
        for (bi, input) in inputs.iter().enumerate() {
            let mut reference: Option<Vec<u8>> = None;
            // Alternate which configuration goes first.
            for k in 0..measured.len() {
                let ci = (k + round) % measured.len();
                let exe = measured[ci].ship.join(input.name);
                let (t, out) = run_once(&exe, input)?;
                match &reference {
                    None => reference = Some(out),
                    Some(r) if *r != out => {
                        return Err(format!(
                            "{} prints differently in {} than in another build",
                            input.name, measured[ci].config.key
                        ))
                    }
                    Some(_) => {}
                }
                samples[ci][bi].push(t);
            }
        }
    }
    for (m, per_binary) in measured.iter_mut().zip(samples) {
        m.times = per_binary
            .into_iter()
            .map(|mut s| {
                s.sort();
                s[s.len() / 2]
            })
            .collect();
    }
    Ok(())
}

fn pct(a: u64, b: u64) -> String {
    format!("{:+.1}%", (a as f64 / b.max(1) as f64 - 1.0) * 100.0)
}

/// `a against b (+x.y%)`.
fn vs(a: u64, b: u64) -> String {
    format!("{a} against {b} ({})", pct(a, b))
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1e3)
}

/// Ends a table's header row, after its first cell: one column per build, then `extra`
/// columns, then the alignment row.
fn header(s: &mut String, m: &[Measured], extra: &[&str]) {
    for x in m {
        let _ = write!(s, " {} |", x.config.label());
    }
    for e in extra {
        let _ = write!(s, " {e} |");
    }
    s.push_str("\n|---|");
    for _ in 0..m.len() + extra.len() {
        s.push_str("---:|");
    }
    s.push('\n');
}

/// The Markdown report.
pub fn markdown(m: &[Measured], meta: &Meta) -> String {
    let get = |key: &str| m.iter().find(|x| x.config.key == key);
    let mut s = format!(
        "# A suite of binaries shares one copy\n\n{}\n\n\
         The `sizespeed-suite` workspace member has {} small tools of the coreutils kind \
         ({}), each using a few `sizespeed::auto` containers over element types of its own. \
         It is built (release profile) six ways:\n\n",
        meta.stamp(),
        BINARIES.len(),
        BINARIES
            .iter()
            .map(|b| format!("`{b}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for x in m {
        let _ = writeln!(s, "- **{}**: `{}`", x.config.label(), x.config.command());
    }
    s.push_str(
        "\nEach build has its own target directory (`target/suite/<build>`). The dynamic \
         builds link std as `libstd-*.so` (`-C prefer-dynamic`); with the `dylib` feature \
         the suite also links sizespeed through the `sizespeed-dylib` workspace member, a \
         crate of type `dylib` that re-exports `sizespeed`. The binaries find their shared \
         libraries beside them (rpath `$ORIGIN`); the report copies each build's binaries \
         and libraries into one directory, `target/suite/<build>/ship`, what a user would \
         ship, and measures and runs them there. Loaded bytes count every section a file \
         loads that takes file space (code, read-only data, relocated data, relocations, \
         unwind tables); file bytes are the files as built, symbol tables and std's debug \
         information included, and stripped file bytes the same files after `strip \
         --strip-all`.\n\n## Per binary\n\n`.text` bytes:\n\n| binary |",
    );
    header(&mut s, m, &["dynamic: small vs fast"]);
    let text_row = |s: &mut String, label: &str, f: &dyn Fn(&Measured) -> u64| {
        let _ = write!(s, "| {label} |");
        for x in m {
            let _ = write!(s, " {} |", f(x));
        }
        if let (Some(a), Some(b)) = (get("dynamic-fast"), get("dynamic-small")) {
            let _ = write!(s, " {} |", pct(f(b), f(a)));
        } else {
            s.push_str(" – |");
        }
        s.push('\n');
    };
    for (i, name) in BINARIES.iter().enumerate() {
        text_row(&mut s, &format!("`{name}`"), &|x| x.binaries[i].sizes.text);
    }
    text_row(&mut s, "**all binaries**", &|x| x.binaries_total().text);
    s.push_str("\nLoaded bytes:\n\n| binary |");
    header(&mut s, m, &["dynamic: small vs fast"]);
    for (i, name) in BINARIES.iter().enumerate() {
        text_row(&mut s, &format!("`{name}`"), &|x| {
            x.binaries[i].sizes.loaded
        });
    }
    text_row(&mut s, "**all binaries**", &|x| x.binaries_total().loaded);

    s.push_str(
        "\n## The suite: what a user ships and loads\n\nEach shared library counted once.\n\n\
         | build | binaries: file / `.text` / loaded | shared libraries (file / `.text` / loaded) | \
         suite total: file bytes | suite total: stripped file bytes | suite total: `.text` | \
         suite total: loaded bytes |\n|---|---:|---|---:|---:|---:|---:|\n",
    );
    for x in m {
        let b = x.binaries_total();
        let t = x.suite_total();
        let libs = if x.libraries.is_empty() {
            "none".to_string()
        } else {
            x.libraries
                .iter()
                .map(|(n, l)| format!("`{n}` {} / {} / {}", l.file, l.text, l.loaded))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let _ = writeln!(
            s,
            "| {} | {} / {} / {} | {libs} | {} | {} | {} | {} |",
            x.config.label(),
            b.file,
            b.text,
            b.loaded,
            t.file,
            t.stripped,
            t.text,
            t.loaded
        );
    }
    if let (Some(sf), Some(ss), Some(df), Some(ds)) = (
        get("static-fast"),
        get("static-small"),
        get("dynamic-fast"),
        get("dynamic-small"),
    ) {
        let (bf, bs) = (df.binaries_total(), ds.binaries_total());
        let (tf, ts) = (df.suite_total(), ds.suite_total());
        let _ = write!(
            s,
            "\n**Reading.** Against shared libraries, the small binaries carry {} `.text` \
             bytes, and {} loaded bytes (small against fast). The whole suite with libstd \
             and sizespeed's library counted once loads {} bytes, and ships {} file bytes, \
             {} stripped. Statically linked, the suite is {} loaded bytes: each binary then \
             carries its own copy of std and of the small cores.",
            vs(bs.text, bf.text),
            vs(bs.loaded, bf.loaded),
            vs(ts.loaded, tf.loaded),
            vs(ts.file, tf.file),
            vs(ts.stripped, tf.stripped),
            vs(ss.suite_total().loaded, sf.suite_total().loaded),
        );
        let n = BINARIES.len() as u64;
        let (af, as_) = (
            bf.text.saturating_sub(n * df.floor.text),
            bs.text.saturating_sub(n * ds.floor.text),
        );
        let _ = write!(
            s,
            " What every binary carries before it uses a container, the suite's floor \
             (`suite/examples/floor.rs`: the shared helpers, reading, parsing the command \
             line and formatting, and no container), is {} `.text` bytes against shared \
             libraries with fast and {} with small; above it, the {n} binaries' `.text` is {} \
             (small against fast): the containers' code and each tool's own logic.",
            df.floor.text,
            ds.floor.text,
            vs(as_, af),
        );
        if let Some(f) = get("stdshared-fast") {
            let fl = f.suite_total().loaded;
            let _ = write!(
                s,
                " A fast suite needs no sizespeed library at all: built with libstd shared \
                 and sizespeed static it loads {fl} bytes in total; the small suite with \
                 both libraries is {} against that.",
                pct(ts.loaded, fl),
            );
            let lib: u64 = ds
                .libraries
                .iter()
                .filter(|(n, _)| n.starts_with("libsizespeed_dylib"))
                .map(|(_, l)| l.loaded)
                .sum();
            let per_binary =
                (f.binaries_total().loaded as f64 - bs.loaded as f64) / BINARIES.len() as f64;
            if per_binary > 0.0 {
                let _ = write!(
                    s,
                    " Each small binary here loads {per_binary:.0} bytes less than its fast \
                     twin (the mean), and `libsizespeed_dylib.so` loads {lib} bytes once, so \
                     a suite of binaries like these pays for the library from about {:.0} \
                     binaries.",
                    (lib as f64 / per_binary).ceil()
                );
            }
        }
        s.push('\n');
    }

    let shared: Vec<&Measured> = m
        .iter()
        .filter(|x| x.config.linking == Linking::Shared && x.config.small)
        .collect();
    let copied: usize = shared
        .iter()
        .flat_map(|x| &x.binaries)
        .map(|b| b.cores_defined)
        .sum();
    let placement = if shared.is_empty() {
        String::new()
    } else if copied == 0 {
        "In the small build against `libsizespeed_dylib.so` every core function a binary \
         calls is an undefined symbol resolved in the library; none is copied into a binary. "
            .to_string()
    } else {
        format!(
            "In the small build against `libsizespeed_dylib.so`, {copied} core function(s) \
             are still copied into the binaries (see the table). "
        )
    };
    let _ = write!(
        s,
        "\n## Where the cores are\n\nFunctions of sizespeed's non-generic cores \
         (`sizespeed::raw::`) each binary defines, and (after the slash) calls in a shared \
         library, read from its symbol table. {placement}What stays in each binary is per type: the typed \
         shims (the generic functions of `sizespeed::small`, such as the hash, compare and \
         drop functions a table points to, and `FromIterator`), the per-type tables \
         (read-only data and, in a position-independent executable, their relocations), and \
         the program's own code, with std's generic code it instantiates.\n\n| binary |",
    );
    header(&mut s, m, &[]);
    for (i, name) in BINARIES.iter().enumerate() {
        let _ = write!(s, "| `{name}` |");
        for x in m {
            let b = &x.binaries[i];
            let _ = write!(s, " {} / {} |", b.cores_defined, b.cores_imported);
        }
        s.push('\n');
    }
    if let (Some(df), Some(ds)) = (get("dynamic-fast"), get("dynamic-small")) {
        s.push_str(
            "\nWhat stays in each binary against the shared libraries, measured: `.text` (the \
             tool's own code, std's generic code it instantiates, and the container code \
             that is per type), of which the functions of `sizespeed::small` that were not \
             inlined (typed shims); and the relocated read-only data with its dynamic \
             relocations (`.data.rel.ro` + `.rela.dyn`), which hold the per-type tables \
             beside std's vtables.\n\n\
             | binary | `.text` fast / small | `sizespeed::small` functions, small | \
             `.data.rel.ro` + `.rela.dyn` fast / small |\n|---|---:|---:|---:|\n",
        );
        for (i, name) in BINARIES.iter().enumerate() {
            let (f, sm) = (&df.binaries[i], &ds.binaries[i]);
            let _ = writeln!(
                s,
                "| `{name}` | {} / {} | {} | {} / {} |",
                f.sizes.text, sm.sizes.text, sm.shims, f.tables, sm.tables
            );
        }
    }

    if m.iter().all(|x| x.times.len() == BINARIES.len()) {
        let _ = write!(
            s,
            "\n## Run time\n\nMedian wall time in ms (process start, dynamic loading \
             included) of {ROUNDS} rounds; in each round every build runs every binary on \
             the same generated input (a few MB), the builds alternating, and every build's \
             output is checked to be the same.\n\n| binary |"
        );
        header(
            &mut s,
            m,
            &["fast: dynamic / static", "small: dynamic / static"],
        );
        let ratio = |a: Duration, b: Duration| {
            format!("{:.2}×", a.as_secs_f64() / b.as_secs_f64().max(1e-9))
        };
        let idx = |k: &str| m.iter().position(|x| x.config.key == k);
        let pairs = [
            (idx("dynamic-fast"), idx("static-fast")),
            (idx("dynamic-small"), idx("static-small")),
        ];
        let time_row = |s: &mut String, label: &str, row: &[Duration]| {
            let _ = write!(s, "| {label} |");
            for t in row {
                let _ = write!(s, " {} |", ms(*t));
            }
            for pair in pairs {
                match pair {
                    (Some(d), Some(st)) => {
                        let _ = write!(s, " {} |", ratio(row[d], row[st]));
                    }
                    _ => s.push_str(" – |"),
                }
            }
            s.push('\n');
        };
        for (i, name) in BINARIES.iter().enumerate() {
            let row: Vec<Duration> = m.iter().map(|x| x.times[i]).collect();
            time_row(&mut s, &format!("`{name}`"), &row);
        }
        let sums: Vec<Duration> = m.iter().map(|x| x.times.iter().sum()).collect();
        time_row(&mut s, "**sum**", &sums);
        s.push_str(
            "\nCalls from a binary into `libsizespeed_dylib.so` go through the procedure \
             linkage table, and the library cannot be inlined into its callers or optimized \
             with them; the times above include that, and the dynamic loader's work at \
             start.\n",
        );
    }
    s
}

/// The CSV: one row per configuration and file (kind `binary`, `shared library`, or
/// `floor` for the suite's floor program, which is not shipped). The README's prose on the
/// suite is generated from it (see [`crate::readme::suite_prose`]).
pub fn csv(m: &[Measured]) -> String {
    let mut s = String::from(
        "build,linking,variant,file,kind,file_bytes,stripped_bytes,text,loaded,cores_defined,cores_imported,small_functions,tables,median_ms\n",
    );
    let sizes = |z: &Sizes| format!("{},{},{},{}", z.file, z.stripped, z.text, z.loaded);
    for x in m {
        let build = format!(
            "{},{:?},{}",
            x.config.key,
            x.config.linking,
            x.config.variant()
        );
        for (i, b) in x.binaries.iter().enumerate() {
            let time = x.times.get(i).map(|t| ms(*t)).unwrap_or_default();
            let _ = writeln!(
                s,
                "{build},{},binary,{},{},{},{},{},{time}",
                b.name,
                sizes(&b.sizes),
                b.cores_defined,
                b.cores_imported,
                b.shims,
                b.tables,
            );
        }
        for (n, l) in &x.libraries {
            let _ = writeln!(s, "{build},{n},shared library,{},,,,,", sizes(l));
        }
        // The suite's floor (`suite/examples/floor.rs`), built the same way; not shipped.
        let _ = writeln!(s, "{build},floor,floor,{},,,,,", sizes(&x.floor));
    }
    s
}

/// The README's markers around the suite table.
pub const README_MARKERS: (&str, &str) = ("<!-- suite-table:start -->", "<!-- suite-table:end -->");

/// The README's table: the totals of every build.
pub fn readme_table(m: &[Measured]) -> String {
    let mut s = String::from(
        "| build | binaries' `.text` | binaries' loaded bytes | shared libraries' loaded bytes (each once) | suite loaded bytes | suite file bytes, stripped | run time, sum of medians |\n\
         |---|---:|---:|---:|---:|---:|---:|\n",
    );
    for x in m {
        let b = x.binaries_total();
        let t = x.suite_total();
        let libs: u64 = x.libraries.iter().map(|(_, l)| l.loaded).sum();
        let time: Duration = x.times.iter().sum();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} ms |",
            x.config.label(),
            b.text,
            b.loaded,
            libs,
            t.loaded,
            t.stripped,
            ms(time)
        );
    }
    s.push_str("\nSee [size-reports/suite.md](size-reports/suite.md) for every binary.");
    s
}

/// Rewrites the suite table of the README, if it has the markers.
pub fn update_readme(readme: &Path, m: &[Measured]) -> Result<(), String> {
    let Ok(old) = std::fs::read_to_string(readme) else {
        return Ok(());
    };
    if let Some(new) = crate::readme::replace_between(&old, README_MARKERS, &readme_table(m)) {
        if new != old {
            std::fs::write(readme, new).map_err(|e| e.to_string())?;
            println!("README.md suite table updated");
        }
    }
    Ok(())
}

/// Builds and measures every configuration, times the runs, writes `suite.md` and
/// `suite.csv` into `out_dir`, and refreshes the README's suite table.
pub fn run(workspace: &Path, out_dir: &Path, meta: &Meta) -> Result<(), String> {
    let mut measured = Vec::new();
    for config in &CONFIGS {
        let start = Instant::now();
        let m = build(workspace, config)?;
        let t = m.suite_total();
        eprintln!(
            "suite {}: built and measured ({:.0?}): suite total {} loaded bytes, binaries' .text {}",
            config.key,
            start.elapsed(),
            t.loaded,
            m.binaries_total().text
        );
        measured.push(m);
    }
    let inputs = inputs(&workspace.join("target").join("suite").join("inputs"))?;
    time_runs(&mut measured, &inputs)?;
    crate::write_file(&out_dir.join("suite.md"), &markdown(&measured, meta))
        .map_err(|e| e.to_string())?;
    crate::write_file(&out_dir.join("suite.csv"), &csv(&measured)).map_err(|e| e.to_string())?;
    update_readme(&workspace.join("README.md"), &measured)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake(config: Config, text: u64, lib: u64) -> Measured {
        let sizes = |t: u64| Sizes {
            file: 2 * t,
            text: t,
            loaded: t + 100,
            stripped: t + 50,
        };
        Measured {
            config,
            floor: sizes(100),
            binaries: BINARIES
                .iter()
                .map(|&name| Binary {
                    name,
                    sizes: sizes(text),
                    cores_defined: 0,
                    cores_imported: 3,
                    shims: 10,
                    tables: 20,
                })
                .collect(),
            libraries: (lib > 0)
                .then(|| ("libsizespeed_dylib.so".to_string(), sizes(lib)))
                .into_iter()
                .collect(),
            ship: PathBuf::new(),
            times: vec![Duration::from_millis(10); BINARIES.len()],
        }
    }

    #[test]
    fn configurations_and_commands() {
        let keys: Vec<_> = CONFIGS.iter().map(|c| c.key).collect();
        assert!(keys
            .iter()
            .all(|k| keys.iter().filter(|j| *j == k).count() == 1));
        assert_eq!(
            CONFIGS[5].command(),
            format!(
                "RUSTFLAGS='{DYNAMIC_RUSTFLAGS}' cargo build --release -p sizespeed-suite \
                 --features dylib,prefer-size"
            )
        );
        assert_eq!(
            CONFIGS[0].command(),
            "cargo build --release -p sizespeed-suite"
        );
    }

    #[test]
    fn totals_count_each_library_once_and_the_report_reads_them() {
        let m: Vec<Measured> = CONFIGS
            .iter()
            .map(|c| match c.key {
                "dynamic-fast" => fake(*c, 2000, 1000),
                "dynamic-small" => fake(*c, 1000, 1000),
                _ => fake(*c, 2000, 0),
            })
            .collect();
        let small = &m[5];
        assert_eq!(small.binaries_total().text, 8 * 1000);
        assert_eq!(small.suite_total().text, 8 * 1000 + 1000);
        let md = markdown(
            &m,
            &Meta {
                rustc: "rustc x".into(),
                date: "2000-01-01".into(),
                command: "cmd".into(),
            },
        );
        for b in BINARIES {
            assert!(md.contains(&format!("| `{b}` |")), "{b}");
        }
        assert!(md.contains("small binaries carry 8000 against 16000 (-50.0%) `.text` bytes"));
        assert!(md.contains("| **sum** | 80.0 |"));
        assert!(md.contains("none is copied into a binary"));
        assert!(md.contains("above it, the 8 binaries' `.text` is 7200 against 15200 (-52.6%)"));
        assert!(readme_table(&m).contains("| libstd and sizespeed shared small | 8000 |"));
    }
}
