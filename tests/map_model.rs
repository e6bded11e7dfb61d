//! Differential tests: random operation sequences on every `Map` variant, checked
//! against `std::collections::HashMap` as the model.

mod common;

use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;

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
    ]
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
    M: Map<K, V>,
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
                m.retain(|k, _| num(k) % d != 0);
                model.retain(|k, _| num(k) % d != 0);
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
        }
        assert_eq!(m.len(), model.len());
        assert_eq!(m.is_empty(), model.is_empty());
    }
    assert_eq!(m.iter().count(), model.len());
    for (k, v) in &model {
        assert_eq!(m.get(k), Some(v));
    }
}

fn u64s<M: Map<u64, u64>>(ops: &[Op]) {
    run::<u64, u64, M>(ops, &|k| k as u64, &|v| v, &|k| *k);
}

fn strings<M: Map<String, String>>(ops: &[Op]) {
    run::<String, String, M>(
        ops,
        &|k| format!("key{k}"),
        &|v| format!("v{}", v % 1000),
        &|k| k[3..].parse().unwrap(),
    );
}

fn zsts<M: Map<u8, Zst>>(ops: &[Op]) {
    run::<u8, Zst, M>(ops, &|k| k, &|_| Zst, &|k| *k as u64);
}

fn aligned<M: Map<Align64, Align64>>(ops: &[Op]) {
    run::<Align64, Align64, M>(ops, &|k| Align64(k as u64), &|v| Align64(v), &|k| k.0);
}

fn tracked<M: Map<Tracked, Tracked>>(ops: &[Op]) {
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
