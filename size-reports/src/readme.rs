//! Refreshes the generated tables in the workspace README, between its markers.

use std::fmt::Write as _;
use std::path::Path;

use crate::probe::{Build, FAMILIES};
use crate::report;
use crate::speed::{self, SpeedRow};

/// Markers around the size headline table.
pub const SIZE_MARKERS: (&str, &str) = ("<!-- size-table:start -->", "<!-- size-table:end -->");
/// Markers around the app table.
pub const APP_MARKERS: (&str, &str) = ("<!-- app-table:start -->", "<!-- app-table:end -->");
/// Markers around the four-builds table.
pub const BUILDS_MARKERS: (&str, &str) =
    ("<!-- builds-table:start -->", "<!-- builds-table:end -->");

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

fn read_family(dir: &Path, name: &str) -> Option<(Vec<report::LinesRow>, Vec<report::SizeRow>)> {
    let lines = std::fs::read_to_string(dir.join(format!("{name}.csv"))).ok()?;
    let lines = report::parse_lines_csv(&lines).ok()?;
    let sizes = std::fs::read_to_string(dir.join(format!("{name}-sizes.csv")))
        .ok()
        .and_then(|t| report::parse_sizes_csv(&t).ok())
        .unwrap_or_default();
    Some((lines, sizes))
}

/// "a / b" of two optional figures.
fn pair(a: Option<String>, b: Option<String>) -> String {
    let dash = || "–".to_string();
    format!("{} / {}", a.unwrap_or_else(dash), b.unwrap_or_else(dash))
}

/// The headline size table, from the reports in `dir`.
pub fn size_table(dir: &Path) -> String {
    let speed_rows = std::fs::read_to_string(dir.join("speed.csv"))
        .map(|t| speed::parse_csv(&t))
        .unwrap_or_default();
    // The interleaved harness's ratios are the figures of record; criterion's are the
    // fallback for a case the harness has not measured.
    let interleaved = speed::load_interleaved(dir);
    let with_speed = !speed_rows.is_empty() || interleaved.is_some();
    let mut s = String::from(
        "| family | variant | LLVM lines per added type (vs fast) \
         | loaded bytes at 1 type vs fast, O3 / z \
         | per added type, same layout, O3 / z | per added type, distinct layouts, O3 / z \
         | smaller than fast at z: same layout / distinct |",
    );
    s.push_str(if with_speed {
        " time per op vs fast |\n|---|---|---:|---:|---:|---:|---|---:|\n"
    } else {
        "\n|---|---|---:|---:|---:|---:|---|\n"
    });
    let mut any = false;
    for fam in FAMILIES {
        let Some((lrows, srows)) = read_family(dir, fam.name) else {
            continue;
        };
        let ms = report::marginals(&lrows);
        let fast = ms.iter().find(|m| m.0 == "fast").map(|m| m.1.lines_fit);
        let rep = representative(&speed_rows, fam.bench, fam.headline_ops);
        for (variant, m) in &ms {
            any = true;
            let vs = match fast {
                Some(f) if f.abs() > 1e-9 => format!(" ({:.0}%)", m.lines_fit / f * 100.0),
                _ => String::new(),
            };
            let c =
                |b| report::cost(&srows, variant, b, report::Metric::Loaded).and_then(Result::ok);
            let (o3, z) = (c(Build::O3), c(Build::Z));
            let is_fast = variant == "fast";
            let fixed = if is_fast {
                "–".to_string()
            } else {
                pair(
                    o3.map(|c| format!("{:+.0}", c.fixed)),
                    z.map(|c| format!("{:+.0}", c.fixed)),
                )
            };
            let same = pair(
                o3.map(|c| format!("{:.0}", c.same)),
                z.map(|c| format!("{:.0}", c.same)),
            );
            let distinct = pair(
                o3.map(|c| format!("{:.0}", c.distinct)),
                z.map(|c| format!("{:.0}", c.distinct)),
            );
            let cross = match z {
                _ if is_fast => "–".to_string(),
                Some(c) => format!(
                    "{} / {}",
                    report::crossing(c.cross_same),
                    report::crossing(c.cross_distinct)
                ),
                None => "–".into(),
            };
            let _ = write!(
                s,
                "| [{f}](size-reports/{f}.md) | {variant} | {:.0}{vs} | {fixed} | {same} | {distinct} | {cross} |",
                m.lines_fit,
                f = fam.name
            );
            if with_speed {
                let il_cell = interleaved
                    .as_ref()
                    .and_then(|il| speed::interleaved_headline(&il.rows, fam.bench, variant));
                let cell = il_cell.unwrap_or_else(|| {
                    rep.and_then(|r| {
                        speed_rows.iter().find(|x| {
                            x.family == r.family
                                && x.op == r.op
                                && x.elem == r.elem
                                && x.n == r.n
                                && &x.variant == variant
                        })
                    })
                    .and_then(|x| Some(format!("{:.2}× ({}/{}/{})", x.ratio?, x.op, x.elem, x.n)))
                    .unwrap_or_else(|| "–".into())
                });
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
        "\nLoaded bytes: every section the linked probe loads that takes file space (code, \
         read-only data, relocated data, relocations, unwind tables). O3: x86-64 at cargo's \
         release profile; z: x86-64 at the size profile (`opt-level = \"z\"`, `lto = true`, \
         `codegen-units = 1`, `panic = \"abort\"`). Same layout: the element types are \
         identical structs under different names, whose copies LLVM merges, as in real \
         programs; distinct layouts: no two alike. The crossing is where the variant's \
         line falls below fast's. LLVM lines: cargo-llvm-lines (dev profile), the compile \
         work. Time per op: the median ratio of the interleaved harness (`cargo bench \
         --bench ab`). See [size-reports](size-reports/) for `.text`, thumbv7em and wasm32, \
         the method and the plots.\n",
    );
    s
}

/// The four-builds table: the std floor and small's fixed cost and crossing per family.
pub fn builds_table(dir: &Path) -> Option<String> {
    let floor = std::fs::read_to_string(dir.join("floor.csv"))
        .ok()
        .and_then(|t| report::parse_floor_csv(&t).ok())?;
    let fams: Vec<_> = FAMILIES
        .iter()
        .filter_map(|f| Some((f.name, read_family(dir, f.name)?.1)))
        .collect();
    let mut s = String::from("| build | std floor, loaded bytes (`.text`) |");
    for (name, _) in &fams {
        let _ = write!(s, " {name}: small vs fast at 1 type; smaller from |");
    }
    s.push_str("\n|---|---:|");
    s.push_str(&"---|".repeat(fams.len()));
    s.push('\n');
    for build in Build::ALL {
        let f = floor.iter().find(|f| f.0 == build);
        let _ = write!(
            s,
            "| {} | {} |",
            build.label(),
            f.map(|f| format!("{} ({})", f.1.loaded, f.1.text))
                .unwrap_or_else(|| "–".into())
        );
        for (_, rows) in &fams {
            let cell = match report::cost(rows, "small", build, report::Metric::Loaded) {
                Some(Ok(c)) => format!(
                    "{:+.0} B; {} (same layout), {} (distinct)",
                    c.fixed,
                    report::crossing(c.cross_same),
                    report::crossing(c.cross_distinct)
                ),
                Some(Err(note)) => format!("n/a ({note})"),
                None => "–".into(),
            };
            let _ = write!(s, " {cell} |");
        }
        s.push('\n');
    }
    s.push_str(
        "\nThe std floor is the probe program with no container: what every program of \
         that build carries before it uses one. See [size-reports/builds.md](size-reports/builds.md).\n",
    );
    Some(s)
}

/// The app tables: the tables of `app.md`, if it exists, separated by blank lines.
pub fn app_table(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("app.md")).ok()?;
    let mut tables: Vec<Vec<&str>> = Vec::new();
    let mut in_table = false;
    for l in text.lines() {
        if l.starts_with('|') {
            if !in_table {
                tables.push(Vec::new());
            }
            tables.last_mut().expect("pushed above").push(l);
            in_table = true;
        } else {
            in_table = false;
        }
    }
    (!tables.is_empty()).then(|| {
        let joined: Vec<String> = tables.iter().map(|t| t.join("\n")).collect();
        format!(
            "{}\n\nSee [size-reports/app.md](size-reports/app.md).",
            joined.join("\n\n")
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
    if let Some(builds) = builds_table(dir) {
        if let Some(t) = replace_between(&text, BUILDS_MARKERS, &builds) {
            text = t;
        }
    }
    if let Some(app) = app_table(dir) {
        if let Some(t) = replace_between(&text, APP_MARKERS, &app) {
            text = t;
        }
    }
    if let Some(shapes) = crate::shapes::readme_table(dir) {
        if let Some(t) = replace_between(&text, crate::shapes::MARKERS, &shapes) {
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
