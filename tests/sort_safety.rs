//! Panic safety, inconsistent comparators and adversarial inputs for the small sorts, and
//! for medium's, the same algorithms with one copy per element shape.
//!
//! After a comparator panics, the slice must hold every element exactly once (checked with
//! unique ids) and every element must be dropped exactly once afterwards (checked with
//! `Counter`/`Tracked`, which also detect double drops).

mod common;

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::panic::{catch_unwind, AssertUnwindSafe};

use common::{Align64, Counter, Tracked};
use sizespeed::{medium, small};

/// A xorshift generator: deterministic inputs and comparator answers.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// A shuffled permutation of `0..n`.
fn shuffled(n: usize, seed: u64) -> Vec<u64> {
    let mut rng = Rng(seed | 1);
    let mut v: Vec<u64> = (0..n as u64).collect();
    for i in (1..n).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
    v
}

/// The operations under test, each driven by a comparator on ids.
#[derive(Clone, Copy, Debug)]
enum Op {
    Sort,
    SortUnstable,
    SortByKey,
    SortUnstableByKey,
    Select,
    Dedup,
    MediumSort,
    MediumSortUnstable,
    MediumSelect,
    MediumDedup,
}

/// Every operation; under Miri, medium's dedup and selection are left to the other tests.
const OPS: &[Op] = if cfg!(miri) {
    &[
        Op::Sort,
        Op::SortUnstable,
        Op::SortByKey,
        Op::SortUnstableByKey,
        Op::Select,
        Op::Dedup,
        Op::MediumSort,
        Op::MediumSortUnstable,
    ]
} else {
    &[
        Op::Sort,
        Op::SortUnstable,
        Op::SortByKey,
        Op::SortUnstableByKey,
        Op::Select,
        Op::Dedup,
        Op::MediumSort,
        Op::MediumSortUnstable,
        Op::MediumSelect,
        Op::MediumDedup,
    ]
};

/// Runs `op` on `v` with `cmp` as the order of the elements' ids.
fn run<T>(op: Op, v: &mut [T], id: fn(&T) -> u64, cmp: &mut dyn FnMut(u64, u64) -> Ordering) {
    match op {
        Op::Sort => small::sort_by(v, |a, b| cmp(id(a), id(b))),
        Op::SortUnstable => small::sort_unstable_by(v, |a, b| cmp(id(a), id(b))),
        Op::SortByKey => small::sort_by_key(v, |a| {
            // A key function that can panic: compare against 0 to count a call.
            let _ = cmp(id(a), 0);
            id(a) % 13
        }),
        Op::SortUnstableByKey => small::sort_unstable_by_key(v, |a| {
            let _ = cmp(id(a), 0);
            id(a) % 13
        }),
        Op::Select => {
            if !v.is_empty() {
                let index = v.len() / 3;
                small::select_nth_unstable_by(v, index, |a, b| cmp(id(a), id(b)));
            }
        }
        Op::Dedup => {
            small::dedup_by(v, |a, b| cmp(id(a) / 2, id(b) / 2) == Ordering::Equal);
        }
        Op::MediumSort => medium::sort_by(v, |a, b| cmp(id(a), id(b))),
        Op::MediumSortUnstable => medium::sort_unstable_by(v, |a, b| cmp(id(a), id(b))),
        Op::MediumSelect => {
            if !v.is_empty() {
                let index = v.len() / 3;
                medium::select_nth_unstable_by(v, index, |a, b| cmp(id(a), id(b)));
            }
        }
        Op::MediumDedup => {
            medium::dedup_by(v, |a, b| cmp(id(a) / 2, id(b) / 2) == Ordering::Equal);
        }
    }
}

/// How many comparator calls `op` makes on `n` elements of the type `make` builds (the
/// core may pick its algorithm by element size, so the count depends on the type).
fn calls<T>(op: Op, n: usize, seed: u64, make: impl Fn(u64) -> T, id: fn(&T) -> u64) -> usize {
    let mut v: Vec<T> = shuffled(n, seed).into_iter().map(make).collect();
    let mut count = 0;
    run(op, &mut v, id, &mut |a, b| {
        count += 1;
        a.cmp(&b)
    });
    count
}

fn sizes() -> &'static [usize] {
    if cfg!(miri) {
        &[2, 5, 21, 40]
    } else {
        &[2, 5, 17, 21, 50, 64, 300, 1000]
    }
}

/// Panic points to try for a run of `total` comparator calls.
fn panic_points(total: usize) -> Vec<usize> {
    let budget = if cfg!(miri) { 6 } else { 60 };
    let step = (total / budget).max(1);
    (1..=total).step_by(step).chain([total]).collect()
}

/// Runs `op` on `n` drop-counting elements with a comparator that panics at call `k`,
/// then checks that the slice still holds each element once and that drops balance.
fn panic_at_call_keeps_tracked_elements(op: Op, n: usize, seed: u64, k: usize, total: usize) {
    let counter = Counter::new();
    let ids = shuffled(n, seed);
    let mut v: Vec<Tracked> = ids.iter().map(|&i| counter.elem(i)).collect();
    let mut seen = 0;
    let result = catch_unwind(AssertUnwindSafe(|| {
        run(op, &mut v, |t| t.value, &mut |a, b| {
            seen += 1;
            if seen == k {
                panic!("comparator panic at call {k}");
            }
            a.cmp(&b)
        })
    }));
    assert!(
        result.is_err(),
        "{op:?} n={n}: no panic at call {k} of {total}"
    );
    let mut got: Vec<u64> = v.iter().map(|t| t.value).collect();
    got.sort_unstable();
    assert!(
        got.iter().copied().eq(0..n as u64),
        "{op:?} n={n} k={k}: not a permutation"
    );
    drop(v);
    assert_eq!(
        counter.live(),
        0,
        "{op:?} n={n} k={k}: drops do not balance"
    );
    assert_eq!(counter.made(), n);
}

#[test]
fn panicking_comparator_keeps_a_permutation_of_tracked_elements() {
    for &n in sizes() {
        for &op in OPS {
            let seed = n as u64 * 7 + 3;
            let probe = Counter::new();
            let total = calls(op, n, seed, |i| probe.elem(i), |t| t.value);
            for k in panic_points(total) {
                panic_at_call_keeps_tracked_elements(op, n, seed, k, total);
            }
        }
    }
}

#[test]
fn panicking_comparator_in_short_runs_at_every_call() {
    // Short runs of elements with drop glue (8 to 20 of them) are sorted into a buffer
    // half by half and merged back from both ends: a panic in the merge must leave the
    // buffer's copy in the slice. Every call of the comparator is tried.
    let sizes: &[usize] = if cfg!(miri) {
        &[9, 20]
    } else {
        &[8, 9, 13, 20]
    };
    for &n in sizes {
        for op in [
            Op::Sort,
            Op::SortUnstable,
            Op::MediumSort,
            Op::MediumSortUnstable,
        ] {
            let seed = n as u64 * 5 + 1;
            let probe = Counter::new();
            let total = calls(op, n, seed, |i| probe.elem(i), |t| t.value);
            for k in 1..=total {
                panic_at_call_keeps_tracked_elements(op, n, seed, k, total);
            }
        }
    }
}

#[test]
fn panicking_comparator_on_specialised_and_aligned_sizes() {
    // u64 (8 bytes), (u64, u64) (16), [u64; 3] (24), u32 (4), [u64; 5] (40), Align64 and
    // [u64; 12] (96) take different move paths in the core; all but Align64
    // (over-aligned), [u64; 12] (above 64 bytes) and the drop-counting elements above
    // sort short runs by rank (stable sorts) or along a sorting network (unstable sorts),
    // moving the elements up to 16 bytes and exchanging indices above. Elements above 64
    // bytes are partitioned in blocks, the others by Lomuto's scheme.
    fn check<T: Clone>(make: fn(u64) -> T, id: fn(&T) -> u64) {
        // Under Miri, one short run and one slice that partitions (the longest test
        // there): the tracked-element tests cover the other lengths.
        let sizes: &[usize] = if cfg!(miri) { &[5, 40] } else { sizes() };
        for &n in sizes {
            for &op in OPS {
                let seed = n as u64 + 11;
                let total = calls(op, n, seed, make, id);
                for k in panic_points(total) {
                    let mut v: Vec<T> = shuffled(n, seed).into_iter().map(make).collect();
                    let mut seen = 0;
                    let r = catch_unwind(AssertUnwindSafe(|| {
                        run(op, &mut v, id, &mut |a, b| {
                            seen += 1;
                            if seen == k {
                                panic!("planned");
                            }
                            a.cmp(&b)
                        })
                    }));
                    assert!(r.is_err());
                    let mut got: Vec<u64> = v.iter().map(id).collect();
                    got.sort_unstable();
                    assert!(got.iter().copied().eq(0..n as u64), "{op:?} n={n} k={k}");
                }
            }
        }
    }
    check(|i| i, |x| *x);
    check(|i| i as u32, |x| u64::from(*x));
    check(|i| (i, !i), |x| x.0);
    check(|i| [i, 1, 2], |x| x[0]);
    check(|i| [i, 1, 2, 3, 4], |x| x[0]);
    check(Align64, |x| x.0);
    check(|i| [i; 12], |x| x[0]);
}

#[test]
fn inconsistent_comparator_keeps_a_permutation() {
    let sizes: &[usize] = if cfg!(miri) {
        &[3, 21, 60]
    } else {
        &[3, 20, 21, 50, 100, 257, 1000, 5000]
    };
    for &n in sizes {
        for seed in 1..if cfg!(miri) { 2 } else { 6 } {
            for &op in OPS {
                let counter = Counter::new();
                let mut v: Vec<Tracked> =
                    shuffled(n, seed).iter().map(|&i| counter.elem(i)).collect();
                let mut rng = Rng(seed * 0x9e37_79b9 + n as u64);
                run(op, &mut v, |t| t.value, &mut |_, _| match rng.next() % 3 {
                    0 => Ordering::Less,
                    1 => Ordering::Equal,
                    _ => Ordering::Greater,
                });
                let mut got: Vec<u64> = v.iter().map(|t| t.value).collect();
                got.sort_unstable();
                assert!(got.iter().copied().eq(0..n as u64), "{op:?} n={n}");
                drop(v);
                assert_eq!(counter.live(), 0);

                // And on plain u64s, which take the 8-byte path.
                let mut v = shuffled(n, seed);
                let mut rng = Rng(seed * 31 + n as u64);
                run(op, &mut v, |x| *x, &mut |_, _| {
                    if rng.next() & 1 == 0 {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    }
                });
                v.sort_unstable();
                assert!(v.iter().copied().eq(0..n as u64), "{op:?} n={n} (u64)");

                // And on 96-byte elements, which are partitioned in blocks.
                let mut v: Vec<[u64; 12]> = shuffled(n, seed).iter().map(|&i| [i; 12]).collect();
                let mut rng = Rng(seed * 17 + n as u64);
                run(op, &mut v, |x| x[0], &mut |_, _| match rng.next() % 3 {
                    0 => Ordering::Less,
                    1 => Ordering::Equal,
                    _ => Ordering::Greater,
                });
                let mut got: Vec<u64> = v.iter().map(|x| x[0]).collect();
                got.sort_unstable();
                assert!(
                    got.iter().copied().eq(0..n as u64),
                    "{op:?} n={n} (96 bytes)"
                );
                assert!(
                    v.iter().all(|x| x.iter().all(|&w| w == x[0])),
                    "torn element"
                );
            }
        }
    }
}

/// McIlroy's "killer adversary for quicksort": the comparator decides the values of
/// elements lazily, so that the pivot candidate always turns out to be small. The answers
/// are consistent with a total order, so every sort must finish and sort correctly, but a
/// quicksort without a worst-case guard does `O(n^2)` comparisons.
struct Adversary {
    val: Vec<usize>,
    gas: usize,
    solid: usize,
    candidate: usize,
    comparisons: usize,
}

impl Adversary {
    fn new(n: usize) -> Self {
        Adversary {
            val: vec![n; n],
            gas: n,
            solid: 0,
            candidate: 0,
            comparisons: 0,
        }
    }
    fn freeze(&mut self, x: usize) {
        self.val[x] = self.solid;
        self.solid += 1;
    }
    fn cmp(&mut self, x: usize, y: usize) -> Ordering {
        self.comparisons += 1;
        if self.val[x] == self.gas && self.val[y] == self.gas {
            if x == self.candidate {
                self.freeze(x)
            } else {
                self.freeze(y)
            }
        }
        if self.val[x] == self.gas {
            self.candidate = x;
        } else if self.val[y] == self.gas {
            self.candidate = y;
        }
        self.val[x].cmp(&self.val[y])
    }
}

#[test]
fn adversarial_input_takes_n_log_n_comparisons() {
    let sizes: &[usize] = if cfg!(miri) {
        &[100]
    } else {
        &[1_000, 10_000, 100_000]
    };
    for &n in sizes {
        let bound = 6.0 * n as f64 * (n as f64).log2();
        let adv = RefCell::new(Adversary::new(n));
        let mut v: Vec<usize> = (0..n).collect();
        small::sort_unstable_by(&mut v, |a, b| adv.borrow_mut().cmp(*a, *b));
        let adv = adv.into_inner();
        // The values the adversary settled on (gas elements are all equal and largest).
        assert!(
            v.windows(2).all(|w| adv.val[w[0]] <= adv.val[w[1]]),
            "not sorted"
        );
        assert!(
            (adv.comparisons as f64) <= bound,
            "sort_unstable: {} comparisons for n = {n}, bound {bound}",
            adv.comparisons
        );

        let adv = RefCell::new(Adversary::new(n));
        let mut v: Vec<usize> = (0..n).collect();
        small::sort_by(&mut v, |a, b| adv.borrow_mut().cmp(*a, *b));
        let adv = adv.into_inner();
        assert!(
            v.windows(2).all(|w| adv.val[w[0]] <= adv.val[w[1]]),
            "not sorted"
        );
        assert!(
            (adv.comparisons as f64) <= bound,
            "sort: {} comparisons for n = {n}, bound {bound}",
            adv.comparisons
        );

        let adv = RefCell::new(Adversary::new(n));
        let mut v: Vec<usize> = (0..n).collect();
        let index = n / 2;
        let m =
            *small::select_nth_unstable_by(&mut v, index, |a, b| adv.borrow_mut().cmp(*a, *b)).1;
        let adv = adv.into_inner();
        assert!(v[..index].iter().all(|x| adv.val[*x] <= adv.val[m]));
        assert!(v[index + 1..].iter().all(|x| adv.val[*x] >= adv.val[m]));
        assert!(
            (adv.comparisons as f64) <= bound,
            "select_nth_unstable: {} comparisons for n = {n}, bound {bound}",
            adv.comparisons
        );
    }
}

#[test]
fn sorted_and_reversed_inputs_take_linear_comparisons() {
    let n = if cfg!(miri) { 200 } else { 100_000 };
    for reversed in [false, true] {
        let mut v: Vec<u64> = (0..n).collect();
        if reversed {
            v.reverse();
        }
        let count = Cell::new(0usize);
        let mut w = v.clone();
        small::sort_by(&mut w, |a, b| {
            count.set(count.get() + 1);
            a.cmp(b)
        });
        assert!(count.get() <= 2 * n as usize, "stable: {}", count.get());
        count.set(0);
        small::sort_unstable_by(&mut v, |a, b| {
            count.set(count.get() + 1);
            a.cmp(b)
        });
        assert!(count.get() <= 3 * n as usize, "unstable: {}", count.get());
        assert!(v.windows(2).all(|w| w[0] <= w[1]));
    }
}

#[test]
fn dedup_by_panic_leaves_what_std_leaves_in_small_vec() {
    // std's `Vec::dedup_by` drops each duplicate as it finds it; after a panic the vector
    // holds the deduplicated prefix and the elements not yet visited. small's does the
    // same, and every element is dropped exactly once.
    let mut want: Vec<u64> = (0..50).map(|i| i / 3).collect();
    let mut calls = 0;
    let r = catch_unwind(AssertUnwindSafe(|| {
        want.dedup_by(|a, b| {
            calls += 1;
            if calls == 20 {
                panic!("planned");
            }
            a == b
        })
    }));
    assert!(r.is_err());
    let counter = Counter::new();
    let mut v: small::Vec<Tracked> = (0..50).map(|i| counter.elem(i / 3)).collect();
    let mut calls = 0;
    let r = catch_unwind(AssertUnwindSafe(|| {
        v.dedup_by(|a, b| {
            calls += 1;
            if calls == 20 {
                panic!("planned");
            }
            a == b
        })
    }));
    assert!(r.is_err());
    let got: Vec<u64> = v.iter().map(|t| t.value).collect();
    assert_eq!(got, want);
    assert_eq!(counter.live(), want.len());
    v.sort();
    v.dedup();
    assert_eq!(v.len(), 17);
    drop(v);
    assert_eq!(counter.live(), 0);
}
