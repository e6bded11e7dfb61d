//! `fast` is std: its methods forward to the std methods of the same names, so even when a
//! closure, `Clone` or `Drop` panics part-way they drop the same elements, in the same
//! order, and leave the same contents as std does.
//!
//! Each check runs one operation on a std collection and on its `fast` twin, with
//! elements that log their drops and may panic when dropped, and compares what happened:
//! whether it panicked, the drop log, and what the collection holds afterwards.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet, VecDeque};
use std::panic::{catch_unwind, AssertUnwindSafe};

use sizespeed::{fast, small};

thread_local! {
    /// The values of the elements dropped so far, in order.
    static DROPS: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
    /// Callback calls so far, and the one that panics.
    static CALLS: Cell<u32> = const { Cell::new(0) };
    static PANIC_AT: Cell<u32> = const { Cell::new(u32::MAX) };
}

/// An element that logs its drop and panics in it if `bomb` is set.
#[derive(Debug)]
struct E {
    v: u32,
    bomb: bool,
}

impl Drop for E {
    fn drop(&mut self) {
        DROPS.with(|d| d.borrow_mut().push(self.v));
        if self.bomb && !std::thread::panicking() {
            panic!("planned panic in drop of {}", self.v);
        }
    }
}

impl Clone for E {
    fn clone(&self) -> Self {
        tick();
        E {
            v: self.v,
            bomb: self.bomb,
        }
    }
}

impl PartialEq for E {
    fn eq(&self, other: &Self) -> bool {
        tick();
        self.v / 10 == other.v / 10
    }
}

/// Counts a callback call; panics at the planned one.
fn tick() {
    let n = CALLS.with(|c| {
        let n = c.get();
        c.set(n + 1);
        n
    });
    if n == PANIC_AT.with(Cell::get) {
        panic!("planned panic at call {n}");
    }
}

/// Elements with values `values`; those whose value is in `bombs` panic when dropped.
fn elems(values: &[u32], bombs: &[u32]) -> Vec<E> {
    values
        .iter()
        .map(|&v| E {
            v,
            bomb: bombs.contains(&v),
        })
        .collect()
}

/// What one run did: whether it panicked, the drop log, and the values left.
#[derive(Debug, PartialEq)]
struct Outcome {
    panicked: bool,
    drops: Vec<u32>,
    left: Vec<u32>,
}

/// Runs `op` on `c` with a callback panicking at call `panic_at`, and reports the outcome;
/// `values` reads what the collection holds afterwards (before it is dropped).
fn outcome<C>(
    mut c: C,
    panic_at: u32,
    op: impl FnOnce(&mut C),
    values: fn(&C) -> Vec<u32>,
) -> Outcome {
    DROPS.with(|d| d.borrow_mut().clear());
    CALLS.with(|c| c.set(0));
    PANIC_AT.with(|p| p.set(panic_at));
    let panicked = catch_unwind(AssertUnwindSafe(|| op(&mut c))).is_err();
    PANIC_AT.with(|p| p.set(u32::MAX));
    let drops = DROPS.with(|d| d.borrow().clone());
    let left = values(&c);
    // Defuse the remaining bombs: only the operation's own drops are compared.
    std::mem::forget(c);
    Outcome {
        panicked,
        drops,
        left,
    }
}

const VALUES: [u32; 12] = [10, 11, 12, 20, 30, 31, 40, 41, 42, 43, 50, 51];

/// The std vector and another vector type `V` agree for `op` with every panic point and
/// every bomb; `make` builds a `V` from a std vector, `values` reads it.
fn agrees<V>(
    name: &str,
    std_op: fn(&mut Vec<E>),
    make: fn(Vec<E>) -> V,
    values: fn(&V) -> Vec<u32>,
    op: fn(&mut V),
) {
    let bomb_sets: Vec<Vec<u32>> = std::iter::once(vec![])
        .chain(VALUES.iter().map(|&v| vec![v]))
        .chain([vec![11, 41], vec![12, 31, 43]])
        .collect();
    for bombs in &bomb_sets {
        for panic_at in (0..20).chain([u32::MAX]) {
            let s = outcome(elems(&VALUES, bombs), panic_at, std_op, |v| {
                v.iter().map(|e| e.v).collect()
            });
            let f = outcome(make(elems(&VALUES, bombs)), panic_at, op, values);
            assert_eq!(
                f, s,
                "{name}: differs from std (bombs {bombs:?}, panic at call {panic_at})"
            );
        }
    }
}

/// `vec_agrees(name, op, op)` for an operation written once: the same closure source,
/// typed once for std's vector and once for fast's.
macro_rules! same {
    ($name:expr, $op:expr) => {
        vec_agrees($name, $op, $op)
    };
}

/// The std and fast vectors agree for `op` with every panic point and every bomb.
fn vec_agrees(name: &str, std_op: fn(&mut Vec<E>), fast_op: fn(&mut fast::Vec<E>)) {
    agrees(
        name,
        std_op,
        fast::Vec::from_std,
        |v| v.iter().map(|e| e.v).collect(),
        fast_op,
    );
}

/// `small::Vec`'s dedup family drops as std's does, at every panic point (it is not a
/// forward, but the same semantics in the shared core).
#[test]
fn small_vec_dedup_family_is_std() {
    fn agrees_small(name: &str, std_op: fn(&mut Vec<E>), op: fn(&mut small::Vec<E>)) {
        agrees(
            name,
            std_op,
            small::Vec::from,
            |v| v.iter().map(|e| e.v).collect(),
            op,
        );
    }
    agrees_small("small dedup", |v| v.dedup(), |v| v.dedup());
    agrees_small(
        "small dedup_by",
        |v| v.dedup_by(|a, b| a == b),
        |v| v.dedup_by(|a, b| a == b),
    );
    agrees_small(
        "small dedup_by_key",
        |v| {
            v.dedup_by_key(|e| {
                tick();
                e.v / 10
            })
        },
        |v| {
            v.dedup_by_key(|e| {
                tick();
                e.v / 10
            })
        },
    );
}

#[test]
fn vec_dedup_family_is_std() {
    same!("dedup", |v| v.dedup());
    same!("dedup_by", |v| v.dedup_by(|a, b| a == b));
    same!("dedup_by_key", |v| {
        v.dedup_by_key(|e| {
            tick();
            e.v / 10
        })
    });
}

#[test]
fn vec_retain_truncate_and_clones_are_std() {
    fn keep(e: &E) -> bool {
        tick();
        !e.v.is_multiple_of(3)
    }
    same!("retain", |v| v.retain(keep));
    same!("retain_mut", |v| v.retain_mut(|e| keep(e)));
    same!("truncate", |v| v.truncate(5));
    same!("clear", |v| v.clear());
    same!("resize", |v| v.resize(20, E { v: 99, bomb: false }));
    same!("extend_from_slice", |v| {
        let more = elems(&[60, 61, 62], &[]);
        v.extend_from_slice(&more);
        std::mem::forget(more);
    });
    same!("clone", |v| drop(v.clone()));
    same!("sort_by", |v| {
        v.sort_by(|a, b| {
            tick();
            b.v.cmp(&a.v)
        })
    });
    same!("sort_unstable_by_key", |v| {
        v.sort_unstable_by_key(|e| {
            tick();
            std::cmp::Reverse(e.v)
        })
    });
}

#[test]
fn deque_retain_and_truncate_are_std() {
    fn agrees(name: &str, std_op: fn(&mut VecDeque<E>), fast_op: fn(&mut fast::Deque<E>)) {
        for bomb in std::iter::once(0).chain(VALUES) {
            for panic_at in (0..14).chain([u32::MAX]) {
                let make = || {
                    let mut d: VecDeque<E> = elems(&VALUES[6..], &[bomb]).into();
                    for e in elems(&VALUES[..6], &[bomb]).into_iter().rev() {
                        d.push_front(e); // wrap around the ring
                    }
                    d
                };
                let s = outcome(make(), panic_at, std_op, |d| {
                    d.iter().map(|e| e.v).collect()
                });
                let f = outcome(fast::Deque::from(make()), panic_at, fast_op, |d| {
                    d.iter().map(|e| e.v).collect()
                });
                assert_eq!(f, s, "{name}: bomb {bomb}, panic at call {panic_at}");
            }
        }
    }
    fn keep(e: &E) -> bool {
        tick();
        !e.v.is_multiple_of(3)
    }
    agrees("retain", |d| d.retain(keep), |d| d.retain(keep));
    agrees(
        "retain_mut",
        |d| d.retain_mut(|e| keep(e)),
        |d| d.retain_mut(|e| keep(e)),
    );
    agrees("truncate", |d| d.truncate(4), |d| d.truncate(4));
    agrees("clear", |d| d.clear(), |d| d.clear());
}

#[test]
fn map_and_set_retain_are_std() {
    // Iteration order depends on the hasher, which both sides share as `RandomState`
    // values cloned from one another, so both visit the entries in the same order.
    for panic_at in (0..14).chain([u32::MAX]) {
        let mut std_map: HashMap<u32, E> = HashMap::new();
        for e in elems(&VALUES, &[]) {
            std_map.insert(e.v, e);
        }
        let hasher = std_map.hasher().clone();
        let mut fast_map: fast::Map<u32, E> = fast::Map::with_hasher(hasher.clone());
        for e in elems(&VALUES, &[]) {
            fast_map.insert(e.v, e);
        }
        let keep = |k: &u32, _: &mut E| {
            tick();
            !k.is_multiple_of(3)
        };
        let left = |m: Vec<u32>| {
            let mut m = m;
            m.sort_unstable();
            m
        };
        let s = outcome(
            std_map,
            panic_at,
            |m| m.retain(keep),
            |m| m.keys().copied().collect(),
        );
        let f = outcome(
            fast_map,
            panic_at,
            |m| m.retain(keep),
            |m| m.iter().map(|(k, _)| *k).collect(),
        );
        assert_eq!(f.panicked, s.panicked, "map retain, panic at {panic_at}");
        assert_eq!(
            left(f.left.clone()),
            left(s.left.clone()),
            "map retain, panic at {panic_at}"
        );
        assert_eq!(f.drops, s.drops, "map retain, panic at {panic_at}");

        let mut std_set: HashSet<u32> = HashSet::new();
        for &k in &VALUES {
            std_set.insert(k);
        }
        let mut fast_set: fast::Set<u32> = fast::Set::with_hasher(std_set.hasher().clone());
        for &k in &VALUES {
            fast_set.insert(k);
        }
        let keep = |k: &u32| {
            tick();
            !k.is_multiple_of(3)
        };
        let s = outcome(
            std_set,
            panic_at,
            |m| m.retain(keep),
            |m| m.iter().copied().collect(),
        );
        let f = outcome(
            fast_set,
            panic_at,
            |m| m.retain(keep),
            |m| m.iter().copied().collect(),
        );
        assert_eq!(f, s, "set retain, panic at {panic_at}");
    }
}
