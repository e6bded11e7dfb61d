//! The `OrderedMap` and `OrderedSet` conformance suites: the same checks for every
//! variant through the traits, and the inherent API the variants share (std's
//! `BTreeMap`/`BTreeSet`), with std's types as the oracle, for fast and small.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound::{self, Excluded, Included, Unbounded};

use common::{expect_panic, Counter, Tracked};
use sizespeed::{OrderedMap, OrderedSet};

fn scrambled(n: u32) -> Vec<u32> {
    (0..n)
        .map(|i| i.wrapping_mul(2654435761) % (n * 2))
        .collect()
}

/// Every bound pair over keys `lo..=hi` that std accepts.
fn bounds(lo: u32, hi: u32) -> Vec<(Bound<u32>, Bound<u32>)> {
    let mut out = Vec::new();
    let ends = |x: u32| [Included(x), Excluded(x)];
    let mut all: Vec<Bound<u32>> = vec![Unbounded];
    for x in lo..=hi {
        all.extend(ends(x));
    }
    for &s in &all {
        for &e in &all {
            let ok = match (s, e) {
                (Excluded(a), Excluded(b)) => a < b,
                (Included(a) | Excluded(a), Included(b) | Excluded(b)) => a <= b,
                _ => true,
            };
            if ok {
                out.push((s, e));
            }
        }
    }
    out
}

fn map_trait<M: OrderedMap<u32, u32>>() {
    let mut m = M::new();
    let mut o = BTreeMap::new();
    assert!(m.is_empty());
    assert_eq!(m.first_key_value(), None);
    for k in scrambled(300) {
        assert_eq!(m.insert(k, k * 2), o.insert(k, k * 2));
    }
    assert_eq!(m.len(), o.len());
    assert!(m.iter().eq(o.iter()));
    assert!(m.iter().rev().eq(o.iter().rev()));
    assert_eq!(m.iter().len(), o.len());
    for k in 0..650 {
        assert_eq!(m.get(&k), o.get(&k));
        assert_eq!(m.contains_key(&k), o.contains_key(&k));
    }
    for (s, e) in bounds(100, 104) {
        assert!(m.range((s, e)).eq(o.range((s, e))), "{s:?}..{e:?}");
        assert!(m.range((s, e)).rev().eq(o.range((s, e)).rev()));
    }
    assert!(m.range(..).eq(o.range(..)));
    assert!(m.range(10..=20).eq(o.range(10..=20)));
    assert_eq!(m.first_key_value(), o.first_key_value());
    assert_eq!(m.last_key_value(), o.last_key_value());
    assert_eq!(m.pop_first(), o.pop_first());
    assert_eq!(m.pop_last(), o.pop_last());
    for k in (0..650).step_by(3) {
        assert_eq!(m.remove(&k), o.remove(&k));
    }
    if let Some(v) = m.get_mut(&1) {
        *v += 1;
    }
    if let Some(v) = o.get_mut(&1) {
        *v += 1;
    }
    *m.get_or_insert_with(7000, || 1) += 1;
    *o.entry(7000).or_insert_with(|| 1) += 1;
    m.retain(|k, v| {
        *v += 1;
        k % 2 == 0
    });
    o.retain(|k, v| {
        *v += 1;
        k % 2 == 0
    });
    assert!(m.iter().eq(o.iter()));
    let msg = expect_panic(|| m.range((Included(5), Excluded(3))).count());
    assert!(
        msg.contains("range start is greater than range end"),
        "{msg}"
    );
    let msg = expect_panic(|| m.range((Excluded(5), Excluded(5))).count());
    assert!(msg.contains("equal and excluded"), "{msg}");
    m.clear();
    assert!(m.is_empty());
    let from: M = (0..5).map(|k| (k, k)).collect();
    let mut ext = M::default();
    ext.extend((0..5).map(|k| (k, k)));
    assert!(from.iter().eq(ext.iter()));
}

fn map_trait_drops<M: OrderedMap<u32, Tracked>>() {
    let c = Counter::new();
    {
        let mut m = M::new();
        for k in scrambled(100) {
            m.insert(k, c.elem(u64::from(k)));
        }
        m.insert(0, c.elem(0));
        m.remove(&0);
        m.pop_first();
        m.pop_last();
        m.retain(|k, _| k % 3 != 0);
        assert_eq!(c.live(), m.len());
    }
    assert_eq!(c.live(), 0);
}

fn set_trait<S: OrderedSet<u32>>() {
    let mut s = S::new();
    let mut o = BTreeSet::new();
    for k in scrambled(300) {
        assert_eq!(s.insert(k), o.insert(k));
    }
    assert_eq!(s.len(), o.len());
    assert!(s.iter().eq(o.iter()));
    assert!(s.iter().rev().eq(o.iter().rev()));
    for k in 0..650 {
        assert_eq!(s.contains(&k), o.contains(&k));
    }
    for (a, b) in bounds(100, 104) {
        assert!(s.range((a, b)).eq(o.range((a, b))), "{a:?}..{b:?}");
        assert!(s.range((a, b)).rev().eq(o.range((a, b)).rev()));
    }
    assert_eq!(s.first(), o.first());
    assert_eq!(s.last(), o.last());
    assert_eq!(s.pop_first(), o.pop_first());
    assert_eq!(s.pop_last(), o.pop_last());
    for k in (0..650).step_by(3) {
        assert_eq!(s.remove(&k), o.remove(&k));
    }
    s.retain(|k| k % 2 == 0);
    o.retain(|k| k % 2 == 0);
    assert!(s.iter().eq(o.iter()));
    s.clear();
    assert!(s.is_empty());
    let from: S = [3, 1, 2].into_iter().collect();
    assert!(from.iter().copied().eq([1, 2, 3]));
}

macro_rules! suite {
    ($name:ident) => {
        mod $name {
            use super::*;
            type M<K, V> = sizespeed::$name::OrderedMap<K, V>;
            type S<T> = sizespeed::$name::OrderedSet<T>;

            #[test]
            fn map_through_the_trait() {
                map_trait::<M<u32, u32>>();
            }
            #[test]
            fn map_drops() {
                map_trait_drops::<M<u32, Tracked>>();
            }
            #[test]
            fn set_through_the_trait() {
                set_trait::<S<u32>>();
            }

            #[test]
            fn map_inherent_api() {
                let mut m: M<String, u32> = M::new();
                m.insert("b".into(), 2);
                m.insert("a".into(), 1);
                assert_eq!(m.get("a"), Some(&1));
                assert_eq!(m["b"], 2);
                assert_eq!(m.get_key_value("b"), Some((&"b".to_string(), &2)));
                *m.entry("c".into()).or_insert(0) += 3;
                if let Some(mut e) = m.first_entry() {
                    *e.get_mut() += 10;
                }
                assert_eq!(m.last_entry().map(|e| e.remove()), Some(3));
                assert_eq!(m.remove_entry("a"), Some(("a".to_string(), 11)));
                let mut n: M<u32, u32> = (0..10).map(|k| (k, k)).collect();
                for (_, v) in n.range_mut(3..6) {
                    *v = 0;
                }
                assert_eq!(n.values().filter(|v| **v == 0).count(), 4);
                n.values_mut().for_each(|v| *v += 1);
                n.iter_mut().for_each(|(_, v)| *v += 1);
                let hi = n.split_off(&5);
                assert_eq!(n.keys().copied().collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
                assert_eq!(hi.len(), 5);
                let mut hi2 = hi.clone();
                n.append(&mut hi2);
                assert!(hi2.is_empty());
                assert_eq!(n.len(), 10);
                assert_eq!(n.clone().into_keys().count(), 10);
                assert_eq!(
                    n.clone().into_values().sum::<u32>(),
                    2 * 10 + 45 - 3 - 4 - 5
                );
                assert_eq!((&n).into_iter().count(), 10);
                assert_eq!((&mut n).into_iter().count(), 10);
                assert_eq!(n.clone().into_iter().count(), 10);
                assert!(n < hi);
                assert_eq!(n.cmp(&hi), std::cmp::Ordering::Less);
                assert_eq!(n, n.clone());
                assert_eq!(format!("{:?}", M::from([(1, 2)])), "{1: 2}");
                let std_map: BTreeMap<u32, u32> = n.clone().into();
                assert_eq!(M::from(std_map), n);
                n.extend([(&100, &1)]);
                assert!(n.contains_key(&100));
            }

            #[test]
            fn map_extract_if_matches_std_for_every_bound() {
                for (s, e) in bounds(3, 6) {
                    for modulus in [1, 2, 3] {
                        let mut m: M<u32, u32> = (0..10).map(|k| (k, k)).collect();
                        let mut o: BTreeMap<u32, u32> = (0..10).map(|k| (k, k)).collect();
                        let a: Vec<_> = m
                            .extract_if((s, e), |k, v| {
                                *v += 100;
                                k % modulus == 0
                            })
                            .collect();
                        let b: Vec<_> = o
                            .extract_if((s, e), |k, v| {
                                *v += 100;
                                k % modulus == 0
                            })
                            .collect();
                        assert_eq!(a, b, "{s:?}..{e:?}");
                        assert!(m.iter().eq(o.iter()), "{s:?}..{e:?}");
                    }
                }
                // Stopped early: the rest stays.
                let mut m: M<u32, u32> = (0..10).map(|k| (k, k)).collect();
                let mut it = m.extract_if(2..8, |_, _| true);
                assert_eq!(it.next(), Some((2, 2)));
                assert_eq!(it.next(), Some((3, 3)));
                drop(it);
                assert_eq!(m.len(), 8);
                assert!(m.contains_key(&4));
                // Bad ranges panic as std's do, leaving the map alone.
                let msg = expect_panic(|| {
                    m.extract_if((Included(5), Excluded(3)), |_, _| true)
                        .count()
                });
                assert!(
                    msg.contains("range start is greater than range end"),
                    "{msg}"
                );
                assert_eq!(m.len(), 8);
                // A panicking predicate leaves every entry in the map or dropped once.
                let c = Counter::new();
                let mut t: M<u32, Tracked> = (0..10).map(|k| (k, c.elem(u64::from(k)))).collect();
                let msg = expect_panic(|| {
                    t.extract_if(.., |k, _| {
                        if *k == 5 {
                            panic!("pred");
                        }
                        k % 2 == 0
                    })
                    .for_each(drop)
                });
                assert_eq!(msg, "pred");
                assert_eq!(t.keys().copied().collect::<Vec<_>>(), [1, 3, 5, 6, 7, 8, 9]);
                assert_eq!(c.live(), t.len());
                // A leaked iterator leaves a valid (empty) map.
                std::mem::forget(t.extract_if(.., |_, _| false));
                assert!(t.is_empty());
                t.insert(1, c.elem(1));
                assert_eq!(t.len(), 1);
            }

            #[test]
            fn set_inherent_api() {
                let a: S<u32> = (0..10).collect();
                let b: S<u32> = (5..15).collect();
                assert_eq!(a.difference(&b).count(), 5);
                assert_eq!(a.symmetric_difference(&b).count(), 10);
                assert_eq!(a.intersection(&b).count(), 5);
                assert_eq!(a.union(&b).count(), 15);
                assert_eq!((&a & &b).len(), 5);
                assert_eq!((&a | &b).len(), 15);
                assert_eq!((&a ^ &b).len(), 10);
                assert_eq!((&a - &b).len(), 5);
                assert!(!a.is_disjoint(&b));
                assert!((&a & &b).is_subset(&a));
                assert!(a.is_superset(&(&a - &b)));
                let mut s: S<String> = S::new();
                s.insert("x".into());
                assert_eq!(s.get("x").map(String::as_str), Some("x"));
                assert!(s.contains("x"));
                assert_eq!(s.replace("x".into()), Some("x".to_string()));
                assert_eq!(s.take("x"), Some("x".to_string()));
                let mut c = a.clone();
                let hi = c.split_off(&5);
                assert_eq!((c.len(), hi.len()), (5, 5));
                let mut hi2 = hi.clone();
                c.append(&mut hi2);
                assert_eq!(c, a);
                assert_eq!(format!("{:?}", S::from([2, 1])), "{1, 2}");
                let std_set: BTreeSet<u32> = c.clone().into();
                assert_eq!(S::from(std_set), c);
                c.extend(&[100]);
                assert!(c.contains(&100));
                assert_eq!((&c).into_iter().count(), 11);
                assert_eq!(c.into_iter().rev().next(), Some(100));
                for (s0, e0) in bounds(3, 6) {
                    let mut x: S<u32> = (0..10).collect();
                    let mut o: BTreeSet<u32> = (0..10).collect();
                    let p: Vec<_> = x.extract_if((s0, e0), |k| k % 2 == 1).collect();
                    let q: Vec<_> = o.extract_if((s0, e0), |k| k % 2 == 1).collect();
                    assert_eq!(p, q);
                    assert!(x.iter().eq(o.iter()));
                }
            }
        }
    };
}

suite!(fast);
suite!(small);
