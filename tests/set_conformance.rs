//! One conformance suite for every `Set` variant.

mod common;

use std::hash::{BuildHasherDefault, DefaultHasher};

use common::{Align64, Counter, Tracked, Zst};
use sizespeed::Set;

fn basic<S: Set<u64>>() {
    let mut s = S::new();
    assert!(s.is_empty());
    assert!(!s.contains(&1));
    for i in 0..500 {
        assert!(s.insert(i));
    }
    assert!(!s.insert(7));
    assert_eq!(s.len(), 500);
    assert!(s.contains(&499));
    assert!(!s.contains(&500));
    assert!(s.remove(&7));
    assert!(!s.remove(&7));
    assert_eq!(s.iter().len(), 499);
    assert_eq!(s.iter().sum::<u64>(), (0..500).sum::<u64>() - 7);
    s.retain(|v| v % 2 == 1);
    assert_eq!(s.len(), 249);
    assert!(s.iter().all(|v| v % 2 == 1));
    s.extend([1000, 1001]);
    assert_eq!(s.len(), 251);
    s.clear();
    assert!(s.is_empty());
    let f: S = (0..10).collect();
    assert_eq!(f.len(), 10);
    assert!(S::default().is_empty());
}

fn strings<S: Set<String>>() {
    let mut s = S::new();
    for i in 0..200 {
        s.insert(format!("s{i}"));
    }
    assert!(s.contains("s5"));
    assert!(!s.contains("s200"));
    assert!(s.remove("s5"));
    assert!(!s.contains("s5"));
    assert_eq!(s.len(), 199);
}

fn zst<S: Set<Zst>>() {
    let mut s = S::new();
    assert!(s.insert(Zst));
    assert!(!s.insert(Zst));
    assert_eq!(s.len(), 1);
    assert_eq!(s.iter().count(), 1);
    assert!(s.remove(&Zst));
    assert!(s.is_empty());
}

fn aligned<S: Set<Align64>>() {
    let mut s = S::new();
    for i in 0..100 {
        s.insert(Align64(i));
    }
    for v in s.iter() {
        assert_eq!(v as *const Align64 as usize % 64, 0);
    }
    assert!(s.contains(&Align64(50)));
}

fn tracked<S: Set<Tracked>>() {
    let c = Counter::new();
    {
        let mut s = S::new();
        for i in 0..100 {
            s.insert(c.elem(i % 60));
        }
        assert_eq!(s.len(), 60);
        assert_eq!(c.live(), 60);
        assert!(s.remove(&c.elem(3)));
        s.retain(|t| t.value < 30);
        assert_eq!(c.live(), 29);
    }
    assert_eq!(c.live(), 0);
}

macro_rules! suite {
    ($variant:ident) => {
        mod $variant {
            use super::*;
            type S<T> = sizespeed::$variant::Set<T>;
            type SD<T> = sizespeed::$variant::Set<T, BuildHasherDefault<DefaultHasher>>;

            #[test]
            fn basic() {
                super::basic::<S<u64>>();
                super::basic::<SD<u64>>();
            }
            #[test]
            fn strings() {
                super::strings::<S<String>>();
            }
            #[test]
            fn zst() {
                super::zst::<S<Zst>>();
            }
            #[test]
            fn aligned() {
                super::aligned::<S<Align64>>();
            }
            #[test]
            fn tracked() {
                super::tracked::<S<Tracked>>();
            }

            #[test]
            fn inherent_api() {
                let mut s: S<String> = S::with_capacity(10);
                assert!(s.capacity() >= 10);
                s.insert("a".into());
                s.insert("b".into());
                assert_eq!(s.get("a"), Some(&"a".to_string()));
                assert_eq!(s.get("z"), None);
                assert_eq!(s.take("a"), Some("a".to_string()));
                assert_eq!(s.take("a"), None);
                s.reserve(100);
                assert!(s.try_reserve(usize::MAX).is_err());
                s.shrink_to_fit();
                assert!(s.contains("b"));
                let _ = s.hasher();
                let a: S<u64> = S::from([1, 2, 3]);
                let b: S<u64> = [3, 2, 1].into_iter().collect();
                let c: S<u64> = S::from([1, 2]);
                let d: S<u64> = S::from([7, 8]);
                assert_eq!(a, b);
                assert_ne!(a, c);
                assert!(c.is_subset(&a));
                assert!(!a.is_subset(&c));
                assert!(a.is_superset(&c));
                assert!(a.is_disjoint(&d));
                assert!(!a.is_disjoint(&c));
                assert_eq!(format!("{:?}", S::<u64>::from([5])), "{5}");
                let cl = a.clone();
                assert_eq!(cl, a);
                let mut e: S<u64> = S::new();
                e.extend(&[4u64, 5]);
                assert_eq!(e.len(), 2);
                let mut all: Vec<u64> = a.into_iter().collect();
                all.sort();
                assert_eq!(all, [1, 2, 3]);
                let mut n = 0;
                for _ in &e {
                    n += 1;
                }
                assert_eq!(n, 2);
                let w: SD<u64> = SD::with_hasher(Default::default());
                assert!(w.is_empty());
                let w: SD<u64> = SD::with_capacity_and_hasher(3, Default::default());
                assert!(w.capacity() >= 3);
            }

            #[test]
            fn into_iter_drops_rest() {
                let c = Counter::new();
                let mut s: S<Tracked> = S::new();
                for i in 0..30 {
                    s.insert(c.elem(i));
                }
                let mut it = s.into_iter();
                drop(it.next());
                drop(it.next());
                assert_eq!(it.len(), 28);
                drop(it);
                assert_eq!(c.live(), 0);
            }
        }
    };
}

suite!(fast);
suite!(small);
