//! [`OrderedSet`]: `std::collections::BTreeSet` behind a zero-cost wrapper, with std's
//! iterator types.

use alloc::collections::BTreeSet;
use core::borrow::Borrow;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::ops::{BitAnd, BitOr, BitXor, RangeBounds, Sub};

use super::btree_extract::Parts;

pub use alloc::collections::btree_set::{
    Difference, Intersection, IntoIter, Iter, Range, SymmetricDifference, Union,
};

/// A set ordered by its elements: `std::collections::BTreeSet` behind a zero-cost wrapper.
///
/// The wrapper is `#[repr(transparent)]` and every method is an `#[inline]` forward to
/// the std method of the same name. It implements [`OrderedSet`](crate::OrderedSet), so
/// the variants can be swapped by changing one type name. Conversions to and from
/// `BTreeSet` are free.
///
/// ```
/// use sizespeed::fast::OrderedSet;
///
/// let mut s = OrderedSet::from([5, 1, 3]);
/// assert!(s.insert(4));
/// assert_eq!(s.first(), Some(&1));
/// assert_eq!(s.range(2..5).copied().collect::<Vec<_>>(), [3, 4]);
/// let odd = OrderedSet::from([1, 3, 5, 7]);
/// assert_eq!(&s - &odd, OrderedSet::from([4]));
/// ```
#[repr(transparent)]
pub struct OrderedSet<T> {
    /// The std set every method forwards to.
    pub(crate) inner: BTreeSet<T>,
}

impl<T> OrderedSet<T> {
    /// Creates an empty set. Does not allocate.
    ///
    /// ```
    /// const EMPTY: sizespeed::fast::OrderedSet<u8> = sizespeed::fast::OrderedSet::new();
    /// assert!(EMPTY.is_empty());
    /// ```
    #[inline]
    pub const fn new() -> Self {
        OrderedSet {
            inner: BTreeSet::new(),
        }
    }

    /// Wraps a std set.
    ///
    /// ```
    /// let s = sizespeed::fast::OrderedSet::from_std(std::collections::BTreeSet::from([1]));
    /// assert!(s.contains(&1));
    /// ```
    #[inline]
    pub const fn from_std(inner: BTreeSet<T>) -> Self {
        OrderedSet { inner }
    }

    /// Unwraps the std set.
    ///
    /// ```
    /// let s = sizespeed::fast::OrderedSet::from([1]);
    /// assert_eq!(s.into_std().len(), 1);
    /// ```
    #[inline]
    pub fn into_std(self) -> BTreeSet<T> {
        self.inner
    }

    /// The std set, shared.
    ///
    /// ```
    /// let s = sizespeed::fast::OrderedSet::from([1]);
    /// assert_eq!(s.as_std().len(), 1);
    /// ```
    #[inline]
    pub const fn as_std(&self) -> &BTreeSet<T> {
        &self.inner
    }

    /// The std set, mutably.
    ///
    /// ```
    /// let mut s = sizespeed::fast::OrderedSet::new();
    /// s.as_std_mut().insert(1);
    /// assert!(s.contains(&1));
    /// ```
    #[inline]
    pub fn as_std_mut(&mut self) -> &mut BTreeSet<T> {
        &mut self.inner
    }

    /// The elements that lie in `range`, in ascending order; double-ended.
    ///
    /// # Panics
    /// Panics if the range starts after it ends, or if its start and end are equal and
    /// both excluded.
    ///
    /// ```
    /// let s: sizespeed::fast::OrderedSet<u8> = (0..10).collect();
    /// assert_eq!(s.range(..3).rev().copied().collect::<Vec<_>>(), [2, 1, 0]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn range<K, R>(&self, range: R) -> Range<'_, T>
    where
        K: Ord + ?Sized,
        T: Borrow<K> + Ord,
        R: RangeBounds<K>,
    {
        self.inner.range(range)
    }

    /// The elements of `self` that are not in `other`, ascending.
    ///
    /// ```
    /// let a = sizespeed::fast::OrderedSet::from([1, 2, 3]);
    /// let b = sizespeed::fast::OrderedSet::from([2]);
    /// assert_eq!(a.difference(&b).copied().collect::<Vec<_>>(), [1, 3]);
    /// ```
    #[inline]
    pub fn difference<'a>(&'a self, other: &'a Self) -> Difference<'a, T>
    where
        T: Ord,
    {
        self.inner.difference(&other.inner)
    }

    /// The elements in exactly one of the two sets, ascending.
    ///
    /// ```
    /// let a = sizespeed::fast::OrderedSet::from([1, 2]);
    /// let b = sizespeed::fast::OrderedSet::from([2, 3]);
    /// assert_eq!(a.symmetric_difference(&b).copied().collect::<Vec<_>>(), [1, 3]);
    /// ```
    #[inline]
    pub fn symmetric_difference<'a>(&'a self, other: &'a Self) -> SymmetricDifference<'a, T>
    where
        T: Ord,
    {
        self.inner.symmetric_difference(&other.inner)
    }

    /// The elements in both sets, ascending.
    ///
    /// ```
    /// let a = sizespeed::fast::OrderedSet::from([1, 2]);
    /// let b = sizespeed::fast::OrderedSet::from([2, 3]);
    /// assert_eq!(a.intersection(&b).copied().collect::<Vec<_>>(), [2]);
    /// ```
    #[inline]
    pub fn intersection<'a>(&'a self, other: &'a Self) -> Intersection<'a, T>
    where
        T: Ord,
    {
        self.inner.intersection(&other.inner)
    }

    /// The elements in either set, ascending, each once.
    ///
    /// ```
    /// let a = sizespeed::fast::OrderedSet::from([1, 2]);
    /// let b = sizespeed::fast::OrderedSet::from([2, 3]);
    /// assert_eq!(a.union(&b).copied().collect::<Vec<_>>(), [1, 2, 3]);
    /// ```
    #[inline]
    pub fn union<'a>(&'a self, other: &'a Self) -> Union<'a, T>
    where
        T: Ord,
    {
        self.inner.union(&other.inner)
    }

    /// Drops every element.
    ///
    /// ```
    /// let mut s = sizespeed::fast::OrderedSet::from([1]);
    /// s.clear();
    /// assert!(s.is_empty());
    /// ```
    #[inline]
    pub fn clear(&mut self) {
        self.inner.clear()
    }

    /// Whether `value` is in the set.
    ///
    /// ```
    /// let s = sizespeed::fast::OrderedSet::from(["a".to_string()]);
    /// assert!(s.contains("a"));
    /// ```
    #[inline]
    pub fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        self.inner.contains(value)
    }

    /// The stored element equal to `value`.
    ///
    /// ```
    /// let s = sizespeed::fast::OrderedSet::from([1]);
    /// assert_eq!(s.get(&1), Some(&1));
    /// ```
    #[inline]
    pub fn get<Q>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        self.inner.get(value)
    }

    /// Whether the two sets have no element in common.
    ///
    /// ```
    /// let a = sizespeed::fast::OrderedSet::from([1]);
    /// assert!(a.is_disjoint(&sizespeed::fast::OrderedSet::from([2])));
    /// ```
    #[inline]
    pub fn is_disjoint(&self, other: &Self) -> bool
    where
        T: Ord,
    {
        self.inner.is_disjoint(&other.inner)
    }

    /// Whether every element of `self` is in `other`.
    ///
    /// ```
    /// let a = sizespeed::fast::OrderedSet::from([1]);
    /// assert!(a.is_subset(&sizespeed::fast::OrderedSet::from([1, 2])));
    /// ```
    #[inline]
    pub fn is_subset(&self, other: &Self) -> bool
    where
        T: Ord,
    {
        self.inner.is_subset(&other.inner)
    }

    /// Whether every element of `other` is in `self`.
    ///
    /// ```
    /// let a = sizespeed::fast::OrderedSet::from([1, 2]);
    /// assert!(a.is_superset(&sizespeed::fast::OrderedSet::from([2])));
    /// ```
    #[inline]
    pub fn is_superset(&self, other: &Self) -> bool
    where
        T: Ord,
    {
        self.inner.is_superset(&other.inner)
    }

    /// The smallest element.
    ///
    /// ```
    /// assert_eq!(sizespeed::fast::OrderedSet::from([2, 1]).first(), Some(&1));
    /// ```
    #[inline]
    pub fn first(&self) -> Option<&T>
    where
        T: Ord,
    {
        self.inner.first()
    }

    /// The largest element.
    ///
    /// ```
    /// assert_eq!(sizespeed::fast::OrderedSet::from([2, 1]).last(), Some(&2));
    /// ```
    #[inline]
    pub fn last(&self) -> Option<&T>
    where
        T: Ord,
    {
        self.inner.last()
    }

    /// Removes and returns the smallest element.
    ///
    /// ```
    /// let mut s = sizespeed::fast::OrderedSet::from([2, 1]);
    /// assert_eq!(s.pop_first(), Some(1));
    /// ```
    #[inline]
    pub fn pop_first(&mut self) -> Option<T>
    where
        T: Ord,
    {
        self.inner.pop_first()
    }

    /// Removes and returns the largest element.
    ///
    /// ```
    /// let mut s = sizespeed::fast::OrderedSet::from([2, 1]);
    /// assert_eq!(s.pop_last(), Some(2));
    /// ```
    #[inline]
    pub fn pop_last(&mut self) -> Option<T>
    where
        T: Ord,
    {
        self.inner.pop_last()
    }

    /// Adds `value`; returns `false` (and keeps the old element) if it was present.
    ///
    /// ```
    /// let mut s = sizespeed::fast::OrderedSet::new();
    /// assert!(s.insert(1));
    /// assert!(!s.insert(1));
    /// ```
    #[inline]
    pub fn insert(&mut self, value: T) -> bool
    where
        T: Ord,
    {
        self.inner.insert(value)
    }

    /// Adds `value`, replacing and returning an equal element already present.
    ///
    /// ```
    /// let mut s = sizespeed::fast::OrderedSet::from([1]);
    /// assert_eq!(s.replace(1), Some(1));
    /// assert_eq!(s.replace(2), None);
    /// ```
    #[inline]
    pub fn replace(&mut self, value: T) -> Option<T>
    where
        T: Ord,
    {
        self.inner.replace(value)
    }

    /// Removes `value`; returns whether it was present.
    ///
    /// ```
    /// let mut s = sizespeed::fast::OrderedSet::from([1]);
    /// assert!(s.remove(&1));
    /// ```
    #[inline]
    pub fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        self.inner.remove(value)
    }

    /// Removes and returns the stored element equal to `value`.
    ///
    /// ```
    /// let mut s = sizespeed::fast::OrderedSet::from([1]);
    /// assert_eq!(s.take(&1), Some(1));
    /// ```
    #[inline]
    pub fn take<Q>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        self.inner.take(value)
    }

    /// Keeps only the elements for which `keep` returns `true`, in ascending order.
    ///
    /// ```
    /// let mut s: sizespeed::fast::OrderedSet<u8> = (0..6).collect();
    /// s.retain(|x| x % 2 == 0);
    /// assert_eq!(s.len(), 3);
    /// ```
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F)
    where
        T: Ord,
    {
        self.inner.retain(keep)
    }

    /// Moves every element of `other` into `self`, leaving `other` empty.
    ///
    /// ```
    /// let mut a = sizespeed::fast::OrderedSet::from([1]);
    /// let mut b = sizespeed::fast::OrderedSet::from([2]);
    /// a.append(&mut b);
    /// assert_eq!((a.len(), b.len()), (2, 0));
    /// ```
    #[inline]
    pub fn append(&mut self, other: &mut Self)
    where
        T: Ord,
    {
        self.inner.append(&mut other.inner)
    }

    /// Splits the set at `value`: `self` keeps the smaller elements, the result holds
    /// `value` and the greater ones.
    ///
    /// ```
    /// let mut a: sizespeed::fast::OrderedSet<u8> = (0..5).collect();
    /// let b = a.split_off(&3);
    /// assert_eq!((a.len(), b.len()), (3, 2));
    /// ```
    #[inline]
    pub fn split_off<Q>(&mut self, value: &Q) -> Self
    where
        T: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        OrderedSet {
            inner: self.inner.split_off(value),
        }
    }

    /// An iterator that removes and yields, in ascending order, each element that lies in
    /// `range` and for which `pred` returns `true`. Elements not reached when it is
    /// dropped stay in the set.
    ///
    /// std's `BTreeSet::extract_if` is stable since Rust 1.91, above this crate's
    /// rust-version (1.88), so this one is composed from `split_off`, `pop_first` and
    /// `append` (see [`OrderedMap::extract_if`](super::OrderedMap::extract_if)).
    ///
    /// # Panics
    /// As for [`range`](Self::range).
    ///
    /// ```
    /// let mut s: sizespeed::fast::OrderedSet<u32> = (0..8).collect();
    /// let odd: Vec<_> = s.extract_if(..5, |x| x % 2 == 1).collect();
    /// assert_eq!(odd, [1, 3]);
    /// assert_eq!(s.len(), 6);
    /// ```
    #[inline]
    #[track_caller]
    pub fn extract_if<F, R>(&mut self, range: R, pred: F) -> ExtractIf<'_, T, R, F>
    where
        T: Ord,
        R: RangeBounds<T>,
        F: FnMut(&T) -> bool,
    {
        ExtractIf {
            parts: Parts::new(&mut self.inner, &range),
            _range: range,
            pred,
        }
    }

    /// Iterates over the elements in ascending order; double-ended.
    ///
    /// ```
    /// let s = sizespeed::fast::OrderedSet::from([2, 1]);
    /// assert_eq!(s.iter().copied().collect::<Vec<_>>(), [1, 2]);
    /// ```
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        self.inner.iter()
    }

    /// The number of elements.
    ///
    /// ```
    /// assert_eq!(sizespeed::fast::OrderedSet::from([1]).len(), 1);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether the set holds no element.
    ///
    /// ```
    /// assert!(sizespeed::fast::OrderedSet::<u8>::new().is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
}

/// The iterator of [`OrderedSet::extract_if`].
///
/// ```
/// let mut s = sizespeed::fast::OrderedSet::from([1, 2]);
/// assert_eq!(s.extract_if(.., |x| *x == 2).collect::<Vec<_>>(), [2]);
/// assert_eq!(s.len(), 1);
/// ```
pub struct ExtractIf<'a, T: Ord, R, F> {
    /// The set's tree, taken out and split at the range's bounds.
    parts: Parts<'a, BTreeSet<T>>,
    /// The range, kept for std's type signature.
    _range: R,
    /// The predicate.
    pred: F,
}

impl<T: Ord, R, F: FnMut(&T) -> bool> Iterator for ExtractIf<'_, T, R, F> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        let pred = &mut self.pred;
        self.parts.next_by(|x| pred(x))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.parts.remaining()))
    }
}

impl<T: Ord + fmt::Debug, R, F> fmt::Debug for ExtractIf<'_, T, R, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractIf").finish_non_exhaustive()
    }
}

impl<T> Default for OrderedSet<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for OrderedSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl<T: Clone> Clone for OrderedSet<T> {
    #[inline]
    fn clone(&self) -> Self {
        OrderedSet {
            inner: self.inner.clone(),
        }
    }

    #[inline]
    fn clone_from(&mut self, source: &Self) {
        self.inner.clone_from(&source.inner)
    }
}

impl<T: PartialEq> PartialEq for OrderedSet<T> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

impl<T: Eq> Eq for OrderedSet<T> {}

impl<T: PartialOrd> PartialOrd for OrderedSet<T> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        self.inner.partial_cmp(&other.inner)
    }
}

impl<T: Ord> Ord for OrderedSet<T> {
    #[inline]
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.inner.cmp(&other.inner)
    }
}

impl<T: Hash> Hash for OrderedSet<T> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.inner.hash(state)
    }
}

macro_rules! set_operator {
    ($trait:ident, $method:ident) => {
        impl<T: Ord + Clone> $trait<&OrderedSet<T>> for &OrderedSet<T> {
            type Output = OrderedSet<T>;
            #[inline]
            fn $method(self, rhs: &OrderedSet<T>) -> OrderedSet<T> {
                OrderedSet {
                    inner: (&self.inner).$method(&rhs.inner),
                }
            }
        }
    };
}
set_operator!(BitAnd, bitand);
set_operator!(BitOr, bitor);
set_operator!(BitXor, bitxor);
set_operator!(Sub, sub);

impl<T: Ord> Extend<T> for OrderedSet<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<'a, T: Ord + Copy + 'a> Extend<&'a T> for OrderedSet<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<T: Ord> FromIterator<T> for OrderedSet<T> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        OrderedSet {
            inner: BTreeSet::from_iter(iter),
        }
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for OrderedSet<T> {
    #[inline]
    fn from(items: [T; N]) -> Self {
        OrderedSet {
            inner: BTreeSet::from(items),
        }
    }
}

impl<T> From<BTreeSet<T>> for OrderedSet<T> {
    #[inline]
    fn from(inner: BTreeSet<T>) -> Self {
        OrderedSet { inner }
    }
}

impl<T> From<OrderedSet<T>> for BTreeSet<T> {
    #[inline]
    fn from(s: OrderedSet<T>) -> Self {
        s.inner
    }
}

impl<T> IntoIterator for OrderedSet<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    #[inline]
    fn into_iter(self) -> IntoIter<T> {
        self.inner.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a OrderedSet<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> Iter<'a, T> {
        self.inner.iter()
    }
}

impl<T: Ord> crate::OrderedSet<T> for OrderedSet<T> {
    type Iter<'a>
        = Iter<'a, T>
    where
        Self: 'a,
        T: 'a;
    type Range<'a>
        = Range<'a, T>
    where
        Self: 'a,
        T: 'a;

    #[inline]
    fn new() -> Self {
        Self::new()
    }
    #[inline]
    fn insert(&mut self, value: T) -> bool {
        self.inner.insert(value)
    }
    #[inline]
    fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.inner.contains(value)
    }
    #[inline]
    fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.inner.remove(value)
    }
    #[inline]
    fn first(&self) -> Option<&T> {
        self.inner.first()
    }
    #[inline]
    fn last(&self) -> Option<&T> {
        self.inner.last()
    }
    #[inline]
    fn pop_first(&mut self) -> Option<T> {
        self.inner.pop_first()
    }
    #[inline]
    fn pop_last(&mut self) -> Option<T> {
        self.inner.pop_last()
    }
    #[inline]
    #[track_caller]
    fn range<Q, R>(&self, range: R) -> Range<'_, T>
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
        R: RangeBounds<Q>,
    {
        self.inner.range(range)
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
