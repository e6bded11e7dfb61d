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
/// Markers around the prose on the suite's figures ("What the figures say").
pub const SUITE_PROSE_MARKERS: (&str, &str) =
    ("<!-- suite-prose:start -->", "<!-- suite-prose:end -->");

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

/// One row of `suite.csv` (see [`crate::suite::csv`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SuiteRow {
    /// The build's key (`dynamic-small`, ...).
    pub build: String,
    /// The file: a binary's name, a shared library's file name, or `floor`.
    pub file: String,
    /// `binary`, `shared library` or `floor`.
    pub kind: String,
    /// File bytes after `strip --strip-all`.
    pub stripped: u64,
    /// `.text` bytes.
    pub text: u64,
    /// Loaded bytes.
    pub loaded: u64,
    /// Core functions defined (binaries only).
    pub cores_defined: Option<u64>,
    /// Core functions called in a shared library (binaries only).
    pub cores_imported: Option<u64>,
    /// Bytes of `sizespeed::small` functions defined (binaries only).
    pub small_functions: Option<u64>,
    /// Median run time in ms (binaries only).
    pub median_ms: Option<f64>,
}

/// Parses `suite.csv`; rows that do not parse are skipped.
pub fn parse_suite_csv(text: &str) -> Vec<SuiteRow> {
    let mut rows = Vec::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        if f.len() < 14 {
            continue;
        }
        let num = |i: usize| f[i].parse::<u64>().ok();
        let (Some(stripped), Some(text), Some(loaded)) = (num(6), num(7), num(8)) else {
            continue;
        };
        rows.push(SuiteRow {
            build: f[0].to_string(),
            file: f[3].to_string(),
            kind: f[4].to_string(),
            stripped,
            text,
            loaded,
            cores_defined: num(9),
            cores_imported: num(10),
            small_functions: num(11),
            median_ms: f[13].parse().ok(),
        });
    }
    rows
}

/// `n` with thousands separators: `93896` is `93,896`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `a` against `b` as a signed percentage: `-42.7%`.
fn pct(a: u64, b: u64) -> String {
    format!("{:+.1}%", (a as f64 / b.max(1) as f64 - 1.0) * 100.0)
}

/// `lo to hi`, or `lo` when they are equal (with thousands separators).
fn span(lo: u64, hi: u64) -> String {
    if lo == hi {
        thousands(lo)
    } else {
        format!("{} to {}", thousands(lo), thousands(hi))
    }
}

/// "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The README's prose on the suite ("What the figures say"), every figure read from
/// `suite.csv` in `dir`; `None` if it is missing or lacks a build the prose needs.
pub fn suite_prose(dir: &Path) -> Option<String> {
    let rows = parse_suite_csv(&std::fs::read_to_string(dir.join("suite.csv")).ok()?);
    let of = |build: &str, kind: &str| -> Vec<&SuiteRow> {
        rows.iter()
            .filter(|r| r.build == build && r.kind == kind)
            .collect()
    };
    let total = |rs: &[&SuiteRow]| -> (u64, u64, u64) {
        rs.iter().fold((0, 0, 0), |(t, l, s), r| {
            (t + r.text, l + r.loaded, s + r.stripped)
        })
    };
    let (df, ds) = (of("dynamic-fast", "binary"), of("dynamic-small", "binary"));
    let (sf, ss) = (of("static-fast", "binary"), of("static-small", "binary"));
    let stdf = of("stdshared-fast", "binary");
    if df.is_empty() || df.len() != ds.len() || sf.is_empty() || ss.is_empty() {
        return None;
    }
    let n = ds.len() as u64;
    let (bf, bs) = (total(&df), total(&ds));
    let libs = |build: &str| of(build, "shared library");
    let suite = |build: &str, bins: &[&SuiteRow]| {
        let (_, l, s) = total(bins);
        let (_, ll, ls) = total(&libs(build));
        (l + ll, s + ls)
    };
    let (tf, ts) = (suite("dynamic-fast", &df), suite("dynamic-small", &ds));
    let mut s = String::from(
        "What the figures say (from [size-reports/suite.md](size-reports/suite.md), x86-64, \
         release\nprofile; this list is generated from `size-reports/suite.csv`):\n\n",
    );

    // Where the cores are.
    let defined: u64 = ds.iter().filter_map(|r| r.cores_defined).sum();
    let range = |rs: &[&SuiteRow], f: fn(&SuiteRow) -> Option<u64>| {
        let v: Vec<u64> = rs.iter().filter_map(|r| f(r)).collect();
        (
            v.iter().copied().min().unwrap_or(0),
            v.iter().copied().max().unwrap_or(0),
        )
    };
    let (imin, imax) = range(&ds, |r| r.cores_imported);
    let (smin, smax) = range(&ss, |r| r.cores_defined);
    let (fmin, fmax) = range(&ds, |r| r.small_functions);
    let none = if defined == 0 {
        "no binary defines a single `sizespeed::raw::` function".to_string()
    } else {
        format!("the binaries still define {defined} `sizespeed::raw::` functions")
    };
    let _ = writeln!(
        s,
        "- **The cores live in the library, not in the binaries.** In the shared small build \
         {none}; each calls {} of them as undefined symbols resolved in \
         `libsizespeed_dylib.so` (statically, each binary defines {}). What stays per binary \
         is measured per tool in the report: the typed shims that were not inlined ({} \
         bytes), the per-type tables with their relocations, and the tool's own code.",
        span(imin, imax),
        span(smin, smax),
        span(fmin, fmax),
    );

    // `.text`.
    let reduction = 1.0 - bs.0 as f64 / bf.0.max(1) as f64;
    let mut per: Vec<(String, u64, u64)> = df
        .iter()
        .filter_map(|f| {
            let sm = ds.iter().find(|r| r.file == f.file)?;
            Some((f.file.clone(), f.text, sm.text))
        })
        .collect();
    per.sort_by(|a, b| {
        (a.2 as f64 / a.1.max(1) as f64).total_cmp(&(b.2 as f64 / b.1.max(1) as f64))
    });
    let cell = |(name, f, sm): &(String, u64, u64)| format!("`{name}` {}", pct(*sm, *f));
    let (pass, fail): (Vec<_>, Vec<_>) = per.iter().partition(|(_, f, sm)| 2 * sm <= *f);
    let pass: Vec<String> = pass.into_iter().map(cell).collect();
    let fail: Vec<String> = fail.into_iter().map(cell).collect();
    let verdict = if reduction >= 0.5 {
        "past the 50% we aimed at"
    } else {
        "short of the 50% we aimed at"
    };
    let _ = write!(
        s,
        "- **`.text`: small binaries are {:.1}% smaller than fast ones** ({} bytes for the \
         {n} binaries against {}), {verdict}.",
        reduction * 100.0,
        thousands(bs.0),
        thousands(bf.0),
    );
    match (pass.is_empty(), fail.is_empty()) {
        (false, false) => {
            let _ = write!(
                s,
                " Per binary, {} reach it; {} do not.",
                and_list(&pass),
                and_list(&fail)
            );
        }
        (false, true) => {
            let _ = write!(s, " Every binary reaches it: {}.", and_list(&pass));
        }
        (true, _) => {
            let _ = write!(s, " No single binary reaches it: {}.", and_list(&fail));
        }
    }
    if let Some((name, _, sm)) = per.last() {
        let _ = write!(
            s,
            " What remains in every binary, fast or small, is its own parsing and formatting \
             code and the std generics it instantiates: the binary that gains least, `{name}`, \
             still has {} bytes of `.text` with small.",
            thousands(*sm)
        );
    }
    let floor = |build: &str| of(build, "floor").first().map(|r| r.text);
    if let (Some(ff), Some(fs)) = (floor("dynamic-fast"), floor("dynamic-small")) {
        let either = if ff == fs {
            format!("{} bytes of `.text` in either variant", thousands(ff))
        } else {
            format!(
                "{} bytes of `.text` with fast and {} with small",
                thousands(ff),
                thousands(fs)
            )
        };
        let (af, as_) = (bf.0.saturating_sub(n * ff), bs.0.saturating_sub(n * fs));
        let _ = write!(
            s,
            " The suite's floor, a program built from the same helpers with no container \
             (`suite/examples/floor.rs`), is {either}; above it, the {n} binaries' `.text` is \
             {:.1}% smaller with small ({} bytes against {}).",
            (1.0 - as_ as f64 / af.max(1) as f64) * 100.0,
            thousands(as_),
            thousands(af),
        );
    }
    let _ = writeln!(
        s,
        " Loaded bytes of the binaries change by {}.",
        pct(bs.1, bf.1)
    );

    // The whole suite.
    let libstd = libs("dynamic-small")
        .into_iter()
        .find(|r| r.file.starts_with("libstd-"))
        .map(|r| r.loaded);
    let lib: u64 = libs("dynamic-small")
        .iter()
        .filter(|r| r.file.starts_with("libsizespeed_dylib"))
        .map(|r| r.loaded)
        .sum();
    let _ = write!(
        s,
        "- **The whole suite, each shared library counted once, is {} with small**: {} loaded \
         bytes against {} ({}); {} file bytes shipped (stripped) against {}.",
        if ts.0 <= tf.0 { "smaller" } else { "larger" },
        thousands(ts.0),
        thousands(tf.0),
        pct(ts.0, tf.0),
        thousands(ts.1),
        thousands(tf.1),
    );
    if let Some(l) = libstd {
        let _ = write!(
            s,
            " `libstd-*.so` ({} loaded bytes) is most of either, and `libsizespeed_dylib.so` \
             loads {} bytes.",
            thousands(l),
            thousands(lib)
        );
    }
    s.push('\n');

    // A fast suite without the sizespeed library.
    if !stdf.is_empty() {
        let (fl, _) = suite("stdshared-fast", &stdf);
        let cmp = if ts.0 > fl {
            format!(
                "less than the small one with both libraries ({} against it)",
                pct(ts.0, fl)
            )
        } else {
            format!(
                "and the small one with both libraries is smaller still ({} against it)",
                pct(ts.0, fl)
            )
        };
        let _ = write!(
            s,
            "- **A fast suite does not need the sizespeed library.** Built with libstd shared \
             and sizespeed static, the fast suite loads {} bytes, {cmp}.",
            thousands(fl)
        );
        let per_binary = (total(&stdf).1 as f64 - bs.1 as f64) / n as f64;
        if per_binary > 0.0 && lib > 0 {
            let _ = write!(
                s,
                " Each small binary loads {} bytes less on average than its fast twin, so the \
                 library pays for itself from about {:.0} binaries like these; a suite of more \
                 tools, or of tools with more element types each, gains more.",
                thousands(per_binary.round() as u64),
                (lib as f64 / per_binary).ceil()
            );
        }
        s.push('\n');
    }

    // Statically linked.
    let (stf, sts) = (suite("static-fast", &sf).0, suite("static-small", &ss).0);
    let _ = writeln!(
        s,
        "- **Statically linked, small {} here** ({} loaded bytes for the suite): with two or \
         three element types per container family, each binary carries its own copy of the \
         cores (see \"Real programs\" above). Sharing is what turns the cores into a one-time \
         cost.",
        if sts >= stf {
            "does not pay"
        } else {
            "is smaller too"
        },
        pct(sts, stf),
    );

    // What each part of the sharing buys, per binary on average.
    let stds = of("stdshared-small", "binary");
    if !stdf.is_empty() && !stds.is_empty() {
        let kb = |rs: &[&SuiteRow]| total(rs).1 as f64 / rs.len().max(1) as f64 / 1000.0;
        let _ = writeln!(
            s,
            "- **What each part of the sharing buys**, in loaded bytes per binary on average: \
             libstd shared takes a binary from {:.0} KB (static) to {:.0} KB with fast and \
             from {:.0} KB to {:.0} KB with small; the sizespeed library then takes the small \
             binaries from {:.0} KB to {:.0} KB.",
            kb(&sf),
            kb(&stdf),
            kb(&ss),
            kb(&stds),
            kb(&stds),
            kb(&ds),
        );
    }

    // Run time.
    let ms = |rs: &[&SuiteRow]| rs.iter().filter_map(|r| r.median_ms).sum::<f64>();
    if [&df, &ds, &sf, &ss]
        .iter()
        .all(|rs| rs.iter().all(|r| r.median_ms.is_some()))
    {
        let mut ratios = Vec::new();
        for (d, st) in [(&df, &sf), (&ds, &ss)] {
            for r in d.iter() {
                if let Some(t) = st.iter().find(|x| x.file == r.file) {
                    if let (Some(a), Some(b)) = (r.median_ms, t.median_ms) {
                        ratios.push(a / b.max(1e-9));
                    }
                }
            }
        }
        let lo = ratios.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = ratios.iter().copied().fold(0.0, f64::max);
        let _ = writeln!(
            s,
            "- **Run time**: by the sums of the medians, dynamic against static is {:.2}x for \
             fast and {:.2}x for small in the committed report; single tools range from \
             {lo:.2}x to {hi:.2}x. On this shared machine these ratios change from run to run, \
             and so does which build is faster.",
            ms(&df) / ms(&sf).max(1e-9),
            ms(&ds) / ms(&ss).max(1e-9),
        );
    }
    Some(wrap(&s, 90))
}

/// Wraps each line of `text` at `width` columns, between words; the continuation lines
/// of a list item (`- `) are indented by two spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let indent = if line.starts_with("- ") { "  " } else { "" };
        let mut cur = String::new();
        for word in line.split(' ') {
            if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&cur);
                out.push('\n');
                cur = format!("{indent}{word}");
            } else {
                if !cur.is_empty() {
                    cur.push(' ');
                }
                cur.push_str(word);
            }
        }
        out.push_str(&cur);
        out.push('\n');
    }
    out
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
    if let Some(prose) = suite_prose(dir) {
        if let Some(t) = replace_between(&text, SUITE_PROSE_MARKERS, &prose) {
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
    fn suite_prose_reads_every_figure_from_the_csv() {
        use crate::suite::{Binary, Measured, Sizes, BINARIES, CONFIGS};
        let sizes = |t: u64| Sizes {
            file: 2 * t,
            text: t,
            loaded: t + 100,
            stripped: t + 50,
        };
        let measured: Vec<Measured> = CONFIGS
            .iter()
            .map(|c| {
                let text = match c.key {
                    "dynamic-small" => 1000,
                    "dynamic-fast" | "stdshared-fast" => 2500,
                    _ => 30000,
                };
                Measured {
                    config: *c,
                    floor: sizes(500),
                    binaries: BINARIES
                        .iter()
                        .enumerate()
                        .map(|(i, &name)| Binary {
                            name,
                            // `wc` gains least.
                            sizes: sizes(if i == 0 && c.key == "dynamic-small" {
                                2 * text
                            } else {
                                text
                            }),
                            cores_defined: if c.small && c.key.starts_with("static") {
                                9 + i
                            } else {
                                0
                            },
                            cores_imported: 3 + i,
                            shims: 100,
                            tables: 20,
                        })
                        .collect(),
                    libraries: match c.key {
                        "dynamic-fast" | "dynamic-small" => vec![
                            ("libstd-x.so".to_string(), sizes(100000)),
                            ("libsizespeed_dylib.so".to_string(), sizes(9000)),
                        ],
                        "stdshared-fast" | "stdshared-small" => {
                            vec![("libstd-x.so".to_string(), sizes(100000))]
                        }
                        _ => Vec::new(),
                    },
                    ship: std::path::PathBuf::new(),
                    times: vec![std::time::Duration::from_millis(10); BINARIES.len()],
                }
            })
            .collect();
        let dir = std::env::temp_dir().join(format!("suite-prose-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("suite.csv"), crate::suite::csv(&measured)).unwrap();
        let wrapped = suite_prose(&dir).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 90),
            "{wrapped}"
        );
        // The figures, with the wrapping undone.
        let prose = wrapped
            .replace("\n  ", " ")
            .replace("release\nprofile", "release profile");
        // 9000 small against 20000 fast.
        assert!(
            prose.contains("small binaries are 55.0% smaller than fast ones** (9,000 bytes for the 8 binaries against 20,000), past the 50%"),
            "{prose}"
        );
        assert!(prose.contains("each calls 3 to 10 of them"), "{prose}");
        assert!(prose.contains("each binary defines 9 to 16"), "{prose}");
        assert!(prose.contains("the binary that gains least, `wc`, still has 2,000 bytes"));
        assert!(
            prose.contains("and `kv` -60.0% reach it; `wc` -20.0% do not"),
            "{prose}"
        );
        // Floor 500 each: 5000 against 16000 above it.
        assert!(prose.contains("above it, the 8 binaries' `.text` is 68.8% smaller with small (5,000 bytes against 16,000)"), "{prose}");
        assert!(
            prose.contains("`libsizespeed_dylib.so` loads 9,100 bytes"),
            "{prose}"
        );
        assert!(prose.contains("dynamic against static is 1.00x for fast and 1.00x for small"));
        assert!(prose.contains("Statically linked, small does not pay here** (+0.0% loaded"));
        let readme = "a\n<!-- suite-prose:start -->\nold\n<!-- suite-prose:end -->\nb\n";
        let new = replace_between(readme, SUITE_PROSE_MARKERS, &wrapped).unwrap();
        assert!(new.starts_with("a\n<!-- suite-prose:start -->\nWhat the figures say"));
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(999), "999");
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
