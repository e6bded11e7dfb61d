//! Differential tests: random operation sequences on every `Set` variant, checked
//! against `std::collections::HashSet` as the model.
// std's `extract_if` (1.88) and `get_disjoint_mut` (1.86) serve as the oracle; the
// crate's rust-version is raised with this work.

mod common;

use std::collections::HashSet;
use std::fmt::Debug;
use std::hash::{BuildHasher, Hash};

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
    Replace(u8),
    Take(u8),
    Get(u8),
    Drain(u8),
    ExtractIf(u8),
    /// Set algebra against a second set: the elements whose bit is set in the mask.
    Algebra(u64),
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
        2 => k.clone().prop_map(Op::Replace),
        1 => k.clone().prop_map(Op::Take),
        1 => k.clone().prop_map(Op::Get),
        1 => (0u8..50).prop_map(Op::Drain),
        1 => (1u8..5).prop_map(Op::ExtractIf),
        1 => any::<u64>().prop_map(Op::Algebra),
    ];
    prop::collection::vec(op, 0..if cfg!(miri) { 24 } else { 300 })
}

/// The inherent API that the `Set` trait does not reach, for std and both variants.
trait Extra<T>: Sized {
    fn replace_(&mut self, v: T) -> Option<T>;
    fn take_(&mut self, v: &T) -> Option<T>;
    fn get_(&self, v: &T) -> Option<T>;
    fn drain_take(&mut self, n: usize) -> Vec<T>;
    fn extract_all(&mut self, pred: &mut dyn FnMut(&T) -> bool) -> Vec<T>;
    /// union, intersection, difference, symmetric difference (both as iterators and
    /// as operators, checked equal), and disjoint/subset/superset.
    fn algebra(&self, other: &Self) -> ([HashSet<T>; 4], [bool; 3]);
}

macro_rules! extra {
    ($set:ty) => {
        impl<T: Hash + Eq + Clone + Debug, S: BuildHasher + Default> Extra<T> for $set {
            fn replace_(&mut self, v: T) -> Option<T> {
                self.replace(v)
            }
            fn take_(&mut self, v: &T) -> Option<T> {
                self.take(v)
            }
            fn get_(&self, v: &T) -> Option<T> {
                self.get(v).cloned()
            }
            fn drain_take(&mut self, n: usize) -> Vec<T> {
                self.drain().take(n).collect()
            }
            fn extract_all(&mut self, pred: &mut dyn FnMut(&T) -> bool) -> Vec<T> {
                self.extract_if(|v| pred(v)).collect()
            }
            fn algebra(&self, o: &Self) -> ([HashSet<T>; 4], [bool; 3]) {
                let sets = [
                    self.union(o).cloned().collect::<HashSet<T>>(),
                    self.intersection(o).cloned().collect(),
                    self.difference(o).cloned().collect(),
                    self.symmetric_difference(o).cloned().collect(),
                ];
                let ops: [HashSet<T>; 4] = [
                    (self | o).into_iter().collect(),
                    (self & o).into_iter().collect(),
                    (self - o).into_iter().collect(),
                    (self ^ o).into_iter().collect(),
                ];
                assert_eq!(sets, ops);
                assert_eq!(
                    self.union(o).count(),
                    sets[0].len(),
                    "union yields each once"
                );
                (
                    sets,
                    [self.is_disjoint(o), self.is_subset(o), self.is_superset(o)],
                )
            }
        }
    };
}

extra!(HashSet<T, S>);
extra!(sizespeed::fast::Set<T, S>);
extra!(sizespeed::small::Set<T, S>);

fn run<T: Hash + Eq + Clone + Debug, S: Set<T> + Extra<T>>(
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
                s.retain(|v| !num(v).is_multiple_of(d));
                model.retain(|v| !num(v).is_multiple_of(d));
            }
            Op::Clear => {
                s.clear();
                model.clear();
            }
            Op::Iter => {
                assert_eq!(s.iter().len(), model.len());
                assert!(s.iter().all(|v| model.contains(v)));
            }
            Op::Replace(k) => assert_eq!(s.replace_(elem(*k)), model.replace(elem(*k))),
            Op::Take(k) => assert_eq!(s.take_(&elem(*k)), model.take(&elem(*k))),
            Op::Get(k) => assert_eq!(s.get_(&elem(*k)), model.get(&elem(*k)).cloned()),
            Op::Drain(n) => {
                let got = s.drain_take(*n as usize);
                assert_eq!(got.len(), (*n as usize).min(model.len()));
                assert!(got.iter().all(|v| model.contains(v)));
                model.clear();
            }
            Op::ExtractIf(d) => {
                let d = *d as u64;
                let a: HashSet<T> = s
                    .extract_all(&mut |v| num(v).is_multiple_of(d))
                    .into_iter()
                    .collect();
                let b: HashSet<T> = model.extract_if(|v| num(v).is_multiple_of(d)).collect();
                assert_eq!(a, b);
            }
            Op::Algebra(mask) => {
                let mut other = S::new();
                let mut other_model = HashSet::new();
                for k in (0..40u8).filter(|k| mask >> k & 1 == 1) {
                    other.insert(elem(k));
                    other_model.insert(elem(k));
                }
                assert_eq!(s.algebra(&other), model.algebra(&other_model));
                assert_eq!(other.algebra(&s), other_model.algebra(&model));
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
