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
conformance!(fast, T => sizespeed::fast::Vec<T>);
conformance!(inline, T => sizespeed::inline::Vec<T>);
conformance!(inline_n2, T => sizespeed::inline::InlineVec<T, 2>);
conformance!(thin, T => sizespeed::thin::Vec<T>);
conformance!(boxed, T => sizespeed::boxed::Vec<T>);
