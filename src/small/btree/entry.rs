//! The entry API of [`OrderedMap`]: one search, then insertion or removal at the place
//! found, without comparing again.

use core::fmt;

use super::map::{OrderedMap, Pair};
use crate::raw::btree::{kv, Edge, Found};

/// A view into one entry of an [`OrderedMap`], vacant or occupied.
///
/// ```
/// let mut m = sizespeed::small::OrderedMap::new();
/// *m.entry("a").or_insert(0) += 1;
/// *m.entry("a").or_insert(0) += 1;
/// assert_eq!(m["a"], 2);
/// ```
pub enum Entry<'a, K, V> {
    /// The key is absent.
    Vacant(VacantEntry<'a, K, V>),
    /// The key is present.
    Occupied(OccupiedEntry<'a, K, V>),
}

/// An absent key of an [`OrderedMap`] and the place it would go.
///
/// ```
/// use sizespeed::small::btree::map::Entry;
/// let mut m = sizespeed::small::OrderedMap::<u8, u8>::new();
/// if let Entry::Vacant(e) = m.entry(1) { e.insert(2); }
/// assert_eq!(m[&1], 2);
/// ```
pub struct VacantEntry<'a, K, V> {
    key: K,
    at: Edge,
    map: &'a mut OrderedMap<K, V>,
}

/// A present key of an [`OrderedMap`].
///
/// ```
/// use sizespeed::small::btree::map::Entry;
/// let mut m = sizespeed::small::OrderedMap::from([(1, 1)]);
/// if let Entry::Occupied(e) = m.entry(1) { assert_eq!(e.remove(), 1); }
/// assert!(m.is_empty());
/// ```
pub struct OccupiedEntry<'a, K, V> {
    found: Found,
    map: &'a mut OrderedMap<K, V>,
}

impl<K: Ord, V> OrderedMap<K, V> {
    /// The entry for `key`, for in-place manipulation.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::new();
    /// m.entry(1).and_modify(|v| *v += 1).or_insert(10);
    /// m.entry(1).and_modify(|v| *v += 1).or_insert(10);
    /// assert_eq!(m[&1], 11);
    /// ```
    #[inline]
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let q: *const K = &key;
        // SAFETY: `q` refers to the caller's key; the tree holds `K`s.
        let found = unsafe {
            self.raw.search(
                &Self::INFO.layout,
                super::Search::<K, K>::FN,
                &q as *const *const K as *const u8,
            )
        };
        if found.found {
            Entry::Occupied(OccupiedEntry { found, map: self })
        } else {
            Entry::Vacant(VacantEntry {
                key,
                at: Edge {
                    node: found.node,
                    idx: found.idx,
                },
                map: self,
            })
        }
    }
}

impl<K: Ord, V> OrderedMap<K, V> {
    /// The entry of the first (smallest) key, if any.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 'a'), (2, 'b')]);
    /// assert_eq!(m.first_entry().map(|e| e.remove()), Some('a'));
    /// ```
    #[inline]
    pub fn first_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>> {
        self.end_entry(true)
    }

    /// The entry of the last (largest) key, if any.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 'a'), (2, 'b')]);
    /// *m.last_entry().unwrap().get_mut() = 'z';
    /// assert_eq!(m[&2], 'z');
    /// ```
    #[inline]
    pub fn last_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>> {
        self.end_entry(false)
    }

    #[inline(always)]
    fn end_entry(&mut self, first: bool) -> Option<OccupiedEntry<'_, K, V>> {
        // SAFETY: the tree's layout.
        let e = unsafe { self.raw.end_edge(&Self::INFO.layout, first) };
        if e.node.is_null() {
            return None;
        }
        Some(OccupiedEntry {
            found: Found {
                node: e.node,
                height: 0,
                idx: if first { 0 } else { e.idx - 1 },
                found: true,
            },
            map: self,
        })
    }
}

impl<'a, K: Ord, V> Entry<'a, K, V> {
    /// The value, inserting `default` if the key is absent.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::new();
    /// assert_eq!(*m.entry(1).or_insert(5), 5);
    /// ```
    #[inline]
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(default),
        }
    }

    /// The value, inserting `f()` if the key is absent.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::new();
    /// assert_eq!(*m.entry(1).or_insert_with(|| 5), 5);
    /// ```
    #[inline]
    pub fn or_insert_with<F: FnOnce() -> V>(self, f: F) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(f()),
        }
    }

    /// The value, inserting `f(&key)` if the key is absent.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::new();
    /// assert_eq!(*m.entry(3).or_insert_with_key(|k| k * 2), 6);
    /// ```
    #[inline]
    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, f: F) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let v = f(&e.key);
                e.insert(v)
            }
        }
    }

    /// The value, inserting `V::default()` if the key is absent.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::<u8, u32>::new();
    /// *m.entry(1).or_default() += 4;
    /// assert_eq!(m[&1], 4);
    /// ```
    #[inline]
    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }

    /// Runs `f` on the value if the key is present.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 1)]);
    /// m.entry(1).and_modify(|v| *v = 9);
    /// assert_eq!(m[&1], 9);
    /// ```
    #[inline]
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Self {
        match self {
            Entry::Occupied(mut e) => {
                f(e.get_mut());
                Entry::Occupied(e)
            }
            e => e,
        }
    }

    /// Sets the entry's value to `value`, inserting the key if it is absent, and returns
    /// the occupied entry. A key already present is kept (the given one is dropped).
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::new();
    /// let o = m.entry("k").insert_entry(1);
    /// assert_eq!(*o.get(), 1);
    /// assert_eq!(*m.entry("k").insert_entry(2).get(), 2);
    /// assert_eq!(m.len(), 1);
    /// ```
    #[inline]
    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        match self {
            Entry::Occupied(mut e) => {
                e.insert(value);
                e
            }
            Entry::Vacant(e) => e.insert_entry(value),
        }
    }

    /// The entry's key.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::<u8, u8>::new();
    /// assert_eq!(m.entry(7).key(), &7);
    /// ```
    #[inline]
    pub fn key(&self) -> &K {
        match self {
            Entry::Occupied(e) => e.key(),
            Entry::Vacant(e) => e.key(),
        }
    }
}

impl<'a, K: Ord, V> VacantEntry<'a, K, V> {
    /// The key that would be inserted.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::<u8, u8>::new();
    /// if let Entry::Vacant(e) = m.entry(1) { assert_eq!(e.key(), &1); }
    /// ```
    #[inline]
    pub fn key(&self) -> &K {
        &self.key
    }

    /// Takes the key back.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::<u8, u8>::new();
    /// if let Entry::Vacant(e) = m.entry(1) { assert_eq!(e.into_key(), 1); }
    /// ```
    #[inline]
    pub fn into_key(self) -> K {
        self.key
    }

    /// Inserts `value` under the key, returning it mutably.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::<u8, u8>::new();
    /// if let Entry::Vacant(e) = m.entry(1) { *e.insert(2) += 1; }
    /// assert_eq!(m[&1], 3);
    /// ```
    #[inline]
    pub fn insert(self, value: V) -> &'a mut V {
        self.insert_entry(value).into_mut()
    }

    /// Inserts `value` under the key and returns the entry now occupied.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::<u8, u8>::new();
    /// if let Entry::Vacant(e) = m.entry(1) {
    ///     let o = e.insert_entry(2);
    ///     assert_eq!((o.key(), o.get()), (&1, &2));
    /// }
    /// ```
    #[inline]
    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        let mut p = Pair::new(self.key, value);
        // SAFETY: `at` is the leaf edge found by `entry`, and the map has not changed
        // since (it is borrowed by `self`); `p` is handed over.
        let at = unsafe {
            self.map
                .raw
                .insert_at(&OrderedMap::<K, V>::INFO.layout, self.at, p.ptr())
        };
        OccupiedEntry {
            found: Found {
                node: at.node,
                height: 0,
                idx: at.idx,
                found: true,
            },
            map: self.map,
        }
    }
}

impl<'a, K: Ord, V> OccupiedEntry<'a, K, V> {
    #[inline(always)]
    fn slots(&self) -> crate::raw::btree::KvPtr {
        // SAFETY: the kv found by `entry`, unchanged since.
        unsafe {
            kv(
                &OrderedMap::<K, V>::INFO.layout,
                self.found.node,
                self.found.idx,
            )
        }
    }

    /// The stored key.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 1)]);
    /// if let Entry::Occupied(e) = m.entry(1) { assert_eq!(e.key(), &1); }
    /// ```
    #[inline]
    pub fn key(&self) -> &K {
        // SAFETY: a live key, borrowed with `self`.
        unsafe { &*(self.slots().key as *const K) }
    }

    /// The value.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 5)]);
    /// if let Entry::Occupied(e) = m.entry(1) { assert_eq!(e.get(), &5); }
    /// ```
    #[inline]
    pub fn get(&self) -> &V {
        // SAFETY: a live value, borrowed with `self`.
        unsafe { &*(self.slots().val as *const V) }
    }

    /// The value, mutably.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 5)]);
    /// if let Entry::Occupied(mut e) = m.entry(1) { *e.get_mut() = 6; }
    /// assert_eq!(m[&1], 6);
    /// ```
    #[inline]
    pub fn get_mut(&mut self) -> &mut V {
        // SAFETY: a live value, uniquely borrowed with `self`.
        unsafe { &mut *(self.slots().val as *mut V) }
    }

    /// The value, mutably, for as long as the map is borrowed.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 5)]);
    /// if let Entry::Occupied(e) = m.entry(1) { *e.into_mut() = 7; }
    /// assert_eq!(m[&1], 7);
    /// ```
    #[inline]
    pub fn into_mut(self) -> &'a mut V {
        // SAFETY: a live value of the map borrowed for `'a`.
        unsafe { &mut *(self.slots().val as *mut V) }
    }

    /// Replaces the value, returning the old one.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 5)]);
    /// if let Entry::Occupied(mut e) = m.entry(1) { assert_eq!(e.insert(8), 5); }
    /// assert_eq!(m[&1], 8);
    /// ```
    #[inline]
    pub fn insert(&mut self, value: V) -> V {
        core::mem::replace(self.get_mut(), value)
    }

    /// Removes the entry, returning its value.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 5)]);
    /// if let Entry::Occupied(e) = m.entry(1) { assert_eq!(e.remove(), 5); }
    /// ```
    #[inline]
    pub fn remove(self) -> V {
        self.remove_entry().1
    }

    /// Removes the entry, returning its key and value.
    ///
    /// ```
    /// use sizespeed::small::btree::map::Entry;
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 5)]);
    /// if let Entry::Occupied(e) = m.entry(1) { assert_eq!(e.remove_entry(), (1, 5)); }
    /// ```
    #[inline]
    pub fn remove_entry(self) -> (K, V) {
        let mut out = Pair::<K, V>::uninit();
        let f = self.found;
        // SAFETY: the kv found by `entry`, unchanged since; `out` receives it.
        unsafe {
            self.map.raw.remove_kv(
                &OrderedMap::<K, V>::INFO.layout,
                f.node,
                f.height,
                f.idx,
                out.ptr(),
            );
            (out.key.assume_init(), out.val.assume_init())
        }
    }
}

impl<K: fmt::Debug + Ord, V: fmt::Debug> fmt::Debug for Entry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Vacant(e) => f.debug_tuple("Entry").field(e).finish(),
            Entry::Occupied(e) => f.debug_tuple("Entry").field(e).finish(),
        }
    }
}

impl<K: fmt::Debug + Ord, V> fmt::Debug for VacantEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("VacantEntry").field(self.key()).finish()
    }
}

impl<K: fmt::Debug + Ord, V: fmt::Debug> fmt::Debug for OccupiedEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedEntry")
            .field("key", self.key())
            .field("value", self.get())
            .finish()
    }
}
