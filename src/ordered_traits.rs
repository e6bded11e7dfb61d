//! The family traits of the ordered containers: [`OrderedMap`], [`OrderedSet`] and
//! [`PriorityQueue`], with the core interfaces of std's `BTreeMap`, `BTreeSet` and
//! `BinaryHeap`.
//!
//! Lookups take any borrowed form `Q` of the key, ordered as the key is, as std's do.

use alloc::vec::Vec;
use core::borrow::Borrow;
use core::ops::RangeBounds;

/// A map ordered by its keys, with `BTreeMap`'s core interface.
///
/// Iteration and ranges yield the entries in ascending key order, from either end.
///
/// ```
/// use sizespeed::OrderedMap;
///
/// fn middle<M: OrderedMap<u32, &'static str>>() -> Vec<u32> {
///     let mut m = M::new();
///     m.insert(3, "c");
///     m.insert(1, "a");
///     m.insert(2, "b");
///     m.insert(4, "d");
///     assert_eq!(m.first_key_value(), Some((&1, &"a")));
///     m.range(2..4).map(|(k, _)| *k).collect()
/// }
///
/// assert_eq!(middle::<sizespeed::fast::OrderedMap<_, _>>(), [2, 3]);
/// ```
pub trait OrderedMap<K: Ord, V>: Extend<(K, V)> + FromIterator<(K, V)> + Default {
    /// Iterator over `(&K, &V)` in ascending key order.
    type Iter<'a>: DoubleEndedIterator<Item = (&'a K, &'a V)> + ExactSizeIterator
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    /// Iterator over the entries whose keys lie in a range, in ascending key order.
    type Range<'a>: DoubleEndedIterator<Item = (&'a K, &'a V)>
    where
        Self: 'a,
        K: 'a,
        V: 'a;

    /// Creates an empty map. Does not allocate.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let m = <sizespeed::fast::OrderedMap<u8, u8> as OrderedMap<_, _>>::new();
    /// assert!(m.is_empty());
    /// ```
    fn new() -> Self;
    /// Inserts `value` under `key`, returning the value it replaced. The key already in
    /// the map is kept, as in std.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let mut m = <sizespeed::fast::OrderedMap<u8, char> as OrderedMap<_, _>>::new();
    /// assert_eq!(OrderedMap::insert(&mut m, 1, 'a'), None);
    /// assert_eq!(OrderedMap::insert(&mut m, 1, 'b'), Some('a'));
    /// ```
    fn insert(&mut self, key: K, value: V) -> Option<V>;
    /// The value under `key`.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let m = sizespeed::fast::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(OrderedMap::get(&m, &1), Some(&'a'));
    /// ```
    fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized;
    /// The value under `key`, mutably.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let mut m = sizespeed::fast::OrderedMap::from([(1, 10)]);
    /// *OrderedMap::get_mut(&mut m, &1).unwrap() += 1;
    /// assert_eq!(m[&1], 11);
    /// ```
    fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized;
    /// Whether `key` is in the map.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let m = sizespeed::fast::OrderedMap::from([(1, 'a')]);
    /// assert!(OrderedMap::contains_key(&m, &1));
    /// ```
    fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.get(key).is_some()
    }
    /// Removes `key`, returning its value.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let mut m = sizespeed::fast::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(OrderedMap::remove(&mut m, &1), Some('a'));
    /// assert_eq!(OrderedMap::remove(&mut m, &1), None);
    /// ```
    fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized;
    /// The value under `key`, inserting `default()` first if there is none.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let mut m = sizespeed::fast::OrderedMap::new();
    /// *OrderedMap::get_or_insert_with(&mut m, 'x', || 0) += 2;
    /// assert_eq!(m[&'x'], 2);
    /// ```
    fn get_or_insert_with<F: FnOnce() -> V>(&mut self, key: K, default: F) -> &mut V;
    /// The entry with the smallest key.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(OrderedMap::first_key_value(&m), Some((&1, &'a')));
    /// ```
    fn first_key_value(&self) -> Option<(&K, &V)>;
    /// The entry with the largest key.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(OrderedMap::last_key_value(&m), Some((&2, &'b')));
    /// ```
    fn last_key_value(&self) -> Option<(&K, &V)>;
    /// Removes and returns the entry with the smallest key.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let mut m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(OrderedMap::pop_first(&mut m), Some((1, 'a')));
    /// ```
    fn pop_first(&mut self) -> Option<(K, V)>;
    /// Removes and returns the entry with the largest key.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let mut m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(OrderedMap::pop_last(&mut m), Some((2, 'b')));
    /// ```
    fn pop_last(&mut self) -> Option<(K, V)>;
    /// The entries whose keys lie in `range`, in ascending order.
    ///
    /// # Panics
    /// Panics, as std does, if the range starts after it ends, or if its start and end
    /// are equal and both excluded.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let m: sizespeed::fast::OrderedMap<u8, ()> = (0..10).map(|k| (k, ())).collect();
    /// let keys: Vec<u8> = OrderedMap::range(&m, 3..=5).map(|(k, _)| *k).collect();
    /// assert_eq!(keys, [3, 4, 5]);
    /// ```
    fn range<Q, R>(&self, range: R) -> Self::Range<'_>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
        R: RangeBounds<Q>;
    /// The number of entries.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let m = sizespeed::fast::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(OrderedMap::len(&m), 1);
    /// ```
    fn len(&self) -> usize;
    /// Whether the map holds no entry.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let m = sizespeed::fast::OrderedMap::<u8, u8>::new();
    /// assert!(OrderedMap::is_empty(&m));
    /// ```
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Drops every entry.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let mut m = sizespeed::fast::OrderedMap::from([(1, 'a')]);
    /// OrderedMap::clear(&mut m);
    /// assert!(m.is_empty());
    /// ```
    fn clear(&mut self);
    /// Iterates over the entries in ascending key order.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let m = sizespeed::fast::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// let v: Vec<_> = OrderedMap::iter(&m).collect();
    /// assert_eq!(v, [(&1, &'a'), (&2, &'b')]);
    /// ```
    fn iter(&self) -> Self::Iter<'_>;
    /// Keeps only the entries for which `keep` returns `true`, visiting them in
    /// ascending key order.
    ///
    /// ```
    /// use sizespeed::OrderedMap;
    /// let mut m: sizespeed::fast::OrderedMap<u8, u8> = (0..6).map(|k| (k, k)).collect();
    /// OrderedMap::retain(&mut m, |k, _| k % 2 == 0);
    /// assert_eq!(m.len(), 3);
    /// ```
    fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, keep: F);
}

/// A set ordered by its elements, with `BTreeSet`'s core interface.
///
/// ```
/// use sizespeed::OrderedSet;
///
/// fn smallest_two<S: OrderedSet<i32>>(items: &[i32]) -> Vec<i32> {
///     let s: S = items.iter().copied().collect();
///     s.iter().take(2).copied().collect()
/// }
///
/// assert_eq!(smallest_two::<sizespeed::fast::OrderedSet<_>>(&[5, 3, 9, 3]), [3, 5]);
/// ```
pub trait OrderedSet<T: Ord>: Extend<T> + FromIterator<T> + Default {
    /// Iterator over the elements in ascending order.
    type Iter<'a>: DoubleEndedIterator<Item = &'a T> + ExactSizeIterator
    where
        Self: 'a,
        T: 'a;
    /// Iterator over the elements that lie in a range, in ascending order.
    type Range<'a>: DoubleEndedIterator<Item = &'a T>
    where
        Self: 'a,
        T: 'a;

    /// Creates an empty set. Does not allocate.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let s = <sizespeed::fast::OrderedSet<u8> as OrderedSet<_>>::new();
    /// assert!(s.is_empty());
    /// ```
    fn new() -> Self;
    /// Adds `value`; returns `false` (and keeps the old element) if it was present.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let mut s = sizespeed::fast::OrderedSet::new();
    /// assert!(OrderedSet::insert(&mut s, 1));
    /// assert!(!OrderedSet::insert(&mut s, 1));
    /// ```
    fn insert(&mut self, value: T) -> bool;
    /// Whether `value` is in the set.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let s = sizespeed::fast::OrderedSet::from([1]);
    /// assert!(OrderedSet::contains(&s, &1));
    /// ```
    fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized;
    /// Removes `value`; returns whether it was present.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let mut s = sizespeed::fast::OrderedSet::from([1]);
    /// assert!(OrderedSet::remove(&mut s, &1));
    /// assert!(!OrderedSet::remove(&mut s, &1));
    /// ```
    fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized;
    /// The smallest element.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let s = sizespeed::fast::OrderedSet::from([2, 1]);
    /// assert_eq!(OrderedSet::first(&s), Some(&1));
    /// ```
    fn first(&self) -> Option<&T>;
    /// The largest element.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let s = sizespeed::fast::OrderedSet::from([2, 1]);
    /// assert_eq!(OrderedSet::last(&s), Some(&2));
    /// ```
    fn last(&self) -> Option<&T>;
    /// Removes and returns the smallest element.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let mut s = sizespeed::fast::OrderedSet::from([2, 1]);
    /// assert_eq!(OrderedSet::pop_first(&mut s), Some(1));
    /// ```
    fn pop_first(&mut self) -> Option<T>;
    /// Removes and returns the largest element.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let mut s = sizespeed::fast::OrderedSet::from([2, 1]);
    /// assert_eq!(OrderedSet::pop_last(&mut s), Some(2));
    /// ```
    fn pop_last(&mut self) -> Option<T>;
    /// The elements that lie in `range`, in ascending order.
    ///
    /// # Panics
    /// Panics, as std does, if the range starts after it ends, or if its start and end
    /// are equal and both excluded.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let s: sizespeed::fast::OrderedSet<u8> = (0..10).collect();
    /// let v: Vec<u8> = OrderedSet::range(&s, 7..).copied().collect();
    /// assert_eq!(v, [7, 8, 9]);
    /// ```
    fn range<Q, R>(&self, range: R) -> Self::Range<'_>
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
        R: RangeBounds<Q>;
    /// The number of elements.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let s = sizespeed::fast::OrderedSet::from([1, 2]);
    /// assert_eq!(OrderedSet::len(&s), 2);
    /// ```
    fn len(&self) -> usize;
    /// Whether the set holds no element.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let s = sizespeed::fast::OrderedSet::<u8>::new();
    /// assert!(OrderedSet::is_empty(&s));
    /// ```
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Drops every element.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let mut s = sizespeed::fast::OrderedSet::from([1]);
    /// OrderedSet::clear(&mut s);
    /// assert!(s.is_empty());
    /// ```
    fn clear(&mut self);
    /// Iterates over the elements in ascending order.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let s = sizespeed::fast::OrderedSet::from([3, 1, 2]);
    /// assert_eq!(OrderedSet::iter(&s).rev().copied().collect::<Vec<_>>(), [3, 2, 1]);
    /// ```
    fn iter(&self) -> Self::Iter<'_>;
    /// Keeps only the elements for which `keep` returns `true`, visiting them in
    /// ascending order.
    ///
    /// ```
    /// use sizespeed::OrderedSet;
    /// let mut s: sizespeed::fast::OrderedSet<u8> = (0..6).collect();
    /// OrderedSet::retain(&mut s, |x| *x > 3);
    /// assert_eq!(s.len(), 2);
    /// ```
    fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F);
}

/// A priority queue (a max-heap) with `BinaryHeap`'s core interface: `pop` returns the
/// greatest element.
///
/// ```
/// use sizespeed::PriorityQueue;
///
/// fn drain_sorted<P: PriorityQueue<u32>>(items: &[u32]) -> Vec<u32> {
///     let mut q = P::new();
///     for &x in items {
///         q.push(x);
///     }
///     let mut out = Vec::new();
///     while let Some(x) = q.pop() {
///         out.push(x);
///     }
///     out
/// }
///
/// let fast = drain_sorted::<sizespeed::fast::PriorityQueue<_>>(&[3, 9, 1]);
/// let small = drain_sorted::<sizespeed::small::PriorityQueue<_>>(&[3, 9, 1]);
/// assert_eq!(fast, [9, 3, 1]);
/// assert_eq!(fast, small);
/// ```
pub trait PriorityQueue<T: Ord>: Extend<T> + FromIterator<T> + Default {
    /// Iterator over the elements in unspecified (heap) order.
    type Iter<'a>: Iterator<Item = &'a T> + ExactSizeIterator
    where
        Self: 'a,
        T: 'a;

    /// Creates an empty queue. Does not allocate.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let q = <sizespeed::small::PriorityQueue<u8> as PriorityQueue<_>>::new();
    /// assert!(q.is_empty());
    /// ```
    fn new() -> Self;
    /// Creates an empty queue with room for at least `capacity` elements.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let q = <sizespeed::small::PriorityQueue<u8> as PriorityQueue<_>>::with_capacity(8);
    /// assert!(q.capacity() >= 8);
    /// ```
    fn with_capacity(capacity: usize) -> Self;
    /// Adds `value`.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let mut q = sizespeed::small::PriorityQueue::new();
    /// PriorityQueue::push(&mut q, 4);
    /// assert_eq!(q.peek(), Some(&4));
    /// ```
    fn push(&mut self, value: T);
    /// Removes and returns the greatest element.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let mut q = sizespeed::small::PriorityQueue::from([1, 5, 2]);
    /// assert_eq!(PriorityQueue::pop(&mut q), Some(5));
    /// ```
    fn pop(&mut self) -> Option<T>;
    /// The greatest element.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let q = sizespeed::fast::PriorityQueue::from([1, 5, 2]);
    /// assert_eq!(PriorityQueue::peek(&q), Some(&5));
    /// ```
    fn peek(&self) -> Option<&T>;
    /// The number of elements.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let q = sizespeed::fast::PriorityQueue::from([1, 5, 2]);
    /// assert_eq!(PriorityQueue::len(&q), 3);
    /// ```
    fn len(&self) -> usize;
    /// Whether the queue holds no element.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let q = sizespeed::fast::PriorityQueue::<u8>::new();
    /// assert!(PriorityQueue::is_empty(&q));
    /// ```
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Drops every element, keeping the allocation.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let mut q = sizespeed::fast::PriorityQueue::from([1, 5, 2]);
    /// PriorityQueue::clear(&mut q);
    /// assert!(q.is_empty());
    /// ```
    fn clear(&mut self);
    /// Iterates over the elements in unspecified order.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let q = sizespeed::small::PriorityQueue::from([1, 5, 2]);
    /// assert_eq!(PriorityQueue::iter(&q).sum::<i32>(), 8);
    /// ```
    fn iter(&self) -> Self::Iter<'_>;
    /// Consumes the queue, returning its elements in ascending order.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let q = sizespeed::small::PriorityQueue::from([1, 5, 2]);
    /// assert_eq!(PriorityQueue::into_sorted_vec(q), [1, 2, 5]);
    /// ```
    fn into_sorted_vec(self) -> Vec<T>;
    /// Consumes the queue, returning its elements in unspecified (heap) order.
    ///
    /// ```
    /// use sizespeed::PriorityQueue;
    /// let q = sizespeed::small::PriorityQueue::from([1, 5, 2]);
    /// let mut v = PriorityQueue::into_vec(q);
    /// v.sort();
    /// assert_eq!(v, [1, 2, 5]);
    /// ```
    fn into_vec(self) -> Vec<T>;
}
