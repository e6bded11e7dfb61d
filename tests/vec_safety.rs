//! The vector's user callbacks (`Eq`, `Ord`, `Hash`, `Clone`, `retain`'s and `dedup`'s
//! closures) only ever see elements at their live location: each element
//! counts the calls it received, and after every operation the counts held in the vector,
//! by the test and in dropped elements add up to the number of calls (see
//! `common::Touchy`). A call on a discarded temporary copy would lose counts and leave a
//! freed pointer behind, which Miri reports. `fast` (std) is the control.

mod common;

use std::hash::{DefaultHasher, Hash, Hasher};

use common::{touchy_balance, touchy_reset, Touchy};
use sizespeed::{fast, medium, small};

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

macro_rules! vec_callbacks {
    ($V:ty) => {{
        touchy_reset();
        let n = len();
        let mut held: Vec<Touchy> = Vec::new();
        let mut v = <$V>::new();
        for k in 0..n {
            v.push(Touchy::new(k / 3));
        }
        v.dedup();
        check("dedup", v.iter(), &held);
        v.dedup_by(|a, b| a.key / 2 == b.key / 2 && *a != *b);
        check("dedup_by", v.iter(), &held);
        v.dedup_by_key(|a| a.clone().key / 5);
        check("dedup_by_key", v.iter(), &held);
        v.extend((0..n).map(|k| Touchy::new(n + k)));
        v.retain(|e| {
            drop(e.clone());
            e.key % 3 != 0
        });
        check("retain", v.iter(), &held);
        v.retain_mut(|e| {
            drop(e.clone());
            e.key % 5 != 0
        });
        check("retain_mut", v.iter(), &held);
        let c = v.clone();
        check("clone", v.iter().chain(c.iter()), &held);
        assert!(v == c && v.cmp(&c).is_eq());
        check("eq, cmp", v.iter().chain(c.iter()), &held);
        let probes: Vec<Touchy> = (0..8).map(|k| Touchy::new(k * 7)).collect();
        for p in &probes {
            let _ = v.contains(p);
        }
        held.extend(probes);
        check("contains", v.iter().chain(c.iter()), &held);
        let (mut h1, mut h2) = (DefaultHasher::new(), DefaultHasher::new());
        v.hash(&mut h1);
        c.hash(&mut h2);
        assert_eq!(h1.finish(), h2.finish());
        check("hash", v.iter().chain(c.iter()), &held);
        drop(c);
        let extra: Vec<Touchy> = (0..5).map(Touchy::new).collect();
        v.extend_from_slice(&extra);
        held.extend(extra);
        check("extend_from_slice", v.iter(), &held);
        let l = v.len();
        v.resize(l + 5, Touchy::new(999));
        check("resize", v.iter(), &held);
        held.extend(v);
        check("into_iter", std::iter::empty(), &held);
    }};
}

#[test]
fn vec_callbacks_see_live_elements_small() {
    vec_callbacks!(small::Vec<Touchy>);
}

#[test]
fn vec_callbacks_see_live_elements_medium() {
    vec_callbacks!(medium::Vec<Touchy>);
}

#[test]
fn vec_callbacks_see_live_elements_fast() {
    vec_callbacks!(fast::Vec<Touchy>);
}
