//! The speed summary: criterion's saved estimates turned into ns/op tables and ratios to
//! the `fast` variant of the same group.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::plot;
use crate::report::Meta;

/// One criterion benchmark: a variant in a group.
#[derive(Clone, Debug, PartialEq)]
pub struct Bench {
    /// The full group id, `{family}/{op}/{elem}/{n}`.
    pub group: String,
    /// The variant (criterion's function id).
    pub variant: String,
    /// Median time of one iteration, ns.
    pub median_ns: f64,
    /// Operations per iteration (criterion's element throughput; 1 if none).
    pub ops: u64,
}

impl Bench {
    /// Median ns per operation.
    pub fn ns_per_op(&self) -> f64 {
        self.median_ns / self.ops.max(1) as f64
    }
    /// The parts of the group id: family, op, elem, n (missing parts are empty).
    pub fn parts(&self) -> [&str; 4] {
        let mut it = self.group.splitn(4, '/');
        [(); 4].map(|_| it.next().unwrap_or(""))
    }
}

/// Reads one benchmark from criterion's `benchmark.json` and `estimates.json` texts.
pub fn parse_bench(benchmark_json: &str, estimates_json: &str) -> Result<Bench, String> {
    let b: Value = serde_json::from_str(benchmark_json).map_err(|e| e.to_string())?;
    let e: Value = serde_json::from_str(estimates_json).map_err(|e| e.to_string())?;
    let group = b["group_id"]
        .as_str()
        .ok_or("benchmark.json has no group_id")?
        .to_string();
    let variant = b["function_id"]
        .as_str()
        .or_else(|| b["value_str"].as_str())
        .ok_or("benchmark.json has no function_id")?
        .to_string();
    let median_ns = e["median"]["point_estimate"]
        .as_f64()
        .ok_or("estimates.json has no median.point_estimate")?;
    let t = &b["throughput"];
    let ops = t["Elements"]
        .as_u64()
        .or_else(|| t["ElementsAndBytes"]["elements"].as_u64())
        .unwrap_or(1);
    Ok(Bench {
        group,
        variant,
        median_ns,
        ops,
    })
}

/// Every benchmark under a criterion directory (`target/criterion`), from `*/new/`.
pub fn collect(criterion_dir: &Path) -> Vec<Bench> {
    let mut found = Vec::new();
    let mut stack = vec![criterion_dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            if path.file_name().is_some_and(|n| n == "new") {
                let (b, e) = (path.join("benchmark.json"), path.join("estimates.json"));
                if let (Ok(b), Ok(e)) = (std::fs::read_to_string(&b), std::fs::read_to_string(&e)) {
                    match parse_bench(&b, &e) {
                        Ok(bench) => found.push(bench),
                        Err(err) => eprintln!("skipping {}: {err}", path.display()),
                    }
                }
            } else {
                stack.push(path);
            }
        }
    }
    found
}

/// Variant columns: the crate's order, then others alphabetically.
fn variant_rank(v: &str) -> (usize, String) {
    let known = ["fast", "small", "inline", "thin", "boxed"];
    (
        known.iter().position(|k| *k == v).unwrap_or(known.len()),
        v.to_string(),
    )
}

/// Group sort key: op, elem, then n numerically.
fn group_key(g: &str) -> (String, String, u64, String) {
    let p: Vec<&str> = g.splitn(4, '/').collect();
    (
        p.get(1).unwrap_or(&"").to_string(),
        p.get(2).unwrap_or(&"").to_string(),
        p.get(3).and_then(|n| n.parse().ok()).unwrap_or(u64::MAX),
        g.to_string(),
    )
}

/// Benchmarks organised by family, then group, then variant.
pub type Tables = BTreeMap<String, BTreeMap<String, BTreeMap<String, f64>>>;

/// Organises benchmarks into family → group → variant → ns/op.
pub fn tables(benches: &[Bench]) -> Tables {
    let mut t: Tables = BTreeMap::new();
    for b in benches {
        t.entry(b.parts()[0].to_string())
            .or_default()
            .entry(b.group.clone())
            .or_default()
            .insert(b.variant.clone(), b.ns_per_op());
    }
    t
}

fn variants_of(groups: &BTreeMap<String, BTreeMap<String, f64>>) -> Vec<String> {
    let mut vs: Vec<String> = groups
        .values()
        .flat_map(|g| g.keys().cloned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    vs.sort_by_key(|v| variant_rank(v));
    vs
}

fn sorted_groups(groups: &BTreeMap<String, BTreeMap<String, f64>>) -> Vec<&String> {
    let mut gs: Vec<&String> = groups.keys().collect();
    gs.sort_by_key(|g| group_key(g));
    gs
}

fn fmt_ns(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

/// The CPU model and logical core count, from `/proc/cpuinfo` where available.
pub fn machine() -> String {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = info
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    format!("{model}, {cores} logical cores available")
}

/// The Markdown summary.
pub fn markdown(t: &Tables, meta: &Meta, machine: &str) -> String {
    let mut s = format!(
        "# Speed: ns per operation and ratio to `fast`\n\n\
         Generated by `{}` from criterion's saved estimates (`target/criterion/**/new/`), \
         with {}, on {} (UTC). Machine: {machine}. Do not edit by hand.\n\n\
         Each cell is criterion's median time per iteration divided by the operations per \
         iteration. Ratios compare each variant with `fast` in the same group of the same \
         run (above 1 means slower than fast). Absolute times on a shared machine are noisy; \
         the ratios are the figures to read.\n\n",
        meta.command, meta.rustc, meta.date
    );
    if t.is_empty() {
        s.push_str("No criterion results were found. Run `cargo bench` first.\n");
    }
    for (family, groups) in t {
        let vs = variants_of(groups);
        let others: Vec<&String> = vs.iter().filter(|v| *v != "fast").collect();
        let _ = write!(s, "## {family}\n\n| op | elem | n |");
        for v in &vs {
            let _ = write!(s, " {v} ns/op |");
        }
        for v in &others {
            let _ = write!(s, " {v}/fast |");
        }
        s.push_str("\n|---|---|---:|");
        for _ in 0..vs.len() + others.len() {
            s.push_str("---:|");
        }
        s.push('\n');
        for g in sorted_groups(groups) {
            let row = &groups[g];
            let p: Vec<&str> = g.splitn(4, '/').collect();
            let _ = write!(
                s,
                "| {} | {} | {} |",
                p.get(1).unwrap_or(&""),
                p.get(2).unwrap_or(&""),
                p.get(3).unwrap_or(&"")
            );
            for v in &vs {
                let _ = write!(
                    s,
                    " {} |",
                    row.get(v).map(|x| fmt_ns(*x)).unwrap_or_default()
                );
            }
            for v in &others {
                let r = ratio(row, v);
                let _ = write!(s, " {} |", r.map(|r| format!("{r:.2}")).unwrap_or_default());
            }
            s.push('\n');
        }
        s.push('\n');
    }
    if !t.is_empty() {
        s.push_str("![geometric mean of the ratio to fast per operation](speed.svg)\n");
    }
    s
}

fn ratio(row: &BTreeMap<String, f64>, v: &str) -> Option<f64> {
    let f = *row.get("fast")?;
    let x = *row.get(v)?;
    (f > 0.0).then(|| x / f)
}

/// The CSV of every benchmark with its ratio to fast.
pub fn csv(t: &Tables) -> String {
    let mut s = String::from("family,op,elem,n,variant,ns_per_op,ratio_to_fast\n");
    for (family, groups) in t {
        for g in sorted_groups(groups) {
            let row = &groups[g];
            let p: Vec<&str> = g.splitn(4, '/').collect();
            let mut vs: Vec<&String> = row.keys().collect();
            vs.sort_by_key(|v| variant_rank(v));
            for v in vs {
                let _ = writeln!(
                    s,
                    "{family},{},{},{},{v},{},{}",
                    p.get(1).unwrap_or(&""),
                    p.get(2).unwrap_or(&""),
                    p.get(3).unwrap_or(&""),
                    row[v],
                    ratio(row, v).map(|r| format!("{r:.4}")).unwrap_or_default()
                );
            }
        }
    }
    s
}

/// A row of `speed.csv`.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeedRow {
    /// Family.
    pub family: String,
    /// Operation.
    pub op: String,
    /// Element type.
    pub elem: String,
    /// Element count.
    pub n: String,
    /// Variant.
    pub variant: String,
    /// Median ns per operation.
    pub ns_per_op: f64,
    /// Ratio to fast in the same group.
    pub ratio: Option<f64>,
}

/// Parses `speed.csv`.
pub fn parse_csv(text: &str) -> Vec<SpeedRow> {
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.len() == 7).then(|| SpeedRow {
                family: f[0].into(),
                op: f[1].into(),
                elem: f[2].into(),
                n: f[3].into(),
                variant: f[4].into(),
                ns_per_op: f[5].parse().unwrap_or(f64::NAN),
                ratio: f[6].parse().ok(),
            })
        })
        .collect()
}

/// Geometric mean of each non-fast variant's ratio, per (family, op).
pub fn svg(t: &Tables) -> String {
    let mut all_variants: Vec<String> = t
        .values()
        .flat_map(variants_of)
        .filter(|v| v != "fast")
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    all_variants.sort_by_key(|v| variant_rank(v));
    let mut groups = Vec::new();
    for (family, gs) in t {
        let mut by_op: BTreeMap<String, Vec<&BTreeMap<String, f64>>> = BTreeMap::new();
        for (g, row) in gs {
            let op = g.split('/').nth(1).unwrap_or("").to_string();
            by_op.entry(op).or_default().push(row);
        }
        for (op, rows) in by_op {
            let vals = all_variants
                .iter()
                .map(|v| {
                    let rs: Vec<f64> = rows.iter().filter_map(|r| ratio(r, v)).collect();
                    (!rs.is_empty())
                        .then(|| (rs.iter().map(|r| r.ln()).sum::<f64>() / rs.len() as f64).exp())
                })
                .collect();
            groups.push((format!("{family}/{op}"), vals));
        }
    }
    plot::ratio_bars(
        "time per op relative to fast (geometric mean over element types and sizes)",
        "ratio to fast (log scale)",
        &all_variants,
        &groups,
    )
}

/// The section of `speed.md` for the `sort_ab` bench's table (`table`, as the bench
/// saved it), if there is one.
pub fn interleaved_section(table: Option<&str>) -> String {
    match table {
        Some(table) => format!(
            "\n## sort, interleaved rounds\n\n\
             From `cargo bench --bench sort_ab` (its latest run, saved as \
             `target/criterion/sort_ab.md`): the sort bench's inputs, each round timing \
             `fast` and `small` back to back, alternating which goes first, so that a slow \
             phase of the machine hits both. Best and median round of each, and the ratios \
             small/fast.\n\n{table}"
        ),
        None => String::new(),
    }
}

/// Writes `speed.md`, `speed.csv` and `speed.svg` into `out_dir` from `criterion_dir`.
pub fn write_reports(criterion_dir: &Path, out_dir: &Path, meta: &Meta) -> std::io::Result<usize> {
    let benches = collect(criterion_dir);
    let t = tables(&benches);
    let interleaved = std::fs::read_to_string(criterion_dir.join("sort_ab.md")).ok();
    let md = markdown(&t, meta, &machine()) + &interleaved_section(interleaved.as_deref());
    crate::write_file(&out_dir.join("speed.md"), &md)?;
    crate::write_file(&out_dir.join("speed.csv"), &csv(&t))?;
    crate::write_file(&out_dir.join("speed.svg"), &svg(&t))?;
    Ok(benches.len())
}

/// criterion's output directory for this workspace.
pub fn criterion_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::workspace_root().join("target"))
        .join("criterion")
}

#[cfg(test)]
mod tests {
    use super::*;

    const BENCH: &str = r#"{"group_id":"vec/push/u64/1000","function_id":"small","value_str":null,
        "throughput":{"Elements":1000},"full_id":"vec/push/u64/1000/small",
        "directory_name":"vec_push_u64_1000/small","title":"vec/push/u64/1000/small"}"#;
    const EST: &str = r#"{"mean":{"confidence_interval":{"confidence_level":0.95,
        "lower_bound":1.0,"upper_bound":2.0},"point_estimate":1600.0,"standard_error":1.0},
        "median":{"confidence_interval":{"confidence_level":0.95,"lower_bound":1.0,
        "upper_bound":2.0},"point_estimate":1500.0,"standard_error":1.0},
        "median_abs_dev":null,"slope":null,"std_dev":null}"#;

    #[test]
    fn interleaved_table_gets_a_section_only_when_saved() {
        assert_eq!(interleaved_section(None), "");
        let table = "| op | elem |\n|---|---|\n| sort | u64 |\n";
        let s = interleaved_section(Some(table));
        assert!(s.starts_with("\n## sort, interleaved rounds\n"));
        assert!(s.ends_with(table));
    }

    #[test]
    fn parses_criterion_files() {
        let b = parse_bench(BENCH, EST).unwrap();
        assert_eq!(b.group, "vec/push/u64/1000");
        assert_eq!(b.variant, "small");
        assert_eq!(b.ops, 1000);
        assert!((b.ns_per_op() - 1.5).abs() < 1e-12);
        assert_eq!(b.parts(), ["vec", "push", "u64", "1000"]);
        assert!(parse_bench("{}", EST).is_err());
    }

    #[test]
    fn ratios_and_ordering() {
        let mk = |g: &str, v: &str, ns: f64| Bench {
            group: g.into(),
            variant: v.into(),
            median_ns: ns,
            ops: 2,
        };
        let benches = [
            mk("vec/push/u64/100000", "small", 30.0),
            mk("vec/push/u64/16", "small", 9.0),
            mk("vec/push/u64/16", "fast", 6.0),
            mk("vec/push/u64/100000", "fast", 10.0),
            mk("vec/push/u64/16", "boxed", 60.0),
        ];
        let t = tables(&benches);
        let md = markdown(
            &t,
            &Meta {
                rustc: "rustc x".into(),
                date: "d".into(),
                command: "c".into(),
            },
            "m",
        );
        let i16 = md.find("| push | u64 | 16 |").unwrap();
        let i100k = md.find("| push | u64 | 100000 |").unwrap();
        assert!(i16 < i100k, "groups sort by n numerically");
        assert!(md.contains("| fast ns/op | small ns/op | boxed ns/op | small/fast | boxed/fast |"));
        assert!(md.contains("| push | u64 | 16 | 3.00 | 4.50 | 30.0 | 1.50 | 10.00 |"));
        let rows = parse_csv(&csv(&t));
        let r = rows
            .iter()
            .find(|r| r.variant == "small" && r.n == "100000")
            .unwrap();
        assert_eq!(r.ratio, Some(3.0));
        assert!(svg(&t).contains("vec/push"));
    }
}
