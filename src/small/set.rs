//! [`Set`]: a hash set built on the same one-copy-of-code table as
//! [`small::Map`](crate::small::Map).

// `match` instead of `Option::map`: a closure would be one more function per type.
#![allow(clippy::manual_map)]

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::iter::FusedIterator;
use std::hash::RandomState;

use super::map::{self, Map};
use crate::TryReserveError;

/// A hash set with one copy of machine code for every element type.
///
/// A `Set<T, S>` is a [`small::Map<T, (), S>`](crate::small::Map): the zero-sized value
/// takes no room, so each bucket holds exactly one `T`, and every operation runs through
/// the same non-generic table core as the map. Requires the `std` feature.
///
/// ```
/// let mut seen = sizespeed::small::Set::new();
/// assert!(seen.insert("a".to_string()));
/// assert!(!seen.insert("a".to_string()));
/// assert!(seen.contains("a"));
/// assert_eq!(seen.take("a"), Some("a".to_string()));
/// assert!(seen.is_empty());
/// ```
pub struct Set<T, S = RandomState> {
    map: Map<T, (), S>,
}

impl<T> Set<T, RandomState> {
    /// Creates an empty set. Does not allocate.
    #[inline]
    pub fn new() -> Self {
        Set { map: Map::new() }
    }

    /// Creates an empty set with room for at least `capacity` elements.
    ///
    /// # Panics
    /// Panics if the size overflows `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Self {
        Set {
            map: Map::with_capacity(capacity),
        }
    }
}

impl<T, S> Set<T, S> {
    /// Creates an empty set that hashes with `hash_builder`. Does not allocate.
    #[inline]
    pub fn with_hasher(hash_builder: S) -> Self {
        Set {
            map: Map::with_hasher(hash_builder),
        }
    }

    /// Creates an empty set with room for at least `capacity` elements, hashing with
    /// `hash_builder`.
    #[inline]
    #[track_caller]
    pub fn with_capacity_and_hasher(capacity: usize, hash_builder: S) -> Self {
        Set {
            map: Map::with_capacity_and_hasher(capacity, hash_builder),
        }
    }

    /// The hasher builder.
    #[inline]
    pub fn hasher(&self) -> &S {
        self.map.hasher()
    }

    /// The number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the set holds no element.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The number of elements the set can hold without growing.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.map.capacity()
    }

    /// Drops every element, keeping the allocation.
    #[inline]
    pub fn clear(&mut self) {
        self.map.clear()
    }

    /// Iterates over the elements in unspecified order.
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            inner: self.map.keys(),
        }
    }

    /// Keeps only the elements for which `keep` returns `true`.
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        self.map.retain(|k, _| keep(k))
    }
}

impl<T: Hash + Eq, S: BuildHasher> Set<T, S> {
    /// Adds `value`. Returns `false`, keeping the element already present and dropping
    /// `value`, if an equal element is in the set.
    #[inline]
    #[track_caller]
    pub fn insert(&mut self, value: T) -> bool {
        self.map.insert(value, ()).is_none()
    }

    /// Whether `value` is in the set.
    #[inline]
    pub fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.map.contains_key(value)
    }

    /// The element equal to `value`.
    #[inline]
    pub fn get<Q>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        match self.map.get_key_value(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    /// Removes `value`; returns whether it was present.
    #[inline]
    pub fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.map.remove(value).is_some()
    }

    /// Removes and returns the element equal to `value`.
    #[inline]
    pub fn take<Q>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        match self.map.remove_entry(value) {
            Some((k, ())) => Some(k),
            None => None,
        }
    }

    /// Reserves room for at least `additional` more elements.
    #[inline]
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        self.map.reserve(additional)
    }

    /// Like [`reserve`](Self::reserve), reporting failure as an error.
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.map.try_reserve(additional)
    }

    /// Shrinks the capacity as much as possible.
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.map.shrink_to_fit()
    }

    /// Whether every element of `self` is in `other`.
    pub fn is_subset(&self, other: &Self) -> bool {
        self.len() <= other.len() && self.iter().all(|v| other.contains(v))
    }

    /// Whether every element of `other` is in `self`.
    pub fn is_superset(&self, other: &Self) -> bool {
        other.is_subset(self)
    }

    /// Whether `self` and `other` have no element in common.
    pub fn is_disjoint(&self, other: &Self) -> bool {
        let (small, large) = if self.len() <= other.len() {
            (self, other)
        } else {
            (other, self)
        };
        small.iter().all(|v| !large.contains(v))
    }
}

impl<T, S: Default> Default for Set<T, S> {
    #[inline]
    fn default() -> Self {
        Set {
            map: Map::default(),
        }
    }
}

impl<T: Clone, S: Clone> Clone for Set<T, S> {
    /// Clones element by element; if a clone panics, the clones made so far are dropped.
    fn clone(&self) -> Self {
        Set {
            map: self.map.clone(),
        }
    }
}

impl<T: fmt::Debug, S> fmt::Debug for Set<T, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Hash + Eq, S: BuildHasher> PartialEq for Set<T, S> {
    /// Sets are equal when they hold the same elements, whatever the order or hashers.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.is_subset(other)
    }
}

impl<T: Hash + Eq, S: BuildHasher> Eq for Set<T, S> {}

impl<T: Hash + Eq, S: BuildHasher> Extend<T> for Set<T, S> {
    #[track_caller]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.map.extend(iter.into_iter().map(|v| (v, ())))
    }
}

impl<'a, T: Hash + Eq + Copy + 'a, S: BuildHasher> Extend<&'a T> for Set<T, S> {
    #[track_caller]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied())
    }
}

impl<T: Hash + Eq, S: BuildHasher + Default> FromIterator<T> for Set<T, S> {
    #[track_caller]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut s = Self::with_hasher(S::default());
        s.extend(iter);
        s
    }
}

impl<T: Hash + Eq, const N: usize> From<[T; N]> for Set<T, RandomState> {
    #[track_caller]
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<T: Hash + Eq, S: BuildHasher + Default> crate::Set<T> for Set<T, S> {
    type Iter<'a>
        = Iter<'a, T>
    where
        Self: 'a,
        T: 'a;

    fn new() -> Self {
        Self::with_hasher(S::default())
    }
    fn insert(&mut self, value: T) -> bool {
        self.insert(value)
    }
    fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.contains(value)
    }
    fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.remove(value)
    }
    fn len(&self) -> usize {
        self.len()
    }
    fn clear(&mut self) {
        self.clear()
    }
    fn iter(&self) -> Iter<'_, T> {
        self.iter()
    }
    fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F) {
        self.retain(keep)
    }
}

/// An iterator over a [`Set`]'s elements, from [`Set::iter`].
pub struct Iter<'a, T> {
    inner: map::Keys<'a, T, ()>,
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter {
            inner: self.inner.clone(),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        self.inner.next()
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
impl<T> FusedIterator for Iter<'_, T> {}

/// An owning iterator over a [`Set`]'s elements, from `into_iter`.
pub struct IntoIter<T> {
    inner: map::IntoKeys<T, ()>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        self.inner.next()
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}
impl<T> FusedIterator for IntoIter<T> {}

impl<T, S> IntoIterator for Set<T, S> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter {
            inner: self.map.into_keys(),
        }
    }
}

impl<'a, T, S> IntoIterator for &'a Set<T, S> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}
