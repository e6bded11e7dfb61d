//! `cargo run --release -p size-reports [-- size [FAMILY...] | speed | all | app | advise
//! ... | advise-check ...]`

use std::process::{Command, ExitCode};
use std::time::Instant;

use size_reports::probe::{self, Build, Probes, FAMILIES, NS};
use size_reports::report::{self, Meta};
use size_reports::{app, readme, reports_dir, speed, workspace_root, write_file};

const USAGE: &str = "\
usage: cargo run --release -p size-reports [-- MODE]

modes:
  (none)            size, then app: every size and compile-time report
  size [FAMILY...]  the std floor (size-reports/builds.md, floor.csv) and code size per
                    element type at four builds: size-reports/<family>{.md,.csv,-sizes.csv,
                    .svg,-loaded.svg}
  speed             summarize criterion results: size-reports/speed.{md,csv,svg}
  all               cargo bench, then speed
  app               the app example with and without prefer-size (sizes, run and build
                    time): size-reports/app.md
  shapes            medium's sorts per element shape, against fast and small:
                    size-reports/shapes.{md,csv}
  suite             the suite of binaries, static and against shared libraries, fast and
                    small: size-reports/suite.{md,csv}
  readme            only rewrite builds.md and README.md's tables from the committed reports
Every mode above then refreshes the marked tables in README.md.
  advise ...        the advisor, on any crate (README.md is left alone):";

fn meta(args: &str) -> Meta {
    Meta {
        rustc: size_reports::rustc_version(),
        date: size_reports::utc_date(),
        command: format!("cargo run --release -p size-reports{args}"),
    }
}

fn size(families: &[String], args: &str) -> Result<(), String> {
    let probes = Probes::new();
    probes.ensure_llvm_lines().map_err(|e| e.to_string())?;
    let meta = meta(args);
    let out = reports_dir();
    let io = |e: std::io::Error| e.to_string();
    let start = Instant::now();
    let mut floor = Vec::new();
    for build in Build::ALL {
        let f = probes
            .floor(build)
            .map_err(|e| format!("std floor at {}: {e}", build.key()))?;
        eprintln!(
            "std floor, {}: loaded {} B, text {} B",
            build.key(),
            f.loaded,
            f.text
        );
        floor.push((build, f));
    }
    write_file(&out.join("floor.csv"), &report::floor_csv(&floor)).map_err(io)?;
    println!("std floor measured ({:.0?})", start.elapsed());
    for fam in FAMILIES {
        if !families.is_empty() && !families.iter().any(|f| f == fam.name) {
            continue;
        }
        let start = Instant::now();
        eprintln!("{}: measuring {} variant(s)", fam.name, fam.variants.len());
        let result = probes
            .measure_family(fam, &NS, &Build::ALL)
            .map_err(|e| format!("{}: {e}", fam.name))?;
        if result.variants.is_empty() {
            println!(
                "{}: skipped, not in this build of the crate ({}); its reports are left as they are",
                fam.name,
                result
                    .skipped
                    .first()
                    .map(|s| s.1.as_str())
                    .unwrap_or("no variant")
            );
            continue;
        }
        let lrows = report::lines_rows(&result);
        let srows = report::size_rows(&result);
        let name = fam.name;
        write_file(
            &out.join(format!("{name}.md")),
            &report::markdown(&result, &floor, &meta),
        )
        .map_err(io)?;
        write_file(&out.join(format!("{name}.csv")), &report::lines_csv(&lrows)).map_err(io)?;
        write_file(
            &out.join(format!("{name}-sizes.csv")),
            &report::sizes_csv(&srows),
        )
        .map_err(io)?;
        write_file(&out.join(format!("{name}.svg")), &report::svg(&result)).map_err(io)?;
        write_file(
            &out.join(format!("{name}-loaded.svg")),
            &report::loaded_svg(&result, &floor),
        )
        .map_err(io)?;
        println!(
            "{name}: {} ({:.0?})",
            report::reading(name, &report::marginals(&lrows), &srows),
            start.elapsed()
        );
        for (v, why) in &result.skipped {
            println!("{name}: variant {v} skipped: {why}");
        }
    }
    write_file(
        &out.join("builds.md"),
        &report::builds_markdown(&out, &meta),
    )
    .map_err(io)?;
    Ok(())
}

fn speed_mode(args: &str) -> Result<(), String> {
    let dir = speed::criterion_dir();
    let n = speed::write_reports(&dir, &reports_dir(), &meta(args)).map_err(|e| e.to_string())?;
    println!(
        "speed: {n} benchmark result(s) from {} summarized in size-reports/speed.md",
        dir.display()
    );
    Ok(())
}

fn bench() -> Result<(), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(workspace_root())
        .args(["bench", "-p", "sizespeed", "--benches"])
        .status()
        .map_err(|e| format!("cannot run cargo bench: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo bench failed: {status}"))
    }
}

fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        None => {
            size(&[], "")?;
            app::run(&workspace_root(), &reports_dir(), &meta(""))?;
        }
        Some("size") => {
            for f in &args[1..] {
                if probe::family(f).is_none() {
                    return Err(format!("unknown family {f:?}\n{USAGE}"));
                }
            }
            // `-- size` alone regenerates what the default mode does for sizes.
            let stamp = if args.len() > 1 {
                format!(" -- {}", args.join(" "))
            } else {
                String::new()
            };
            size(&args[1..], &stamp)?
        }
        Some("speed") => speed_mode(" -- speed")?,
        Some("all") => {
            bench()?;
            speed_mode(" -- all")?
        }
        Some("shapes") => size_reports::shapes::run(&reports_dir(), &meta(" -- shapes"))?,
        Some("suite") => {
            size_reports::suite::run(&workspace_root(), &reports_dir(), &meta(" -- suite"))?
        }
        Some("app") => {
            app::run(&workspace_root(), &reports_dir(), &meta(" -- app"))?;
        }
        // builds.md and the README's tables from the reports as they are, measuring
        // nothing (after families were measured in separate runs).
        Some("readme") => write_file(
            &reports_dir().join("builds.md"),
            &report::builds_markdown(&reports_dir(), &meta(" -- readme")),
        )
        .map_err(|e| e.to_string())?,
        Some("advise") => return size_reports::advise::run(&args[1..]),
        Some("advise-check") => return size_reports::advise::check(&args[1..]).map(|_| ()),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}\n{}", size_reports::advise::USAGE);
            return Ok(());
        }
        Some(other) => {
            return Err(format!(
                "unknown mode {other:?}\n{USAGE}\n{}",
                size_reports::advise::USAGE
            ))
        }
    }
    let readme = workspace_root().join("README.md");
    match readme::update(&readme, &reports_dir()) {
        Ok(true) => println!("README.md tables updated"),
        Ok(false) => {}
        Err(e) => return Err(format!("updating README.md: {e}")),
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let start = Instant::now();
    match run(&args) {
        Ok(()) => {
            eprintln!("done in {:.0?}", start.elapsed());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
