//! Interleaved timing of the sorts: `fast` against `small` on the inputs of the `sort`
//! bench, each round timing both variants back to back on the same input.
//!
//! Criterion measures one function after the other, so a slow phase of a shared machine
//! (seconds long, common on virtual machines) lands on one variant only and moves their
//! ratio. Here each round times both variants within a fraction of a second, alternating
//! which goes first, so a slow phase hits both. The table gives, per input, the best and
//! the median round of each variant and the two ratios small/fast.
//!
//! `cargo bench --bench sort_ab` (21 rounds; `SORT_AB_ROUNDS` sets another number) prints
//! the table and saves it as `target/criterion/sort_ab.md`, which
//! `cargo run --release -p size-reports -- speed` adds to `size-reports/speed.md`. Run
//! without `--bench` (as `cargo test --benches` does), it sorts small inputs once and
//! checks the results against each other instead.

mod common;

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use common::{sort_input, Record40, SortElem};

/// One sort under test: `fast` or `small`, stable or not.
type SortFn<T> = fn(&mut [T]);

/// The sorts of one input: (operation name, fast, small).
fn sorts<T: SortElem>() -> [(&'static str, SortFn<T>, SortFn<T>); 2] {
    [
        (
            "sort_unstable",
            |v| sizespeed::fast::sort_unstable_by(v, T::compare),
            |v| sizespeed::small::sort_unstable_by(v, T::compare),
        ),
        (
            "sort",
            |v| sizespeed::fast::sort_by(v, T::compare),
            |v| sizespeed::small::sort_by(v, T::compare),
        ),
    ]
}

/// Copies `input` into `buf` (reusing its memory), then times `sort` on it.
fn time<T: SortElem>(input: &[T], buf: &mut Vec<T>, sort: SortFn<T>) -> f64 {
    buf.clone_from_slice(input);
    let start = Instant::now();
    sort(black_box(&mut buf[..]));
    let t = start.elapsed().as_secs_f64();
    black_box(&buf);
    t
}

/// The `q`-quantile of `v` (sorted in place).
fn quantile(v: &mut [f64], q: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() - 1) as f64 * q).round() as usize]
}

/// Times both variants of each sort of `n` random `T`s for `rounds` rounds (after one
/// round not counted) and appends a table row per sort to `out`.
fn measure<T: SortElem>(n: usize, rounds: usize, out: &mut String) {
    let input: Vec<T> = sort_input(n);
    let (mut a, mut b) = (input.clone(), input.clone());
    for (op, fast, small) in sorts::<T>() {
        let (mut tf, mut ts) = (Vec::new(), Vec::new());
        for round in 0..=rounds {
            let (f, s) = if round % 2 == 0 {
                let f = time(&input, &mut a, fast);
                (f, time(&input, &mut b, small))
            } else {
                let s = time(&input, &mut b, small);
                (time(&input, &mut a, fast), s)
            };
            if round > 0 {
                tf.push(f);
                ts.push(s);
            }
        }
        let (fb, sb) = (quantile(&mut tf, 0.0), quantile(&mut ts, 0.0));
        let (fm, sm) = (quantile(&mut tf, 0.5), quantile(&mut ts, 0.5));
        let _ = writeln!(
            out,
            "| {op} | {} | {n} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} |",
            T::NAME,
            fb * 1e3,
            fm * 1e3,
            sb * 1e3,
            sm * 1e3,
            sb / fb,
            sm / fm
        );
    }
}

/// Sorts `n` random `T`s with each variant once and checks that both orders agree.
fn smoke<T: SortElem>(n: usize) {
    let input: Vec<T> = sort_input(n);
    for (op, fast, small) in sorts::<T>() {
        let (mut a, mut b) = (input.clone(), input.clone());
        fast(&mut a);
        small(&mut b);
        let same = a
            .iter()
            .zip(&b)
            .all(|(x, y)| T::compare(x, y) == std::cmp::Ordering::Equal);
        assert!(same, "{op} of {} disagrees with std", T::NAME);
    }
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        smoke::<u64>(1000);
        smoke::<Record40>(1000);
        smoke::<String>(1000);
        println!("sort_ab: smoke run passed (run with `cargo bench` to time)");
        return;
    }
    let rounds = std::env::var("SORT_AB_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(21);
    let mut out = format!(
        "{rounds} rounds; times in ms.\n\n\
         | op | elem | n | fast best | fast median | small best | small median | \
         small/fast best | small/fast median |\n\
         |---|---|---:|---:|---:|---:|---:|---:|---:|\n"
    );
    measure::<u64>(1_000_000, rounds, &mut out);
    measure::<Record40>(100_000, rounds, &mut out);
    measure::<String>(100_000, rounds, &mut out);
    print!("{out}");
    // Beside criterion's results, where `size-reports -- speed` adds it to speed.md.
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
        .join("criterion");
    if let Err(e) =
        std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(dir.join(REPORT), &out))
    {
        eprintln!("sort_ab: cannot write {}: {e}", dir.join(REPORT).display());
    }
}

/// The file, in criterion's output directory, that holds the latest table.
const REPORT: &str = "sort_ab.md";
