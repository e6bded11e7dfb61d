//! Panic safety for every Vec variant: a panicking `Drop` or `Clone` in the middle of an
//! operation propagates, leaves the container valid and usable, and never drops an
//! element twice. Leaking the elements after a panicking drop is allowed (as in std);
//! dropping one twice is not.

mod common;

use common::{expect_panic, Counter, PanicOnClone, PanicOnDrop, Tracked};

/// An element that may panic when dropped and detects being dropped twice.
///
/// `bomb` is dropped first; if it panics, `tracked` is still dropped by the unwinding
/// drop glue, so the two counters agree on how many elements were dropped at all.
#[derive(Debug)]
struct Bomb {
    // Never read: it acts only through its `Drop`.
    #[allow(dead_code)]
    bomb: PanicOnDrop,
    tracked: Tracked,
}

/// The two counters a test with `Bomb`s checks.
struct Counters {
    bombs: Counter,
    tracked: Counter,
}

impl Counters {
    fn new() -> Self {
        Counters {
            bombs: Counter::new(),
            tracked: Counter::new(),
        }
    }

    /// A bomb with value `v`, which panics on drop if `panic` is set.
    fn bomb(&self, v: u64, panic: bool) -> Bomb {
        Bomb {
            bomb: PanicOnDrop::new(&self.bombs, panic),
            tracked: self.tracked.elem(v),
        }
    }

    /// No element was dropped more than once (`Tracked` also asserts this per element).
    #[track_caller]
    fn never_twice(&self) {
        assert!(
            self.bombs.dropped() <= self.bombs.made(),
            "an element was dropped twice"
        );
        assert!(
            self.tracked.dropped() <= self.tracked.made(),
            "an element was dropped twice"
        );
        assert_eq!(self.bombs.dropped(), self.tracked.dropped());
    }

    /// Elements made and not yet dropped.
    fn live(&self) -> usize {
        self.tracked.live()
    }
}

/// Instantiates the panic-safety tests for one variant, given as a type alias `V<T>`.
macro_rules! panic_tests {
    ($name:ident, $T:ident => $ty:ty) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            type V<$T> = $ty;

            /// `n` bombs, of which only the one at `panic_at` panics when dropped.
            fn bombs(c: &Counters, n: u64, panic_at: u64) -> V<Bomb> {
                let mut v = V::<Bomb>::new();
                for i in 0..n {
                    v.push(c.bomb(i, i == panic_at));
                }
                v
            }

            fn values(v: &V<Bomb>) -> Vec<u64> {
                v.iter().map(|b| b.tracked.value).collect()
            }

            /// After the panic: the container holds exactly `expect`, and works.
            #[track_caller]
            fn still_usable(c: &Counters, mut v: V<Bomb>, expect: &[u64]) {
                assert_eq!(v.len(), expect.len());
                assert_eq!(values(&v), expect);
                v.push(c.bomb(1000, false));
                assert_eq!(v.len(), expect.len() + 1);
                assert_eq!(v.last().map(|b| b.tracked.value), Some(1000));
                assert_eq!(v.pop().map(|b| b.tracked.value), Some(1000));
                v.push(c.bomb(1001, false));
                drop(v);
                c.never_twice();
            }

            #[test]
            fn drop_panics_during_truncate() {
                for n in [3, 12] {
                    let c = Counters::new();
                    let mut v = bombs(&c, n, n - 2);
                    let msg = expect_panic(|| v.truncate(1));
                    assert!(msg.contains("PanicOnDrop"), "{msg}");
                    c.never_twice();
                    // std drops the whole tail, going on past the panic, and is left with
                    // length 1. Dropping from the back and stopping at the panic is valid
                    // too: the elements after the panicking one are dropped, and the ones
                    // before it are still owned by the vector.
                    let k = v.len() as u64;
                    assert!((1..=n - 2).contains(&k), "len {k} after truncate(1) of {n}");
                    assert!(c.live() >= k as usize);
                    still_usable(&c, v, &(0..k).collect::<Vec<_>>());
                }
            }

            #[test]
            fn drop_panics_during_clear() {
                for n in [1, 4, 12] {
                    let c = Counters::new();
                    let mut v = bombs(&c, n, 0);
                    let msg = expect_panic(|| v.clear());
                    assert!(msg.contains("PanicOnDrop"), "{msg}");
                    c.never_twice();
                    still_usable(&c, v, &[]);
                }
            }

            #[test]
            fn drop_panics_during_container_drop() {
                for n in [1, 4, 12] {
                    for at in [0, n / 2, n - 1] {
                        let c = Counters::new();
                        let v = bombs(&c, n, at);
                        let msg = expect_panic(move || drop(v));
                        assert!(msg.contains("PanicOnDrop"), "{msg}");
                        c.never_twice();
                        assert!(c.bombs.dropped() >= 1);
                    }
                }
            }

            #[test]
            fn drop_panics_during_into_iter_drop() {
                for n in [4, 12] {
                    let c = Counters::new();
                    let v = bombs(&c, n, n / 2);
                    let mut it = v.into_iter();
                    let first = it.next().unwrap();
                    let back = it.next_back().unwrap();
                    let msg = expect_panic(move || drop(it));
                    assert!(msg.contains("PanicOnDrop"), "{msg}");
                    c.never_twice();
                    // The elements already yielded belong to the caller and are still live.
                    assert_eq!((first.tracked.value, back.tracked.value), (0, n - 1));
                    assert!(c.live() >= 2);
                    drop((first, back));
                    c.never_twice();
                }
            }

            #[test]
            fn drop_panics_at_the_start_of_the_truncated_tail() {
                // Whichever end the tail is dropped from, the vector ends at the new length.
                let c = Counters::new();
                let mut v = bombs(&c, 8, 2);
                let msg = expect_panic(|| v.truncate(2));
                assert!(msg.contains("PanicOnDrop"), "{msg}");
                c.never_twice();
                still_usable(&c, v, &[0, 1]);
            }

            /// `n` elements with values `0..n`, the clone of value `panic_at` panicking.
            fn clonables(c: &Counter, n: u64, panic_at: u64) -> V<PanicOnClone> {
                let mut v = V::<PanicOnClone>::new();
                for i in 0..n {
                    v.push(PanicOnClone::new(c, i, panic_at));
                }
                v
            }

            fn clone_values(v: &V<PanicOnClone>) -> Vec<u64> {
                v.iter().map(|x| x.value).collect()
            }

            #[test]
            fn clone_panics_during_clone() {
                for (n, at) in [(1, 0), (10, 0), (10, 5), (10, 9)] {
                    let c = Counter::new();
                    let src = clonables(&c, n, at);
                    let msg = expect_panic(|| src.clone());
                    assert!(msg.contains("PanicOnClone"), "{msg}");
                    // The partial clone was dropped; the source is untouched.
                    assert_eq!(
                        c.live(),
                        n as usize,
                        "made - dropped != elements the source owns: the clones made before \
                         the panic were leaked (or something was dropped twice)"
                    );
                    assert_eq!(clone_values(&src), (0..n).collect::<Vec<_>>());
                    drop(src);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn clone_panics_during_extend_from_slice() {
                let c = Counter::new();
                let src: Vec<PanicOnClone> = (0..10).map(|i| PanicOnClone::new(&c, i, 5)).collect();
                let mut dst = V::<PanicOnClone>::new();
                dst.push(PanicOnClone::new(&c, 100, 5));
                dst.push(PanicOnClone::new(&c, 101, 5));
                let msg = expect_panic(|| dst.extend_from_slice(&src));
                assert!(msg.contains("PanicOnClone"), "{msg}");
                check_after_clone_panic(&c, &src, dst);
            }

            #[test]
            fn clone_panics_during_extend_cloned() {
                let c = Counter::new();
                let src: Vec<PanicOnClone> = (0..10).map(|i| PanicOnClone::new(&c, i, 5)).collect();
                let mut dst = V::<PanicOnClone>::new();
                dst.push(PanicOnClone::new(&c, 100, 5));
                dst.push(PanicOnClone::new(&c, 101, 5));
                let msg = expect_panic(|| dst.extend(src.iter().cloned()));
                assert!(msg.contains("PanicOnClone"), "{msg}");
                check_after_clone_panic(&c, &src, dst);
            }

            /// After a clone of element 5 of `src` panicked while extending `dst` (which
            /// held 100 and 101): `src` is untouched; `dst` holds its own elements plus a
            /// prefix of the clones; every element is owned by exactly one of them.
            #[track_caller]
            fn check_after_clone_panic(
                c: &Counter,
                src: &[PanicOnClone],
                mut dst: V<PanicOnClone>,
            ) {
                assert_eq!(
                    src.iter().map(|x| x.value).collect::<Vec<_>>(),
                    (0..10).collect::<Vec<_>>()
                );
                let got = clone_values(&dst);
                assert!(got.len() >= 2 && got.len() <= 7, "{got:?}");
                assert_eq!(got[..2], [100, 101]);
                assert_eq!(got[2..], (0..got.len() as u64 - 2).collect::<Vec<_>>()[..]);
                assert_eq!(
                    c.live(),
                    src.len() + dst.len(),
                    "made - dropped != live elements owned"
                );
                dst.push(PanicOnClone::new(c, 200, 5));
                assert_eq!(dst.last().map(|x| x.value), Some(200));
                drop(dst);
                assert_eq!(c.live(), src.len());
            }

            #[test]
            fn clone_panics_during_resize() {
                let c = Counter::new();
                let mut v = clonables(&c, 2, 7);
                let msg = expect_panic(|| v.resize(6, PanicOnClone::new(&c, 7, 7)));
                assert!(msg.contains("PanicOnClone"), "{msg}");
                // The fill value was dropped; the vector is as before.
                assert_eq!(clone_values(&v), [0, 1]);
                assert_eq!(c.live(), 2);
                v.push(PanicOnClone::new(&c, 2, 7));
                drop(v);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn out_of_bounds_insert_drops_the_value_once() {
                let c = Counter::new();
                let mut v = V::<Tracked>::new();
                v.push(c.elem(0));
                let msg = expect_panic(|| v.insert(3, c.elem(1)));
                assert_eq!(msg, "insertion index (is 3) should be <= len (is 1)");
                assert_eq!(c.live(), 1, "the rejected value leaked or was kept");
                assert_eq!(v.len(), 1);
                drop(v);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn panicking_retain_predicate_keeps_the_vector_valid() {
                let c = Counter::new();
                let mut v = V::<Tracked>::new();
                v.extend((0..10).map(|i| c.elem(i)));
                let msg = expect_panic(|| {
                    v.retain(|t| {
                        if t.value == 6 {
                            panic!("predicate panic");
                        }
                        t.value % 2 == 0
                    })
                });
                assert_eq!(msg, "predicate panic");
                // 1, 3 and 5 were removed before the panic; the rest must still be there
                // (std keeps undecided elements) and nothing is dropped twice.
                let vals: Vec<u64> = v.iter().map(|t| t.value).collect();
                assert_eq!(c.live(), vals.len());
                assert!(vals.starts_with(&[0, 2, 4]), "{vals:?}");
                v.push(c.elem(50));
                drop(v);
                assert_eq!(c.live(), 0);
            }
        }
    };
}

panic_tests!(small, T => sizespeed::small::Vec<T>);
panic_tests!(medium, T => sizespeed::medium::Vec<T>);
panic_tests!(fast, T => sizespeed::fast::Vec<T>);
panic_tests!(inline, T => sizespeed::inline::Vec<T>);
panic_tests!(inline_n2, T => sizespeed::inline::InlineVec<T, 2>);
panic_tests!(thin, T => sizespeed::thin::Vec<T>);
panic_tests!(boxed, T => sizespeed::boxed::Vec<T>);

/// Panic safety of `drain`, `splice` and `extract_if`, for the variants that
/// have them. `$exact` says whether a panicking element drop inside a drain still drops
/// every other element (std, fast, small, inline) or may leak the tail (thin, whose
/// backing crate's `Drain` stops there; nothing is dropped twice either way).
macro_rules! parity_panic_tests {
    ($name:ident, $exact:expr, $T:ident => $ty:ty) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            type V<$T> = $ty;

            fn bombs(c: &Counters, n: u64, panic_at: u64) -> V<Bomb> {
                (0..n).map(|i| c.bomb(i, i == panic_at)).collect()
            }

            fn values(v: &V<Bomb>) -> Vec<u64> {
                v.iter().map(|b| b.tracked.value).collect()
            }

            #[test]
            fn extract_if_predicate_panics() {
                for panic_after in [0usize, 2, 5] {
                    let c = Counters::new();
                    let mut v = bombs(&c, 10, u64::MAX);
                    let mut calls = 0;
                    let mut taken = Vec::new();
                    let msg = expect_panic(|| {
                        for b in v.extract_if(1..9, |b| {
                            calls += 1;
                            if calls > panic_after {
                                panic!("predicate panic");
                            }
                            b.tracked.value % 2 == 1
                        }) {
                            taken.push(b);
                        }
                    });
                    assert_eq!(msg, "predicate panic");
                    // Removed before the panic: handed out. Everything else stays, in
                    // order, including the element the predicate panicked on.
                    let took: Vec<u64> = taken.iter().map(|b| b.tracked.value).collect();
                    let mut want: Vec<u64> = (0..10).filter(|x| !took.contains(x)).collect();
                    want.sort();
                    assert_eq!(values(&v), want);
                    assert_eq!(c.live(), 10);
                    drop(taken);
                    drop(v);
                    assert_eq!(c.live(), 0);
                    c.never_twice();
                }
            }

            #[test]
            fn drain_drop_panics_on_an_unyielded_element() {
                for (s, e, at) in [(1u64, 6u64, 3u64), (0, 10, 0), (2, 4, 3)] {
                    let c = Counters::new();
                    let mut v = bombs(&c, 10, at);
                    let msg = expect_panic(|| drop(v.drain(s as usize..e as usize)));
                    assert!(msg.contains("PanicOnDrop"), "{msg}");
                    c.never_twice();
                    let vals = values(&v);
                    let mut full: Vec<u64> = (0..s).collect();
                    full.extend(e..10);
                    if $exact {
                        assert_eq!(vals, full);
                        assert_eq!(c.live(), full.len());
                    } else {
                        // The prefix stays; the tail is back or leaked.
                        assert!(
                            vals == full || vals == (0..s).collect::<Vec<_>>(),
                            "{vals:?}"
                        );
                    }
                    v.push(c.bomb(100, false));
                    drop(v);
                    c.never_twice();
                    if $exact {
                        assert_eq!(c.live(), 0);
                    }
                }
            }

            #[test]
            fn splice_replacement_iterator_panics() {
                for k_before_panic in [0u64, 1, 4] {
                    let c = Counters::new();
                    let mut v = bombs(&c, 8, u64::MAX);
                    let new = (100..120).map(|i| {
                        if i == 100 + k_before_panic {
                            panic!("iterator panic");
                        }
                        c.bomb(i, false)
                    });
                    let msg = expect_panic(|| drop(v.splice(2..5, new)));
                    assert_eq!(msg, "iterator panic");
                    c.never_twice();
                    let vals = values(&v);
                    // The prefix and the tail are whole; between them, only new items.
                    assert_eq!(&vals[..2], [0, 1]);
                    assert_eq!(&vals[vals.len() - 3..], [5, 6, 7]);
                    assert!(
                        vals[2..vals.len() - 3].iter().all(|&x| x >= 100),
                        "{vals:?}"
                    );
                    v.push(c.bomb(200, false));
                    drop(v);
                    assert_eq!(c.live(), 0);
                    c.never_twice();
                }
            }

            #[test]
            fn splice_drop_panics_on_a_replaced_element() {
                let c = Counters::new();
                let mut v = bombs(&c, 6, 2);
                let new: Vec<Bomb> = (100..104).map(|i| c.bomb(i, false)).collect();
                let msg = expect_panic(|| drop(v.splice(1..4, new)));
                assert!(msg.contains("PanicOnDrop"), "{msg}");
                c.never_twice();
                let vals = values(&v);
                assert_eq!(vals.first(), Some(&0));
                v.push(c.bomb(200, false));
                drop(v);
                c.never_twice();
            }
        }
    };
}

parity_panic_tests!(small_parity, true, T => sizespeed::small::Vec<T>);
parity_panic_tests!(medium_parity, true, T => sizespeed::medium::Vec<T>);
parity_panic_tests!(fast_parity, true, T => sizespeed::fast::Vec<T>);
parity_panic_tests!(inline_parity, true, T => sizespeed::inline::Vec<T>);
parity_panic_tests!(inline_n2_parity, true, T => sizespeed::inline::InlineVec<T, 2>);
parity_panic_tests!(thin_parity, false, T => sizespeed::thin::Vec<T>);
