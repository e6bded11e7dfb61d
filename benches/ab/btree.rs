//! The ordered map family: `small::OrderedMap` against std's `BTreeMap` (which `fast`
//! wraps at zero cost), one generic body per operation over a local trait, at 1e3 and 1e5
//! keys, `u64` and `String` keys.

use std::collections::BTreeMap;
use std::ops::RangeFrom;

use sizespeed::small::OrderedMap;

use crate::harness::{batch_for, key_sum, measure, random, variant, Case, Key, Op, Row, Settings};

/// The operations both maps offer, as the bench uses them.
pub trait Ordered<K: Key>: Sized {
    fn new() -> Self;
    fn insert(&mut self, k: K, v: u64) -> Option<u64>;
    fn get(&self, k: &K) -> Option<&u64>;
    fn remove(&mut self, k: &K) -> Option<u64>;
    /// The sum of the values of the first `take` entries from `k` on.
    fn range_sum(&self, k: RangeFrom<&K>, take: usize) -> u64;
    fn iter_sum(&self) -> u64;
    fn key_sum(&self) -> u64;
    fn len(&self) -> usize;
}

macro_rules! ordered {
    ($t:ident) => {
        impl<K: Key> Ordered<K> for $t<K, u64> {
            fn new() -> Self {
                $t::new()
            }
            #[inline]
            fn insert(&mut self, k: K, v: u64) -> Option<u64> {
                $t::insert(self, k, v)
            }
            #[inline]
            fn get(&self, k: &K) -> Option<&u64> {
                $t::get(self, k)
            }
            #[inline]
            fn remove(&mut self, k: &K) -> Option<u64> {
                $t::remove(self, k)
            }
            #[inline]
            fn range_sum(&self, k: RangeFrom<&K>, take: usize) -> u64 {
                self.range::<K, _>(k)
                    .take(take)
                    .fold(0u64, |a, (_, v)| a.wrapping_add(*v))
            }
            #[inline]
            fn iter_sum(&self) -> u64 {
                self.iter().fold(0u64, |a, (_, v)| a.wrapping_add(*v))
            }
            fn key_sum(&self) -> u64 {
                key_sum(self.keys())
            }
            fn len(&self) -> usize {
                $t::len(self)
            }
        }
    };
}

ordered!(BTreeMap);
ordered!(OrderedMap);

/// The operations.
#[derive(Clone, Copy)]
enum Kind {
    /// `n` inserts of new keys into a new map.
    Insert,
    /// `n` `get`s of keys in the map.
    Get,
    /// `n` removes, of every key; the keys are inserted again outside the timing.
    Remove,
    /// `n / 16` range queries from a key in the map, each summing 16 values.
    Range,
    /// The sum of the values over `iter()`.
    Iter,
}

const KINDS: [(&str, Kind); 5] = [
    ("insert", Kind::Insert),
    ("get", Kind::Get),
    ("remove", Kind::Remove),
    ("range", Kind::Range),
    ("iter", Kind::Iter),
];

struct BOp<'a, K> {
    kind: Kind,
    keys: &'a [K],
}

/// A map and a pool of loose keys.
pub struct State<K, M> {
    m: M,
    pool: Vec<K>,
}

impl<K: Key, M: Ordered<K>> Op<M> for BOp<'_, K> {
    type State = State<K, M>;
    type Out = (Option<M>, u64);

    fn prepare(&self) -> State<K, M> {
        let mut m = M::new();
        match self.kind {
            Kind::Insert => State {
                m,
                pool: self.keys.to_vec(),
            },
            _ => {
                for (i, k) in self.keys.iter().enumerate() {
                    m.insert(k.clone(), i as u64);
                }
                State {
                    m,
                    pool: Vec::new(),
                }
            }
        }
    }

    fn run(&self, st: &mut State<K, M>) -> (Option<M>, u64) {
        match self.kind {
            Kind::Insert => {
                let mut m = M::new();
                for (i, k) in st.pool.drain(..).enumerate() {
                    m.insert(k, i as u64);
                }
                (Some(m), 0)
            }
            Kind::Get => {
                let mut sum = 0u64;
                for k in self.keys {
                    if let Some(v) = st.m.get(k) {
                        sum = sum.wrapping_add(*v);
                    }
                }
                (None, sum)
            }
            Kind::Remove => {
                let mut sum = 0u64;
                for k in self.keys {
                    if let Some(v) = st.m.remove(k) {
                        sum = sum.wrapping_add(v);
                    }
                }
                (None, sum)
            }
            Kind::Range => {
                let mut sum = 0u64;
                for k in self.keys.iter().step_by(16) {
                    sum = sum.wrapping_add(st.m.range_sum(k.., 16));
                }
                (None, sum)
            }
            Kind::Iter => (None, st.m.iter_sum()),
        }
    }

    fn recycle(&self, st: &mut State<K, M>, out: (Option<M>, u64)) {
        drop(out);
        match self.kind {
            Kind::Insert => st.pool.extend(self.keys.iter().cloned()),
            Kind::Remove => {
                for (i, k) in self.keys.iter().enumerate() {
                    st.m.insert(k.clone(), i as u64);
                }
            }
            _ => {}
        }
    }

    fn digest(&self, st: &State<K, M>, (out, sum): &(Option<M>, u64)) -> u64 {
        let m = out.as_ref().unwrap_or(&st.m);
        m.key_sum() ^ m.iter_sum().rotate_left(9) ^ sum.rotate_left(17) ^ (m.len() as u64) << 48
    }
}

fn elem<K: Key>(s: &Settings, out: &mut Vec<Row>, n: usize) {
    if !KINDS.iter().any(|(op, _)| s.wants("btree", op, K::NAME, n)) {
        return;
    }
    let keys: Vec<K> = random(n, 0x6274);
    let batch = batch_for(n);
    for (name, kind) in KINDS {
        if !s.wants("btree", name, K::NAME, n) {
            continue;
        }
        let op = BOp { kind, keys: &keys };
        let case = Case {
            family: "btree",
            op: name,
            elem: K::NAME,
            n,
            ops: n,
            batch,
        };
        let variants = vec![
            variant::<BTreeMap<K, u64>, _>("fast", &op, batch),
            variant::<OrderedMap<K, u64>, _>("small", &op, batch),
        ];
        out.extend(measure(&case, variants, s));
    }
}

/// Every ordered-map case of this mode (sizes of 1000 and up, except in test mode).
pub fn run(s: &Settings, out: &mut Vec<Row>) {
    for &n in s.sizes() {
        // The full run's smallest size (16) is not one of this family's cases.
        if n < 1000 && s.sizes().len() == 3 {
            continue;
        }
        elem::<u64>(s, out, n);
        elem::<String>(s, out, n);
    }
}
