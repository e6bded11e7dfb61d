//! Sorting and dedup methods of [`Vec`]: std's algorithms on the boxes, comparing through
//! a downcast of each item, as the textbook type-erased vector would.

use alloc::boxed::Box;
use core::any::Any;
use core::cmp::Ordering;

use super::Vec;
use crate::fast as algo;

/// Borrows the `T` in an item; every item of a `Vec<T>` is a boxed `T`.
#[inline]
fn peek<T: 'static>(item: &Box<dyn Any>) -> &T {
    item.downcast_ref::<T>()
        .expect("sizespeed::boxed::Vec<T> holds only boxed `T`s")
}

/// Mutably borrows the `T` in an item.
#[inline]
fn peek_mut<T: 'static>(item: &mut Box<dyn Any>) -> &mut T {
    item.downcast_mut::<T>()
        .expect("sizespeed::boxed::Vec<T> holds only boxed `T`s")
}

impl<T: 'static> Vec<T> {
    /// Sorts stably by `Ord`, moving boxes and comparing through downcasts.
    ///
    /// ```
    /// let mut v: sizespeed::boxed::Vec<i32> = [3, 1, 2].into_iter().collect();
    /// v.sort();
    /// assert_eq!(v, [1, 2, 3]);
    /// ```
    #[inline]
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        algo::sort_by(&mut self.items, |a, b| peek::<T>(a).cmp(peek::<T>(b)))
    }

    /// Sorts stably with a comparator.
    #[inline]
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        algo::sort_by(&mut self.items, |a, b| compare(peek(a), peek(b)))
    }

    /// Sorts stably by a key.
    #[inline]
    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut key: F) {
        algo::sort_by_key(&mut self.items, |a| key(peek(a)))
    }

    /// Unstable sort by `Ord`.
    #[inline]
    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        algo::sort_unstable_by(&mut self.items, |a, b| peek::<T>(a).cmp(peek::<T>(b)))
    }

    /// Unstable sort with a comparator.
    #[inline]
    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        algo::sort_unstable_by(&mut self.items, |a, b| compare(peek(a), peek(b)))
    }

    /// Unstable sort by a key.
    #[inline]
    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut key: F) {
        algo::sort_unstable_by_key(&mut self.items, |a| key(peek(a)))
    }

    /// Removes consecutive duplicates by `==`, keeping the first of each run.
    ///
    /// ```
    /// let mut v: sizespeed::boxed::Vec<i32> = [1, 1, 2, 2, 1].into_iter().collect();
    /// v.dedup();
    /// assert_eq!(v, [1, 2, 1]);
    /// ```
    #[inline]
    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        self.dedup_by(|a, b| a == b)
    }

    /// Removes consecutive elements for which `same_bucket(later, earlier)` holds. If the
    /// closure panics, the vector keeps every element.
    #[inline]
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same_bucket: F) {
        let n = algo::dedup_by(&mut self.items, |a, b| {
            same_bucket(peek_mut(a), peek_mut(b))
        });
        self.truncate(n)
    }

    /// Removes consecutive elements with equal keys.
    #[inline]
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        self.dedup_by(|a, b| key(a) == key(b))
    }
}
