//! The entry API, `drain`, `extract_if` and `get_disjoint_mut` of [`Map`]: forwards to
//! the std (or, without `std`, hashbrown) methods of the same names.
//!
//! `extract_if` forwards to std 1.88's and `get_disjoint_mut` to std 1.86's, which is
//! why the crate's `rust-version` is 1.88.

use core::borrow::Borrow;
use core::hash::{BuildHasher, Hash};

use super::{base, Map};
use base::{Drain, Entry, ExtractIf};

impl<K, V, S> Map<K, V, S> {
    /// Removes every entry, yielding them; the allocation is kept. The map is empty even
    /// if the iterator is not used up.
    ///
    /// ```
    /// let mut m = sizespeed::fast::Map::from([(1, 'a')]);
    /// assert_eq!(m.drain().collect::<Vec<_>>(), [(1, 'a')]);
    /// assert!(m.is_empty());
    /// ```
    #[inline]
    pub fn drain(&mut self) -> Drain<'_, K, V> {
        self.inner.drain()
    }

    /// An iterator that removes and yields each entry for which `pred` returns `true`.
    /// Entries not reached when it is dropped stay in the map. (std 1.88.)
    ///
    /// ```
    /// let mut m: sizespeed::fast::Map<u32, u32> = (0..8).map(|i| (i, i)).collect();
    /// assert_eq!(m.extract_if(|k, _| k % 2 == 0).count(), 4);
    /// assert_eq!(m.len(), 4);
    /// ```
    #[inline]
    #[cfg(feature = "std")]
    pub fn extract_if<F: FnMut(&K, &mut V) -> bool>(&mut self, pred: F) -> ExtractIf<'_, K, V, F> {
        self.inner.extract_if(pred)
    }

    /// An iterator that removes and yields each entry for which `pred` returns `true`.
    /// Entries not reached when it is dropped stay in the map.
    #[inline]
    #[cfg(not(feature = "std"))]
    pub fn extract_if<F: FnMut(&K, &mut V) -> bool>(&mut self, pred: F) -> ExtractIf<'_, K, V, F> {
        self.inner.extract_if(pred)
    }
}

impl<K: Hash + Eq, V, S: BuildHasher> Map<K, V, S> {
    /// The entry for `key`, to read, insert, update or remove in place.
    ///
    /// ```
    /// use sizespeed::fast::map::{Entry, Map};
    ///
    /// let mut counts = Map::new();
    /// for c in "hello".chars() {
    ///     *counts.entry(c).or_insert(0) += 1;
    /// }
    /// assert_eq!(counts[&'l'], 2);
    /// match counts.entry('z') {
    ///     Entry::Occupied(_) => unreachable!(),
    ///     Entry::Vacant(v) => {
    ///         v.insert(0);
    ///     }
    /// }
    /// ```
    #[inline]
    #[cfg(feature = "std")]
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        self.inner.entry(key)
    }

    /// The entry for `key`, to read, insert, update or remove in place. (Without `std`,
    /// hashbrown's entry, which also names the hasher type.)
    #[inline]
    #[cfg(not(feature = "std"))]
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V, S> {
        self.inner.entry(key)
    }

    /// Mutable references to the values of `N` keys at once; `None` for an absent key.
    /// (std 1.86.)
    ///
    /// # Panics
    /// Panics if two of the keys name the same entry.
    ///
    /// ```
    /// let mut m = sizespeed::fast::Map::from([("a", 1), ("b", 2)]);
    /// let [Some(a), Some(b)] = m.get_disjoint_mut(["a", "b"]) else { panic!() };
    /// std::mem::swap(a, b);
    /// assert_eq!((m["a"], m["b"]), (2, 1));
    /// ```
    #[inline]
    #[track_caller]
    pub fn get_disjoint_mut<Q, const N: usize>(&mut self, ks: [&Q; N]) -> [Option<&'_ mut V>; N]
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.inner.get_disjoint_mut(ks)
    }

    /// Like [`get_disjoint_mut`](Self::get_disjoint_mut), without checking that the keys
    /// name distinct entries. (std 1.86.)
    ///
    /// # Safety
    /// No two of the keys may name the same entry.
    ///
    /// ```
    /// let mut m = sizespeed::fast::Map::from([("a", 1), ("b", 2)]);
    /// // SAFETY: the keys are distinct.
    /// let [a, b] = unsafe { m.get_disjoint_unchecked_mut(["a", "b"]) };
    /// *a.unwrap() += *b.unwrap();
    /// assert_eq!(m["a"], 3);
    /// ```
    #[inline]
    pub unsafe fn get_disjoint_unchecked_mut<Q, const N: usize>(
        &mut self,
        ks: [&Q; N],
    ) -> [Option<&'_ mut V>; N]
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: forwarded from the caller.
        unsafe { self.inner.get_disjoint_unchecked_mut(ks) }
    }
}
