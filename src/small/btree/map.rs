//! [`OrderedMap`]: an ordered map whose tree code exists once in the binary.

// `match` instead of `Option::map`: a closure would be one more function per type.
#![allow(clippy::manual_map)]

use core::borrow::Borrow;
use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::ops::RangeBounds;
use core::ptr;

pub use super::entry::{Entry, OccupiedEntry, VacantEntry};
use super::extract::next_picked;
pub use super::extract::ExtractIf;
pub use super::iter::{
    IntoIter, IntoKeys, IntoValues, Iter, IterMut, Keys, Range, RangeMut, Values, ValuesMut,
};
use super::{range_of, Info, Search};
use crate::raw::btree::iter::{RawIntoIter, RawRange};
use crate::raw::btree::{Edge, Found, KvPtr, RawTree, TreeInfo};

/// An ordered map (a B-tree) with one copy of machine code for every key and value type.
///
/// Keys and values are stored unboxed in B-tree nodes of up to 11 entries, as in
/// `std::collections::BTreeMap`, whose API and panics this type follows. What differs is
/// where the code lives: the node layout is computed from the key and value layouts, and
/// searching, splitting, merging and traversal are compiled once for the whole program.
/// The only per-type code is a few-instruction shim per method and one small function
/// that compares a query with the keys of one node.
///
/// `Ord` is only called on the caller's key (or bound) and keys in the tree, never on a
/// copy. If it panics, the map is unchanged; if it is inconsistent, the map stays valid
/// (keys may be misplaced, so lookups may miss) and every entry is dropped once.
///
/// ```
/// use sizespeed::small::OrderedMap;
/// let mut m = OrderedMap::new();
/// m.insert(3, "c");
/// m.insert(1, "a");
/// m.insert(2, "b");
/// assert_eq!(m.get(&2), Some(&"b"));
/// assert_eq!(m.keys().copied().collect::<Vec<_>>(), [1, 2, 3]);
/// assert_eq!(m.range(2..).count(), 2);
/// assert_eq!(m.pop_first(), Some((1, "a")));
/// ```
pub struct OrderedMap<K, V> {
    /// The untyped tree; its kvs are `K`s and `V`s described by `Info::<K, V>::INFO`.
    pub(super) raw: RawTree,
    /// Owns `K`s and `V`s.
    pub(super) marker: PhantomData<(K, V)>,
}

// SAFETY: the map owns its keys and values like `BTreeMap`; its node pointers are unique.
unsafe impl<K: Send, V: Send> Send for OrderedMap<K, V> {}
// SAFETY: shared access only hands out `&K` and `&V`.
unsafe impl<K: Sync, V: Sync> Sync for OrderedMap<K, V> {}

/// A key and a value side by side, for moving one kv in or out of the core.
pub(super) struct Pair<K, V> {
    pub(super) key: MaybeUninit<K>,
    pub(super) val: MaybeUninit<V>,
}

impl<K, V> Pair<K, V> {
    #[inline(always)]
    pub(super) fn uninit() -> Self {
        Pair {
            key: MaybeUninit::uninit(),
            val: MaybeUninit::uninit(),
        }
    }
    #[inline(always)]
    pub(super) fn new(key: K, val: V) -> Self {
        Pair {
            key: MaybeUninit::new(key),
            val: MaybeUninit::new(val),
        }
    }
    #[inline(always)]
    pub(super) fn ptr(&mut self) -> KvPtr {
        KvPtr {
            key: self.key.as_mut_ptr() as *mut u8,
            val: self.val.as_mut_ptr() as *mut u8,
        }
    }
}

impl<K, V> Drop for OrderedMap<K, V> {
    fn drop(&mut self) {
        drop(RawIntoIter::new(&mut self.raw, Self::INFO));
    }
}

impl<K, V> OrderedMap<K, V> {
    pub(super) const INFO: &'static TreeInfo = Info::<K, V>::INFO;

    /// Creates an empty map. Does not allocate.
    ///
    /// ```
    /// let m: sizespeed::small::OrderedMap<u8, u8> = sizespeed::small::OrderedMap::new();
    /// assert!(m.is_empty());
    /// ```
    #[inline]
    pub const fn new() -> Self {
        OrderedMap {
            raw: RawTree::EMPTY,
            marker: PhantomData,
        }
    }

    /// The number of entries.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(1, 2)]);
    /// assert_eq!(m.len(), 1);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.raw.len
    }

    /// Whether the map holds no entry.
    ///
    /// ```
    /// assert!(sizespeed::small::OrderedMap::<u8, u8>::new().is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.raw.len == 0
    }

    /// Drops every entry and frees every node.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 2)]);
    /// m.clear();
    /// assert!(m.is_empty());
    /// ```
    #[inline]
    pub fn clear(&mut self) {
        drop(RawIntoIter::new(&mut self.raw, Self::INFO));
    }

    /// # Safety
    /// `p` is a live kv of this map (or none), borrowed for `'a`.
    #[inline(always)]
    unsafe fn kv_ref<'a>(p: KvPtr) -> Option<(&'a K, &'a V)> {
        if p.key.is_null() {
            None
        } else {
            // SAFETY: the caller's guarantee.
            Some(unsafe { (&*(p.key as *const K), &*(p.val as *const V)) })
        }
    }

    /// The first entry (smallest key).
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.first_key_value(), Some((&1, &'a')));
    /// ```
    #[inline]
    pub fn first_key_value(&self) -> Option<(&K, &V)> {
        // SAFETY: the tree is ours; the kv lives as long as `&self`.
        unsafe { Self::kv_ref(self.raw.end_kv(&Self::INFO.layout, true)) }
    }

    /// The last entry (largest key).
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.last_key_value(), Some((&2, &'b')));
    /// ```
    #[inline]
    pub fn last_key_value(&self) -> Option<(&K, &V)> {
        // SAFETY: as in `first_key_value`.
        unsafe { Self::kv_ref(self.raw.end_kv(&Self::INFO.layout, false)) }
    }

    /// Removes and returns the first entry.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.pop_first(), Some((1, 'a')));
    /// assert_eq!(m.len(), 1);
    /// ```
    #[inline]
    pub fn pop_first(&mut self) -> Option<(K, V)> {
        self.pop(true)
    }

    /// Removes and returns the last entry.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.pop_last(), Some((2, 'b')));
    /// ```
    #[inline]
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        self.pop(false)
    }

    #[inline(always)]
    fn pop(&mut self, first: bool) -> Option<(K, V)> {
        let mut out = Pair::<K, V>::uninit();
        // SAFETY: `out` is outside the tree; when `true`, it holds the removed kv.
        unsafe {
            if self.raw.pop(&Self::INFO.layout, first, out.ptr()) {
                Some((out.key.assume_init(), out.val.assume_init()))
            } else {
                None
            }
        }
    }

    /// Iterates over the entries in key order.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.iter().collect::<Vec<_>>(), [(&1, &'a'), (&2, &'b')]);
    /// ```
    #[inline]
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter {
            // SAFETY: the layout is the tree's.
            range: unsafe { RawRange::full(&self.raw, &Self::INFO.layout) },
            len: self.raw.len,
            marker: PhantomData,
        }
    }

    /// Iterates over the entries in key order, with mutable values.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 10)]);
    /// for (_, v) in m.iter_mut() { *v += 1; }
    /// assert_eq!(m[&1], 11);
    /// ```
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut {
            // SAFETY: the layout is the tree's.
            range: unsafe { RawRange::full(&self.raw, &Self::INFO.layout) },
            len: self.raw.len,
            marker: PhantomData,
        }
    }

    /// Iterates over the keys in order.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.keys().collect::<Vec<_>>(), [&1, &2]);
    /// ```
    #[inline]
    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.iter() }
    }

    /// Iterates over the values in key order.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.values().collect::<Vec<_>>(), [&'a', &'b']);
    /// ```
    #[inline]
    pub fn values(&self) -> Values<'_, K, V> {
        Values { inner: self.iter() }
    }

    /// Iterates over the values in key order, mutably.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 1)]);
    /// m.values_mut().for_each(|v| *v *= 5);
    /// assert_eq!(m[&1], 5);
    /// ```
    #[inline]
    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut {
            inner: self.iter_mut(),
        }
    }

    /// Consumes the map, yielding its keys in order.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.into_keys().collect::<Vec<_>>(), [1, 2]);
    /// ```
    #[inline]
    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys {
            inner: self.into_iter(),
        }
    }

    /// Consumes the map, yielding its values in key order.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(2, 'b'), (1, 'a')]);
    /// assert_eq!(m.into_values().collect::<Vec<_>>(), ['a', 'b']);
    /// ```
    #[inline]
    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues {
            inner: self.into_iter(),
        }
    }

    /// Keeps only the entries for which `keep` returns `true`, visiting them in order.
    ///
    /// Each entry is taken out of the tree before `keep` sees it and put back (at the end
    /// of a new tree) if kept, so a panic in `keep` or in a drop leaves a valid map that
    /// holds the kept entries and the ones not yet visited. As in std, the entry `keep`
    /// panicked on stays; one whose drop panicked is gone. Moving every entry costs
    /// `O(n log n)`.
    ///
    /// ```
    /// let mut m: sizespeed::small::OrderedMap<i32, i32> = (0..8).map(|k| (k, k)).collect();
    /// m.retain(|&k, _| k % 2 == 0);
    /// assert_eq!(m.into_keys().collect::<Vec<_>>(), [0, 2, 4, 6]);
    /// ```
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut keep: F) {
        /// Moves the kept entries back when dropped, after the unvisited ones.
        struct Kept<'a, K, V> {
            map: &'a mut OrderedMap<K, V>,
            kept: OrderedMap<K, V>,
        }
        impl<K, V> Drop for Kept<'_, K, V> {
            fn drop(&mut self) {
                // SAFETY: both trees hold `K`s and `V`s; every kept key is ordered before
                // every key left in `map`.
                unsafe {
                    self.map
                        .raw
                        .prepend(&OrderedMap::<K, V>::INFO.layout, &mut self.kept.raw)
                }
            }
        }
        let mut g = Kept {
            map: self,
            kept: OrderedMap::new(),
        };
        // The unvisited entries stay in `map`; an entry whose `keep` panics is kept.
        while let Some(gone) = next_picked(&mut g.kept, &mut *g.map, &mut |k, v| !keep(k, v)) {
            drop(gone);
        }
    }

    /// Moves every entry of `other` into `self`, leaving `other` empty. A key present
    /// in both takes its value from `other`.
    ///
    /// ```
    /// let mut a = sizespeed::small::OrderedMap::from([(1, 'a'), (2, 'b')]);
    /// let mut b = sizespeed::small::OrderedMap::from([(2, 'B'), (3, 'C')]);
    /// a.append(&mut b);
    /// assert!(b.is_empty());
    /// assert_eq!(a.into_iter().collect::<Vec<_>>(), [(1, 'a'), (2, 'B'), (3, 'C')]);
    /// ```
    pub fn append(&mut self, other: &mut Self)
    where
        K: Ord,
    {
        if other.is_empty() {
            return;
        }
        if self.is_empty() {
            core::mem::swap(self, other);
            return;
        }
        for (k, v) in core::mem::take(other) {
            self.insert_last_wins(k, v);
        }
    }
}

impl<K, V> OrderedMap<K, V> {
    /// Searches for `key`: `Ok` with the kv's slots, or `Err` with the leaf edge where it
    /// would go.
    #[inline(always)]
    pub(super) fn search_mut<Q>(&self, key: &Q) -> Result<KvPtr, Edge>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        let q: *const Q = key;
        // SAFETY: `q` refers to the caller's query; the tree holds `K`s.
        let f: Found = unsafe {
            self.raw.search(
                &Self::INFO.layout,
                Search::<K, Q>::FN,
                &q as *const *const Q as *const u8,
            )
        };
        if f.found {
            // SAFETY: a live kv of this map.
            Ok(unsafe { crate::raw::btree::kv(&Self::INFO.layout, f.node, f.idx) })
        } else {
            Err(Edge {
                node: f.node,
                idx: f.idx,
            })
        }
    }

    #[inline(always)]
    fn find<Q>(&self, key: &Q) -> KvPtr
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        let q: *const Q = key;
        // SAFETY: `q` refers to the caller's query; the tree holds `K`s.
        unsafe {
            self.raw.find(
                &Self::INFO.layout,
                Search::<K, Q>::FN,
                &q as *const *const Q as *const u8,
            )
        }
    }

    /// The value under `key`.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([("a".to_string(), 1)]);
    /// assert_eq!(m.get("a"), Some(&1));
    /// assert_eq!(m.get("b"), None);
    /// ```
    #[inline]
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        let p = self.find(key);
        if p.key.is_null() {
            None
        } else {
            // SAFETY: a live value, borrowed with `self`.
            Some(unsafe { &*(p.val as *const V) })
        }
    }

    /// The value under `key`, mutably.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 1)]);
    /// *m.get_mut(&1).unwrap() += 1;
    /// assert_eq!(m[&1], 2);
    /// ```
    #[inline]
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        let p = self.find(key);
        if p.key.is_null() {
            None
        } else {
            // SAFETY: a live value; `&mut self` makes the access unique.
            Some(unsafe { &mut *(p.val as *mut V) })
        }
    }

    /// The stored key and the value under `key`.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(m.get_key_value(&1), Some((&1, &'a')));
    /// ```
    #[inline]
    pub fn get_key_value<Q>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        // SAFETY: a live kv (or none), borrowed with `self`.
        unsafe { Self::kv_ref(self.find(key)) }
    }

    /// Whether `key` is in the map.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(1, 'a')]);
    /// assert!(m.contains_key(&1));
    /// ```
    #[inline]
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        !self.find(key).key.is_null()
    }

    /// Removes `key`, returning its value.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(m.remove(&1), Some('a'));
    /// assert_eq!(m.remove(&1), None);
    /// ```
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        let q: *const Q = key;
        let mut out = Pair::<K, V>::uninit();
        // SAFETY: `q` refers to the caller's query; `out` is outside the tree; when `true`
        // is returned the core has dropped the removed key and `out.val` holds the value,
        // now ours.
        unsafe {
            if self.raw.remove_value(
                Self::INFO,
                Search::<K, Q>::FN,
                &q as *const *const Q as *const u8,
                out.ptr(),
            ) {
                Some(out.val.assume_init())
            } else {
                None
            }
        }
    }

    /// Removes `key`, returning the stored key and its value.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(m.remove_entry(&1), Some((1, 'a')));
    /// ```
    pub fn remove_entry<Q>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        let q: *const Q = key;
        let mut out = Pair::<K, V>::uninit();
        // SAFETY: `q` refers to the caller's query; `out` is outside the tree and holds
        // the removed kv when `true` is returned.
        unsafe {
            if self.raw.remove(
                &Self::INFO.layout,
                Search::<K, Q>::FN,
                &q as *const *const Q as *const u8,
                out.ptr(),
            ) {
                Some((out.key.assume_init(), out.val.assume_init()))
            } else {
                None
            }
        }
    }

    /// Iterates over the entries whose keys are in `range`, in order.
    ///
    /// # Panics
    /// Panics if the range's start is greater than its end, or if both are equal and
    /// excluded.
    ///
    /// ```
    /// let m: sizespeed::small::OrderedMap<i32, ()> = (0..10).map(|k| (k, ())).collect();
    /// assert_eq!(m.range(3..6).map(|(k, _)| *k).collect::<Vec<_>>(), [3, 4, 5]);
    /// ```
    #[inline]
    pub fn range<T, R>(&self, range: R) -> Range<'_, K, V>
    where
        T: Ord + ?Sized,
        K: Borrow<T> + Ord,
        R: RangeBounds<T>,
    {
        Range {
            // SAFETY: the tree holds `K`s and `V`s.
            range: unsafe {
                range_of::<K, T>(
                    &self.raw,
                    Self::INFO,
                    range.start_bound(),
                    range.end_bound(),
                )
            },
            marker: PhantomData,
        }
    }

    /// Iterates over the entries whose keys are in `range`, in order, with mutable
    /// values.
    ///
    /// # Panics
    /// As for [`range`](Self::range).
    ///
    /// ```
    /// let mut m: sizespeed::small::OrderedMap<i32, i32> = (0..5).map(|k| (k, 0)).collect();
    /// m.range_mut(1..=2).for_each(|(_, v)| *v = 1);
    /// assert_eq!(m.values().sum::<i32>(), 2);
    /// ```
    #[inline]
    pub fn range_mut<T, R>(&mut self, range: R) -> RangeMut<'_, K, V>
    where
        T: Ord + ?Sized,
        K: Borrow<T> + Ord,
        R: RangeBounds<T>,
    {
        RangeMut {
            // SAFETY: the tree holds `K`s and `V`s.
            range: unsafe {
                range_of::<K, T>(
                    &self.raw,
                    Self::INFO,
                    range.start_bound(),
                    range.end_bound(),
                )
            },
            marker: PhantomData,
        }
    }

    /// Splits the map in two at `key`: returns the entries whose keys are at least
    /// `key`, keeping the others.
    ///
    /// ```
    /// let mut a: sizespeed::small::OrderedMap<i32, ()> = (0..6).map(|k| (k, ())).collect();
    /// let b = a.split_off(&4);
    /// assert_eq!(a.len(), 4);
    /// assert_eq!(b.into_keys().collect::<Vec<_>>(), [4, 5]);
    /// ```
    pub fn split_off<Q>(&mut self, key: &Q) -> Self
    where
        K: Borrow<Q> + Ord,
        Q: Ord + ?Sized,
    {
        let mut tail = Self::new();
        let q: *const Q = key;
        // SAFETY: `q` refers to the caller's query; both trees hold `K`s and `V`s.
        unsafe {
            self.raw.split_off(
                &Self::INFO.layout,
                Search::<K, Q>::FN,
                &q as *const *const Q as *const u8,
                &mut tail.raw,
            )
        };
        tail
    }
}

impl<K: Ord, V> OrderedMap<K, V> {
    /// Inserts `key` and `value`, replacing both if the key is present (the rule of
    /// `append` and `from_iter`: the last of equal keys wins).
    pub(super) fn insert_last_wins(&mut self, k: K, v: V) {
        match self.search_mut(&k) {
            Ok(slot) => {
                // SAFETY: a live kv of this map, replaced in place; the old key and value
                // are dropped once both slots hold the new ones.
                let old = unsafe {
                    (
                        ptr::replace(slot.key as *mut K, k),
                        ptr::replace(slot.val as *mut V, v),
                    )
                };
                drop(old);
            }
            Err(at) => {
                let mut p = Pair::new(k, v);
                // SAFETY: `at` is the leaf edge just found; `p` is handed over.
                unsafe { self.raw.insert_at(&Self::INFO.layout, at, p.ptr()) };
            }
        }
    }

    /// Inserts `value` under `key`, returning the value it replaced. As in std, a key
    /// already in the map is kept and `key` is dropped.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::new();
    /// assert_eq!(m.insert(1, 'a'), None);
    /// assert_eq!(m.insert(1, 'b'), Some('a'));
    /// ```
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        let mut p = Pair::new(key, value);
        let kv = p.ptr();
        // The query is the pair's own key, reached through the same pointer as the kv.
        let q = kv.key as *const K;
        // SAFETY: the tree holds `K`s and `V`s, described by `INFO`; the query is the
        // pair's own key; the pair is handed over (a `Pair` drops nothing). When `true` is
        // returned its value slot holds the replaced value, now ours.
        unsafe {
            if self.raw.insert(
                Self::INFO,
                Search::<K, K>::FN,
                &q as *const *const K as *const u8,
                kv,
            ) {
                Some(p.val.assume_init())
            } else {
                None
            }
        }
    }
}
