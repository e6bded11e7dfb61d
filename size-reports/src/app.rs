//! The app report: the `app` example built with and without the `prefer-size` feature,
//! compared on loaded bytes, `.text`, run time, and the time to build the example's own
//! crate.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::elf;
use crate::report::Meta;

/// How many times each build is run; the median wall time is reported.
pub const RUNS: usize = 5;

/// How many times the example's crate is rebuilt for the compile-time figure; the median
/// is reported.
pub const REBUILDS: usize = 3;

/// The time to build the example's own crate once (its dependencies already built).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BuildTime {
    /// Wall-clock seconds.
    pub wall: f64,
    /// User plus system CPU seconds of cargo and its children, if `/usr/bin/time` is
    /// there to measure them.
    pub cpu: Option<f64>,
}

/// One build of the example.
#[derive(Clone, Debug)]
pub struct Build {
    /// What the build is, for the report.
    pub label: &'static str,
    /// Extra cargo arguments.
    pub features: &'static [&'static str],
    /// `.text` bytes.
    pub text: u64,
    /// Loaded bytes (every allocated section that takes file space).
    pub loaded: u64,
    /// Median time to rebuild the example's crate, release.
    pub build_time: BuildTime,
    /// Size of the executable file in bytes.
    pub file: u64,
    /// Median wall time of [`RUNS`] runs.
    pub median: Duration,
}

/// The two builds compared.
pub const CONFIGS: [(&str, &[&str]); 2] = [
    ("default features (`auto` = fast)", &[]),
    (
        "`--features prefer-size` (`auto` = small)",
        &["--features", "prefer-size"],
    ),
];

/// Whether the workspace has the example.
pub fn example_exists(workspace: &Path) -> bool {
    workspace.join("examples").join("app.rs").exists()
        || workspace
            .join("examples")
            .join("app")
            .join("main.rs")
            .exists()
}

fn touch(path: &Path) -> Result<(), String> {
    if path.exists() {
        std::fs::File::options()
            .append(true)
            .open(path)
            .and_then(|f| f.set_modified(std::time::SystemTime::now()))
            .map_err(|e| format!("touching {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Builds the example (release) once; with `timed`, under `/usr/bin/time` when it exists.
fn build_example(
    workspace: &Path,
    label: &str,
    features: &[&str],
    timed: bool,
) -> Result<BuildTime, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let time_file = workspace
        .join("target")
        .join("size-probes")
        .join("app-build-time.txt");
    let gnu_time = Path::new("/usr/bin/time");
    let use_time = timed && gnu_time.exists();
    let mut cmd = if use_time {
        if let Some(dir) = time_file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        let mut c = Command::new(gnu_time);
        c.arg("-f")
            .arg("%e %U %S")
            .arg("-o")
            .arg(&time_file)
            .arg(&cargo);
        c
    } else {
        Command::new(&cargo)
    };
    cmd.current_dir(workspace)
        .args(["build", "--release", "-p", "sizespeed", "--example", "app"])
        .args(features)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let start = Instant::now();
    let status = cmd.status().map_err(|e| format!("cannot run cargo: {e}"))?;
    let wall = start.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!("building the app example ({label}) failed"));
    }
    let mut t = BuildTime { wall, cpu: None };
    if use_time {
        let text = std::fs::read_to_string(&time_file).map_err(|e| e.to_string())?;
        let f: Vec<f64> = text
            .split_whitespace()
            .filter_map(|x| x.parse().ok())
            .collect();
        if let [w, u, s] = f[..] {
            t = BuildTime {
                wall: w,
                cpu: Some(u + s),
            };
        }
    }
    Ok(t)
}

/// Builds the example in the workspace's target directory (sharing its compiled
/// dependencies), times [`REBUILDS`] rebuilds of its own crate, copies the binary aside,
/// and measures it.
pub fn measure(
    workspace: &Path,
    label: &'static str,
    features: &'static [&'static str],
) -> Result<Build, String> {
    let target: PathBuf = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("target"));
    // The first build brings the dependencies (sizespeed with these features) up to
    // date. Each timed build then touches only the example, so that only its own crate
    // is rebuilt; it also makes sure the binary at the shared output path is this
    // configuration's.
    let source = workspace.join("examples").join("app.rs");
    touch(&source)?;
    build_example(workspace, label, features, false)?;
    let mut times = Vec::with_capacity(REBUILDS);
    for _ in 0..REBUILDS {
        touch(&source)?;
        times.push(build_example(workspace, label, features, true)?);
    }
    times.sort_by(|a, b| a.wall.total_cmp(&b.wall));
    let build_time = times[REBUILDS / 2];
    let built = target
        .join("release")
        .join("examples")
        .join(format!("app{}", std::env::consts::EXE_SUFFIX));
    let exe = target.join("size-probes").join(format!(
        "app-bin-{}{}",
        if features.is_empty() {
            "default"
        } else {
            "prefer-size"
        },
        std::env::consts::EXE_SUFFIX
    ));
    if let Some(dir) = exe.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    std::fs::copy(&built, &exe).map_err(|e| format!("copying {}: {e}", built.display()))?;
    let data = std::fs::read(&exe).map_err(|e| format!("{}: {e}", exe.display()))?;
    let text = elf::text_size(&data).map_err(|e| e.to_string())?;
    let loaded = elf::loaded_size(&data).map_err(|e| e.to_string())?;
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        let status = Command::new(&exe)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| format!("running {}: {e}", exe.display()))?;
        times.push(start.elapsed());
        if !status.success() {
            return Err(format!("{} exited with {status}", exe.display()));
        }
    }
    times.sort();
    Ok(Build {
        label,
        features,
        text,
        loaded,
        build_time,
        file: data.len() as u64,
        median: times[RUNS / 2],
    })
}

/// The Markdown report.
pub fn markdown(builds: &[Build], meta: &Meta) -> String {
    let mut s = format!(
        "# The app example: fast against small\n\n\
         {}\n\n\
         `examples/app.rs` is built with `cargo build --release --example app`, once with \
         default features and once with `--features prefer-size`, which switches every \
         `sizespeed::auto` alias from the fast to the small variants. Loaded bytes count \
         every section the program loads that takes file space (code, read-only data, \
         relocated data, relocations, unwind tables). Run time is the median wall time of \
         {RUNS} runs, process start included.\n\n\
         | build | loaded bytes | `.text` bytes | executable bytes | median run time |\n\
         |---|---:|---:|---:|---:|\n",
        meta.stamp()
    );
    for b in builds {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {:.1} ms |",
            b.label,
            b.loaded,
            b.text,
            b.file,
            b.median.as_secs_f64() * 1e3
        );
    }
    if let [a, b] = builds {
        let _ = writeln!(
            s,
            "\nWith `prefer-size`, the loaded bytes are {:.1}% of the default build's ({:+} \
             bytes), `.text` is {:.1}% ({:+} bytes), and the run takes {:.2}× as long.",
            b.loaded as f64 / a.loaded as f64 * 100.0,
            b.loaded as i64 - a.loaded as i64,
            b.text as f64 / a.text as f64 * 100.0,
            b.text as i64 - a.text as i64,
            b.median.as_secs_f64() / a.median.as_secs_f64().max(1e-9)
        );
    }
    let _ = write!(
        s,
        "\n## Build time of the example's crate\n\n\
         Each configuration is built once, so that its dependencies (sizespeed with its \
         features) are up to date; then `examples/app.rs` alone is touched and rebuilt \
         (release), {REBUILDS} times, and the median is reported. CPU time is user plus \
         system time of cargo and the compiler (`/usr/bin/time`). The machine is shared, \
         so wall times carry noise; CPU time is the steadier figure.\n\n\
         | build | wall time | CPU time |\n|---|---:|---:|\n"
    );
    for b in builds {
        let _ = writeln!(
            s,
            "| {} | {:.2} s | {} |",
            b.label,
            b.build_time.wall,
            b.build_time
                .cpu
                .map(|c| format!("{c:.2} s"))
                .unwrap_or_else(|| "–".into())
        );
    }
    if let [a, b] = builds {
        let _ = write!(
            s,
            "\nWith `prefer-size` the example's crate builds in {:.0}% of the default \
             build's wall time",
            b.build_time.wall / a.build_time.wall.max(1e-9) * 100.0
        );
        if let (Some(ca), Some(cb)) = (a.build_time.cpu, b.build_time.cpu) {
            let _ = write!(s, " and {:.0}% of its CPU time", cb / ca.max(1e-9) * 100.0);
        }
        s.push_str(".\n");
    }
    s
}

/// Measures both builds and writes `app.md` into `out_dir`. Returns `Ok(false)`, after
/// printing a note, if the example does not exist.
pub fn run(workspace: &Path, out_dir: &Path, meta: &Meta) -> Result<bool, String> {
    if !example_exists(workspace) {
        eprintln!(
            "app: examples/app.rs does not exist in this workspace yet; no app report written"
        );
        return Ok(false);
    }
    let builds = CONFIGS
        .iter()
        .map(|(label, features)| measure(workspace, label, features))
        .collect::<Result<Vec<_>, _>>()?;
    crate::write_file(&out_dir.join("app.md"), &markdown(&builds, meta))
        .map_err(|e| e.to_string())?;
    Ok(true)
}
