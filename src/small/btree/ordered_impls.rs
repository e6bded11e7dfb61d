//! The crate's [`OrderedMap`](crate::OrderedMap) and [`OrderedSet`](crate::OrderedSet)
//! traits for the small ordered map and set: each method forwards to the inherent one of
//! the same name.

use core::borrow::Borrow;
use core::ops::RangeBounds;

use super::map::{self, OrderedMap};
use super::set::{self, OrderedSet};

impl<K: Ord, V> crate::OrderedMap<K, V> for OrderedMap<K, V> {
    type Iter<'a>
        = map::Iter<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    type Range<'a>
        = map::Range<'a, K, V>
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
        self.insert(key, value)
    }
    #[inline]
    fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.get(key)
    }
    #[inline]
    fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.get_mut(key)
    }
    #[inline]
    fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.contains_key(key)
    }
    #[inline]
    fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.remove(key)
    }
    #[inline]
    fn get_or_insert_with<F: FnOnce() -> V>(&mut self, key: K, default: F) -> &mut V {
        self.entry(key).or_insert_with(default)
    }
    #[inline]
    fn first_key_value(&self) -> Option<(&K, &V)> {
        self.first_key_value()
    }
    #[inline]
    fn last_key_value(&self) -> Option<(&K, &V)> {
        self.last_key_value()
    }
    #[inline]
    fn pop_first(&mut self) -> Option<(K, V)> {
        self.pop_first()
    }
    #[inline]
    fn pop_last(&mut self) -> Option<(K, V)> {
        self.pop_last()
    }
    #[inline]
    fn range<Q, R>(&self, range: R) -> map::Range<'_, K, V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
        R: RangeBounds<Q>,
    {
        self.range(range)
    }
    #[inline]
    fn len(&self) -> usize {
        self.len()
    }
    #[inline]
    fn clear(&mut self) {
        self.clear()
    }
    #[inline]
    fn iter(&self) -> map::Iter<'_, K, V> {
        self.iter()
    }
    #[inline]
    fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, keep: F) {
        self.retain(keep)
    }
}

impl<T: Ord> crate::OrderedSet<T> for OrderedSet<T> {
    type Iter<'a>
        = set::Iter<'a, T>
    where
        Self: 'a,
        T: 'a;
    type Range<'a>
        = set::Range<'a, T>
    where
        Self: 'a,
        T: 'a;

    #[inline]
    fn new() -> Self {
        Self::new()
    }
    #[inline]
    fn insert(&mut self, value: T) -> bool {
        self.insert(value)
    }
    #[inline]
    fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.contains(value)
    }
    #[inline]
    fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.remove(value)
    }
    #[inline]
    fn first(&self) -> Option<&T> {
        self.first()
    }
    #[inline]
    fn last(&self) -> Option<&T> {
        self.last()
    }
    #[inline]
    fn pop_first(&mut self) -> Option<T> {
        self.pop_first()
    }
    #[inline]
    fn pop_last(&mut self) -> Option<T> {
        self.pop_last()
    }
    #[inline]
    fn range<Q, R>(&self, range: R) -> set::Range<'_, T>
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
        R: RangeBounds<Q>,
    {
        self.range(range)
    }
    #[inline]
    fn len(&self) -> usize {
        self.len()
    }
    #[inline]
    fn clear(&mut self) {
        self.clear()
    }
    #[inline]
    fn iter(&self) -> set::Iter<'_, T> {
        self.iter()
    }
    #[inline]
    fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F) {
        self.retain(keep)
    }
}

impl<K: Ord, V> From<alloc::collections::BTreeMap<K, V>> for OrderedMap<K, V> {
    /// Moves the entries of std's map into a new one, in order.
    fn from(m: alloc::collections::BTreeMap<K, V>) -> Self {
        m.into_iter().collect()
    }
}

impl<K: Ord, V> From<OrderedMap<K, V>> for alloc::collections::BTreeMap<K, V> {
    /// Moves the entries into std's map.
    fn from(m: OrderedMap<K, V>) -> Self {
        m.into_iter().collect()
    }
}

impl<T: Ord> From<alloc::collections::BTreeSet<T>> for OrderedSet<T> {
    /// Moves the elements of std's set into a new one, in order.
    fn from(s: alloc::collections::BTreeSet<T>) -> Self {
        s.into_iter().collect()
    }
}

impl<T: Ord> From<OrderedSet<T>> for alloc::collections::BTreeSet<T> {
    /// Moves the elements into std's set.
    fn from(s: OrderedSet<T>) -> Self {
        s.into_iter().collect()
    }
}
