//! Panic and leak safety of `small::PriorityQueue`: an `Ord` that panics at any call, a
//! panic while the top is borrowed through `PeekMut`, a leaked `PeekMut`, and a panicking
//! `retain` predicate each leave a valid queue, and every element is dropped exactly once
//! (or, for a leaked guard, never).

mod common;

use std::cell::Cell;
use std::cmp::Ordering;

use common::{expect_panic, Counter, Tracked};
use sizespeed::small::binary_heap::PeekMut;
use sizespeed::small::PriorityQueue;

thread_local! {
    /// Comparisons left before `Fuse::cmp` panics; `u64::MAX` never.
    static FUSE: Cell<u64> = const { Cell::new(u64::MAX) };
}

/// Arms the fuse: the `k`-th comparison from now panics.
fn arm(k: u64) {
    FUSE.with(|f| f.set(k));
}

fn disarm() {
    FUSE.with(|f| f.set(u64::MAX));
}

/// A counted element whose `Ord` panics when the fuse burns out.
#[derive(Debug)]
struct Fuse(Tracked);

impl PartialEq for Fuse {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Fuse {}
impl PartialOrd for Fuse {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Fuse {
    fn cmp(&self, other: &Self) -> Ordering {
        assert!(
            !std::ptr::eq(self, other),
            "an element compared with itself"
        );
        FUSE.with(|f| {
            let left = f.get();
            if left == 0 {
                panic!("Ord fuse");
            }
            if left != u64::MAX {
                f.set(left - 1);
            }
        });
        self.0.value.cmp(&other.0.value)
    }
}

fn values(q: &PriorityQueue<Fuse>) -> Vec<u64> {
    let mut v: Vec<u64> = q.iter().map(|x| x.0.value).collect();
    v.sort_unstable();
    v
}

fn is_heap(q: &PriorityQueue<Fuse>) -> bool {
    let s: Vec<u64> = q.as_slice().iter().map(|x| x.0.value).collect();
    (1..s.len()).all(|i| s[(i - 1) / 2] >= s[i])
}

const N: u64 = if cfg!(miri) { 9 } else { 40 };

fn filled(c: &Counter) -> PriorityQueue<Fuse> {
    (0..N).map(|i| Fuse(c.elem((i * 13) % N))).collect()
}

/// Runs `op` with the fuse set to burn at every comparison in turn, until `op` completes
/// without a panic; after each panic the queue must be usable and every element either
/// in it or dropped exactly once.
fn at_every_call(name: &str, op: impl Fn(&mut PriorityQueue<Fuse>, &Counter)) {
    for k in 0.. {
        let c = Counter::new();
        let mut q = filled(&c);
        let before = values(&q);
        arm(k);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| op(&mut q, &c)));
        disarm();
        match r {
            Err(_) => {
                let after = values(&q);
                // Every element is in the queue or was dropped once (a popped element
                // is dropped while unwinding, as with std).
                assert!(after.len() + 3 >= before.len(), "{name}, call {k}");
                assert_eq!(c.live(), after.len(), "{name}, call {k}");
                // Still usable: pops drain it in some order, every element once.
                let mut n = 0;
                while q.pop().is_some() {
                    n += 1;
                }
                assert_eq!(n, after.len());
                drop(q);
                assert_eq!(c.live(), 0, "{name}, call {k}: leaked or double drop");
            }
            Ok(()) => {
                assert!(is_heap(&q), "{name}: not a heap after success");
                drop(q);
                assert_eq!(c.live(), 0);
                assert!(k > 0, "{name}: no comparison at all");
                return;
            }
        }
    }
}

#[test]
fn small_push_with_panicking_ord() {
    at_every_call("push", |q, c| {
        q.push(Fuse(c.elem(N + 5)));
        q.push(Fuse(c.elem(0)));
        q.push(Fuse(c.elem(N / 2)));
    });
}

#[test]
fn small_pop_with_panicking_ord() {
    at_every_call("pop", |q, _| {
        for _ in 0..3 {
            let top = q.pop();
            // A popped element is returned, then dropped here: exactly once.
            drop(top);
        }
    });
}

#[test]
fn small_extend_append_and_rebuild_with_panicking_ord() {
    at_every_call("extend", |q, c| {
        q.extend((0..5).map(|i| Fuse(c.elem(i * 3))));
    });
    at_every_call("append", |q, c| {
        // Built without burning the fuse.
        let saved = FUSE.with(|f| f.replace(u64::MAX));
        let mut other: PriorityQueue<Fuse> = (0..N + 3).map(|i| Fuse(c.elem(i))).collect();
        arm(saved);
        q.append(&mut other);
    });
}

#[test]
fn small_heapify_with_panicking_ord() {
    for k in 0..20 {
        let c = Counter::new();
        let v: Vec<Fuse> = (0..N).map(|i| Fuse(c.elem(i * 7 % N))).collect();
        arm(k);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| PriorityQueue::from(v)));
        disarm();
        drop(r);
        assert_eq!(c.live(), 0, "heapify, call {k}");
    }
}

#[test]
fn small_into_sorted_vec_with_panicking_ord() {
    for k in [0, 1, 5, 30] {
        let c = Counter::new();
        let q = filled(&c);
        arm(k);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| q.into_sorted_vec()));
        disarm();
        drop(r);
        assert_eq!(c.live(), 0, "into_sorted_vec, call {k}");
    }
}

#[test]
fn small_peek_mut_panicking_while_borrowed() {
    let c = Counter::new();
    let mut q = filled(&c);
    let msg = expect_panic(|| {
        let mut top = q.peek_mut().unwrap();
        top.0.value = 0;
        panic!("user code");
    });
    assert_eq!(msg, "user code");
    // The guard restored the length and sank the element.
    assert_eq!(q.len() as u64, N);
    assert!(is_heap(&q));
    assert_eq!(values(&q).iter().filter(|v| **v == 0).count(), 2);
    drop(q);
    assert_eq!(c.live(), 0);
}

#[test]
fn small_peek_mut_with_panicking_ord_on_drop() {
    for k in 0..8 {
        let c = Counter::new();
        let mut q = filled(&c);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut top = q.peek_mut().unwrap();
            top.0.value = 1;
            arm(k);
        }));
        disarm();
        assert_eq!(q.len() as u64, N, "call {k}");
        if r.is_ok() {
            assert!(is_heap(&q));
        }
        drop(q);
        assert_eq!(c.live(), 0, "call {k}");
    }
}

#[test]
fn small_leaked_peek_mut_leaves_a_valid_queue() {
    // Elements that own no memory, so that the deliberately leaked ones leave no
    // allocation behind for Miri's leak checker; their drops are counted in a static.
    thread_local! {
        static PLAIN_DROPS: Cell<u64> = const { Cell::new(0) };
    }
    #[derive(PartialEq, Eq, PartialOrd, Ord, Debug)]
    struct Plain(u64);
    impl Drop for Plain {
        fn drop(&mut self) {
            PLAIN_DROPS.with(|d| d.set(d.get() + 1));
        }
    }
    let mut q: PriorityQueue<Plain> = (0..N).map(Plain).collect();
    {
        let mut guard = q.peek_mut().unwrap();
        guard.0 = 1000;
        std::mem::forget(guard);
    }
    // The others are leaked, as with std: the queue holds the modified top only.
    assert_eq!(q.len(), 1);
    assert_eq!(q.peek(), Some(&Plain(1000)));
    q.push(Plain(5));
    assert_eq!(q.pop(), Some(Plain(1000)));
    drop(q);
    // The three values of the asserts and the one left in the queue; the N - 1 leaked
    // elements are never dropped.
    assert_eq!(PLAIN_DROPS.with(Cell::get), 4);

    // A guard that was never used mutably changes nothing when leaked.
    let c = Counter::new();
    let mut q = filled(&c);
    std::mem::forget(q.peek_mut());
    assert_eq!(q.len() as u64, N);
    drop(q);
    assert_eq!(c.live(), 0);

    // PeekMut::pop after a modification.
    let c = Counter::new();
    let mut q = filled(&c);
    let mut guard = q.peek_mut().unwrap();
    guard.0.value = 0;
    let x = PeekMut::pop(guard);
    assert_eq!(x.0.value, 0);
    assert_eq!(q.len() as u64, N - 1);
    assert!(is_heap(&q));
    drop((x, q));
    assert_eq!(c.live(), 0);
}

#[test]
fn small_retain_with_panicking_predicate() {
    for stop in [0, 3, N - 1] {
        let c = Counter::new();
        let mut q = filled(&c);
        let mut seen = 0;
        let msg = expect_panic(|| {
            q.retain(|x| {
                seen += 1;
                if seen > stop {
                    panic!("predicate");
                }
                x.0.value % 2 == 0
            })
        });
        assert_eq!(msg, "predicate");
        assert!(
            is_heap(&q),
            "heap order restored after a panicking predicate"
        );
        assert_eq!(c.live(), q.len());
        drop(q);
        assert_eq!(c.live(), 0);
    }
}
