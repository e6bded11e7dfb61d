//! Differential fuzzing of the Set family: `small::Set`, `fast::Set` and
//! `std::collections::HashSet` run the same operations (set algebra included); results and
//! contents (compared sorted) must match, and after an injected panic or a key mutated in
//! place each must stay valid and drop every element exactly once.
#![no_main]
// `ExtractIf` has no `Drop` here; forgetting it is part of the leaked-guard test all the same.
#![allow(clippy::forget_non_drop)]

use arbitrary::Arbitrary;
use fuzzkit::{hash_key, sorted, Arm, Elem, ElemKind, Kind, Out, NONE};
use sizespeed::{fast, small};
use std::collections::HashSet;

#[derive(Debug, Arbitrary)]
enum Algebra {
    Union,
    Intersection,
    Difference,
    SymmetricDifference,
    OpOr,
    OpAnd,
    OpSub,
    OpXor,
    Relations,
}

#[derive(Debug, Arbitrary)]
enum Op {
    Insert(u8),
    Replace(u8),
    Take(u8),
    Remove(u8),
    Contains(u8),
    Get(u8),
    Retain(u8),
    ExtractIf(u8, u8),
    ForgetExtractIf(u8, u8),
    Drain(u8),
    ForgetDrain(u8),
    /// Set algebra against a second set built from the bytes.
    Algebra(Algebra, Vec<u8>, bool),
    IterLen,
    IntoIter(u8),
    CloneSelf,
    Extend(Vec<u8>),
    FromIter(Vec<u8>),
    Reserve(u8),
    TryReserve(u8),
    ShrinkToFit,
    ShrinkTo(u8),
    Clear,
    Len,
    /// Changes a stored element's key through its `Cell` (a logic error): until the next
    /// `Resync`, results are not compared, only validity.
    MutateKey(u8, u8),
    Resync,
}

#[derive(Debug, Arbitrary)]
struct Input {
    elem: ElemKind,
    ops: Vec<(Option<Arm>, Op)>,
}

const CAP: usize = 40;

macro_rules! apply {
    ($V:ty, $s:ident, $op:expr) => {{
        let s: &mut $V = $s;
        let mut vals: Vec<u64> = Vec::new();
        let mut loose = false;
        let len = s.len();
        let room = len < CAP;
        match $op {
            Op::Insert(k) => {
                if room {
                    vals.push(s.insert(T::make(hash_key(*k))) as u64);
                }
            }
            Op::Replace(k) => {
                if room {
                    vals.push(s.replace(T::make(hash_key(*k))).map_or(NONE, |e| e.sig()));
                }
            }
            Op::Take(k) => {
                let p = T::make(hash_key(*k));
                vals.push(s.take(&p).map_or(NONE, |e| e.sig()));
            }
            Op::Remove(k) => {
                let p = T::make(hash_key(*k));
                vals.push(s.remove(&p) as u64);
            }
            Op::Contains(k) => {
                let p = T::make(hash_key(*k));
                vals.push(s.contains(&p) as u64);
            }
            Op::Get(k) => {
                let p = T::make(hash_key(*k));
                vals.push(s.get(&p).map_or(NONE, |e| e.sig()));
            }
            Op::Retain(d) => {
                let d = u16::from(*d % 4 + 1);
                s.retain(|e| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() % d != 0
                });
            }
            Op::ExtractIf(d, take) => {
                let d = u16::from(*d % 4 + 1);
                let mut got = Vec::new();
                let mut x = s.extract_if(|e| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() % d == 0
                });
                let n = *take % 8;
                for _ in 0..n {
                    if let Some(e) = x.next() {
                        got.push(e.sig());
                    }
                }
                if n == 7 {
                    got.extend(x.map(|e| e.sig()));
                    vals.extend(sorted(got));
                } else {
                    vals.push(got.len() as u64);
                    loose = true;
                }
            }
            Op::ForgetExtractIf(d, take) => {
                let d = u16::from(*d % 4 + 1);
                let mut x = s.extract_if(|e| e.key() % d == 0);
                for _ in 0..*take % 4 {
                    x.next();
                }
                std::mem::forget(x);
                loose = true;
            }
            Op::Drain(take) => {
                {
                    let mut d = s.drain();
                    vals.push(d.len() as u64);
                    let n = *take % 8;
                    if n == 7 {
                        let all: Vec<u64> = d.map(|e| e.sig()).collect();
                        vals.extend(sorted(all));
                    } else {
                        for _ in 0..n {
                            vals.push(d.next().is_some() as u64);
                        }
                    }
                }
                vals.push(s.len() as u64);
            }
            Op::ForgetDrain(take) => {
                let cap = s.capacity();
                let mut d = s.drain();
                for _ in 0..*take % 4 {
                    d.next();
                }
                if fuzzkit::may_leak(cap * std::mem::size_of::<T>() + 64) {
                    std::mem::forget(d);
                }
                loose = true;
            }
            Op::Algebra(which, ks, swap) => {
                let o: $V = ks.iter().take(CAP).map(|k| T::make(hash_key(*k))).collect();
                let (x, y) = if *swap { (&o, &*s) } else { (&*s, &o) };
                // Which of two equal elements an iterator yields is not specified: keys only.
                let keys = |v: Vec<u16>| -> Vec<u64> {
                    let mut v: Vec<u64> = v.into_iter().map(u64::from).collect();
                    v.sort_unstable();
                    v
                };
                match which {
                    Algebra::Union => vals.extend(keys(x.union(y).map(|e| e.key()).collect())),
                    Algebra::Intersection => {
                        vals.extend(keys(x.intersection(y).map(|e| e.key()).collect()))
                    }
                    Algebra::Difference => {
                        vals.extend(keys(x.difference(y).map(|e| e.key()).collect()))
                    }
                    Algebra::SymmetricDifference => {
                        vals.extend(keys(x.symmetric_difference(y).map(|e| e.key()).collect()))
                    }
                    Algebra::OpOr => vals.extend(keys((x | y).iter().map(|e| e.key()).collect())),
                    Algebra::OpAnd => vals.extend(keys((x & y).iter().map(|e| e.key()).collect())),
                    Algebra::OpSub => vals.extend(keys((x - y).iter().map(|e| e.key()).collect())),
                    Algebra::OpXor => vals.extend(keys((x ^ y).iter().map(|e| e.key()).collect())),
                    Algebra::Relations => vals.extend([
                        x.is_subset(y) as u64,
                        x.is_superset(y) as u64,
                        x.is_disjoint(y) as u64,
                        (x == y) as u64,
                    ]),
                }
            }
            Op::IterLen => {
                let it = s.iter();
                vals.push(it.len() as u64);
                vals.extend(sorted(it.map(|e| e.sig()).collect()));
            }
            Op::IntoIter(take) => {
                let mut it = std::mem::take(s).into_iter();
                let n = *take % 6;
                for _ in 0..n {
                    it.next();
                }
                vals.push(it.len() as u64);
                *s = it.collect();
                loose = n > 0;
            }
            Op::CloneSelf => {
                let c = s.clone();
                vals.push((c == *s) as u64);
                *s = c;
            }
            Op::Extend(ks) => {
                if room {
                    s.extend(ks.iter().map(|k| {
                        fuzzkit::tick(Kind::Pred);
                        T::make(hash_key(*k))
                    }));
                }
            }
            Op::FromIter(ks) => *s = ks.iter().map(|k| T::make(hash_key(*k))).collect(),
            Op::Reserve(n) => {
                s.reserve(*n as usize);
                vals.push((s.capacity() >= len + *n as usize) as u64);
            }
            Op::TryReserve(n) => {
                let r = if *n > 200 {
                    s.try_reserve(usize::MAX / 2)
                } else {
                    s.try_reserve(*n as usize)
                };
                vals.push(r.is_ok() as u64);
            }
            Op::ShrinkToFit => {
                s.shrink_to_fit();
                vals.push((s.capacity() >= len) as u64);
            }
            Op::ShrinkTo(n) => {
                s.shrink_to(*n as usize);
                vals.push((s.capacity() >= len) as u64);
            }
            Op::Clear => s.clear(),
            Op::Len => vals.extend([s.len() as u64, s.is_empty() as u64]),
            Op::MutateKey(k, nk) => {
                let k = hash_key(*k);
                if let Some(e) = s.iter().find(|e| e.key() == k) {
                    e.set_key(hash_key(*nk));
                }
            }
            Op::Resync => loose = true,
        }
        Out { vals, loose }
    }};
}

fn ap_small<T: Elem>(s: &mut small::Set<T>, op: &Op) -> Out {
    apply!(small::Set<T>, s, op)
}
fn ap_fast<T: Elem>(s: &mut fast::Set<T>, op: &Op) -> Out {
    apply!(fast::Set<T>, s, op)
}
fn ap_std<T: Elem>(s: &mut HashSet<T>, op: &Op) -> Out {
    apply!(HashSet<T>, s, op)
}

/// Validity: iteration count matches len, every element alive, and (unless keys were mutated
/// in place) every stored element is found again. Returns the sorted contents.
macro_rules! valid {
    ($what:expr, $s:expr, $broken:expr) => {{
        let s = &$s;
        let mut all: Vec<u64> = s.iter().map(|e| e.sig()).collect();
        assert_eq!(all.len(), s.len(), "{}: iteration count", $what);
        assert!(s.capacity() >= s.len(), "{}: capacity", $what);
        if !$broken {
            for e in s.iter() {
                let got = s.get(e).map(|g| g.sig());
                assert_eq!(
                    got,
                    Some(e.sig()),
                    "{}: stored element {:?} not found",
                    $what,
                    e
                );
            }
        }
        all.sort_unstable();
        all
    }};
}

fn run<T: Elem>(ops: &[(Option<Arm>, Op)]) {
    let mut a: small::Set<T> = small::Set::new();
    let mut b: fast::Set<T> = fast::Set::new();
    let mut c: HashSet<T> = HashSet::new();
    let mut leaks = fuzzkit::Leaks::default();
    let mut broken = false;
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
        if matches!(op, Op::MutateKey(..)) {
            broken = true;
        }
        let forget = matches!(op, Op::ForgetDrain(..) | Op::ForgetExtractIf(..));
        if forget || (!T::TRACKED && (ra.is_err() || rb.is_err() || rc.is_err())) {
            leaks.any_ok = true;
        }
        leaks.after::<T>([a.len(), b.len(), c.len()], forget, op);
        let sa = valid!("small", a, broken);
        let sb = valid!("fast", b, broken);
        let sc = valid!("std", c, broken);
        let resync = match (&ra, &rb, &rc) {
            (Ok(x), Ok(y), Ok(z)) if !broken => {
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
            (Ok(x), _, _) if broken => x.loose,
            _ => true,
        };
        if resync {
            broken = false;
            fuzzkit::begin(0, 0);
            let items: Vec<T> = a.iter().map(|e| e.dup()).collect();
            fuzzkit::begin(1, 0);
            b = items.iter().map(|e| e.dup()).collect();
            fuzzkit::begin(2, 0);
            c = items.iter().map(|e| e.dup()).collect();
            a = items.into_iter().collect();
        }
    }
    drop(a);
    drop(b);
    drop(c);
    leaks.finish();
}

fuzzkit::fuzz_elems!(run);
