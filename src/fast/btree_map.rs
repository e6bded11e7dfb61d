//! [`OrderedMap`]: `std::collections::BTreeMap` behind a zero-cost wrapper, with std's
//! entry and iterator types.

use alloc::collections::BTreeMap;
use core::borrow::Borrow;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::ops::{Index, RangeBounds};

use super::btree_extract::Parts;

pub use alloc::collections::btree_map::{
    Entry, IntoIter, IntoKeys, IntoValues, Iter, IterMut, Keys, OccupiedEntry, Range, RangeMut,
    VacantEntry, Values, ValuesMut,
};

/// A map ordered by its keys: `std::collections::BTreeMap` behind a zero-cost wrapper.
///
/// The wrapper is `#[repr(transparent)]` and every method is an `#[inline]` forward to
/// the std method of the same name, so it is exactly as fast as std and, like std,
/// compiled again for every key and value type. It has the same inherent methods as the
/// other ordered-map variants and implements [`OrderedMap`](crate::OrderedMap), so the
/// variants can be swapped by changing one type name. Conversions to and from
/// `BTreeMap` are free.
///
/// ```
/// use sizespeed::fast::btree_map::{Entry, OrderedMap};
///
/// let mut m = OrderedMap::new();
/// m.insert(3, "c");
/// m.insert(1, "a");
/// m.insert(2, "b");
/// assert_eq!(m.first_key_value(), Some((&1, &"a")));
/// assert_eq!(m.range(2..).map(|(k, _)| *k).collect::<Vec<_>>(), [2, 3]);
/// if let Entry::Vacant(v) = m.entry(4) {
///     v.insert("d");
/// }
/// assert_eq!(m.pop_last(), Some((4, "d")));
/// assert_eq!(m[&2], "b");
/// ```
#[repr(transparent)]
pub struct OrderedMap<K, V> {
    /// The std map every method forwards to.
    pub(crate) inner: BTreeMap<K, V>,
}

impl<K, V> OrderedMap<K, V> {
    /// Creates an empty map. Does not allocate.
    ///
    /// ```
    /// const EMPTY: sizespeed::fast::OrderedMap<u8, u8> = sizespeed::fast::OrderedMap::new();
    /// assert!(EMPTY.is_empty());
    /// ```
    #[inline]
    pub const fn new() -> Self {
        OrderedMap {
            inner: BTreeMap::new(),
        }
    }

    /// Wraps a std map.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from_std(std::collections::BTreeMap::from([(1, 2)]));
    /// assert_eq!(m[&1], 2);
    /// ```
    #[inline]
    pub const fn from_std(inner: BTreeMap<K, V>) -> Self {
        OrderedMap { inner }
    }

    /// Unwraps the std map.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(1, 2)]);
    /// assert_eq!(m.into_std().len(), 1);
    /// ```
    #[inline]
    pub fn into_std(self) -> BTreeMap<K, V> {
        self.inner
    }

    /// The std map, shared.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(1, 2)]);
    /// assert_eq!(m.as_std().len(), 1);
    /// ```
    #[inline]
    pub const fn as_std(&self) -> &BTreeMap<K, V> {
        &self.inner
    }

    /// The std map, mutably.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::new();
    /// m.as_std_mut().insert(1, 2);
    /// assert_eq!(m[&1], 2);
    /// ```
    #[inline]
    pub fn as_std_mut(&mut self) -> &mut BTreeMap<K, V> {
        &mut self.inner
    }

    /// Drops every entry.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::from([(1, 2)]);
    /// m.clear();
    /// assert!(m.is_empty());
    /// ```
    #[inline]
    pub fn clear(&mut self) {
        self.inner.clear()
    }

    /// The value under `key`.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([("a".to_string(), 1)]);
    /// assert_eq!(m.get("a"), Some(&1));
    /// ```
    #[inline]
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        self.inner.get(key)
    }

    /// The stored key and the value under `key`.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(m.get_key_value(&1), Some((&1, &'a')));
    /// ```
    #[inline]
    pub fn get_key_value<Q>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        self.inner.get_key_value(key)
    }

    /// The entry with the smallest key.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.first_key_value(), Some((&1, &'a')));
    /// ```
    #[inline]
    pub fn first_key_value(&self) -> Option<(&K, &V)>
    where
        K: Ord,
    {
        self.inner.first_key_value()
    }

    /// The entry with the smallest key, to update or remove in place.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// *m.first_entry().unwrap().get_mut() = 'z';
    /// assert_eq!(m[&1], 'z');
    /// ```
    #[inline]
    pub fn first_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>>
    where
        K: Ord,
    {
        self.inner.first_entry()
    }

    /// Removes and returns the entry with the smallest key.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.pop_first(), Some((1, 'a')));
    /// ```
    #[inline]
    pub fn pop_first(&mut self) -> Option<(K, V)>
    where
        K: Ord,
    {
        self.inner.pop_first()
    }

    /// The entry with the largest key.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.last_key_value(), Some((&2, &'b')));
    /// ```
    #[inline]
    pub fn last_key_value(&self) -> Option<(&K, &V)>
    where
        K: Ord,
    {
        self.inner.last_key_value()
    }

    /// The entry with the largest key, to update or remove in place.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.last_entry().unwrap().remove(), 'b');
    /// ```
    #[inline]
    pub fn last_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>>
    where
        K: Ord,
    {
        self.inner.last_entry()
    }

    /// Removes and returns the entry with the largest key.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.pop_last(), Some((2, 'b')));
    /// ```
    #[inline]
    pub fn pop_last(&mut self) -> Option<(K, V)>
    where
        K: Ord,
    {
        self.inner.pop_last()
    }

    /// Whether `key` is in the map.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(1, 'a')]);
    /// assert!(m.contains_key(&1));
    /// ```
    #[inline]
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        self.inner.contains_key(key)
    }

    /// The value under `key`, mutably.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::from([(1, 10)]);
    /// *m.get_mut(&1).unwrap() += 1;
    /// assert_eq!(m[&1], 11);
    /// ```
    #[inline]
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        self.inner.get_mut(key)
    }

    /// Inserts `value` under `key`, returning the value it replaced; the key already in
    /// the map is kept.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::new();
    /// assert_eq!(m.insert(1, 'a'), None);
    /// assert_eq!(m.insert(1, 'b'), Some('a'));
    /// ```
    #[inline]
    pub fn insert(&mut self, key: K, value: V) -> Option<V>
    where
        K: Ord,
    {
        self.inner.insert(key, value)
    }

    /// Removes `key`, returning its value.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(m.remove(&1), Some('a'));
    /// ```
    #[inline]
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        self.inner.remove(key)
    }

    /// Removes `key`, returning the stored key and its value.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(m.remove_entry(&1), Some((1, 'a')));
    /// ```
    #[inline]
    pub fn remove_entry<Q>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        self.inner.remove_entry(key)
    }

    /// Keeps only the entries for which `keep` returns `true`, in ascending key order.
    ///
    /// ```
    /// let mut m: sizespeed::fast::OrderedMap<u8, u8> = (0..6).map(|k| (k, k)).collect();
    /// m.retain(|k, _| k % 2 == 0);
    /// assert_eq!(m.keys().copied().collect::<Vec<_>>(), [0, 2, 4]);
    /// ```
    #[inline]
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, keep: F)
    where
        K: Ord,
    {
        self.inner.retain(keep)
    }

    /// Moves every entry of `other` into `self`, leaving `other` empty; on equal keys
    /// `other`'s entry wins.
    ///
    /// ```
    /// let mut a = sizespeed::fast::OrderedMap::from([(1, 'a'), (2, 'b')]);
    /// let mut b = sizespeed::fast::OrderedMap::from([(2, 'x'), (3, 'c')]);
    /// a.append(&mut b);
    /// assert!(b.is_empty());
    /// assert_eq!(a.values().copied().collect::<String>(), "axc");
    /// ```
    #[inline]
    pub fn append(&mut self, other: &mut Self)
    where
        K: Ord,
    {
        self.inner.append(&mut other.inner)
    }

    /// The entries whose keys lie in `range`, in ascending order; double-ended.
    ///
    /// # Panics
    /// Panics if the range starts after it ends, or if its start and end are equal and
    /// both excluded.
    ///
    /// ```
    /// use std::ops::Bound::{Excluded, Included};
    /// let m: sizespeed::fast::OrderedMap<u8, ()> = (0..10).map(|k| (k, ())).collect();
    /// let keys = |r: Vec<(&u8, &())>| r.into_iter().map(|(k, _)| *k).collect::<Vec<_>>();
    /// assert_eq!(keys(m.range(3..5).collect()), [3, 4]);
    /// assert_eq!(keys(m.range((Excluded(7), Included(9))).rev().collect()), [9, 8]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn range<Q, R>(&self, range: R) -> Range<'_, K, V>
    where
        Q: Ord + ?Sized,
        K: Borrow<Q> + Ord,
        R: RangeBounds<Q>,
    {
        self.inner.range(range)
    }

    /// The entries whose keys lie in `range`, with mutable values.
    ///
    /// # Panics
    /// As for [`range`](Self::range).
    ///
    /// ```
    /// let mut m: sizespeed::fast::OrderedMap<u8, u8> = (0..5).map(|k| (k, 0)).collect();
    /// for (_, v) in m.range_mut(..=1) {
    ///     *v = 9;
    /// }
    /// assert_eq!(m.values().copied().collect::<Vec<_>>(), [9, 9, 0, 0, 0]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn range_mut<Q, R>(&mut self, range: R) -> RangeMut<'_, K, V>
    where
        Q: Ord + ?Sized,
        K: Borrow<Q> + Ord,
        R: RangeBounds<Q>,
    {
        self.inner.range_mut(range)
    }

    /// The entry for `key`, to read, insert, update or remove in place.
    ///
    /// ```
    /// let mut counts = sizespeed::fast::OrderedMap::new();
    /// for c in "hello".chars() {
    ///     *counts.entry(c).or_insert(0) += 1;
    /// }
    /// assert_eq!(counts[&'l'], 2);
    /// ```
    #[inline]
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V>
    where
        K: Ord,
    {
        self.inner.entry(key)
    }

    /// Splits the map at `key`: `self` keeps the smaller keys, the result holds `key` and
    /// the greater ones.
    ///
    /// ```
    /// let mut a: sizespeed::fast::OrderedMap<u8, ()> = (0..5).map(|k| (k, ())).collect();
    /// let b = a.split_off(&3);
    /// assert_eq!((a.len(), b.len()), (3, 2));
    /// ```
    #[inline]
    pub fn split_off<Q>(&mut self, key: &Q) -> Self
    where
        Q: Ord + ?Sized,
        K: Borrow<Q> + Ord,
    {
        OrderedMap {
            inner: self.inner.split_off(key),
        }
    }

    /// An iterator that removes and yields, in ascending order, each entry whose key lies
    /// in `range` and for which `pred` returns `true`. Entries not reached when it is
    /// dropped stay in the map.
    ///
    /// std's `BTreeMap::extract_if` is stable since Rust 1.91, above this crate's
    /// rust-version (1.88), so this one is composed from `split_off`, `pop_first` and
    /// `append`: it costs `O(n)` steps for the whole map when dropped, where std's costs
    /// the range. While it lives the map is empty, and a leaked (`mem::forget`) iterator
    /// leaves it empty.
    ///
    /// # Panics
    /// As for [`range`](Self::range).
    ///
    /// ```
    /// let mut m: sizespeed::fast::OrderedMap<u32, u32> = (0..8).map(|i| (i, i)).collect();
    /// let odd: Vec<_> = m.extract_if(2.., |k, _| k % 2 == 1).map(|(k, _)| k).collect();
    /// assert_eq!(odd, [3, 5, 7]);
    /// assert_eq!(m.keys().copied().collect::<Vec<_>>(), [0, 1, 2, 4, 6]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn extract_if<F, R>(&mut self, range: R, pred: F) -> ExtractIf<'_, K, V, R, F>
    where
        K: Ord,
        R: RangeBounds<K>,
        F: FnMut(&K, &mut V) -> bool,
    {
        ExtractIf {
            parts: Parts::new(&mut self.inner, &range),
            _range: range,
            pred,
        }
    }

    /// Consumes the map, yielding its keys in ascending order.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.into_keys().collect::<Vec<_>>(), [1, 2]);
    /// ```
    #[inline]
    pub fn into_keys(self) -> IntoKeys<K, V> {
        self.inner.into_keys()
    }

    /// Consumes the map, yielding its values in ascending key order.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.into_values().collect::<String>(), "ab");
    /// ```
    #[inline]
    pub fn into_values(self) -> IntoValues<K, V> {
        self.inner.into_values()
    }

    /// Iterates over the entries in ascending key order; double-ended.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.iter().next_back(), Some((&2, &'b')));
    /// ```
    #[inline]
    pub fn iter(&self) -> Iter<'_, K, V> {
        self.inner.iter()
    }

    /// Iterates over the entries in ascending key order, with mutable values.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::from([(1, 1), (2, 2)]);
    /// m.iter_mut().for_each(|(_, v)| *v *= 10);
    /// assert_eq!(m[&2], 20);
    /// ```
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        self.inner.iter_mut()
    }

    /// Iterates over the keys in ascending order.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.keys().copied().collect::<Vec<_>>(), [1, 2]);
    /// ```
    #[inline]
    pub fn keys(&self) -> Keys<'_, K, V> {
        self.inner.keys()
    }

    /// Iterates over the values in ascending key order.
    ///
    /// ```
    /// let m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.values().collect::<String>(), "ab");
    /// ```
    #[inline]
    pub fn values(&self) -> Values<'_, K, V> {
        self.inner.values()
    }

    /// Iterates over the values in ascending key order, mutably.
    ///
    /// ```
    /// let mut m = sizespeed::fast::OrderedMap::from([(1, 1)]);
    /// m.values_mut().for_each(|v| *v += 1);
    /// assert_eq!(m[&1], 2);
    /// ```
    #[inline]
    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        self.inner.values_mut()
    }

    /// The number of entries.
    ///
    /// ```
    /// assert_eq!(sizespeed::fast::OrderedMap::from([(1, 'a')]).len(), 1);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether the map holds no entry.
    ///
    /// ```
    /// assert!(sizespeed::fast::OrderedMap::<u8, u8>::new().is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
}

/// The iterator of [`OrderedMap::extract_if`].
///
/// ```
/// let mut m = sizespeed::fast::OrderedMap::from([(1, 'a'), (2, 'b')]);
/// let mut it = m.extract_if(.., |_, v| *v == 'b');
/// assert_eq!(it.next(), Some((2, 'b')));
/// drop(it);
/// assert_eq!(m.len(), 1);
/// ```
pub struct ExtractIf<'a, K: Ord, V, R, F> {
    /// The map's tree, taken out and split at the range's bounds.
    parts: Parts<'a, BTreeMap<K, V>>,
    /// The range, kept for std's type signature.
    _range: R,
    /// The predicate.
    pred: F,
}

impl<K: Ord, V, R, F: FnMut(&K, &mut V) -> bool> Iterator for ExtractIf<'_, K, V, R, F> {
    type Item = (K, V);

    #[inline]
    fn next(&mut self) -> Option<(K, V)> {
        let pred = &mut self.pred;
        self.parts.next_by(|(k, v)| pred(k, v))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.parts.remaining()))
    }
}

impl<K: Ord + fmt::Debug, V: fmt::Debug, R, F> fmt::Debug for ExtractIf<'_, K, V, R, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractIf").finish_non_exhaustive()
    }
}

impl<K, V> Default for OrderedMap<K, V> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for OrderedMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl<K: Clone, V: Clone> Clone for OrderedMap<K, V> {
    #[inline]
    fn clone(&self) -> Self {
        OrderedMap {
            inner: self.inner.clone(),
        }
    }

    #[inline]
    fn clone_from(&mut self, source: &Self) {
        self.inner.clone_from(&source.inner)
    }
}

impl<K: PartialEq, V: PartialEq> PartialEq for OrderedMap<K, V> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

impl<K: Eq, V: Eq> Eq for OrderedMap<K, V> {}

impl<K: PartialOrd, V: PartialOrd> PartialOrd for OrderedMap<K, V> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        self.inner.partial_cmp(&other.inner)
    }
}

impl<K: Ord, V: Ord> Ord for OrderedMap<K, V> {
    #[inline]
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.inner.cmp(&other.inner)
    }
}

impl<K: Hash, V: Hash> Hash for OrderedMap<K, V> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.inner.hash(state)
    }
}

impl<K, Q, V> Index<&Q> for OrderedMap<K, V>
where
    K: Borrow<Q> + Ord,
    Q: Ord + ?Sized,
{
    type Output = V;

    /// # Panics
    /// Panics if the key is not in the map.
    #[inline]
    #[track_caller]
    fn index(&self, key: &Q) -> &V {
        &self.inner[key]
    }
}

impl<K: Ord, V> Extend<(K, V)> for OrderedMap<K, V> {
    #[inline]
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<'a, K: Ord + Copy, V: Copy> Extend<(&'a K, &'a V)> for OrderedMap<K, V> {
    #[inline]
    fn extend<I: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for OrderedMap<K, V> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        OrderedMap {
            inner: BTreeMap::from_iter(iter),
        }
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for OrderedMap<K, V> {
    #[inline]
    fn from(entries: [(K, V); N]) -> Self {
        OrderedMap {
            inner: BTreeMap::from(entries),
        }
    }
}

impl<K, V> From<BTreeMap<K, V>> for OrderedMap<K, V> {
    #[inline]
    fn from(inner: BTreeMap<K, V>) -> Self {
        OrderedMap { inner }
    }
}

impl<K, V> From<OrderedMap<K, V>> for BTreeMap<K, V> {
    #[inline]
    fn from(m: OrderedMap<K, V>) -> Self {
        m.inner
    }
}

impl<K, V> IntoIterator for OrderedMap<K, V> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;
    #[inline]
    fn into_iter(self) -> IntoIter<K, V> {
        self.inner.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a OrderedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    #[inline]
    fn into_iter(self) -> Iter<'a, K, V> {
        self.inner.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut OrderedMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;
    #[inline]
    fn into_iter(self) -> IterMut<'a, K, V> {
        self.inner.iter_mut()
    }
}

impl<K: Ord, V> crate::OrderedMap<K, V> for OrderedMap<K, V> {
    type Iter<'a>
        = Iter<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    type Range<'a>
        = Range<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;

    #[inline]
    fn new() -> Self {
        Self::new()
    }
    #[inline]
    fn insert(&mut self, key: K, value: V) -> Option<V> {
        self.inner.insert(key, value)
    }
    #[inline]
    fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.inner.get(key)
    }
    #[inline]
    fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.inner.get_mut(key)
    }
    #[inline]
    fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.inner.contains_key(key)
    }
    #[inline]
    fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.inner.remove(key)
    }
    #[inline]
    fn get_or_insert_with<F: FnOnce() -> V>(&mut self, key: K, default: F) -> &mut V {
        self.inner.entry(key).or_insert_with(default)
    }
    #[inline]
    fn first_key_value(&self) -> Option<(&K, &V)> {
        self.inner.first_key_value()
    }
    #[inline]
    fn last_key_value(&self) -> Option<(&K, &V)> {
        self.inner.last_key_value()
    }
    #[inline]
    fn pop_first(&mut self) -> Option<(K, V)> {
        self.inner.pop_first()
    }
    #[inline]
    fn pop_last(&mut self) -> Option<(K, V)> {
        self.inner.pop_last()
    }
    #[inline]
    #[track_caller]
    fn range<Q, R>(&self, range: R) -> Range<'_, K, V>
    where
        K: Borrow<Q>,
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
    fn iter(&self) -> Iter<'_, K, V> {
        self.inner.iter()
    }
    #[inline]
    fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, keep: F) {
        self.inner.retain(keep)
    }
}
