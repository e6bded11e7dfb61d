//! The Map and Set families: one generic body per operation over [`Map`] or [`Set`], for
//! `fast` and `small`, both with the same hasher type (std's SipHash-1-3 with fixed keys),
//! so that only the table differs.

use std::hash::{BuildHasherDefault, DefaultHasher, Hash};

use sizespeed::{Map, Set};

use crate::harness::{batch_for, key_sum, measure, random, variant, Case, Key, Op, Row, Settings};

/// The hasher of both variants.
type H = BuildHasherDefault<DefaultHasher>;

/// A key type of the hash families.
pub trait HashKey: Key + Hash + Eq {}
impl<K: Key + Hash + Eq> HashKey for K {}

/// The keys of a case: `n` keys the containers hold and `n` others they never hold.
struct Keys<K> {
    hits: Vec<K>,
    misses: Vec<K>,
}

impl<K: HashKey> Keys<K> {
    fn new(n: usize) -> Self {
        Keys {
            hits: random(n, 0x4a54),
            misses: random(n, 0x3155),
        }
    }
}

/// The map operations.
#[derive(Clone, Copy)]
enum MapKind {
    /// `n` inserts of new keys into a new map.
    Insert,
    /// `n` `get`s of keys in the map.
    GetHit,
    /// `n` `get`s of keys not in the map.
    GetMiss,
    /// `n` removes, of every key; the keys are inserted again outside the timing.
    Remove,
    /// Sum of the values over `iter()`.
    Iter,
    /// `n` inserts-or-updates (`get_mut`, else `insert`) on a map that holds every second
    /// key: what `*m.entry(k).or_insert(0) += 1` does.
    Upsert,
}

const MAP_KINDS: [(&str, MapKind); 6] = [
    ("insert", MapKind::Insert),
    ("get_hit", MapKind::GetHit),
    ("get_miss", MapKind::GetMiss),
    ("remove", MapKind::Remove),
    ("iter", MapKind::Iter),
    ("upsert", MapKind::Upsert),
];

struct MapOp<'a, K> {
    kind: MapKind,
    keys: &'a Keys<K>,
}

/// A map and a pool of loose keys.
pub struct MapState<K, M> {
    m: M,
    pool: Vec<K>,
}

impl<K: HashKey> MapOp<'_, K> {
    fn full<M: Map<K, u64>>(&self) -> M {
        let mut m = M::new();
        for (i, k) in self.keys.hits.iter().enumerate() {
            m.insert(k.clone(), i as u64);
        }
        m
    }
    fn half<M: Map<K, u64>>(&self) -> M {
        let mut m = M::new();
        for (i, k) in self.keys.hits.iter().enumerate().step_by(2) {
            m.insert(k.clone(), i as u64);
        }
        m
    }
}

impl<K: HashKey, M: Map<K, u64>> Op<M> for MapOp<'_, K> {
    type State = MapState<K, M>;
    type Out = (Option<M>, u64);

    fn prepare(&self) -> MapState<K, M> {
        let (m, pool) = match self.kind {
            MapKind::Insert => (M::new(), self.keys.hits.clone()),
            MapKind::Upsert => (self.half(), self.keys.hits.clone()),
            _ => (self.full(), Vec::new()),
        };
        MapState { m, pool }
    }

    fn run(&self, st: &mut MapState<K, M>) -> (Option<M>, u64) {
        match self.kind {
            MapKind::Insert => {
                let mut m = M::new();
                for (i, k) in st.pool.drain(..).enumerate() {
                    m.insert(k, i as u64);
                }
                (Some(m), 0)
            }
            MapKind::GetHit | MapKind::GetMiss => {
                let probe = match self.kind {
                    MapKind::GetHit => &self.keys.hits,
                    _ => &self.keys.misses,
                };
                let mut sum = 0u64;
                for k in probe {
                    if let Some(v) = st.m.get(k) {
                        sum = sum.wrapping_add(*v);
                    }
                }
                (None, sum)
            }
            MapKind::Remove => {
                let mut sum = 0u64;
                for k in &self.keys.hits {
                    if let Some(v) = st.m.remove(k) {
                        sum = sum.wrapping_add(v);
                    }
                }
                (None, sum)
            }
            MapKind::Iter => (None, st.m.iter().fold(0u64, |a, (_, v)| a.wrapping_add(*v))),
            MapKind::Upsert => {
                for k in st.pool.drain(..) {
                    match st.m.get_mut(&k) {
                        Some(v) => *v = v.wrapping_add(1),
                        None => {
                            st.m.insert(k, 1);
                        }
                    }
                }
                (None, 0)
            }
        }
    }

    fn recycle(&self, st: &mut MapState<K, M>, out: (Option<M>, u64)) {
        drop(out);
        match self.kind {
            MapKind::Insert => st.pool.extend(self.keys.hits.iter().cloned()),
            MapKind::Remove => {
                for (i, k) in self.keys.hits.iter().enumerate() {
                    st.m.insert(k.clone(), i as u64);
                }
            }
            MapKind::Upsert => {
                for k in self.keys.hits.iter().skip(1).step_by(2) {
                    st.m.remove(k);
                }
                st.pool.extend(self.keys.hits.iter().cloned());
            }
            _ => {}
        }
    }

    fn digest(&self, st: &MapState<K, M>, (out, sum): &(Option<M>, u64)) -> u64 {
        let m = out.as_ref().unwrap_or(&st.m);
        let values = m.values().fold(0u64, |a, v| a.wrapping_add(*v));
        key_sum(m.keys()) ^ values.rotate_left(9) ^ sum.rotate_left(17) ^ (m.len() as u64) << 48
    }
}

/// The set operations.
#[derive(Clone, Copy)]
enum SetKind {
    /// `n` inserts of new elements into a new set.
    Insert,
    /// `n` `contains` of elements in the set.
    Contains,
    /// `n` `contains` of elements not in the set.
    ContainsMiss,
    /// `n` removes, of every element; they are inserted again outside the timing.
    Remove,
}

const SET_KINDS: [(&str, SetKind); 4] = [
    ("insert", SetKind::Insert),
    ("contains", SetKind::Contains),
    ("contains_miss", SetKind::ContainsMiss),
    ("remove", SetKind::Remove),
];

struct SetOp<'a, K> {
    kind: SetKind,
    keys: &'a Keys<K>,
}

/// A set and a pool of loose elements.
pub struct SetState<K, Z> {
    z: Z,
    pool: Vec<K>,
}

impl<K: HashKey, Z: Set<K>> Op<Z> for SetOp<'_, K> {
    type State = SetState<K, Z>;
    type Out = (Option<Z>, u64);

    fn prepare(&self) -> SetState<K, Z> {
        match self.kind {
            SetKind::Insert => SetState {
                z: Z::new(),
                pool: self.keys.hits.clone(),
            },
            _ => SetState {
                z: self.keys.hits.iter().cloned().collect(),
                pool: Vec::new(),
            },
        }
    }

    fn run(&self, st: &mut SetState<K, Z>) -> (Option<Z>, u64) {
        match self.kind {
            SetKind::Insert => {
                let mut z = Z::new();
                for k in st.pool.drain(..) {
                    z.insert(k);
                }
                (Some(z), 0)
            }
            SetKind::Contains | SetKind::ContainsMiss => {
                let probe = match self.kind {
                    SetKind::Contains => &self.keys.hits,
                    _ => &self.keys.misses,
                };
                let found = probe.iter().filter(|k| st.z.contains(*k)).count();
                (None, found as u64)
            }
            SetKind::Remove => {
                let removed = self.keys.hits.iter().filter(|k| st.z.remove(*k)).count();
                (None, removed as u64)
            }
        }
    }

    fn recycle(&self, st: &mut SetState<K, Z>, out: (Option<Z>, u64)) {
        drop(out);
        match self.kind {
            SetKind::Insert => st.pool.extend(self.keys.hits.iter().cloned()),
            SetKind::Remove => st.z.extend(self.keys.hits.iter().cloned()),
            _ => {}
        }
    }

    fn digest(&self, st: &SetState<K, Z>, (out, sum): &(Option<Z>, u64)) -> u64 {
        let z = out.as_ref().unwrap_or(&st.z);
        key_sum(z.iter()) ^ sum.rotate_left(17) ^ (z.len() as u64) << 48
    }
}

fn elem<K: HashKey>(s: &Settings, out: &mut Vec<Row>, n: usize) {
    let maps = MAP_KINDS
        .iter()
        .any(|(op, _)| s.wants("map", op, K::NAME, n));
    let sets = SET_KINDS
        .iter()
        .any(|(op, _)| s.wants("set", op, K::NAME, n));
    if !maps && !sets {
        return;
    }
    let keys = Keys::<K>::new(n);
    let batch = batch_for(n);
    for (name, kind) in MAP_KINDS {
        if !s.wants("map", name, K::NAME, n) {
            continue;
        }
        let op = MapOp { kind, keys: &keys };
        let case = Case {
            family: "map",
            op: name,
            elem: K::NAME,
            n,
            ops: n,
            batch,
        };
        let variants = vec![
            variant::<sizespeed::fast::Map<K, u64, H>, _>("fast", &op, batch),
            variant::<sizespeed::small::Map<K, u64, H>, _>("small", &op, batch),
        ];
        out.extend(measure(&case, variants, s));
    }
    for (name, kind) in SET_KINDS {
        if !s.wants("set", name, K::NAME, n) {
            continue;
        }
        let op = SetOp { kind, keys: &keys };
        let case = Case {
            family: "set",
            op: name,
            elem: K::NAME,
            n,
            ops: n,
            batch,
        };
        let variants = vec![
            variant::<sizespeed::fast::Set<K, H>, _>("fast", &op, batch),
            variant::<sizespeed::small::Set<K, H>, _>("small", &op, batch),
        ];
        out.extend(measure(&case, variants, s));
    }
}

/// Every Map case of this mode, then every Set case, per size and key type.
pub fn run(s: &Settings, out: &mut Vec<Row>) {
    for &n in s.sizes() {
        elem::<u64>(s, out, n);
        elem::<String>(s, out, n);
    }
}
