//! The set's user callbacks (`Hash`, `Eq`, `Clone`, `retain`'s predicate) only ever see
//! elements at their live location: see `map_safety.rs` for the method.
//! `fast` (std) is the control.

mod common;

use common::{touchy_balance, touchy_reset, Touchy};
use sizespeed::{fast, small};

fn keys() -> u32 {
    if cfg!(miri) {
        24
    } else {
        300
    }
}

macro_rules! set_callbacks {
    ($S:ty) => {{
        touchy_reset();
        let n = keys();
        let mut held: Vec<Touchy> = Vec::new();
        fn check<'a>(what: &str, live: impl Iterator<Item = &'a Touchy>, held: &'a [Touchy]) {
            touchy_balance(what, live.chain(held.iter()));
        }
        let mut s = <$S>::new();
        for k in 0..n {
            assert!(s.insert(Touchy::new(k)));
        }
        check("insert (growing)", s.iter(), &held);
        for k in (0..n).step_by(3) {
            assert!(!s.insert(Touchy::new(k)));
        }
        check("insert of present elements", s.iter(), &held);
        let probes: Vec<Touchy> = (0..n + 9).map(Touchy::new).collect();
        for p in &probes {
            assert_eq!(s.contains(p), p.key < n);
            assert_eq!(s.get(p).map(|e| e.key), (p.key < n).then_some(p.key));
        }
        held.extend(probes);
        check("lookups", s.iter(), &held);
        for p in (0..n).step_by(5).map(Touchy::new) {
            s.remove(&p);
            held.push(p);
        }
        for p in (1..n).step_by(7).map(Touchy::new) {
            if let Some(e) = s.take(&p) {
                held.push(e);
            }
            held.push(p);
        }
        check("removals", s.iter(), &held);
        s.retain(|e| {
            drop(e.clone());
            e.key % 4 != 1
        });
        check("retain", s.iter(), &held);
        let c = s.clone();
        check("clone", s.iter().chain(c.iter()), &held);
        assert!(s == c && s.is_subset(&c) && !s.is_disjoint(&c));
        check(
            "eq, is_subset, is_disjoint",
            s.iter().chain(c.iter()),
            &held,
        );
        drop(c);
        s.shrink_to_fit();
        check("shrink_to_fit", s.iter(), &held);
        s.reserve(4 * n as usize);
        check("reserve", s.iter(), &held);
        s.extend((0..n).map(|k| Touchy::new(k * 3)));
        check("extend", s.iter(), &held);
        held.extend(s);
        check("into_iter", std::iter::empty(), &held);
    }};
}

#[test]
fn set_callbacks_see_live_elements_small() {
    set_callbacks!(small::Set<Touchy>);
}

#[test]
fn set_callbacks_see_live_elements_fast() {
    set_callbacks!(fast::Set<Touchy>);
}
