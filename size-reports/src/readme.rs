//! Refreshes the generated tables in the workspace README, between its markers.

use std::fmt::Write as _;
use std::path::Path;

use crate::probe::FAMILIES;
use crate::report;
use crate::speed::{self, SpeedRow};

/// Markers around the size headline table.
pub const SIZE_MARKERS: (&str, &str) = ("<!-- size-table:start -->", "<!-- size-table:end -->");
/// Markers around the app table.
pub const APP_MARKERS: (&str, &str) = ("<!-- app-table:start -->", "<!-- app-table:end -->");

/// Replaces the text between `start` and `end` with `body`; `None` if a marker is missing.
pub fn replace_between(text: &str, (start, end): (&str, &str), body: &str) -> Option<String> {
    let a = text.find(start)? + start.len();
    let b = a + text[a..].find(end)?;
    Some(format!(
        "{}\n{}\n{}",
        &text[..a],
        body.trim_end(),
        &text[b..]
    ))
}

/// The speed row standing for a family's variant in the headline: the first of the
/// family's headline operations that was benchmarked, preferring `u64` and n = 1000.
pub fn representative<'a>(
    rows: &'a [SpeedRow],
    family: &str,
    ops: &[&str],
) -> Option<&'a SpeedRow> {
    let fam: Vec<&SpeedRow> = rows.iter().filter(|r| r.family == family).collect();
    let score = |r: &SpeedRow| (r.elem != "u64", r.n != "1000");
    for op in ops {
        if let Some(best) = fam
            .iter()
            .filter(|r| r.op == *op && r.variant == "fast")
            .min_by_key(|r| score(r))
        {
            return Some(best);
        }
    }
    fam.into_iter()
        .filter(|r| r.variant == "fast")
        .min_by_key(|r| score(r))
}

/// The headline size table, from the reports in `dir`.
pub fn size_table(dir: &Path) -> String {
    let speed_rows = std::fs::read_to_string(dir.join("speed.csv"))
        .map(|t| speed::parse_csv(&t))
        .unwrap_or_default();
    let with_speed = !speed_rows.is_empty();
    let mut s = String::from(
        "| family | variant | container lines per added element type | vs fast | `.text` bytes per added type (O3) | `.text` at one type vs fast (O3) |",
    );
    s.push_str(if with_speed {
        " time per op vs fast |\n|---|---|---:|---:|---:|---:|---:|\n"
    } else {
        "\n|---|---|---:|---:|---:|---:|\n"
    });
    let mut any = false;
    for fam in FAMILIES {
        let Ok(text) = std::fs::read_to_string(dir.join(format!("{}.csv", fam.name))) else {
            continue;
        };
        let Ok(rows) = report::parse_csv(&text) else {
            continue;
        };
        let ms = report::marginals(&rows);
        let fast_m = ms.iter().find(|m| m.0 == "fast").map(|m| m.1);
        let fast = fast_m.map(|m| m.lines_fit);
        let rep = representative(&speed_rows, fam.bench, fam.headline_ops);
        for (variant, m) in &ms {
            any = true;
            let vs = match fast {
                Some(f) if f.abs() > 1e-9 => format!("{:.1}%", m.lines_fit / f * 100.0),
                _ => "–".into(),
            };
            let text = m
                .text_o3
                .map(|t| format!("{t:.0}"))
                .unwrap_or_else(|| "–".into());
            let fixed = match fast_m.and_then(|f| report::text_vs_fast(&f, m, true)) {
                Some(_) if variant == "fast" => "–".to_string(),
                Some((_, extra, at)) => format!("{extra:+.0} ({})", report::crossing(at)),
                None => "–".into(),
            };
            let _ = write!(
                s,
                "| [{f}](size-reports/{f}.md) | {variant} | {:.0} | {vs} | {text} | {fixed} |",
                m.lines_fit,
                f = fam.name
            );
            if with_speed {
                let cell = rep
                    .and_then(|r| {
                        speed_rows.iter().find(|x| {
                            x.family == r.family
                                && x.op == r.op
                                && x.elem == r.elem
                                && x.n == r.n
                                && &x.variant == variant
                        })
                    })
                    .and_then(|x| Some(format!("{:.2}× ({}/{}/{})", x.ratio?, x.op, x.elem, x.n)))
                    .unwrap_or_else(|| "–".into());
                let _ = write!(s, " {cell} |");
            }
            s.push('\n');
        }
    }
    if !any {
        return "No size report has been generated yet: run `cargo run --release -p size-reports`."
            .into();
    }
    s.push_str(
        "\nLines: cargo-llvm-lines (dev profile) of a probe program, minus the probe's own \
         functions; slopes over 1 to 32 element types. `.text` at one type: the linked probe \
         with one element type, in bytes more (+) or fewer (-) than fast's, which counts the \
         variant's fixed, non-generic code; the crossing follows from the slopes. See \
         [size-reports](size-reports/) for the method, the plots and the speed tables.\n",
    );
    s
}

/// The app table: the table lines of `app.md`, if it exists.
pub fn app_table(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("app.md")).ok()?;
    let table: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
    (!table.is_empty()).then(|| {
        format!(
            "{}\n\nSee [size-reports/app.md](size-reports/app.md).",
            table.join("\n")
        )
    })
}

/// Rewrites the marked sections of `readme` from the reports in `dir`. Leaves the file
/// untouched when it or its markers are absent. Returns whether it was changed.
pub fn update(readme: &Path, dir: &Path) -> std::io::Result<bool> {
    let Ok(old) = std::fs::read_to_string(readme) else {
        return Ok(false);
    };
    let mut text = old.clone();
    if let Some(t) = replace_between(&text, SIZE_MARKERS, &size_table(dir)) {
        text = t;
    }
    if let Some(app) = app_table(dir) {
        if let Some(t) = replace_between(&text, APP_MARKERS, &app) {
            text = t;
        }
    }
    if text != old {
        std::fs::write(readme, text)?;
        return Ok(true);
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_only_between_markers_and_is_idempotent() {
        let text = "intro\n<!-- size-table:start -->\nold\n<!-- size-table:end -->\nrest\n";
        let once = replace_between(text, SIZE_MARKERS, "new table\n").unwrap();
        assert_eq!(
            once,
            "intro\n<!-- size-table:start -->\nnew table\n<!-- size-table:end -->\nrest\n"
        );
        assert_eq!(
            replace_between(&once, SIZE_MARKERS, "new table").unwrap(),
            once
        );
        assert!(replace_between("no markers", SIZE_MARKERS, "x").is_none());
        assert!(replace_between("<!-- size-table:start --> only", SIZE_MARKERS, "x").is_none());
    }

    #[test]
    fn representative_prefers_headline_op_u64_and_1000() {
        let row = |op: &str, elem: &str, n: &str| SpeedRow {
            family: "vec".into(),
            op: op.into(),
            elem: elem.into(),
            n: n.into(),
            variant: "fast".into(),
            ns_per_op: 1.0,
            ratio: Some(1.0),
        };
        let rows = [
            row("iter", "u64", "1000"),
            row("push", "string", "1000"),
            row("push", "u64", "16"),
            row("push", "u64", "1000"),
        ];
        let r = representative(&rows, "vec", &["push", "iter"]).unwrap();
        assert_eq!(
            (r.op.as_str(), r.elem.as_str(), r.n.as_str()),
            ("push", "u64", "1000")
        );
        let r = representative(&rows, "vec", &["pop"]).unwrap();
        assert_eq!(r.elem, "u64");
        assert!(representative(&rows, "map", &["get"]).is_none());
    }
}
