//! The entry API of [`Map`]: [`Entry`], [`OccupiedEntry`] and [`VacantEntry`].
//!
//! [`Map::entry`] hashes the key once, at its own location. If the key is absent it
//! reserves room for one more entry (so that the insertion cannot grow the table and
//! need the hasher again), then hands the key and its hash to a [`VacantEntry`], which
//! puts it into a free bucket of the probe sequence without hashing it again.

use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::marker::PhantomData;
use core::mem;
use core::ptr;

use super::{Bucket, Map};
use crate::raw::table::RawTable;

/// A view into one entry of a [`Map`], present or absent, from [`Map::entry`].
///
/// ```
/// use sizespeed::small::map::{Entry, Map};
///
/// let mut words: Map<&str, u32> = Map::new();
/// for w in ["a", "b", "a"] {
///     *words.entry(w).or_insert(0) += 1;
/// }
/// assert_eq!(words["a"], 2);
/// match words.entry("c") {
///     Entry::Occupied(_) => unreachable!(),
///     Entry::Vacant(v) => {
///         v.insert(7);
///     }
/// }
/// assert_eq!(words["c"], 7);
/// ```
pub enum Entry<'a, K: 'a, V: 'a> {
    /// The key is in the map.
    Occupied(OccupiedEntry<'a, K, V>),
    /// The key is not in the map.
    Vacant(VacantEntry<'a, K, V>),
}

/// A view into an entry that is in a [`Map`]: part of [`Entry`].
///
/// ```
/// use sizespeed::small::map::{Entry, Map};
///
/// let mut m = Map::from([("k", 1)]);
/// if let Entry::Occupied(mut o) = m.entry("k") {
///     assert_eq!(o.insert(2), 1);
///     assert_eq!(o.remove_entry(), ("k", 2));
/// }
/// assert!(m.is_empty());
/// ```
pub struct OccupiedEntry<'a, K, V> {
    /// The entry, in bucket `index` of `table`.
    elem: *mut Bucket<K, V>,
    index: usize,
    table: &'a mut RawTable,
    marker: PhantomData<&'a mut (K, V)>,
}

/// A view into an absent entry of a [`Map`]: part of [`Entry`]. It owns the key, and
/// the map has room reserved for it.
///
/// ```
/// use sizespeed::small::map::{Entry, Map};
///
/// let mut m: Map<String, u32> = Map::new();
/// if let Entry::Vacant(v) = m.entry("k".to_string()) {
///     assert_eq!(v.key(), "k");
///     *v.insert(1) += 1;
/// }
/// assert_eq!(m["k"], 2);
/// ```
pub struct VacantEntry<'a, K, V> {
    key: K,
    /// The key's hash, computed once by [`Map::entry`].
    hash: u64,
    /// The map's table, with room for one more entry.
    table: &'a mut RawTable,
    marker: PhantomData<&'a mut (K, V)>,
}

// SAFETY: a vacant entry owns a `K` and is a `&mut` to the map's table, which owns
// `K`s and `V`s; it hands out `&K` only through shared access.
unsafe impl<K: Send, V: Send> Send for VacantEntry<'_, K, V> {}
// SAFETY: as above.
unsafe impl<K: Sync, V: Sync> Sync for VacantEntry<'_, K, V> {}
// SAFETY: an occupied entry is a `&mut` to one `(K, V)` of the map.
unsafe impl<K: Send, V: Send> Send for OccupiedEntry<'_, K, V> {}
// SAFETY: shared access hands out `&K` and `&V` only.
unsafe impl<K: Sync, V: Sync> Sync for OccupiedEntry<'_, K, V> {}

impl<K: Hash + Eq, V, S: BuildHasher> Map<K, V, S> {
    /// The entry for `key`, to read, insert, update or remove in place.
    ///
    /// `key` is hashed once. If it is absent, room for one more entry is reserved now
    /// (as std does), so inserting through the [`VacantEntry`] never rehashes.
    ///
    /// # Panics
    /// Panics if the capacity overflows, or if `Hash`, `Eq` or the hasher panics (the map
    /// is then unchanged and `key` is dropped).
    ///
    /// ```
    /// let mut counts = sizespeed::small::Map::new();
    /// for c in "hello".chars() {
    ///     *counts.entry(c).or_insert(0) += 1;
    /// }
    /// assert_eq!(counts[&'l'], 2);
    /// ```
    #[inline]
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        // Handed to the core, which drops it unless it is absent (see `find_slot`).
        let mut key = mem::ManuallyDrop::new(key);
        // A mutable raw pointer: the core may drop the key through it. The query is a
        // pointer to it, which the typed hash and eq functions read as a `&K`.
        let k: *mut K = &mut *key;
        let state = &self.hash_builder as *const S as *const u8;
        // SAFETY: the functions match the table's entries and the `&K` query; the key is
        // live, not dropped here, and `VALUE.drop_key` is its drop glue.
        let (index, hash) = unsafe {
            self.raw.find_slot(
                Self::INFO,
                Self::FNS,
                state,
                &k as *const *mut K as *const u8,
                Self::VALUE.drop_key,
            )
        };
        match index {
            usize::MAX => {
                // `find_slot` has reserved room for the key.
                Entry::Vacant(VacantEntry {
                    // The core gave the key back.
                    key: mem::ManuallyDrop::into_inner(key),
                    hash,
                    table: &mut self.raw,
                    marker: PhantomData,
                })
            }
            index => Entry::Occupied(OccupiedEntry {
                // SAFETY: `index` is a full bucket.
                elem: unsafe { self.raw.bucket(Self::SIZE, index) } as *mut Bucket<K, V>,
                index,
                table: &mut self.raw,
                marker: PhantomData,
            }),
        }
    }
}

impl<'a, K, V> Entry<'a, K, V> {
    /// The value, inserting `default` first if the key is absent.
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::new();
    /// *m.entry("k").or_insert(1) += 10;
    /// assert_eq!(*m.entry("k").or_insert(100), 11);
    /// ```
    #[inline]
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(default),
        }
    }

    /// The value, inserting `default()` first if the key is absent. `default` is called
    /// only then.
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::new();
    /// m.entry("k").or_insert_with(Vec::new).push(1);
    /// assert_eq!(m["k"], [1]);
    /// ```
    #[inline]
    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(default()),
        }
    }

    /// The value, inserting `default(&key)` first if the key is absent.
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::new();
    /// assert_eq!(*m.entry("four").or_insert_with_key(|k| k.len()), 4);
    /// ```
    #[inline]
    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let value = default(&e.key);
                e.insert(value)
            }
        }
    }

    /// The entry's key: the stored one if present, else the one given to
    /// [`Map::entry`].
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::<&str, u8>::new();
    /// assert_eq!(m.entry("k").key(), &"k");
    /// ```
    #[inline]
    pub fn key(&self) -> &K {
        match self {
            Entry::Occupied(e) => e.key(),
            Entry::Vacant(e) => e.key(),
        }
    }

    /// Calls `f` on the value if the key is present; returns the entry.
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::new();
    /// m.entry("k").and_modify(|v| *v += 1).or_insert(0);
    /// m.entry("k").and_modify(|v| *v += 1).or_insert(0);
    /// assert_eq!(m["k"], 1);
    /// ```
    #[inline]
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Self {
        match self {
            Entry::Occupied(mut e) => {
                f(e.get_mut());
                Entry::Occupied(e)
            }
            Entry::Vacant(e) => Entry::Vacant(e),
        }
    }

    /// Sets the value (keeping the stored key if present) and returns the occupied
    /// entry.
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::new();
    /// let e = m.entry("k").insert_entry(1);
    /// assert_eq!(e.get(), &1);
    /// assert_eq!(*m.entry("k").insert_entry(2).get(), 2);
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
}

impl<'a, K, V: Default> Entry<'a, K, V> {
    /// The value, inserting `V::default()` first if the key is absent.
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::<&str, u32>::new();
    /// *m.entry("k").or_default() += 3;
    /// assert_eq!(m["k"], 3);
    /// ```
    #[inline]
    pub fn or_default(self) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(V::default()),
        }
    }
}

impl<'a, K, V> OccupiedEntry<'a, K, V> {
    /// The stored key.
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::from([("k", 1)]);
    /// assert_eq!(m.entry("k").key(), &"k");
    /// ```
    #[inline]
    pub fn key(&self) -> &K {
        // SAFETY: the entry is live and borrowed through `self`.
        unsafe { &(*self.elem).key }
    }

    /// Removes the entry, returning the stored key and the value.
    ///
    /// ```
    /// use sizespeed::small::map::{Entry, Map};
    /// let mut m = Map::from([("k", 1)]);
    /// let Entry::Occupied(o) = m.entry("k") else { unreachable!() };
    /// assert_eq!(o.remove_entry(), ("k", 1));
    /// ```
    #[inline]
    pub fn remove_entry(self) -> (K, V) {
        // SAFETY: bucket `index` is full and holds `elem`; once erased, the entry is ours
        // and is moved out at once.
        let Bucket { key, value } = unsafe {
            self.table.erase(self.index);
            ptr::read(self.elem)
        };
        (key, value)
    }

    /// The value.
    ///
    /// ```
    /// use sizespeed::small::map::{Entry, Map};
    /// let mut m = Map::from([("k", 1)]);
    /// let Entry::Occupied(o) = m.entry("k") else { unreachable!() };
    /// assert_eq!(o.get(), &1);
    /// ```
    #[inline]
    pub fn get(&self) -> &V {
        // SAFETY: the entry is live and borrowed through `self`.
        unsafe { &(*self.elem).value }
    }

    /// The value, mutably, for as long as the entry is borrowed (see
    /// [`into_mut`](Self::into_mut) for a longer borrow).
    ///
    /// ```
    /// use sizespeed::small::map::{Entry, Map};
    /// let mut m = Map::from([("k", 1)]);
    /// if let Entry::Occupied(mut o) = m.entry("k") {
    ///     *o.get_mut() += 1;
    /// }
    /// assert_eq!(m["k"], 2);
    /// ```
    #[inline]
    pub fn get_mut(&mut self) -> &mut V {
        // SAFETY: the entry is live and uniquely borrowed through `self`.
        unsafe { &mut (*self.elem).value }
    }

    /// The value, mutably, for as long as the map is borrowed.
    ///
    /// ```
    /// use sizespeed::small::map::{Entry, Map};
    /// let mut m = Map::from([("k", 1)]);
    /// let Entry::Occupied(o) = m.entry("k") else { unreachable!() };
    /// *o.into_mut() = 5;
    /// assert_eq!(m["k"], 5);
    /// ```
    #[inline]
    pub fn into_mut(self) -> &'a mut V {
        // SAFETY: the entry is live and the map is uniquely borrowed for `'a`.
        unsafe { &mut (*self.elem).value }
    }

    /// Replaces the value, returning the old one. The stored key is kept.
    ///
    /// ```
    /// use sizespeed::small::map::{Entry, Map};
    /// let mut m = Map::from([("k", 1)]);
    /// let Entry::Occupied(mut o) = m.entry("k") else { unreachable!() };
    /// assert_eq!(o.insert(2), 1);
    /// ```
    #[inline]
    pub fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }

    /// Removes the entry, returning the value; the stored key is dropped.
    ///
    /// ```
    /// use sizespeed::small::map::{Entry, Map};
    /// let mut m = Map::from([("k", 1)]);
    /// let Entry::Occupied(o) = m.entry("k") else { unreachable!() };
    /// assert_eq!(o.remove(), 1);
    /// assert!(m.is_empty());
    /// ```
    #[inline]
    pub fn remove(self) -> V {
        self.remove_entry().1
    }
}

impl<'a, K, V> VacantEntry<'a, K, V> {
    /// The key that would be inserted.
    ///
    /// ```
    /// use sizespeed::small::map::{Entry, Map};
    /// let mut m = Map::<&str, u8>::new();
    /// let Entry::Vacant(v) = m.entry("k") else { unreachable!() };
    /// assert_eq!(v.key(), &"k");
    /// ```
    #[inline]
    pub fn key(&self) -> &K {
        &self.key
    }

    /// Gives the key back without inserting.
    ///
    /// ```
    /// use sizespeed::small::map::{Entry, Map};
    /// let mut m = Map::<String, u8>::new();
    /// let Entry::Vacant(v) = m.entry("k".to_string()) else { unreachable!() };
    /// assert_eq!(v.into_key(), "k");
    /// assert!(m.is_empty());
    /// ```
    #[inline]
    pub fn into_key(self) -> K {
        self.key
    }

    /// Inserts the key with `value`; returns the value, mutably, for as long as the map
    /// is borrowed.
    ///
    /// ```
    /// use sizespeed::small::map::{Entry, Map};
    /// let mut m = Map::new();
    /// let Entry::Vacant(v) = m.entry("k") else { unreachable!() };
    /// *v.insert(1) += 1;
    /// assert_eq!(m["k"], 2);
    /// ```
    #[inline]
    pub fn insert(self, value: V) -> &'a mut V {
        self.insert_entry(value).into_mut()
    }

    /// Inserts the key with `value` and returns the now occupied entry.
    ///
    /// ```
    /// use sizespeed::small::map::{Entry, Map};
    /// let mut m = Map::new();
    /// let Entry::Vacant(v) = m.entry("k") else { unreachable!() };
    /// let o = v.insert_entry(1);
    /// assert_eq!((o.key(), o.get()), (&"k", &1));
    /// ```
    #[inline]
    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        let VacantEntry {
            key, hash, table, ..
        } = self;
        // SAFETY: `Map::entry` reserved room and the key is absent; the claimed bucket is
        // filled at once by a move, which cannot panic.
        unsafe {
            let index = table.claim(mem::size_of::<Bucket<K, V>>(), hash);
            let elem = table.bucket(mem::size_of::<Bucket<K, V>>(), index) as *mut Bucket<K, V>;
            elem.write(Bucket { key, value });
            OccupiedEntry {
                elem,
                index,
                table,
                marker: PhantomData,
            }
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Entry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Occupied(e) => f.debug_tuple("Entry").field(e).finish(),
            Entry::Vacant(e) => f.debug_tuple("Entry").field(e).finish(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for OccupiedEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedEntry")
            .field("key", self.key())
            .field("value", self.get())
            .finish_non_exhaustive()
    }
}

impl<K: fmt::Debug, V> fmt::Debug for VacantEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("VacantEntry").field(self.key()).finish()
    }
}
