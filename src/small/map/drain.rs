//! Removing many entries of a [`Map`] at once: [`Map::drain`], [`Map::extract_if`],
//! and borrowing several values at once: [`Map::get_disjoint_mut`].

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ptr;

use super::{Bucket, Iter, Map, QueryFns};
use crate::raw::table::{check_disjoint, RawDrain, RawIter, RawTable};

/// A draining iterator over a [`Map`]'s entries, from [`Map::drain`].
///
/// The map is empty from the moment the iterator is made. Dropping the iterator drops
/// the entries it has not yielded and gives the map its allocation back; leaking it
/// (`mem::forget`) leaves the map empty, leaking the rest.
pub struct Drain<'a, K, V> {
    pub(in crate::small) raw: RawDrain,
    pub(in crate::small) marker: PhantomData<&'a mut (K, V)>,
}

// SAFETY: owns the entries it yields, like `IntoIter`.
unsafe impl<K: Send, V: Send> Send for Drain<'_, K, V> {}
// SAFETY: shared access reaches no entry.
unsafe impl<K: Sync, V: Sync> Sync for Drain<'_, K, V> {}

impl<K, V> Iterator for Drain<'_, K, V> {
    type Item = (K, V);
    #[inline]
    fn next(&mut self) -> Option<(K, V)> {
        // SAFETY: the drain owns the table of `Bucket<K, V>`s.
        let e = unsafe { self.raw.next(Map::<K, V>::SIZE) };
        if e.is_null() {
            return None;
        }
        // SAFETY: a live entry, yielded once: it moves out to the caller.
        let Bucket { key, value } = unsafe { ptr::read(e as *const Bucket<K, V>) };
        Some((key, value))
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.raw.len(), Some(self.raw.len()))
    }
}

impl<K, V> ExactSizeIterator for Drain<'_, K, V> {}
impl<K, V> FusedIterator for Drain<'_, K, V> {}

impl<K, V> Drop for Drain<'_, K, V> {
    fn drop(&mut self) {
        // SAFETY: the entries are `Bucket<K, V>`s; `finish` runs once, here.
        unsafe { self.raw.finish(Map::<K, V>::INFO, Map::<K, V>::DROP) }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Drain<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rest: Iter<'_, K, V> = Iter {
            raw: self.raw.rest(),
            marker: PhantomData,
        };
        f.debug_list().entries(rest).finish()
    }
}

/// An iterator that removes and yields the entries for which a predicate holds, from
/// [`Map::extract_if`].
///
/// Entries it has not reached when dropped or leaked stay in the map.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct ExtractIf<'a, K, V, F> {
    table: &'a mut RawTable,
    iter: RawIter,
    pred: F,
    marker: PhantomData<&'a mut (K, V)>,
}

// SAFETY: a `&mut` to the map's table (which owns `K`s and `V`s) and the predicate.
unsafe impl<K: Send, V: Send, F: Send> Send for ExtractIf<'_, K, V, F> {}
// SAFETY: shared access reaches no entry and no predicate call.
unsafe impl<K: Sync, V: Sync, F: Sync> Sync for ExtractIf<'_, K, V, F> {}

impl<K, V, F: FnMut(&K, &mut V) -> bool> Iterator for ExtractIf<'_, K, V, F> {
    type Item = (K, V);
    #[inline]
    fn next(&mut self) -> Option<(K, V)> {
        let pred = &mut self.pred;
        let mut call = |e: *mut u8| {
            // SAFETY: the core passes a live entry of the table, which `&mut self`
            // borrows uniquely.
            let e = unsafe { &mut *(e as *mut Bucket<K, V>) };
            pred(&e.key, &mut e.value)
        };
        // SAFETY: `iter` comes from this table, changed since only by `extract_next`.
        let e = unsafe {
            self.table
                .extract_next(&mut self.iter, Map::<K, V>::SIZE, &mut call)
        };
        if e.is_null() {
            return None;
        }
        // SAFETY: the entry was unlinked for us and is moved out at once.
        let Bucket { key, value } = unsafe { ptr::read(e as *const Bucket<K, V>) };
        Some((key, value))
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.iter.len()))
    }
}

impl<K, V, F: FnMut(&K, &mut V) -> bool> FusedIterator for ExtractIf<'_, K, V, F> {}

impl<K: fmt::Debug, V: fmt::Debug, F> fmt::Debug for ExtractIf<'_, K, V, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractIf").finish_non_exhaustive()
    }
}

impl<K, V, S> Map<K, V, S> {
    /// Removes every entry, yielding them; the allocation is kept.
    ///
    /// The map is empty as soon as this is called, even if the iterator is not used up.
    /// Entries it has not yielded are dropped with it.
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::from([(1, 'a'), (2, 'b')]);
    /// let mut all: Vec<_> = m.drain().collect();
    /// all.sort();
    /// assert_eq!(all, [(1, 'a'), (2, 'b')]);
    /// assert!(m.is_empty());
    /// ```
    #[inline]
    pub fn drain(&mut self) -> Drain<'_, K, V> {
        Drain {
            // SAFETY: the drain borrows `self.raw` mutably for its lifetime.
            raw: unsafe { RawDrain::new(&mut self.raw) },
            marker: PhantomData,
        }
    }

    /// An iterator that removes and yields each entry for which `pred` returns `true`.
    /// `pred` may change the value. Entries not reached when the iterator is dropped
    /// stay in the map.
    ///
    /// ```
    /// let mut m: sizespeed::small::Map<u32, u32> = (0..8).map(|i| (i, i)).collect();
    /// let mut even: Vec<_> = m.extract_if(|k, _v| k % 2 == 0).map(|(k, _)| k).collect();
    /// even.sort();
    /// assert_eq!(even, [0, 2, 4, 6]);
    /// assert_eq!(m.len(), 4);
    /// ```
    #[inline]
    pub fn extract_if<F: FnMut(&K, &mut V) -> bool>(&mut self, pred: F) -> ExtractIf<'_, K, V, F> {
        ExtractIf {
            iter: self.raw.iter(),
            table: &mut self.raw,
            pred,
            marker: PhantomData,
        }
    }
}

impl<K: Hash + Eq, V, S: BuildHasher> Map<K, V, S> {
    /// Mutable references to the values of `N` keys at once; `None` for an absent key.
    ///
    /// # Panics
    /// Panics if two of the keys name the same entry.
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::from([("a", 1), ("b", 2)]);
    /// let [Some(a), Some(b), None] = m.get_disjoint_mut(["a", "b", "c"]) else { panic!() };
    /// std::mem::swap(a, b);
    /// assert_eq!((m["a"], m["b"]), (2, 1));
    /// ```
    ///
    /// ```should_panic
    /// let mut m = sizespeed::small::Map::from([("a", 1)]);
    /// let _ = m.get_disjoint_mut(["a", "a"]);
    /// ```
    pub fn get_disjoint_mut<Q, const N: usize>(&mut self, ks: [&Q; N]) -> [Option<&'_ mut V>; N]
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let found = self.find_all(ks);
        check_disjoint(&found);
        // SAFETY: each pointer is null or a distinct live value of the map, which
        // `&mut self` borrows uniquely; null or a pointer is `Option<&mut V>`.
        found.map(|p| unsafe { core::mem::transmute::<*mut u8, Option<&mut V>>(p) })
    }

    /// Like [`get_disjoint_mut`](Self::get_disjoint_mut), without checking that the keys
    /// name distinct entries.
    ///
    /// # Safety
    /// No two of the keys may name the same entry (aliasing `&mut` is undefined behavior
    /// even if unused).
    ///
    /// ```
    /// let mut m = sizespeed::small::Map::from([("a", 1), ("b", 2)]);
    /// // SAFETY: the keys are distinct.
    /// let [a, b] = unsafe { m.get_disjoint_unchecked_mut(["a", "b"]) };
    /// *a.unwrap() += *b.unwrap();
    /// assert_eq!(m["a"], 3);
    /// ```
    pub unsafe fn get_disjoint_unchecked_mut<Q, const N: usize>(
        &mut self,
        ks: [&Q; N],
    ) -> [Option<&'_ mut V>; N]
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let found = self.find_all(ks);
        // SAFETY: as in `get_disjoint_mut`; the caller guarantees distinct entries.
        found.map(|p| unsafe { core::mem::transmute::<*mut u8, Option<&mut V>>(p) })
    }

    /// The address of each key's value, or null.
    fn find_all<Q, const N: usize>(&self, ks: [&Q; N]) -> [*mut u8; N]
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        ks.map(|key| {
            // SAFETY: the functions match the table's entries and the `&Q` query.
            unsafe {
                self.raw.find(
                    Self::INFO,
                    QueryFns::<K, Q, S>::FNS,
                    &self.hash_builder as *const S as *const u8,
                    &key as *const &Q as *const u8,
                    Self::VALUE_OFFSET,
                )
            }
        })
    }
}
