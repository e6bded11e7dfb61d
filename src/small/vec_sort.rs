//! Sorting, searching and dedup methods of [`Vec`], by the small (one copy of code)
//! algorithms. They shadow the slice methods `Deref` would otherwise give, which are std's
//! monomorphized ones.

use core::cmp::Ordering;

use super::sort;
use super::Vec;

impl<T> Vec<T> {
    /// Sorts stably by `Ord`, with [`small::sort`](crate::small::sort()).
    ///
    /// ```
    /// let mut v: sizespeed::small::Vec<i32> = [3, 1, 2].into();
    /// v.sort();
    /// assert_eq!(v, [1, 2, 3]);
    /// ```
    #[inline]
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        sort::sort(self.as_mut_slice())
    }

    /// Sorts stably with a comparator, with [`small::sort_by`](crate::small::sort_by).
    #[inline]
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        sort::sort_by(self.as_mut_slice(), compare)
    }

    /// Sorts stably by a key, with [`small::sort_by_key`](crate::small::sort_by_key).
    #[inline]
    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        sort::sort_by_key(self.as_mut_slice(), key)
    }

    /// Unstable sort by `Ord`, with [`small::sort_unstable`](crate::small::sort_unstable).
    ///
    /// ```
    /// let mut v: sizespeed::small::Vec<i32> = [3, 1, 2].into();
    /// v.sort_unstable();
    /// assert_eq!(v, [1, 2, 3]);
    /// ```
    #[inline]
    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        sort::sort_unstable(self.as_mut_slice())
    }

    /// Unstable sort with a comparator.
    #[inline]
    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        sort::sort_unstable_by(self.as_mut_slice(), compare)
    }

    /// Unstable sort by a key.
    #[inline]
    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        sort::sort_unstable_by_key(self.as_mut_slice(), key)
    }

    /// Binary search of the sorted vector, with
    /// [`small::binary_search`](crate::small::binary_search).
    ///
    /// ```
    /// let v: sizespeed::small::Vec<i32> = [1, 3, 5].into();
    /// assert_eq!(v.binary_search(&3), Ok(1));
    /// assert_eq!(v.binary_search(&4), Err(2));
    /// ```
    #[inline]
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        sort::binary_search(self.as_slice(), x)
    }

    /// Binary search with a probe function.
    #[inline]
    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, f: F) -> Result<usize, usize> {
        sort::binary_search_by(self.as_slice(), f)
    }

    /// Binary search by a key.
    #[inline]
    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(
        &self,
        b: &B,
        f: F,
    ) -> Result<usize, usize> {
        sort::binary_search_by_key(self.as_slice(), b, f)
    }

    /// Stable sort by a key computed once per element, with
    /// [`small::sort_by_cached_key`](crate::small::sort_by_cached_key).
    #[inline]
    pub fn sort_by_cached_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        sort::sort_by_cached_key(self.as_mut_slice(), key)
    }

    /// Reorders so that the element at `index` is where a sort would put it, with
    /// [`small::select_nth_unstable`](crate::small::select_nth_unstable).
    ///
    /// # Panics
    /// Panics if `index >= len`.
    ///
    /// ```
    /// let mut v: sizespeed::small::Vec<i32> = [5, 1, 4, 2, 3].into();
    /// let (_, median, _) = v.select_nth_unstable(2);
    /// assert_eq!(*median, 3);
    /// ```
    #[inline]
    pub fn select_nth_unstable(&mut self, index: usize) -> (&mut [T], &mut T, &mut [T])
    where
        T: Ord,
    {
        sort::select_nth_unstable(self.as_mut_slice(), index)
    }

    /// [`select_nth_unstable`](Self::select_nth_unstable) with a comparator.
    #[inline]
    pub fn select_nth_unstable_by<F: FnMut(&T, &T) -> Ordering>(
        &mut self,
        index: usize,
        compare: F,
    ) -> (&mut [T], &mut T, &mut [T]) {
        sort::select_nth_unstable_by(self.as_mut_slice(), index, compare)
    }

    /// [`select_nth_unstable`](Self::select_nth_unstable) by a key.
    #[inline]
    pub fn select_nth_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(
        &mut self,
        index: usize,
        key: F,
    ) -> (&mut [T], &mut T, &mut [T]) {
        sort::select_nth_unstable_by_key(self.as_mut_slice(), index, key)
    }

    /// The index of the first element for which `pred` is false, with
    /// [`small::partition_point`](crate::small::partition_point).
    #[inline]
    pub fn partition_point<P: FnMut(&T) -> bool>(&self, pred: P) -> usize {
        sort::partition_point(self.as_slice(), pred)
    }

    /// Removes consecutive duplicates by `==`, keeping the first of each run.
    ///
    /// ```
    /// let mut v: sizespeed::small::Vec<i32> = [1, 1, 2, 2, 1].into();
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

    /// Removes consecutive elements for which `same_bucket(later, earlier)` holds,
    /// dropping each as it is found, as std's `Vec::dedup_by` does. If the closure or a
    /// drop panics, the vector holds the deduplicated prefix and the elements not yet
    /// visited.
    ///
    /// ```
    /// let mut v: sizespeed::small::Vec<i32> = [10, 11, 20, 21, 30].into();
    /// v.dedup_by(|a, b| *a / 10 == *b / 10);
    /// assert_eq!(v, [10, 20, 30]);
    /// ```
    #[inline]
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same_bucket: F) {
        // SAFETY: the data pointer is the `F` that `by_same::<T, F>` expects, alive for
        // the call; the vector's elements are `T`s.
        unsafe {
            self.raw_mut().reject_scan(
                crate::raw::ElemInfo::of::<T>(),
                crate::raw::drop_fn::<T>(),
                1,
                &mut same_bucket as *mut F as *mut (),
                sort::by_same::<T, F>,
            )
        }
    }

    /// Removes consecutive elements with equal keys.
    #[inline]
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        self.dedup_by(|a, b| key(a) == key(b))
    }
}
