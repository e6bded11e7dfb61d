//! One conformance suite for every `Set` variant.
// std's `extract_if` (1.88) and `get_disjoint_mut` (1.86) serve as the oracle; the
// crate's rust-version is raised with this work.

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

            #[test]
            fn algebra() {
                use std::collections::HashSet;
                let n = if cfg!(miri) { 30 } else { 300 };
                let a: S<u64> = (0..n).filter(|i| i % 2 == 0).collect();
                let b: S<u64> = (0..n).filter(|i| i % 3 == 0).collect();
                let sa: HashSet<u64> = a.iter().copied().collect();
                let sb: HashSet<u64> = b.iter().copied().collect();
                let set = |it: &mut dyn Iterator<Item = &u64>| -> Vec<u64> {
                    let mut v: Vec<u64> = it.copied().collect();
                    v.sort();
                    v
                };
                let std_set = |it: &mut dyn Iterator<Item = &u64>| -> Vec<u64> {
                    let mut v: Vec<u64> = it.copied().collect();
                    v.sort();
                    v
                };
                assert_eq!(set(&mut a.union(&b)), std_set(&mut sa.union(&sb)));
                assert_eq!(set(&mut b.union(&a)), std_set(&mut sb.union(&sa)));
                assert_eq!(
                    set(&mut a.intersection(&b)),
                    std_set(&mut sa.intersection(&sb))
                );
                assert_eq!(set(&mut a.difference(&b)), std_set(&mut sa.difference(&sb)));
                assert_eq!(set(&mut b.difference(&a)), std_set(&mut sb.difference(&sa)));
                assert_eq!(
                    set(&mut a.symmetric_difference(&b)),
                    std_set(&mut sa.symmetric_difference(&sb))
                );
                assert_eq!(set(&mut (&a | &b).iter()), std_set(&mut (&sa | &sb).iter()));
                assert_eq!(set(&mut (&a & &b).iter()), std_set(&mut (&sa & &sb).iter()));
                assert_eq!(set(&mut (&a - &b).iter()), std_set(&mut (&sa - &sb).iter()));
                assert_eq!(set(&mut (&a ^ &b).iter()), std_set(&mut (&sa ^ &sb).iter()));
                assert_eq!(a.union(&b).count(), (&a | &b).len());
                // Debug and Clone of the lazy iterators.
                let one: S<u64> = S::from([1]);
                let none: S<u64> = S::new();
                assert_eq!(format!("{:?}", one.union(&none)), "[1]");
                assert_eq!(format!("{:?}", one.intersection(&one)), "[1]");
                assert_eq!(format!("{:?}", one.difference(&none)), "[1]");
                assert_eq!(format!("{:?}", one.symmetric_difference(&none)), "[1]");
                let it = a.intersection(&b);
                assert_eq!(it.clone().count(), it.count());
                fn fused<I: std::iter::FusedIterator>(_: &I) {}
                fused(&a.union(&b));
                fused(&a.difference(&b));
            }

            /// The intersection yields the smaller set's elements (as std's does), and
            /// looks each one up in the larger set.
            #[test]
            fn intersection_iterates_the_smaller_set() {
                use std::rc::Rc;
                #[derive(Debug)]
                struct Tagged(u32, &'static str);
                impl PartialEq for Tagged {
                    fn eq(&self, o: &Self) -> bool {
                        self.0 == o.0
                    }
                }
                impl Eq for Tagged {}
                impl std::hash::Hash for Tagged {
                    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
                        self.0.hash(h)
                    }
                }
                let small: S<Rc<Tagged>> = S::from([Rc::new(Tagged(1, "small"))]);
                let large: S<Rc<Tagged>> = (0..10).map(|i| Rc::new(Tagged(i, "large"))).collect();
                let from_small: Vec<_> = large.intersection(&small).map(|t| t.1).collect();
                assert_eq!(from_small, ["small"]);
                let from_small: Vec<_> = small.intersection(&large).map(|t| t.1).collect();
                assert_eq!(from_small, ["small"]);
            }

            #[test]
            fn replace_returns_the_old_element_and_keeps_the_new() {
                /// Equal by `key` only; `tag` tells two equal elements apart.
                #[derive(Debug)]
                struct Tagged {
                    key: u32,
                    tag: char,
                }
                impl PartialEq for Tagged {
                    fn eq(&self, other: &Self) -> bool {
                        self.key == other.key
                    }
                }
                impl Eq for Tagged {}
                impl std::hash::Hash for Tagged {
                    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
                        self.key.hash(h);
                    }
                }
                let mut s: S<Tagged> = S::new();
                for key in 0..50 {
                    assert!(s.replace(Tagged { key, tag: 'a' }).is_none());
                }
                let old = s.replace(Tagged { key: 7, tag: 'b' }).expect("present");
                assert_eq!((old.key, old.tag), (7, 'a'));
                assert_eq!(
                    s.get(&Tagged { key: 7, tag: '?' }).map(|t| t.tag),
                    Some('b')
                );
                assert_eq!(s.len(), 50);
            }

            #[test]
            fn replace_drain_extract_if() {
                let c = Counter::new();
                let mut s: S<Tracked> = S::new();
                let n = if cfg!(miri) { 30 } else { 300 };
                for i in 0..n {
                    assert!(s.replace(c.elem(i)).is_none());
                }
                let old = s.replace(c.elem(5)).expect("present");
                assert_eq!(old.value, 5);
                drop(old);
                assert_eq!((s.len(), c.live()), (n as usize, n as usize));
                let cap = s.capacity();
                let mut got: Vec<u64> = s.drain().map(|t| t.value).collect();
                got.sort();
                assert_eq!(got, (0..n).collect::<Vec<_>>());
                assert!(s.is_empty());
                assert_eq!(s.capacity(), cap);
                assert_eq!(c.live(), 0);
                for i in 0..n {
                    s.insert(c.elem(i));
                }
                {
                    let mut d = s.drain();
                    let _ = d.next();
                    assert_eq!(d.len(), n as usize - 1);
                }
                assert_eq!((s.len(), c.live()), (0, 0));
                for i in 0..n {
                    s.insert(c.elem(i));
                }
                let mut odd: Vec<u64> = s
                    .extract_if(|t| t.value % 2 == 1)
                    .map(|t| t.value)
                    .collect();
                odd.sort();
                assert_eq!(odd, (0..n).filter(|i| i % 2 == 1).collect::<Vec<_>>());
                assert!(s.iter().all(|t| t.value % 2 == 0 && s.contains(t)));
                assert_eq!(c.live(), s.len());
                // A panicking predicate leaves a valid set.
                let mut seen = 0;
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    s.extract_if(|_| {
                        seen += 1;
                        if seen == 5 {
                            panic!("pred");
                        }
                        true
                    })
                    .for_each(drop)
                }));
                assert!(r.is_err());
                assert_eq!(s.iter().count(), s.len());
                assert_eq!(c.live(), s.len());
                drop(s);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn set_std_traits() {
                use sizespeed::$variant::set;
                type H = BuildHasherDefault<DefaultHasher>;
                const EMPTY: SD<u64> = SD::with_hasher(BuildHasherDefault::<DefaultHasher>::new());
                let mut e = EMPTY;
                e.insert(1);
                assert!(EMPTY.is_empty() && e.len() == 1);
                let _: &H = e.hasher();
                assert_eq!(set::Iter::<u8>::default().count(), 0);
                assert_eq!(set::IntoIter::<String>::default().len(), 0);
                let one: S<u8> = S::from([1]);
                assert_eq!(format!("{:?}", one.clone().into_iter()), "[1]");
                let mut d = one.clone();
                assert_eq!(format!("{:?}", d.drain()), "[1]");
                let mut d = one.clone();
                assert_eq!(format!("{:?}", d.extract_if(|_| true)), "ExtractIf { .. }");
                let mut c: S<u8> = S::from([7, 8]);
                c.clone_from(&one);
                assert_eq!(c, one);
            }

            #[test]
            fn leaked_drain_and_extract_if_leave_a_valid_set() {
                let c = Counter::new();
                let mut s: S<Tracked> = S::new();
                for i in 0..20 {
                    s.insert(c.elem(i));
                }
                let mut d = s.drain();
                let _ = d.next();
                leak(d);
                assert_eq!((s.len(), s.iter().count()), (0, 0));
                for i in 0..20 {
                    s.insert(c.elem(i));
                }
                let leaked = c.live() - 20;
                let mut e = s.extract_if(|t| t.value % 3 == 0);
                let _ = e.next();
                leak(e);
                assert_eq!(s.len(), 19);
                assert!(s.iter().all(|t| s.contains(t)));
                drop(s);
                assert_eq!(c.live(), leaked);
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
