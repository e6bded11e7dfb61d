//! Building the user's target and the floor program, and running cargo-llvm-lines, with a
//! progress indicator on each long step.

use std::ffi::OsString;
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::{manifest_dir, Options, TargetSel};
use crate::llvm_lines;
use crate::probe::Build;

/// The rustc flag that keeps generic arguments in symbol names.
pub const V0: &str = "-Csymbol-mangling-version=v0";

/// Runs `f` while a progress line ticks on stderr.
pub fn with_progress<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let done = Arc::new(AtomicBool::new(false));
    let tty = std::io::stderr().is_terminal();
    eprintln!("{label} ...");
    let ticker = tty.then(|| {
        let done = Arc::clone(&done);
        let label = label.to_string();
        std::thread::spawn(move || {
            let frames = ['|', '/', '-', '\\'];
            let mut i = 0;
            while !done.load(Ordering::Relaxed) {
                eprint!(
                    "\r{} {label}: {:.0?}   ",
                    frames[i % 4],
                    start.elapsed().as_secs()
                );
                let _ = std::io::stderr().flush();
                i += 1;
                std::thread::sleep(Duration::from_millis(250));
            }
            eprint!("\r");
        })
    });
    let out = f();
    done.store(true, Ordering::Relaxed);
    if let Some(t) = ticker {
        let _ = t.join();
    }
    eprintln!("{label}: done in {:.1} s", start.elapsed().as_secs_f64());
    out
}

/// One target of the package, from `cargo metadata`.
#[derive(Clone, Debug)]
struct Target {
    name: String,
    kinds: Vec<String>,
    src: PathBuf,
}

/// Everything needed to build the user's target and its floor program.
#[derive(Clone, Debug)]
pub struct Builder {
    manifest: PathBuf,
    package: String,
    package_dir: PathBuf,
    workspace_root: PathBuf,
    target_dir: PathBuf,
    target: TargetSel,
    /// The target's name and source file.
    chosen: Target,
    profile: String,
    triple: Option<String>,
    cargo: OsString,
}

fn cargo_bin() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

impl Builder {
    /// Reads the package's metadata and checks that the target exists.
    pub fn new(o: &Options) -> Result<Builder, String> {
        let cargo = cargo_bin();
        let out = Command::new(&cargo)
            .args([
                "metadata",
                "--format-version",
                "1",
                "--no-deps",
                "--manifest-path",
            ])
            .arg(&o.manifest)
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "cargo cannot read {}:\n{}",
                o.manifest.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        let meta: Value = serde_json::from_slice(&out.stdout)
            .map_err(|e| format!("cargo metadata printed something unexpected: {e}"))?;
        let ws = PathBuf::from(meta["workspace_root"].as_str().unwrap_or("."));
        let target_dir = meta["target_directory"]
            .as_str()
            .map(PathBuf::from)
            .unwrap_or_else(|| ws.join("target"));
        let manifest = o
            .manifest
            .canonicalize()
            .map_err(|e| format!("{}: {e}", o.manifest.display()))?;
        let packages = meta["packages"].as_array().cloned().unwrap_or_default();
        let targets_of = |p: &Value| -> Vec<Target> {
            p["targets"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|t| Target {
                    name: t["name"].as_str().unwrap_or("").to_string(),
                    kinds: t["kind"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|k| k.as_str().map(String::from))
                        .collect(),
                    src: PathBuf::from(t["src_path"].as_str().unwrap_or("")),
                })
                .collect()
        };
        let wanted = |t: &Target| match &o.target {
            TargetSel::Default => t.kinds.iter().any(|k| k == "bin"),
            TargetSel::Bin(n) => t.name == *n && t.kinds.iter().any(|k| k == "bin"),
            TargetSel::Example(n) => t.name == *n && t.kinds.iter().any(|k| k == "example"),
            TargetSel::Lib => t.kinds.iter().any(|k| k.ends_with("lib")),
        };
        // The package of this manifest, or (for a virtual manifest) the member that has
        // the target.
        let own: Vec<&Value> = packages
            .iter()
            .filter(|p| {
                p["manifest_path"]
                    .as_str()
                    .and_then(|m| Path::new(m).canonicalize().ok())
                    .is_some_and(|m| m == manifest)
            })
            .collect();
        let candidates: Vec<&Value> = if own.is_empty() {
            packages
                .iter()
                .filter(|p| targets_of(p).iter().any(wanted))
                .collect()
        } else {
            own
        };
        let [pkg] = candidates[..] else {
            return Err(if candidates.is_empty() {
                format!(
                    "no package in {} has the target asked for ({})",
                    o.manifest.display(),
                    describe(&o.target)
                )
            } else {
                "more than one workspace member has that target: give the member's \
                 Cargo.toml"
                    .to_string()
            });
        };
        let targets = targets_of(pkg);
        let matching: Vec<Target> = targets.iter().filter(|t| wanted(t)).cloned().collect();
        let list = |kind: &str| {
            targets
                .iter()
                .filter(|t| t.kinds.iter().any(|k| k == kind))
                .map(|t| t.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let chosen = match (&o.target, &matching[..]) {
            (_, [one]) => one.clone(),
            (TargetSel::Default, []) => {
                return Err(format!(
                    "the package has no binary; give --example NAME (examples: {}) or --lib",
                    list("example")
                ))
            }
            (TargetSel::Default, _) => {
                return Err(format!(
                    "the package has several binaries; give --bin NAME (one of: {})",
                    list("bin")
                ))
            }
            (TargetSel::Bin(n), _) => {
                return Err(format!(
                    "the package has no binary named {n:?} (binaries: {})",
                    list("bin")
                ))
            }
            (TargetSel::Example(n), _) => {
                return Err(format!(
                    "the package has no example named {n:?} (examples: {})",
                    list("example")
                ))
            }
            (TargetSel::Lib, _) => return Err("the package has no library target".into()),
        };
        if o.target == TargetSel::Lib && !chosen.kinds.iter().any(|k| k == "cdylib") {
            return Err(format!(
                "the library {} is an rlib, which links no program: the advisor needs a \
                 linked artifact. Give --bin or --example, or add \"cdylib\" to its \
                 crate-type",
                chosen.name
            ));
        }
        Ok(Builder {
            manifest: o.manifest.clone(),
            package: pkg["name"].as_str().unwrap_or("").to_string(),
            package_dir: manifest_dir(Path::new(pkg["manifest_path"].as_str().unwrap_or("."))),
            workspace_root: ws,
            target_dir: target_dir.join("sizespeed-advise"),
            target: o.target.clone(),
            chosen,
            profile: o.profile.clone(),
            triple: o.triple.clone(),
            cargo,
        })
    }

    /// `example app of sizespeed (/path/Cargo.toml)`.
    pub fn subject(&self) -> String {
        let what = match &self.target {
            TargetSel::Example(n) => format!("example `{n}`"),
            TargetSel::Lib => format!("library `{}`", self.chosen.name),
            _ => format!("binary `{}`", self.chosen.name),
        };
        format!("{what} of package `{}`", self.package)
    }

    /// The package's directory.
    pub fn package_dir(&self) -> PathBuf {
        self.package_dir.clone()
    }

    /// The Rust sources of the target: for a binary or library, everything under the
    /// directory of its root file; for an example, the file and its folder of modules.
    pub fn source_files(&self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let src = &self.chosen.src;
        match &self.target {
            TargetSel::Example(n) => {
                out.push(src.clone());
                if let Some(dir) = src.parent() {
                    collect_rs(&dir.join(n), &mut out);
                }
            }
            _ => {
                let dir = if src.parent().and_then(Path::file_name) == Some("bin".as_ref()) {
                    src.parent().and_then(Path::parent)
                } else {
                    src.parent()
                };
                if let Some(dir) = dir {
                    collect_rs(dir, &mut out);
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }

    fn command(&self, sub: &str) -> Command {
        let mut cmd = Command::new(&self.cargo);
        cmd.arg(sub)
            .env("CARGO_TARGET_DIR", &self.target_dir)
            .env_remove("CARGO_BUILD_TARGET_DIR")
            .env_remove("RUSTFLAGS")
            .env("CARGO_ENCODED_RUSTFLAGS", rustflags())
            .env(
                format!("CARGO_PROFILE_{}_STRIP", env_name(&self.profile)),
                "debuginfo",
            );
        if let Some(t) = &self.triple {
            cmd.args(["--target", t]);
        }
        cmd
    }

    /// Builds the target with `features` and returns the linked artifact.
    pub fn build_program(&self, features: &[String]) -> Result<PathBuf, String> {
        let mut cmd = self.command("build");
        cmd.arg("--manifest-path")
            .arg(&self.manifest)
            .args(["-p", &self.package, "--profile", &self.profile])
            .args(self.target.args());
        if !features.is_empty() {
            cmd.args(["--features", &features.join(",")]);
        }
        let label = format!(
            "building {} ({} profile{})",
            self.subject(),
            self.profile,
            if features.is_empty() {
                String::new()
            } else {
                format!(", features {}", features.join(","))
            }
        );
        with_progress(&label, || artifact(cmd, &self.chosen.name))
    }

    /// Builds the floor program: `fn main` that prints, nothing else, with the workspace's
    /// profiles.
    pub fn build_floor(&self) -> Result<PathBuf, String> {
        let dir = self.target_dir.join("floor");
        let io = |e: std::io::Error| format!("writing {}: {e}", dir.display());
        std::fs::create_dir_all(dir.join("src")).map_err(io)?;
        let root =
            std::fs::read_to_string(self.workspace_root.join("Cargo.toml")).unwrap_or_default();
        let manifest = format!(
            "[package]\nname = \"sizespeed-advise-floor\"\nversion = \"0.0.0\"\n\
             edition = \"2021\"\npublish = false\n\n[workspace]\n\n{}",
            profile_tables(&root)
        );
        std::fs::write(dir.join("Cargo.toml"), manifest).map_err(io)?;
        std::fs::write(
            dir.join("src").join("main.rs"),
            "//! The std floor: a program without containers.\n\
             fn main() {\n    println!(\"{}\", std::env::args().count());\n}\n",
        )
        .map_err(io)?;
        let mut cmd = self.command("build");
        cmd.arg("--manifest-path")
            .arg(dir.join("Cargo.toml"))
            .args(["--profile", &self.profile]);
        with_progress("building the std floor program", || {
            artifact(cmd, "sizespeed-advise-floor")
        })
    }

    /// cargo-llvm-lines (dev profile) on the target, installing it if missing.
    pub fn llvm_lines(&self, features: &[String]) -> Result<llvm_lines::Table, String> {
        crate::probe::Probes::new()
            .ensure_llvm_lines()
            .map_err(|e| format!("cargo-llvm-lines is missing and could not be installed: {e}"))?;
        let mut cmd = self.command("llvm-lines");
        cmd.arg("--manifest-path")
            .arg(&self.manifest)
            .args(["-p", &self.package])
            .args(self.target.args());
        if !features.is_empty() {
            cmd.args(["--features", &features.join(",")]);
        }
        let out = with_progress("running cargo llvm-lines (dev profile)", || cmd.output())
            .map_err(|e| format!("cannot run cargo llvm-lines: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "cargo llvm-lines failed:\n{}",
                tail(&String::from_utf8_lossy(&out.stderr), 30)
            ));
        }
        llvm_lines::parse(&String::from_utf8_lossy(&out.stdout))
    }

    /// The build whose measured costs fit this profile: the size profile's if the
    /// profile optimizes for size (`opt-level = "z"` or `"s"`), O3's otherwise.
    pub fn cost_build(&self) -> Build {
        if let Ok(v) = std::env::var(format!(
            "CARGO_PROFILE_{}_OPT_LEVEL",
            env_name(&self.profile)
        )) {
            return if v == "z" || v == "s" {
                Build::Z
            } else {
                Build::O3
            };
        }
        let root =
            std::fs::read_to_string(self.workspace_root.join("Cargo.toml")).unwrap_or_default();
        match opt_level(&root, &self.profile) {
            Some(l) if l == "z" || l == "s" => Build::Z,
            _ => Build::O3,
        }
    }
}

fn describe(t: &TargetSel) -> String {
    match t {
        TargetSel::Default => "its binary".into(),
        TargetSel::Bin(n) => format!("--bin {n}"),
        TargetSel::Example(n) => format!("--example {n}"),
        TargetSel::Lib => "--lib".into(),
    }
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_rs(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The rustflags of the advisor's builds: the caller's `RUSTFLAGS`, plus v0 mangling.
fn rustflags() -> String {
    let mut flags: Vec<String> = std::env::var("RUSTFLAGS")
        .unwrap_or_default()
        .split_whitespace()
        .map(String::from)
        .collect();
    flags.push(V0.to_string());
    flags.join("\x1f")
}

/// `release` becomes `RELEASE`, `size-opt` becomes `SIZE_OPT`.
fn env_name(profile: &str) -> String {
    profile.to_uppercase().replace('-', "_")
}

fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// Runs `cargo build --message-format=json-render-diagnostics` and returns the linked
/// artifact of the target named `name`.
fn artifact(mut cmd: Command, name: &str) -> Result<PathBuf, String> {
    cmd.arg("--message-format=json-render-diagnostics")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| format!("cannot run cargo: {e}"))?;
    let mut stderr = child.stderr.take();
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(e) = stderr.as_mut() {
            let _ = e.read_to_string(&mut s);
        }
        s
    });
    let mut found: Vec<PathBuf> = Vec::new();
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let Ok(v) = serde_json::from_str::<Value>(&line) else {
                continue;
            };
            if v["reason"] != "compiler-artifact" || v["target"]["name"] != name {
                continue;
            }
            if let Some(exe) = v["executable"].as_str() {
                found.push(PathBuf::from(exe));
            } else if let Some(files) = v["filenames"].as_array() {
                found.extend(
                    files
                        .iter()
                        .filter_map(|f| f.as_str())
                        .filter(|f| f.ends_with(".so") || f.ends_with(".wasm"))
                        .map(PathBuf::from),
                );
            }
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("waiting for cargo: {e}"))?;
    let stderr = err_reader.join().unwrap_or_default();
    if !status.success() {
        return Err(format!(
            "the build failed; cargo said:\n{}",
            tail(stderr.trim(), 40)
        ));
    }
    found.pop().ok_or_else(|| {
        format!("cargo built no linked artifact for {name:?} (an rlib links no program)")
    })
}

/// Checks that `data` is ELF, with a specific error for other formats.
pub fn check_elf(data: &[u8], path: &Path) -> Result<(), String> {
    if data.starts_with(b"\x7fELF") {
        return Ok(());
    }
    let format = if data.starts_with(b"\0asm") {
        "a wasm module"
    } else if data.starts_with(b"MZ") {
        "a PE (Windows) executable"
    } else if data.len() >= 4
        && matches!(
            u32::from_le_bytes([data[0], data[1], data[2], data[3]]),
            0xfeed_face | 0xfeed_facf | 0xcafe_babe
        )
    {
        "a Mach-O (macOS) executable"
    } else {
        "not an ELF file"
    };
    Err(format!(
        "{} is {format}: the advisor reads ELF symbol tables only. Build for an ELF target \
         (Linux, or a bare-metal target) with --target TRIPLE",
        path.display()
    ))
}

/// The `[profile.*]` tables of a manifest, verbatim.
pub fn profile_tables(manifest: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in manifest.lines() {
        let t = line.trim_start();
        if t.starts_with('[') {
            inside = t.starts_with("[profile.");
        }
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The `opt-level` a profile sets in a manifest, following `inherits`.
pub fn opt_level(manifest: &str, profile: &str) -> Option<String> {
    let mut profile = profile.to_string();
    for _ in 0..8 {
        let header = format!("[profile.{profile}]");
        let mut inside = false;
        let mut inherits = None;
        for line in manifest.lines() {
            let t = line.trim();
            if t.starts_with('[') {
                inside = t == header;
                continue;
            }
            if !inside {
                continue;
            }
            let Some((k, v)) = t.split_once('=') else {
                continue;
            };
            let v = v.trim().trim_matches('"').to_string();
            match k.trim() {
                "opt-level" => return Some(v),
                "inherits" => inherits = Some(v),
                _ => {}
            }
        }
        profile = inherits?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str = "[package]\nname = \"x\"\n\n[profile.release]\ndebug = 1\n\n\
        [profile.size]\ninherits = \"release\"\nopt-level = \"z\"\n\n[profile.tiny]\n\
        inherits = \"size\"\n\n[dependencies]\nfoo = \"1\"\n";

    #[test]
    fn profiles_are_copied_and_followed() {
        let t = profile_tables(MANIFEST);
        assert!(t.contains("[profile.size]") && t.contains("opt-level = \"z\""));
        assert!(!t.contains("[dependencies]") && !t.contains("foo"));
        assert_eq!(opt_level(MANIFEST, "tiny").as_deref(), Some("z"));
        assert_eq!(opt_level(MANIFEST, "release"), None);
    }

    #[test]
    fn non_elf_artifacts_are_named() {
        let e = check_elf(b"\0asm\x01\0\0\0", Path::new("x.wasm")).unwrap_err();
        assert!(e.contains("wasm"), "{e}");
        assert!(check_elf(b"\x7fELF\x02", Path::new("x")).is_ok());
    }
}
