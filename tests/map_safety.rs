//! The map's user callbacks (`Hash`, `Eq`, `Clone`, `retain`'s predicate) only ever see
//! entries at their live location: each element counts the calls it received,
//! and after every operation the counts held in the map, by the test and in dropped
//! elements add up to the number of calls. A call on a discarded temporary copy would
//! lose counts, and (as each call also replaces the element's heap allocation) leave a
//! freed pointer behind, which Miri reports. `fast` (std) is the control.

mod common;

use common::{touchy_balance, touchy_reset, Touchy};
use sizespeed::{fast, small};

/// Number of keys: several growths and, with four keys per hash, many `Eq` calls.
fn keys() -> u32 {
    if cfg!(miri) {
        24
    } else {
        300
    }
}

macro_rules! map_callbacks {
    ($M:ty) => {{
        touchy_reset();
        let n = keys();
        let mut held: Vec<Touchy> = Vec::new();
        fn check<'a>(what: &str, live: impl Iterator<Item = &'a Touchy>, held: &'a [Touchy]) {
            touchy_balance(what, live.chain(held.iter()));
        }
        let mut m = <$M>::new();
        for k in 0..n {
            assert!(m.insert(Touchy::new(k), Touchy::new(k)).is_none());
        }
        check(
            "insert (growing)",
            m.iter().flat_map(|(k, v)| [k, v]),
            &held,
        );
        for k in (0..n).step_by(3) {
            held.push(m.insert(Touchy::new(k), Touchy::new(k + n)).unwrap());
        }
        check(
            "insert of present keys",
            m.iter().flat_map(|(k, v)| [k, v]),
            &held,
        );
        let probes: Vec<Touchy> = (0..n + 9).map(Touchy::new).collect();
        for p in &probes {
            assert_eq!(m.get(p).is_some(), p.key < n);
            assert_eq!(m.contains_key(p), p.key < n);
            assert_eq!(
                m.get_key_value(p).map(|(k, _)| k.key),
                (p.key < n).then_some(p.key)
            );
            if let Some(v) = m.get_mut(p) {
                v.key += 0; // a write through the found reference
            }
        }
        held.extend(probes);
        check("lookups", m.iter().flat_map(|(k, v)| [k, v]), &held);
        for p in (0..n).step_by(5).map(Touchy::new) {
            if let Some(v) = m.remove(&p) {
                held.push(v);
            }
            held.push(p);
        }
        for p in (1..n).step_by(7).map(Touchy::new) {
            if let Some((k, v)) = m.remove_entry(&p) {
                held.push(k);
                held.push(v);
            }
            held.push(p);
        }
        check("removals", m.iter().flat_map(|(k, v)| [k, v]), &held);
        m.retain(|k, v| {
            drop(k.clone());
            drop(v.clone());
            k.key % 4 != 1
        });
        check("retain", m.iter().flat_map(|(k, v)| [k, v]), &held);
        let c = m.clone();
        check(
            "clone",
            m.iter().chain(c.iter()).flat_map(|(k, v)| [k, v]),
            &held,
        );
        assert!(m == c);
        check(
            "eq",
            m.iter().chain(c.iter()).flat_map(|(k, v)| [k, v]),
            &held,
        );
        drop(c);
        m.shrink_to_fit();
        check("shrink_to_fit", m.iter().flat_map(|(k, v)| [k, v]), &held);
        m.reserve(4 * n as usize);
        check("reserve", m.iter().flat_map(|(k, v)| [k, v]), &held);
        for k in (0..2 * n).step_by(2) {
            m.get_or_insert_with(Touchy::new(k), || Touchy::new(k + 3 * n));
        }
        check(
            "get_or_insert_with",
            m.iter().flat_map(|(k, v)| [k, v]),
            &held,
        );
        m.extend((0..n).map(|k| (Touchy::new(k * 3), Touchy::new(k))));
        check("extend", m.iter().flat_map(|(k, v)| [k, v]), &held);
        held.extend(m.into_iter().flat_map(|(k, v)| [k, v]));
        check("into_iter", std::iter::empty(), &held);
    }};
}

#[test]
fn map_callbacks_see_live_entries_small() {
    map_callbacks!(small::Map<Touchy, Touchy>);
}

#[test]
fn map_callbacks_see_live_entries_fast() {
    map_callbacks!(fast::Map<Touchy, Touchy>);
}

/// A key whose `Eq` says "different" on its first call (per thread) and "equal" afterwards, and whose
/// hash is constant: `get_or_insert_with`'s lookup misses, then its insertion finds the
/// key. The map must still drop every value it was given (std's entry API probes once
/// and inserts).
#[derive(Debug)]
struct Fickle;

thread_local! {
    static EQ_CALLS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

impl PartialEq for Fickle {
    fn eq(&self, _: &Self) -> bool {
        EQ_CALLS.with(|c| c.replace(c.get() + 1)) > 0
    }
}
impl Eq for Fickle {}
impl std::hash::Hash for Fickle {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        0u8.hash(state)
    }
}

macro_rules! fickle_get_or_insert_with {
    ($M:ty) => {{
        let counter = common::Counter::new();
        let mut m = <$M>::new();
        m.insert(Fickle, counter.elem(1));
        m.get_or_insert_with(Fickle, || counter.elem(2));
        drop(m);
        assert_eq!(counter.made(), 2);
        assert_eq!(counter.live(), 0, "a value was lost (leaked)");
    }};
}

#[test]
fn get_or_insert_with_inconsistent_eq_drops_every_value_small() {
    fickle_get_or_insert_with!(small::Map<Fickle, common::Tracked>);
}

#[test]
fn get_or_insert_with_inconsistent_eq_drops_every_value_fast() {
    fickle_get_or_insert_with!(fast::Map<Fickle, common::Tracked>);
}
