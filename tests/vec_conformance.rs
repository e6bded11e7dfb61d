//! One conformance suite for the Vec family, written against the [`Seq`] and [`Stack`]
//! traits (plus the std traits a `Vec` replacement must implement) and instantiated for
//! every variant by `conformance!`.
//!
//! `std::vec::Vec` is the reference: contents are compared with a std vector after every
//! step, and messages, `Debug` output, ordering and hashes must be std's.

mod common;

use std::collections::hash_map::DefaultHasher;
use std::fmt::Debug;
use std::hash::{BuildHasher, BuildHasherDefault, Hash};
use std::ops::{Index, IndexMut};

use common::{expect_panic, Align4096, Align64, LyingIter, Zst};
use sizespeed::{Seq, Stack};

/// Checks every read-only accessor of `s` against `model`.
#[track_caller]
fn assert_same<T: PartialEq + Debug + Clone, S: Seq<T>>(s: &S, model: &[T]) {
    assert_eq!(s.len(), model.len(), "len");
    assert_eq!(s.is_empty(), model.is_empty(), "is_empty");
    assert!(
        s.capacity() >= s.len(),
        "capacity {} < len {}",
        s.capacity(),
        s.len()
    );
    let forward: Vec<T> = s.iter().cloned().collect();
    assert_eq!(forward, model, "iter");
    let mut backward: Vec<T> = s.iter().rev().cloned().collect();
    backward.reverse();
    assert_eq!(backward, model, "iter().rev()");
    assert_eq!(s.iter().len(), model.len(), "iter().len()");
    for (i, x) in model.iter().enumerate() {
        assert_eq!(s.get(i), Some(x), "get({i})");
    }
    assert_eq!(s.get(model.len()), None, "get(len)");
    assert_eq!(s.get(usize::MAX), None, "get(usize::MAX)");
    assert_eq!(s.first(), model.first(), "first");
    assert_eq!(s.last(), model.last(), "last");
    assert_eq!(s.peek(), model.last(), "peek");
}

/// `0..n` as a std vector.
fn nums(n: u64) -> Vec<u64> {
    (0..n).collect()
}

/// A size that is large natively and still quick under Miri.
const fn big(native: usize, miri: usize) -> usize {
    if cfg!(miri) {
        miri
    } else {
        native
    }
}

// ---------------------------------------------------------------------------------------
// Stack and Seq methods
// ---------------------------------------------------------------------------------------

fn new_and_default_are_empty<S: Seq<u64>>() {
    let s = <S as Stack<u64>>::new();
    assert_same(&s, &[]);
    let d = S::default();
    assert_same(&d, &[]);
    let mut s = s;
    assert_eq!(s.pop(), None);
    assert_eq!(s.get_mut(0), None);
    assert_same(&s, &[]);
}

fn push_pop<S: Seq<u64>>() {
    let mut s = S::new();
    let mut model = Vec::new();
    for i in 0..100 {
        s.push(i * 3);
        model.push(i * 3);
        assert_eq!(s.peek(), Some(&(i * 3)));
        assert_eq!(s.len(), model.len());
    }
    assert_same(&s, &model);
    while let Some(x) = model.pop() {
        assert_eq!(s.pop(), Some(x));
        assert_eq!(s.len(), model.len());
    }
    assert_eq!(s.pop(), None);
    assert_eq!(s.pop(), None);
    assert_same(&s, &[]);
    // Usable again after being emptied.
    s.push(7);
    assert_same(&s, &[7]);
}

/// Only the `Stack` trait, as code written against the stack ADT sees it.
fn stack_only<S: Stack<u64>>() {
    let mut s = S::new();
    assert!(s.is_empty());
    assert_eq!(s.peek(), None);
    s.push(1);
    s.push(2);
    assert!(!s.is_empty());
    assert_eq!(s.len(), 2);
    assert_eq!(s.peek(), Some(&2));
    assert_eq!(s.pop(), Some(2));
    s.push(3);
    s.push(4);
    s.clear();
    assert!(s.is_empty());
    assert_eq!(s.pop(), None);
    s.push(5);
    assert_eq!(s.peek(), Some(&5));
}

fn get_first_last<S: Seq<u64>>() {
    let mut s = S::new();
    s.push(10);
    assert_same(&s, &[10]);
    s.push(20);
    s.push(30);
    assert_same(&s, &[10, 20, 30]);
    assert_eq!(s.get(1), Some(&20));
    assert_eq!(s.get(3), None);
    assert_eq!(s.first(), Some(&10));
    assert_eq!(s.last(), Some(&30));
}

fn get_mut_writes<S: Seq<u64>>() {
    let mut s: S = nums(5).into_iter().collect();
    *s.get_mut(0).unwrap() = 100;
    *s.get_mut(4).unwrap() += 40;
    *s.get_mut(2).unwrap() *= 7;
    assert_eq!(s.get_mut(5), None);
    assert_eq!(s.get_mut(usize::MAX), None);
    assert_same(&s, &[100, 1, 14, 3, 44]);
}

fn insert_everywhere<S: Seq<u64>>() {
    let mut s = S::new();
    let mut model = Vec::new();
    // Insert at the end of an empty sequence, then front, middle and end alternately.
    for i in 0..60u64 {
        let at = match i % 4 {
            0 => 0,
            1 => model.len(),
            2 => model.len() / 2,
            _ => model.len().saturating_sub(1),
        };
        s.insert(at, i);
        model.insert(at, i);
        assert_same(&s, &model);
    }
}

fn remove_everywhere<S: Seq<u64>>() {
    let mut model = nums(40);
    let mut s: S = model.iter().copied().collect();
    let mut turn = 0;
    while !model.is_empty() {
        let at = match turn % 3 {
            0 => 0,
            1 => model.len() - 1,
            _ => model.len() / 2,
        };
        turn += 1;
        assert_eq!(s.remove(at), model.remove(at));
        assert_same(&s, &model);
    }
}

fn swap_remove_everywhere<S: Seq<u64>>() {
    let mut model = nums(40);
    let mut s: S = model.iter().copied().collect();
    let mut turn = 0;
    while !model.is_empty() {
        let at = match turn % 3 {
            0 => 0,
            1 => model.len() - 1,
            _ => model.len() / 2,
        };
        turn += 1;
        assert_eq!(s.swap_remove(at), model.swap_remove(at));
        assert_same(&s, &model);
    }
}

fn truncate_and_clear<S: Seq<u64>>() {
    let mut s: S = nums(20).into_iter().collect();
    let cap = s.capacity();
    s.truncate(25);
    assert_same(&s, &nums(20));
    s.truncate(20);
    assert_same(&s, &nums(20));
    s.truncate(7);
    assert_same(&s, &nums(7));
    assert_eq!(s.capacity(), cap, "truncate keeps the allocation");
    s.truncate(0);
    assert_same(&s, &[]);
    s.extend(nums(5));
    s.clear();
    assert_same(&s, &[]);
    assert_eq!(s.capacity(), cap, "clear keeps the allocation");
    s.clear();
    assert_same(&s, &[]);
    s.push(1);
    assert_same(&s, &[1]);
}

fn iter_and_iter_mut<S: Seq<u64>>() {
    let mut s: S = nums(10).into_iter().collect();
    let mut it = s.iter();
    assert_eq!(it.len(), 10);
    assert_eq!(it.next(), Some(&0));
    assert_eq!(it.next_back(), Some(&9));
    assert_eq!(it.len(), 8);
    assert_eq!(it.size_hint(), (8, Some(8)));
    assert_eq!(it.copied().sum::<u64>(), (1..9).sum());
    let mut m = s.iter_mut();
    assert_eq!(m.len(), 10);
    *m.next().unwrap() = 100;
    *m.next_back().unwrap() = 900;
    assert_eq!(m.len(), 8);
    for x in m {
        *x *= 2;
    }
    assert_same(&s, &[100, 2, 4, 6, 8, 10, 12, 14, 16, 900]);
    for x in s.iter_mut().rev().take(2) {
        *x += 1;
    }
    assert_same(&s, &[100, 2, 4, 6, 8, 10, 12, 14, 17, 901]);
    let mut e = S::new();
    assert_eq!(e.iter().next(), None);
    assert_eq!(e.iter_mut().next(), None);
}

// ---------------------------------------------------------------------------------------
// Capacity
// ---------------------------------------------------------------------------------------

fn with_capacity_holds_without_growing<S: Seq<u64>>() {
    for n in [0, 1, 3, 8, 9, 100] {
        let mut s = S::with_capacity(n);
        assert_same(&s, &[]);
        let cap = s.capacity();
        assert!(cap >= n, "with_capacity({n}) gave capacity {cap}");
        for i in 0..n as u64 {
            s.push(i);
        }
        assert_eq!(
            s.capacity(),
            cap,
            "pushing {n} elements into with_capacity({n}) grew it"
        );
        assert_same(&s, &nums(n as u64));
    }
}

fn growth_is_amortized<S: Seq<u64>>() {
    let n = big(5000, 300);
    let mut s = S::new();
    let mut changes = 0;
    let mut cap = s.capacity();
    for i in 0..n as u64 {
        s.push(i);
        let c = s.capacity();
        assert!(c >= s.len());
        assert!(c >= cap, "capacity shrank on push: {cap} -> {c}");
        if c != cap {
            changes += 1;
            cap = c;
        }
    }
    // Geometric growth reallocates O(log n) times; growing by a constant would not.
    let bound = 2 * (usize::BITS - n.leading_zeros()) as usize + 4;
    assert!(changes <= bound, "{changes} reallocations for {n} pushes");
    assert_same(&s, &nums(n as u64));
}

fn reserve_grows_enough<S: Seq<u64>>() {
    let mut s: S = nums(3).into_iter().collect();
    s.reserve(0);
    assert!(s.capacity() >= 3);
    s.reserve(50);
    let cap = s.capacity();
    assert!(cap >= 53, "reserve(50) on len 3 gave capacity {cap}");
    for i in 3..53 {
        s.push(i);
    }
    assert_eq!(
        s.capacity(),
        cap,
        "pushing the reserved elements reallocated"
    );
    s.reserve(0);
    assert_eq!(s.capacity(), cap, "reserve(0) changed the capacity");
    s.reserve(cap - 53);
    assert_eq!(
        s.capacity(),
        cap,
        "reserving what is free changed the capacity"
    );
    assert_same(&s, &nums(53));
}

fn try_reserve_small_succeeds<S: Seq<u64>>() {
    let mut s: S = nums(4).into_iter().collect();
    assert!(s.try_reserve(0).is_ok());
    assert!(s.try_reserve(10).is_ok());
    let cap = s.capacity();
    assert!(cap >= 14);
    for i in 4..14 {
        s.push(i);
    }
    assert_eq!(s.capacity(), cap);
    let mut e = S::new();
    assert!(e.try_reserve(1).is_ok());
    assert!(e.capacity() >= 1);
    assert_same(&s, &nums(14));
}

fn try_reserve_overflow_is_an_error<S: Seq<u64>>() {
    let mut s: S = nums(3).into_iter().collect();
    let cap = s.capacity();
    let err = s.try_reserve(usize::MAX).unwrap_err();
    assert!(err.is_capacity_overflow(), "{err:?}");
    assert_eq!(err.layout(), None);
    assert_eq!(s.capacity(), cap);
    assert_same(&s, &nums(3));
    // Fits in `usize` elements but not in `isize::MAX` bytes.
    let err = s.try_reserve(isize::MAX as usize / 8 + 1).unwrap_err();
    assert!(err.is_capacity_overflow(), "{err:?}");
    // An empty sequence too.
    let mut e = S::new();
    assert!(e
        .try_reserve(usize::MAX)
        .unwrap_err()
        .is_capacity_overflow());
    assert_same(&e, &[]);
    // Still usable.
    s.push(3);
    assert_same(&s, &nums(4));
}

fn reserve_overflow_panics<S: Seq<u64>>() {
    let mut s: S = nums(3).into_iter().collect();
    let msg = expect_panic(|| s.reserve(usize::MAX));
    assert!(msg.contains("capacity overflow"), "message: {msg:?}");
    assert_same(&s, &nums(3));
    let mut e = S::new();
    let msg = expect_panic(|| e.reserve(usize::MAX));
    assert!(msg.contains("capacity overflow"), "message: {msg:?}");
    s.push(3);
    assert_same(&s, &nums(4));
}

// ---------------------------------------------------------------------------------------
// Out-of-bounds panics: std's exact messages, and the sequence is left untouched.
// ---------------------------------------------------------------------------------------

fn insert_out_of_bounds_panics<S: Seq<u64>>() {
    let mut s: S = nums(3).into_iter().collect();
    let msg = expect_panic(|| s.insert(5, 9));
    assert_eq!(msg, "insertion index (is 5) should be <= len (is 3)");
    let msg = expect_panic(|| s.insert(4, 9));
    assert_eq!(msg, "insertion index (is 4) should be <= len (is 3)");
    assert_same(&s, &nums(3));
    let mut e = S::new();
    let msg = expect_panic(|| e.insert(1, 9));
    assert_eq!(msg, "insertion index (is 1) should be <= len (is 0)");
    // The boundary itself is valid.
    s.insert(3, 3);
    assert_same(&s, &nums(4));
}

fn remove_out_of_bounds_panics<S: Seq<u64>>() {
    let mut s: S = nums(3).into_iter().collect();
    let msg = expect_panic(|| s.remove(3));
    assert_eq!(msg, "removal index (is 3) should be < len (is 3)");
    let msg = expect_panic(|| s.remove(usize::MAX));
    assert_eq!(
        msg,
        format!("removal index (is {}) should be < len (is 3)", usize::MAX)
    );
    assert_same(&s, &nums(3));
    let mut e = S::new();
    let msg = expect_panic(|| e.remove(0));
    assert_eq!(msg, "removal index (is 0) should be < len (is 0)");
    assert_eq!(s.remove(2), 2);
    assert_same(&s, &nums(2));
}

fn swap_remove_out_of_bounds_panics<S: Seq<u64>>() {
    let mut s: S = nums(3).into_iter().collect();
    let msg = expect_panic(|| s.swap_remove(3));
    assert_eq!(msg, "swap_remove index (is 3) should be < len (is 3)");
    let msg = expect_panic(|| s.swap_remove(10));
    assert_eq!(msg, "swap_remove index (is 10) should be < len (is 3)");
    assert_same(&s, &nums(3));
    let mut e = S::new();
    let msg = expect_panic(|| e.swap_remove(0));
    assert_eq!(msg, "swap_remove index (is 0) should be < len (is 0)");
    assert_eq!(s.swap_remove(0), 0);
    assert_same(&s, &[2, 1]);
}

// ---------------------------------------------------------------------------------------
// Extend, FromIterator, Default
// ---------------------------------------------------------------------------------------

fn extend_and_collect<S: Seq<u64>>() {
    let s: S = (0..50).collect();
    assert_same(&s, &nums(50));
    let mut s: S = std::iter::empty().collect();
    assert_same(&s, &[]);
    s.extend(std::iter::empty());
    assert_same(&s, &[]);
    s.extend(0..10);
    s.extend(vec![10, 11]);
    s.extend([12, 13, 14]);
    // An iterator with no useful size hint.
    s.extend((15..40).filter(|_| true));
    assert_same(&s, &nums(40));
    let mut d = S::default();
    d.extend(nums(3));
    assert_same(&d, &nums(3));
}

fn extend_lying_iter<S: Seq<u64>>() {
    // Claims more than it yields.
    let mut s = S::new();
    s.extend(LyingIter {
        inner: 0..3u64,
        claimed: (1000, Some(1000)),
    });
    assert_same(&s, &nums(3));
    // Claims fewer than it yields.
    s.extend(LyingIter {
        inner: 3..200u64,
        claimed: (0, Some(0)),
    });
    assert_same(&s, &nums(200));
    // A lower bound above the upper bound, and fewer items than either.
    s.extend(LyingIter {
        inner: 200..201u64,
        claimed: (50, Some(2)),
    });
    assert_same(&s, &nums(201));
    // The same through FromIterator.
    let c: S = LyingIter {
        inner: 0..100u64,
        claimed: (1, Some(1)),
    }
    .collect();
    assert_same(&c, &nums(100));
    let c: S = LyingIter {
        inner: 0..2u64,
        claimed: (64, None),
    }
    .collect();
    assert_same(&c, &nums(2));
}

fn extend_refs<S: Seq<u64> + for<'a> Extend<&'a u64>>() {
    let mut s = S::new();
    let src = nums(12);
    s.extend(src.iter());
    s.extend(&[12u64, 13]);
    assert_same(&s, &nums(14));
}

// ---------------------------------------------------------------------------------------
// Element types: zero-sized, over-aligned, owning
// ---------------------------------------------------------------------------------------

fn zst_million<S: Seq<Zst>>() {
    let n = big(1_000_000, 1_000);
    let mut s = S::new();
    for _ in 0..n {
        s.push(Zst);
    }
    assert_eq!(s.len(), n);
    assert!(s.capacity() >= n);
    assert_eq!(s.iter().len(), n);
    assert_eq!(s.iter().count(), n);
    assert_eq!(s.get(n - 1), Some(&Zst));
    assert_eq!(s.get(n), None);
    s.insert(n / 2, Zst);
    assert_eq!(s.remove(0), Zst);
    assert_eq!(s.swap_remove(3), Zst);
    assert_eq!(s.len(), n - 1);
    for _ in 0..n - 1 {
        assert_eq!(s.pop(), Some(Zst));
    }
    assert_eq!(s.pop(), None);
    assert!(s.is_empty());
    s.extend(std::iter::repeat_n(Zst, 10));
    s.truncate(4);
    assert_eq!(s.len(), 4);
    assert!(s.try_reserve(100).is_ok());
    s.clear();
    assert!(s.is_empty());
}

/// Checks that every element's address is aligned for `T`.
#[track_caller]
fn assert_aligned<T, S: Seq<T>>(s: &S) {
    let align = std::mem::align_of::<T>();
    for (i, x) in s.iter().enumerate() {
        let addr = x as *const T as usize;
        assert_eq!(
            addr % align,
            0,
            "element {i} at {addr:#x} is not {align}-aligned"
        );
    }
}

fn align64_elements<S: Seq<Align64>>() {
    let mut s = S::new();
    let mut model = Vec::new();
    for i in 0..40 {
        s.push(Align64(i));
        model.push(Align64(i));
        assert_aligned(&s);
    }
    s.insert(0, Align64(100));
    model.insert(0, Align64(100));
    s.insert(17, Align64(101));
    model.insert(17, Align64(101));
    assert_aligned(&s);
    assert_eq!(s.remove(5), model.remove(5));
    assert_eq!(s.swap_remove(2), model.swap_remove(2));
    assert_aligned(&s);
    assert_same(&s, &model);
    let w = S::with_capacity(3);
    assert!(w.capacity() >= 3);
    let mut w = w;
    w.push(Align64(1));
    assert_aligned(&w);
    for x in s.iter_mut() {
        assert_eq!(x as *mut Align64 as usize % 64, 0);
        x.0 += 1;
    }
    model.iter_mut().for_each(|x| x.0 += 1);
    assert_same(&s, &model);
}

fn align4096_elements<S: Seq<Align4096>>() {
    let mut s = S::new();
    let mut model = Vec::new();
    for i in 0..20 {
        s.push(Align4096(i));
        model.push(Align4096(i));
        assert_aligned(&s);
    }
    s.insert(3, Align4096(200));
    model.insert(3, Align4096(200));
    assert_eq!(s.remove(0), model.remove(0));
    assert_aligned(&s);
    assert_same(&s, &model);
    s.truncate(2);
    s.reserve(30);
    assert_aligned(&s);
    let w: S = (0..5).map(Align4096).collect();
    assert_aligned(&w);
    assert_same(&w, &(0..5).map(Align4096).collect::<Vec<_>>());
}

fn string_elements<S: Seq<String>>() {
    let mut s = S::new();
    let mut model: Vec<String> = Vec::new();
    for i in 0..30 {
        let x = format!("element number {i}");
        s.push(x.clone());
        model.push(x);
    }
    s.insert(4, "inserted".to_string());
    model.insert(4, "inserted".to_string());
    assert_eq!(s.remove(10), model.remove(10));
    assert_eq!(s.swap_remove(0), model.swap_remove(0));
    assert_eq!(s.pop(), model.pop());
    s.get_mut(3).unwrap().push_str(" (changed)");
    model[3].push_str(" (changed)");
    for x in s.iter_mut() {
        x.push('!');
    }
    model.iter_mut().for_each(|x| x.push('!'));
    assert_same(&s, &model);
    s.truncate(5);
    model.truncate(5);
    assert_same(&s, &model);
    s.extend(model.clone());
    model.extend(model.clone());
    assert_same(&s, &model);
    s.clear();
    assert_same(&s, &[]);
}

// ---------------------------------------------------------------------------------------
// std trait impls, compared with std::vec::Vec
// ---------------------------------------------------------------------------------------

fn debug_matches_std<S: Seq<u64> + Debug>() {
    for n in [0, 1, 5] {
        let s: S = nums(n).into_iter().collect();
        assert_eq!(format!("{s:?}"), format!("{:?}", nums(n)));
        assert_eq!(format!("{s:#?}"), format!("{:#?}", nums(n)));
        assert_eq!(format!("{s:x?}"), format!("{:x?}", nums(n)));
    }
}

fn debug_strings_matches_std<S: Seq<String> + Debug>() {
    let model = vec!["a".to_string(), "quote \" and \n".to_string()];
    let s: S = model.iter().cloned().collect();
    assert_eq!(format!("{s:?}"), format!("{model:?}"));
}

fn clone_is_deep_and_independent<S: Seq<u64> + Clone>() {
    let mut s: S = nums(10).into_iter().collect();
    let mut c = s.clone();
    assert_same(&c, &nums(10));
    *c.get_mut(0).unwrap() = 99;
    c.push(10);
    assert_same(&s, &nums(10));
    s.pop();
    assert_eq!(c.len(), 11);
    assert_eq!(c.get(0), Some(&99));
    let e = S::new().clone();
    assert_same(&e, &[]);
}

fn clone_strings<S: Seq<String> + Clone>() {
    let model: Vec<String> = (0..8).map(|i| i.to_string().repeat(i)).collect();
    let s: S = model.iter().cloned().collect();
    let mut c = s.clone();
    c.get_mut(1).unwrap().push('x');
    assert_same(&s, &model);
    drop(s);
    assert_eq!(c.get(7).map(String::as_str), Some("7777777"));
}

/// Every sequence over {1, 2, 3} of length 0 to 3.
fn small_seqs() -> Vec<Vec<u64>> {
    let mut all = vec![vec![]];
    let mut last = vec![vec![]];
    for _ in 0..3 {
        let mut next = Vec::new();
        for v in &last {
            for x in 1..=3 {
                let mut w: Vec<u64> = v.clone();
                w.push(x);
                next.push(w);
            }
        }
        all.extend(next.iter().cloned());
        last = next;
    }
    all
}

fn eq_and_ord_match_std<S: Seq<u64> + Ord + Debug>() {
    let models = small_seqs();
    let seqs: Vec<S> = models.iter().map(|m| m.iter().copied().collect()).collect();
    for (a, ma) in seqs.iter().zip(&models) {
        for (b, mb) in seqs.iter().zip(&models) {
            assert_eq!(a == b, ma == mb, "{ma:?} == {mb:?}");
            assert_eq!(a != b, ma != mb, "{ma:?} != {mb:?}");
            assert_eq!(a.cmp(b), ma.cmp(mb), "{ma:?} cmp {mb:?}");
            assert_eq!(
                a.partial_cmp(b),
                ma.partial_cmp(mb),
                "{ma:?} partial_cmp {mb:?}"
            );
            assert_eq!(a < b, ma < mb, "{ma:?} < {mb:?}");
            assert_eq!(a >= b, ma >= mb, "{ma:?} >= {mb:?}");
        }
    }
}

fn hash_one<H: Hash>(x: &H) -> u64 {
    // `DefaultHasher::default()` uses fixed keys, so hashes are reproducible.
    BuildHasherDefault::<DefaultHasher>::default().hash_one(x)
}

fn hash_matches_std<S: Seq<u64> + Hash>() {
    for m in small_seqs() {
        let s: S = m.iter().copied().collect();
        assert_eq!(hash_one(&s), hash_one(&m), "hash of {m:?}");
    }
}

fn hash_strings_matches_std<S: Seq<String> + Hash>() {
    // Two splits of the same bytes: a prefix-free hash tells them apart, as std's does.
    for m in [vec!["ab", "c"], vec!["a", "bc"], vec![], vec![""]] {
        let m: Vec<String> = m.into_iter().map(String::from).collect();
        let s: S = m.iter().cloned().collect();
        assert_eq!(hash_one(&s), hash_one(&m), "hash of {m:?}");
    }
}

fn index_matches_std<S: Seq<u64> + Index<usize, Output = u64>>() {
    let s: S = nums(5).into_iter().collect();
    for i in 0..5 {
        assert_eq!(s[i], i as u64);
    }
    let msg = expect_panic(|| s[5]);
    let std_msg = expect_panic(|| nums(5)[5]);
    assert_eq!(msg, std_msg);
}

fn index_mut_writes<S: Seq<u64> + IndexMut<usize, Output = u64>>() {
    let mut s: S = nums(5).into_iter().collect();
    s[0] = 50;
    s[4] += 1;
    assert_same(&s, &[50, 1, 2, 3, 5]);
    let msg = expect_panic(|| s[7] = 1);
    let std_msg = expect_panic(|| nums(5)[7] = 1);
    assert_eq!(msg, std_msg);
    assert_same(&s, &[50, 1, 2, 3, 5]);
}

fn into_iter_owned<S>()
where
    S: Seq<String> + IntoIterator<Item = String>,
    S::IntoIter: DoubleEndedIterator + ExactSizeIterator,
{
    let model: Vec<String> = (0..10).map(|i| i.to_string()).collect();
    let s: S = model.iter().cloned().collect();
    let all: Vec<String> = s.into_iter().collect();
    assert_eq!(all, model);

    let s: S = model.iter().cloned().collect();
    let back: Vec<String> = s.into_iter().rev().collect();
    assert_eq!(back, model.iter().rev().cloned().collect::<Vec<_>>());

    let s: S = model.iter().cloned().collect();
    let mut it = s.into_iter();
    assert_eq!(it.len(), 10);
    assert_eq!(it.next().as_deref(), Some("0"));
    assert_eq!(it.next_back().as_deref(), Some("9"));
    assert_eq!(it.next_back().as_deref(), Some("8"));
    assert_eq!(it.len(), 7);
    assert_eq!(it.size_hint(), (7, Some(7)));
    let rest: Vec<String> = it.collect();
    assert_eq!(rest, model[1..8]);

    let e = S::new();
    assert_eq!(e.into_iter().next(), None);
}

fn into_iter_refs<S>()
where
    S: Seq<u64>,
    for<'a> &'a S: IntoIterator<Item = &'a u64>,
    for<'a> &'a mut S: IntoIterator<Item = &'a mut u64>,
{
    let mut s: S = nums(6).into_iter().collect();
    let mut sum = 0;
    for x in &s {
        sum += *x;
    }
    assert_eq!(sum, 15);
    for x in &mut s {
        *x += 10;
    }
    assert_same(&s, &(10..16).collect::<Vec<_>>());
}

fn from_std_vec<S: Seq<String> + From<Vec<String>>>() {
    let model: Vec<String> = (0..7).map(|i| format!("s{i}")).collect();
    let s = S::from(model.clone());
    assert_same(&s, &model);
    let e = S::from(Vec::new());
    assert_same(&e, &[]);
}

fn from_array<S: Seq<String> + From<[String; 3]> + From<[String; 0]>>() {
    let s = S::from(["a".to_string(), "b".to_string(), "c".to_string()]);
    assert_same(&s, &["a".to_string(), "b".to_string(), "c".to_string()]);
    let e = S::from([]);
    assert_same(&e, &[]);
}

// ---------------------------------------------------------------------------------------
// A user's generic function, as the issue describes: written once against `Seq`, it runs
// unchanged on every variant.
// ---------------------------------------------------------------------------------------

/// Evaluates a reverse Polish expression with `S` as the operand stack. `swap` exchanges
/// the top two operands and `dup` duplicates the top one; `None` means a malformed
/// expression.
fn f<S: Seq<u32>>(tokens: &[&str]) -> Option<u32> {
    let mut stack = S::with_capacity(4);
    for token in tokens {
        match *token {
            "+" | "*" | "-" => {
                let b = stack.pop()?;
                let a = stack.pop()?;
                stack.push(match *token {
                    "+" => a.checked_add(b)?,
                    "*" => a.checked_mul(b)?,
                    _ => a.checked_sub(b)?,
                });
            }
            "dup" => {
                let top = *stack.peek()?;
                stack.push(top);
            }
            "swap" => {
                let n = stack.len();
                if n < 2 {
                    return None;
                }
                let below = stack.remove(n - 2);
                stack.push(below);
            }
            number => stack.push(number.parse().ok()?),
        }
    }
    if stack.len() == 1 {
        stack.pop()
    } else {
        None
    }
}

fn user_generic_fn<S: Seq<u32>>() {
    assert_eq!(f::<S>(&["3", "4", "+", "2", "*"]), Some(14));
    assert_eq!(f::<S>(&["2", "10", "swap", "-"]), Some(8));
    assert_eq!(f::<S>(&["5", "dup", "*", "1", "-"]), Some(24));
    assert_eq!(
        f::<S>(&["1", "2", "3", "4", "5", "+", "+", "+", "+"]),
        Some(15)
    );
    assert_eq!(f::<S>(&["1", "+"]), None);
    assert_eq!(f::<S>(&["1", "2"]), None);
    assert_eq!(f::<S>(&["swap"]), None);
    assert_eq!(f::<S>(&["1", "2", "-"]), None);
}

// ---------------------------------------------------------------------------------------
// Instantiation for every variant
// ---------------------------------------------------------------------------------------

/// Defines one `#[test]` per listed generic function, calling it with the given type.
macro_rules! instantiate {
    ($($f:ident::<$S:ty>),* $(,)?) => {
        $(
            #[test]
            fn $f() {
                super::$f::<$S>()
            }
        )*
    };
}

/// Instantiates the whole suite for one variant, given as a type alias `V<T>`.
macro_rules! conformance {
    ($name:ident, $T:ident => $ty:ty) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            type V<$T> = $ty;

            instantiate! {
                new_and_default_are_empty::<V<u64>>,
                push_pop::<V<u64>>,
                stack_only::<V<u64>>,
                get_first_last::<V<u64>>,
                get_mut_writes::<V<u64>>,
                insert_everywhere::<V<u64>>,
                remove_everywhere::<V<u64>>,
                swap_remove_everywhere::<V<u64>>,
                truncate_and_clear::<V<u64>>,
                iter_and_iter_mut::<V<u64>>,
                with_capacity_holds_without_growing::<V<u64>>,
                growth_is_amortized::<V<u64>>,
                reserve_grows_enough::<V<u64>>,
                try_reserve_small_succeeds::<V<u64>>,
                try_reserve_overflow_is_an_error::<V<u64>>,
                reserve_overflow_panics::<V<u64>>,
                insert_out_of_bounds_panics::<V<u64>>,
                remove_out_of_bounds_panics::<V<u64>>,
                swap_remove_out_of_bounds_panics::<V<u64>>,
                extend_and_collect::<V<u64>>,
                extend_lying_iter::<V<u64>>,
                extend_refs::<V<u64>>,
                zst_million::<V<Zst>>,
                align64_elements::<V<Align64>>,
                align4096_elements::<V<Align4096>>,
                string_elements::<V<String>>,
                debug_matches_std::<V<u64>>,
                debug_strings_matches_std::<V<String>>,
                clone_is_deep_and_independent::<V<u64>>,
                clone_strings::<V<String>>,
                eq_and_ord_match_std::<V<u64>>,
                hash_matches_std::<V<u64>>,
                hash_strings_matches_std::<V<String>>,
                index_matches_std::<V<u64>>,
                index_mut_writes::<V<u64>>,
                into_iter_owned::<V<String>>,
                into_iter_refs::<V<u64>>,
                from_std_vec::<V<String>>,
                from_array::<V<String>>,
                user_generic_fn::<V<u32>>,
            }
        }
    };
}

conformance!(small, T => sizespeed::small::Vec<T>);
conformance!(medium, T => sizespeed::medium::Vec<T>);
conformance!(fast, T => sizespeed::fast::Vec<T>);
conformance!(inline, T => sizespeed::inline::Vec<T>);
conformance!(inline_n2, T => sizespeed::inline::InlineVec<T, 2>);
conformance!(thin, T => sizespeed::thin::Vec<T>);
conformance!(boxed, T => sizespeed::boxed::Vec<T>);

// ---------------------------------------------------------------------------------------
// The rest of std's Vec API: inherent methods and conversions, checked against
// std for every variant that has them (all but the `boxed` baseline). They are not in the
// family traits, so the suite is a macro over the variant's type.
// ---------------------------------------------------------------------------------------

/// Every range shape over a vector of `len` elements, as (start, end) pairs.
fn ranges(len: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for s in 0..=len {
        for e in s..=len {
            out.push((s, e));
        }
    }
    out
}

/// Instantiates the std-parity tests for one variant, given as a type alias `V<T>`.
macro_rules! parity {
    ($name:ident, $vec:ident, $T:ident => $ty:ty) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            use std::borrow::Cow;
            use std::collections::{BinaryHeap, VecDeque};

            type V<$T> = $ty;

            fn strings(n: usize) -> Vec<String> {
                (0..n).map(|i| format!("s{i}")).collect()
            }

            #[test]
            fn drain_every_range_matches_std() {
                let n = big(9, 5);
                for (s, e) in ranges(n) {
                    // Fully consumed, from the front.
                    let mut model = strings(n);
                    let mut v: V<String> = model.iter().cloned().collect();
                    let got: Vec<String> = v.drain(s..e).collect();
                    let want: Vec<String> = model.drain(s..e).collect();
                    assert_eq!(got, want, "drain({s}..{e})");
                    assert_eq!(v.as_slice(), model.as_slice(), "after drain({s}..{e})");
                    // One from each end, then dropped.
                    let mut model = strings(n);
                    let mut v: V<String> = model.iter().cloned().collect();
                    let mut d = v.drain(s..e);
                    let mut md = model.drain(s..e);
                    assert_eq!(d.len(), md.len());
                    assert_eq!(d.next(), md.next());
                    assert_eq!(d.next_back(), md.next_back());
                    assert_eq!(d.len(), md.len());
                    assert_eq!(d.size_hint(), md.size_hint());
                    drop(d);
                    drop(md);
                    assert_eq!(v.as_slice(), model.as_slice(), "partial drain({s}..{e})");
                }
            }

            #[test]
            fn drain_ranges_of_every_kind() {
                let mut v: V<u64> = (0..10).collect();
                assert_eq!(v.drain(..2).collect::<Vec<_>>(), [0, 1]);
                assert_eq!(v.drain(6..).collect::<Vec<_>>(), [8, 9]);
                assert_eq!(v.drain(1..=2).collect::<Vec<_>>(), [3, 4]);
                assert_eq!(v.drain(..=0).collect::<Vec<_>>(), [2]);
                assert_eq!(v.drain(..).collect::<Vec<_>>(), [5, 6, 7]);
                assert!(v.is_empty());
                assert_eq!(v.drain(..).count(), 0);
                v.push(1);
                assert_eq!(v.as_slice(), [1]);
            }

            #[test]
            fn bad_ranges_panic_like_std() {
                let cases: [(std::ops::Bound<usize>, std::ops::Bound<usize>); 6] = {
                    use std::ops::Bound::*;
                    [
                        (Included(2), Excluded(1)),
                        (Included(1), Excluded(5)),
                        (Included(5), Unbounded),
                        (Unbounded, Included(3)),
                        (Included(2), Included(usize::MAX)),
                        (Included(4), Excluded(2)),
                    ]
                };
                for r in cases {
                    let std_msg = expect_panic(|| vec![1u64, 2, 3].drain(r).count());
                    let mut v: V<u64> = V::from([1, 2, 3]);
                    assert_eq!(expect_panic(|| v.drain(r).count()), std_msg, "drain {r:?}");
                    assert_eq!(
                        expect_panic(|| v.splice(r, [9]).count()),
                        std_msg,
                        "splice {r:?}"
                    );
                    assert_eq!(
                        expect_panic(|| v.extract_if(r, |_| true).count()),
                        std_msg,
                        "extract_if {r:?}"
                    );
                    assert_eq!(
                        expect_panic(|| v.extend_from_within(r)),
                        std_msg,
                        "extend_from_within {r:?}"
                    );
                    assert_eq!(v.as_slice(), [1, 2, 3]);
                }
            }

            #[test]
            fn splice_matches_std() {
                let n = big(7, 4);
                for (s, e) in ranges(n) {
                    for k in [0, 1, 3, 9] {
                        for lie in [false, true] {
                            let new = strings(k).into_iter().map(|x| x + "n");
                            let mut model = strings(n);
                            let mut v: V<String> = model.iter().cloned().collect();
                            let got: Vec<String> = if lie {
                                let it = LyingIter {
                                    inner: new.clone(),
                                    claimed: (k.min(1), None),
                                };
                                v.splice(s..e, it).collect()
                            } else {
                                v.splice(s..e, new.clone()).collect()
                            };
                            let want: Vec<String> = model.splice(s..e, new).collect();
                            assert_eq!(got, want, "splice({s}..{e}, {k})");
                            assert_eq!(
                                v.as_slice(),
                                model.as_slice(),
                                "after splice({s}..{e}, {k})"
                            );
                        }
                    }
                }
                // Not consumed: the range is still replaced.
                let mut v: V<u64> = (0..5).collect();
                drop(v.splice(1..3, [7, 8, 9]));
                assert_eq!(v.as_slice(), [0, 7, 8, 9, 3, 4]);
                // Partly consumed from the back.
                let mut s = v.splice(1..4, [1]);
                assert_eq!(s.next_back(), Some(9));
                assert_eq!(s.len(), 2);
                drop(s);
                assert_eq!(v.as_slice(), [0, 1, 3, 4]);
            }

            #[test]
            fn extract_if_matches_std() {
                let n = big(9, 5);
                for (s, e) in ranges(n) {
                    for m in [1u64, 2, 3] {
                        let mut model: Vec<u64> = (0..n as u64).collect();
                        let mut v: V<u64> = model.iter().copied().collect();
                        let got: Vec<u64> = v.extract_if(s..e, |x| *x % m == 0).collect();
                        let want: Vec<u64> = model.extract_if(s..e, |x| *x % m == 0).collect();
                        assert_eq!(got, want, "extract_if({s}..{e}, %{m})");
                        assert_eq!(v.as_slice(), model.as_slice());
                        // Stopped after the first hit: the rest stays, in order.
                        let mut model: Vec<u64> = (0..n as u64).collect();
                        let mut v: V<u64> = model.iter().copied().collect();
                        let got = v.extract_if(s..e, |x| *x % m == 1).next();
                        let want = model.extract_if(s..e, |x| *x % m == 1).next();
                        assert_eq!(got, want);
                        assert_eq!(v.as_slice(), model.as_slice());
                    }
                }
                // The predicate may change the elements it keeps.
                let mut v: V<u64> = (0..6).collect();
                let odd: Vec<u64> = v
                    .extract_if(.., |x| {
                        *x *= 10;
                        *x % 20 != 0
                    })
                    .collect();
                assert_eq!(odd, [10, 30, 50]);
                assert_eq!(v.as_slice(), [0, 20, 40]);
            }

            #[test]
            fn inherent_methods_match_std() {
                let mut v: V<String> = strings(3).into_iter().collect();
                let mut m = strings(3);
                v.extend_from_within(1..);
                m.extend_from_within(1..);
                assert_eq!(v.as_slice(), m.as_slice());
                v.extend_from_within(..=0);
                m.extend_from_within(..=0);
                assert_eq!(v.as_slice(), m.as_slice());

                assert_eq!(v.pop_if(|x| x == "s0"), m.pop_if(|x| x == "s0"));
                assert_eq!(v.pop_if(|x| x == "s0"), m.pop_if(|x| x == "s0"));
                assert_eq!(v.as_slice(), m.as_slice());
                let mut e: V<String> = V::new();
                assert_eq!(e.pop_if(|_| true), None);

                let mut i = 0;
                v.resize_with(8, || {
                    i += 1;
                    i.to_string()
                });
                let mut j = 0;
                m.resize_with(8, || {
                    j += 1;
                    j.to_string()
                });
                assert_eq!(v.as_slice(), m.as_slice());
                v.resize_with(2, || unreachable!());
                m.truncate(2);
                assert_eq!(v.as_slice(), m.as_slice());

                v.push_mut("p".into()).push('!');
                v.insert_mut(0, "i".into()).push('?');
                assert_eq!(v.as_slice(), ["i?", "s0", "s1", "p!"]);
                let msg = expect_panic(|| v.insert_mut(9, String::new()).len());
                let std_msg = expect_panic(|| strings(4).insert(9, String::new()));
                assert_eq!(msg, std_msg);
            }

            #[test]
            fn owned_conversions() {
                let v: V<u64> = V::from([1, 2, 3]);
                let b: Box<[u64]> = v.into_boxed_slice();
                assert_eq!(&*b, [1, 2, 3]);
                let v: V<u64> = V::from(b);
                assert_eq!(v.as_slice(), [1, 2, 3]);
                let b: Box<[u64]> = v.into();
                assert_eq!(&*b, [1, 2, 3]);

                // Miri reports leaks, so there it leaks a vector that never allocated.
                let src: V<u64> = if cfg!(miri) {
                    V::new()
                } else {
                    V::from([4u64, 5])
                };
                let leaked: &'static mut [u64] = src.leak();
                if let Some(x) = leaked.first_mut() {
                    *x += 1;
                }
                assert_eq!(leaked, if cfg!(miri) { &[][..] } else { &[5, 5][..] });

                let nested: V<[u64; 3]> = V::from([[1, 2, 3], [4, 5, 6]]);
                let flat = nested.into_flattened();
                assert_eq!(flat.as_slice(), [1, 2, 3, 4, 5, 6]);
                let z: V<[Zst; 4]> = V::from([[Zst; 4]; 3]);
                assert_eq!(z.into_flattened().len(), 12);

                let a: [u64; 3] = V::from([1, 2, 3]).try_into().unwrap();
                assert_eq!(a, [1, 2, 3]);
                let back: V<u64> = <[u64; 2]>::try_from(V::from([1u64, 2, 3])).unwrap_err();
                assert_eq!(back.as_slice(), [1, 2, 3]);
                let boxed: Box<[u64; 2]> = V::from([7u64, 8]).try_into().unwrap();
                assert_eq!(*boxed, [7, 8]);

                let heap: BinaryHeap<u64> = V::from([3u64, 9, 1]).into();
                assert_eq!(heap.peek(), Some(&9));
                let v: V<u64> = heap.into();
                assert_eq!(v.len(), 3);
                let dq: VecDeque<u64> = V::from([1u64, 2]).into();
                assert_eq!(dq, [1, 2]);
                let same: V<u64> = V::from([1u64, 2]);
                assert!(dq == same);
                let v: V<u64> = dq.into();
                assert_eq!(v.as_slice(), [1, 2]);
                let rc: std::rc::Rc<[u64]> = V::from([1u64]).into();
                assert_eq!(&*rc, [1]);
                let arc: std::sync::Arc<[u64]> = V::from([2u64]).into();
                assert_eq!(&*arc, [2]);
            }

            #[test]
            fn borrowed_conversions_and_comparisons() {
                let mut arr = [1u64, 2, 3];
                let a: V<u64> = V::from(&arr);
                let b: V<u64> = V::from(&mut arr);
                let c: V<u64> = V::from(&mut arr[..]);
                assert!(a == b && b == c);
                assert!(a == arr && a == &arr && a == arr[..] && a == &arr[..]);
                assert!(a == &mut arr[..]);
                assert!(arr[..] == a && &arr[..] == a && &mut arr[..] == a);

                let cow: Cow<'_, [u64]> = Cow::from(&a);
                assert!(matches!(cow, Cow::Borrowed(_)));
                assert!(cow == a);
                let owned: Cow<'_, [u64]> = a.clone().into();
                assert!(matches!(owned, Cow::Owned(_)));
                let from_cow: V<u64> = V::from(cow);
                assert_eq!(from_cow, a);
                let from_owned: V<u64> = V::from(owned);
                assert_eq!(from_owned, a);

                let bytes: V<u8> = V::from("hi");
                assert_eq!(bytes.as_slice(), b"hi");
                let bytes: V<u8> = V::from(String::from("yo"));
                assert_eq!(bytes.as_slice(), b"yo");
                let bytes: V<u8> = V::from(std::ffi::CString::new("c").unwrap());
                assert_eq!(bytes.as_slice(), b"c");
                let r: &V<u64> = a.as_ref();
                assert_eq!(r, &a);
            }

            #[test]
            fn io_write_appends() {
                use std::io::Write;
                let mut v: V<u8> = V::new();
                write!(v, "{}-{}", 1, "two").unwrap();
                v.write_all(b"!").unwrap();
                v.flush().unwrap();
                assert_eq!(v.as_slice(), b"1-two!");
            }

            #[test]
            fn vec_macro_builds_this_variant() {
                use sizespeed::$vec::vec;
                let a: V<u64> = vec![];
                let b: V<u64> = vec![1, 2, 3];
                let c: V<u64> = vec![1, 2, 3];
                let d: V<String> = vec![String::from("x"); 3];
                let e: V<String> = vec![String::from("x"); 0];
                assert!(a.is_empty());
                assert_eq!(b, [1, 2, 3]);
                assert_eq!(c, b);
                assert_eq!(d, ["x", "x", "x"]);
                assert!(e.is_empty());
                // Inferred from use, as std's `vec!` is.
                let mut f = vec![];
                f.push(1u8);
                let _: &V<u8> = &f;
            }
        }
    };
}

/// `spare_capacity_mut` and `set_len`, for the variants whose storage can hand out the
/// spare capacity (thin-vec cannot: its slice view covers only the live elements).
macro_rules! parity_spare {
    ($name:ident, $T:ident => $ty:ty) => {
        mod $name {
            type V<$T> = $ty;

            #[test]
            fn spare_capacity_and_set_len() {
                let mut v: V<u64> = V::with_capacity(4);
                v.push(1);
                let spare = v.spare_capacity_mut();
                assert!(spare.len() >= 3);
                spare[0].write(2);
                spare[1].write(3);
                // SAFETY: two more elements were initialized within the capacity.
                unsafe { v.set_len(3) };
                assert_eq!(v.as_slice(), [1, 2, 3]);
            }
        }
    };
}

parity_spare!(small_spare, T => sizespeed::small::Vec<T>);
parity_spare!(medium_spare, T => sizespeed::medium::Vec<T>);
parity_spare!(fast_spare, T => sizespeed::fast::Vec<T>);
parity_spare!(inline_spare, T => sizespeed::inline::Vec<T>);

parity!(small_parity, small, T => sizespeed::small::Vec<T>);
parity!(medium_parity, medium, T => sizespeed::medium::Vec<T>);
parity!(fast_parity, fast, T => sizespeed::fast::Vec<T>);
parity!(inline_parity, inline, T => sizespeed::inline::Vec<T>);
parity!(thin_parity, thin, T => sizespeed::thin::Vec<T>);

/// `inline::Vec::new()` needs no annotation: the alias fixes the capacity.
#[test]
fn inline_new_is_inferred() {
    let mut v = sizespeed::inline::Vec::new();
    v.push(1);
    v.push(2);
    assert_eq!(v, [1, 2]);
    let w = sizespeed::inline::Vec::default();
    let _: &sizespeed::inline::InlineVec<i32, 8> = &w;
}

/// `auto::vec!` builds the variant `auto::Vec` names.
#[test]
fn auto_vec_macro() {
    use sizespeed::auto::{vec, Vec};
    let v: Vec<u64> = vec![1, 2];
    let w = vec![0u8; 3];
    let _: &Vec<u8> = &w;
    assert_eq!(v, [1, 2]);
}

/// small's buffer is std's: conversions both ways reuse it.
#[test]
fn small_std_conversions_are_zero_copy() {
    let std_vec: Vec<String> = (0..5).map(|i| i.to_string()).collect();
    let (p, cap) = (std_vec.as_ptr(), std_vec.capacity());
    let v = sizespeed::small::Vec::from(std_vec);
    assert_eq!(v.as_ptr(), p);
    assert_eq!(v.capacity(), cap);
    assert_eq!(v, ["0", "1", "2", "3", "4"]);
    let back: Vec<String> = v.into();
    assert_eq!(back.as_ptr(), p);
    assert_eq!(back.capacity(), cap);

    // Empty, zero-sized and over-aligned elements.
    let e = sizespeed::small::Vec::from(Vec::<u64>::new());
    assert_eq!(e.capacity(), 0);
    let e: Vec<u64> = e.into();
    assert_eq!(e.capacity(), 0);
    let z = sizespeed::small::Vec::from(vec![Zst; 7]);
    assert_eq!((z.len(), z.capacity()), (7, usize::MAX));
    let z: Vec<Zst> = z.into();
    assert_eq!(z.len(), 7);
    let a = sizespeed::small::Vec::from(vec![Align4096(1), Align4096(2)]);
    assert_eq!(a.as_ptr() as usize % 4096, 0);
    let mut a: Vec<Align4096> = a.into();
    a.push(Align4096(3));
    assert_eq!(a, [Align4096(1), Align4096(2), Align4096(3)]);

    // A buffer std grew and shrank is still freed with the right layout.
    let mut s: Vec<u32> = Vec::with_capacity(10);
    s.extend(0..7);
    s.shrink_to(8);
    let mut v = sizespeed::small::Vec::from(s);
    v.extend(7..40);
    v.shrink_to_fit();
    let s: Vec<u32> = v.into();
    assert_eq!(s, (0..40).collect::<Vec<_>>());

    // into_raw_parts / from_raw_parts with std's.
    let (p, len, cap) = sizespeed::small::Vec::from([1u16, 2, 3]).into_raw_parts();
    // SAFETY: the parts of a small vector, whose layout is std's.
    let s = unsafe { Vec::from_raw_parts(p, len, cap) };
    assert_eq!(s, [1, 2, 3]);
}

#[test]
fn small_into_iter_as_mut_slice_and_clone() {
    let mut it =
        sizespeed::small::Vec::from([String::from("a"), "b".into(), "c".into()]).into_iter();
    assert_eq!(it.next().as_deref(), Some("a"));
    it.as_mut_slice()[0].push('!');
    let copy = it.clone();
    assert_eq!(copy.as_slice(), ["b!", "c"]);
    assert_eq!(it.collect::<Vec<_>>(), ["b!", "c"]);
    assert_eq!(copy.rev().collect::<Vec<_>>(), ["c", "b!"]);
    let d: sizespeed::small::IntoIter<u8> = Default::default();
    assert_eq!(d.len(), 0);
}

#[test]
fn small_drain_as_slice_and_debug() {
    let mut v = sizespeed::small::Vec::from([1, 2, 3, 4]);
    let mut d = v.drain(1..);
    assert_eq!(d.as_slice(), [2, 3, 4]);
    d.next();
    assert_eq!(format!("{d:?}"), "Drain([3, 4])");
    drop(d);
    assert_eq!(v, [1]);
}
