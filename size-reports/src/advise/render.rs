//! The advisor's report, in the terminal and as Markdown.

use std::fmt::Write as _;

use super::classify::Family;
use super::model::Prediction;
use super::Analysis;
use crate::probe::Build;

/// How many rows of the ranked table the terminal shows; the rest are summed in one
/// line. The Markdown report has every row.
pub const TOP: usize = 30;

/// A table: header and rows of cells; `right` says which columns are numbers.
struct Table {
    header: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn markdown(&self) -> String {
        let mut s = format!("| {} |\n|", self.header.join(" | "));
        for &r in &self.right {
            s.push_str(if r { "---:|" } else { "---|" });
        }
        s.push('\n');
        for row in &self.rows {
            let _ = writeln!(s, "| {} |", row.join(" | "));
        }
        s
    }

    fn terminal(&self) -> String {
        let n = self.header.len();
        let mut width = vec![0; n];
        for row in std::iter::once(&self.header).chain(&self.rows) {
            for (i, c) in row.iter().enumerate() {
                width[i] = width[i].max(c.chars().count());
            }
        }
        let line = |row: &[String]| {
            let mut s = String::new();
            for (i, c) in row.iter().enumerate() {
                let pad = width[i] - c.chars().count();
                if self.right[i] {
                    s.push_str(&" ".repeat(pad));
                    s.push_str(c);
                } else {
                    s.push_str(c);
                    if i + 1 < n {
                        s.push_str(&" ".repeat(pad));
                    }
                }
                if i + 1 < n {
                    s.push_str("  ");
                }
            }
            s.push('\n');
            s
        };
        let mut s = line(&self.header);
        s.push_str(&line(
            &width.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>(),
        ));
        for row in &self.rows {
            s.push_str(&line(row));
        }
        s
    }
}

fn pct(part: f64, whole: f64) -> String {
    if whole <= 0.0 {
        "–".into()
    } else {
        format!("{:.2}%", part / whole * 100.0)
    }
}

fn signed(x: f64) -> String {
    format!("{:+.0}", x)
}

/// `0.93× the actual saving: within ±25%`.
pub fn versus(predicted: i64, actual: i64) -> String {
    if actual == 0 {
        return if predicted == 0 {
            "both zero".into()
        } else {
            "the actual saving is zero".into()
        };
    }
    let r = predicted as f64 / actual as f64;
    let within = (0.75..=1.25).contains(&r);
    format!(
        "predicted/actual = {r:.2}: {} ±25%",
        if within { "within" } else { "outside" }
    )
}

fn build_label(b: Build) -> &'static str {
    match b {
        Build::O3 => "x86-64 at O3",
        Build::Z => "x86-64 at the size profile",
        _ => b.label(),
    }
}

/// The one-line verdict.
pub fn verdict(a: &Analysis, p: &Prediction) -> String {
    let total = p.prefer_size_saving();
    let switchable: Vec<_> = p.families.iter().filter(|f| f.costs.is_some()).collect();
    if switchable.is_empty() {
        return "Verdict: prefer-size would change nothing here: the program instantiates no \
                family that has a small variant."
            .into();
    }
    let paying: Vec<&str> = switchable
        .iter()
        .filter(|f| f.saving > 0.0)
        .map(|f| f.family.name())
        .collect();
    let share = pct(total.abs(), a.loaded as f64);
    if total > 0.0 {
        let mut s = format!(
            "Verdict: prefer-size is worth it: it is predicted to save {total:.0} loaded \
             bytes ({share} of the binary), fixed costs counted"
        );
        if paying.len() < switchable.len() {
            let _ = write!(s, "; switching only {} would save more", paying.join(", "));
        }
        s.push('.');
        s
    } else {
        let mut s = format!(
            "Verdict: prefer-size is not worth it: it is predicted to add {:.0} loaded bytes \
             ({share} of the binary): the small cores' fixed costs outweigh the per-type \
             savings of {} element type(s)",
            -total,
            switchable.iter().map(|f| f.types).sum::<usize>()
        );
        if !paying.is_empty() {
            let _ = write!(s, "; switching only {} would pay", paying.join(", "));
        }
        s.push('.');
        s
    }
}

fn ranked(a: &Analysis, top: usize) -> (Table, String) {
    let mut rows: Vec<_> = a.rows.iter().collect();
    rows.sort_by(|x, y| {
        (y.1.bytes, y.1.lines)
            .cmp(&(x.1.bytes, x.1.lines))
            .then_with(|| x.0.cmp(y.0))
    });
    let mut t = Table {
        header: [
            "#",
            "family",
            "element type",
            "bytes (.text)",
            "share of binary",
            "functions",
            "of which drop glue",
            "LLVM lines",
            "copies",
        ]
        .map(String::from)
        .to_vec(),
        right: vec![true, false, false, true, true, true, true, true, true],
        rows: Vec::new(),
    };
    let lines = |x: u64| {
        if a.total_lines.is_some() {
            x.to_string()
        } else {
            "–".into()
        }
    };
    let (mut rest_bytes, mut rest_lines, mut rest_n) = (0, 0, 0);
    for (i, ((f, e), r)) in rows.iter().enumerate() {
        if i >= top {
            rest_bytes += r.bytes;
            rest_lines += r.lines;
            rest_n += 1;
            continue;
        }
        t.rows.push(vec![
            (i + 1).to_string(),
            f.name().to_string(),
            format!("`{e}`"),
            r.bytes.to_string(),
            pct(r.bytes as f64, a.loaded as f64),
            r.functions.to_string(),
            r.drop_bytes.to_string(),
            lines(r.lines),
            lines(r.copies),
        ]);
    }
    let total_bytes: u64 = a.rows.values().map(|r| r.bytes).sum();
    let total_lines: u64 = a.rows.values().map(|r| r.lines).sum();
    let mut note = String::new();
    if rest_n > 0 {
        let _ = writeln!(
            note,
            "... and {rest_n} more row(s): {rest_bytes} bytes, {rest_lines} LLVM lines."
        );
    }
    let _ = write!(
        note,
        "Containers in all: {total_bytes} bytes of code above the std floor ({} of the \
         binary's loaded bytes)",
        pct(total_bytes as f64, a.loaded as f64)
    );
    if let Some(tl) = a.total_lines {
        let _ = write!(
            note,
            ", {total_lines} of the crate's {tl} LLVM lines ({})",
            pct(total_lines as f64, tl as f64)
        );
    }
    note.push('.');
    let floor: u64 = a.floor_bytes.values().sum();
    if floor > 0 {
        let _ = write!(
            note,
            " Not counted: {floor} bytes of container functions that std's floor program \
             has too (std instantiates them itself, so they stay whatever you choose)."
        );
    }
    (t, note)
}

fn prediction_table(p: &Prediction) -> Table {
    let mut t = Table {
        header: [
            "family",
            "element types",
            "code now (.text)",
            "usage vs probe",
            "fast per type",
            "small per type",
            "small fixed cost",
            "predicted saving (loaded bytes)",
            "at the probes' usage",
            "from the symbols alone",
        ]
        .map(String::from)
        .to_vec(),
        right: vec![false, true, true, true, true, true, true, true, true, true],
        rows: Vec::new(),
    };
    for f in &p.families {
        let row = match &f.costs {
            Some(c) => vec![
                f.family.name().to_string(),
                f.types.to_string(),
                f.bytes.to_string(),
                f.usage
                    .map(|u| format!("{u:.2}×"))
                    .unwrap_or_else(|| "–".into()),
                format!("{:.0}", c.fast_per_type),
                format!("{:.0}", c.small_per_type),
                if f.core_shared {
                    format!("({:.0}: shared core, paid above)", c.fixed)
                } else {
                    format!("{:.0}", c.fixed)
                },
                signed(f.saving),
                signed(f.probe_saving),
                signed(f.visible_saving),
            ],
            None => vec![
                f.family.name().to_string(),
                f.types.to_string(),
                f.bytes.to_string(),
                "–".into(),
                "–".into(),
                "–".into(),
                "–".into(),
                if f.family == Family::Vec && f.types == 0 {
                    "0 (shared code only)".into()
                } else {
                    "no small variant".into()
                },
                "–".into(),
                "–".into(),
            ],
        };
        t.rows.push(row);
    }
    t
}

fn model_text(p: &Prediction) -> String {
    format!(
        "The model: switching a family with element types t1..tk to small saves \
         sum over t of usage(t) × (fast's bytes per added type − small's), minus small's \
         core (its fixed cost plus one type's saving, paid once), in loaded bytes. The costs \
         are sizespeed's own measurements (size-reports/<family>-sizes.csv, {}, element \
         types of distinct layouts): whole linked probe programs, so fast's per-type cost \
         includes the container code the optimizer inlines into its callers, which no \
         symbol shows. usage(t) is the LLVM lines (dev profile, nothing inlined) the program \
         instantiates for t, divided by the probe's lines per type (size-reports/<family>.csv): \
         a program that only pushes to a Vec<T> pays less per type than the probe, which \
         calls most of the API. cargo-llvm-lines counts the target's own crate only, so a \
         type instantiated only in another crate of the workspace has usage 0. \
         \"At the probes' usage\" takes usage = 1 for every type. \
         \"From the symbols alone\" is a lower figure: the per-type code this binary visibly \
         holds (scaled from .text to loaded bytes by the probes' ratio) minus small's \
         per-type and core costs. Sorts of plain Copy types are priced with the sort_plain \
         report. HashMap and HashSet share small's hash-table core: its fixed cost is \
         counted once when both are switched. Element types of one layout share machine \
         code in fast builds (LLVM merges identical functions), so a program with many \
         same-layout types saves less than predicted. BTreeMap/BTreeSet and BinaryHeap are \
         reported but not yet priced by this model (their size reports are ordered_map.md \
         and heap.md), and neither is switching sorts to medium.",
        build_label(p.build)
    )
}

fn imports_text(a: &Analysis, p: &Prediction, md: bool) -> String {
    let i = &a.imports;
    let mut s = String::new();
    let code = |x: &str| if md { format!("`{x}`") } else { x.to_string() };
    if !i.auto_files.is_empty() {
        let _ = writeln!(
            s,
            "{} file(s) already use sizespeed::auto: build with --features prefer-size (or \
             RUSTFLAGS=\"--cfg sizespeed_prefer_size\") to switch them; no import changes.",
            i.auto_files.len()
        );
    }
    for l in &i.lines {
        let _ = writeln!(
            s,
            "{}{}:{}: {}  ->  {}",
            if md { "- " } else { "  " },
            l.file.display(),
            l.line,
            code(&l.text),
            l.replacement
                .iter()
                .map(|r| code(r))
                .collect::<Vec<_>>()
                .join(" + ")
        );
    }
    let vec_used = p
        .families
        .iter()
        .any(|f| f.family == Family::Vec && f.costs.is_some());
    if vec_used && !i.vec_files.is_empty() {
        let files: Vec<String> = i
            .vec_files
            .iter()
            .map(|f| f.display().to_string())
            .collect();
        let _ = writeln!(
            s,
            "{}add {} to each file that names Vec or vec! ({}): it shadows the prelude's Vec",
            if md { "- " } else { "  " },
            code("use sizespeed::auto::{vec, Vec};"),
            files.join(", ")
        );
    }
    if i.sort_calls > 0 && p.families.iter().any(|f| f.family == Family::Sort) {
        let _ = writeln!(
            s,
            "{}{} sort/search call(s) (.sort(, .binary_search( ...): on a sizespeed Vec they \
             take its variant's sort; on other slices write {}",
            if md { "- " } else { "  " },
            i.sort_calls,
            code("sizespeed::auto::sort(&mut slice)")
        );
    }
    let _ = writeln!(
        s,
        "{}Cargo.toml: {} and {}; the {} feature then picks the small variants.",
        if md { "- " } else { "  " },
        code("sizespeed = \"0.1\""),
        code("[features] prefer-size = [\"sizespeed/prefer-size\"]"),
        code("prefer-size")
    );
    if s.is_empty() {
        s.push_str("No std::collections imports found.\n");
    }
    s
}

fn header(a: &Analysis) -> String {
    let mut s = format!(
        "Program: {}, profile `{}`; costs from sizespeed's measurements at {}.\n\
         Binary: {} loaded bytes ({} of .text).",
        a.subject,
        a.profile,
        build_label(a.costs),
        a.loaded,
        a.text
    );
    if let Some((fl, ft)) = a.floor {
        let _ = write!(
            s,
            " std floor (a program without containers, same profile): {fl} loaded bytes \
             ({ft} of .text); above it: {} loaded bytes.",
            a.loaded as i64 - fl as i64
        );
    }
    s
}

/// The terminal report.
pub fn terminal(a: &Analysis, p: &Prediction) -> String {
    let (t, note) = ranked(a, TOP);
    format!(
        "\nsizespeed advisor\n=================\n{}\n\n\
         Container code by family and element type (above the std floor), ranked:\n{}{}\n\n\
         Predicted saving of switching each family to small:\n{}\n{}\n\n\
         Import lines to change:\n{}\n{}\n",
        header(a),
        t.terminal(),
        note,
        prediction_table(p).terminal(),
        model_text(p),
        imports_text(a, p, false),
        verdict(a, p)
    )
}

/// The Markdown report.
pub fn markdown(a: &Analysis, p: &Prediction) -> String {
    let (t, note) = ranked(a, usize::MAX);
    format!(
        "# sizespeed advisor\n\n{}\n\n\
         ## Container code by family and element type\n\nAbove the std floor, ranked by \
         bytes.\n\n{}\n{}\n\n\
         ## Predicted saving of switching each family to small\n\n{}\n{}\n\n\
         ## Import lines to change\n\n{}\n**{}**\n",
        header(a),
        t.markdown(),
        note,
        prediction_table(p).markdown(),
        model_text(p),
        imports_text(a, p, true),
        verdict(a, p)
    )
}
