//! One conformance suite for every deque variant: generic functions over the `Deque`
//! trait (plus the rest of the shared inherent API), instantiated for `fast` and `small`.

// The oracle is std's `VecDeque`, including APIs stable only since Rust 1.93/1.95
// (`pop_*_if`, `*_mut`), above the crate's rust-version; the tests run on current Rust.
#![allow(clippy::incompatible_msrv)]

mod common;
mod deque_support;

use std::collections::VecDeque;

use common::{expect_panic, Align4096, Align64, LyingIter, Zst};
use deque_support::{check_same, contents, std_hash, FullDeque};
use sizespeed::Deque;

/// A deque of u64 whose elements wrap around the end of the buffer: the front run is
/// `head..cap` and the back run starts at slot 0. Returns the model alongside.
fn wrapped<D: FullDeque<u64>>(n: u64) -> (D, VecDeque<u64>) {
    let mut d = D::with_capacity(n as usize);
    let mut m = VecDeque::with_capacity(n as usize);
    // Fill, then rotate by popping the front and pushing at the back until the first
    // element sits near the end of the buffer.
    for i in 0..n {
        d.push_back(i);
        m.push_back(i);
    }
    for _ in 0..n / 2 {
        let x = d.pop_front().unwrap();
        assert_eq!(Some(x), m.pop_front());
        d.push_back(x + 100);
        m.push_back(x + 100);
    }
    check_same(&d, &m);
    (d, m)
}

fn basics<D: FullDeque<u64>>() {
    let mut d = D::new();
    assert!(d.is_empty());
    assert_eq!(d.len(), 0);
    assert_eq!(d.front(), None);
    assert_eq!(d.back(), None);
    assert_eq!(d.pop_front(), None);
    assert_eq!(d.pop_back(), None);
    assert_eq!(d.get(0), None);
    assert_eq!(d.get_mut(0), None);
    assert_eq!(d.front_mut(), None);
    assert_eq!(d.back_mut(), None);
    assert_eq!(d.iter().next(), None);

    d.push_back(2);
    d.push_back(3);
    d.push_front(1);
    d.push_front(0);
    assert_eq!(contents(&d), [0, 1, 2, 3]);
    assert_eq!(d.len(), 4);
    assert_eq!(d.front(), Some(&0));
    assert_eq!(d.back(), Some(&3));
    assert_eq!(d.get(2), Some(&2));
    assert_eq!(d.get(4), None);
    assert_eq!(d.get(usize::MAX), None);
    *d.get_mut(1).unwrap() = 10;
    *d.front_mut().unwrap() += 5;
    *d.back_mut().unwrap() += 7;
    assert_eq!(contents(&d), [5, 10, 2, 10]);
    assert_eq!(d[1], 10);
    d[2] = 20;
    assert_eq!(d[2], 20);
    assert_eq!(d.pop_front(), Some(5));
    assert_eq!(d.pop_back(), Some(10));
    assert_eq!(d.pop_back(), Some(20));
    assert_eq!(d.pop_front(), Some(10));
    assert_eq!(d.pop_front(), None);
    assert!(d.is_empty());
}

fn push_front_on_empty<D: FullDeque<u64>>() {
    let mut d = D::new();
    let mut m = VecDeque::new();
    for i in 0..50 {
        d.push_front(i);
        m.push_front(i);
        check_same(&d, &m);
    }
    while let Some(x) = d.pop_back() {
        assert_eq!(Some(x), m.pop_back());
    }
    assert!(m.is_empty());
    // Again after the buffer exists.
    d.push_front(7);
    assert_eq!(d.back(), Some(&7));
}

fn alternate_ends<D: FullDeque<u64>>() {
    let mut d = D::new();
    let mut m = VecDeque::new();
    for i in 0..200u64 {
        match i % 5 {
            0 | 3 => {
                d.push_front(i);
                m.push_front(i);
            }
            1 | 4 => {
                d.push_back(i);
                m.push_back(i);
            }
            _ => {
                assert_eq!(d.pop_front(), m.pop_front());
                assert_eq!(d.pop_back(), m.pop_back());
            }
        }
        check_same(&d, &m);
    }
}

fn grow_while_wrapped<D: FullDeque<u64>>() {
    let sizes: &[u64] = if cfg!(miri) {
        &[1, 4, 5]
    } else {
        &[1, 2, 3, 4, 5, 7, 8, 9, 16, 33]
    };
    for &n in sizes {
        // Every rotation of a full buffer, then growth by pushing at either end.
        for rot in 0..n {
            for front in [false, true] {
                let mut d = D::with_capacity(n as usize);
                let mut m = VecDeque::new();
                for i in 0..n {
                    d.push_back(i);
                    m.push_back(i);
                }
                for _ in 0..rot {
                    let x = d.pop_front().unwrap();
                    m.pop_front();
                    d.push_back(x);
                    m.push_back(x);
                }
                for k in 0..n + 3 {
                    if front {
                        d.push_front(1000 + k);
                        m.push_front(1000 + k);
                    } else {
                        d.push_back(1000 + k);
                        m.push_back(1000 + k);
                    }
                    check_same(&d, &m);
                }
            }
        }
    }
    // Growth through `reserve` while wrapped.
    let (mut d, m) = wrapped::<D>(9);
    d.reserve(100);
    assert!(d.capacity() >= 109);
    check_same(&d, &m);
}

fn wrap_is_real<D: FullDeque<u64>>() {
    // The wrapped fixture really has two runs, so the tests below exercise the wrap.
    let (d, _) = wrapped::<D>(8);
    let (a, b) = d.as_slices();
    assert!(!a.is_empty() && !b.is_empty(), "{a:?} {b:?}");
}

fn clear_and_truncate<D: FullDeque<u64>>() {
    let sizes: &[u64] = if cfg!(miri) {
        &[0, 5, 8]
    } else {
        &[0, 1, 5, 8, 13]
    };
    for &n in sizes {
        for keep in 0..=n as usize + 1 {
            let (mut d, mut m) = wrapped::<D>(n);
            d.truncate(keep);
            m.truncate(keep);
            check_same(&d, &m);
            d.push_back(99);
            m.push_back(99);
            d.push_front(98);
            m.push_front(98);
            check_same(&d, &m);
        }
        let (mut d, _) = wrapped::<D>(n);
        let cap = d.capacity();
        d.clear();
        assert!(d.is_empty());
        assert_eq!(d.capacity(), cap, "clear keeps the allocation");
        d.push_back(1);
        assert_eq!(contents(&d), [1]);
    }
}

fn capacity_and_reserve<D: FullDeque<u64>>() {
    let d = D::with_capacity(10);
    assert!(d.capacity() >= 10);
    assert!(d.is_empty());
    let mut d = D::new();
    d.reserve(5);
    assert!(d.capacity() >= 5);
    let cap = d.capacity();
    for i in 0..cap as u64 {
        d.push_back(i);
    }
    assert_eq!(
        d.capacity(),
        cap,
        "no reallocation within the reserved room"
    );
    assert!(d.try_reserve(100).is_ok());
    assert!(d.capacity() >= cap + 100);
    let err = d.try_reserve(usize::MAX).unwrap_err();
    assert!(err.is_capacity_overflow());
    let err = D::new().try_reserve(usize::MAX).unwrap_err();
    assert!(err.is_capacity_overflow());
    assert_eq!(contents(&d).len(), cap);
    let msg = expect_panic(|| d.reserve(usize::MAX));
    assert!(msg.contains("capacity overflow"), "{msg}");
    let msg = expect_panic(|| D::new().reserve(usize::MAX / 2));
    assert!(msg.contains("capacity overflow"), "{msg}");
    assert_eq!(d.len(), cap, "a failed reserve leaves the deque as it was");
}

fn shrink<D: FullDeque<u64>>() {
    let (mut d, m) = wrapped::<D>(12);
    d.reserve(100);
    d.shrink_to_fit();
    assert!(d.capacity() >= d.len());
    assert!(d.capacity() < 100);
    check_same(&d, &m);
    d.push_back(1);
    d.push_front(2);
    let mut d = D::with_capacity(50);
    d.shrink_to_fit();
    assert_eq!(d.capacity(), 0);
    d.push_back(3);
    assert_eq!(contents(&d), [3]);
}

fn swap_contains_retain<D: FullDeque<u64>>() {
    let (mut d, mut m) = wrapped::<D>(10);
    let last = d.len() - 1;
    d.swap(0, last);
    m.swap(0, last);
    d.swap(3, 3);
    d.swap(2, 7);
    m.swap(2, 7);
    check_same(&d, &m);
    let msg = expect_panic(|| d.swap(0, 10));
    assert!(msg.contains("j < self.len()"), "{msg}");
    let msg = expect_panic(|| d.swap(11, 0));
    assert!(msg.contains("i < self.len()"), "{msg}");
    check_same(&d, &m);

    for x in 0..120 {
        assert_eq!(d.contains(&x), m.contains(&x), "{x}");
    }

    d.retain(&mut |x| x % 3 != 0);
    m.retain(|x| x % 3 != 0);
    check_same(&d, &m);
    d.retain_mut(&mut |x| {
        *x += 1;
        *x % 2 == 0
    });
    m.retain_mut(|x| {
        *x += 1;
        *x % 2 == 0
    });
    check_same(&d, &m);
    d.retain(&mut |_| false);
    assert!(d.is_empty());
}

fn contiguous_and_slices<D: FullDeque<u64>>() {
    // Every rotation of every fill level of a small ring, so each of make_contiguous'
    // strategies runs.
    let caps: &[usize] = if cfg!(miri) {
        &[1, 5, 8]
    } else {
        &[1, 2, 5, 8, 11]
    };
    for &cap in caps {
        for len in 0..=cap {
            for rot in 0..cap {
                let mut d = D::with_capacity(cap);
                let cap = d.capacity();
                let mut m = VecDeque::new();
                for i in 0..cap as u64 {
                    d.push_back(i);
                }
                for _ in 0..rot {
                    let x = d.pop_front().unwrap();
                    d.push_back(x);
                }
                while d.len() > len {
                    d.pop_back();
                }
                m.extend(d.iter().copied());
                assert_eq!(d.capacity(), cap);
                let s = d.make_contiguous();
                assert!(s.iter().eq(m.iter()));
                for x in s.iter_mut() {
                    *x += 1;
                }
                for x in m.iter_mut() {
                    *x += 1;
                }
                let (a, b) = d.as_slices();
                assert_eq!(a.len(), m.len());
                assert!(b.is_empty());
                check_same(&d, &m);
            }
        }
    }
    let (mut d, mut m) = wrapped::<D>(9);
    {
        let (a, b) = d.as_mut_slices();
        for x in a.iter_mut().chain(b) {
            *x *= 2;
        }
    }
    for x in m.iter_mut() {
        *x *= 2;
    }
    check_same(&d, &m);
}

fn iterators<D: FullDeque<u64>>() {
    let (mut d, mut m) = wrapped::<D>(11);
    let mut it = d.iter();
    assert_eq!(it.len(), 11);
    assert_eq!(it.next(), m.iter().next());
    assert_eq!(it.next_back(), m.iter().next_back());
    assert_eq!(it.len(), 9);
    assert!(it.eq(m.iter().skip(1).take(9)));
    // Meet in the middle from both ends.
    let mut it = d.iter();
    let mut mi = m.iter();
    for k in 0..12 {
        if k % 2 == 0 {
            assert_eq!(it.next(), mi.next());
        } else {
            assert_eq!(it.next_back(), mi.next_back());
        }
        assert_eq!(it.len(), mi.len());
    }
    assert_eq!(it.next(), None);
    assert_eq!(it.next_back(), None);
    drop(it);

    // Folding (what `sum` uses) after partial consumption from either end.
    for front in 0..=11 {
        for back in 0..=11 - front {
            let mut it = d.iter();
            let mut mi = m.iter();
            for _ in 0..front {
                assert_eq!(it.next(), mi.next());
            }
            for _ in 0..back {
                assert_eq!(it.next_back(), mi.next_back());
            }
            assert_eq!(
                it.fold(Vec::new(), |mut v, x| {
                    v.push(*x);
                    v
                }),
                mi.copied().collect::<Vec<_>>()
            );
        }
    }

    for x in d.iter_mut() {
        *x += 1;
    }
    for x in m.iter_mut() {
        *x += 1;
    }
    check_same(&d, &m);
    let mut it = d.iter_mut();
    assert_eq!(it.len(), 11);
    *it.next_back().unwrap() = 0;
    *it.next().unwrap() = 0;
    assert_eq!(it.len(), 9);
    drop(it);
    *m.back_mut().unwrap() = 0;
    *m.front_mut().unwrap() = 0;
    check_same(&d, &m);
    assert!(d.iter().rev().eq(m.iter().rev()));

    // Owned: forwards, backwards, mixed, partially consumed.
    let (d, m) = wrapped::<D>(11);
    assert!(d.into_iter().eq(m.into_iter()));
    let (d, m) = wrapped::<D>(11);
    assert!(d.into_iter().rev().eq(m.into_iter().rev()));
    let (d, m) = wrapped::<D>(11);
    let mut it = d.into_iter();
    let mut mi = m.into_iter();
    assert_eq!(it.len(), 11);
    assert_eq!(it.next(), mi.next());
    assert_eq!(it.next_back(), mi.next_back());
    assert_eq!(it.len(), 9);
    assert_eq!(it.next(), mi.next());
    drop(it);
}

fn std_traits<D: FullDeque<u64>>() {
    let (d, m) = wrapped::<D>(7);
    assert_eq!(d.debug(), format!("{m:?}"));
    assert_eq!(D::new().debug(), "[]");
    let c = d.clone_deque();
    check_same(&c, &m);
    assert!(c.eq_deque(&d));
    assert!(d.eq_std(&m));
    assert!(D::std_eq(&m, &d));
    // Equal contents with different layouts (wrapped vs contiguous) are equal and hash
    // alike, and hash like std's VecDeque.
    let flat: D = m.iter().copied().collect();
    assert!(flat.eq_deque(&d));
    assert_eq!(flat.hash_u64(), d.hash_u64());
    assert_eq!(d.hash_u64(), std_hash(&m));
    let mut other = c.clone_deque();
    other.push_back(0);
    assert!(!other.eq_deque(&d));
    assert!(!other.eq_std(&m));
    assert_ne!(other.hash_u64(), d.hash_u64());
    // Ordering is lexicographic, like VecDeque's.
    let a: D = [1u64, 2, 3].into_iter().collect();
    let b: D = [1u64, 2, 4].into_iter().collect();
    let p: D = [1u64, 2].into_iter().collect();
    assert_eq!(a.cmp_deque(&b), std::cmp::Ordering::Less);
    assert_eq!(b.cmp_deque(&a), std::cmp::Ordering::Greater);
    assert_eq!(p.cmp_deque(&a), std::cmp::Ordering::Less);
    assert_eq!(a.cmp_deque(&a.clone_deque()), std::cmp::Ordering::Equal);
    assert_eq!(a.partial_cmp_deque(&b), Some(std::cmp::Ordering::Less));
    let d0 = D::default();
    assert!(d0.is_empty());

    // Extend, FromIterator and conversions.
    let mut e = D::new();
    e.extend([1u64, 2]);
    e.extend_copied(&[3, 4]);
    e.extend(LyingIter {
        inner: 5u64..8,
        claimed: (1000, Some(2)),
    });
    e.extend(LyingIter {
        inner: 8u64..10,
        claimed: (0, None),
    });
    assert_eq!(contents(&e), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    let from_vd = D::from(m.clone());
    check_same(&from_vd, &m);
    let from_vec = D::from(vec![4u64, 5, 6]);
    assert_eq!(contents(&from_vec), [4, 5, 6]);
    let from_arr = D::from_array([7u64, 8, 9]);
    assert_eq!(contents(&from_arr), [7, 8, 9]);
    let from_empty = D::from_array::<0>([]);
    assert!(from_empty.is_empty());
    let back: VecDeque<u64> = d.into();
    assert_eq!(back, m);

    // Index panics with VecDeque's message.
    let msg = expect_panic(|| flat[7]);
    assert!(msg.contains("Out of bounds access"), "{msg}");
    let mut flat = flat;
    let msg = expect_panic(move || flat[100] = 1);
    assert!(msg.contains("Out of bounds access"), "{msg}");
}

fn zst_million<D: FullDeque<Zst>>() {
    let n = if cfg!(miri) { 1_000 } else { 1_000_000 };
    let mut d = D::new();
    assert!(d.capacity() >= usize::MAX / 2);
    for i in 0..n {
        if i % 2 == 0 {
            d.push_back(Zst);
        } else {
            d.push_front(Zst);
        }
    }
    assert_eq!(d.len(), n);
    assert_eq!(d.iter().count(), n);
    assert_eq!(d.iter().rev().count(), n);
    assert_eq!(d.get(n - 1), Some(&Zst));
    assert_eq!(d.get(n), None);
    let (a, b) = d.as_slices();
    assert_eq!(a.len() + b.len(), n);
    assert_eq!(d.make_contiguous().len(), n);
    for _ in 0..n / 4 {
        assert_eq!(d.pop_front(), Some(Zst));
        assert_eq!(d.pop_back(), Some(Zst));
    }
    assert_eq!(d.len(), n / 2);
    d.truncate(10);
    assert_eq!(d.len(), 10);
    d.swap(0, 9);
    d.retain(&mut |_| true);
    d.shrink_to_fit();
    assert_eq!(d.clone_deque().len(), 10);
    assert_eq!(d.into_iter().count(), 10);
    let mut d = D::new();
    d.push_front(Zst);
    d.push_front(Zst);
    d.clear();
    assert!(d.is_empty());
}

/// Checks that every element address is aligned to `align`.
fn all_aligned<T, D: FullDeque<T>>(d: &D, align: usize) {
    for x in d.iter() {
        assert_eq!(x as *const T as usize % align, 0);
    }
}

fn over_aligned<D: FullDeque<Align64>, E: FullDeque<Align4096>>() {
    let mut d = D::new();
    let mut m = VecDeque::new();
    for i in 0..40u64 {
        if i % 3 == 0 {
            d.push_front(Align64(i));
            m.push_front(Align64(i));
        } else {
            d.push_back(Align64(i));
            m.push_back(Align64(i));
        }
        if i % 7 == 6 {
            assert_eq!(d.pop_front(), m.pop_front());
        }
        all_aligned(&d, 64);
        check_same(&d, &m);
    }
    d.make_contiguous();
    all_aligned(&d, 64);
    d.shrink_to_fit();
    all_aligned(&d, 64);
    check_same(&d, &m);

    let mut e = E::new();
    let mut m = VecDeque::new();
    for i in 0..12u8 {
        e.push_front(Align4096(i));
        m.push_front(Align4096(i));
        e.push_back(Align4096(i + 100));
        m.push_back(Align4096(i + 100));
        all_aligned(&e, 4096);
    }
    e.make_contiguous();
    all_aligned(&e, 4096);
    check_same(&e, &m);
    assert_eq!(e.pop_back(), m.pop_back());
    e.swap(0, 5);
    m.swap(0, 5);
    check_same(&e, &m);
}

fn strings<D: FullDeque<String>>() {
    let mut d = D::new();
    let mut m = VecDeque::new();
    for i in 0..30 {
        let s = format!("s{i}");
        if i % 2 == 0 {
            d.push_back(s.clone());
            m.push_back(s);
        } else {
            d.push_front(s.clone());
            m.push_front(s);
        }
    }
    check_same(&d, &m);
    let c = d.clone_deque();
    check_same(&c, &m);
    d.truncate(20);
    m.truncate(20);
    d.retain(&mut |s| !s.ends_with('3'));
    m.retain(|s| !s.ends_with('3'));
    check_same(&d, &m);
    d.make_contiguous();
    d.swap(0, 3);
    m.swap(0, 3);
    check_same(&d, &m);
    assert!(d.contains(&"s4".to_string()));
    assert_eq!(d.pop_front(), m.pop_front());
    assert_eq!(d.pop_back(), m.pop_back());
    d.shrink_to_fit();
    check_same(&d, &m);
    let back: VecDeque<String> = d.into();
    assert_eq!(back, m);
    // The clone is independent of the original.
    assert_eq!(c.len(), 30);
    let mut it = c.into_iter();
    it.next();
    it.next_back();
}

fn through_trait_only<D: Deque<u64>>() {
    // The trait alone is enough to drive a deque.
    let mut d = D::with_capacity(2);
    d.push_back(1);
    d.push_front(0);
    d.extend([2, 3]);
    d.reserve(10);
    assert_eq!(d.len(), 4);
    assert!(!d.is_empty());
    assert_eq!(d.iter().copied().collect::<Vec<_>>(), [0, 1, 2, 3]);
    for x in d.iter_mut() {
        *x *= 10;
    }
    assert_eq!(d.get(1), Some(&10));
    *d.get_mut(1).unwrap() = 11;
    assert_eq!(d.front(), Some(&0));
    assert_eq!(d.back(), Some(&30));
    assert_eq!(d.pop_back(), Some(30));
    assert_eq!(d.pop_front(), Some(0));
    d.clear();
    assert!(d.is_empty());
    let d: D = (0..5).collect();
    assert_eq!(d.len(), 5);
    assert_eq!(D::default().len(), 0);
}

/// The ring capacity the every-offset tests use: every head offset and length of a ring
/// this size is tried. Smaller under Miri.
fn ring_cap() -> usize {
    if cfg!(miri) {
        3
    } else {
        7
    }
}

/// A deque and its model with capacity `cap` (for the variants here, `with_capacity` is
/// exact), the front at physical slot `head` and `len` elements `10, 11, ...`.
fn at_offset<D: FullDeque<u64>>(cap: usize, head: usize, len: usize) -> (D, VecDeque<u64>) {
    let mut d = D::with_capacity(cap);
    let mut m = VecDeque::with_capacity(cap);
    for i in 0..head as u64 {
        d.push_back(i);
        m.push_back(i);
    }
    for _ in 0..head {
        d.pop_front();
        m.pop_front();
    }
    for i in 0..len as u64 {
        d.push_back(10 + i);
        m.push_back(10 + i);
    }
    check_same(&d, &m);
    (d, m)
}

/// Runs `f` on a deque and its model for every head offset and length of a small ring.
type MakeRing<'a, D> = &'a dyn Fn() -> (D, VecDeque<u64>);

fn every_offset<D: FullDeque<u64>>(f: &mut dyn FnMut(usize, usize, MakeRing<'_, D>)) {
    let cap = ring_cap();
    for head in 0..cap {
        for len in 0..=cap {
            f(head, len, &|| at_offset::<D>(cap, head, len));
        }
    }
}

/// Insertion and removal at every index, at every head offset (inserting into a full
/// ring grows it while wrapped).
fn insert_remove_every_offset<D: FullDeque<u64>>() {
    every_offset::<D>(&mut |_, len, mk| {
        for i in 0..=len {
            let (mut d, mut m) = mk();
            d.insert(i, 99);
            m.insert(i, 99);
            check_same(&d, &m);
            let (mut d, mut m) = mk();
            assert_eq!(d.remove(i), m.remove(i));
            check_same(&d, &m);
            let (mut d, mut m) = mk();
            assert_eq!(d.swap_remove_front(i), m.swap_remove_front(i));
            assert_eq!(d.swap_remove_back(i), m.swap_remove_back(i));
            check_same(&d, &m);
        }
    });
}

/// Rotation by every amount, both ways, at every head offset.
fn rotate_every_offset<D: FullDeque<u64>>() {
    every_offset::<D>(&mut |_, len, mk| {
        for n in 0..=len {
            let (mut d, mut m) = mk();
            d.rotate_left(n);
            m.rotate_left(n);
            check_same(&d, &m);
            d.rotate_right(n);
            m.rotate_right(n);
            check_same(&d, &m);
            assert!(m.iter().copied().eq(10..10 + len as u64));
        }
    });
}

/// Draining every sub-range (consuming none, some from both ends, or all) at every head
/// offset; then pushing at both ends still works.
fn drain_every_offset<D: FullDeque<u64>>() {
    use std::ops::Bound::{Excluded, Included};
    every_offset::<D>(&mut |_, len, mk| {
        for s in 0..=len {
            for e in s..=len {
                // Under Miri one mix of both ends; natively also none and all.
                let mixes: &[(usize, usize)] = if cfg!(miri) {
                    &[(1, 1)]
                } else {
                    &[(0, 0), (1, 1), (len, 0)]
                };
                for &(f, b) in mixes {
                    let (mut d, mut m) = mk();
                    let (x, y) = d.drain_take((Included(s), Excluded(e)), f, b);
                    let mut it = m.drain(s..e);
                    let x2: Vec<u64> = it.by_ref().take(f).collect();
                    let y2: Vec<u64> = it.by_ref().rev().take(b).collect();
                    drop(it);
                    assert_eq!((x, y), (x2, y2));
                    check_same(&d, &m);
                    d.push_front(1);
                    m.push_front(1);
                    d.push_back(2);
                    m.push_back(2);
                    check_same(&d, &m);
                }
            }
        }
    });
}

/// `range`, `range_mut`, `split_off`, `append`, `resize`, `shrink_to`, the conversion to
/// `Vec` and `make_contiguous` at every head offset.
fn ranges_split_append_every_offset<D: FullDeque<u64>>() {
    use std::ops::Bound::{Excluded, Included};
    every_offset::<D>(&mut |head, len, mk| {
        let (d, m) = mk();
        for s in 0..=len {
            for e in s..=len {
                let r = (Included(s), Excluded(e));
                assert!(d.range_vec(r).into_iter().eq(m.range(s..e)));
                assert!(d.range_rev(r).into_iter().eq(m.range(s..e).rev()));
            }
        }
        for at in 0..=len {
            let (mut d, mut m) = mk();
            let (mut e, mut f) = (d.split_off(at), m.split_off(at));
            check_same(&d, &m);
            check_same(&e, &f);
            // Append onto a wrapped ring.
            let (mut g, mut h) = at_offset::<D>(ring_cap(), (head + 3) % ring_cap(), at);
            g.append(&mut e);
            h.append(&mut f);
            check_same(&g, &h);
            assert!(e.is_empty());
            d.append(&mut g);
            m.append(&mut h);
            check_same(&d, &m);
        }
        for n in [0, len / 2, len, len + 3] {
            let (mut d, mut m) = mk();
            d.resize(n, 7);
            m.resize(n, 7);
            check_same(&d, &m);
            let (mut d, mut m) = mk();
            d.range_mut_apply((Included(0), Excluded(len.min(n))), &mut |x| *x += 1);
            m.range_mut(..len.min(n)).for_each(|x| *x += 1);
            check_same(&d, &m);
            let before = d.capacity();
            d.shrink_to(n);
            m.shrink_to(n);
            check_same(&d, &m);
            assert!(d.capacity() <= before && d.capacity() >= n.min(before));
        }
        let (d, m) = mk();
        let cap = d.capacity();
        let v = d.into_vec();
        assert_eq!(v, Vec::from(m.clone()));
        assert_eq!(v.capacity(), cap);
        let d = D::from(v);
        check_same(&d, &m);
        let (mut d, mut m) = mk();
        assert_eq!(d.make_contiguous(), m.make_contiguous());
    });
}

/// Binary search and partition point on sorted rings at every head offset.
fn search_every_offset<D: FullDeque<u64>>() {
    every_offset::<D>(&mut |_, len, mk| {
        let (d, m) = mk();
        for x in 8..12 + len as u64 {
            assert_eq!(d.binary_search(&x), m.binary_search(&x));
            assert_eq!(d.binary_search_by_key_u64(x, &|y| *y), m.binary_search(&x));
            assert_eq!(
                d.partition_point(&mut |y| *y < x),
                m.partition_point(|y| *y < x)
            );
        }
    });
}

/// The panics and their messages match std's.
fn panics_match_std<D: FullDeque<u64>>() {
    use std::ops::Bound::{self, Excluded, Included, Unbounded};
    let mk = || -> D { (0..4).collect() };
    let std = || -> VecDeque<u64> { (0..4).collect() };
    let ranges: [(Bound<usize>, Bound<usize>); 8] = [
        (Included(5), Unbounded),
        (Unbounded, Excluded(5)),
        (Included(3), Excluded(2)),
        (Included(5), Excluded(3)),
        (Unbounded, Included(4)),
        (Unbounded, Included(usize::MAX)),
        (Included(3), Included(1)),
        (Excluded(usize::MAX), Unbounded),
    ];
    for r in ranges {
        let want = expect_panic(|| std().drain(r).count());
        assert_eq!(expect_panic(|| mk().drain_take(r, 0, 0)), want, "{r:?}");
        assert_eq!(expect_panic(|| mk().range_vec(r).len()), want, "{r:?}");
        assert_eq!(expect_panic(|| mk().range_mut_apply(r, &mut |_| ())), want);
    }
    let msg = expect_panic(|| mk().insert(5, 0));
    assert_eq!(msg, expect_panic(|| std().insert(5, 0)));
    let msg = expect_panic(|| mk().split_off(5));
    assert_eq!(msg, expect_panic(|| std().split_off(5)));
    let msg = expect_panic(|| mk().rotate_left(5));
    assert_eq!(msg, expect_panic(|| std().rotate_left(5)));
    let msg = expect_panic(|| mk().rotate_right(5));
    assert_eq!(msg, expect_panic(|| std().rotate_right(5)));
    let msg = expect_panic(|| mk().reserve_exact(usize::MAX));
    assert_eq!(msg, expect_panic(|| std().reserve_exact(usize::MAX)));
    // Nothing changed before the panics.
    let mut d = mk();
    let _ = expect_panic(|| d.insert(9, 0));
    assert!(d.iter().copied().eq(0..4));
}

/// The smaller additions: `pop_*_if`, `push_*_mut`, `insert_mut`, `try_reserve_exact`,
/// slice comparisons, `Debug` of a drain, and the drain of a zero-sized type.
fn small_additions<D: FullDeque<u64>>() {
    let (mut d, mut m) = wrapped::<D>(6);
    assert_eq!(d.pop_front_if(&mut |x| *x == 77), None);
    assert_eq!(
        d.pop_front_if(&mut |x| *x == 3),
        m.pop_front_if(|x| *x == 3)
    );
    assert_eq!(
        d.pop_back_if(&mut |x| *x > 100),
        m.pop_back_if(|x| *x > 100)
    );
    *d.push_back_mut(0) = 5;
    *m.push_back_mut(0) = 5;
    *d.push_front_mut(0) = 6;
    *m.push_front_mut(0) = 6;
    *d.insert_mut(2, 0) = 7;
    *m.insert_mut(2, 0) = 7;
    check_same(&d, &m);
    assert!(d.try_reserve_exact(3).is_ok());
    assert!(d.capacity() >= d.len() + 3);
    assert!(d.try_reserve_exact(usize::MAX).is_err());
    let mut v: Vec<u64> = m.iter().copied().collect();
    assert!(d.eq_slice(&mut v));
    v[0] += 1;
    assert!(!d.eq_slice(&mut v));
    let mut e = D::from_array([1, 2, 3]);
    // The formats differ (std shows its indices, small the elements left); both work.
    let shown = e.drain_debug((std::ops::Bound::Unbounded, std::ops::Bound::Unbounded));
    assert!(shown.starts_with("Drain"), "{shown}");
    assert!(e.is_empty());
}

macro_rules! suite {
    ($($variant:ident),*) => {$(
        mod $variant {
            type D<T> = sizespeed::$variant::Deque<T>;

            #[test]
            fn basics() { super::basics::<D<u64>>() }
            #[test]
            fn push_front_on_empty() { super::push_front_on_empty::<D<u64>>() }
            #[test]
            fn alternate_ends() { super::alternate_ends::<D<u64>>() }
            #[test]
            fn grow_while_wrapped() { super::grow_while_wrapped::<D<u64>>() }
            #[test]
            fn wrap_is_real() { super::wrap_is_real::<D<u64>>() }
            #[test]
            fn clear_and_truncate() { super::clear_and_truncate::<D<u64>>() }
            #[test]
            fn capacity_and_reserve() { super::capacity_and_reserve::<D<u64>>() }
            #[test]
            fn shrink() { super::shrink::<D<u64>>() }
            #[test]
            fn swap_contains_retain() { super::swap_contains_retain::<D<u64>>() }
            #[test]
            fn contiguous_and_slices() { super::contiguous_and_slices::<D<u64>>() }
            #[test]
            fn iterators() { super::iterators::<D<u64>>() }
            #[test]
            fn std_traits() { super::std_traits::<D<u64>>() }
            #[test]
            fn zst_million() { super::zst_million::<D<super::Zst>>() }
            #[test]
            fn over_aligned() {
                super::over_aligned::<D<super::Align64>, D<super::Align4096>>()
            }
            #[test]
            fn strings() { super::strings::<D<String>>() }
            #[test]
            fn through_trait_only() { super::through_trait_only::<D<u64>>() }
            #[test]
            fn insert_remove_every_offset() { super::insert_remove_every_offset::<D<u64>>() }
            #[test]
            fn rotate_every_offset() { super::rotate_every_offset::<D<u64>>() }
            #[test]
            fn drain_every_offset() { super::drain_every_offset::<D<u64>>() }
            #[test]
            fn ranges_split_append_every_offset() {
                super::ranges_split_append_every_offset::<D<u64>>()
            }
            #[test]
            fn search_every_offset() { super::search_every_offset::<D<u64>>() }
            #[test]
            fn panics_match_std() { super::panics_match_std::<D<u64>>() }
            #[test]
            fn small_additions() { super::small_additions::<D<u64>>() }
        }
    )*};
}

suite!(fast, small);

#[test]
fn const_new() {
    const F: sizespeed::fast::Deque<u8> = sizespeed::fast::Deque::new();
    const S: sizespeed::small::Deque<u8> = sizespeed::small::Deque::new();
    assert!(F.is_empty() && S.is_empty());
}

#[test]
fn auto_follows_the_feature() {
    let mut d = sizespeed::auto::Deque::new();
    d.push_back(1u8);
    assert_eq!(d.pop_front(), Some(1));
}
