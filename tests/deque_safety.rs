//! Drop accounting and panic safety for every deque variant: each element is dropped
//! exactly once, and a panicking `Drop`, `Clone` or predicate leaves a valid deque.

mod common;
mod deque_support;

use std::panic::{catch_unwind, AssertUnwindSafe};

use common::{Counter, PanicOnClone, PanicOnDrop, Tracked};
use deque_support::FullDeque;

/// Builds a deque of `n` counted elements whose storage wraps around the buffer end
/// (values `0..n` front to back), with the front run and the back run both non-empty
/// once `n >= 2`.
fn wrapped_tracked<D: FullDeque<Tracked>>(c: &Counter, n: u64) -> D {
    let mut d = D::with_capacity(n as usize);
    for i in (0..n / 2).rev() {
        d.push_front(c.elem(i));
    }
    for i in n / 2..n {
        d.push_back(c.elem(i));
    }
    d
}

fn values<D: FullDeque<Tracked>>(d: &D) -> Vec<u64> {
    d.iter().map(|t| t.value).collect()
}

fn drops_exactly_once<D: FullDeque<Tracked>>() {
    for n in [0u64, 1, 2, 7, 16] {
        // clear
        let c = Counter::new();
        let mut d: D = wrapped_tracked(&c, n);
        assert_eq!(values(&d), (0..n).collect::<Vec<_>>());
        if n >= 2 {
            let (a, b) = d.as_slices();
            assert!(!a.is_empty() && !b.is_empty(), "fixture must wrap");
        }
        d.clear();
        assert_eq!(c.dropped(), n as usize);
        d.push_back(c.elem(99));
        drop(d);
        assert_eq!(c.live(), 0);

        // truncate to every length
        for keep in 0..=n as usize {
            let c = Counter::new();
            let mut d: D = wrapped_tracked(&c, n);
            d.truncate(keep);
            assert_eq!(c.dropped(), n as usize - keep);
            assert_eq!(values(&d), (0..keep as u64).collect::<Vec<_>>());
            drop(d);
            assert_eq!(c.live(), 0);
        }

        // drop
        let c = Counter::new();
        let d: D = wrapped_tracked(&c, n);
        drop(d);
        assert_eq!(c.dropped(), n as usize);
        assert_eq!(c.made(), n as usize);

        // into_iter, partially consumed from both ends
        for taken in 0..=n as usize {
            let c = Counter::new();
            let d: D = wrapped_tracked(&c, n);
            let mut it = d.into_iter();
            let mut got = Vec::new();
            for k in 0..taken {
                let x = if k % 2 == 0 {
                    it.next()
                } else {
                    it.next_back()
                };
                got.push(x.unwrap());
            }
            assert_eq!(c.dropped(), 0);
            drop(it);
            assert_eq!(c.dropped(), n as usize - taken);
            drop(got);
            assert_eq!(c.live(), 0);
        }

        // retain, shrink, make_contiguous, swap move elements but never drop or copy them
        let c = Counter::new();
        let mut d: D = wrapped_tracked(&c, n);
        d.make_contiguous();
        if n > 1 {
            d.swap(0, n as usize - 1);
        }
        d.reserve(10);
        d.shrink_to_fit();
        assert_eq!(c.dropped(), 0);
        d.retain(&mut |t| t.value % 3 == 0);
        assert_eq!(c.live(), d.len());
        drop(d);
        assert_eq!(c.live(), 0);
    }
}

/// A deque of panic-on-drop elements, wrapped, with the panicking one at `at`.
fn with_bomb<D: FullDeque<PanicOnDrop>>(c: &Counter, n: usize, at: usize) -> D {
    let mut d = D::with_capacity(n);
    let half = n / 2;
    for i in (0..half).rev() {
        d.push_front(PanicOnDrop::new(c, i == at));
    }
    for i in half..n {
        d.push_back(PanicOnDrop::new(c, i == at));
    }
    d
}

fn panic_on_drop_in_clear_truncate_drop<D: FullDeque<PanicOnDrop>>() {
    let n = 9;
    for at in 0..n {
        // clear: every element is dropped once, the deque is empty and usable.
        let c = Counter::new();
        let mut d: D = with_bomb(&c, n, at);
        let r = catch_unwind(AssertUnwindSafe(|| d.clear()));
        assert!(r.is_err());
        assert_eq!(c.dropped(), n, "each element dropped exactly once");
        assert!(d.is_empty());
        d.push_back(PanicOnDrop::new(&c, false));
        d.push_front(PanicOnDrop::new(&c, false));
        assert_eq!(d.len(), 2);
        drop(d);
        assert_eq!(c.live(), 0);

        // truncate: the kept prefix survives intact.
        for keep in 0..at {
            let c = Counter::new();
            let mut d: D = with_bomb(&c, n, at);
            let r = catch_unwind(AssertUnwindSafe(|| d.truncate(keep)));
            assert!(r.is_err());
            assert_eq!(d.len(), keep);
            assert_eq!(c.dropped(), n - keep);
            drop(d);
            assert_eq!(c.live(), 0);
        }

        // drop of the whole deque
        let c = Counter::new();
        let d: D = with_bomb(&c, n, at);
        let r = catch_unwind(AssertUnwindSafe(move || drop(d)));
        assert!(r.is_err());
        assert_eq!(c.dropped(), n);

        // drop of a partially consumed owning iterator
        let c = Counter::new();
        let d: D = with_bomb(&c, n, at);
        let mut it = d.into_iter();
        let first = it.next().unwrap();
        let r = catch_unwind(AssertUnwindSafe(move || drop(it)));
        assert_eq!(r.is_err(), at != 0);
        assert_eq!(c.dropped(), n - 1);
        let r = catch_unwind(AssertUnwindSafe(move || drop(first)));
        assert_eq!(r.is_err(), at == 0);
        assert_eq!(c.live(), 0);
    }
}

fn panic_on_clone<D: FullDeque<PanicOnClone>>() {
    let n = 8u64;
    for at in 0..n {
        let c = Counter::new();
        let mut d = D::with_capacity(n as usize);
        for i in (0..n / 2).rev() {
            d.push_front(PanicOnClone::new(&c, i, at));
        }
        for i in n / 2..n {
            d.push_back(PanicOnClone::new(&c, i, at));
        }
        // clone: the partial clone is dropped, the original is untouched.
        let r = catch_unwind(AssertUnwindSafe(|| d.clone_deque()));
        assert!(r.is_err());
        assert_eq!(c.live(), n as usize);
        assert!(d.iter().map(|x| x.value).eq(0..n));

        // extend from clones: the elements pushed before the panic stay, in order.
        let mut e = D::new();
        e.push_back(PanicOnClone::new(&c, 100, at));
        let r = catch_unwind(AssertUnwindSafe(|| e.extend(d.iter().cloned())));
        assert!(r.is_err());
        assert_eq!(e.len(), 1 + at as usize);
        assert!(e
            .iter()
            .map(|x| x.value)
            .eq(std::iter::once(100).chain(0..at)));
        assert_eq!(c.live(), n as usize + e.len());
        e.push_front(PanicOnClone::new(&c, 200, at));
        drop(e);
        drop(d);
        assert_eq!(c.live(), 0);
    }
}

fn panic_in_retain<D: FullDeque<Tracked>>(ordered: bool) {
    let n = 10u64;
    for at in 0..n {
        let c = Counter::new();
        let mut d: D = wrapped_tracked(&c, n);
        let r = catch_unwind(AssertUnwindSafe(|| {
            d.retain(&mut |t| {
                if t.value == at {
                    panic!("predicate panics");
                }
                t.value % 2 == 0
            })
        }));
        assert!(r.is_err());
        // Which visited elements are gone, and (for std) the order of what is left, are
        // unspecified; the kept, the panicking and the unvisited elements all remain,
        // once each. The small variant also keeps the order.
        let mut v = values(&d);
        if ordered {
            assert!(v.windows(2).all(|w| w[0] < w[1]), "order broken: {v:?}");
        }
        v.sort_unstable();
        assert!(v.windows(2).all(|w| w[0] < w[1]), "duplicate: {v:?}");
        assert!(
            (at..n).all(|x| v.contains(&x)),
            "lost an unvisited element: {v:?}"
        );
        assert!(
            (0..at).filter(|x| x % 2 == 0).all(|x| v.contains(&x)),
            "{v:?}"
        );
        assert_eq!(c.live(), d.len());
        d.push_front(c.elem(50));
        d.push_back(c.elem(51));
        drop(d);
        assert_eq!(c.live(), 0);
    }
}

fn panic_on_drop_in_retain<D: FullDeque<PanicOnDrop>>() {
    let n = 9;
    for at in 0..n {
        let c = Counter::new();
        let mut d: D = with_bomb(&c, n, at);
        let mut i = 0;
        let r = catch_unwind(AssertUnwindSafe(|| {
            d.retain(&mut |_| {
                i += 1;
                i % 2 == 0
            })
        }));
        // The panicking element is rejected only when it sits at an even position.
        assert_eq!(r.is_err(), at % 2 == 0);
        assert!(d.len() <= n);
        assert_eq!(c.live(), d.len());
        // Defuse the rest, then drop.
        for x in d.iter_mut() {
            x.panic = false;
        }
        drop(d);
        assert_eq!(c.live(), 0);
    }
}

thread_local! {
    /// Drops of [`Stamp`]s on this test's thread.
    static STAMP_DROPS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A counted element that owns no allocation, for tests that leak elements on purpose
/// (Miri reports leaked allocations, and a leaked `Tracked` leaks its counter's).
#[derive(Debug, PartialEq)]
struct Stamp(u64);

impl Drop for Stamp {
    fn drop(&mut self) {
        STAMP_DROPS.with(|c| c.set(c.get() + 1));
    }
}

fn stamp_drops() -> usize {
    STAMP_DROPS.with(|c| c.get())
}

/// A leaked drain (`mem::forget`) leaves the deque holding just the elements before the
/// range, usable; the rest are leaked, none dropped twice. Every range of a wrapped deque.
fn drain_leak<D: FullDeque<Stamp>>() {
    use std::ops::Bound::{Excluded, Included};
    let n = if cfg!(miri) { 5 } else { 8 };
    for s in 0..=n {
        for e in s..=n {
            for take in [0, 1] {
                let before = stamp_drops();
                let mut d = D::with_capacity(n);
                for i in (0..n as u64 / 2).rev() {
                    d.push_front(Stamp(i));
                }
                for i in n as u64 / 2..n as u64 {
                    d.push_back(Stamp(i));
                }
                let got = d.drain_forget((Included(s), Excluded(e)), take);
                let taken = got.len();
                drop(got);
                assert!(d.iter().map(|x| x.0).eq(0..s as u64));
                d.push_back(Stamp(100));
                d.push_front(Stamp(101));
                assert_eq!(d.len(), s + 2);
                drop(d);
                // Dropped: the kept front, the two pushed, the yielded ones; the rest of
                // the range and the tail are leaked.
                assert_eq!(stamp_drops() - before, s + 2 + taken);
            }
        }
    }
}

/// A drop that panics while a drain drops the elements it did not yield: the others are
/// still dropped, the gap is closed, the deque is valid, and every element is dropped
/// exactly once.
fn panic_on_drop_in_drain<D: FullDeque<PanicOnDrop>>() {
    use std::ops::Bound::{Excluded, Included};
    let n = if cfg!(miri) { 5 } else { 9 };
    for at in 0..n {
        for s in 0..=at {
            for e in at + 1..=n {
                let c = Counter::new();
                let mut d: D = with_bomb(&c, n, at);
                let r = catch_unwind(AssertUnwindSafe(|| {
                    d.drain_take((Included(s), Excluded(e)), 0, 0);
                }));
                assert!(r.is_err(), "the planned panic must happen");
                assert_eq!(c.dropped(), e - s);
                assert_eq!(d.len(), n - (e - s));
                assert_eq!(d.iter().count(), n - (e - s));
                drop(d);
                assert_eq!(c.live(), 0);
            }
        }
    }
}

/// A `resize_with` generator that panics part way: the elements made so far stay in the
/// deque, and everything is dropped exactly once.
fn panic_in_resize_with<D: FullDeque<Tracked>>() {
    for n in [0u64, 3, 6] {
        for fail_at in 0..4u64 {
            let c = Counter::new();
            let mut d: D = wrapped_tracked(&c, n);
            let mut k = 0u64;
            let r = catch_unwind(AssertUnwindSafe(|| {
                d.resize_with(n as usize + 10, &mut || {
                    if k == fail_at {
                        panic!("generator: planned panic");
                    }
                    k += 1;
                    c.elem(50 + k)
                })
            }));
            assert!(r.is_err());
            assert_eq!(d.len(), (n + fail_at) as usize);
            let mut want: Vec<u64> = (0..n).collect();
            want.extend((1..=fail_at).map(|k| 50 + k));
            assert_eq!(values(&d), want);
            drop(d);
            assert_eq!(c.live(), 0);
        }
    }
}

/// A `Clone` that panics during `resize`: the clones made so far stay, the value is
/// dropped, nothing is dropped twice.
fn panic_on_clone_in_resize<D: FullDeque<PanicOnClone>>() {
    let c = Counter::new();
    let mut d = D::new();
    d.push_back(PanicOnClone::new(&c, 1, 7));
    d.push_front(PanicOnClone::new(&c, 2, 7));
    let r = catch_unwind(AssertUnwindSafe(|| {
        d.resize(6, PanicOnClone::new(&c, 7, 7))
    }));
    assert!(r.is_err());
    assert_eq!(d.len(), 2);
    drop(d);
    assert_eq!(c.made(), c.dropped());
}

/// Insertion, removal, rotation, splitting, appending and the `Vec` round trip move
/// elements without dropping or duplicating any.
fn edits_drop_exactly_once<D: FullDeque<Tracked>>() {
    let c = Counter::new();
    let mut d: D = wrapped_tracked(&c, 9);
    d.insert(4, c.elem(40));
    d.insert(1, c.elem(41));
    drop(d.remove(7));
    drop(d.swap_remove_front(5));
    drop(d.swap_remove_back(2));
    d.rotate_left(3);
    d.rotate_right(5);
    let mut e = d.split_off(3);
    e.append(&mut d);
    assert!(d.is_empty());
    let v = e.into_vec();
    let mut d = D::from(v);
    assert_eq!(d.len(), 8);
    d.resize(3, c.elem(9));
    drop(d);
    assert_eq!(c.live(), 0);
}

macro_rules! suite {
    ($($variant:ident),*) => {$(
        mod $variant {
            use super::*;
            type D<T> = sizespeed::$variant::Deque<T>;

            #[test]
            fn drops_exactly_once() { super::drops_exactly_once::<D<Tracked>>() }
            #[test]
            fn panic_on_drop_in_clear_truncate_drop() {
                super::panic_on_drop_in_clear_truncate_drop::<D<PanicOnDrop>>()
            }
            #[test]
            fn panic_on_clone() { super::panic_on_clone::<D<PanicOnClone>>() }
            #[test]
            fn panic_in_retain() {
                super::panic_in_retain::<D<Tracked>>(stringify!($variant) == "small")
            }
            #[test]
            fn panic_on_drop_in_retain() {
                super::panic_on_drop_in_retain::<D<PanicOnDrop>>()
            }
            #[test]
            fn drain_leak() { super::drain_leak::<D<super::Stamp>>() }
            #[test]
            fn panic_on_drop_in_drain() {
                super::panic_on_drop_in_drain::<D<PanicOnDrop>>()
            }
            #[test]
            fn panic_in_resize_with() { super::panic_in_resize_with::<D<Tracked>>() }
            #[test]
            fn panic_on_clone_in_resize() {
                super::panic_on_clone_in_resize::<D<PanicOnClone>>()
            }
            #[test]
            fn edits_drop_exactly_once() { super::edits_drop_exactly_once::<D<Tracked>>() }
        }
    )*};
}

suite!(fast, small);
