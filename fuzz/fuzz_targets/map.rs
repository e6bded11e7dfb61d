//! Differential fuzzing of the Map family: `small::Map`, `fast::Map` and
//! `std::collections::HashMap` run the same operations (the whole entry API included);
//! results and contents (compared sorted) must match, and after an injected panic or a
//! key mutated in place each must stay valid and drop every element exactly once.
#![no_main]
// `ExtractIf` has no `Drop` here; forgetting it is part of the leaked-guard test all the same.
#![allow(clippy::forget_non_drop)]

use arbitrary::Arbitrary;
use fuzzkit::{hash_key, sorted, Arm, Elem, ElemKind, Kind, Out, NONE};
use sizespeed::{fast, small};
use std::collections::HashMap;

#[derive(Debug, Arbitrary)]
enum Op {
    Insert(u8, u8),
    Remove(u8),
    RemoveEntry(u8),
    Get(u8),
    GetMut(u8, u8),
    GetKeyValue(u8),
    ContainsKey(u8),
    Index(u8),
    OrInsert(u8, u8),
    OrInsertWith(u8, u8),
    OrInsertWithKey(u8),
    OrDefault(u8),
    AndModify(u8, u8),
    EntryKey(u8),
    EntryInsertEntry(u8, u8),
    /// Matches on the entry; the second byte chooses what to do with it.
    EntryMatch(u8, u8, u8),
    Retain(u8),
    RetainMut(u8, u8),
    ExtractIf(u8, u8),
    ForgetExtractIf(u8, u8),
    Drain(u8),
    ForgetDrain(u8),
    GetDisjointMut(u8, u8, u8, u8),
    IterMutSet(u8),
    ValuesMutSet(u8),
    KeysValues,
    IntoKeys,
    IntoValues,
    IntoIter(u8),
    CloneSelf,
    Extend(Vec<(u8, u8)>),
    FromIter(Vec<(u8, u8)>),
    Reserve(u8),
    TryReserve(u8),
    ShrinkToFit,
    ShrinkTo(u8),
    Clear,
    Len,
    /// Changes a stored key through its `Cell` (a logic error): until the next `Resync`,
    /// results are not compared, only validity.
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
    ($V:ty, $m:ident, $op:expr, $($md:ident)::+) => {{
        use $($md)::+::Entry;
        let m: &mut $V = $m;
        let mut vals: Vec<u64> = Vec::new();
        let mut loose = false;
        let len = m.len();
        let room = len < CAP;
        match $op {
            Op::Insert(k, v) => {
                if room {
                    let old = m.insert(T::make(hash_key(*k)), T::make(u16::from(*v)));
                    vals.push(old.map_or(NONE, |e| e.sig()));
                }
            }
            Op::Remove(k) => {
                let p = T::make(hash_key(*k));
                vals.push(m.remove(&p).map_or(NONE, |e| e.sig()));
            }
            Op::RemoveEntry(k) => {
                let p = T::make(hash_key(*k));
                match m.remove_entry(&p) {
                    Some((a, b)) => vals.extend([a.sig(), b.sig()]),
                    None => vals.push(NONE),
                }
            }
            Op::Get(k) => {
                let p = T::make(hash_key(*k));
                vals.push(m.get(&p).map_or(NONE, |e| e.sig()));
            }
            Op::GetMut(k, v) => {
                let p = T::make(hash_key(*k));
                if let Some(e) = m.get_mut(&p) {
                    *e = T::make(u16::from(*v));
                }
            }
            Op::GetKeyValue(k) => {
                let p = T::make(hash_key(*k));
                match m.get_key_value(&p) {
                    Some((a, b)) => vals.extend([a.sig(), b.sig()]),
                    None => vals.push(NONE),
                }
            }
            Op::ContainsKey(k) => {
                let p = T::make(hash_key(*k));
                vals.push(m.contains_key(&p) as u64);
            }
            Op::Index(k) => {
                let p = T::make(hash_key(*k));
                if m.contains_key(&p) {
                    vals.push(m[&p].sig());
                }
            }
            Op::OrInsert(k, v) => {
                if room {
                    let r = m.entry(T::make(hash_key(*k))).or_insert(T::make(u16::from(*v)));
                    vals.push(r.sig());
                }
            }
            Op::OrInsertWith(k, v) => {
                if room {
                    let r = m.entry(T::make(hash_key(*k))).or_insert_with(|| {
                        fuzzkit::tick(Kind::Pred);
                        T::make(u16::from(*v))
                    });
                    vals.push(r.sig());
                }
            }
            Op::OrInsertWithKey(k) => {
                if room {
                    let r = m.entry(T::make(hash_key(*k))).or_insert_with_key(|k| {
                        fuzzkit::tick(Kind::Pred);
                        T::make(k.key() + 100)
                    });
                    vals.push(r.sig());
                }
            }
            Op::OrDefault(k) => {
                if room {
                    vals.push(m.entry(T::make(hash_key(*k))).or_default().sig());
                }
            }
            Op::AndModify(k, v) => {
                if room {
                    let r = m
                        .entry(T::make(hash_key(*k)))
                        .and_modify(|e| {
                            fuzzkit::tick(Kind::Pred);
                            e.set_key(u16::from(*v));
                        })
                        .or_insert_with(|| T::make(7));
                    vals.push(r.sig());
                }
            }
            Op::EntryKey(k) => {
                let e = m.entry(T::make(hash_key(*k)));
                vals.push(e.key().sig());
            }
            Op::EntryInsertEntry(k, v) => {
                if room {
                    let o = m.entry(T::make(hash_key(*k))).insert_entry(T::make(u16::from(*v)));
                    vals.extend([o.key().sig(), o.get().sig()]);
                }
            }
            Op::EntryMatch(k, what, v) => {
                if room {
                    match m.entry(T::make(hash_key(*k))) {
                        Entry::Occupied(mut o) => {
                            vals.push(1);
                            vals.push(o.key().sig());
                            match what % 6 {
                                0 => vals.push(o.get().sig()),
                                1 => o.get_mut().set_key(u16::from(*v)),
                                2 => vals.push(o.insert(T::make(u16::from(*v))).sig()),
                                3 => vals.push(o.remove().sig()),
                                4 => {
                                    let (a, b) = o.remove_entry();
                                    vals.extend([a.sig(), b.sig()]);
                                }
                                _ => vals.push(o.into_mut().sig()),
                            }
                        }
                        Entry::Vacant(va) => {
                            vals.push(2);
                            vals.push(va.key().sig());
                            match what % 3 {
                                0 => vals.push(va.insert(T::make(u16::from(*v))).sig()),
                                1 => {
                                    let o = va.insert_entry(T::make(u16::from(*v)));
                                    vals.extend([o.key().sig(), o.get().sig()]);
                                }
                                _ => vals.push(va.into_key().sig()),
                            }
                        }
                    }
                }
            }
            Op::Retain(d) => {
                let d = u16::from(*d % 4 + 1);
                m.retain(|k, _| {
                    fuzzkit::tick(Kind::Pred);
                    k.key() % d != 0
                });
            }
            Op::RetainMut(d, v) => {
                let d = u16::from(*d % 4 + 1);
                m.retain(|k, val| {
                    fuzzkit::tick(Kind::Pred);
                    val.set_key(u16::from(*v));
                    k.key() % d == 0
                });
            }
            Op::ExtractIf(d, take) => {
                let d = u16::from(*d % 4 + 1);
                let mut got = Vec::new();
                let mut x = m.extract_if(|k, val| {
                    fuzzkit::tick(Kind::Pred);
                    val.set_key(val.key() + 1);
                    k.key() % d == 0
                });
                let n = *take % 8;
                for _ in 0..n {
                    if let Some((a, b)) = x.next() {
                        got.extend([a.sig(), b.sig()]);
                    }
                }
                if n == 7 {
                    // Run it to the end: then the result is a set, comparable sorted.
                    for (a, b) in x {
                        got.extend([a.sig(), b.sig()]);
                    }
                    vals.extend(sorted(got));
                } else {
                    // Which entries come first is the table's business.
                    vals.push(got.len() as u64);
                    loose = true;
                }
            }
            Op::ForgetExtractIf(d, take) => {
                let d = u16::from(*d % 4 + 1);
                let mut x = m.extract_if(|k, _| k.key() % d == 0);
                for _ in 0..*take % 4 {
                    x.next();
                }
                std::mem::forget(x);
                loose = true;
            }
            Op::Drain(take) => {
                {
                    let mut d = m.drain();
                    vals.push(d.len() as u64);
                    let n = *take % 8;
                    if n == 7 {
                        let all: Vec<u64> = d.flat_map(|(a, b)| [a.sig(), b.sig()]).collect();
                        vals.extend(sorted(all));
                    } else {
                        for _ in 0..n {
                            vals.push(d.next().is_some() as u64);
                        }
                    }
                }
                vals.push(m.len() as u64);
            }
            Op::ForgetDrain(take) => {
                let cap = m.capacity();
                let mut d = m.drain();
                for _ in 0..*take % 4 {
                    d.next();
                }
                if fuzzkit::may_leak(cap * std::mem::size_of::<(T, T)>() + 64) {
                    std::mem::forget(d);
                }
                loose = true;
            }
            Op::GetDisjointMut(k1, k2, k3, v) => {
                let (a, b, c) = (hash_key(*k1), hash_key(*k2), hash_key(*k3));
                if a != b && b != c && a != c && std::mem::size_of::<T>() != 0 {
                    let ps = [T::make(a), T::make(b), T::make(c)];
                    let got = m.get_disjoint_mut([&ps[0], &ps[1], &ps[2]]);
                    for g in got {
                        match g {
                            Some(e) => {
                                vals.push(e.sig());
                                e.set_key(u16::from(*v));
                            }
                            None => vals.push(NONE),
                        }
                    }
                }
            }
            Op::IterMutSet(v) => {
                for (k, val) in m.iter_mut() {
                    if k.key() % 2 == 0 {
                        val.set_key(u16::from(*v));
                    }
                }
            }
            Op::ValuesMutSet(v) => {
                for val in m.values_mut() {
                    val.set_key(val.key() ^ u16::from(*v));
                }
            }
            Op::KeysValues => {
                vals.extend(sorted(m.keys().map(|e| e.sig()).collect()));
                vals.extend(sorted(m.values().map(|e| e.sig()).collect()));
                vals.push(m.keys().len() as u64);
                vals.push(m.values().len() as u64);
            }
            Op::IntoKeys => {
                let ks = std::mem::take(m).into_keys();
                vals.push(ks.len() as u64);
                vals.extend(sorted(ks.map(|e| e.sig()).collect()));
            }
            Op::IntoValues => {
                let vs = std::mem::take(m).into_values();
                vals.push(vs.len() as u64);
                vals.extend(sorted(vs.map(|e| e.sig()).collect()));
            }
            Op::IntoIter(take) => {
                let mut it = std::mem::take(m).into_iter();
                let n = *take % 6;
                for _ in 0..n {
                    it.next();
                }
                vals.push(it.len() as u64);
                *m = it.collect();
                loose = n > 0;
            }
            Op::CloneSelf => {
                let c = m.clone();
                vals.push((c == *m) as u64);
                *m = c;
            }
            Op::Extend(kvs) => {
                if room {
                    m.extend(kvs.iter().map(|(k, v)| {
                        fuzzkit::tick(Kind::Pred);
                        (T::make(hash_key(*k)), T::make(u16::from(*v)))
                    }));
                }
            }
            Op::FromIter(kvs) => {
                *m = kvs.iter().map(|(k, v)| (T::make(hash_key(*k)), T::make(u16::from(*v)))).collect();
            }
            Op::Reserve(n) => {
                m.reserve(*n as usize);
                vals.push((m.capacity() >= len + *n as usize) as u64);
            }
            Op::TryReserve(n) => {
                let r = if *n > 200 { m.try_reserve(usize::MAX / 2) } else { m.try_reserve(*n as usize) };
                vals.push(r.is_ok() as u64);
            }
            Op::ShrinkToFit => {
                m.shrink_to_fit();
                vals.push((m.capacity() >= len) as u64);
            }
            Op::ShrinkTo(n) => {
                m.shrink_to(*n as usize);
                vals.push((m.capacity() >= len) as u64);
            }
            Op::Clear => m.clear(),
            Op::Len => vals.extend([m.len() as u64, m.is_empty() as u64]),
            Op::MutateKey(k, nk) => {
                let k = hash_key(*k);
                if let Some((kk, _)) = m.iter().find(|(kk, _)| kk.key() == k) {
                    kk.set_key(hash_key(*nk));
                }
            }
            Op::Resync => loose = true,
        }
        Out { vals, loose }
    }};
}

fn ap_small<T: Elem>(m: &mut small::Map<T, T>, op: &Op) -> Out {
    apply!(small::Map<T, T>, m, op, sizespeed::small::map)
}
fn ap_fast<T: Elem>(m: &mut fast::Map<T, T>, op: &Op) -> Out {
    apply!(fast::Map<T, T>, m, op, sizespeed::fast::map)
}
fn ap_std<T: Elem>(m: &mut HashMap<T, T>, op: &Op) -> Out {
    apply!(HashMap<T, T>, m, op, std::collections::hash_map)
}

/// Validity: iteration count matches len, every element alive, and (unless keys were mutated
/// in place) every stored key is found again. Returns the sorted contents.
macro_rules! valid {
    ($what:expr, $m:expr, $broken:expr) => {{
        let m = &$m;
        let mut all: Vec<(u64, u64)> = m.iter().map(|(k, v)| (k.sig(), v.sig())).collect();
        assert_eq!(all.len(), m.len(), "{}: iteration count", $what);
        assert_eq!(m.keys().count(), m.len(), "{}: keys count", $what);
        assert!(m.capacity() >= m.len(), "{}: capacity", $what);
        if !$broken {
            for (k, v) in m.iter() {
                let got = m.get(k).map(|e| e.sig());
                assert_eq!(
                    got,
                    Some(v.sig()),
                    "{}: stored key {:?} not found",
                    $what,
                    k
                );
            }
        }
        all.sort_unstable();
        all
    }};
}

fn run<T: Elem>(ops: &[(Option<Arm>, Op)]) {
    let mut a: small::Map<T, T> = small::Map::new();
    let mut b: fast::Map<T, T> = fast::Map::new();
    let mut c: HashMap<T, T> = HashMap::new();
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
        leaks.after::<T>([2 * a.len(), 2 * b.len(), 2 * c.len()], forget, op);
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
            let items: Vec<(T, T)> = a.iter().map(|(k, v)| (k.dup(), v.dup())).collect();
            fuzzkit::begin(1, 0);
            b = items.iter().map(|(k, v)| (k.dup(), v.dup())).collect();
            fuzzkit::begin(2, 0);
            c = items.iter().map(|(k, v)| (k.dup(), v.dup())).collect();
            a = items.into_iter().collect();
        }
    }
    drop(a);
    drop(b);
    drop(c);
    leaks.finish();
}

fuzzkit::fuzz_elems!(run);
