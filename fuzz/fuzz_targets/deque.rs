//! Differential fuzzing of the Deque family: `small::Deque`, `fast::Deque` and
//! `std::collections::VecDeque` run the same operations (including ones that wrap the ring
//! around its end); results and contents must match, and after an injected panic each must
//! stay valid and drop every element exactly once.
#![no_main]

use arbitrary::Arbitrary;
use fuzzkit::{with_range, Arm, Elem, ElemKind, Kind, Out, NONE, R};
use sizespeed::{fast, small};
use std::cmp::Ordering;
use std::collections::VecDeque;

#[derive(Debug, Arbitrary)]
enum Op {
    PushBack(u8),
    PushFront(u8),
    PushBackMut(u8, u8),
    PushFrontMut(u8, u8),
    PopBack,
    PopFront,
    PopFrontIf(u8),
    PopBackIf(u8),
    Insert(u8, u8),
    InsertMut(u8, u8, u8),
    Remove(u8),
    SwapRemoveFront(u8),
    SwapRemoveBack(u8),
    Truncate(u8),
    Clear,
    Reserve(u8),
    ReserveExact(u8),
    TryReserve(u8),
    TryReserveExact(u8),
    ShrinkToFit,
    ShrinkTo(u8),
    Get(u8),
    SetAt(u8, u8),
    FrontBack,
    FrontBackMut(u8),
    Swap(u8, u8),
    Contains(u8),
    Retain(u8),
    RetainMut(u8, u8),
    RotateLeft(u8),
    RotateRight(u8),
    Range(R),
    RangeMut(R, u8),
    Drain(R, u8, u8),
    ForgetDrain(R, u8),
    SplitOff(u8),
    Append(Vec<u8>),
    Resize(u8, u8),
    ResizeWith(u8, u8),
    MakeContiguous,
    AsSlices,
    AsMutSlices(u8),
    SortContiguous,
    BinarySearch(u8),
    BinarySearchByKey(u8),
    PartitionPoint(u8),
    Extend(Vec<u8>),
    CloneSelf,
    CmpClone,
    IntoIter(u8, u8),
    ViaVec,
    IterMutSet(u8),
    IterBoth(u8, u8),
}

#[derive(Debug, Arbitrary)]
struct Input {
    elem: ElemKind,
    ops: Vec<(Option<Arm>, Op)>,
}

const CAP: usize = 48;

fn sig_opt<T: Elem>(x: Option<&T>) -> u64 {
    x.map_or(NONE, |e| e.sig())
}

macro_rules! apply {
    ($V:ty, $v:ident, $op:expr) => {{
        let v: &mut $V = $v;
        let mut vals: Vec<u64> = Vec::new();
        let mut loose = false;
        let len = v.len();
        match $op {
            Op::PushBack(k) => {
                if len < CAP {
                    v.push_back(T::make(*k as u16));
                }
            }
            Op::PushFront(k) => {
                if len < CAP {
                    v.push_front(T::make(*k as u16));
                }
            }
            Op::PushBackMut(k, k2) => {
                if len < CAP {
                    v.push_back_mut(T::make(*k as u16)).set_key(*k2 as u16);
                }
            }
            Op::PushFrontMut(k, k2) => {
                if len < CAP {
                    v.push_front_mut(T::make(*k as u16)).set_key(*k2 as u16);
                }
            }
            Op::PopBack => vals.push(v.pop_back().map_or(NONE, |e| e.sig())),
            Op::PopFront => vals.push(v.pop_front().map_or(NONE, |e| e.sig())),
            Op::PopFrontIf(m) => {
                let m = u16::from(*m % 3);
                vals.push(
                    v.pop_front_if(|e| {
                        fuzzkit::tick(Kind::Pred);
                        e.key() % 3 == m
                    })
                    .map_or(NONE, |e| e.sig()),
                )
            }
            Op::PopBackIf(m) => {
                let m = u16::from(*m % 3);
                vals.push(
                    v.pop_back_if(|e| {
                        fuzzkit::tick(Kind::Pred);
                        e.key() % 3 == m
                    })
                    .map_or(NONE, |e| e.sig()),
                )
            }
            Op::Insert(i, k) => {
                if len < CAP {
                    v.insert(*i as usize % (len + 1), T::make(*k as u16));
                }
            }
            Op::InsertMut(i, k, k2) => {
                if len < CAP {
                    v.insert_mut(*i as usize % (len + 1), T::make(*k as u16))
                        .set_key(*k2 as u16);
                }
            }
            Op::Remove(i) => vals.push(v.remove(*i as usize % (len + 2)).map_or(NONE, |e| e.sig())),
            Op::SwapRemoveFront(i) => vals.push(
                v.swap_remove_front(*i as usize % (len + 2))
                    .map_or(NONE, |e| e.sig()),
            ),
            Op::SwapRemoveBack(i) => vals.push(
                v.swap_remove_back(*i as usize % (len + 2))
                    .map_or(NONE, |e| e.sig()),
            ),
            Op::Truncate(n) => v.truncate(*n as usize % (len + 2)),
            Op::Clear => v.clear(),
            Op::Reserve(n) => {
                v.reserve(*n as usize);
                vals.push((v.capacity() >= len + *n as usize) as u64);
            }
            Op::ReserveExact(n) => {
                v.reserve_exact(*n as usize);
                vals.push((v.capacity() >= len + *n as usize) as u64);
            }
            Op::TryReserve(n) => {
                let r = if *n > 200 {
                    v.try_reserve(usize::MAX - 3)
                } else {
                    v.try_reserve(*n as usize)
                };
                vals.push(r.is_ok() as u64);
            }
            Op::TryReserveExact(n) => {
                let r = if *n > 200 {
                    v.try_reserve_exact(usize::MAX / 2)
                } else {
                    v.try_reserve_exact(*n as usize)
                };
                vals.push(r.is_ok() as u64);
            }
            Op::ShrinkToFit => {
                v.shrink_to_fit();
                vals.push((v.capacity() >= len) as u64);
            }
            Op::ShrinkTo(n) => {
                v.shrink_to(*n as usize);
                vals.push((v.capacity() >= len) as u64);
            }
            Op::Get(i) => {
                vals.push(sig_opt(v.get(*i as usize % (len + 1))));
                if len > 0 {
                    vals.push(v[*i as usize % len].sig());
                }
            }
            Op::SetAt(i, k) => {
                if let Some(e) = v.get_mut(*i as usize % (len + 1)) {
                    *e = T::make(*k as u16);
                }
            }
            Op::FrontBack => {
                vals.push(sig_opt(v.front()));
                vals.push(sig_opt(v.back()));
                vals.push(v.is_empty() as u64);
            }
            Op::FrontBackMut(k) => {
                if let Some(e) = v.front_mut() {
                    e.set_key(*k as u16);
                }
                if let Some(e) = v.back_mut() {
                    e.set_key(*k as u16 + 1);
                }
            }
            Op::Swap(i, j) => {
                if len > 0 {
                    v.swap(*i as usize % len, *j as usize % len);
                }
            }
            Op::Contains(k) => {
                let p = T::make(*k as u16 % 64);
                vals.push(v.contains(&p) as u64);
            }
            Op::Retain(m) => {
                let m = u16::from(*m % 5 + 1);
                v.retain(|e| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() % m != 0
                });
            }
            Op::RetainMut(m, k) => {
                let m = u16::from(*m % 5 + 1);
                let k = u16::from(*k);
                v.retain_mut(|e| {
                    fuzzkit::tick(Kind::Pred);
                    let keep = e.key() % m != 0;
                    e.set_key(e.key() ^ k);
                    keep
                });
            }
            Op::RotateLeft(n) => v.rotate_left(*n as usize % (len + 1)),
            Op::RotateRight(n) => v.rotate_right(*n as usize % (len + 1)),
            Op::Range(r) => {
                with_range!(r, len, |rg| {
                    let mut it = v.range(rg);
                    vals.push(it.len() as u64);
                    vals.push(sig_opt(it.next_back()));
                    vals.extend(it.map(|e| e.sig()));
                })
            }
            Op::RangeMut(r, k) => {
                with_range!(r, len, |rg| {
                    for (i, e) in v.range_mut(rg).enumerate() {
                        if i % 2 == 0 {
                            e.set_key(*k as u16);
                        }
                    }
                })
            }
            Op::Drain(r, front, back) => {
                with_range!(r, len, |rg| {
                    let mut d = v.drain(rg);
                    vals.push(d.len() as u64);
                    for _ in 0..*front % 8 {
                        vals.push(d.next().map_or(NONE, |e| e.sig()));
                    }
                    for _ in 0..*back % 8 {
                        vals.push(d.next_back().map_or(NONE, |e| e.sig()));
                    }
                })
            }
            Op::ForgetDrain(r, front) => {
                with_range!(r, len, |rg| {
                    let mut d = v.drain(rg);
                    for _ in 0..*front % 4 {
                        vals.push(d.next().map_or(NONE, |e| e.sig()));
                    }
                    std::mem::forget(d);
                });
                loose = true;
            }
            Op::SplitOff(at) => {
                let o = v.split_off(*at as usize % (len + 1));
                vals.extend(o.iter().map(|e| e.sig()));
            }
            Op::Append(ks) => {
                if len < CAP {
                    let mut o: $V = ks.iter().map(|k| T::make(*k as u16)).collect();
                    o.rotate_left(ks.len() / 2);
                    v.append(&mut o);
                    vals.push(o.len() as u64);
                }
            }
            Op::Resize(n, k) => v.resize(*n as usize % CAP, T::make(*k as u16)),
            Op::ResizeWith(n, k) => {
                let mut k = *k as u16;
                v.resize_with(*n as usize % CAP, || {
                    fuzzkit::tick(Kind::Pred);
                    k += 1;
                    T::make(k)
                })
            }
            Op::MakeContiguous => {
                let s = v.make_contiguous();
                vals.extend(s.iter().map(|e| e.sig()));
                vals.push(v.as_slices().1.len() as u64);
            }
            Op::AsSlices => {
                let (a, b) = v.as_slices();
                // Where the ring splits is the variant's own business: compare the whole.
                vals.extend(a.iter().chain(b.iter()).map(|e| e.sig()));
                vals.push((a.len() + b.len()) as u64);
            }
            Op::AsMutSlices(k) => {
                let (a, b) = v.as_mut_slices();
                for e in a.iter_mut().chain(b.iter_mut()).step_by(2) {
                    e.set_key(*k as u16);
                }
            }
            Op::SortContiguous => v.make_contiguous().sort(),
            Op::BinarySearch(k) => {
                if v.iter()
                    .zip(v.iter().skip(1))
                    .all(|(a, b)| a.key() <= b.key())
                {
                    let p = T::make(*k as u16 % 64);
                    match v.binary_search(&p) {
                        Ok(i) => vals.push(u64::from(v[i].key())),
                        Err(i) => vals.push(1000 + i as u64),
                    }
                }
            }
            Op::BinarySearchByKey(k) => {
                if v.iter()
                    .zip(v.iter().skip(1))
                    .all(|(a, b)| a.key() <= b.key())
                {
                    match v.binary_search_by_key(&(*k as u16 % 64), |e| {
                        fuzzkit::tick(Kind::Pred);
                        e.key()
                    }) {
                        Ok(i) => vals.push(u64::from(v[i].key())),
                        Err(i) => vals.push(1000 + i as u64),
                    }
                }
            }
            Op::PartitionPoint(k) => {
                if v.iter()
                    .zip(v.iter().skip(1))
                    .all(|(a, b)| a.key() <= b.key())
                {
                    let k = *k as u16 % 64;
                    vals.push(v.partition_point(|e| {
                        fuzzkit::tick(Kind::Pred);
                        e.key() < k
                    }) as u64);
                }
            }
            Op::Extend(ks) => {
                if len < CAP {
                    v.extend(ks.iter().map(|k| {
                        fuzzkit::tick(Kind::Pred);
                        T::make(*k as u16)
                    }));
                }
            }
            Op::CloneSelf => {
                let c = v.clone();
                vals.push((c == *v) as u64);
                *v = c;
            }
            Op::CmpClone => {
                let c = v.clone();
                vals.push((c.cmp(v) == Ordering::Equal) as u64);
            }
            Op::IntoIter(front, back) => {
                let mut it = std::mem::take(v).into_iter();
                for _ in 0..*front % 6 {
                    vals.push(it.next().map_or(NONE, |e| e.sig()));
                }
                for _ in 0..*back % 6 {
                    vals.push(it.next_back().map_or(NONE, |e| e.sig()));
                }
                vals.push(it.len() as u64);
                *v = it.collect();
            }
            Op::ViaVec => {
                let s: Vec<T> = std::mem::take(v).into();
                vals.extend(s.iter().map(|e| e.sig()));
                *v = <$V>::from(s);
            }
            Op::IterMutSet(k) => {
                for (i, e) in v.iter_mut().enumerate() {
                    if i % 3 == *k as usize % 3 {
                        e.set_key(u16::from(*k) % 64);
                    }
                }
            }
            Op::IterBoth(front, back) => {
                let mut it = v.iter();
                for _ in 0..*front % 6 {
                    vals.push(sig_opt(it.next()));
                }
                for _ in 0..*back % 6 {
                    vals.push(sig_opt(it.next_back()));
                }
                vals.push(it.len() as u64);
                vals.push(it.rev().map(|e| e.sig()).sum::<u64>());
            }
        }
        Out { vals, loose }
    }};
}

fn ap_small<T: Elem>(v: &mut small::Deque<T>, op: &Op) -> Out {
    apply!(small::Deque<T>, v, op)
}
fn ap_fast<T: Elem>(v: &mut fast::Deque<T>, op: &Op) -> Out {
    apply!(fast::Deque<T>, v, op)
}
fn ap_std<T: Elem>(v: &mut VecDeque<T>, op: &Op) -> Out {
    apply!(VecDeque<T>, v, op)
}

fn sigs<'a, T: Elem>(it: impl Iterator<Item = &'a T>) -> Vec<u64> {
    it.map(|e| e.sig()).collect()
}

/// Validity: len matches both iteration directions and the two slices; every element alive.
macro_rules! valid {
    ($what:expr, $v:expr) => {{
        let v = &$v;
        let fw = sigs(v.iter());
        let mut bw = sigs(v.iter().rev());
        bw.reverse();
        assert_eq!(fw.len(), v.len(), "{}: iteration count", $what);
        assert_eq!(fw, bw, "{}: forward and backward iteration differ", $what);
        let (a, b) = v.as_slices();
        assert_eq!(sigs(a.iter().chain(b.iter())), fw, "{}: as_slices", $what);
        assert!(v.capacity() >= v.len(), "{}: capacity", $what);
        fw
    }};
}

fn run<T: Elem>(ops: &[(Option<Arm>, Op)]) {
    fuzzkit::begin(0, 0);
    let mut a: small::Deque<T> = small::Deque::new();
    fuzzkit::begin(1, 0);
    let mut b: fast::Deque<T> = fast::Deque::new();
    fuzzkit::begin(2, 0);
    let mut c: VecDeque<T> = VecDeque::new();
    let mut leaks = fuzzkit::Leaks::default();
    let mut id = 1u32;
    for (arm, op) in ops {
        let base = fuzzkit::next_base(&mut id);
        let fuzzkit::Three {
            small: ra,
            fast: rb,
            std: rc,
            small_calls: _,
        } = fuzzkit::run_three(
            base,
            arm,
            || ap_small(&mut a, op),
            || ap_fast(&mut b, op),
            || ap_std(&mut c, op),
        );
        let sa = valid!("small", a);
        let sb = valid!("fast", b);
        let sc = valid!("std", c);
        let forget = matches!(op, Op::ForgetDrain(..));
        if forget || (!T::TRACKED && (ra.is_err() || rb.is_err() || rc.is_err())) {
            leaks.any_ok = true;
        }
        leaks.after::<T>([a.len(), b.len(), c.len()], forget, op);
        let resync = match (&ra, &rb, &rc) {
            (Ok(x), Ok(y), Ok(z)) => {
                assert_eq!(x.vals, z.vals, "small vs std result of {op:?}");
                assert_eq!(y.vals, z.vals, "fast vs std result of {op:?}");
                if x.loose || z.loose {
                    true
                } else {
                    assert_eq!(sa, sc, "small vs std after {op:?}");
                    assert_eq!(sb, sc, "fast vs std after {op:?}");
                    false
                }
            }
            _ => true,
        };
        if resync {
            fuzzkit::begin(1, 0);
            b = a.iter().map(|e| e.dup()).collect();
            fuzzkit::begin(2, 0);
            c = a.iter().map(|e| e.dup()).collect();
        }
    }
    drop(a);
    drop(b);
    drop(c);
    leaks.finish();
}

fuzzkit::fuzz_elems!(run);
