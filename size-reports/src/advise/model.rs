//! The prediction: what switching each family to `small` would save, from the committed
//! per-type and fixed costs of the size reports (`size-reports/<family>-sizes.csv`).
//!
//! The model, per family with `k` element types in the program:
//!
//! ```text
//! saving(k) = fast(k) - small(k) = (k - 1) * (fast_per_type - small_per_type) - fixed
//! ```
//!
//! where `fixed` is small's loaded bytes minus fast's at one element type (the small core,
//! paid once), and the per-type costs are the probes' loaded bytes per added element
//! type of *distinct* layouts, at the build that matches the profile (x86-64 O3 for an
//! optimized profile, the size profile for `opt-level = "z"`/`"s"`). The per-type costs
//! are measured on whole linked programs, so they include the container code that the
//! optimizer inlines into its callers, which no symbol shows. The program's own symbols
//! give a second, lower figure: the code the binary visibly spends per type, scaled to
//! loaded bytes, minus what small would spend instead. `HashMap` and `HashSet` share
//! small's hash-table core, whose fixed cost is counted once when both are switched.

use std::collections::BTreeMap;

use super::classify::{Family, SHARED};
use super::Analysis;
use crate::probe::{Build, Fit, Layout};
use crate::report::{self, Metric, SizeRow};

/// The committed size reports, compiled in so that an installed advisor has them.
const REPORTS: &[(&str, &str)] = &[
    ("vec", include_str!("../../vec-sizes.csv")),
    ("deque", include_str!("../../deque-sizes.csv")),
    ("map", include_str!("../../map-sizes.csv")),
    ("set", include_str!("../../set-sizes.csv")),
    ("sort", include_str!("../../sort-sizes.csv")),
    ("sort_plain", include_str!("../../sort_plain-sizes.csv")),
];

/// The committed LLVM-lines reports (dev profile), by family report name.
const LINES: &[(&str, &str)] = &[
    ("vec", include_str!("../../vec.csv")),
    ("deque", include_str!("../../deque.csv")),
    ("map", include_str!("../../map.csv")),
    ("set", include_str!("../../set.csv")),
    ("sort", include_str!("../../sort.csv")),
    ("sort_plain", include_str!("../../sort_plain.csv")),
];

/// One family's measured costs at one build, loaded bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Costs {
    /// fast's bytes per added element type (distinct layouts).
    pub fast_per_type: f64,
    /// fast's `.text` per added element type (distinct layouts).
    pub fast_text_per_type: f64,
    /// small's bytes per added element type (distinct layouts).
    pub small_per_type: f64,
    /// small's bytes minus fast's at one element type.
    pub fixed: f64,
    /// fast's LLVM lines per added element type in the probe (dev profile).
    pub fast_lines_per_type: f64,
}

/// The measured costs of the report `name` (`vec`, `sort_plain`...) at `build`.
pub fn costs(name: &str, build: Build) -> Result<Costs, String> {
    let text = REPORTS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .ok_or_else(|| format!("no size report named {name}"))?;
    let rows: Vec<SizeRow> = report::parse_sizes_csv(text)?;
    let fit = |v: &str, m: Metric| {
        Fit::of(&report::series(&rows, v, build, Layout::Distinct, m))
            .ok_or_else(|| format!("{name}-sizes.csv has no {v} figures at {}", build.key()))
    };
    let small = match report::cost(&rows, "small", build, Metric::Loaded) {
        Some(Ok(c)) => c,
        Some(Err(note)) => return Err(format!("{name}: small {note} at {}", build.key())),
        None => return Err(format!("{name}-sizes.csv has no small figures")),
    };
    let lines_text = LINES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .ok_or_else(|| format!("no lines report named {name}"))?;
    let lines = report::marginals(&report::parse_lines_csv(lines_text)?);
    let fast_lines = lines
        .iter()
        .find(|(v, _)| v == "fast")
        .map(|(_, m)| m.lines_fit)
        .ok_or_else(|| format!("{name}.csv has no fast lines"))?;
    Ok(Costs {
        fast_lines_per_type: fast_lines,
        fast_per_type: fit("fast", Metric::Loaded)?.slope,
        fast_text_per_type: fit("fast", Metric::Text)?.slope,
        small_per_type: small.distinct,
        fixed: small.fixed,
    })
}

/// Whether an element type (shortened) holds no heap data: primitives, references and
/// tuples or arrays of them. Sorting those is priced with the `sort_plain` report.
pub fn is_plain(element: &str) -> bool {
    const PRIMS: &[&str] = &[
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
        "f32", "f64", "bool", "char", "str", "mut", "const",
    ];
    element
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .all(|w| PRIMS.contains(&w))
}

/// The prediction for one family.
#[derive(Clone, Debug, PartialEq)]
pub struct FamilyPrediction {
    /// The family.
    pub family: Family,
    /// Element types found (code or LLVM lines), `(shared)` excluded.
    pub types: usize,
    /// The family's code above the floor, `.text` bytes from the symbols.
    pub bytes: u64,
    /// The costs used (`None`: no small variant to switch to).
    pub costs: Option<Costs>,
    /// Predicted loaded bytes saved by switching to small (negative: it grows): each
    /// type's per-type costs scaled by its usage.
    pub saving: f64,
    /// The same at the probes' usage for every type (model without LLVM lines).
    pub probe_saving: f64,
    /// The program's LLVM lines per element type relative to the probe's (mean).
    pub usage: Option<f64>,
    /// The lower figure from the program's own symbols.
    pub visible_saving: f64,
    /// The fixed cost is not counted: another switched family has the same core
    /// (`HashSet` is built on `HashMap`'s table), and pays it.
    pub core_shared: bool,
}

/// The whole prediction.
#[derive(Clone, Debug, PartialEq)]
pub struct Prediction {
    /// The build whose costs were used.
    pub build: Build,
    /// Per family present in the program.
    pub families: Vec<FamilyPrediction>,
}

impl Prediction {
    /// What `prefer-size` (every family with a small variant switched at once) saves.
    pub fn prefer_size_saving(&self) -> f64 {
        self.families
            .iter()
            .filter(|f| f.costs.is_some())
            .map(|f| f.saving)
            .sum()
    }

    /// The lower figure, from the symbols, for the same switch.
    pub fn prefer_size_visible(&self) -> f64 {
        self.families
            .iter()
            .filter(|f| f.costs.is_some())
            .map(|f| f.visible_saving)
            .sum()
    }
}

/// Applies the model to an analysis.
pub fn predict(a: &Analysis) -> Result<Prediction, String> {
    let mut by_family: BTreeMap<Family, Vec<(&String, &super::Row)>> = BTreeMap::new();
    for ((f, e), r) in &a.rows {
        by_family.entry(*f).or_default().push((e, r));
    }
    let mut families = Vec::new();
    for (family, rows) in by_family {
        let typed: Vec<_> = rows
            .iter()
            .filter(|(e, r)| e.as_str() != SHARED && (r.bytes > 0 || r.lines > 0))
            .collect();
        let bytes: u64 = rows.iter().map(|(_, r)| r.bytes).sum();
        if family == Family::SizespeedSmall || (typed.is_empty() && bytes == 0) {
            continue;
        }
        let k = typed.len();
        let mut p = FamilyPrediction {
            family,
            types: k,
            bytes,
            costs: None,
            saving: 0.0,
            probe_saving: 0.0,
            usage: None,
            visible_saving: 0.0,
            core_shared: false,
        };
        let (Some(_), true) = (family.report(false), k > 0) else {
            families.push(p);
            continue;
        };
        // Each type is priced with its own report (plain or owning, for the sorts); the
        // fixed cost is the largest of the reports used, paid once.
        let mut fixed = f64::MIN;
        let mut per_type_saving = Vec::with_capacity(k);
        let mut visible = 0.0;
        let mut used = 0.0;
        let mut usage_sum = 0.0;
        let mut shown = None;
        for (e, r) in &typed {
            let name = family.report(is_plain(e)).expect("family has a report");
            let c = costs(name, a.costs)?;
            fixed = fixed.max(c.fixed);
            per_type_saving.push(c.fast_per_type - c.small_per_type);
            let to_loaded = if c.fast_text_per_type > 0.0 {
                c.fast_per_type / c.fast_text_per_type
            } else {
                1.0
            };
            visible += r.bytes as f64 * to_loaded - c.small_per_type;
            // How much of the family's code this type instantiates, against the probe's.
            let u = if c.fast_lines_per_type > 0.0 {
                r.lines as f64 / c.fast_lines_per_type
            } else {
                1.0
            };
            usage_sum += u;
            used += u * (c.fast_per_type - c.small_per_type);
            shown.get_or_insert(c);
        }
        // The first type's saving is inside `fixed` (measured at one type).
        per_type_saving.sort_by(f64::total_cmp);
        let first = per_type_saving.first().copied().unwrap_or(0.0);
        let c = shown.expect("at least one type");
        let core = fixed + c.fast_per_type - c.small_per_type;
        p.probe_saving = per_type_saving.iter().sum::<f64>() - first - fixed;
        p.visible_saving = visible - core;
        if a.total_lines.is_some() {
            p.saving = used - core;
            p.usage = Some(usage_sum / k as f64);
        } else {
            p.saving = p.probe_saving;
        }
        p.costs = Some(Costs { fixed, ..c });
        families.push(p);
    }
    // small's Map and Set share one hash-table core: when both are switched, its fixed
    // cost is paid once, by the family whose fixed cost is the larger.
    let idx = |f: Family, v: &[FamilyPrediction]| {
        v.iter().position(|p| p.family == f && p.costs.is_some())
    };
    if let (Some(m), Some(s)) = (
        idx(Family::HashMap, &families),
        idx(Family::HashSet, &families),
    ) {
        let fixed = |i: usize| families[i].costs.map_or(0.0, |c| c.fixed);
        let smaller = if fixed(m) < fixed(s) { m } else { s };
        let f = fixed(smaller);
        let p = &mut families[smaller];
        p.saving += f;
        p.probe_saving += f;
        p.visible_saving += f;
        p.core_shared = true;
    }
    families.sort_by_key(|f| std::cmp::Reverse(f.bytes));
    Ok(Prediction {
        build: a.costs,
        families,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_reports_give_costs_at_both_x86_builds() {
        for name in ["vec", "deque", "map", "set", "sort", "sort_plain"] {
            for b in [Build::O3, Build::Z] {
                let c = costs(name, b).unwrap();
                assert!(c.fast_per_type > 0.0, "{name} {b:?} {c:?}");
                assert!(c.fast_text_per_type > 0.0, "{name} {b:?} {c:?}");
            }
        }
        // The sort's per-type cost at O3 is what the README's table says: thousands.
        assert!(costs("sort", Build::O3).unwrap().fast_per_type > 5000.0);
    }

    #[test]
    fn plain_elements() {
        assert!(is_plain("u32"));
        assert!(is_plain("(u64, [i32; 4])"));
        assert!(is_plain("&str"));
        assert!(!is_plain("String"));
        assert!(!is_plain("(String, u64)"));
        assert!(!is_plain("Parcel"));
    }
}
