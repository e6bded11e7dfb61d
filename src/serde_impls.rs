//! `Serialize` and `Deserialize` for every container of every variant (the `serde` feature).
//!
//! The format is the std type's: every Vec, Deque, Set, OrderedSet and PriorityQueue is a
//! sequence and every Map and OrderedMap is a map, so data written through a sizespeed
//! container reads back into the std type and the other way round. An ordered container
//! writes in key order, exactly as `BTreeMap` and `BTreeSet` do; a priority queue writes
//! its internal heap order, as `BinaryHeap` does, and reading one heapifies as it pushes.
//! The fast variants hand both directions to serde's own impls for the std type they wrap:
//! `Vec`, `VecDeque`, `BTreeMap`, `BTreeSet` and `BinaryHeap` always, `HashMap` and
//! `HashSet` with the `std` feature (which turns on serde's; without it the fast Map and
//! Set are hashbrown's). The
//! other variants serialize by iterating and deserialize through the two visitors below:
//! one copy of that logic, generic only in the container. Every variant has the bounds
//! serde puts on the std type, so switching variants never changes what compiles.
//!
//! Deserializing trusts a format's size hint only up to [`PREALLOC_LIMIT_BYTES`], so that
//! a hostile length prefix cannot make the container reserve an enormous buffer; past that
//! the container grows as elements actually arrive. When an element fails to deserialize
//! the visitor returns the error at once, and the partly built container, with the
//! elements already in it, is dropped as usual: each of them exactly once.

use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::{boxed, fast, inline, medium, small, thin};

/// The most memory a deserializer reserves up front on the word of a size hint.
const PREALLOC_LIMIT_BYTES: usize = 1 << 20;

/// The number of `E`s to reserve room for when a format announces `hint` of them: the
/// hint, but no more than [`PREALLOC_LIMIT_BYTES`] worth, and none when `E` is
/// zero-sized (such elements need no room).
fn prealloc<E>(hint: Option<usize>) -> usize {
    match core::mem::size_of::<E>() {
        0 => 0,
        size => hint.unwrap_or(0).min(PREALLOC_LIMIT_BYTES / size),
    }
}

/// A container that deserialization fills one item at a time (for a map, an item is a
/// key-value pair).
trait Fill: Sized {
    /// What one step adds.
    type Item;
    /// What the visitor says it expected when the input is not a sequence (or map).
    const EXPECTING: &'static str;
    /// An empty container with room for `capacity` items.
    fn with_room(capacity: usize) -> Self;
    /// Adds one item, the way the std type's deserializer does (`push`, `push_back` or
    /// `insert`: a later duplicate key replaces the value, a later duplicate set element
    /// is dropped).
    fn add(&mut self, item: Self::Item);
}

/// Deserializes a sequence into any [`Fill`] container.
struct SeqVisitor<C>(PhantomData<C>);

impl<'de, C: Fill> Visitor<'de> for SeqVisitor<C>
where
    C::Item: Deserialize<'de>,
{
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(C::EXPECTING)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<C, A::Error> {
        let mut out = C::with_room(prealloc::<C::Item>(seq.size_hint()));
        // On an element's error, `?` drops `out` and everything already added to it.
        while let Some(item) = seq.next_element()? {
            out.add(item);
        }
        Ok(out)
    }
}

/// Deserializes a map into any [`Fill`] container of key-value pairs.
struct MapVisitor<C>(PhantomData<C>);

impl<'de, C, K, V> Visitor<'de> for MapVisitor<C>
where
    C: Fill<Item = (K, V)>,
    K: Deserialize<'de>,
    V: Deserialize<'de>,
{
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(C::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<C, A::Error> {
        let mut out = C::with_room(prealloc::<(K, V)>(map.size_hint()));
        // On a key's or value's error, `?` drops `out` and the entries already in it (and
        // serde drops a key whose value failed).
        while let Some(entry) = map.next_entry()? {
            out.add(entry);
        }
        Ok(out)
    }
}

/// `Serialize` (as a sequence, by iterating), [`Fill`] and `Deserialize` (through
/// [`SeqVisitor`]) for a sequence container `$ty` with generic parameters `[$gen]`, whose
/// element parameter is `T`, built by `$new(capacity)` and `$add(item)`.
macro_rules! seq_serde {
    ([$($gen:tt)*] $ty:ty, $new:path, $add:ident) => {
        impl<$($gen)*> Serialize for $ty
        where
            T: Serialize,
        {
            fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
                serializer.collect_seq(self)
            }
        }

        impl<$($gen)*> Fill for $ty {
            type Item = T;
            const EXPECTING: &'static str = "a sequence";
            fn with_room(capacity: usize) -> Self {
                $new(capacity)
            }
            fn add(&mut self, item: T) {
                self.$add(item);
            }
        }

        impl<'de, $($gen)*> Deserialize<'de> for $ty
        where
            T: Deserialize<'de>,
        {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_seq(SeqVisitor::<Self>(PhantomData))
            }
        }
    };
}

seq_serde!([T] small::Vec<T>, small::Vec::with_capacity, push);
seq_serde!([T] medium::Vec<T>, medium::Vec::with_capacity, push);
seq_serde!([T, const N: usize] inline::InlineVec<T, N>, inline::InlineVec::with_capacity, push);
seq_serde!([T] thin::Vec<T>, thin::Vec::with_capacity, push);
seq_serde!([T: 'static] boxed::Vec<T>, boxed::Vec::with_capacity, push);
seq_serde!([T] small::Deque<T>, small::Deque::with_capacity, push_back);

seq_serde!([T: Ord] small::OrderedSet<T>, ordered_with_room, insert);
seq_serde!([T: Ord] small::PriorityQueue<T>, small::PriorityQueue::with_capacity, push);

/// An empty B-tree set or map: a tree has no capacity to reserve, so the size hint is
/// unused.
fn ordered_with_room<C: Default>(_capacity: usize) -> C {
    C::default()
}

impl<K: Serialize, V: Serialize> Serialize for small::OrderedMap<K, V> {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        serializer.collect_map(self)
    }
}

impl<K: Ord, V> Fill for small::OrderedMap<K, V> {
    type Item = (K, V);
    const EXPECTING: &'static str = "a map";
    fn with_room(capacity: usize) -> Self {
        ordered_with_room(capacity)
    }
    fn add(&mut self, (key, value): (K, V)) {
        self.insert(key, value);
    }
}

impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Deserialize<'de>
    for small::OrderedMap<K, V>
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(MapVisitor::<Self>(PhantomData))
    }
}

/// Both directions for a fast variant `$ty` wrapping the std type `$std` in its `inner`
/// field: forwarded to serde's impls for `$std`, so the code is the same as for the std
/// type itself. `$ser` and `$de` are the bounds serde puts on `$std`'s impls; `$de` may
/// name the deserializer's lifetime `$l`.
macro_rules! forward_serde {
    ([$($gen:tt)*] $ty:ty => $std:ty; ser: [$($ser:tt)*]; de<$l:lifetime>: [$($de:tt)*]) => {
        impl<$($gen)*> Serialize for $ty
        where
            $($ser)*
        {
            #[inline]
            fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
                self.inner.serialize(serializer)
            }
        }

        impl<$l, $($gen)*> Deserialize<$l> for $ty
        where
            $($de)*
        {
            #[inline]
            fn deserialize<D: Deserializer<$l>>(deserializer: D) -> Result<Self, D::Error> {
                <$std>::deserialize(deserializer).map(<$ty>::from)
            }
        }
    };
}

forward_serde!([T] fast::Vec<T> => alloc::vec::Vec<T>;
    ser: [T: Serialize]; de<'de>: [T: Deserialize<'de>]);
forward_serde!([T] fast::Deque<T> => alloc::collections::VecDeque<T>;
    ser: [T: Serialize]; de<'de>: [T: Deserialize<'de>]);
forward_serde!([K, V] fast::OrderedMap<K, V> => alloc::collections::BTreeMap<K, V>;
    ser: [K: Serialize, V: Serialize]; de<'de>: [K: Deserialize<'de> + Ord, V: Deserialize<'de>]);
forward_serde!([T] fast::OrderedSet<T> => alloc::collections::BTreeSet<T>;
    ser: [T: Serialize]; de<'de>: [T: Deserialize<'de> + Ord]);
forward_serde!([T] fast::PriorityQueue<T> => alloc::collections::BinaryHeap<T>;
    ser: [T: Serialize]; de<'de>: [T: Deserialize<'de> + Ord]);

/// `Serialize`, [`Fill`] and `Deserialize` for the Set variant `$set` and the Map variant
/// `$map`, with any hasher; deserializing makes the hasher with `S::default()`, as serde
/// does for std's `HashMap` and `HashSet`.
macro_rules! hash_serde {
    ($set:ident, $map:ident) => {
        impl<T: Serialize, S: BuildHasher> Serialize for $set<T, S> {
            fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
                serializer.collect_seq(self)
            }
        }

        impl<T: Hash + Eq, S: BuildHasher + Default> Fill for $set<T, S> {
            type Item = T;
            const EXPECTING: &'static str = "a sequence";
            fn with_room(capacity: usize) -> Self {
                Self::with_capacity_and_hasher(capacity, S::default())
            }
            fn add(&mut self, item: T) {
                self.insert(item);
            }
        }

        impl<'de, T, S> Deserialize<'de> for $set<T, S>
        where
            T: Deserialize<'de> + Hash + Eq,
            S: BuildHasher + Default,
        {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_seq(SeqVisitor::<Self>(PhantomData))
            }
        }

        impl<K, V, S> Serialize for $map<K, V, S>
        where
            K: Serialize + Hash + Eq,
            V: Serialize,
            S: BuildHasher,
        {
            fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
                serializer.collect_map(self)
            }
        }

        impl<K: Hash + Eq, V, S: BuildHasher + Default> Fill for $map<K, V, S> {
            type Item = (K, V);
            const EXPECTING: &'static str = "a map";
            fn with_room(capacity: usize) -> Self {
                Self::with_capacity_and_hasher(capacity, S::default())
            }
            fn add(&mut self, (key, value): (K, V)) {
                self.insert(key, value);
            }
        }

        impl<'de, K, V, S> Deserialize<'de> for $map<K, V, S>
        where
            K: Deserialize<'de> + Hash + Eq,
            V: Deserialize<'de>,
            S: BuildHasher + Default,
        {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_map(MapVisitor::<Self>(PhantomData))
            }
        }
    };
}

/// With `std` the fast Map and Set wrap std's `HashMap` and `HashSet`: forward to serde's
/// impls for those, the same code as for std's own types.
#[cfg(feature = "std")]
mod fast_hash {
    use super::*;
    use crate::fast::{Map, Set};
    use std::collections::{HashMap, HashSet};

    impl<T: Serialize, S: BuildHasher> Serialize for Set<T, S> {
        #[inline]
        fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
            self.inner.serialize(serializer)
        }
    }

    impl<'de, T, S> Deserialize<'de> for Set<T, S>
    where
        T: Deserialize<'de> + Hash + Eq,
        S: BuildHasher + Default,
    {
        #[inline]
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            HashSet::deserialize(deserializer).map(|inner| Set { inner })
        }
    }

    impl<K, V, S> Serialize for Map<K, V, S>
    where
        K: Serialize + Hash + Eq,
        V: Serialize,
        S: BuildHasher,
    {
        #[inline]
        fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
            self.inner.serialize(serializer)
        }
    }

    impl<'de, K, V, S> Deserialize<'de> for Map<K, V, S>
    where
        K: Deserialize<'de> + Hash + Eq,
        V: Deserialize<'de>,
        S: BuildHasher + Default,
    {
        #[inline]
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            HashMap::deserialize(deserializer).map(|inner| Map { inner })
        }
    }
}

/// Without `std` the fast Map and Set are hashbrown's, for which serde has no impls here.
#[cfg(not(feature = "std"))]
mod fast_hash {
    use super::*;
    use crate::fast::{Map, Set};
    hash_serde!(Set, Map);
}

mod small_hash {
    use super::*;
    use crate::small::{Map, Set};
    hash_serde!(Set, Map);
}
