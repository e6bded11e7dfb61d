//! Differential tests: random operation sequences on every `Set` variant, checked
//! against `std::collections::HashSet` as the model.

mod common;

use std::collections::HashSet;
use std::fmt::Debug;
use std::hash::Hash;

use common::{cases, Counter, Tracked};
use proptest::prelude::*;
use sizespeed::Set;

#[derive(Clone, Debug)]
enum Op {
    Insert(u8),
    Contains(u8),
    Remove(u8),
    Retain(u8),
    Clear,
    Iter,
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    let k = 0u8..40;
    let op = prop_oneof![
        5 => k.clone().prop_map(Op::Insert),
        2 => k.clone().prop_map(Op::Contains),
        3 => k.clone().prop_map(Op::Remove),
        1 => (1u8..5).prop_map(Op::Retain),
        1 => Just(Op::Clear),
        1 => Just(Op::Iter),
    ];
    prop::collection::vec(op, 0..if cfg!(miri) { 24 } else { 300 })
}

fn run<T: Hash + Eq + Clone + Debug, S: Set<T>>(
    ops: &[Op],
    elem: &dyn Fn(u8) -> T,
    num: &dyn Fn(&T) -> u64,
) {
    let mut s = S::new();
    let mut model: HashSet<T> = HashSet::new();
    for op in ops {
        match op {
            Op::Insert(k) => assert_eq!(s.insert(elem(*k)), model.insert(elem(*k))),
            Op::Contains(k) => assert_eq!(s.contains(&elem(*k)), model.contains(&elem(*k))),
            Op::Remove(k) => assert_eq!(s.remove(&elem(*k)), model.remove(&elem(*k))),
            Op::Retain(d) => {
                let d = *d as u64;
                s.retain(|v| num(v) % d != 0);
                model.retain(|v| num(v) % d != 0);
            }
            Op::Clear => {
                s.clear();
                model.clear();
            }
            Op::Iter => {
                assert_eq!(s.iter().len(), model.len());
                assert!(s.iter().all(|v| model.contains(v)));
            }
        }
        assert_eq!(s.len(), model.len());
    }
    assert!(model.iter().all(|v| s.contains(v)));
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
            type S<T> = sizespeed::$variant::Set<T>;

            proptest! {
                #![proptest_config(config())]
                #[test]
                fn u64s(ops in ops()) {
                    run::<u64, S<u64>>(&ops, &|k| k as u64, &|v| *v)
                }
                #[test]
                fn strings(ops in ops()) {
                    run::<String, S<String>>(&ops, &|k| format!("e{k}"), &|v| v[1..].parse().unwrap())
                }
                #[test]
                fn tracked(ops in ops()) {
                    let c = Counter::new();
                    run::<Tracked, S<Tracked>>(&ops, &|k| c.elem(k as u64), &|v| v.value);
                    prop_assert_eq!(c.live(), 0);
                }
            }
        }
    };
}

suite!(fast);
suite!(small);
