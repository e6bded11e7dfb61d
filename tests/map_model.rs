//! Differential tests: random operation sequences on every `Map` variant, checked
//! against `std::collections::HashMap` as the model.
// std's `extract_if` (1.88) and `get_disjoint_mut` (1.86) serve as the oracle; the
// crate's rust-version is raised with this work.

mod common;

use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::{BuildHasher, Hash};

use common::{cases, Align64, Counter, Tracked, Zst};
use proptest::prelude::*;
use sizespeed::Map;

#[derive(Clone, Debug)]
enum Op {
    Insert(u8, u64),
    Get(u8),
    GetMut(u8, u64),
    Contains(u8),
    Remove(u8),
    GetOrInsertWith(u8, u64),
    Retain(u8),
    Clear,
    Reserve(u8),
    Iter,
    EntryOrInsert(u8, u64),
    EntryModify(u8, u64),
    EntryMatch(u8, u64),
    RemoveEntry(u8),
    GetKeyValue(u8),
    Drain(u8),
    ExtractIf(u8),
    GetDisjoint(u8, u8),
}

fn op() -> impl Strategy<Value = Op> {
    // Keys from a small range, so overwrites, removals and collisions are common.
    let k = 0u8..40;
    prop_oneof![
        6 => (k.clone(), any::<u64>()).prop_map(|(k, v)| Op::Insert(k, v)),
        2 => k.clone().prop_map(Op::Get),
        1 => (k.clone(), any::<u64>()).prop_map(|(k, v)| Op::GetMut(k, v)),
        1 => k.clone().prop_map(Op::Contains),
        3 => k.clone().prop_map(Op::Remove),
        2 => (k.clone(), any::<u64>()).prop_map(|(k, v)| Op::GetOrInsertWith(k, v)),
        1 => (1u8..5).prop_map(Op::Retain),
        1 => Just(Op::Clear),
        1 => any::<u8>().prop_map(Op::Reserve),
        1 => Just(Op::Iter),
        3 => (k.clone(), any::<u64>()).prop_map(|(k, v)| Op::EntryOrInsert(k, v)),
        2 => (k.clone(), any::<u64>()).prop_map(|(k, v)| Op::EntryModify(k, v)),
        2 => (k.clone(), any::<u64>()).prop_map(|(k, v)| Op::EntryMatch(k, v)),
        1 => k.clone().prop_map(Op::RemoveEntry),
        1 => k.clone().prop_map(Op::GetKeyValue),
        1 => (0u8..50).prop_map(Op::Drain),
        1 => (1u8..5).prop_map(Op::ExtractIf),
        1 => (k.clone(), 1u8..40).prop_map(|(a, d)| Op::GetDisjoint(a, d)),
    ]
}

/// The inherent API that the `Map` trait does not reach, for both variants.
trait Extra<K, V> {
    /// `*entry(k).or_insert(v)`, cloned.
    fn entry_or_insert(&mut self, k: K, v: V) -> V;
    /// `entry(k).and_modify(|x| *x = v.clone()).or_insert(v)`, cloned.
    fn entry_modify(&mut self, k: K, v: V) -> V;
    /// Occupied: `remove_entry`; vacant: `insert_entry(v)`. Returns the removed pair.
    fn entry_match(&mut self, k: K, v: V) -> Option<(K, V)>;
    fn remove_entry_(&mut self, k: &K) -> Option<(K, V)>;
    fn get_key_value_(&self, k: &K) -> Option<(K, V)>;
    /// Drains, taking at most `n` entries, then drops the drain.
    fn drain_take(&mut self, n: usize) -> Vec<(K, V)>;
    fn extract_all(&mut self, pred: &mut dyn FnMut(&K) -> bool) -> Vec<(K, V)>;
    fn get_two(&mut self, a: &K, b: &K) -> [Option<V>; 2];
}

macro_rules! extra {
    ($map:ty) => {
        impl<K: Hash + Eq + Clone, V: Clone, S: BuildHasher> Extra<K, V> for $map {
            fn entry_or_insert(&mut self, k: K, v: V) -> V {
                self.entry(k).or_insert(v).clone()
            }
            fn entry_modify(&mut self, k: K, v: V) -> V {
                let w = v.clone();
                self.entry(k).and_modify(|x| *x = w).or_insert(v).clone()
            }
            fn entry_match(&mut self, k: K, v: V) -> Option<(K, V)> {
                match self.entry(k) {
                    Occupied(o) => Some(o.remove_entry()),
                    Vacant(e) => {
                        e.insert_entry(v);
                        None
                    }
                }
            }
            fn remove_entry_(&mut self, k: &K) -> Option<(K, V)> {
                self.remove_entry(k)
            }
            fn get_key_value_(&self, k: &K) -> Option<(K, V)> {
                self.get_key_value(k).map(|(k, v)| (k.clone(), v.clone()))
            }
            fn drain_take(&mut self, n: usize) -> Vec<(K, V)> {
                self.drain().take(n).collect()
            }
            fn extract_all(&mut self, pred: &mut dyn FnMut(&K) -> bool) -> Vec<(K, V)> {
                self.extract_if(|k, _| pred(k)).collect()
            }
            fn get_two(&mut self, a: &K, b: &K) -> [Option<V>; 2] {
                self.get_disjoint_mut([a, b]).map(|v| v.map(|v| v.clone()))
            }
        }
    };
}

mod std_entry {
    pub use std::collections::hash_map::Entry::{Occupied, Vacant};
}
mod fast_entry {
    pub use sizespeed::fast::map::Entry::{Occupied, Vacant};
}
mod small_entry {
    pub use sizespeed::small::map::Entry::{Occupied, Vacant};
}
mod impls {
    use super::*;
    mod on_std {
        use super::*;
        use crate::std_entry::*;
        extra!(HashMap<K, V, S>);
    }
    mod on_fast {
        use super::*;
        use crate::fast_entry::*;
        extra!(sizespeed::fast::Map<K, V, S>);
    }
    mod on_small {
        use super::*;
        use crate::small_entry::*;
        extra!(sizespeed::small::Map<K, V, S>);
    }
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec(op(), 0..if cfg!(miri) { 24 } else { 300 })
}

/// Runs `ops` on `M` and on the model, comparing every result. `key` and `val` build
/// the element types from the op's numbers; `num` reads a key's number back.
fn run<K, V, M>(ops: &[Op], key: &dyn Fn(u8) -> K, val: &dyn Fn(u64) -> V, num: &dyn Fn(&K) -> u64)
where
    K: Hash + Eq + Clone + Debug,
    V: PartialEq + Clone + Debug,
    M: Map<K, V> + Extra<K, V>,
{
    let mut m = M::new();
    let mut model: HashMap<K, V> = HashMap::new();
    for op in ops {
        match op {
            Op::Insert(k, v) => {
                assert_eq!(m.insert(key(*k), val(*v)), model.insert(key(*k), val(*v)))
            }
            Op::Get(k) => assert_eq!(m.get(&key(*k)), model.get(&key(*k))),
            Op::GetMut(k, v) => {
                let a = m.get_mut(&key(*k)).map(|x| {
                    *x = val(*v);
                    x.clone()
                });
                let b = model.get_mut(&key(*k)).map(|x| {
                    *x = val(*v);
                    x.clone()
                });
                assert_eq!(a, b);
            }
            Op::Contains(k) => assert_eq!(m.contains_key(&key(*k)), model.contains_key(&key(*k))),
            Op::Remove(k) => assert_eq!(m.remove(&key(*k)), model.remove(&key(*k))),
            Op::GetOrInsertWith(k, v) => {
                let a = m.get_or_insert_with(key(*k), || val(*v)).clone();
                let b = model.entry(key(*k)).or_insert_with(|| val(*v)).clone();
                assert_eq!(a, b);
            }
            Op::Retain(d) => {
                let d = *d as u64;
                m.retain(|k, _| !num(k).is_multiple_of(d));
                model.retain(|k, _| !num(k).is_multiple_of(d));
            }
            Op::Clear => {
                m.clear();
                model.clear();
            }
            Op::Reserve(n) => m.reserve(*n as usize),
            Op::Iter => {
                assert_eq!(m.iter().len(), model.len());
                for (k, v) in m.iter() {
                    assert_eq!(model.get(k), Some(v));
                }
                assert_eq!(m.keys().count(), model.len());
                assert_eq!(m.values().count(), model.len());
            }
            Op::EntryOrInsert(k, v) => assert_eq!(
                m.entry_or_insert(key(*k), val(*v)),
                model.entry_or_insert(key(*k), val(*v))
            ),
            Op::EntryModify(k, v) => assert_eq!(
                m.entry_modify(key(*k), val(*v)),
                model.entry_modify(key(*k), val(*v))
            ),
            Op::EntryMatch(k, v) => assert_eq!(
                m.entry_match(key(*k), val(*v)),
                model.entry_match(key(*k), val(*v))
            ),
            Op::RemoveEntry(k) => {
                assert_eq!(m.remove_entry_(&key(*k)), model.remove_entry(&key(*k)))
            }
            Op::GetKeyValue(k) => {
                assert_eq!(m.get_key_value_(&key(*k)), model.get_key_value_(&key(*k)))
            }
            Op::Drain(n) => {
                let before: HashMap<K, V> = model.clone();
                let got = m.drain_take(*n as usize);
                assert_eq!(got.len(), (*n as usize).min(model.len()));
                for (k, v) in &got {
                    assert_eq!(before.get(k), Some(v));
                }
                model.clear();
            }
            Op::ExtractIf(d) => {
                let d = *d as u64;
                let a: HashMap<K, V> = m
                    .extract_all(&mut |k| num(k).is_multiple_of(d))
                    .into_iter()
                    .collect();
                let b: HashMap<K, V> = model
                    .extract_all(&mut |k| num(k).is_multiple_of(d))
                    .into_iter()
                    .collect();
                assert_eq!(a, b);
            }
            Op::GetDisjoint(a, d) => {
                let b = (*a + *d) % 40;
                assert_eq!(
                    m.get_two(&key(*a), &key(b)),
                    model.get_two(&key(*a), &key(b))
                );
            }
        }
        assert_eq!(m.len(), model.len());
        assert_eq!(m.is_empty(), model.is_empty());
    }
    assert_eq!(m.iter().count(), model.len());
    for (k, v) in &model {
        assert_eq!(m.get(k), Some(v));
    }
}

fn u64s<M: Map<u64, u64> + Extra<u64, u64>>(ops: &[Op]) {
    run::<u64, u64, M>(ops, &|k| k as u64, &|v| v, &|k| *k);
}

fn strings<M: Map<String, String> + Extra<String, String>>(ops: &[Op]) {
    run::<String, String, M>(
        ops,
        &|k| format!("key{k}"),
        &|v| format!("v{}", v % 1000),
        &|k| k[3..].parse().unwrap(),
    );
}

fn zsts<M: Map<u8, Zst> + Extra<u8, Zst>>(ops: &[Op]) {
    run::<u8, Zst, M>(ops, &|k| k, &|_| Zst, &|k| *k as u64);
}

fn aligned<M: Map<Align64, Align64> + Extra<Align64, Align64>>(ops: &[Op]) {
    run::<Align64, Align64, M>(ops, &|k| Align64(k as u64), &|v| Align64(v), &|k| k.0);
}

fn tracked<M: Map<Tracked, Tracked> + Extra<Tracked, Tracked>>(ops: &[Op]) {
    let c = Counter::new();
    run::<Tracked, Tracked, M>(ops, &|k| c.elem(k as u64), &|v| c.elem(v), &|k| k.value);
    assert_eq!(c.live(), 0, "every element dropped exactly once");
}

/// `cases(256)` cases; no failure files under Miri, whose isolation forbids the file
/// system.
fn config() -> ProptestConfig {
    let mut c = ProptestConfig::with_cases(cases(256));
    if cfg!(miri) {
        c.failure_persistence = None;
    }
    c
}

macro_rules! suite {
    ($variant:ident) => {
        mod $variant {
            use super::*;
            type M<K, V> = sizespeed::$variant::Map<K, V>;

            proptest! {
                #![proptest_config(config())]
                #[test]
                fn u64_u64(ops in ops()) { u64s::<M<u64, u64>>(&ops) }
                #[test]
                fn string_string(ops in ops()) { strings::<M<String, String>>(&ops) }
                #[test]
                fn u8_zst(ops in ops()) { zsts::<M<u8, Zst>>(&ops) }
                #[test]
                fn align64(ops in ops()) { aligned::<M<Align64, Align64>>(&ops) }
                #[test]
                fn tracked_tracked(ops in ops()) { tracked::<M<Tracked, Tracked>>(&ops) }
            }
        }
    };
}

suite!(fast);
suite!(small);
