//! The interleaved speed harness: every family's variants alternated inside one process,
//! round after round, on the same inputs. Its ratios to `fast` are the crate's speed
//! figures; criterion's benches (`vec`, `deque`, `map`, `sort`) stay for detail.
//!
//! Criterion measures one function after another, so a slow phase of a shared machine
//! (seconds long, common on virtual machines) lands on one variant only and moves their
//! ratio by ±0.15 from run to run. Here each round times one sample of every variant of a
//! case within a fraction of a second, in an order rotated every round, so a slow phase
//! hits them all. See [`harness`] for the protocol, and each family's module for its
//! operations:
//!
//! - `vec` ([`vec`]): fast, medium, small, inline, thin, boxed;
//! - `deque` ([`deque`]), `map` and `set` ([`hash`]), `heap` ([`heap`]): fast, small;
//! - `sort` ([`sort`]): fast, medium, small, and C's `qsort` on the sorts.
//!
//! Runs:
//! - `cargo bench --bench ab`: every case, 21 rounds (`AB_ROUNDS` sets another odd
//!   number), about 0.3 ms of `fast` per sample (`AB_TARGET_MS`), short samples repeated
//!   within a round. It writes
//!   `target/ab/interleaved.csv`, which `cargo run --release -p size-reports -- speed`
//!   renders into `size-reports/speed.md`.
//! - `cargo bench --bench ab -- --quick` (or `AB_QUICK=1`): one size per family, smaller
//!   sorts, 5 rounds; written to `target/ab/interleaved-quick.csv`, never over the full run.
//! - `cargo bench --bench ab -- FILTER`: only the cases whose `family/op/elem/n` contains
//!   FILTER (also `AB_FILTER`); printed, not saved.
//! - Without `--bench` (as `cargo test --benches` runs it): tiny inputs, each operation run
//!   once per variant and the results checked against fast's; nothing timed.

mod btree;
#[path = "../common/mod.rs"]
mod common;
mod deque;
mod harness;
mod hash;
mod heap;
mod sort;
mod vec;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use harness::{Mode, Row, Settings, CSV_HEADER};

fn env_num(name: &str) -> Option<f64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

fn settings() -> Settings {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let quick_env = std::env::var("AB_QUICK").is_ok_and(|v| !v.is_empty() && v != "0");
    let mode = if !flag("--bench") || flag("--test") {
        Mode::Test
    } else if flag("--quick") || quick_env {
        Mode::Quick
    } else {
        Mode::Full
    };
    let default_rounds = if mode == Mode::Quick { 5 } else { 21 };
    let rounds = env_num("AB_ROUNDS").map_or(default_rounds, |r| r.max(1.0) as usize);
    let target_ms = env_num("AB_TARGET_MS").unwrap_or(0.3);
    let filter = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .cloned()
        .or_else(|| std::env::var("AB_FILTER").ok().filter(|f| !f.is_empty()));
    Settings {
        mode,
        rounds,
        target: target_ms.max(0.01) / 1e3,
        filter,
    }
}

/// The rows as a plain-text table, one family after another.
fn table(rows: &[Row]) -> String {
    let mut s = String::new();
    let mut last = "";
    for (i, r) in rows.iter().enumerate() {
        if r.family != last {
            let _ = writeln!(
                s,
                "\n{:<36} {:>10}  variant: best/median ratio to fast",
                r.family, "fast ns/op"
            );
            last = r.family;
        }
        if r.variant == "fast" {
            let _ = write!(
                s,
                "{:<36} {:>10.2} ",
                format!("{}/{}/{}", r.op, r.elem, r.n),
                r.median_ns
            );
        } else {
            let _ = write!(
                s,
                " {} {:.2}/{:.2}",
                r.variant, r.best_ratio, r.median_ratio
            );
        }
        if rows.get(i + 1).is_none_or(|next| next.variant == "fast") {
            s.push('\n');
        }
    }
    s
}

fn main() {
    let s = settings();
    let start = Instant::now();
    let mut rows = Vec::new();
    vec::run(&s, &mut rows);
    deque::run(&s, &mut rows);
    hash::run(&s, &mut rows);
    btree::run(&s, &mut rows);
    heap::run(&s, &mut rows);
    sort::run(&s, &mut rows);
    let runtime = start.elapsed().as_secs_f64();
    if s.mode == Mode::Test {
        println!("ab: every case agrees across its variants ({runtime:.1} s; run with `cargo bench --bench ab` to time)");
        return;
    }
    // Families in a fixed order, cases in the order they ran.
    let order = ["vec", "deque", "map", "set", "btree", "heap", "sort"];
    rows.sort_by_key(|r| order.iter().position(|f| *f == r.family));
    print!("{}", table(&rows));
    println!("\nab: {} rows in {runtime:.0} s", rows.len());
    if s.filter.is_some() {
        println!("ab: filtered run, not saved");
        return;
    }
    let mode = if s.mode == Mode::Full {
        "full"
    } else {
        "quick"
    };
    let unix = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut csv = format!(
        "# interleaved speed harness (benches/ab)\n\
         # command: cargo bench --bench ab{}\n\
         # mode: {mode}\n# rounds: {}\n# target_ms: {}\n# unix_time: {unix}\n\
         # runtime_s: {runtime:.0}\n{CSV_HEADER}\n",
        if s.mode == Mode::Quick {
            " -- --quick"
        } else {
            ""
        },
        s.rounds,
        s.target * 1e3,
    );
    for r in &rows {
        csv.push_str(&r.csv());
        csv.push('\n');
    }
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
        .join("ab");
    let file = dir.join(if s.mode == Mode::Full {
        "interleaved.csv"
    } else {
        "interleaved-quick.csv"
    });
    match std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&file, csv)) {
        Ok(()) => println!("ab: saved {}", file.display()),
        Err(e) => eprintln!("ab: cannot write {}: {e}", file.display()),
    }
}
