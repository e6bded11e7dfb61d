//! [`OrderedSet`]: an ordered set, an [`OrderedMap`] with `()` values.

// `match` instead of `Option::map`: a closure would be one more function per type.
#![allow(clippy::manual_map)]

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::ops::RangeBounds;

pub use super::extract::SetExtractIf as ExtractIf;
use super::map::{self, OrderedMap};
use super::set_ops::Merge;
pub use super::set_ops::{Difference, Intersection, SymmetricDifference, Union};

/// An ordered set (a B-tree) with one copy of machine code for every element type.
///
/// A [`OrderedMap<T, ()>`](OrderedMap): the API and panics of
/// `std::collections::BTreeSet`, on the shared tree core.
///
/// ```
/// let mut s = sizespeed::small::OrderedSet::new();
/// s.insert(3);
/// s.insert(1);
/// assert!(!s.insert(3));
/// assert_eq!(s.iter().copied().collect::<Vec<_>>(), [1, 3]);
/// assert_eq!(s.first(), Some(&1));
/// ```
pub struct OrderedSet<T> {
    pub(super) map: OrderedMap<T, ()>,
}

impl<T> OrderedSet<T> {
    /// Creates an empty set. Does not allocate.
    ///
    /// ```
    /// assert!(sizespeed::small::OrderedSet::<u8>::new().is_empty());
    /// ```
    #[inline]
    pub const fn new() -> Self {
        OrderedSet {
            map: OrderedMap::new(),
        }
    }

    /// The number of elements.
    ///
    /// ```
    /// assert_eq!(sizespeed::small::OrderedSet::from([1, 2]).len(), 2);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// assert!(sizespeed::small::OrderedSet::<u8>::new().is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Drops every element.
    ///
    /// ```
    /// let mut s = sizespeed::small::OrderedSet::from([1]);
    /// s.clear();
    /// assert!(s.is_empty());
    /// ```
    #[inline]
    pub fn clear(&mut self) {
        self.map.clear()
    }

    /// Iterates over the elements in order.
    ///
    /// ```
    /// let s = sizespeed::small::OrderedSet::from([2, 1]);
    /// assert_eq!(s.iter().collect::<Vec<_>>(), [&1, &2]);
    /// ```
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            inner: self.map.keys(),
        }
    }

    /// The smallest element.
    ///
    /// ```
    /// assert_eq!(sizespeed::small::OrderedSet::from([2, 1]).first(), Some(&1));
    /// ```
    #[inline]
    pub fn first(&self) -> Option<&T> {
        match self.map.first_key_value() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    /// The largest element.
    ///
    /// ```
    /// assert_eq!(sizespeed::small::OrderedSet::from([2, 1]).last(), Some(&2));
    /// ```
    #[inline]
    pub fn last(&self) -> Option<&T> {
        match self.map.last_key_value() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    /// Removes and returns the smallest element.
    ///
    /// ```
    /// let mut s = sizespeed::small::OrderedSet::from([2, 1]);
    /// assert_eq!(s.pop_first(), Some(1));
    /// ```
    #[inline]
    pub fn pop_first(&mut self) -> Option<T> {
        match self.map.pop_first() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    /// Removes and returns the largest element.
    ///
    /// ```
    /// let mut s = sizespeed::small::OrderedSet::from([2, 1]);
    /// assert_eq!(s.pop_last(), Some(2));
    /// ```
    #[inline]
    pub fn pop_last(&mut self) -> Option<T> {
        match self.map.pop_last() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    /// Keeps only the elements for which `keep` returns `true`.
    ///
    /// ```
    /// let mut s: sizespeed::small::OrderedSet<i32> = (0..6).collect();
    /// s.retain(|&x| x % 3 == 0);
    /// assert_eq!(s.into_iter().collect::<Vec<_>>(), [0, 3]);
    /// ```
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        self.map.retain(|k, _| keep(k))
    }
}

impl<T: Ord> OrderedSet<T> {
    /// Adds `value`; `false` if an equal element was present (which is kept).
    ///
    /// ```
    /// let mut s = sizespeed::small::OrderedSet::new();
    /// assert!(s.insert(1));
    /// assert!(!s.insert(1));
    /// ```
    #[inline]
    pub fn insert(&mut self, value: T) -> bool {
        match self.map.entry(value) {
            map::Entry::Occupied(_) => false,
            map::Entry::Vacant(e) => {
                e.insert(());
                true
            }
        }
    }

    /// Adds `value`, replacing and returning an equal element if there was one.
    ///
    /// ```
    /// let mut s = sizespeed::small::OrderedSet::from([1]);
    /// assert_eq!(s.replace(1), Some(1));
    /// ```
    #[inline]
    pub fn replace(&mut self, value: T) -> Option<T> {
        match self.map.search_mut(&value) {
            // SAFETY: a live key of the map, replaced in place by an equal one.
            Ok(slot) => Some(unsafe { core::ptr::replace(slot.key as *mut T, value) }),
            Err(_) => {
                self.insert(value);
                None
            }
        }
    }

    /// Whether an element equal to `value` is present.
    ///
    /// ```
    /// assert!(sizespeed::small::OrderedSet::from([1]).contains(&1));
    /// ```
    #[inline]
    pub fn contains<Q: Ord + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.contains_key(value)
    }

    /// The element equal to `value`.
    ///
    /// ```
    /// assert_eq!(sizespeed::small::OrderedSet::from([1]).get(&1), Some(&1));
    /// ```
    #[inline]
    pub fn get<Q: Ord + ?Sized>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
    {
        match self.map.get_key_value(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    /// Removes the element equal to `value`; whether there was one.
    ///
    /// ```
    /// let mut s = sizespeed::small::OrderedSet::from([1]);
    /// assert!(s.remove(&1));
    /// assert!(!s.remove(&1));
    /// ```
    #[inline]
    pub fn remove<Q: Ord + ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.remove_entry(value).is_some()
    }

    /// Removes and returns the element equal to `value`.
    ///
    /// ```
    /// let mut s = sizespeed::small::OrderedSet::from([1]);
    /// assert_eq!(s.take(&1), Some(1));
    /// ```
    #[inline]
    pub fn take<Q: Ord + ?Sized>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        match self.map.remove_entry(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    /// Iterates over the elements in `range`, in order.
    ///
    /// # Panics
    /// Panics if the range's start is greater than its end, or if both are equal and
    /// excluded.
    ///
    /// ```
    /// let s: sizespeed::small::OrderedSet<i32> = (0..10).collect();
    /// assert_eq!(s.range(4..=5).collect::<Vec<_>>(), [&4, &5]);
    /// ```
    #[inline]
    pub fn range<K: Ord + ?Sized, R: RangeBounds<K>>(&self, range: R) -> Range<'_, T>
    where
        T: Borrow<K>,
    {
        Range {
            inner: self.map.range(range),
        }
    }

    /// Moves every element of `other` into `self`, leaving it empty.
    ///
    /// ```
    /// let mut a = sizespeed::small::OrderedSet::from([1]);
    /// let mut b = sizespeed::small::OrderedSet::from([2]);
    /// a.append(&mut b);
    /// assert_eq!(a.len(), 2);
    /// ```
    #[inline]
    pub fn append(&mut self, other: &mut Self) {
        self.map.append(&mut other.map)
    }

    /// Returns the elements at least `value`, keeping the others.
    ///
    /// ```
    /// let mut a: sizespeed::small::OrderedSet<i32> = (0..4).collect();
    /// let b = a.split_off(&2);
    /// assert_eq!((a.len(), b.len()), (2, 2));
    /// ```
    #[inline]
    pub fn split_off<Q: Ord + ?Sized>(&mut self, value: &Q) -> Self
    where
        T: Borrow<Q>,
    {
        OrderedSet {
            map: self.map.split_off(value),
        }
    }

    /// The elements in `self` but not in `other`, in order.
    ///
    /// ```
    /// let a = sizespeed::small::OrderedSet::from([1, 2, 3]);
    /// let b = sizespeed::small::OrderedSet::from([2]);
    /// assert_eq!(a.difference(&b).collect::<Vec<_>>(), [&1, &3]);
    /// ```
    #[inline]
    pub fn difference<'a>(&'a self, other: &'a Self) -> Difference<'a, T> {
        Difference {
            a: self.iter(),
            b: other.iter().peekable(),
        }
    }

    /// The elements in exactly one of the two sets, in order.
    ///
    /// ```
    /// let a = sizespeed::small::OrderedSet::from([1, 2]);
    /// let b = sizespeed::small::OrderedSet::from([2, 3]);
    /// assert_eq!(a.symmetric_difference(&b).collect::<Vec<_>>(), [&1, &3]);
    /// ```
    #[inline]
    pub fn symmetric_difference<'a>(&'a self, other: &'a Self) -> SymmetricDifference<'a, T> {
        SymmetricDifference(Merge {
            a: self.iter().peekable(),
            b: other.iter().peekable(),
        })
    }

    /// The elements in both sets, in order.
    ///
    /// ```
    /// let a = sizespeed::small::OrderedSet::from([1, 2]);
    /// let b = sizespeed::small::OrderedSet::from([2, 3]);
    /// assert_eq!(a.intersection(&b).collect::<Vec<_>>(), [&2]);
    /// ```
    #[inline]
    pub fn intersection<'a>(&'a self, other: &'a Self) -> Intersection<'a, T> {
        Intersection(Merge {
            a: self.iter().peekable(),
            b: other.iter().peekable(),
        })
    }

    /// The elements in either set, in order, each once.
    ///
    /// ```
    /// let a = sizespeed::small::OrderedSet::from([1, 2]);
    /// let b = sizespeed::small::OrderedSet::from([2, 3]);
    /// assert_eq!(a.union(&b).collect::<Vec<_>>(), [&1, &2, &3]);
    /// ```
    #[inline]
    pub fn union<'a>(&'a self, other: &'a Self) -> Union<'a, T> {
        Union(Merge {
            a: self.iter().peekable(),
            b: other.iter().peekable(),
        })
    }

    /// Whether the two sets share no element.
    ///
    /// ```
    /// let a = sizespeed::small::OrderedSet::from([1]);
    /// assert!(a.is_disjoint(&sizespeed::small::OrderedSet::from([2])));
    /// ```
    pub fn is_disjoint(&self, other: &Self) -> bool {
        self.intersection(other).next().is_none()
    }

    /// Whether every element of `self` is in `other`.
    ///
    /// ```
    /// let a = sizespeed::small::OrderedSet::from([1]);
    /// assert!(a.is_subset(&sizespeed::small::OrderedSet::from([1, 2])));
    /// ```
    pub fn is_subset(&self, other: &Self) -> bool {
        self.len() <= other.len() && self.difference(other).next().is_none()
    }

    /// Whether every element of `other` is in `self`.
    ///
    /// ```
    /// let a = sizespeed::small::OrderedSet::from([1, 2]);
    /// assert!(a.is_superset(&sizespeed::small::OrderedSet::from([1])));
    /// ```
    pub fn is_superset(&self, other: &Self) -> bool {
        other.is_subset(self)
    }
}

/// An iterator over the elements of an [`OrderedSet`], in order.
///
/// ```
/// let s = sizespeed::small::OrderedSet::from([1, 2]);
/// assert_eq!(s.iter().next_back(), Some(&2));
/// ```
pub struct Iter<'a, T> {
    inner: map::Keys<'a, T, ()>,
}

/// An owning iterator over the elements of an [`OrderedSet`], in order.
///
/// ```
/// let s = sizespeed::small::OrderedSet::from([1, 2]);
/// assert_eq!(s.into_iter().next(), Some(1));
/// ```
pub struct IntoIter<T> {
    inner: map::IntoKeys<T, ()>,
}

/// An iterator over the elements of an [`OrderedSet`] in a range, in order.
///
/// ```
/// let s = sizespeed::small::OrderedSet::from([1, 2]);
/// assert_eq!(s.range(2..).next(), Some(&2));
/// ```
pub struct Range<'a, T> {
    inner: map::Range<'a, T, ()>,
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
impl<T> DoubleEndedIterator for Iter<'_, T> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back()
    }
}
impl<T> ExactSizeIterator for Iter<'_, T> {}
impl<T> FusedIterator for Iter<'_, T> {}
impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter {
            inner: self.inner.clone(),
        }
    }
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
impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        self.inner.next_back()
    }
}
impl<T> ExactSizeIterator for IntoIter<T> {}
impl<T> FusedIterator for IntoIter<T> {}

impl<'a, T> Iterator for Range<'a, T> {
    type Item = &'a T;
    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}
impl<T> DoubleEndedIterator for Range<'_, T> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        match self.inner.next_back() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}
impl<T> FusedIterator for Range<'_, T> {}
impl<T> Clone for Range<'_, T> {
    fn clone(&self) -> Self {
        Range {
            inner: self.inner.clone(),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}
impl<T: fmt::Debug> fmt::Debug for Range<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}
impl<T> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntoIter")
            .field("len", &self.inner.len())
            .finish()
    }
}

impl<T> IntoIterator for OrderedSet<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    /// Consumes the set, yielding its elements in order.
    #[inline]
    fn into_iter(self) -> IntoIter<T> {
        IntoIter {
            inner: self.map.into_keys(),
        }
    }
}

impl<'a, T> IntoIterator for &'a OrderedSet<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T: Clone> Clone for OrderedSet<T> {
    fn clone(&self) -> Self {
        OrderedSet {
            map: self.map.clone(),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for OrderedSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T> Default for OrderedSet<T> {
    /// An empty set.
    fn default() -> Self {
        OrderedSet::new()
    }
}

impl<T: PartialEq> PartialEq for OrderedSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.map == other.map
    }
}
impl<T: Eq> Eq for OrderedSet<T> {}
impl<T: PartialOrd> PartialOrd for OrderedSet<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.iter().partial_cmp(other.iter())
    }
}
impl<T: Ord> Ord for OrderedSet<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.iter().cmp(other.iter())
    }
}
impl<T: Hash> Hash for OrderedSet<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for x in self {
            x.hash(state);
        }
    }
}

impl<T: Ord> Extend<T> for OrderedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(x);
        }
    }
}
impl<'a, T: Ord + Copy + 'a> Extend<&'a T> for OrderedSet<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(*x);
        }
    }
}
impl<T: Ord> FromIterator<T> for OrderedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut s = OrderedSet::new();
        s.extend(iter);
        s
    }
}
impl<T: Ord, const N: usize> From<[T; N]> for OrderedSet<T> {
    /// ```
    /// let s = sizespeed::small::OrderedSet::from([3, 1, 3]);
    /// assert_eq!(s.len(), 2);
    /// ```
    fn from(arr: [T; N]) -> Self {
        arr.into_iter().collect()
    }
}
