//! Differential fuzzing of the Vec family: `small::Vec`, `fast::Vec` and `std::vec::Vec`
//! run the same operations; results and contents must match, and after an injected panic
//! each must stay valid and drop every element exactly once.
#![no_main]

use arbitrary::Arbitrary;
use fuzzkit::{sorted_by_key, with_range, Arm, Cmp, Elem, ElemKind, Kind, Out, NONE, R};
use sizespeed::{fast, small};
use std::cmp::Ordering;

#[derive(Debug, Arbitrary)]
enum Op {
    Push(u8),
    PushMut(u8, u8),
    Pop,
    PopIf(u8),
    Insert(u8, u8),
    InsertMut(u8, u8, u8),
    Remove(u8),
    SwapRemove(u8),
    Truncate(u8),
    Clear,
    Reserve(u8),
    ReserveExact(u8),
    TryReserve(u8),
    ShrinkToFit,
    ShrinkTo(u8),
    Get(u8),
    SetAt(u8, u8),
    FirstLast,
    Retain(u8),
    RetainMut(u8, u8),
    Extend(Vec<u8>),
    ExtendFromSlice(Vec<u8>),
    ExtendFromWithin(R),
    Resize(u8, u8),
    ResizeWith(u8, u8),
    Append(Vec<u8>),
    SplitOff(u8),
    Drain(R, u8, u8),
    ForgetDrain(R, u8),
    Splice(R, Vec<u8>, u8),
    ExtractIf(R, u8, u8),
    Dedup,
    DedupByKey(u8),
    DedupBy(u8),
    Sort,
    SortUnstable,
    SortBy(Cmp),
    SortUnstableBy(Cmp),
    SortByKey(u8),
    SortUnstableByKey(u8),
    SortByCachedKey(u8),
    BinarySearch(u8),
    BinarySearchByKey(u8),
    PartitionPoint(u8),
    SelectNth(u8, Cmp),
    Reverse,
    CloneSelf,
    IntoIter(u8, u8),
    ViaStd,
    ViaBoxedSlice,
    IterMutSet(u8),
    SwapElems(u8, u8),
    ContainsEq(u8),
    CmpClone,
}

#[derive(Debug, Arbitrary)]
struct Input {
    elem: ElemKind,
    ops: Vec<(Option<Arm>, Op)>,
}

/// What one operation returned: signatures of elements and numbers, plus `loose` when the
/// variants may legitimately leave different contents (then only validity is checked and the
/// three are rebuilt from `small`'s contents).
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
            Op::Push(k) => {
                if len < CAP {
                    v.push(T::make(*k as u16));
                }
            }
            Op::PushMut(k, k2) => {
                if len < CAP {
                    let r = v.push_mut(T::make(*k as u16));
                    r.set_key(*k2 as u16);
                }
            }
            Op::Pop => vals.push(v.pop().map_or(NONE, |e| e.sig())),
            Op::PopIf(m) => {
                let m = *m;
                vals.push(
                    v.pop_if(|e| {
                        fuzzkit::tick(Kind::Pred);
                        e.key() % 3 == u16::from(m % 3)
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
                    let r = v.insert_mut(*i as usize % (len + 1), T::make(*k as u16));
                    r.set_key(*k2 as u16);
                }
            }
            Op::Remove(i) => {
                if len > 0 {
                    vals.push(v.remove(*i as usize % len).sig());
                }
            }
            Op::SwapRemove(i) => {
                if len > 0 {
                    vals.push(v.swap_remove(*i as usize % len).sig());
                }
            }
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
                let huge = *n > 200;
                let r = if huge {
                    v.try_reserve(usize::MAX - 3)
                } else {
                    v.try_reserve(*n as usize)
                };
                vals.push(r.is_ok() as u64);
            }
            Op::ShrinkToFit => {
                v.shrink_to_fit();
                vals.push((v.capacity() >= len) as u64);
            }
            Op::ShrinkTo(n) => {
                v.shrink_to(*n as usize);
                vals.push((v.capacity() >= len.max(0)) as u64);
            }
            Op::Get(i) => {
                vals.push(sig_opt(v.get(*i as usize % (len + 1))));
                vals.push(sig_opt(v.get(usize::MAX)));
            }
            Op::SetAt(i, k) => {
                if let Some(e) = v.get_mut(*i as usize % (len + 1)) {
                    *e = T::make(*k as u16);
                }
            }
            Op::FirstLast => {
                vals.push(sig_opt(v.first()));
                vals.push(sig_opt(v.last()));
                vals.push(v.is_empty() as u64);
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
            Op::Extend(ks) => {
                if len < CAP {
                    v.extend(ks.iter().map(|k| {
                        fuzzkit::tick(Kind::Pred);
                        T::make(*k as u16)
                    }));
                }
            }
            Op::ExtendFromSlice(ks) => {
                if len < CAP {
                    let src: Vec<T> = ks.iter().map(|k| T::make(*k as u16)).collect();
                    v.extend_from_slice(&src);
                }
            }
            Op::ExtendFromWithin(r) => {
                if len < CAP {
                    with_range!(r, len, |rg| v.extend_from_within(rg));
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
            Op::Append(ks) => {
                if len < CAP {
                    let mut o: $V = ks.iter().map(|k| T::make(*k as u16)).collect();
                    v.append(&mut o);
                    vals.push(o.len() as u64);
                }
            }
            Op::SplitOff(at) => {
                let o = v.split_off(*at as usize % (len + 1));
                vals.extend(o.iter().map(|e| e.sig()));
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
                    vals.extend(d.as_slice().iter().map(|e| e.sig()));
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
                // std keeps what precedes the range; what follows it may leak.
                loose = true;
            }
            Op::Splice(r, ks, take) => {
                if len < CAP {
                    with_range!(r, len, |rg| {
                        let mut s = v.splice(
                            rg,
                            ks.iter().map(|k| {
                                fuzzkit::tick(Kind::Pred);
                                T::make(*k as u16)
                            }),
                        );
                        for _ in 0..*take % 6 {
                            vals.push(s.next().map_or(NONE, |e| e.sig()));
                        }
                    })
                }
            }
            Op::ExtractIf(r, m, take) => {
                let m = u16::from(*m % 4 + 1);
                with_range!(r, len, |rg| {
                    let mut x = v.extract_if(rg, |e| {
                        fuzzkit::tick(Kind::Pred);
                        e.key() % m == 0
                    });
                    for _ in 0..*take % 10 {
                        vals.push(x.next().map_or(NONE, |e| e.sig()));
                    }
                })
            }
            Op::Dedup => v.dedup(),
            Op::DedupByKey(d) => {
                let d = u16::from(*d % 4 + 1);
                v.dedup_by_key(|e| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() / d
                })
            }
            Op::DedupBy(d) => {
                let d = u16::from(*d % 4 + 1);
                v.dedup_by(|a, b| {
                    fuzzkit::tick(Kind::Pred);
                    assert!(!std::ptr::eq(a, b) || std::mem::size_of::<T>() == 0);
                    a.key() / d == b.key() / d
                })
            }
            Op::Sort => v.sort(),
            Op::SortUnstable => {
                v.sort_unstable();
                // Equal elements may end in any order: compare keys only.
                loose = true;
                vals.extend(v.iter().map(|e| u64::from(e.key())));
            }
            Op::SortBy(c) => {
                v.sort_by(c.closure::<T>());
                loose = !c.consistent();
            }
            Op::SortUnstableBy(c) => {
                v.sort_unstable_by(c.closure::<T>());
                loose = true;
                if c.consistent() && !matches!(c, Cmp::Mod4) {
                    vals.extend(v.iter().map(|e| u64::from(e.key())));
                }
            }
            Op::SortByKey(d) => {
                let d = u16::from(*d % 4 + 1);
                v.sort_by_key(|e| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() / d
                })
            }
            Op::SortUnstableByKey(d) => {
                let d = u16::from(*d % 4 + 1);
                v.sort_unstable_by_key(|e| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() / d
                });
                loose = true;
                vals.extend(v.iter().map(|e| u64::from(e.key() / d)));
            }
            Op::SortByCachedKey(d) => {
                let d = u16::from(*d % 4 + 1);
                v.sort_by_cached_key(|e| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() / d
                })
            }
            Op::BinarySearch(k) => {
                if sorted_by_key(v) {
                    let probe = T::make(*k as u16 % 64);
                    match v.binary_search(&probe) {
                        // Which of several equal elements is found is unspecified.
                        Ok(i) => vals.push(u64::from(v[i].key())),
                        Err(i) => vals.push(1000 + i as u64),
                    }
                }
            }
            Op::BinarySearchByKey(k) => {
                if sorted_by_key(v) {
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
                if sorted_by_key(v) {
                    let k = *k as u16 % 64;
                    vals.push(v.partition_point(|e| {
                        fuzzkit::tick(Kind::Pred);
                        e.key() < k
                    }) as u64);
                }
            }
            Op::SelectNth(i, c) => {
                if len > 0 {
                    let (_, m, _) = v.select_nth_unstable_by(*i as usize % len, c.closure::<T>());
                    if c.consistent() && !matches!(c, Cmp::Mod4) {
                        vals.push(u64::from(m.key()));
                    }
                    loose = true;
                }
            }
            Op::Reverse => v.reverse(),
            Op::CloneSelf => {
                let c = v.clone();
                vals.push((c == *v) as u64);
                *v = c;
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
            Op::ViaStd => {
                let s: std::vec::Vec<T> = std::mem::take(v).into();
                *v = <$V>::from(s);
            }
            Op::ViaBoxedSlice => {
                let b: Box<[T]> = std::mem::take(v).into_boxed_slice();
                *v = <$V>::from(b.into_vec());
            }
            Op::IterMutSet(k) => {
                for (i, e) in v.iter_mut().enumerate() {
                    if i % 3 == *k as usize % 3 {
                        e.set_key(u16::from(*k) % 64);
                    }
                }
            }
            Op::SwapElems(i, j) => {
                if len > 0 {
                    v.swap(*i as usize % len, *j as usize % len);
                }
            }
            Op::ContainsEq(k) => {
                let probe = T::make(*k as u16 % 64);
                vals.push(v.contains(&probe) as u64);
            }
            Op::CmpClone => {
                let c = v.clone();
                vals.push((c.cmp(v) == Ordering::Equal) as u64);
                vals.push((c.partial_cmp(v) == Some(Ordering::Equal)) as u64);
            }
        }
        Out { vals, loose }
    }};
}

fn ap_small<T: Elem>(v: &mut small::Vec<T>, op: &Op) -> Out {
    apply!(small::Vec<T>, v, op)
}
fn ap_fast<T: Elem>(v: &mut fast::Vec<T>, op: &Op) -> Out {
    apply!(fast::Vec<T>, v, op)
}
fn ap_std<T: Elem>(v: &mut Vec<T>, op: &Op) -> Out {
    apply!(Vec<T>, v, op)
}

fn sigs<'a, T: Elem>(it: impl Iterator<Item = &'a T>) -> Vec<u64> {
    it.map(|e| e.sig()).collect()
}

/// Validity after an operation: length, iteration and every element alive.
fn valid<T: Elem>(what: &str, len: usize, s: &[T]) {
    assert_eq!(len, s.len(), "{what}: len differs from the slice");
    for e in s {
        e.check();
    }
}

fn run<T: Elem>(ops: &[(Option<Arm>, Op)]) {
    fuzzkit::begin(0, 0);
    let mut a: small::Vec<T> = small::Vec::new();
    fuzzkit::begin(1, 0);
    let mut b: fast::Vec<T> = fast::Vec::new();
    fuzzkit::begin(2, 0);
    let mut c: Vec<T> = Vec::new();
    let mut leaks = fuzzkit::Leaks::default();
    let mut id = 1u32;
    for (arm, op) in ops {
        let base = fuzzkit::next_base(&mut id);
        let fuzzkit::Three {
            small: ra,
            fast: rb,
            std: rc,
            small_calls: seen_a,
        } = fuzzkit::run_three(
            base,
            arm,
            || ap_small(&mut a, op),
            || ap_fast(&mut b, op),
            || ap_std(&mut c, op),
        );
        valid("small", a.len(), &a);
        valid("fast", b.len(), &b);
        valid("std", c.len(), &c);
        assert_eq!(a.iter().count(), a.len(), "small: iter count");
        // Comparator accounting on small: every call counted on an element it still holds.
        let mut total = 0;
        for e in a.iter() {
            total += e.seen();
        }
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
                    let mut ka: Vec<u16> = a.iter().map(|e| e.key()).collect();
                    let mut kc: Vec<u16> = c.iter().map(|e| e.key()).collect();
                    ka.sort();
                    kc.sort();
                    if !matches!(op, Op::ForgetDrain(..))
                        && !matches!(
                            op,
                            Op::SortBy(Cmp::Mutating)
                                | Op::SortUnstableBy(Cmp::Mutating)
                                | Op::SelectNth(_, Cmp::Mutating)
                        )
                    {
                        assert_eq!(ka, kc, "small vs std multiset after {op:?}");
                    }
                    true
                } else {
                    assert_eq!(sigs(a.iter()), sigs(c.iter()), "small vs std after {op:?}");
                    assert_eq!(sigs(b.iter()), sigs(c.iter()), "fast vs std after {op:?}");
                    false
                }
            }
            _ => true,
        };
        if matches!(
            op,
            Op::Sort | Op::SortBy(_) | Op::SortUnstable | Op::SortUnstableBy(_) | Op::SelectNth(..)
        ) && ra.is_ok()
        {
            assert_eq!(
                total, seen_a,
                "small: comparator calls not all seen on live elements after {op:?}"
            );
        }
        for e in a.iter() {
            e.unsee();
        }
        if resync {
            fuzzkit::begin(1, 0);
            b = a.iter().map(|e| e.dup()).collect();
            fuzzkit::begin(2, 0);
            c = a.iter().map(|e| e.dup()).collect();
        }
        for e in b.iter().chain(c.iter()) {
            e.unsee();
        }
    }
    drop(a);
    drop(b);
    drop(c);
    leaks.finish();
}

fuzzkit::fuzz_elems!(run);
