//! [`Set`]: `std::collections::HashSet` behind a zero-cost wrapper.

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash};
#[cfg(not(feature = "std"))]
use hashbrown::{hash_set as base, HashSet};
#[cfg(feature = "std")]
use std::collections::{hash_set as base, HashSet};

use crate::DefaultHashBuilder as RandomState;
use crate::TryReserveError;

mod extra;

pub use base::{
    Difference, Drain, ExtractIf, Intersection, IntoIter, Iter, SymmetricDifference, Union,
};

/// A hash set: `std::collections::HashSet` behind a zero-cost wrapper.
///
/// Every method is an `#[inline]` forward to std. It has the same inherent methods as
/// [`small::Set`](crate::small::Set) and takes the same hasher type parameter. Without
/// the `std` feature it wraps `hashbrown::HashSet`, with no default hasher (see
/// [`DefaultHashBuilder`](crate::DefaultHashBuilder)).
///
/// ```
/// let mut s = sizespeed::fast::Set::new();
/// assert!(s.insert(3));
/// assert!(!s.insert(3));
/// assert!(s.contains(&3));
/// ```
pub struct Set<T, S = RandomState> {
    pub(crate) inner: HashSet<T, S>,
}

#[cfg(feature = "std")]
impl<T> Set<T, RandomState> {
    /// Creates an empty set. Does not allocate.
    #[inline]
    pub fn new() -> Self {
        Set {
            inner: HashSet::new(),
        }
    }

    /// Creates an empty set with room for at least `capacity` elements.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        Set {
            inner: HashSet::with_capacity(capacity),
        }
    }
}

impl<T, S> Set<T, S> {
    /// Creates an empty set that hashes with `hash_builder`. Does not allocate.
    #[inline]
    pub const fn with_hasher(hash_builder: S) -> Self {
        Set {
            inner: HashSet::with_hasher(hash_builder),
        }
    }

    /// Creates an empty set with room for at least `capacity` elements, hashing with
    /// `hash_builder`.
    #[inline]
    pub fn with_capacity_and_hasher(capacity: usize, hash_builder: S) -> Self {
        Set {
            inner: HashSet::with_capacity_and_hasher(capacity, hash_builder),
        }
    }

    /// The hasher builder.
    #[inline]
    pub fn hasher(&self) -> &S {
        self.inner.hasher()
    }

    /// The number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether the set holds no element.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// The number of elements the set can hold without growing.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.inner.capacity()
    }

    /// Drops every element, keeping the allocation.
    #[inline]
    pub fn clear(&mut self) {
        self.inner.clear()
    }

    /// Iterates over the elements in unspecified order.
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        self.inner.iter()
    }

    /// Keeps only the elements for which `keep` returns `true`.
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F) {
        self.inner.retain(keep)
    }
}

impl<T: Hash + Eq, S: BuildHasher> Set<T, S> {
    /// Adds `value`. Returns `false`, keeping the element already present, if an equal
    /// element is in the set.
    #[inline]
    pub fn insert(&mut self, value: T) -> bool {
        self.inner.insert(value)
    }

    /// Whether `value` is in the set.
    #[inline]
    pub fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.contains(value)
    }

    /// The element equal to `value`.
    #[inline]
    pub fn get<Q>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.get(value)
    }

    /// Removes `value`; returns whether it was present.
    #[inline]
    pub fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.remove(value)
    }

    /// Removes and returns the element equal to `value`.
    #[inline]
    pub fn take<Q>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.take(value)
    }

    /// Reserves room for at least `additional` more elements.
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional)
    }

    /// Like [`reserve`](Self::reserve), reporting failure as an error (always as
    /// [`TryReserveError::capacity_overflow`]: std does not say why on stable Rust).
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

    /// Whether every element of `self` is in `other`.
    #[inline]
    pub fn is_subset(&self, other: &Self) -> bool {
        self.inner.is_subset(&other.inner)
    }

    /// Whether every element of `other` is in `self`.
    #[inline]
    pub fn is_superset(&self, other: &Self) -> bool {
        self.inner.is_superset(&other.inner)
    }

    /// Whether `self` and `other` have no element in common.
    #[inline]
    pub fn is_disjoint(&self, other: &Self) -> bool {
        self.inner.is_disjoint(&other.inner)
    }
}

impl<T, S: Default> Default for Set<T, S> {
    #[inline]
    fn default() -> Self {
        Set {
            inner: HashSet::default(),
        }
    }
}

impl<T: Clone, S: Clone> Clone for Set<T, S> {
    #[inline]
    fn clone(&self) -> Self {
        Set {
            inner: self.inner.clone(),
        }
    }

    #[inline]
    fn clone_from(&mut self, source: &Self) {
        self.inner.clone_from(&source.inner)
    }
}

impl<T: fmt::Debug, S> fmt::Debug for Set<T, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl<T: Hash + Eq, S: BuildHasher> PartialEq for Set<T, S> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

impl<T: Hash + Eq, S: BuildHasher> Eq for Set<T, S> {}

impl<T: Hash + Eq, S: BuildHasher> Extend<T> for Set<T, S> {
    #[inline]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<'a, T: Hash + Eq + Copy + 'a, S: BuildHasher> Extend<&'a T> for Set<T, S> {
    #[inline]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<T: Hash + Eq, S: BuildHasher + Default> FromIterator<T> for Set<T, S> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Set {
            inner: HashSet::from_iter(iter),
        }
    }
}

#[cfg(feature = "std")]
impl<T: Hash + Eq, const N: usize> From<[T; N]> for Set<T, RandomState> {
    #[inline]
    fn from(values: [T; N]) -> Self {
        Set {
            inner: HashSet::from(values),
        }
    }
}

impl<T, S> From<HashSet<T, S>> for Set<T, S> {
    #[inline]
    fn from(inner: HashSet<T, S>) -> Self {
        Set { inner }
    }
}

impl<T, S> From<Set<T, S>> for HashSet<T, S> {
    #[inline]
    fn from(s: Set<T, S>) -> Self {
        s.inner
    }
}

impl<T, S> IntoIterator for Set<T, S> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    #[inline]
    fn into_iter(self) -> IntoIter<T> {
        self.inner.into_iter()
    }
}

impl<'a, T, S> IntoIterator for &'a Set<T, S> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> Iter<'a, T> {
        self.inner.iter()
    }
}

impl<T: Hash + Eq, S: BuildHasher + Default> crate::Set<T> for Set<T, S> {
    type Iter<'a>
        = Iter<'a, T>
    where
        Self: 'a,
        T: 'a;

    #[inline]
    fn new() -> Self {
        Self::with_hasher(S::default())
    }
    #[inline]
    fn insert(&mut self, value: T) -> bool {
        self.inner.insert(value)
    }
    #[inline]
    fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.contains(value)
    }
    #[inline]
    fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.remove(value)
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
    fn iter(&self) -> Iter<'_, T> {
        self.inner.iter()
    }
    #[inline]
    fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F) {
        self.inner.retain(keep)
    }
}
