//! The `PriorityQueue` conformance suite: the same checks for every variant, through the
//! trait and through the inherent API they share (std's `BinaryHeap`'s).

mod common;

use common::{touchy_balance, touchy_reset, Align4096, Counter, Touchy, Tracked, Zst};
use sizespeed::PriorityQueue;

/// Pops everything, greatest first.
fn pop_all<T: Ord, P: PriorityQueue<T>>(q: &mut P) -> Vec<T> {
    let mut out = Vec::new();
    while let Some(x) = q.pop() {
        out.push(x);
    }
    out
}

/// A scrambled sequence with repeats.
fn scrambled(n: u64) -> Vec<u64> {
    (0..n).map(|i| (i * 7919 + 13) % (n / 2 + 1)).collect()
}

fn descending(mut v: Vec<u64>) -> Vec<u64> {
    v.sort_unstable_by(|a, b| b.cmp(a));
    v
}

fn trait_basics<P: PriorityQueue<u64>>() {
    let mut q = P::new();
    assert!(q.is_empty());
    assert_eq!(q.peek(), None);
    assert_eq!(q.pop(), None);
    let input = scrambled(200);
    for &x in &input {
        q.push(x);
        assert!(q.peek().is_some_and(|top| *top >= x));
    }
    assert_eq!(q.len(), input.len());
    assert_eq!(q.iter().count(), input.len());
    assert_eq!(q.iter().sum::<u64>(), input.iter().sum::<u64>());
    assert_eq!(pop_all(&mut q), descending(input.clone()));
    assert!(q.is_empty());

    let q: P = input.iter().copied().collect();
    assert_eq!(q.into_sorted_vec(), {
        let mut v = input.clone();
        v.sort_unstable();
        v
    });
    let mut q = P::with_capacity(4);
    q.extend(input.iter().copied());
    q.extend([1000, 1001]);
    assert_eq!(q.peek(), Some(&1001));
    let mut v = q.into_vec();
    v.sort_unstable();
    let mut want = input.clone();
    want.extend([1000, 1001]);
    want.sort_unstable();
    assert_eq!(v, want);
    let mut q = P::default();
    q.push(1);
    q.clear();
    assert!(q.is_empty());
}

fn trait_drops<P: PriorityQueue<Tracked>>() {
    let c = Counter::new();
    {
        let mut q = P::new();
        for x in scrambled(50) {
            q.push(c.elem(x));
        }
        for _ in 0..10 {
            drop(q.pop());
        }
        assert_eq!(c.live(), 40);
        let _sorted = q.into_sorted_vec();
        let mut q: P = (0..20).map(|x| c.elem(x)).collect();
        q.clear();
        q.extend((0..5).map(|x| c.elem(x)));
    }
    assert_eq!(c.live(), 0);
}

fn trait_zst_and_aligned<P: PriorityQueue<Zst>, A: PriorityQueue<Align4096>>() {
    let mut q = P::new();
    for _ in 0..100 {
        q.push(Zst);
    }
    assert_eq!(q.len(), 100);
    assert_eq!(pop_all(&mut q).len(), 100);
    let mut a = A::new();
    for x in [3u8, 9, 1, 7, 7, 0] {
        a.push(Align4096(x));
        let top = a.peek().map(|t| t as *const Align4096 as usize);
        assert_eq!(top.map(|p| p % 4096), Some(0));
    }
    assert_eq!(
        pop_all(&mut a).into_iter().map(|x| x.0).collect::<Vec<_>>(),
        [9, 7, 7, 3, 1, 0]
    );
}

/// `Ord` only sees live elements, never a discarded copy, never an element with itself.
fn trait_callback_rule<P: PriorityQueue<Touchy>>() {
    touchy_reset();
    let mut q = P::new();
    for k in [5u32, 3, 8, 1, 9, 2, 7, 7, 0, 6, 4] {
        q.push(Touchy::new(k));
    }
    let top = q.pop().map(|t| t.key);
    assert_eq!(top, Some(9));
    touchy_balance("push/pop", q.iter());
    let q2: P = (0..30).map(|k| Touchy::new(k * 17 % 31)).collect();
    touchy_balance("collect", q.iter().chain(q2.iter()));
    let sorted = q2.into_sorted_vec();
    assert!(sorted.windows(2).all(|w| w[0].key <= w[1].key));
    touchy_balance("into_sorted_vec", q.iter().chain(sorted.iter()));
}

macro_rules! suite {
    ($name:ident, $q:ident) => {
        mod $name {
            use super::*;
            use sizespeed::$name::$q as Q;

            #[test]
            fn basics() {
                trait_basics::<Q<u64>>();
            }
            #[test]
            fn drops() {
                trait_drops::<Q<Tracked>>();
            }
            #[test]
            fn zst_and_align_4096() {
                trait_zst_and_aligned::<Q<Zst>, Q<Align4096>>();
            }
            #[test]
            fn callback_rule() {
                trait_callback_rule::<Q<Touchy>>();
            }

            #[test]
            fn peek_mut_sinks_and_pops() {
                let mut q = Q::from(vec![4, 8, 1, 6]);
                {
                    let mut top = q.peek_mut().unwrap();
                    assert_eq!(*top, 8);
                    *top = 0;
                }
                assert_eq!(q.peek(), Some(&6));
                // Read-only access does not reorder.
                assert_eq!(*q.peek_mut().unwrap(), 6);
                let top = q.peek_mut().unwrap();
                assert_eq!(sizespeed::$name::binary_heap::PeekMut::pop(top), 6);
                assert_eq!(q.into_sorted_vec(), [0, 1, 4]);
                let mut e = Q::<u8>::new();
                assert!(e.peek_mut().is_none());
            }

            #[test]
            fn append_retain_drain_and_conversions() {
                let mut a = Q::from([1, 5, 3]);
                let mut b: Q<i32> = (10..20).collect();
                a.append(&mut b);
                assert!(b.is_empty());
                assert_eq!(a.len(), 13);
                assert_eq!(a.peek(), Some(&19));
                a.retain(|x| x % 2 == 1);
                assert_eq!(a.clone().into_sorted_vec(), [1, 3, 5, 11, 13, 15, 17, 19]);
                let mut small_first = Q::from([100]);
                let mut big = Q::from([1, 2, 3, 4]);
                small_first.append(&mut big);
                assert_eq!(small_first.peek(), Some(&100));
                assert_eq!(small_first.len(), 5);
                let mut drained: Vec<i32> = a.drain().collect();
                drained.sort_unstable();
                assert_eq!(drained, [1, 3, 5, 11, 13, 15, 17, 19]);
                assert!(a.is_empty());
                a.extend(&[4, 2]);
                assert_eq!(a.as_slice()[0], 4);
                assert_eq!(format!("{:?}", Q::from([7])), "[7]");
                let v: Vec<i32> = a.into();
                assert_eq!(v.len(), 2);
                let owned: Vec<i32> = Q::from([2, 9]).into_iter().collect();
                assert_eq!(owned.len(), 2);
                let q = Q::from([3, 1]);
                assert_eq!((&q).into_iter().count(), 2);
                let mut q = Q::<u32>::with_capacity(10);
                q.reserve(20);
                q.reserve_exact(5);
                assert!(q.capacity() >= 20);
                assert!(q.try_reserve(1).is_ok());
                assert!(q.try_reserve_exact(usize::MAX).is_err());
                q.shrink_to(2);
                q.shrink_to_fit();
                assert_eq!(q.capacity(), 0);
            }

            #[test]
            fn heapify_from_vec() {
                let v = scrambled(300);
                let q = Q::from(v.clone());
                let s = q.as_slice();
                assert!((1..s.len()).all(|i| s[(i - 1) / 2] >= s[i]));
                assert_eq!(q.into_sorted_vec(), {
                    let mut w = v;
                    w.sort_unstable();
                    w
                });
            }
        }
    };
}

suite!(fast, PriorityQueue);
suite!(small, PriorityQueue);

#[test]
fn small_from_small_vec_and_back() {
    let v: sizespeed::small::Vec<u32> = (0..50).collect();
    let mut q = sizespeed::small::PriorityQueue::from(v);
    assert_eq!(q.pop(), Some(49));
    let v: sizespeed::small::Vec<u32> = q.into();
    assert_eq!(v.len(), 49);
    let f = sizespeed::fast::PriorityQueue::from(sizespeed::fast::Vec::from([1, 3, 2]));
    assert_eq!(f.peek(), Some(&3));
}
