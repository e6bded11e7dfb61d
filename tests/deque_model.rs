//! Differential test: random operation sequences run on each deque variant and on
//! `std::collections::VecDeque` as the model, for several element types.

// The oracle is std's `VecDeque`, including APIs stable only since Rust 1.93/1.95
// (`pop_*_if`, `*_mut`), above the crate's rust-version; the tests run on current Rust.
#![allow(clippy::incompatible_msrv)]

mod common;
mod deque_support;

use std::collections::VecDeque;
use std::fmt::Debug;
use std::hash::Hash;

use common::{cases, Align64, Counter, Tracked, Zst};
use deque_support::{check_same, std_hash, FullDeque};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    PushBack(u64),
    PushFront(u64),
    PopBack,
    PopFront,
    Get(usize),
    GetMut(usize, u64),
    FrontMut(u64),
    BackMut(u64),
    Index(usize),
    Clear,
    Truncate(usize),
    Reserve(usize),
    TryReserve(usize),
    ShrinkToFit,
    Swap(usize, usize),
    Contains(u64),
    Retain(u64),
    RetainMut(u64),
    MakeContiguous,
    IterMixed(Vec<bool>),
    IterMutSet(u64),
    AsMutSlices(u64),
    Clone,
    Extend(Vec<u64>),
    IntoIterPartial(usize, usize),
    Hash,
    WithCapacity(usize),
    Insert(usize, u64),
    InsertMut(usize, u64),
    Remove(usize),
    SwapRemoveFront(usize),
    SwapRemoveBack(usize),
    RotateLeft(usize),
    RotateRight(usize),
    Drain(u8, usize, usize, usize, usize),
    SplitOff(usize),
    Append(Vec<u64>, usize),
    ReserveExact(usize),
    TryReserveExact(usize),
    ShrinkTo(usize),
    Resize(usize, u64),
    ResizeWith(usize),
    PopFrontIf(u64),
    PopBackIf(u64),
    PushBackMut(u64),
    PushFrontMut(u64),
    Range(u8, usize, usize),
    RangeMut(u8, usize, usize, u64),
    Search(u64),
    IntoVec,
    EqSlice,
}

/// A range of one of the five common shapes, from a shape number and two indices.
fn shape(kind: u8, a: usize, b: usize) -> deque_support::Range {
    use std::ops::Bound::*;
    match kind % 6 {
        0 => (Included(a), Excluded(b)),
        1 => (Included(a), Unbounded),
        2 => (Unbounded, Excluded(b)),
        3 => (Included(a), Included(b)),
        4 => (Unbounded, Included(b)),
        _ => (Unbounded, Unbounded),
    }
}

fn op() -> impl Strategy<Value = Op> {
    // Indices go a little past typical lengths so out-of-bounds `get`s happen too.
    let idx = 0..40usize;
    prop_oneof![
        6 => any::<u64>().prop_map(Op::PushBack),
        6 => any::<u64>().prop_map(Op::PushFront),
        3 => Just(Op::PopBack),
        3 => Just(Op::PopFront),
        2 => idx.clone().prop_map(Op::Get),
        1 => (idx.clone(), any::<u64>()).prop_map(|(i, v)| Op::GetMut(i, v)),
        1 => any::<u64>().prop_map(Op::FrontMut),
        1 => any::<u64>().prop_map(Op::BackMut),
        1 => idx.clone().prop_map(Op::Index),
        1 => Just(Op::Clear),
        1 => idx.clone().prop_map(Op::Truncate),
        1 => (0..50usize).prop_map(Op::Reserve),
        1 => prop_oneof![0..50usize, Just(usize::MAX), Just(usize::MAX / 2)].prop_map(Op::TryReserve),
        1 => Just(Op::ShrinkToFit),
        1 => (idx.clone(), idx.clone()).prop_map(|(i, j)| Op::Swap(i, j)),
        1 => (0..8u64).prop_map(Op::Contains),
        1 => (2..5u64).prop_map(Op::Retain),
        1 => (2..5u64).prop_map(Op::RetainMut),
        1 => Just(Op::MakeContiguous),
        1 => prop::collection::vec(any::<bool>(), 0..12).prop_map(Op::IterMixed),
        1 => any::<u64>().prop_map(Op::IterMutSet),
        1 => any::<u64>().prop_map(Op::AsMutSlices),
        1 => Just(Op::Clone),
        1 => prop::collection::vec(any::<u64>(), 0..12).prop_map(Op::Extend),
        1 => (0..6usize, 0..6usize).prop_map(|(a, b)| Op::IntoIterPartial(a, b)),
        1 => Just(Op::Hash),
        1 => (0..20usize).prop_map(Op::WithCapacity),
        2 => (idx.clone(), any::<u64>()).prop_map(|(i, v)| Op::Insert(i, v)),
        1 => (idx.clone(), any::<u64>()).prop_map(|(i, v)| Op::InsertMut(i, v)),
        2 => idx.clone().prop_map(Op::Remove),
        1 => idx.clone().prop_map(Op::SwapRemoveFront),
        1 => idx.clone().prop_map(Op::SwapRemoveBack),
        2 => idx.clone().prop_map(Op::RotateLeft),
        2 => idx.clone().prop_map(Op::RotateRight),
        3 => (any::<u8>(), idx.clone(), idx.clone(), 0..4usize, 0..4usize)
            .prop_map(|(k, a, b, f, r)| Op::Drain(k, a, b, f, r)),
        1 => idx.clone().prop_map(Op::SplitOff),
        1 => (prop::collection::vec(any::<u64>(), 0..10), 0..6usize)
            .prop_map(|(v, w)| Op::Append(v, w)),
        1 => (0..50usize).prop_map(Op::ReserveExact),
        1 => prop_oneof![0..50usize, Just(usize::MAX)].prop_map(Op::TryReserveExact),
        1 => (0..50usize).prop_map(Op::ShrinkTo),
        1 => (idx.clone(), any::<u64>()).prop_map(|(n, v)| Op::Resize(n, v)),
        1 => idx.clone().prop_map(Op::ResizeWith),
        1 => (0..8u64).prop_map(Op::PopFrontIf),
        1 => (0..8u64).prop_map(Op::PopBackIf),
        1 => any::<u64>().prop_map(Op::PushBackMut),
        1 => any::<u64>().prop_map(Op::PushFrontMut),
        1 => (any::<u8>(), idx.clone(), idx.clone()).prop_map(|(k, a, b)| Op::Range(k, a, b)),
        1 => (any::<u8>(), idx.clone(), idx.clone(), any::<u64>())
            .prop_map(|(k, a, b, v)| Op::RangeMut(k, a, b, v)),
        1 => (0..9u64).prop_map(Op::Search),
        1 => Just(Op::IntoVec),
        1 => Just(Op::EqSlice),
    ]
}

/// Applies `ops` to a deque `D` and to the model, comparing after every step. Elements
/// are made from the ops' numbers by `mk`, and compared for equality by the model;
/// the small value range (`% 8`) makes `contains` and `retain` meaningful.
fn run<T, D>(ops: &[Op], mk: &dyn Fn(u64) -> T, key: &dyn Fn(&T) -> u64)
where
    T: Clone + PartialEq + Debug + Hash,
    D: FullDeque<T>,
{
    let mut d = D::new();
    let mut m: VecDeque<T> = VecDeque::new();
    for op in ops {
        match op {
            Op::PushBack(v) => {
                d.push_back(mk(v % 8));
                m.push_back(mk(v % 8));
            }
            Op::PushFront(v) => {
                d.push_front(mk(v % 8));
                m.push_front(mk(v % 8));
            }
            Op::PopBack => assert_eq!(d.pop_back(), m.pop_back()),
            Op::PopFront => assert_eq!(d.pop_front(), m.pop_front()),
            Op::Get(i) => assert_eq!(d.get(*i), m.get(*i)),
            Op::GetMut(i, v) => match (d.get_mut(*i), m.get_mut(*i)) {
                (Some(a), Some(b)) => {
                    *a = mk(v % 8);
                    *b = mk(v % 8);
                }
                (None, None) => {}
                (a, b) => panic!("get_mut({i}) differs: {a:?} vs {b:?}"),
            },
            Op::FrontMut(v) => match (d.front_mut(), m.front_mut()) {
                (Some(a), Some(b)) => {
                    *a = mk(v % 8);
                    *b = mk(v % 8);
                }
                (None, None) => {}
                (a, b) => panic!("front_mut differs: {a:?} vs {b:?}"),
            },
            Op::BackMut(v) => match (d.back_mut(), m.back_mut()) {
                (Some(a), Some(b)) => {
                    *a = mk(v % 8);
                    *b = mk(v % 8);
                }
                (None, None) => {}
                (a, b) => panic!("back_mut differs: {a:?} vs {b:?}"),
            },
            Op::Index(i) => {
                if *i < m.len() {
                    assert_eq!(d[*i], m[*i]);
                }
            }
            Op::Clear => {
                d.clear();
                m.clear();
            }
            Op::Truncate(n) => {
                d.truncate(*n);
                m.truncate(*n);
            }
            Op::Reserve(n) => {
                d.reserve(*n);
                assert!(d.capacity() >= d.len() + n);
            }
            Op::TryReserve(n) => {
                let r = d.try_reserve(*n);
                assert_eq!(r.is_ok(), m.try_reserve(*n).is_ok());
                if r.is_ok() {
                    assert!(d.capacity() >= d.len() + n);
                }
            }
            Op::ShrinkToFit => {
                d.shrink_to_fit();
                m.shrink_to_fit();
            }
            Op::Swap(i, j) => {
                if *i < m.len() && *j < m.len() {
                    d.swap(*i, *j);
                    m.swap(*i, *j);
                }
            }
            Op::Contains(v) => {
                let x = mk(*v);
                assert_eq!(d.contains(&x), m.contains(&x));
            }
            Op::Retain(k) => {
                d.retain(&mut |x| !key(x).is_multiple_of(*k));
                m.retain(|x| !key(x).is_multiple_of(*k));
            }
            Op::RetainMut(k) => {
                let mut n = 0u64;
                d.retain_mut(&mut |x| {
                    n += 1;
                    if n.is_multiple_of(2) {
                        *x = mk(n % 8);
                    }
                    !key(x).is_multiple_of(*k)
                });
                let mut n = 0u64;
                m.retain_mut(|x| {
                    n += 1;
                    if n.is_multiple_of(2) {
                        *x = mk(n % 8);
                    }
                    !key(x).is_multiple_of(*k)
                });
            }
            Op::MakeContiguous => {
                let a = d.make_contiguous();
                assert_eq!(&*a, &*m.make_contiguous());
                assert!(d.as_slices().1.is_empty());
            }
            Op::IterMixed(dirs) => {
                let mut a = d.iter();
                let mut b = m.iter();
                for &back in dirs {
                    if back {
                        assert_eq!(a.next_back(), b.next_back());
                    } else {
                        assert_eq!(a.next(), b.next());
                    }
                    assert_eq!(a.len(), b.len());
                    assert_eq!(a.size_hint(), b.size_hint());
                }
            }
            Op::IterMutSet(v) => {
                for (i, x) in d.iter_mut().enumerate() {
                    if i % 3 == 0 {
                        *x = mk((v + i as u64) % 8);
                    }
                }
                for (i, x) in m.iter_mut().enumerate() {
                    if i % 3 == 0 {
                        *x = mk((v + i as u64) % 8);
                    }
                }
                let mut a = d.iter_mut();
                let mut b = m.iter_mut();
                assert_eq!(a.len(), b.len());
                assert_eq!(a.next_back(), b.next_back());
                assert_eq!(a.next(), b.next());
            }
            Op::AsMutSlices(v) => {
                let (a0, a1) = d.as_mut_slices();
                if let Some(x) = a1.first_mut() {
                    *x = mk(v % 8);
                } else if let Some(x) = a0.last_mut() {
                    *x = mk(v % 8);
                }
                let n0 = a0.len();
                let n1 = a1.len();
                if n1 > 0 {
                    m[n0] = mk(v % 8);
                } else if n0 > 0 {
                    m[n0 - 1] = mk(v % 8);
                }
                assert_eq!(n0 + n1, m.len());
            }
            Op::Clone => {
                let c = d.clone_deque();
                check_same(&c, &m);
                assert!(c.eq_deque(&d));
                d = c;
            }
            Op::Extend(vs) => {
                d.extend(vs.iter().map(|v| mk(v % 8)));
                m.extend(vs.iter().map(|v| mk(v % 8)));
            }
            Op::IntoIterPartial(front, back) => {
                let mut it = std::mem::take(&mut d).into_iter();
                let mut mi = std::mem::take(&mut m).into_iter();
                for _ in 0..*front {
                    assert_eq!(it.next(), mi.next());
                }
                for _ in 0..*back {
                    assert_eq!(it.next_back(), mi.next_back());
                }
                assert_eq!(it.len(), mi.len());
                // Rebuild from what is left, dropping every other leftover through
                // the iterator's own drop.
                let k = it.len() / 2;
                for _ in 0..k {
                    let x = it.next().unwrap();
                    let y = mi.next().unwrap();
                    assert_eq!(x, y);
                    d.push_back(x);
                    m.push_back(y);
                }
                drop(it);
                drop(mi);
            }
            Op::Hash => {
                assert_eq!(d.hash_u64(), std_hash(&m));
                assert!(d.eq_std(&m));
            }
            Op::WithCapacity(n) => {
                let mut e = D::with_capacity(*n);
                assert!(e.capacity() >= *n);
                assert!(e.is_empty());
                e.extend(m.iter().cloned());
                check_same(&e, &m);
                d = e;
            }
            Op::Insert(i, v) => {
                if *i <= m.len() {
                    d.insert(*i, mk(v % 8));
                    m.insert(*i, mk(v % 8));
                }
            }
            Op::InsertMut(i, v) => {
                if *i <= m.len() {
                    *d.insert_mut(*i, mk(0)) = mk(v % 8);
                    *m.insert_mut(*i, mk(0)) = mk(v % 8);
                }
            }
            Op::Remove(i) => assert_eq!(d.remove(*i), m.remove(*i)),
            Op::SwapRemoveFront(i) => {
                assert_eq!(d.swap_remove_front(*i), m.swap_remove_front(*i))
            }
            Op::SwapRemoveBack(i) => assert_eq!(d.swap_remove_back(*i), m.swap_remove_back(*i)),
            Op::RotateLeft(n) => {
                if *n <= m.len() {
                    d.rotate_left(*n);
                    m.rotate_left(*n);
                }
            }
            Op::RotateRight(n) => {
                if *n <= m.len() {
                    d.rotate_right(*n);
                    m.rotate_right(*n);
                }
            }
            Op::Drain(k, a, b, f, r) => {
                let range = shape(*k, *a, *b);
                if deque_support::range_ok(range, m.len()) {
                    let (x, y) = d.drain_take(range, *f, *r);
                    let mut it = m.drain(range);
                    let x2: Vec<T> = it.by_ref().take(*f).collect();
                    let y2: Vec<T> = it.by_ref().rev().take(*r).collect();
                    drop(it);
                    assert_eq!(x, x2);
                    assert_eq!(y, y2);
                }
            }
            Op::SplitOff(at) => {
                if *at <= m.len() {
                    let e = d.split_off(*at);
                    let f = m.split_off(*at);
                    check_same(&e, &f);
                    // Put it back with `append` half of the time.
                    if at % 2 == 0 {
                        let (mut e, mut f) = (e, f);
                        d.append(&mut e);
                        m.append(&mut f);
                        assert!(e.is_empty());
                    }
                }
            }
            Op::Append(vs, w) => {
                // The appended deque wraps too, by `w` front pushes.
                let mut e = D::new();
                let mut f = VecDeque::new();
                for (i, v) in vs.iter().enumerate() {
                    if i < *w {
                        e.push_front(mk(v % 8));
                        f.push_front(mk(v % 8));
                    } else {
                        e.push_back(mk(v % 8));
                        f.push_back(mk(v % 8));
                    }
                }
                d.append(&mut e);
                m.append(&mut f);
                assert!(e.is_empty());
                e.push_back(mk(1));
                assert_eq!(e.len(), 1);
            }
            Op::ReserveExact(n) => {
                d.reserve_exact(*n);
                assert!(d.capacity() >= d.len() + n);
            }
            Op::TryReserveExact(n) => {
                let r = d.try_reserve_exact(*n);
                assert_eq!(r.is_ok(), m.try_reserve_exact(*n).is_ok());
            }
            Op::ShrinkTo(n) => {
                let before = d.capacity();
                d.shrink_to(*n);
                m.shrink_to(*n);
                assert!(d.capacity() >= d.len().max(*n).min(before));
                assert!(d.capacity() <= before);
            }
            Op::Resize(n, v) => {
                d.resize(*n, mk(v % 8));
                m.resize(*n, mk(v % 8));
            }
            Op::ResizeWith(n) => {
                let mut i = 0u64;
                d.resize_with(*n, &mut || {
                    i += 1;
                    mk(i % 8)
                });
                let mut i = 0u64;
                m.resize_with(*n, || {
                    i += 1;
                    mk(i % 8)
                });
            }
            Op::PopFrontIf(k) => assert_eq!(
                d.pop_front_if(&mut |x| key(x) % 3 == k % 3),
                m.pop_front_if(|x| key(x) % 3 == k % 3)
            ),
            Op::PopBackIf(k) => assert_eq!(
                d.pop_back_if(&mut |x| key(x) % 3 == k % 3),
                m.pop_back_if(|x| key(x) % 3 == k % 3)
            ),
            Op::PushBackMut(v) => {
                *d.push_back_mut(mk(0)) = mk(v % 8);
                *m.push_back_mut(mk(0)) = mk(v % 8);
            }
            Op::PushFrontMut(v) => {
                *d.push_front_mut(mk(0)) = mk(v % 8);
                *m.push_front_mut(mk(0)) = mk(v % 8);
            }
            Op::Range(k, a, b) => {
                let range = shape(*k, *a, *b);
                if deque_support::range_ok(range, m.len()) {
                    assert!(d.range_vec(range).into_iter().eq(m.range(range)));
                    assert!(d.range_rev(range).into_iter().eq(m.range(range).rev()));
                }
            }
            Op::RangeMut(k, a, b, v) => {
                let range = shape(*k, *a, *b);
                if deque_support::range_ok(range, m.len()) {
                    d.range_mut_apply(range, &mut |x| *x = mk(v % 8));
                    m.range_mut(range).for_each(|x| *x = mk(v % 8));
                }
            }
            Op::Search(v) => {
                // Sort both in place (through the slices) keeping the ring's layout, then
                // search by key.
                let mut sorted: Vec<T> = m.iter().cloned().collect();
                sorted.sort_by_key(|x| key(x));
                {
                    let (a, b) = d.as_mut_slices();
                    let n = a.len();
                    a.clone_from_slice(&sorted[..n]);
                    b.clone_from_slice(&sorted[n..]);
                }
                m = sorted.iter().cloned().collect();
                let got = d.binary_search_by_key_u64(*v, key);
                let want = m.binary_search_by_key(v, key);
                match (got, want) {
                    (Ok(i), Ok(_)) => assert_eq!(key(&m[i]), *v),
                    (g, w) => assert_eq!(g, w),
                }
                assert_eq!(
                    d.partition_point(&mut |x| key(x) < *v),
                    m.partition_point(|x| key(x) < *v)
                );
            }
            Op::IntoVec => {
                let cap = d.capacity();
                let v = std::mem::take(&mut d).into_vec();
                assert!(v.iter().eq(m.iter()));
                if std::mem::size_of::<T>() != 0 {
                    assert_eq!(v.capacity(), cap, "into Vec reallocated");
                }
                d = D::from(v);
                assert_eq!(d.capacity(), cap, "from Vec reallocated");
            }
            Op::EqSlice => {
                let mut v: Vec<T> = m.iter().cloned().collect();
                assert!(d.eq_slice(&mut v));
                if let Some(x) = v.pop() {
                    assert!(!d.eq_slice(&mut v));
                    v.push(x);
                }
            }
        }
        check_same(&d, &m);
    }
    let back: VecDeque<T> = d.into();
    assert_eq!(back, m);
}

fn u8s(ops: &[Op]) {
    // Under Miri only the small variant runs: fast is std's VecDeque, which has no
    // code of this crate's to check.
    if !cfg!(miri) {
        run::<u8, sizespeed::fast::Deque<u8>>(ops, &|v| v as u8, &|x| *x as u64);
    }
    run::<u8, sizespeed::small::Deque<u8>>(ops, &|v| v as u8, &|x| *x as u64);
}

fn u64s(ops: &[Op]) {
    // Under Miri only the small variant runs: fast is std's VecDeque, which has no
    // code of this crate's to check.
    if !cfg!(miri) {
        run::<u64, sizespeed::fast::Deque<u64>>(ops, &|v| v, &|x| *x);
    }
    run::<u64, sizespeed::small::Deque<u64>>(ops, &|v| v, &|x| *x);
}

fn strings(ops: &[Op]) {
    let mk = |v: u64| format!("s{v}");
    let key = |s: &String| s[1..].parse::<u64>().unwrap();
    // Under Miri only the small variant runs: fast is std's VecDeque, which has no
    // code of this crate's to check.
    if !cfg!(miri) {
        run::<String, sizespeed::fast::Deque<String>>(ops, &mk, &key);
    }
    run::<String, sizespeed::small::Deque<String>>(ops, &mk, &key);
}

fn zsts(ops: &[Op]) {
    // Under Miri only the small variant runs: fast is std's VecDeque, which has no
    // code of this crate's to check.
    if !cfg!(miri) {
        run::<Zst, sizespeed::fast::Deque<Zst>>(ops, &|_| Zst, &|_| 1);
    }
    run::<Zst, sizespeed::small::Deque<Zst>>(ops, &|_| Zst, &|_| 1);
}

fn align64s(ops: &[Op]) {
    // Under Miri only the small variant runs: fast is std's VecDeque, which has no
    // code of this crate's to check.
    if !cfg!(miri) {
        run::<Align64, sizespeed::fast::Deque<Align64>>(ops, &|v| Align64(v), &|x| x.0);
    }
    run::<Align64, sizespeed::small::Deque<Align64>>(ops, &|v| Align64(v), &|x| x.0);
}

fn tracked(ops: &[Op]) {
    let c = Counter::new();
    // Under Miri only the small variant runs: fast is std's VecDeque, which has no
    // code of this crate's to check.
    if !cfg!(miri) {
        run::<Tracked, sizespeed::fast::Deque<Tracked>>(ops, &|v| c.elem(v), &|x| x.value);
    }
    assert_eq!(c.live(), 0, "fast leaked or double-dropped");
    let c = Counter::new();
    run::<Tracked, sizespeed::small::Deque<Tracked>>(ops, &|v| c.elem(v), &|x| x.value);
    assert_eq!(c.live(), 0, "small leaked or double-dropped");
}

/// Longest operation sequence: shorter under Miri, which runs each step far slower.
fn max_ops() -> usize {
    if cfg!(miri) {
        24
    } else {
        120
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(256),
        // Miri's isolation forbids the file access that failure persistence needs.
        failure_persistence: if cfg!(miri) {
            None
        } else {
            ProptestConfig::default().failure_persistence
        },
        ..ProptestConfig::default()
    })]

    #[test]
    fn model_u8(ops in prop::collection::vec(op(), 0..max_ops())) { u8s(&ops) }

    #[test]
    fn model_u64(ops in prop::collection::vec(op(), 0..max_ops())) { u64s(&ops) }

    #[test]
    fn model_string(ops in prop::collection::vec(op(), 0..max_ops())) { strings(&ops) }

    #[test]
    fn model_zst(ops in prop::collection::vec(op(), 0..max_ops())) { zsts(&ops) }

    #[test]
    fn model_align64(ops in prop::collection::vec(op(), 0..max_ops())) { align64s(&ops) }

    #[test]
    fn model_tracked(ops in prop::collection::vec(op(), 0..max_ops())) { tracked(&ops) }
}
