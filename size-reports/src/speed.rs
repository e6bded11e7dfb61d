//! The speed summary.
//!
//! The figures of record come from the interleaved harness (`cargo bench --bench ab`,
//! `benches/ab/`), which alternates every variant of a case inside one process, round
//! after round, and saves the best and median ratio to `fast` of each case in
//! `target/ab/interleaved.csv`. [`write_reports`] copies that file to
//! `size-reports/interleaved.csv` (so the README generator reads it without a `target/`)
//! and renders it per family at the top of `speed.md`. Criterion's saved estimates
//! follow as detail: ns/op tables and ratios to `fast` of the same group.
//!
//! For the README: [`interleaved_headline`] gives the cell of one family and variant, and
//! [`interleaved_ratio`] the ratio of any one case.

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
    let known = ["fast", "medium", "small", "inline", "thin", "boxed"];
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
        "## Detail: criterion, ns per operation and ratio to `fast`\n\n\
         Generated by `{}` from criterion's saved estimates (`target/criterion/**/new/`), \
         with {}, on {} (UTC). Machine: {machine}. Do not edit by hand.\n\n\
         Criterion runs the variants one after another, so on a shared machine its ratios \
         swing by about ±0.15 from run to run: they are detail, not the figures of record. \
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
        let _ = write!(s, "### {family}\n\n| op | elem | n |");
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

/// The harness's CSV, as `benches/ab` writes it under `target/ab/`.
pub const INTERLEAVED_CSV: &str = "interleaved.csv";

/// One case and variant of the interleaved harness.
#[derive(Clone, Debug, PartialEq)]
pub struct AbRow {
    /// Family: `vec`, `deque`, `map`, `set` or `sort`.
    pub family: String,
    /// Operation.
    pub op: String,
    /// Element type.
    pub elem: String,
    /// Element count.
    pub n: String,
    /// Variant (`fast`, `small`, `inline`, `thin`, `boxed`, `qsort`).
    pub variant: String,
    /// Counted rounds.
    pub rounds: usize,
    /// Best sample, ns per operation.
    pub best_ns: f64,
    /// Median sample, ns per operation.
    pub median_ns: f64,
    /// Best sample over fast's best sample.
    pub best_ratio: f64,
    /// Median over the rounds of the ratio to fast's sample of the same round.
    pub median_ratio: f64,
    /// As `best_ratio`, against small.
    pub best_vs_small: Option<f64>,
    /// As `median_ratio`, against small.
    pub median_vs_small: Option<f64>,
}

/// The harness's file: its `# key: value` header lines and its rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Interleaved {
    /// The header: `command`, `mode`, `rounds`, `target_ms`, `unix_time`, `runtime_s`.
    pub meta: BTreeMap<String, String>,
    /// The rows, in the harness's order.
    pub rows: Vec<AbRow>,
}

/// Parses the harness's CSV. Lines that do not parse are skipped.
pub fn parse_interleaved(text: &str) -> Interleaved {
    let mut il = Interleaved::default();
    for line in text.lines() {
        if let Some(h) = line.strip_prefix('#') {
            if let Some((k, v)) = h.split_once(':') {
                il.meta.insert(k.trim().to_string(), v.trim().to_string());
            }
            continue;
        }
        let f: Vec<&str> = line.split(',').collect();
        if f.len() != 12 || f[0] == "family" {
            continue;
        }
        let num = |s: &str| s.parse::<f64>().ok();
        let (Some(best_ns), Some(median_ns), Some(best_ratio), Some(median_ratio)) =
            (num(f[6]), num(f[7]), num(f[8]), num(f[9]))
        else {
            continue;
        };
        il.rows.push(AbRow {
            family: f[0].into(),
            op: f[1].into(),
            elem: f[2].into(),
            n: f[3].into(),
            variant: f[4].into(),
            rounds: f[5].parse().unwrap_or(0),
            best_ns,
            median_ns,
            best_ratio,
            median_ratio,
            best_vs_small: num(f[10]),
            median_vs_small: num(f[11]),
        });
    }
    il
}

/// Reads `interleaved.csv` from `dir` (the reports directory), if there is one.
pub fn load_interleaved(dir: &Path) -> Option<Interleaved> {
    let text = std::fs::read_to_string(dir.join(INTERLEAVED_CSV)).ok()?;
    let il = parse_interleaved(&text);
    (!il.rows.is_empty()).then_some(il)
}

/// The interleaved median ratio `variant / fast` of one case, e.g.
/// `interleaved_ratio(rows, "vec", "push", "u64", "1000", "small")`.
pub fn interleaved_ratio(
    rows: &[AbRow],
    family: &str,
    op: &str,
    elem: &str,
    n: &str,
    variant: &str,
) -> Option<f64> {
    rows.iter()
        .find(|r| {
            r.family == family && r.op == op && r.elem == elem && r.n == n && r.variant == variant
        })
        .map(|r| r.median_ratio)
}

/// The headline case of each family in the README: (family, op, elem, n). The sorts are
/// judged at the sizes of the sort's gates; the containers at 1000 u64s.
pub const HEADLINE_CASES: [(&str, &str, &str, &str); 7] = [
    ("vec", "push", "u64", "1000"),
    ("deque", "push_back_pop_front", "u64", "1000"),
    ("map", "get_hit", "u64", "1000"),
    ("set", "contains", "u64", "1000"),
    ("btree", "get", "u64", "1000"),
    ("heap", "pop", "u64", "1000"),
    ("sort", "sort", "u64", "1000000"),
];

/// The README cell "time per op vs fast" of `family` (as named by the benches: `vec`,
/// `deque`, `map`, `set`, `btree`, `heap`, `sort`) and `variant`: the interleaved median ratio of the
/// family's headline case ([`HEADLINE_CASES`]), as `1.14× (push/u64/1000)`. `None` when
/// the harness has not measured it.
pub fn interleaved_headline(rows: &[AbRow], family: &str, variant: &str) -> Option<String> {
    let &(_, op, elem, n) = HEADLINE_CASES.iter().find(|c| c.0 == family)?;
    let r = interleaved_ratio(rows, family, op, elem, n, variant)?;
    Some(format!("{r:.2}× ({op}/{elem}/{n})"))
}

/// `YYYY-MM-DD HH:MM UTC` of a Unix time.
fn utc_time(unix: u64) -> String {
    let (y, m, d) = crate::civil_from_days((unix / 86_400) as i64);
    let s = unix % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        s / 3600,
        s / 60 % 60
    )
}

/// The families in the order of the report.
const AB_FAMILIES: [&str; 7] = ["vec", "deque", "map", "set", "btree", "heap", "sort"];

/// The sorts' speed gates: (op, elem, n, bound on small/fast).
pub const SORT_GATES: [(&str, &str, &str, f64); 4] = [
    ("sort_unstable", "u64", "1000000", 2.5),
    ("sort", "u64", "1000000", 2.5),
    ("sort_unstable", "string", "100000", 1.3),
    ("sort", "string", "100000", 1.3),
];

fn find<'a>(
    rows: &'a [AbRow],
    fam: &str,
    op: &str,
    elem: &str,
    n: &str,
    v: &str,
) -> Option<&'a AbRow> {
    rows.iter()
        .find(|r| r.family == fam && r.op == op && r.elem == elem && r.n == n && r.variant == v)
}

/// The gates table of the sort family, if the harness measured its cases.
fn sort_gates(rows: &[AbRow]) -> String {
    let mut s = String::from(
        "The sort's speed gates: small/fast at most the bound (median ratio; best ratio in \
         brackets), and C's `qsort` slower than small (qsort/small above 1).\n\n\
         | op | elem | n | small/fast | bound | gate | qsort/small | gate |\n\
         |---|---|---:|---:|---:|---|---:|---|\n",
    );
    let mut any = false;
    for (op, elem, n, bound) in SORT_GATES {
        let Some(small) = find(rows, "sort", op, elem, n, "small") else {
            continue;
        };
        any = true;
        let ok = |b: bool| if b { "met" } else { "**missed**" };
        let q = find(rows, "sort", op, elem, n, "qsort").and_then(|q| q.median_vs_small);
        let _ = writeln!(
            s,
            "| {op} | {elem} | {n} | {:.2} ({:.2}) | ≤ {bound} | {} | {} | {} |",
            small.median_ratio,
            small.best_ratio,
            ok(small.median_ratio <= bound),
            q.map(|q| format!("{q:.2}")).unwrap_or_else(|| "–".into()),
            q.map(|q| ok(q > 1.0)).unwrap_or("–"),
        );
    }
    if any {
        s.push('\n');
        s
    } else {
        String::new()
    }
}

/// The speed targets of medium's sorts: medium/fast at most the bound.
const MEDIUM_SORT_GATES: [(&str, &str, &str, f64); 4] = [
    ("sort_unstable", "u64", "1000000", 1.2),
    ("sort", "u64", "1000000", 1.2),
    ("sort_unstable", "string", "100000", 1.1),
    ("sort", "string", "100000", 1.1),
];

/// The table of medium's sort targets, if the harness measured them.
fn medium_sort_gates(rows: &[AbRow]) -> String {
    let mut s = String::from(
        "medium's speed targets: medium/fast at most the bound (median ratio; best ratio in \
         brackets), with small beside it.\n\n\
         | op | elem | n | medium/fast | bound | target | small/fast |\n\
         |---|---|---:|---:|---:|---|---:|\n",
    );
    let mut any = false;
    for (op, elem, n, bound) in MEDIUM_SORT_GATES {
        let Some(medium) = find(rows, "sort", op, elem, n, "medium") else {
            continue;
        };
        any = true;
        let small = find(rows, "sort", op, elem, n, "small");
        let _ = writeln!(
            s,
            "| {op} | {elem} | {n} | {:.2} ({:.2}) | ≤ {bound} | {} | {} |",
            medium.median_ratio,
            medium.best_ratio,
            if medium.median_ratio <= bound {
                "met"
            } else {
                "**missed**"
            },
            small
                .map(|r| format!("{:.2}", r.median_ratio))
                .unwrap_or_else(|| "–".into()),
        );
    }
    if any {
        s.push('\n');
        s
    } else {
        String::new()
    }
}

/// The interleaved part of `speed.md`: how it was run, then one table per family.
pub fn interleaved_markdown(il: &Interleaved, meta: &Meta) -> String {
    let get = |k: &str| il.meta.get(k).map(String::as_str).unwrap_or("?");
    let when = il
        .meta
        .get("unix_time")
        .and_then(|t| t.parse().ok())
        .map(utc_time)
        .unwrap_or_else(|| "?".into());
    let mut s = format!(
        "## Interleaved ratios to `fast` (the figures of record)\n\n\
         Measured by `{}` ({} mode: {} counted rounds, about {} ms of `fast` per sample; \
         the whole run took {} s) at {when}, built with {}; rendered by `{}`.\n\n\
         In one process, each round times one sample of every variant of a case on the \
         same input, in an order rotated by one place per round, so that a slow phase of \
         the machine hits every variant of the round. A sample is a fixed number of calls \
         of the operation (the same for every variant), each on a fresh state prepared \
         outside the timing. Within a round, samples shorter than 4 ms are repeated up to 5 \
         times, the variants alternating, and the round keeps each variant's fastest, which \
         drops samples that the scheduler interrupted. **median** is the median over the \
         rounds of the ratio of a variant's time to fast's time in the same round; **best** \
         is the ratio of the best rounds. Above 1 means slower than fast. `fast ns/op` (median sample) only \
         gives the scale: absolute times on a shared machine are never a claim.\n\n",
        get("command"),
        get("mode"),
        get("rounds"),
        get("target_ms"),
        get("runtime_s"),
        meta.rustc,
        meta.command
    );
    for fam in AB_FAMILIES {
        let rows: Vec<&AbRow> = il.rows.iter().filter(|r| r.family == fam).collect();
        if rows.is_empty() {
            continue;
        }
        let mut vs: Vec<String> = Vec::new();
        for r in &rows {
            if r.variant != "fast" && !vs.contains(&r.variant) {
                vs.push(r.variant.clone());
            }
        }
        vs.sort_by_key(|v| variant_rank(v));
        let _ = write!(s, "### {fam}\n\n| op | elem | n | fast ns/op |");
        for v in &vs {
            let _ = write!(s, " {v}/fast median | {v}/fast best |");
        }
        let qsort = vs.iter().any(|v| v == "qsort");
        if qsort {
            s.push_str(" qsort/small median |");
        }
        s.push_str("\n|---|---|---:|---:|");
        for _ in 0..2 * vs.len() + usize::from(qsort) {
            s.push_str("---:|");
        }
        s.push('\n');
        for r in rows.iter().filter(|r| r.variant == "fast") {
            let _ = write!(
                s,
                "| {} | {} | {} | {} |",
                r.op,
                r.elem,
                r.n,
                fmt_ns(r.median_ns)
            );
            for v in &vs {
                match find(&il.rows, fam, &r.op, &r.elem, &r.n, v) {
                    Some(x) => {
                        let _ = write!(s, " {:.2} | {:.2} |", x.median_ratio, x.best_ratio);
                    }
                    None => s.push_str(" | |"),
                }
            }
            if qsort {
                let q = find(&il.rows, fam, &r.op, &r.elem, &r.n, "qsort")
                    .and_then(|q| q.median_vs_small);
                let _ = write!(s, " {} |", q.map(|q| format!("{q:.2}")).unwrap_or_default());
            }
            s.push('\n');
        }
        s.push('\n');
        if fam == "sort" {
            s.push_str(&sort_gates(&il.rows));
            s.push_str(&medium_sort_gates(&il.rows));
        }
    }
    s
}

/// Geometric mean of each non-fast variant's interleaved median ratio, per (family, op).
pub fn interleaved_svg(il: &Interleaved) -> String {
    let mut variants: Vec<String> = il
        .rows
        .iter()
        .map(|r| r.variant.clone())
        .filter(|v| v != "fast")
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    variants.sort_by_key(|v| variant_rank(v));
    let mut groups: Vec<(String, Vec<Option<f64>>)> = Vec::new();
    for fam in AB_FAMILIES {
        let mut ops: Vec<&str> = Vec::new();
        for r in il.rows.iter().filter(|r| r.family == fam) {
            if !ops.contains(&r.op.as_str()) {
                ops.push(&r.op);
            }
        }
        for op in ops {
            let vals = variants
                .iter()
                .map(|v| {
                    let rs: Vec<f64> = il
                        .rows
                        .iter()
                        .filter(|r| r.family == fam && r.op == op && &r.variant == v)
                        .map(|r| r.median_ratio)
                        .filter(|r| *r > 0.0)
                        .collect();
                    (!rs.is_empty())
                        .then(|| (rs.iter().map(|r| r.ln()).sum::<f64>() / rs.len() as f64).exp())
                })
                .collect();
            groups.push((format!("{fam}/{op}"), vals));
        }
    }
    plot::ratio_bars(
        "time per op vs fast, interleaved (geometric mean over types and sizes)",
        "median ratio to fast (log scale)",
        &variants,
        &groups,
    )
}

/// Rebuilds criterion tables from the rows of a previous `speed.csv`.
pub fn tables_from_csv(rows: &[SpeedRow]) -> Tables {
    let mut t: Tables = BTreeMap::new();
    for r in rows {
        t.entry(r.family.clone())
            .or_default()
            .entry(format!("{}/{}/{}/{}", r.family, r.op, r.elem, r.n))
            .or_default()
            .insert(r.variant.clone(), r.ns_per_op);
    }
    t
}

/// The command, rustc and date of the criterion section of a previous `speed.md`.
pub fn previous_criterion_meta(md: &str) -> Option<Meta> {
    let line = md
        .lines()
        .find(|l| l.starts_with("Generated by `") && l.contains("criterion's saved estimates"))?;
    let command = line
        .strip_prefix("Generated by `")?
        .split('`')
        .next()?
        .to_string();
    let rest = &line[line.find("), with ")? + "), with ".len()..];
    let (rustc, rest) = rest.split_once(", on ")?;
    let date = rest.split(" (UTC)").next()?.to_string();
    Some(Meta {
        rustc: rustc.to_string(),
        date,
        command,
    })
}

/// The harness's full-run CSV in a target directory: `target/ab/interleaved.csv`.
pub fn harness_csv() -> PathBuf {
    criterion_dir()
        .parent()
        .map(|t| t.join("ab").join(INTERLEAVED_CSV))
        .unwrap_or_else(|| PathBuf::from(INTERLEAVED_CSV))
}

/// Writes `speed.md`, `speed.csv` and `speed.svg` into `out_dir`: the interleaved tables
/// (from [`harness_csv`] when the harness has run, copied to `out_dir/interleaved.csv`;
/// else from the copy already in `out_dir`), then criterion's from `criterion_dir`.
/// Returns the number of criterion results (and reports the interleaved rows on stderr).
pub fn write_reports(criterion_dir: &Path, out_dir: &Path, meta: &Meta) -> std::io::Result<usize> {
    if let Ok(text) = std::fs::read_to_string(harness_csv()) {
        if !parse_interleaved(&text).rows.is_empty() {
            crate::write_file(&out_dir.join(INTERLEAVED_CSV), &text)?;
        }
    }
    let il = load_interleaved(out_dir);
    let benches = collect(criterion_dir);
    let mut t = tables(&benches);
    let mut criterion_meta = Meta {
        rustc: meta.rustc.clone(),
        date: meta.date.clone(),
        command: meta.command.clone(),
    };
    let mut carried = false;
    if benches.is_empty() {
        // Criterion has not run here: keep the previous detail rather than erase it.
        let old_csv = std::fs::read_to_string(out_dir.join("speed.csv")).unwrap_or_default();
        let old_md = std::fs::read_to_string(out_dir.join("speed.md")).unwrap_or_default();
        if let Some(old) = previous_criterion_meta(&old_md) {
            t = tables_from_csv(&parse_csv(&old_csv));
            carried = !t.is_empty();
            if carried {
                criterion_meta = old;
            }
        }
    }
    let mut md = String::from(
        "# Speed: time per operation relative to `fast`\n\n\
         Do not edit by hand: `cargo bench --bench ab` then \
         `cargo run --release -p size-reports -- speed` regenerate it.\n\n",
    );
    match &il {
        Some(il) => md += &interleaved_markdown(il, meta),
        None => md.push_str(
            "No interleaved results yet: run `cargo bench --bench ab`, then this again.\n\n",
        ),
    }
    let mut detail = markdown(&t, &criterion_meta, &machine());
    if carried {
        detail = detail.replacen(
            "Do not edit by hand.",
            "Do not edit by hand. Carried over from the previous `speed.csv`: criterion \
             has not been run since (`cargo bench --bench vec --bench deque --bench map \
             --bench sort` refreshes it).",
            1,
        );
    }
    md += &detail;
    crate::write_file(&out_dir.join("speed.md"), &md)?;
    crate::write_file(&out_dir.join("speed.csv"), &csv(&t))?;
    let svg_text = match &il {
        Some(il) => interleaved_svg(il),
        None => svg(&t),
    };
    crate::write_file(&out_dir.join("speed.svg"), &svg_text)?;
    match &il {
        Some(il) => eprintln!(
            "speed: {} interleaved row(s) from {} rendered",
            il.rows.len(),
            out_dir.join(INTERLEAVED_CSV).display()
        ),
        None => eprintln!(
            "speed: no interleaved results ({} is missing): run `cargo bench --bench ab`",
            harness_csv().display()
        ),
    }
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

    const AB: &str = "# command: cargo bench --bench ab\n# mode: full\n# rounds: 21\n\
# target_ms: 2\n# unix_time: 86460\n# runtime_s: 300\n\
family,op,elem,n,variant,rounds,best_ns_per_op,median_ns_per_op,best_ratio,median_ratio,best_vs_small,median_vs_small\n\
vec,push,u64,1000,fast,21,1.0,1.1,1.0000,1.0000,,\n\
vec,push,u64,1000,small,21,1.2,1.3,1.2000,1.1800,,\n\
sort,sort,u64,1000000,fast,21,50,52,1.0000,1.0000,0.5000,0.4900\n\
sort,sort,u64,1000000,small,21,100,104,2.0000,2.1000,1.0000,1.0000\n\
sort,sort,u64,1000000,qsort,21,300,310,6.0000,6.1000,3.0000,2.9000\n\
not,a,row\n";

    #[test]
    fn parses_and_renders_the_interleaved_harness() {
        let il = parse_interleaved(AB);
        assert_eq!(il.rows.len(), 5);
        assert_eq!(il.meta["rounds"], "21");
        let q = &il.rows[4];
        assert_eq!(
            (q.variant.as_str(), q.median_vs_small),
            ("qsort", Some(2.9))
        );
        assert_eq!(il.rows[1].best_vs_small, None);
        assert_eq!(
            interleaved_ratio(&il.rows, "vec", "push", "u64", "1000", "small"),
            Some(1.18)
        );
        assert_eq!(
            interleaved_ratio(&il.rows, "vec", "push", "u64", "16", "small"),
            None
        );
        assert_eq!(
            interleaved_headline(&il.rows, "vec", "small").as_deref(),
            Some("1.18× (push/u64/1000)")
        );
        assert_eq!(
            interleaved_headline(&il.rows, "sort", "fast").as_deref(),
            Some("1.00× (sort/u64/1000000)")
        );
        assert_eq!(interleaved_headline(&il.rows, "map", "small"), None);
        let md = interleaved_markdown(
            &il,
            &Meta {
                rustc: "rustc x".into(),
                date: "d".into(),
                command: "c".into(),
            },
        );
        assert!(md.contains("(full mode: 21 counted rounds"), "{md}");
        assert!(
            md.contains("at 1970-01-02 00:01 UTC, built with rustc x"),
            "{md}"
        );
        assert!(
            md.contains("| push | u64 | 1000 | 1.10 | 1.18 | 1.20 |"),
            "{md}"
        );
        assert!(
            md.contains("| sort | u64 | 1000000 | 52.0 | 2.10 | 2.00 | 6.10 | 6.00 | 2.90 |"),
            "{md}"
        );
        assert!(
            md.contains("| sort | u64 | 1000000 | 2.10 (2.00) | ≤ 2.5 | met | 2.90 | met |"),
            "{md}"
        );
        assert!(interleaved_svg(&il).contains("sort/sort"));
    }

    #[test]
    fn a_missed_gate_says_so() {
        let text = AB.replace("2.0000,2.1000,1.0000", "2.6000,2.7000,1.0000");
        let md = interleaved_markdown(
            &parse_interleaved(&text),
            &Meta {
                rustc: String::new(),
                date: String::new(),
                command: String::new(),
            },
        );
        assert!(md.contains("| 2.70 (2.60) | ≤ 2.5 | **missed** |"), "{md}");
    }

    #[test]
    fn criterion_detail_is_carried_over_when_criterion_has_not_run() {
        let md = "# x\n\nGenerated by `cargo run --release -p size-reports -- speed` from \
                  criterion's saved estimates (`target/criterion/**/new/`), with rustc 1.95.0 \
                  (abc 2026-04-14), on 2026-11-28 (UTC). Machine: m. Do not edit by hand.\n";
        let m = previous_criterion_meta(md).unwrap();
        assert_eq!(m.rustc, "rustc 1.95.0 (abc 2026-04-14)");
        assert_eq!(m.date, "2026-11-28");
        assert_eq!(m.command, "cargo run --release -p size-reports -- speed");
        assert!(previous_criterion_meta("no header").is_none());
        let csv = "family,op,elem,n,variant,ns_per_op,ratio_to_fast\n\
                   vec,push,u64,16,fast,3,1\nvec,push,u64,16,small,4.5,1.5\n";
        let t = tables_from_csv(&parse_csv(csv));
        assert_eq!(t["vec"]["vec/push/u64/16"]["small"], 4.5);
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
