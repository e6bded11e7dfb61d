//! The size claim, checked: for every family present in this build of the crate, the
//! small variant's marginal container lines per added element type are under a tenth of
//! the fast variant's (under a twentieth for sort).
//!
//! LLVM line counts are deterministic for a given toolchain, so this is a real test, not
//! a timing. It builds probes with 1 and 17 element types (cargo-llvm-lines, dev profile)
//! in `target/size-probes`, installing cargo-llvm-lines first if it is missing.

use size_reports::probe::{ProbeError, Probes, FAMILIES};

const NS: [usize; 2] = [1, 17];

/// The bound on small/fast for a family.
fn limit(family: &str) -> f64 {
    if family == "sort" {
        0.05
    } else {
        0.10
    }
}

#[test]
fn small_marginal_lines_are_a_fraction_of_fast() {
    let mut probes = Probes::new();
    probes.verbose = false;
    probes
        .ensure_llvm_lines()
        .expect("cargo-llvm-lines is needed for the size claim");
    let mut checked = Vec::new();
    let mut failures = Vec::new();
    for family in FAMILIES {
        let measure = |variant| match probes.measure_variant(family, variant, &NS, false) {
            Ok(v) => Some(v),
            Err(ProbeError::Compile(e)) => {
                println!(
                    "{}/{variant}: not in this build of the crate ({e})",
                    family.name
                );
                None
            }
            Err(e) => panic!("{}/{variant}: {e}", family.name),
        };
        let Some(small) = measure("small") else {
            assert_ne!(
                family.name, "vec",
                "small::Vec is part of the crate; its probe must compile"
            );
            continue;
        };
        let Some(fast) = measure("fast") else {
            assert_ne!(
                family.name, "vec",
                "fast::Vec is part of the crate; its probe must compile"
            );
            continue;
        };
        let (f, s) = (fast.marginal().lines_end, small.marginal().lines_end);
        assert!(f > 0.0, "{}: fast's marginal lines are {f}", family.name);
        let ratio = s / f;
        let line = format!(
            "{}: per added element type (N = 1 → 17) fast costs {f:.1} container lines, small \
             {s:.1}: small/fast = {:.1}% (limit {:.0}%)",
            family.name,
            ratio * 100.0,
            limit(family.name) * 100.0
        );
        println!("{line}");
        if ratio >= limit(family.name) {
            failures.push(line);
        }
        checked.push(family.name);
    }
    assert!(
        checked.contains(&"vec"),
        "the vec family must always be checked"
    );
    assert!(
        failures.is_empty(),
        "the size claim does not hold:\n{}",
        failures.join("\n")
    );
}
