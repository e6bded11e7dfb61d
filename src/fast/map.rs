//! [`Map`]: `std::collections::HashMap` behind a zero-cost wrapper.

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::ops::Index;
#[cfg(not(feature = "std"))]
use hashbrown::{hash_map as base, HashMap};
#[cfg(feature = "std")]
use std::collections::{hash_map as base, HashMap};

use crate::DefaultHashBuilder as RandomState;
use base as hash_map;

use crate::TryReserveError;

mod extra;

pub use base::{
    Drain, Entry, ExtractIf, IntoIter, IntoKeys, IntoValues, Iter, IterMut, Keys, OccupiedEntry,
    VacantEntry, Values, ValuesMut,
};

/// A hash map: `std::collections::HashMap` behind a zero-cost wrapper.
///
/// Every method is an `#[inline]` forward to std, so it is exactly as fast as std and,
/// like std, compiled again for every key, value and hasher type. It has the same
/// inherent methods as [`small::Map`](crate::small::Map) and takes the same hasher type
/// parameter, so the two can be swapped by changing one type name. Without the `std`
/// feature it wraps `hashbrown::HashMap` instead (the crate std's map is built from), and
/// has no default hasher (see [`DefaultHashBuilder`](crate::DefaultHashBuilder)); the
/// entry types are then hashbrown's, which also name the hasher type.
///
/// ```
/// let mut m = sizespeed::fast::Map::new();
/// m.insert("k".to_string(), 1);
/// assert_eq!(m.get("k"), Some(&1));
/// *m.get_or_insert_with("k".to_string(), || 0) += 1;
/// assert_eq!(m["k"], 2);
/// ```
pub struct Map<K, V, S = RandomState> {
    pub(crate) inner: HashMap<K, V, S>,
}

#[cfg(feature = "std")]
impl<K, V> Map<K, V, RandomState> {
    /// Creates an empty map. Does not allocate.
    #[inline]
    pub fn new() -> Self {
        Map {
            inner: HashMap::new(),
        }
    }

    /// Creates an empty map with room for at least `capacity` entries.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        Map {
            inner: HashMap::with_capacity(capacity),
        }
    }
}

impl<K, V, S> Map<K, V, S> {
    /// Creates an empty map that hashes with `hash_builder`. Does not allocate.
    #[inline]
    pub const fn with_hasher(hash_builder: S) -> Self {
        Map {
            inner: HashMap::with_hasher(hash_builder),
        }
    }

    /// Creates an empty map with room for at least `capacity` entries, hashing with
    /// `hash_builder`.
    #[inline]
    pub fn with_capacity_and_hasher(capacity: usize, hash_builder: S) -> Self {
        Map {
            inner: HashMap::with_capacity_and_hasher(capacity, hash_builder),
        }
    }

    /// The hasher builder.
    #[inline]
    pub fn hasher(&self) -> &S {
        self.inner.hasher()
    }

    /// The number of entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether the map holds no entry.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// The number of entries the map can hold without growing.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.inner.capacity()
    }

    /// Drops every entry, keeping the allocation.
    #[inline]
    pub fn clear(&mut self) {
        self.inner.clear()
    }

    /// Iterates over `(&K, &V)` in unspecified order.
    #[inline]
    pub fn iter(&self) -> Iter<'_, K, V> {
        self.inner.iter()
    }

    /// Iterates over `(&K, &mut V)` in unspecified order.
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        self.inner.iter_mut()
    }

    /// Iterates over the keys.
    #[inline]
    pub fn keys(&self) -> Keys<'_, K, V> {
        self.inner.keys()
    }

    /// Iterates over the values.
    #[inline]
    pub fn values(&self) -> Values<'_, K, V> {
        self.inner.values()
    }

    /// Iterates over the values, mutably.
    #[inline]
    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        self.inner.values_mut()
    }

    /// Consumes the map, yielding its keys.
    #[inline]
    pub fn into_keys(self) -> IntoKeys<K, V> {
        self.inner.into_keys()
    }

    /// Consumes the map, yielding its values.
    #[inline]
    pub fn into_values(self) -> IntoValues<K, V> {
        self.inner.into_values()
    }

    /// Keeps only the entries for which `keep` returns `true`.
    #[inline]
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, keep: F) {
        self.inner.retain(keep)
    }
}

impl<K: Hash + Eq, V, S: BuildHasher> Map<K, V, S> {
    /// Inserts `value` under `key`, returning the value it replaced; the key already in
    /// the map is kept.
    #[inline]
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        self.inner.insert(key, value)
    }

    /// The value under `key`.
    #[inline]
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.get(key)
    }

    /// The value under `key`, mutably.
    #[inline]
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.get_mut(key)
    }

    /// The stored key and the value under `key`.
    #[inline]
    pub fn get_key_value<Q>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.get_key_value(key)
    }

    /// Whether `key` is in the map.
    #[inline]
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.contains_key(key)
    }

    /// Removes `key`, returning its value.
    #[inline]
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.remove(key)
    }

    /// Removes `key`, returning the stored key and its value.
    #[inline]
    pub fn remove_entry<Q>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.remove_entry(key)
    }

    /// The value under `key`, inserting `default()` first if there is none. `default` is
    /// only called when the key is absent.
    #[inline]
    pub fn get_or_insert_with<F: FnOnce() -> V>(&mut self, key: K, default: F) -> &mut V {
        self.inner.entry(key).or_insert_with(default)
    }

    /// Reserves room for at least `additional` more entries.
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional)
    }

    /// Like [`reserve`](Self::reserve), but reports failure as an error.
    ///
    /// std does not expose why its reservation failed on stable Rust, so every failure
    /// is reported as [`TryReserveError::capacity_overflow`].
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.inner
            .try_reserve(additional)
            .map_err(|_| TryReserveError::capacity_overflow())
    }

    /// Shrinks the capacity as much as possible.
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.inner.shrink_to_fit()
    }

    /// Shrinks the capacity to fit at least `min_capacity` entries.
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.inner.shrink_to(min_capacity)
    }
}

impl<K, V, S: Default> Default for Map<K, V, S> {
    #[inline]
    fn default() -> Self {
        Map {
            inner: HashMap::default(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for Map<K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl<K: Clone, V: Clone, S: Clone> Clone for Map<K, V, S> {
    #[inline]
    fn clone(&self) -> Self {
        Map {
            inner: self.inner.clone(),
        }
    }

    #[inline]
    fn clone_from(&mut self, source: &Self) {
        self.inner.clone_from(&source.inner)
    }
}

impl<K: Hash + Eq, V: PartialEq, S: BuildHasher> PartialEq for Map<K, V, S> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

impl<K: Hash + Eq, V: Eq, S: BuildHasher> Eq for Map<K, V, S> {}

impl<K, Q, V, S> Index<&Q> for Map<K, V, S>
where
    K: Hash + Eq + Borrow<Q>,
    Q: Hash + Eq + ?Sized,
    S: BuildHasher,
{
    type Output = V;

    /// # Panics
    /// Panics if the key is not in the map.
    #[inline]
    fn index(&self, key: &Q) -> &V {
        &self.inner[key]
    }
}

impl<K: Hash + Eq, V, S: BuildHasher> Extend<(K, V)> for Map<K, V, S> {
    #[inline]
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<'a, K: Hash + Eq + Copy, V: Copy, S: BuildHasher> Extend<(&'a K, &'a V)> for Map<K, V, S> {
    #[inline]
    fn extend<I: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<K: Hash + Eq, V, S: BuildHasher + Default> FromIterator<(K, V)> for Map<K, V, S> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Map {
            inner: HashMap::from_iter(iter),
        }
    }
}

#[cfg(feature = "std")]
impl<K: Hash + Eq, V, const N: usize> From<[(K, V); N]> for Map<K, V, RandomState> {
    #[inline]
    fn from(entries: [(K, V); N]) -> Self {
        Map {
            inner: HashMap::from(entries),
        }
    }
}

impl<K, V, S> From<HashMap<K, V, S>> for Map<K, V, S> {
    #[inline]
    fn from(inner: HashMap<K, V, S>) -> Self {
        Map { inner }
    }
}

impl<K, V, S> From<Map<K, V, S>> for HashMap<K, V, S> {
    #[inline]
    fn from(m: Map<K, V, S>) -> Self {
        m.inner
    }
}

impl<K, V, S> IntoIterator for Map<K, V, S> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;
    #[inline]
    fn into_iter(self) -> IntoIter<K, V> {
        self.inner.into_iter()
    }
}

impl<'a, K, V, S> IntoIterator for &'a Map<K, V, S> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    #[inline]
    fn into_iter(self) -> Iter<'a, K, V> {
        self.inner.iter()
    }
}

impl<'a, K, V, S> IntoIterator for &'a mut Map<K, V, S> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;
    #[inline]
    fn into_iter(self) -> IterMut<'a, K, V> {
        self.inner.iter_mut()
    }
}

impl<K: Hash + Eq, V, S: BuildHasher + Default> crate::Map<K, V> for Map<K, V, S> {
    type Iter<'a>
        = hash_map::Iter<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    type Keys<'a>
        = hash_map::Keys<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    type Values<'a>
        = hash_map::Values<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    type ValuesMut<'a>
        = hash_map::ValuesMut<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;

    #[inline]
    fn new() -> Self {
        Self::with_hasher(S::default())
    }
    #[inline]
    fn with_capacity(capacity: usize) -> Self {
        Self::with_capacity_and_hasher(capacity, S::default())
    }
    #[inline]
    fn insert(&mut self, key: K, value: V) -> Option<V> {
        self.inner.insert(key, value)
    }
    #[inline]
    fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.get(key)
    }
    #[inline]
    fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.get_mut(key)
    }
    #[inline]
    fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.contains_key(key)
    }
    #[inline]
    fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.remove(key)
    }
    #[inline]
    fn get_or_insert_with<F: FnOnce() -> V>(&mut self, key: K, default: F) -> &mut V {
        self.inner.entry(key).or_insert_with(default)
    }
    #[inline]
    fn len(&self) -> usize {
        self.inner.len()
    }
    #[inline]
    fn clear(&mut self) {
        self.inner.clear()
    }
    #[inline]
    fn iter(&self) -> Iter<'_, K, V> {
        self.inner.iter()
    }
    #[inline]
    fn keys(&self) -> Keys<'_, K, V> {
        self.inner.keys()
    }
    #[inline]
    fn values(&self) -> Values<'_, K, V> {
        self.inner.values()
    }
    #[inline]
    fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        self.inner.values_mut()
    }
    #[inline]
    fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, keep: F) {
        self.inner.retain(keep)
    }
    #[inline]
    fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional)
    }
}
