//! Differential tests: random operation sequences on `small::OrderedMap` and
//! `small::OrderedSet`, checked against `std::collections::BTreeMap` / `BTreeSet`.
// std's `BTreeMap::extract_if` (1.91) is the oracle of ours; only the library is held to
// the crate's rust-version.
#![allow(clippy::incompatible_msrv)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use common::cases;
use proptest::prelude::*;
use sizespeed::small::{OrderedMap, OrderedSet};

#[derive(Clone, Debug)]
enum Op {
    Insert(u16, u32),
    /// Inserts keys `from..from + n` (builds deep trees quickly).
    Bulk(u16, u16),
    Get(u16),
    Remove(u16),
    /// Removes keys `from..from + n`.
    BulkRemove(u16, u16),
    PopFirst,
    PopLast,
    Range(Bound<u16>, Bound<u16>, bool),
    RangeMut(Bound<u16>, Bound<u16>, u32),
    SplitOff(u16),
    Append(u16, u16),
    Retain(u16),
    Entry(u16, u32),
    EntryRemove(u16),
    /// `entry(k).insert_entry(v)`, then through the returned entry: read it, add one to
    /// the value, and remove it if the flag is set (so a kv placed by a split is found
    /// where the entry says it is).
    InsertEntry(u16, u32, bool),
    Clear,
    IterBoth,
    /// `extract_if` over a range, keys divisible by `m`, at most `take` of them.
    ExtractIf(Bound<u16>, Bound<u16>, u16, u8),
}

fn bound() -> impl Strategy<Value = Bound<u16>> {
    prop_oneof![
        (0u16..700).prop_map(Bound::Included),
        (0u16..700).prop_map(Bound::Excluded),
        Just(Bound::Unbounded),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let k = 0u16..700;
    prop_oneof![
        6 => (k.clone(), any::<u32>()).prop_map(|(k, v)| Op::Insert(k, v)),
        2 => (k.clone(), 0u16..300).prop_map(|(k, n)| Op::Bulk(k, n)),
        2 => k.clone().prop_map(Op::Get),
        4 => k.clone().prop_map(Op::Remove),
        2 => (k.clone(), 0u16..300).prop_map(|(k, n)| Op::BulkRemove(k, n)),
        1 => Just(Op::PopFirst),
        1 => Just(Op::PopLast),
        2 => (bound(), bound(), any::<bool>()).prop_map(|(a, b, r)| Op::Range(a, b, r)),
        1 => (bound(), bound(), any::<u32>()).prop_map(|(a, b, v)| Op::RangeMut(a, b, v)),
        1 => k.clone().prop_map(Op::SplitOff),
        1 => (k.clone(), 0u16..200).prop_map(|(k, n)| Op::Append(k, n)),
        1 => (1u16..5).prop_map(Op::Retain),
        2 => (k.clone(), any::<u32>()).prop_map(|(k, v)| Op::Entry(k, v)),
        1 => k.clone().prop_map(Op::EntryRemove),
        2 => (k.clone(), any::<u32>(), any::<bool>()).prop_map(|(k, v, r)| Op::InsertEntry(k, v, r)),
        1 => Just(Op::Clear),
        1 => Just(Op::IterBoth),
        2 => (bound(), bound(), 1u16..4, any::<u8>()).prop_map(|(a, b, m, t)| Op::ExtractIf(a, b, m, t)),
    ]
}

/// Whether std would panic on these bounds.
fn bad_bounds(a: Bound<u16>, b: Bound<u16>) -> bool {
    use Bound::*;
    match (a, b) {
        (Included(x) | Excluded(x), Included(y) | Excluded(y)) if x > y => true,
        (Excluded(x), Excluded(y)) => x == y,
        _ => false,
    }
}

fn check_same(ours: &OrderedMap<u16, u32>, model: &BTreeMap<u16, u32>) {
    assert_eq!(ours.len(), model.len());
    assert!(ours.iter().eq(model.iter()));
    assert!(ours.iter().rev().eq(model.iter().rev()));
    assert_eq!(ours.first_key_value(), model.first_key_value());
    assert_eq!(ours.last_key_value(), model.last_key_value());
}

fn run_map(ops: Vec<Op>) {
    let mut ours = OrderedMap::<u16, u32>::new();
    let mut model = BTreeMap::<u16, u32>::new();
    for op in ops {
        match op {
            Op::Insert(k, v) => assert_eq!(ours.insert(k, v), model.insert(k, v)),
            Op::Bulk(k, n) => {
                for i in k..k.saturating_add(n) {
                    assert_eq!(ours.insert(i, i as u32), model.insert(i, i as u32));
                }
            }
            Op::Get(k) => {
                assert_eq!(ours.get(&k), model.get(&k));
                assert_eq!(ours.contains_key(&k), model.contains_key(&k));
                assert_eq!(ours.get_key_value(&k), model.get_key_value(&k));
            }
            Op::Remove(k) => assert_eq!(ours.remove(&k), model.remove(&k)),
            Op::BulkRemove(k, n) => {
                for i in k..k.saturating_add(n) {
                    assert_eq!(ours.remove_entry(&i), model.remove_entry(&i));
                }
            }
            Op::PopFirst => {
                assert_eq!(ours.pop_first(), model.pop_first());
                let a = ours.last_entry().map(|mut e| {
                    *e.get_mut() ^= 1;
                    (*e.key(), e.remove())
                });
                let b = model.last_entry().map(|mut e| {
                    *e.get_mut() ^= 1;
                    (*e.key(), e.remove())
                });
                assert_eq!(a, b);
                let a = ours.first_entry().map(|e| e.remove_entry());
                let b = model.first_entry().map(|e| e.remove_entry());
                assert_eq!(a, b);
            }
            Op::PopLast => assert_eq!(ours.pop_last(), model.pop_last()),
            Op::Range(a, b, rev) => {
                if bad_bounds(a, b) && model.is_empty() {
                    // std panics here if its tree once held something and not if it is
                    // fresh; ours never panics when empty (a fresh std map's behaviour).
                    assert_eq!(ours.range((a, b)).count(), 0);
                } else if bad_bounds(a, b) {
                    let m1 = common::expect_panic(|| model.range((a, b)).count());
                    let m2 = common::expect_panic(|| ours.range((a, b)).count());
                    assert_eq!(m1, m2);
                } else if rev {
                    assert!(ours.range((a, b)).rev().eq(model.range((a, b)).rev()));
                } else {
                    let mut x = ours.range((a, b));
                    let mut y = model.range((a, b));
                    // Alternate ends.
                    loop {
                        let (p, q) = (x.next(), y.next());
                        assert_eq!(p, q);
                        let (r, s) = (x.next_back(), y.next_back());
                        assert_eq!(r, s);
                        if p.is_none() && r.is_none() {
                            break;
                        }
                    }
                }
            }
            Op::RangeMut(a, b, v) => {
                if model.is_empty() {
                    assert_eq!(ours.range_mut((a, b)).count(), 0);
                } else if !bad_bounds(a, b) {
                    ours.range_mut((a, b)).for_each(|(_, x)| *x = v);
                    model.range_mut((a, b)).for_each(|(_, x)| *x = v);
                }
            }
            Op::SplitOff(k) => {
                let t1 = ours.split_off(&k);
                let t2 = model.split_off(&k);
                check_same(&t1, &t2);
                check_same(&ours, &model);
                // Put them back half the time, through append.
                if k % 2 == 0 {
                    let (mut t1, mut t2) = (t1, t2);
                    ours.append(&mut t1);
                    model.append(&mut t2);
                    assert!(t1.is_empty());
                }
            }
            Op::Append(k, n) => {
                let mut a: OrderedMap<u16, u32> =
                    (k..k.saturating_add(n)).map(|i| (i, 7)).collect();
                let mut b: BTreeMap<u16, u32> = (k..k.saturating_add(n)).map(|i| (i, 7)).collect();
                ours.append(&mut a);
                model.append(&mut b);
            }
            Op::Retain(m) => {
                ours.retain(|k, v| {
                    *v = v.wrapping_add(1);
                    k % m != 0
                });
                model.retain(|k, v| {
                    *v = v.wrapping_add(1);
                    k % m != 0
                });
            }
            Op::Entry(k, v) => {
                let a = *ours.entry(k).and_modify(|x| *x ^= v).or_insert(v);
                let b = *model.entry(k).and_modify(|x| *x ^= v).or_insert(v);
                assert_eq!(a, b);
            }
            Op::EntryRemove(k) => {
                use sizespeed::small::btree::map::Entry;
                let a = match ours.entry(k) {
                    Entry::Occupied(e) => Some(e.remove_entry()),
                    Entry::Vacant(e) => {
                        assert_eq!(*e.key(), k);
                        None
                    }
                };
                let b = match model.entry(k) {
                    std::collections::btree_map::Entry::Occupied(e) => Some(e.remove_entry()),
                    std::collections::btree_map::Entry::Vacant(_) => None,
                };
                assert_eq!(a, b);
            }
            Op::InsertEntry(k, v, remove) => {
                let mut a = ours.entry(k).insert_entry(v);
                let mut b = model.entry(k).insert_entry(v);
                assert_eq!((a.key(), a.get()), (b.key(), b.get()));
                *a.get_mut() = a.get().wrapping_add(1);
                *b.get_mut() = b.get().wrapping_add(1);
                if remove {
                    assert_eq!(a.remove_entry(), b.remove_entry());
                }
            }
            Op::ExtractIf(a, b, m, t) => {
                if !bad_bounds(a, b) {
                    let x: Vec<_> = ours
                        .extract_if((a, b), |k, v| {
                            *v ^= 1;
                            k % m == 0
                        })
                        .take(t as usize)
                        .collect();
                    let y: Vec<_> = model
                        .extract_if((a, b), |k, v| {
                            *v ^= 1;
                            k % m == 0
                        })
                        .take(t as usize)
                        .collect();
                    assert_eq!(x, y);
                }
            }
            Op::Clear => {
                ours.clear();
                model.clear();
            }
            Op::IterBoth => {
                let mut x = ours.iter();
                let mut y = model.iter();
                assert_eq!(x.len(), y.len());
                while let (Some(p), Some(q)) = (x.next_back(), y.next_back()) {
                    assert_eq!(p, q);
                    assert_eq!(x.next(), y.next());
                    assert_eq!(x.len(), y.len());
                }
                assert!(ours.keys().eq(model.keys()));
                assert!(ours.values().rev().eq(model.values().rev()));
            }
        }
        check_same(&ours, &model);
    }
    let c = ours.clone();
    assert_eq!(c, ours);
    assert!(ours.into_iter().eq(model.into_iter()));
    // An owning iterator dropped half-way.
    let mut it = c.into_iter();
    it.next();
    it.next_back();
    drop(it);
}

fn run_set(ops: Vec<(u8, u16)>) {
    let mut ours = OrderedSet::<u16>::new();
    let mut model = BTreeSet::<u16>::new();
    let other: BTreeSet<u16> = (0..700).step_by(3).collect();
    let other_ours: OrderedSet<u16> = other.iter().copied().collect();
    for (what, k) in ops {
        match what % 8 {
            0 | 1 => assert_eq!(ours.insert(k), model.insert(k)),
            2 => assert_eq!(ours.remove(&k), model.remove(&k)),
            3 => assert_eq!(ours.take(&k), model.take(&k)),
            4 => {
                assert_eq!(ours.contains(&k), model.contains(&k));
                assert_eq!(ours.get(&k), model.get(&k));
                assert_eq!(ours.replace(k), model.replace(k));
            }
            5 => {
                assert!(ours.range(k..).eq(model.range(k..)));
                assert!(ours.range(..k).rev().eq(model.range(..k).rev()));
            }
            6 => {
                assert_eq!(ours.pop_first(), model.pop_first());
                assert_eq!(ours.pop_last(), model.pop_last());
            }
            _ => {
                assert!(ours.union(&other_ours).eq(model.union(&other)));
                assert!(ours
                    .intersection(&other_ours)
                    .eq(model.intersection(&other)));
                assert!(ours.difference(&other_ours).eq(model.difference(&other)));
                assert!(other_ours.difference(&ours).eq(other.difference(&model)));
                assert!(ours
                    .symmetric_difference(&other_ours)
                    .eq(model.symmetric_difference(&other)));
                assert_eq!(ours.is_subset(&other_ours), model.is_subset(&other));
                assert_eq!(ours.is_superset(&other_ours), model.is_superset(&other));
                assert_eq!(ours.is_disjoint(&other_ours), model.is_disjoint(&other));
                assert!((&ours | &other_ours).iter().eq((&model | &other).iter()));
                assert!((&ours & &other_ours).iter().eq((&model & &other).iter()));
                assert!((&ours ^ &other_ours).iter().eq((&model ^ &other).iter()));
                assert!((&ours - &other_ours).iter().eq((&model - &other).iter()));
            }
        }
        assert_eq!(ours.len(), model.len());
        assert_eq!(ours.first(), model.first());
        assert_eq!(ours.last(), model.last());
    }
    assert!(ours.iter().eq(model.iter()));
    ours.retain(|k| k % 2 == 0);
    model.retain(|k| k % 2 == 0);
    assert!(ours.into_iter().rev().eq(model.into_iter().rev()));
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(256),
        // Miri's isolation forbids reading the working directory, which saving failures
        // needs.
        failure_persistence: if cfg!(miri) {
            None
        } else {
            ProptestConfig::default().failure_persistence
        },
        ..ProptestConfig::default()
    })]

    #[test]
    fn small_ordered_map_matches_std(ops in prop::collection::vec(op(), 1..if cfg!(miri) { 12 } else { 120 })) {
        run_map(ops);
    }

    #[test]
    fn small_ordered_set_matches_std(ops in prop::collection::vec((any::<u8>(), 0u16..700), 1..if cfg!(miri) { 40 } else { 400 })) {
        run_set(ops);
    }
}

#[test]
fn small_ordered_map_deep_tree_insert_remove_orders() {
    // Ascending, descending and interleaved orders through trees of height 3.
    let n: u32 = if cfg!(miri) { 300 } else { 5000 };
    for pattern in 0..3 {
        let mut ours = OrderedMap::new();
        let mut model = BTreeMap::new();
        let key = |i: u32| match pattern {
            0 => i,
            1 => n - i,
            _ => (i * 7919) % n,
        };
        for i in 0..n {
            assert_eq!(ours.insert(key(i), i), model.insert(key(i), i));
        }
        check_big(&ours, &model);
        for i in (0..n).step_by(2) {
            assert_eq!(ours.remove(&key(i)), model.remove(&key(i)));
        }
        check_big(&ours, &model);
        for i in 0..n {
            assert_eq!(ours.remove(&key(i)), model.remove(&key(i)));
        }
        assert!(ours.is_empty());
    }
}

fn check_big(ours: &OrderedMap<u32, u32>, model: &BTreeMap<u32, u32>) {
    assert_eq!(ours.len(), model.len());
    assert!(ours.iter().eq(model.iter()));
    assert!(ours.iter().rev().eq(model.iter().rev()));
    assert!(ours.range(100..200).eq(model.range(100..200)));
}

#[test]
fn small_ordered_map_string_keys_borrowed_lookups() {
    let mut ours = OrderedMap::new();
    let mut model = BTreeMap::new();
    for i in 0..300u32 {
        let k = format!("k{}", (i * 37) % 301);
        assert_eq!(ours.insert(k.clone(), i), model.insert(k, i));
    }
    for i in 0..301u32 {
        let k = format!("k{i}");
        assert_eq!(ours.get(k.as_str()), model.get(k.as_str()));
    }
    let a: Vec<_> = ours
        .range::<str, _>((Bound::Included("k1"), Bound::Excluded("k2")))
        .collect();
    let b: Vec<_> = model
        .range::<str, _>((Bound::Included("k1"), Bound::Excluded("k2")))
        .collect();
    assert_eq!(a, b);
    for i in (0..301u32).step_by(3) {
        let k = format!("k{i}");
        assert_eq!(ours.remove(k.as_str()), model.remove(k.as_str()));
    }
    assert!(ours.iter().eq(model.iter()));
    assert_eq!(format!("{ours:?}"), format!("{model:?}"));
}
