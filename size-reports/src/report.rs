//! Per-family size reports: Markdown, CSV and SVG.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::plot;
use crate::probe::{break_even, BreakEven, FamilyResult, Marginal, Point, PROBE_CRATE};

/// What produced a report: printed in its header.
#[derive(Clone, Debug)]
pub struct Meta {
    /// `rustc -V`.
    pub rustc: String,
    /// UTC date, `YYYY-MM-DD`.
    pub date: String,
    /// The command that regenerates the report.
    pub command: String,
}

/// The CSV header of `<family>.csv`.
pub const CSV_HEADER: &str =
    "family,variant,n,container_lines,container_copies,total_lines,total_copies,text_o3,text_oz";

/// One CSV row: the figures of one (family, variant, N).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SizeRow {
    /// Family name.
    pub family: String,
    /// Variant name.
    pub variant: String,
    /// Number of element types.
    pub n: usize,
    /// Container lines (TOTAL minus the probe's own functions).
    pub container_lines: u64,
    /// Container copies.
    pub container_copies: u64,
    /// cargo-llvm-lines TOTAL lines.
    pub total_lines: u64,
    /// cargo-llvm-lines TOTAL copies.
    pub total_copies: u64,
    /// `.text` bytes at opt-level 3.
    pub text_o3: Option<u64>,
    /// `.text` bytes at opt-level "z".
    pub text_oz: Option<u64>,
}

impl SizeRow {
    fn from_point(family: &str, variant: &str, p: &Point) -> SizeRow {
        SizeRow {
            family: family.to_string(),
            variant: variant.to_string(),
            n: p.n,
            container_lines: p.lines.container_lines,
            container_copies: p.lines.container_copies,
            total_lines: p.lines.table.total_lines,
            total_copies: p.lines.table.total_copies,
            text_o3: p.text_o3,
            text_oz: p.text_oz,
        }
    }
}

/// Every row of a family result, variants in order, N ascending.
pub fn rows(r: &FamilyResult) -> Vec<SizeRow> {
    r.variants
        .iter()
        .flat_map(|v| {
            v.points
                .iter()
                .map(|p| SizeRow::from_point(r.family.name, &v.variant, p))
        })
        .collect()
}

fn opt(v: Option<u64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// Renders rows as CSV.
pub fn to_csv(rows: &[SizeRow]) -> String {
    let mut s = format!("{CSV_HEADER}\n");
    for r in rows {
        let _ = writeln!(
            s,
            "{},{},{},{},{},{},{},{},{}",
            r.family,
            r.variant,
            r.n,
            r.container_lines,
            r.container_copies,
            r.total_lines,
            r.total_copies,
            opt(r.text_o3),
            opt(r.text_oz)
        );
    }
    s
}

/// Parses CSV written by [`to_csv`].
pub fn parse_csv(text: &str) -> Result<Vec<SizeRow>, String> {
    let mut lines = text.lines();
    if lines.next() != Some(CSV_HEADER) {
        return Err("unexpected CSV header".into());
    }
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            if f.len() != 9 {
                return Err(format!("bad CSV row: {l}"));
            }
            let num = |s: &str| s.parse::<u64>().map_err(|e| format!("{s:?}: {e}"));
            let maybe = |s: &str| {
                if s.is_empty() {
                    Ok(None)
                } else {
                    num(s).map(Some)
                }
            };
            Ok(SizeRow {
                family: f[0].to_string(),
                variant: f[1].to_string(),
                n: num(f[2])? as usize,
                container_lines: num(f[3])?,
                container_copies: num(f[4])?,
                total_lines: num(f[5])?,
                total_copies: num(f[6])?,
                text_o3: maybe(f[7])?,
                text_oz: maybe(f[8])?,
            })
        })
        .collect()
}

/// Marginal costs per variant, in first-appearance order.
pub fn marginals(rows: &[SizeRow]) -> Vec<(String, Marginal)> {
    let mut order: Vec<String> = Vec::new();
    let mut by: BTreeMap<String, Vec<&SizeRow>> = BTreeMap::new();
    for r in rows {
        if !by.contains_key(&r.variant) {
            order.push(r.variant.clone());
        }
        by.entry(r.variant.clone()).or_default().push(r);
    }
    order
        .into_iter()
        .map(|v| {
            let mut rs = by.remove(&v).unwrap_or_default();
            rs.sort_by_key(|r| r.n);
            let series = |f: &dyn Fn(&SizeRow) -> Option<u64>| -> Option<Vec<(f64, f64)>> {
                rs.iter()
                    .map(|r| Some((r.n as f64, f(r)? as f64)))
                    .collect()
            };
            let lines = series(&|r| Some(r.container_lines)).unwrap_or_default();
            let copies = series(&|r| Some(r.container_copies)).unwrap_or_default();
            let m = Marginal::from_series(
                &lines,
                &copies,
                series(&|r| r.text_o3).as_deref(),
                series(&|r| r.text_oz).as_deref(),
            );
            (v, m)
        })
        .collect()
}

/// `small`'s `.text` against `fast`'s at one opt-level (3 if `o3`, else "z"): the fewest
/// element types measured, how many bytes larger small's `.text` is there (negative:
/// smaller), and where the two lines cross.
pub fn text_vs_fast(fast: &Marginal, small: &Marginal, o3: bool) -> Option<(f64, f64, BreakEven)> {
    let pick = |m: &Marginal| {
        if o3 {
            Some((m.text_o3_first?, m.text_o3?))
        } else {
            Some((m.text_oz_first?, m.text_oz?))
        }
    };
    let (f, sm) = (pick(fast)?, pick(small)?);
    Some((f.0 .0, sm.0 .1 - f.0 .1, break_even(f, sm)))
}

/// Where a variant's `.text` crosses fast's, in a few words: "smaller from 368 types on".
pub fn crossing(at: BreakEven) -> String {
    match at {
        BreakEven::Always => "never larger than fast's".into(),
        BreakEven::From(n) => format!("smaller from {} on", types(n.ceil())),
        BreakEven::UpTo(n) => format!("smaller up to {}", types(n.floor())),
        BreakEven::Never => "never smaller".into(),
    }
}

/// "1 type" or "N types".
pub fn types(n: f64) -> String {
    if n == 1.0 {
        "1 type".into()
    } else {
        format!("{n:.0} types")
    }
}

/// Bytes against another figure: "95000 bytes more than" or "1200 bytes less than".
pub fn signed_bytes(extra: f64) -> String {
    if extra >= 0.0 {
        format!("{extra:.0} bytes more than")
    } else {
        format!("{:.0} bytes less than", -extra)
    }
}

fn pct(part: f64, whole: f64) -> String {
    if whole.abs() < 1e-9 {
        "n/a".into()
    } else {
        format!("{:.1}%", part / whole * 100.0)
    }
}

fn f0(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.0}")).unwrap_or_else(|| "–".into())
}

/// The plain-language reading of the marginal figures.
pub fn reading(family: &str, ms: &[(String, Marginal)]) -> String {
    let get = |name: &str| ms.iter().find(|m| m.0 == name).map(|m| m.1);
    let mut s = String::new();
    match (get("fast"), get("small")) {
        (Some(f), Some(sm)) => {
            let _ = write!(
                s,
                "Each added element type costs fast {:.0} container lines and small {:.0} lines \
                 (small/fast = {}).",
                f.lines_fit,
                sm.lines_fit,
                pct(sm.lines_fit, f.lines_fit)
            );
            if let (Some(fo), Some(so)) = (f.text_o3, sm.text_o3) {
                let _ = write!(
                    s,
                    " In the optimized binary each added type grows `.text` by {fo:.0} bytes \
                     with fast and {so:.0} bytes with small at opt-level 3 ({})",
                    pct(so, fo)
                );
                if let (Some(fz), Some(sz)) = (f.text_oz, sm.text_oz) {
                    let _ = write!(
                        s,
                        ", and by {fz:.0} and {sz:.0} bytes at opt-level \"z\" ({})",
                        pct(sz, fz)
                    );
                }
                s.push('.');
            }
            for (level, o3) in [("3", true), ("\"z\"", false)] {
                if let Some((n0, extra, at)) = text_vs_fast(&f, &sm, o3) {
                    let _ = write!(
                        s,
                        " At opt-level {level} and {}, small's `.text` is {} fast's; it is {}.",
                        types(n0),
                        signed_bytes(extra),
                        crossing(at)
                    );
                }
            }
        }
        (None, Some(sm)) => {
            let _ = write!(
                s,
                "The fast {family} could not be measured, so no ratio is given. Each added \
                 element type costs small {:.0} container lines.",
                sm.lines_fit
            );
        }
        (Some(f), None) => {
            let _ = write!(
                s,
                "The small {family} could not be measured. Each added element type costs fast \
                 {:.0} container lines.",
                f.lines_fit
            );
        }
        (None, None) => s.push_str("Neither fast nor small could be measured."),
    }
    if let Some(f) = get("fast") {
        for (name, m) in ms {
            if name != "fast" && name != "small" {
                let _ = write!(
                    s,
                    " {name} costs {:.0} lines per type ({} of fast).",
                    m.lines_fit,
                    pct(m.lines_fit, f.lines_fit)
                );
            }
        }
    }
    s
}

/// The Markdown report of one family.
pub fn markdown(r: &FamilyResult, meta: &Meta) -> String {
    let rows = rows(r);
    let ms = marginals(&rows);
    let fam = r.family;
    let mut s = String::new();
    let ns: Vec<String> = r
        .variants
        .first()
        .map(|v| v.points.iter().map(|p| p.n.to_string()).collect())
        .unwrap_or_default();
    let _ = write!(
        s,
        "# Code size per element type: the `{name}` family\n\n\
         Generated by `{cmd}` with {rustc}, on {date} (UTC). Do not edit by hand.\n\n\
         **Probe.** A binary crate (`{PROBE_CRATE}`) defines N distinct element types \
         {elem} (N = {ns}) and, for each, one \
         `#[inline(never)] fn use_e{{i}}` that calls {ops}. Element counts and values come \
         from `n = std::env::args().count()`, and each container's address is passed to \
         `std::hint::black_box`, so optimized builds cannot fold the container code away.\n\n\
         **Container lines** are cargo-llvm-lines' TOTAL (dev profile) minus the probe's own \
         functions (`{PROBE_CRATE}::*` and `main`): the LLVM IR the containers cost. \
         **Copies** counts their instantiations. **`.text`** is the size in bytes of the \
         `.text` section of the probe linked by `cargo build --release` at opt-level 3 and \
         at opt-level \"z\" (it includes the part of std every program links). For the \
         `.text` builds each `E{{i}}` also carries a `pad: [u8; i]` field, so that no two \
         element types share a layout: otherwise LLVM's function merging (on by default in \
         rustc) folds per-type machine code that happens to be identical, which flatters \
         the monomorphized variants. Marginal costs are least-squares slopes over N.\n\n",
        name = fam.name,
        cmd = meta.command,
        rustc = meta.rustc,
        date = meta.date,
        ns = ns.join(", "),
        ops = fam.ops,
        elem = fam.element.describe(),
    );
    s.push_str("## Reading\n\n");
    s.push_str(&reading(fam.name, &ms));
    s.push_str("\n\n");

    s.push_str("## Marginal cost of one more element type\n\n");
    s.push_str(
        "| variant | container lines / type | lines / type, N=1→max | vs fast | copies / type \
         | `.text` O3 bytes / type | `.text` Oz bytes / type |\n\
         |---|---:|---:|---:|---:|---:|---:|\n",
    );
    let fast = ms.iter().find(|m| m.0 == "fast").map(|m| m.1);
    for (name, m) in &ms {
        let _ = writeln!(
            s,
            "| {name} | {:.1} | {:.1} | {} | {:.1} | {} | {} |",
            m.lines_fit,
            m.lines_end,
            fast.map(|f| pct(m.lines_fit, f.lines_fit))
                .unwrap_or_else(|| "–".into()),
            m.copies_fit,
            f0(m.text_o3),
            f0(m.text_oz)
        );
    }
    s.push('\n');

    s.push_str("## Figures by number of element types\n\n");
    s.push_str(
        "| variant | N | container lines | copies | TOTAL lines | `.text` O3 | `.text` Oz |\n\
         |---|---:|---:|---:|---:|---:|---:|\n",
    );
    for row in &rows {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} |",
            row.variant,
            row.n,
            row.container_lines,
            row.container_copies,
            row.total_lines,
            opt(row.text_o3),
            opt(row.text_oz)
        );
    }
    s.push('\n');
    let _ = writeln!(
        s,
        "![container lines against the number of element types]({}.svg)\n",
        fam.name
    );

    if !r.skipped.is_empty() {
        s.push_str("## Not measured\n\n");
        for (v, why) in &r.skipped {
            let _ = writeln!(
                s,
                "- `{v}`: the probe does not compile against this build of the crate (`{}`).",
                why.replace('`', "'")
            );
        }
        s.push('\n');
    }

    let n_max = ns.last().cloned().unwrap_or_default();
    let _ = writeln!(
        s,
        "## Largest container functions at N = {n_max}\n\n\
         The ten functions with the most LLVM IR lines, the probe's own excluded.\n"
    );
    for v in &r.variants {
        let Some(p) = v.points.last() else { continue };
        let _ = writeln!(
            s,
            "### {}\n\n| lines | copies | function |\n|---:|---:|---|",
            v.variant
        );
        for row in p.lines.top(10) {
            let _ = writeln!(
                s,
                "| {} | {} | `{}` |",
                row.lines,
                row.copies,
                row.name.replace('|', "\\|")
            );
        }
        s.push('\n');
    }
    s
}

/// The SVG plot of container lines against N.
pub fn svg(r: &FamilyResult) -> String {
    let series: Vec<(String, Vec<(f64, f64)>)> = r
        .variants
        .iter()
        .map(|v| {
            (
                v.variant.clone(),
                v.points
                    .iter()
                    .map(|p| (p.n as f64, p.lines.container_lines as f64))
                    .collect(),
            )
        })
        .collect();
    plot::line_chart(
        &format!(
            "{}: container LLVM lines by number of element types",
            r.family.name
        ),
        "number of element types N",
        "container lines (cargo llvm-lines, dev)",
        &series,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(variant: &str, n: usize, lines: u64, o3: Option<u64>) -> SizeRow {
        SizeRow {
            family: "vec".into(),
            variant: variant.into(),
            n,
            container_lines: lines,
            container_copies: n as u64,
            total_lines: lines + 100,
            total_copies: n as u64 + 3,
            text_o3: o3,
            text_oz: None,
        }
    }

    #[test]
    fn csv_round_trips() {
        let rows = vec![row("fast", 1, 10, Some(5)), row("small", 32, 99, None)];
        let text = to_csv(&rows);
        assert_eq!(parse_csv(&text).unwrap(), rows);
        assert!(parse_csv("nope\n").is_err());
    }

    #[test]
    fn marginals_and_reading() {
        let rows = vec![
            row("fast", 1, 1000, Some(100)),
            row("fast", 32, 1000 + 31 * 400, Some(100 + 31 * 200)),
            row("small", 1, 900, Some(100)),
            row("small", 32, 900 + 31 * 20, Some(100 + 31 * 10)),
        ];
        let ms = marginals(&rows);
        assert_eq!(ms[0].0, "fast");
        assert!((ms[0].1.lines_fit - 400.0).abs() < 1e-6);
        assert!((ms[1].1.lines_fit - 20.0).abs() < 1e-6);
        assert_eq!(ms[1].1.text_oz, None);
        let text = reading("vec", &ms);
        assert!(text.contains("fast 400 container lines and small 20 lines (small/fast = 5.0%)"));
        assert!(text.contains("200 bytes with fast and 10 bytes with small"));
        // Equal at N = 1, 190 bytes fewer per added type.
        assert!(text.contains(
            "At opt-level 3 and 1 type, small's `.text` is 0 bytes more than fast's; \
             it is never larger than fast's."
        ));
    }
}
