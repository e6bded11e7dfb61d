//! One conformance suite for every `Map` variant: generic over the `Map` trait where the
//! trait reaches, and over the shared inherent API (through a macro) where it does not.
// std's `extract_if` (1.88) and `get_disjoint_mut` (1.86) serve as the oracle; the
// crate's rust-version is raised with this work.

mod common;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher, Hash, Hasher};

use common::{expect_panic, Align64, Counter, LyingIter, Tracked, Zst};
use sizespeed::Map;

/// Number of entries for the growth test: 100k natively, fewer under Miri.
const BIG: u64 = if cfg!(miri) { 600 } else { 100_000 };

fn sorted<K: Ord + Clone, V: Clone, M: Map<K, V>>(m: &M) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn basic<M: Map<u64, u64>>() {
    let mut m = M::new();
    assert!(m.is_empty());
    assert_eq!(m.len(), 0);
    assert_eq!(m.get(&1), None);
    assert_eq!(m.remove(&1), None);
    assert_eq!(m.iter().count(), 0);
    for i in 0..100 {
        assert_eq!(m.insert(i, i * 10), None);
    }
    assert_eq!(m.len(), 100);
    assert!(!m.is_empty());
    assert_eq!(m.insert(5, 55), Some(50));
    assert_eq!(m.len(), 100);
    assert_eq!(m.get(&5), Some(&55));
    assert!(m.contains_key(&99));
    assert!(!m.contains_key(&100));
    *m.get_mut(&7).unwrap() += 1;
    assert_eq!(m.get(&7), Some(&71));
    assert_eq!(m.get_mut(&1000), None);
    assert_eq!(m.remove(&7), Some(71));
    assert_eq!(m.remove(&7), None);
    assert_eq!(m.len(), 99);
    assert_eq!(m.iter().len(), 99);
    assert_eq!(m.keys().len(), 99);
    assert_eq!(m.values().len(), 99);
    assert_eq!(m.keys().copied().sum::<u64>(), (0..100).sum::<u64>() - 7);
    for v in m.values_mut() {
        *v += 1;
    }
    assert_eq!(m.get(&0), Some(&1));
    let total: u64 = m.values().sum();
    let expect: u64 = (0..100)
        .filter(|&i| i != 7)
        .map(|i| i * 10 + 1)
        .sum::<u64>()
        + 5;
    assert_eq!(total, expect);
    let mut calls = 0;
    *m.get_or_insert_with(0, || {
        calls += 1;
        1000
    }) += 1;
    assert_eq!(calls, 0);
    assert_eq!(m.get(&0), Some(&2));
    assert_eq!(
        *m.get_or_insert_with(500, || {
            calls += 1;
            9
        }),
        9
    );
    assert_eq!(calls, 1);
    assert_eq!(m.len(), 100);
    m.retain(|k, v| {
        *v += 1;
        k % 2 == 0
    });
    assert_eq!(m.len(), 51);
    assert!(m.iter().all(|(k, _)| k % 2 == 0));
    assert_eq!(m.get(&500), Some(&10));
    m.clear();
    assert!(m.is_empty());
    assert_eq!(m.get(&0), None);
    m.insert(3, 4);
    assert_eq!(sorted(&m), [(3, 4)]);
    m.reserve(1000);
    assert_eq!(m.get(&3), Some(&4));
    let w = M::with_capacity(10);
    assert!(w.is_empty());
}

fn strings<M: Map<String, String>>() {
    let mut m = M::new();
    for i in 0..300 {
        assert_eq!(m.insert(format!("k{i}"), format!("v{i}")), None);
    }
    // Borrowed lookups with `&str`.
    assert_eq!(m.get("k42").map(String::as_str), Some("v42"));
    assert!(m.contains_key("k299"));
    assert!(!m.contains_key("k300"));
    m.get_mut("k1").unwrap().push('!');
    assert_eq!(m.get("k1").unwrap(), "v1!");
    assert_eq!(m.remove("k2"), Some("v2".to_string()));
    assert_eq!(m.remove("k2"), None);
    assert_eq!(
        m.insert("k3".to_string(), "new".to_string()),
        Some("v3".to_string())
    );
    m.get_or_insert_with("k3".to_string(), || unreachable!())
        .push('3');
    assert_eq!(m.get("k3").unwrap(), "new3");
    m.retain(|k, _| k.len() == 2);
    assert_eq!(m.len(), 9); // k0, k1, k3..k9
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort();
    assert_eq!(keys[0], "k0");
    m.clear();
    assert!(m.is_empty());
}

fn zst_values<M: Map<u64, ()>>() {
    let mut m = M::new();
    for i in 0..1000 {
        assert_eq!(m.insert(i % 500, ()), if i < 500 { None } else { Some(()) });
    }
    assert_eq!(m.len(), 500);
    assert_eq!(m.get(&3), Some(&()));
    assert_eq!(m.remove(&3), Some(()));
    assert_eq!(m.iter().count(), 499);
    m.retain(|k, _| *k < 10);
    assert_eq!(m.len(), 9);
}

fn zst_keys<M: Map<Zst, u64>>() {
    let mut m = M::new();
    assert_eq!(m.insert(Zst, 1), None);
    assert_eq!(m.insert(Zst, 2), Some(1));
    assert_eq!(m.len(), 1);
    assert_eq!(m.get(&Zst), Some(&2));
    assert_eq!(m.remove(&Zst), Some(2));
    assert!(m.is_empty());
}

fn zst_both<M: Map<Zst, Zst>>() {
    let mut m = M::new();
    assert_eq!(m.insert(Zst, Zst), None);
    assert_eq!(m.insert(Zst, Zst), Some(Zst));
    assert_eq!(m.iter().count(), 1);
    assert_eq!(m.remove(&Zst), Some(Zst));
}

fn align64<M: Map<Align64, Align64>>() {
    let mut m = M::new();
    for i in 0..200 {
        m.insert(Align64(i), Align64(i * 2));
    }
    for (k, v) in m.iter() {
        assert_eq!(k as *const Align64 as usize % 64, 0);
        assert_eq!(v as *const Align64 as usize % 64, 0);
        assert_eq!(v.0, k.0 * 2);
    }
    let v = m.get(&Align64(17)).unwrap();
    assert_eq!(v as *const Align64 as usize % 64, 0);
    assert_eq!(m.remove(&Align64(17)), Some(Align64(34)));
    assert_eq!(m.len(), 199);
}

fn growth<M: Map<u64, u64>>() {
    let mut m = M::new();
    for i in 0..BIG {
        m.insert(i.wrapping_mul(0x9e37_79b9_7f4a_7c15), i);
    }
    assert_eq!(m.len(), BIG as usize);
    for i in (0..BIG).step_by(7) {
        assert_eq!(m.get(&i.wrapping_mul(0x9e37_79b9_7f4a_7c15)), Some(&i));
    }
    for i in 0..BIG {
        assert_eq!(m.remove(&i.wrapping_mul(0x9e37_79b9_7f4a_7c15)), Some(i));
    }
    assert!(m.is_empty());
    assert_eq!(m.iter().count(), 0);
    // Reuse after removing everything (tombstones must not block insertion).
    for i in 0..BIG / 10 {
        m.insert(i, i);
    }
    assert_eq!(m.len(), (BIG / 10) as usize);
}

fn churn<M: Map<u64, u64>>() {
    // Many inserts and removes on a small key range: tombstones and rehash in place.
    let mut m = M::new();
    let mut model = HashMap::new();
    let mut x = 1u64;
    for _ in 0..if cfg!(miri) { 2_000 } else { 50_000 } {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let k = x % 64;
        if x & 0x100 == 0 {
            assert_eq!(m.insert(k, x), model.insert(k, x));
        } else {
            assert_eq!(m.remove(&k), model.remove(&k));
        }
        assert_eq!(m.len(), model.len());
    }
    for (k, v) in &model {
        assert_eq!(m.get(k), Some(v));
    }
}

fn tracked<M: Map<Tracked, Tracked>>() {
    let c = Counter::new();
    {
        let mut m = M::new();
        for i in 0..200 {
            m.insert(c.elem(i), c.elem(i + 1000));
        }
        // Overwrite: the new key is dropped, the old value is returned.
        let old = m.insert(c.elem(5), c.elem(5555)).unwrap();
        assert_eq!(old.value, 1005);
        drop(old);
        let probe = c.elem(6);
        assert_eq!(m.remove(&probe).unwrap().value, 1006);
        assert!(m.get(&probe).is_none());
        m.get_or_insert_with(c.elem(7), || unreachable!());
        m.retain(|k, _| k.value % 3 != 0);
        assert_eq!(c.live(), 1 + 2 * m.len());
        m.clear();
        assert_eq!(c.live(), 1);
        for i in 0..50 {
            m.insert(c.elem(i), c.elem(i));
        }
        drop(probe);
    }
    assert_eq!(c.live(), 0);
}

/// A key whose equality ignores `tag`: shows which of two equal keys a map keeps.
#[derive(Clone, Debug)]
struct Tagged {
    id: u32,
    tag: u32,
}
impl PartialEq for Tagged {
    fn eq(&self, o: &Self) -> bool {
        self.id == o.id
    }
}
impl Eq for Tagged {}
impl Hash for Tagged {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.id.hash(h)
    }
}

fn keeps_old_key<M: Map<Tagged, u32>>() {
    let mut m = M::new();
    m.insert(Tagged { id: 1, tag: 1 }, 10);
    assert_eq!(m.insert(Tagged { id: 1, tag: 2 }, 20), Some(10));
    let (k, v) = m.iter().next().unwrap();
    assert_eq!((k.tag, *v), (1, 20));
    m.get_or_insert_with(Tagged { id: 1, tag: 3 }, || 0);
    assert_eq!(m.keys().next().unwrap().tag, 1);
}

fn std_hasher<M: Map<u64, u64>>() {
    // `Default` and `FromIterator` through the trait.
    let m: M = (0..10).map(|i| (i, i)).collect();
    assert_eq!(m.len(), 10);
    let mut d = M::default();
    d.extend((0..5).map(|i| (i, i)));
    d.extend(LyingIter {
        inner: (5..10).map(|i| (i, i)),
        claimed: (1000, None),
    });
    assert_eq!(d.len(), 10);
    assert_eq!(sorted(&d), sorted(&m));
}

macro_rules! suite {
    ($variant:ident) => {
        mod $variant {
            use super::*;
            type M<K, V> = sizespeed::$variant::Map<K, V>;
            type MD<K, V> = sizespeed::$variant::Map<K, V, BuildHasherDefault<DefaultHasher>>;

            #[test]
            fn basic() {
                super::basic::<M<u64, u64>>();
                super::basic::<MD<u64, u64>>();
            }
            #[test]
            fn strings() {
                super::strings::<M<String, String>>();
            }
            #[test]
            fn zst() {
                super::zst_values::<M<u64, ()>>();
                super::zst_keys::<M<Zst, u64>>();
                super::zst_both::<M<Zst, Zst>>();
            }
            #[test]
            fn align64() {
                super::align64::<M<Align64, Align64>>();
            }
            #[test]
            fn growth() {
                super::growth::<M<u64, u64>>();
            }
            #[test]
            fn churn() {
                super::churn::<M<u64, u64>>();
            }
            #[test]
            fn tracked() {
                super::tracked::<M<Tracked, Tracked>>();
            }
            #[test]
            fn keeps_old_key() {
                super::keeps_old_key::<M<Tagged, u32>>();
            }
            #[test]
            fn std_hasher() {
                super::std_hasher::<MD<u64, u64>>();
            }

            #[test]
            fn inherent_api() {
                let mut m: M<String, u64> = M::with_capacity(4);
                assert!(m.capacity() >= 4);
                m.insert("a".into(), 1);
                m.insert("b".into(), 2);
                assert_eq!(m.get_key_value("a"), Some((&"a".to_string(), &1)));
                assert_eq!(m.get_key_value("z"), None);
                assert_eq!(m.remove_entry("b"), Some(("b".to_string(), 2)));
                assert_eq!(m.remove_entry("b"), None);
                for (_, v) in m.iter_mut() {
                    *v = 9;
                }
                assert_eq!(m["a"], 9);
                let _: &std::hash::RandomState = m.hasher();
                m.reserve(100);
                assert!(m.capacity() >= 101);
                m.shrink_to_fit();
                assert!(m.capacity() >= 1 && m.capacity() < 100);
                assert_eq!(m["a"], 9);
                assert!(m.try_reserve(10).is_ok());
                assert!(m.try_reserve(usize::MAX).is_err());
                assert_eq!(m.len(), 1);
                let mut e: M<u64, u64> = M::new();
                e.shrink_to_fit();
                assert_eq!(e.capacity(), 0);
                e.insert(1, 1);
                e.remove(&1);
                e.shrink_to_fit();
                assert_eq!(e.capacity(), 0);
                let mut w: MD<u64, u64> =
                    MD::with_capacity_and_hasher(8, BuildHasherDefault::default());
                w.insert(1, 2);
                let w2: MD<u64, u64> = MD::with_hasher(Default::default());
                assert!(w2.is_empty());
                assert_eq!(w.get(&1), Some(&2));
            }

            #[test]
            fn into_iters() {
                let c = Counter::new();
                let mut m: M<Tracked, Tracked> = M::new();
                for i in 0..20 {
                    m.insert(c.elem(i), c.elem(i));
                }
                let mut it = m.into_iter();
                assert_eq!(it.len(), 20);
                let (k, v) = it.next().unwrap();
                assert_eq!(k.value, v.value);
                assert_eq!(it.len(), 19);
                drop((k, v));
                drop(it); // drops the 19 left
                assert_eq!(c.live(), 0);

                let m: M<u64, String> = (0..10).map(|i| (i, i.to_string())).collect();
                let mut keys: Vec<u64> = m.clone().into_keys().collect();
                keys.sort();
                assert_eq!(keys, (0..10).collect::<Vec<_>>());
                let mut values: Vec<String> = m.clone().into_values().collect();
                values.sort();
                assert_eq!(values.len(), 10);
                assert_eq!(values[0], "0");
                let mut n = 0;
                for (k, v) in &m {
                    assert_eq!(&k.to_string(), v);
                    n += 1;
                }
                assert_eq!(n, 10);
                let mut m = m;
                for (_, v) in &mut m {
                    v.push('x');
                }
                assert_eq!(m[&3], "3x");
                let mut all: Vec<(u64, String)> = m.into_iter().collect();
                all.sort();
                assert_eq!(all[9], (9, "9x".to_string()));
            }

            #[test]
            fn std_traits() {
                let a: M<u64, u64> = M::from([(1, 10), (2, 20), (3, 30)]);
                let mut b: M<u64, u64> = M::new();
                for k in [3, 1, 2] {
                    b.insert(k, k * 10);
                }
                assert_eq!(a, b);
                b.insert(4, 40);
                assert_ne!(a, b);
                b.remove(&4);
                b.insert(3, 31);
                assert_ne!(a, b);
                let c = a.clone();
                assert_eq!(c, a);
                let one: M<u64, u64> = M::from([(1, 2)]);
                assert_eq!(format!("{one:?}"), "{1: 2}");
                let empty: M<u64, u64> = M::default();
                assert_eq!(format!("{empty:?}"), "{}");
                let mut e: M<u64, u64> = M::new();
                e.extend([(&1, &2), (&3, &4)]);
                assert_eq!(e.len(), 2);
                assert_eq!(e[&3], 4);
                let msg = expect_panic(|| a[&99]);
                assert!(msg.contains("no entry"), "{msg}");
                // Clone of a map with drop-glue entries, and of an empty one.
                let s: M<String, Vec<u8>> =
                    (0..50).map(|i| (i.to_string(), vec![i as u8])).collect();
                let s2 = s.clone();
                assert_eq!(s, s2);
                assert_eq!(s2["7"], vec![7]);
                let z: M<String, String> = M::new();
                assert!(z.clone().is_empty());
            }

            #[test]
            fn clone_panics_are_safe() {
                use common::PanicOnClone;
                let c = Counter::new();
                let mut m: M<u64, PanicOnClone> = M::new();
                for i in 0..30 {
                    m.insert(i, PanicOnClone::new(&c, i, 17));
                }
                expect_panic(|| m.clone());
                assert_eq!(c.live(), 30);
                assert_eq!(m.len(), 30);
                drop(m);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn drop_panic_in_clear_and_drop() {
                use common::PanicOnDrop;
                if cfg!(miri) && stringify!($variant) == "fast" {
                    // std leaks the entries after a panicking drop, which Miri's leak
                    // checker reports; the leak is std's documented behaviour.
                    return;
                }
                let c = Counter::new();
                let mut m: M<u64, PanicOnDrop> = M::new();
                for i in 0..20 {
                    m.insert(i, PanicOnDrop::new(&c, i == 7));
                }
                expect_panic(|| m.clear());
                assert_eq!(m.len(), 0);
                assert_eq!(m.iter().count(), 0);
                // std leaks the entries after a panicking drop; small drops them all.
                // Either way none is dropped twice (the counter would underflow).
                let leaked = c.live();
                if stringify!($variant) == "small" {
                    assert_eq!(leaked, 0);
                }
                m.insert(1, PanicOnDrop::new(&c, false));
                assert_eq!(m.len(), 1);
                for i in 2..20 {
                    m.insert(i, PanicOnDrop::new(&c, i == 9));
                }
                expect_panic(move || drop(m));
                if stringify!($variant) == "small" {
                    assert_eq!(c.live(), 0);
                } else {
                    assert!(c.live() >= leaked);
                }
            }

            #[test]
            fn retain_panics_are_safe() {
                let c = Counter::new();
                let mut m: M<Tracked, Tracked> = M::new();
                for i in 0..40 {
                    m.insert(c.elem(i), c.elem(i));
                }
                let mut seen = 0;
                expect_panic(|| {
                    m.retain(|k, _| {
                        seen += 1;
                        if seen == 20 {
                            panic!("keep");
                        }
                        k.value % 2 == 0
                    })
                });
                assert_eq!(m.iter().count(), m.len());
                assert_eq!(c.live(), 2 * m.len());
                for (k, _) in m.iter() {
                    assert!(m.get(k).is_some());
                }
                drop(m);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn entry_api() {
                use sizespeed::$variant::map::Entry;
                let c = Counter::new();
                let mut m: M<Tracked, Tracked> = M::new();
                let n = if cfg!(miri) { 40 } else { 400 };
                // Insertions through vacant entries, from an empty table through growth.
                for i in 0..n {
                    let v = m.entry(c.elem(i)).or_insert(c.elem(i * 10));
                    assert_eq!(v.value, i * 10);
                    v.value += 1;
                }
                assert_eq!(m.len(), n as usize);
                for i in 0..n {
                    assert_eq!(m.get(&c.elem(i)).map(|t| t.value), Some(i * 10 + 1));
                }
                // Occupied: `or_insert*` keep the value and drop their arguments.
                let mut calls = 0;
                assert_eq!(m.entry(c.elem(3)).or_insert(c.elem(0)).value, 31);
                let v = m.entry(c.elem(3)).or_insert_with(|| {
                    calls += 1;
                    c.elem(0)
                });
                assert_eq!(v.value, 31);
                let v = m.entry(c.elem(3)).or_insert_with_key(|_| {
                    calls += 1;
                    c.elem(0)
                });
                assert_eq!(v.value, 31);
                assert_eq!(calls, 0);
                let v = m
                    .entry(c.elem(n + 1))
                    .or_insert_with_key(|k| c.elem(k.value + 5));
                assert_eq!(v.value, n + 6);
                assert_eq!(m.entry(c.elem(4)).key().value, 4);
                assert_eq!(m.entry(c.elem(n + 2)).key().value, n + 2);
                m.entry(c.elem(5))
                    .and_modify(|v| v.value = 500)
                    .or_insert_with(|| unreachable!());
                assert_eq!(m[&c.elem(5)].value, 500);
                let e = m.entry(c.elem(n + 3)).and_modify(|_| unreachable!());
                assert!(matches!(e, Entry::Vacant(_)));
                drop(e);
                assert!(!m.contains_key(&c.elem(n + 3)));
                // `insert_entry` on both kinds.
                let o = m.entry(c.elem(6)).insert_entry(c.elem(66));
                assert_eq!((o.key().value, o.get().value), (6, 66));
                let o = m.entry(c.elem(n + 4)).insert_entry(c.elem(7));
                assert_eq!((o.key().value, o.get().value), (n + 4, 7));
                // Matching on the variants, as ported code does.
                match m.entry(c.elem(7)) {
                    Entry::Occupied(mut o) => {
                        assert_eq!(o.key().value, 7);
                        assert_eq!(o.get().value, 71);
                        o.get_mut().value = 72;
                        assert_eq!(o.insert(c.elem(73)).value, 72);
                        assert_eq!(o.into_mut().value, 73);
                    }
                    Entry::Vacant(_) => panic!("7 is present"),
                }
                match m.entry(c.elem(8)) {
                    Entry::Occupied(o) => assert_eq!(o.remove().value, 81),
                    Entry::Vacant(_) => panic!("8 is present"),
                }
                match m.entry(c.elem(9)) {
                    Entry::Occupied(o) => {
                        let (k, v) = o.remove_entry();
                        assert_eq!((k.value, v.value), (9, 91));
                    }
                    Entry::Vacant(_) => panic!("9 is present"),
                }
                match m.entry(c.elem(9)) {
                    Entry::Occupied(_) => panic!("9 was removed"),
                    Entry::Vacant(v) => {
                        assert_eq!(v.key().value, 9);
                        assert_eq!(v.into_key().value, 9);
                    }
                }
                assert!(!m.contains_key(&c.elem(9)));
                match m.entry(c.elem(9)) {
                    Entry::Occupied(_) => panic!("9 was removed"),
                    Entry::Vacant(v) => v.insert(c.elem(99)).value += 1,
                }
                assert_eq!(m[&c.elem(9)].value, 100);
                let mut d: M<u32, Vec<u32>> = M::new();
                d.entry(1).or_default().push(1);
                d.entry(1).or_default().push(2);
                assert_eq!(d[&1], [1, 2]);
                assert_eq!(m.iter().count(), m.len());
                assert_eq!(c.live(), 2 * m.len());
                drop(m);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn entry_debug_matches_std() {
                use sizespeed::$variant::map::Entry;
                let mut m: M<u8, u8> = M::new();
                let mut s = HashMap::new();
                m.insert(1, 2);
                s.insert(1u8, 2u8);
                assert_eq!(format!("{:?}", m.entry(1)), format!("{:?}", s.entry(1)));
                assert_eq!(format!("{:?}", m.entry(3)), format!("{:?}", s.entry(3)));
                if let Entry::Occupied(o) = m.entry(1) {
                    assert_eq!(format!("{o:?}"), "OccupiedEntry { key: 1, value: 2, .. }");
                }
            }

            #[test]
            fn entry_hashes_key_once() {
                thread_local! {
                    static HASHES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
                }
                #[derive(Default)]
                struct Counting(DefaultHasher);
                impl Hasher for Counting {
                    fn finish(&self) -> u64 {
                        HASHES.with(|h| h.set(h.get() + 1));
                        self.0.finish()
                    }
                    fn write(&mut self, b: &[u8]) {
                        self.0.write(b)
                    }
                }
                let mut m: sizespeed::$variant::Map<u64, u64, BuildHasherDefault<Counting>> =
                    Default::default();
                m.reserve(100);
                for i in 0..50 {
                    HASHES.with(|h| h.set(0));
                    *m.entry(i).or_insert(0) += 1;
                    assert_eq!(HASHES.with(|h| h.get()), 1, "vacant entry {i}");
                    HASHES.with(|h| h.set(0));
                    *m.entry(i).or_insert(0) += 1;
                    assert_eq!(HASHES.with(|h| h.get()), 1, "occupied entry {i}");
                }
                assert!(m.values().all(|v| *v == 2));
            }

            #[test]
            fn const_with_hasher() {
                type H = BuildHasherDefault<DefaultHasher>;
                const EMPTY: sizespeed::$variant::Map<u64, u64, H> =
                    sizespeed::$variant::Map::with_hasher(BuildHasherDefault::new());
                let mut m = EMPTY;
                m.insert(1, 2);
                assert_eq!(m[&1], 2);
                assert!(EMPTY.is_empty());
            }

            #[test]
            fn drain_and_extract_if() {
                let c = Counter::new();
                let n = if cfg!(miri) { 30 } else { 300 };
                let mut m: M<Tracked, Tracked> = M::new();
                for i in 0..n {
                    m.insert(c.elem(i), c.elem(i));
                }
                let cap = m.capacity();
                // A fully consumed drain.
                let mut got: Vec<u64> = m
                    .drain()
                    .map(|(k, v)| {
                        assert_eq!(k.value, v.value);
                        k.value
                    })
                    .collect();
                got.sort();
                assert_eq!(got, (0..n).collect::<Vec<_>>());
                assert!(m.is_empty());
                assert_eq!(m.capacity(), cap, "drain keeps the allocation");
                assert_eq!(c.live(), 0);
                // A partly consumed drain drops the rest.
                for i in 0..n {
                    m.insert(c.elem(i), c.elem(i));
                }
                {
                    let mut d = m.drain();
                    assert_eq!(d.len(), n as usize);
                    let _ = d.next();
                    assert_eq!(d.size_hint(), (n as usize - 1, Some(n as usize - 1)));
                    assert!(format!("{d:?}").starts_with('['));
                }
                assert_eq!((m.len(), c.live()), (0, 0));
                m.drain().for_each(drop);
                // extract_if: removes the matching entries, in place, once each.
                for i in 0..n {
                    m.insert(c.elem(i), c.elem(i));
                }
                let mut calls = 0;
                let mut odd: Vec<u64> = m
                    .extract_if(|k, v| {
                        calls += 1;
                        v.value += 1000;
                        k.value % 2 == 1
                    })
                    .map(|(k, v)| {
                        assert_eq!(v.value, k.value + 1000);
                        k.value
                    })
                    .collect();
                odd.sort();
                assert_eq!(calls, n);
                assert_eq!(odd, (0..n).filter(|i| i % 2 == 1).collect::<Vec<_>>());
                assert_eq!(m.len(), (n as usize).div_ceil(2));
                assert!(m
                    .iter()
                    .all(|(k, v)| k.value % 2 == 0 && v.value == k.value + 1000));
                // Dropped early: the rest stays.
                let before = m.len();
                let mut it = m.extract_if(|_, _| true);
                assert!(it.next().is_some());
                drop(it);
                assert_eq!(m.len(), before - 1);
                for (k, _) in m.iter() {
                    assert!(m.get(k).is_some());
                }
                assert_eq!(c.live(), 2 * m.len());
                drop(m);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn leaked_drain_and_extract_if_leave_a_valid_map() {
                let c = Counter::new();
                let mut m: M<Tracked, Tracked> = M::new();
                for i in 0..20 {
                    m.insert(c.elem(i), c.elem(i));
                }
                let mut d = m.drain();
                let _ = d.next();
                leak(d);
                // The map is empty and usable; the leaked entries are never dropped, and
                // none is dropped twice.
                assert_eq!(m.len(), 0);
                assert_eq!(m.iter().count(), 0);
                for i in 0..20 {
                    m.insert(c.elem(i), c.elem(i));
                }
                let leaked = c.live() - 40;
                let mut e = m.extract_if(|k, _| k.value % 3 == 0);
                let _ = e.next();
                leak(e);
                assert_eq!(m.len(), 19);
                for (k, v) in m.iter() {
                    assert_eq!(m.get(k).map(|t| t.value), Some(v.value));
                }
                drop(m);
                assert_eq!(c.live(), leaked);
            }

            #[test]
            fn drain_drop_panics_are_safe() {
                use common::PanicOnDrop;
                if cfg!(miri) && stringify!($variant) == "fast" {
                    return; // std leaks after a panicking drop (see above).
                }
                let c = Counter::new();
                let mut m: M<u64, PanicOnDrop> = M::new();
                for i in 0..30 {
                    m.insert(i, PanicOnDrop::new(&c, i == 11));
                }
                expect_panic(|| {
                    let mut d = m.drain();
                    // Drop the panicking one as part of the drain's rest, or here.
                    let _ = d.next();
                });
                assert_eq!(m.len(), 0);
                assert_eq!(m.iter().count(), 0);
                if stringify!($variant) == "small" {
                    assert_eq!(c.live(), 0, "every entry dropped exactly once");
                }
                m.insert(1, PanicOnDrop::new(&c, false));
                assert_eq!(m.len(), 1);
            }

            #[test]
            fn extract_if_predicate_panics_are_safe() {
                let c = Counter::new();
                let mut m: M<Tracked, Tracked> = M::new();
                for i in 0..40 {
                    m.insert(c.elem(i), c.elem(i));
                }
                let mut seen = 0;
                let mut out = Vec::new();
                expect_panic(|| {
                    for kv in m.extract_if(|k, _| {
                        seen += 1;
                        if seen == 25 {
                            panic!("pred");
                        }
                        k.value % 2 == 0
                    }) {
                        out.push(kv);
                    }
                });
                assert_eq!(m.len() + out.len(), 40);
                assert_eq!(m.iter().count(), m.len());
                for (k, v) in m.iter() {
                    assert_eq!(m.get(k).map(|t| t.value), Some(v.value));
                }
                drop(out);
                assert_eq!(c.live(), 2 * m.len());
                drop(m);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn get_disjoint_mut_as_std() {
                let mut m: M<String, u32> = M::new();
                m.insert("a".into(), 1);
                m.insert("b".into(), 2);
                let [a, b, z] = m.get_disjoint_mut(["a", "b", "z"]);
                std::mem::swap(a.unwrap(), b.unwrap());
                assert!(z.is_none());
                assert_eq!((m["a"], m["b"]), (2, 1));
                let [x, y] = m.get_disjoint_mut(["y", "y"]);
                assert!(x.is_none() && y.is_none(), "absent duplicates do not panic");
                let msg = expect_panic(|| {
                    let _ = m.get_disjoint_mut(["a", "b", "a"]);
                });
                let mut s: HashMap<String, u32> = m.clone().into_iter().collect();
                let std_msg = expect_panic(|| {
                    let _ = s.get_disjoint_mut(["a", "b", "a"]);
                });
                assert_eq!(msg, std_msg);
                // SAFETY: distinct keys.
                let [a] = unsafe { m.get_disjoint_unchecked_mut(["a"]) };
                *a.unwrap() = 9;
                assert_eq!(m["a"], 9);
            }

            #[test]
            fn more_std_traits() {
                use sizespeed::$variant::map;
                let m: M<u8, u8> = (0..5).map(|i| (i, i)).collect();
                let mut c = M::new();
                c.insert(9, 9);
                c.clone_from(&m);
                assert_eq!(c, m);
                assert_eq!(map::Iter::<u8, u8>::default().count(), 0);
                assert_eq!(map::IterMut::<u8, u8>::default().count(), 0);
                assert_eq!(map::Keys::<u8, u8>::default().count(), 0);
                assert_eq!(map::Values::<u8, u8>::default().count(), 0);
                assert_eq!(map::ValuesMut::<u8, u8>::default().count(), 0);
                assert_eq!(map::IntoIter::<u8, String>::default().count(), 0);
                assert_eq!(map::IntoKeys::<u8, String>::default().count(), 0);
                assert_eq!(map::IntoValues::<u8, String>::default().count(), 0);
                let one: M<u8, u8> = [(1, 2)].into();
                let mut one_mut = one.clone();
                assert_eq!(format!("{:?}", one.iter()), "[(1, 2)]");
                assert_eq!(format!("{:?}", one.keys()), "[1]");
                assert_eq!(format!("{:?}", one.values()), "[2]");
                assert_eq!(format!("{:?}", one_mut.iter_mut()), "[(1, 2)]");
                assert_eq!(format!("{:?}", one_mut.values_mut()), "[2]");
                assert_eq!(format!("{:?}", one.clone().into_iter()), "[(1, 2)]");
                assert_eq!(format!("{:?}", one.clone().into_keys()), "[1]");
                assert_eq!(format!("{:?}", one.clone().into_values()), "[2]");
                assert_eq!(format!("{:?}", one_mut.drain()), "[(1, 2)]");
                let mut e = one.clone();
                assert_eq!(
                    format!("{:?}", e.extract_if(|_, _| true)),
                    "ExtractIf { .. }"
                );
                fn exact<I: ExactSizeIterator + std::iter::FusedIterator>(_: &I) {}
                let mut m2 = m.clone();
                exact(&m2.drain());
                fn fused<I: std::iter::FusedIterator>(_: &I) {}
                fused(&m2.extract_if(|_, _| true));
            }
        }
    };
}

suite!(fast);
suite!(small);

/// Leaks `x` the way `mem::forget` does, but keeps its bytes reachable from a static, so
/// that Miri's leak checker (which ignores memory reachable from statics) accepts the
/// deliberately leaked allocation.
fn leak<T>(x: T) {
    use std::mem::{ManuallyDrop, MaybeUninit};
    use std::sync::Mutex;
    static SINK: Mutex<Vec<Box<[MaybeUninit<u8>]>>> = Mutex::new(Vec::new());
    let x = ManuallyDrop::new(x);
    let mut bytes = vec![MaybeUninit::<u8>::uninit(); std::mem::size_of::<T>()].into_boxed_slice();
    // SAFETY: both regions are `size_of::<T>()` bytes, distinct; copying bytes (with
    // their provenance) does not duplicate ownership, as `x` is never dropped or used.
    unsafe {
        std::ptr::copy_nonoverlapping(
            &*x as *const T as *const MaybeUninit<u8>,
            bytes.as_mut_ptr(),
            bytes.len(),
        )
    };
    SINK.lock().unwrap().push(bytes);
}
