//! Sorting and dedup methods of [`Vec`], by std's monomorphized algorithms, like the rest of this variant.

use core::cmp::Ordering;

use super::Vec;
use crate::fast as algo;

impl<T> Vec<T> {
    /// Sorts stably by `Ord` (std's stable sort).
    ///
    /// ```
    /// let mut v: sizespeed::thin::Vec<i32> = [3, 1, 2].into_iter().collect();
    /// v.sort();
    /// assert_eq!(v.as_slice(), [1, 2, 3]);
    /// ```
    #[inline]
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        algo::sort(self.as_mut_slice())
    }

    /// Sorts stably with a comparator.
    #[inline]
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        algo::sort_by(self.as_mut_slice(), compare)
    }

    /// Sorts stably by a key.
    #[inline]
    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        algo::sort_by_key(self.as_mut_slice(), key)
    }

    /// Unstable sort by `Ord` (std's unstable sort).
    #[inline]
    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        algo::sort_unstable(self.as_mut_slice())
    }

    /// Unstable sort with a comparator.
    #[inline]
    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        algo::sort_unstable_by(self.as_mut_slice(), compare)
    }

    /// Unstable sort by a key.
    #[inline]
    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        algo::sort_unstable_by_key(self.as_mut_slice(), key)
    }

    /// Removes consecutive duplicates by `==`, keeping the first of each run.
    ///
    /// ```
    /// let mut v: sizespeed::thin::Vec<i32> = [1, 1, 2, 2, 1].into_iter().collect();
    /// v.dedup();
    /// assert_eq!(v.as_slice(), [1, 2, 1]);
    /// ```
    #[inline]
    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        let n = algo::dedup(self.as_mut_slice());
        self.truncate(n)
    }

    /// Removes consecutive elements for which `same_bucket(later, earlier)` holds. If the
    /// closure panics, the vector keeps every element.
    #[inline]
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, same_bucket: F) {
        let n = algo::dedup_by(self.as_mut_slice(), same_bucket);
        self.truncate(n)
    }

    /// Removes consecutive elements with equal keys.
    #[inline]
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, key: F) {
        let n = algo::dedup_by_key(self.as_mut_slice(), key);
        self.truncate(n)
    }
}
