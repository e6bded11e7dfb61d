//! Differential tests: random operation sequences on every `PriorityQueue` variant,
//! checked against `std::collections::BinaryHeap` as the model.

mod common;

use std::collections::BinaryHeap;

use common::{cases, Counter, Tracked};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Push(u16),
    Pop,
    Peek,
    /// Replaces the top through `peek_mut` (if any) with the value.
    PeekMutSet(u16),
    /// Pops through `PeekMut::pop`.
    PeekMutPop,
    Retain(u8),
    Append(Vec<u16>),
    Extend(Vec<u16>),
    Clear,
    Drain,
    /// Rebuilds from the heap's vector, as `From<Vec>` does.
    Roundtrip,
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    let v = 0u16..60;
    let op = prop_oneof![
        8 => v.clone().prop_map(Op::Push),
        5 => Just(Op::Pop),
        1 => Just(Op::Peek),
        2 => v.clone().prop_map(Op::PeekMutSet),
        1 => Just(Op::PeekMutPop),
        1 => (2u8..5).prop_map(Op::Retain),
        1 => prop::collection::vec(v.clone(), 0..12).prop_map(Op::Append),
        1 => prop::collection::vec(v.clone(), 0..12).prop_map(Op::Extend),
        1 => Just(Op::Clear),
        1 => Just(Op::Drain),
        1 => Just(Op::Roundtrip),
    ];
    prop::collection::vec(op, 0..if cfg!(miri) { 24 } else { 300 })
}

/// The operations both queues share, for one variant.
macro_rules! model_test {
    ($name:ident, $variant:ident) => {
        fn $name(ops: Vec<Op>) {
            use sizespeed::$variant::binary_heap::PeekMut;
            type Q<T> = sizespeed::$variant::PriorityQueue<T>;
            let c = Counter::new();
            let mut q: Q<Tracked> = Q::new();
            let mut m: BinaryHeap<u16> = BinaryHeap::new();
            for op in ops {
                match op {
                    Op::Push(x) => {
                        q.push(c.elem(u64::from(x)));
                        m.push(x);
                    }
                    Op::Pop => {
                        assert_eq!(q.pop().map(|t| t.value), m.pop().map(u64::from));
                    }
                    Op::Peek => {
                        assert_eq!(q.peek().map(|t| t.value), m.peek().map(|x| u64::from(*x)));
                    }
                    Op::PeekMutSet(x) => {
                        if let Some(mut top) = q.peek_mut() {
                            top.value = u64::from(x);
                        }
                        if let Some(mut top) = m.peek_mut() {
                            *top = x;
                        }
                    }
                    Op::PeekMutPop => {
                        let a = q.peek_mut().map(PeekMut::pop).map(|t| t.value);
                        let b = m
                            .peek_mut()
                            .map(std::collections::binary_heap::PeekMut::pop);
                        assert_eq!(a, b.map(u64::from));
                    }
                    Op::Retain(d) => {
                        q.retain(|t| t.value % u64::from(d) != 0);
                        m.retain(|x| x % u16::from(d) != 0);
                    }
                    Op::Append(v) => {
                        let mut other: Q<Tracked> =
                            v.iter().map(|x| c.elem(u64::from(*x))).collect();
                        let mut mo: BinaryHeap<u16> = v.into_iter().collect();
                        q.append(&mut other);
                        m.append(&mut mo);
                        assert!(other.is_empty());
                    }
                    Op::Extend(v) => {
                        q.extend(v.iter().map(|x| c.elem(u64::from(*x))));
                        m.extend(v);
                    }
                    Op::Clear => {
                        q.clear();
                        m.clear();
                    }
                    Op::Drain => {
                        let mut a: Vec<u64> = q.drain().map(|t| t.value).collect();
                        let mut b: Vec<u64> = m.drain().map(u64::from).collect();
                        a.sort_unstable();
                        b.sort_unstable();
                        assert_eq!(a, b);
                    }
                    Op::Roundtrip => {
                        let v: Vec<Tracked> = std::mem::take(&mut q).into_vec();
                        q = Q::from(v);
                    }
                }
                assert_eq!(q.len(), m.len());
                let s = q.as_slice();
                assert!((1..s.len()).all(|i| s[(i - 1) / 2] >= s[i]), "not a heap");
                assert_eq!(c.live(), q.len());
            }
            let a: Vec<u64> = q.into_sorted_vec().into_iter().map(|t| t.value).collect();
            let b: Vec<u64> = m.into_sorted_vec().into_iter().map(u64::from).collect();
            assert_eq!(a, b);
            assert_eq!(c.live(), 0);
        }
    };
}

model_test!(run_small, small);
model_test!(run_fast, fast);

/// `cases(256)` cases; no failure files under Miri, whose isolation forbids the file
/// system.
fn config() -> ProptestConfig {
    let mut c = ProptestConfig::with_cases(cases(256));
    if cfg!(miri) {
        c.failure_persistence = None;
    }
    c
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn small_matches_std(ops in ops()) {
        run_small(ops);
    }

    #[test]
    fn fast_matches_std(ops in ops()) {
        run_fast(ops);
    }
}

#[test]
fn small_pops_in_std_order_with_duplicates() {
    let n = if cfg!(miri) { 40 } else { 2000 };
    let v: Vec<u32> = (0..n)
        .map(|i: u32| i.wrapping_mul(2654435761) % 97)
        .collect();
    let mut q = sizespeed::small::PriorityQueue::from(v.clone());
    let mut m = BinaryHeap::from(v);
    while let Some(x) = m.pop() {
        assert_eq!(q.pop(), Some(x));
    }
    assert!(q.is_empty());
}
