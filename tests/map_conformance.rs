//! One conformance suite for every `Map` variant: generic over the `Map` trait where the
//! trait reaches, and over the shared inherent API (through a macro) where it does not.

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
        }
    };
}

suite!(fast);
suite!(small);
