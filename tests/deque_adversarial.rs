//! The deque's user callbacks (`Eq`, `Ord`, `Hash`, `Clone`, `retain`'s closure) only ever
//! see elements at their live location, with the ring wrapped around its
//! buffer: each element counts the calls it received, and after every operation the
//! counts held in the deque, by the test and in dropped elements add up to the number of
//! calls (see `common::Touchy`). `fast` (std) is the control.

mod common;

use std::hash::{DefaultHasher, Hash, Hasher};

use common::{touchy_balance, touchy_reset, Touchy};
use sizespeed::{fast, small};

fn len() -> u32 {
    if cfg!(miri) {
        24
    } else {
        300
    }
}

fn check<'a>(what: &str, live: impl Iterator<Item = &'a Touchy>, held: &'a [Touchy]) {
    touchy_balance(what, live.chain(held.iter()));
}

macro_rules! deque_callbacks {
    ($D:ty) => {{
        touchy_reset();
        let n = len();
        let mut held: Vec<Touchy> = Vec::new();
        let mut d = <$D>::new();
        for k in 0..n {
            // Alternate ends, so the ring wraps around its buffer.
            if k % 2 == 0 {
                d.push_back(Touchy::new(k));
            } else {
                d.push_front(Touchy::new(k));
            }
        }
        d.retain(|e| {
            drop(e.clone());
            e.key % 3 != 0
        });
        check("retain", d.iter(), &held);
        d.retain_mut(|e| {
            drop(e.clone());
            e.key % 5 != 0
        });
        check("retain_mut", d.iter(), &held);
        let c = d.clone();
        check("clone", d.iter().chain(c.iter()), &held);
        assert!(d == c && d.cmp(&c).is_eq());
        check("eq, cmp", d.iter().chain(c.iter()), &held);
        let probes: Vec<Touchy> = (0..8).map(|k| Touchy::new(k * 7)).collect();
        for p in &probes {
            let _ = d.contains(p);
        }
        held.extend(probes);
        check("contains", d.iter().chain(c.iter()), &held);
        let (mut h1, mut h2) = (DefaultHasher::new(), DefaultHasher::new());
        d.hash(&mut h1);
        c.hash(&mut h2);
        assert_eq!(h1.finish(), h2.finish());
        check("hash", d.iter().chain(c.iter()), &held);
        drop(c);
        d.make_contiguous();
        d.extend((0..n).map(Touchy::new));
        d.truncate(n as usize);
        check("make_contiguous, extend, truncate", d.iter(), &held);
        held.extend(d);
        check("into_iter", std::iter::empty(), &held);
    }};
}

#[test]
fn deque_callbacks_see_live_elements_small() {
    deque_callbacks!(small::Deque<Touchy>);
}

#[test]
fn deque_callbacks_see_live_elements_fast() {
    deque_callbacks!(fast::Deque<Touchy>);
}
