//! Soundness of `small::OrderedMap` / `small::OrderedSet` against hostile element types:
//! a panicking or inconsistent `Ord`, interior mutability in `Ord`, panicking drops,
//! drop accounting, zero-sized and 4096-aligned keys and values.

mod common;

use std::cell::Cell;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use common::{
    expect_panic, touchy_balance, touchy_reset, Align4096, Counter, PanicOnDrop, Touchy, Tracked,
    Zst,
};
use sizespeed::small::{OrderedMap, OrderedSet};

thread_local! {
    /// Comparisons left before `Bomb::cmp` panics (`u64::MAX`: never).
    static FUSE: Cell<u64> = const { Cell::new(u64::MAX) };
    /// State of the pseudo-random answers of `Liar`.
    static LIES: Cell<u64> = const { Cell::new(1) };
}

/// A counted key whose `Ord` panics when the fuse runs out.
#[derive(Debug, Clone)]
struct Bomb(Tracked);

impl PartialEq for Bomb {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Bomb {}
impl PartialOrd for Bomb {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Bomb {
    fn cmp(&self, o: &Self) -> Ordering {
        FUSE.with(|f| {
            let left = f.get();
            if left == 0 {
                panic!("Bomb: Ord panics");
            }
            f.set(left - 1);
        });
        self.0.value.cmp(&o.0.value)
    }
}

/// A counted key whose `Ord` answers at random.
#[derive(Debug)]
struct Liar(#[allow(dead_code)] Tracked);

impl PartialEq for Liar {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Liar {}
impl PartialOrd for Liar {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Liar {
    fn cmp(&self, _: &Self) -> Ordering {
        LIES.with(|s| {
            let x = s
                .get()
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s.set(x);
            match x >> 62 {
                0 => Ordering::Less,
                1 => Ordering::Equal,
                _ => Ordering::Greater,
            }
        })
    }
}

fn scale(full: u64) -> u64 {
    if cfg!(miri) {
        full / 8
    } else {
        full
    }
}

/// Checks that the map is a valid ordered map: its length matches iteration both ways,
/// its keys are strictly increasing.
fn check_valid(m: &OrderedMap<Bomb, Tracked>) {
    FUSE.with(|f| f.set(u64::MAX));
    assert_eq!(m.iter().count(), m.len());
    assert_eq!(m.iter().rev().count(), m.len());
    let keys: Vec<u64> = m.keys().map(|k| k.0.value).collect();
    assert!(
        keys.windows(2).all(|w| w[0] < w[1]),
        "keys out of order: {keys:?}"
    );
}

#[test]
fn small_ordered_map_ord_panics_at_every_call_leave_a_valid_map() {
    let c = Counter::new();
    let n = scale(120);
    for op in 0..6 {
        for k in (0..40u64).step_by(if cfg!(miri) { 13 } else { 1 }) {
            FUSE.with(|f| f.set(u64::MAX));
            let mut m = OrderedMap::new();
            for i in 0..n {
                m.insert(Bomb(c.elem(i * 2)), c.elem(i));
            }
            let before = m.len();
            FUSE.with(|f| f.set(k));
            let r = catch_unwind(AssertUnwindSafe(|| match op {
                0 => {
                    m.insert(Bomb(c.elem(71)), c.elem(0));
                    m.insert(Bomb(c.elem(72)), c.elem(0));
                }
                1 => {
                    m.remove(&Bomb(c.elem(70)));
                    m.remove(&Bomb(c.elem(90)));
                }
                2 => {
                    let lo = Bomb(c.elem(20));
                    let hi = Bomb(c.elem(200));
                    assert!(m.range(&lo..&hi).count() > 0);
                }
                3 => {
                    let tail = m.split_off(&Bomb(c.elem(100)));
                    m.extend(tail);
                }
                4 => {
                    m.entry(Bomb(c.elem(33))).or_insert(c.elem(5));
                }
                _ => {
                    m.get(&Bomb(c.elem(44)));
                    m.retain(|k, _| k.0.value % 3 != 0);
                }
            }));
            check_valid(&m);
            if r.is_err() && op != 5 && op != 3 {
                assert!(m.len() >= before - 2 && m.len() <= before + 2);
            }
            drop(m);
            assert_eq!(
                c.live(),
                0,
                "op {op}, panic at call {k}: leaked or double drop"
            );
        }
    }
}

#[test]
fn small_ordered_map_inconsistent_ord_stays_valid_and_drops_all() {
    let c = Counter::new();
    for seed in 0..scale(16) {
        LIES.with(|s| s.set(seed * 7 + 1));
        let mut m = OrderedMap::new();
        for i in 0..scale(400) {
            m.insert(Liar(c.elem(i)), c.elem(i));
            if i % 3 == 0 {
                m.remove(&Liar(c.elem(i / 2)));
            }
            if i % 7 == 0 {
                m.pop_first();
            }
        }
        let n = m.len();
        assert_eq!(m.iter().count(), n);
        assert_eq!(m.iter().rev().count(), n);
        // Ranges either panic (a lie caught in a node) or end.
        let lo = Liar(c.elem(0));
        let hi = Liar(c.elem(0));
        let _ = catch_unwind(AssertUnwindSafe(|| m.range(&lo..=&hi).count()));
        let _ = catch_unwind(AssertUnwindSafe(|| m.range(&lo..).rev().count()));
        let tail = m.split_off(&Liar(c.elem(0)));
        assert_eq!(tail.len() + m.len(), n);
        assert_eq!(tail.iter().count(), tail.len());
        drop((m, tail, lo, hi));
        assert_eq!(c.live(), 0);
    }
}

#[test]
fn small_ordered_map_drops_every_element_once() {
    let c = Counter::new();
    let n = scale(500);
    {
        let mut m = OrderedMap::new();
        for i in 0..n {
            assert!(m.insert(c.elem(i), c.elem(i)).is_none());
        }
        // Overwrite: the new key is dropped, the old value returned.
        let old = m.insert(c.elem(3), c.elem(1000));
        assert_eq!(old.map(|v| v.value), Some(3));
        assert_eq!(m.get(&c.elem(3)).map(|v| v.value), Some(1000));
        for i in (0..n).step_by(3) {
            assert!(m.remove(&c.elem(i)).is_some());
        }
        m.pop_first();
        m.pop_last();
        let mut tail = m.split_off(&c.elem(n / 2));
        let cl = tail.clone();
        m.append(&mut tail);
        m.retain(|k, _| k.value % 5 != 0);
        let mut it = cl.into_iter();
        it.next();
        it.next_back();
        drop(it);
        let mut it = m.clone().into_iter();
        it.nth(3);
        drop(it);
        m.clear();
        m.insert(c.elem(1), c.elem(1));
    }
    assert_eq!(c.live(), 0);
    {
        let mut s = OrderedSet::new();
        for i in 0..n {
            s.insert(c.elem(i % 200));
        }
        assert_eq!(s.len(), 200.min(n as usize));
        s.replace(c.elem(5));
        s.take(&c.elem(6));
        s.retain(|x| x.value % 2 == 0);
        let t = s.clone();
        let mut it = t.into_iter();
        it.next_back();
        drop(it);
    }
    assert_eq!(c.live(), 0);
}

#[test]
fn small_ordered_map_panicking_drop_drops_the_rest() {
    let c = Counter::new();
    let mut m = OrderedMap::new();
    let n = scale(100);
    for i in 0..n {
        m.insert(i, PanicOnDrop::new(&c, i == n / 3));
    }
    let msg = expect_panic(move || drop(m));
    assert!(msg.contains("panic"), "{msg}");
    assert_eq!(c.live(), 0, "every value dropped despite the panic");

    let mut m = OrderedMap::new();
    for i in 0..n {
        m.insert(i, PanicOnDrop::new(&c, i == 7));
    }
    // `retain` removes the panicking one: the map stays valid.
    let _ = catch_unwind(AssertUnwindSafe(|| m.retain(|k, _| k % 2 == 0)));
    assert_eq!(m.iter().count(), m.len());
    let _ = catch_unwind(AssertUnwindSafe(|| m.clear()));
    drop(m);
    assert_eq!(c.live(), 0);
}

#[test]
fn small_ordered_map_zero_sized_keys_and_values() {
    let mut m = OrderedMap::new();
    assert_eq!(m.insert(Zst, Zst), None);
    assert_eq!(m.insert(Zst, Zst), Some(Zst));
    assert_eq!(m.len(), 1);
    assert_eq!(m.range(..).count(), 1);
    assert_eq!(m.pop_first(), Some((Zst, Zst)));
    let mut m = OrderedMap::new();
    for i in 0..scale(300) {
        m.insert(i, ());
    }
    assert!(m.keys().copied().eq(0..scale(300)));
    let mut s = OrderedSet::new();
    assert!(s.insert(()));
    assert!(!s.insert(()));
    assert!(s.remove(&()));
    let mut m: OrderedMap<(), u64> = OrderedMap::new();
    m.insert((), 5);
    *m.get_mut(&()).unwrap() += 1;
    assert_eq!(m[&()], 6);
}

#[test]
fn small_ordered_map_align_4096_keys_and_values() {
    let n = if cfg!(miri) { 30 } else { 200 };
    let mut m = OrderedMap::new();
    for i in 0..n {
        m.insert(Align4096((i * 7 % 251) as u8), Align4096(i as u8));
    }
    for (k, v) in &m {
        assert_eq!(k as *const _ as usize % 4096, 0);
        assert_eq!(v as *const _ as usize % 4096, 0);
    }
    let model: BTreeMap<_, _> = (0..n)
        .map(|i| (Align4096((i * 7 % 251) as u8), Align4096(i as u8)))
        .collect();
    assert!(m.iter().eq(model.iter()));
    for i in 0..n / 2 {
        assert_eq!(
            m.remove(&Align4096((i * 7 % 251) as u8)),
            Some(Align4096(i as u8))
        );
    }
    assert_eq!(m.len(), n - n / 2);
}

#[test]
fn small_ordered_map_ord_sees_only_live_keys() {
    touchy_reset();
    let n = scale(200) as u32;
    let mut m = OrderedMap::new();
    let mut probes = Vec::new();
    for i in 0..n {
        m.insert(Touchy::new(i * 5 % n), i);
    }
    for i in 0..n / 2 {
        let p = Touchy::new(i * 3);
        m.remove(&p);
        m.get(&p);
        m.entry(Touchy::new(i * 11 % n)).or_insert(0);
        probes.push(p);
    }
    let lo = Touchy::new(n / 4);
    let hi = Touchy::new(n / 2);
    assert!(m.range(&lo..&hi).count() > 0);
    let tail = m.split_off(&Touchy::new(n / 3));
    let c = tail.clone();
    touchy_balance(
        "small OrderedMap",
        m.keys()
            .chain(tail.keys())
            .chain(c.keys())
            .chain(probes.iter())
            .chain([&lo, &hi]),
    );
    let mut s = OrderedSet::new();
    for i in 0..n {
        s.insert(Touchy::new(i * 7 % n));
    }
    s.remove(&Touchy::new(3));
    touchy_balance(
        "small OrderedSet",
        m.keys()
            .chain(tail.keys())
            .chain(c.keys())
            .chain(probes.iter())
            .chain([&lo, &hi])
            .chain(s.iter()),
    );
}

#[test]
fn small_ordered_map_extract_if_panicking_predicate_and_leak() {
    let c = Counter::new();
    let n = scale(200);
    let mut m = OrderedMap::new();
    for i in 0..n {
        m.insert(c.elem(i), c.elem(i));
    }
    let lo = c.elem(10);
    let hi = c.elem(n - 10);
    let mut calls = 0;
    let r = catch_unwind(AssertUnwindSafe(|| {
        m.extract_if(&lo..&hi, |_, _| {
            calls += 1;
            if calls == 5 {
                panic!("predicate panics");
            }
            calls % 2 == 0
        })
        .count()
    }));
    assert!(r.is_err());
    // Two extracted (and dropped by `count`); the entry whose predicate panicked stays,
    // as in std.
    assert_eq!(m.len(), n as usize - 2);
    let keys: Vec<u64> = m.keys().map(|k| k.value).collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(m.iter().rev().count(), m.len());
    drop((m, lo, hi));
    assert_eq!(c.live(), 0);

    // A leaked iterator leaves a valid map holding the entries before the range. Not
    // under Miri: the leak (of the iterator's nodes) is the point, and Miri reports it.
    if !cfg!(miri) {
        let mut m: OrderedMap<u64, u64> = (0..n).map(|i| (i, i)).collect();
        let mut it = m.extract_if(20.., |_, _| true);
        it.next();
        std::mem::forget(it);
        assert!(m.keys().copied().eq(0..20));
        m.insert(1000, 0);
        assert_eq!(m.len(), 21);
    }
}

#[test]
fn small_ordered_map_and_set_are_send_and_sync_like_std() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<OrderedMap<String, Vec<u8>>>();
    send_sync::<OrderedSet<String>>();
    send_sync::<sizespeed::small::btree::map::Iter<'static, u8, u8>>();
    send_sync::<sizespeed::small::btree::map::IntoIter<u8, u8>>();
    // A map of `Rc`s must not be `Send`: checked by the absence of this impl.
    static_assertions::assert_not_impl_any!(OrderedMap<std::rc::Rc<u8>, u8>: Send, Sync);
    static_assertions::assert_not_impl_any!(OrderedSet<std::cell::Cell<u8>>: Sync);
    // Same size as std's: a root pointer, a height and a length.
    assert_eq!(
        std::mem::size_of::<OrderedMap<u8, u8>>(),
        std::mem::size_of::<std::collections::BTreeMap<u8, u8>>()
    );
}

#[test]
fn small_ordered_set_operations_with_itself_never_pair_an_element_with_itself() {
    touchy_reset();
    let s: OrderedSet<Touchy> = (0..scale(60) as u32).map(Touchy::new).collect();
    assert_eq!(s.union(&s).count(), s.len());
    assert_eq!(s.intersection(&s).count(), s.len());
    assert_eq!(s.difference(&s).count(), 0);
    assert_eq!(s.symmetric_difference(&s).count(), 0);
    assert!(s.is_subset(&s) && s.is_superset(&s) && !s.is_disjoint(&s));
    touchy_balance("small OrderedSet with itself", s.iter());
}

#[test]
fn small_ordered_map_retain_panicking_predicate_leaves_what_std_leaves() {
    for at in [0usize, 1, 5, 19] {
        let mut m: OrderedMap<u32, u32> = (0..20).map(|k| (k, k)).collect();
        let mut o: std::collections::BTreeMap<u32, u32> = (0..20).map(|k| (k, k)).collect();
        let pred = |calls: &mut usize, k: &u32| {
            *calls += 1;
            if *calls - 1 == at {
                panic!("keep panics");
            }
            !k.is_multiple_of(3)
        };
        let (mut a, mut b) = (0, 0);
        assert!(catch_unwind(AssertUnwindSafe(|| m.retain(|k, _| pred(&mut a, k)))).is_err());
        assert!(catch_unwind(AssertUnwindSafe(|| o.retain(|k, _| pred(&mut b, k)))).is_err());
        assert!(m.iter().eq(o.iter()), "panic at call {at}");
    }
}
