//! The rest of `VecDeque`'s inherent API for [`Deque`]: shims over the edit, rotation,
//! range and drain functions of the non-generic core.

use core::cmp::Ordering;
use core::marker::PhantomData;
use core::mem::{ManuallyDrop, MaybeUninit};
use core::ops::RangeBounds;
use core::ptr;

use super::{Deque, Drain, Iter, IterMut};
use crate::raw::deque::{range_bounds, Runs};
use crate::TryReserveError;

impl<'a, T> Iter<'a, T> {
    /// An iterator over the elements of `runs`, which must be live elements of a deque
    /// borrowed for `'a`.
    #[inline]
    fn from_runs(runs: Runs) -> Self {
        Iter {
            runs,
            marker: PhantomData,
        }
    }
}

impl<'a, T> IterMut<'a, T> {
    /// An iterator over the elements of `runs`, which must be live elements of a deque
    /// mutably borrowed for `'a`.
    #[inline]
    fn from_runs(runs: Runs) -> Self {
        IterMut {
            runs,
            marker: PhantomData,
        }
    }
}

impl<T> Deque<T> {
    /// The runs of logical `start..end` of `range`, checked against the length.
    #[inline]
    fn range_runs<R: RangeBounds<usize>>(&self, range: R) -> Runs {
        let (s, e) = range_bounds(range.start_bound(), range.end_bound(), self.raw.len());
        self.raw.runs_range(Self::INFO, s, e)
    }

    /// Reserves room for exactly `additional` more elements, without the amortizing
    /// slack of [`reserve`](Self::reserve). Does nothing if there is room already.
    ///
    /// # Panics
    /// Panics if the new capacity overflows `usize` or exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<u32> = [1].into();
    /// d.reserve_exact(10);
    /// assert!(d.capacity() >= 11);
    /// ```
    #[inline]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.raw.reserve_exact(Self::INFO, additional)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), but reports failure instead of
    /// panicking or aborting.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<u32> = sizespeed::small::Deque::new();
    /// assert!(d.try_reserve_exact(8).is_ok());
    /// assert!(d.try_reserve_exact(usize::MAX).is_err());
    /// ```
    #[inline]
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.raw.try_reserve_exact(Self::INFO, additional)
    }

    /// Shrinks the capacity to `max(min_capacity, len)` if it is larger. Never shrinks for
    /// zero-sized `T`.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<u8> = sizespeed::small::Deque::with_capacity(64);
    /// d.extend([1, 2, 3]);
    /// d.shrink_to(10);
    /// assert!(d.capacity() >= 10 && d.capacity() < 64);
    /// d.shrink_to(0);
    /// assert!(d.capacity() >= 3);
    /// ```
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.raw.shrink_to(Self::INFO, min_capacity)
    }

    /// Iterates front to back over the elements at indices in `range`.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after the end of the deque.
    ///
    /// ```
    /// let d: sizespeed::small::Deque<_> = [1, 2, 3, 4].into();
    /// assert_eq!(d.range(1..3).copied().collect::<Vec<_>>(), [2, 3]);
    /// assert_eq!(d.range(2..).rev().next(), Some(&4));
    /// ```
    #[inline]
    pub fn range<R: RangeBounds<usize>>(&self, range: R) -> Iter<'_, T> {
        Iter::from_runs(self.range_runs(range))
    }

    /// Iterates front to back over mutable references to the elements at indices in
    /// `range`.
    ///
    /// # Panics
    /// As for [`range`](Self::range).
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [1, 2, 3].into();
    /// for x in d.range_mut(..2) {
    ///     *x *= 10;
    /// }
    /// assert_eq!(d, [10, 20, 3]);
    /// ```
    #[inline]
    pub fn range_mut<R: RangeBounds<usize>>(&mut self, range: R) -> IterMut<'_, T> {
        IterMut::from_runs(self.range_runs(range))
    }

    /// Removes the elements at indices in `range` and returns them, front to back, as an
    /// iterator. The elements the iterator does not yield are dropped with it.
    ///
    /// If the iterator is leaked (for example with `mem::forget`), the deque keeps only
    /// the elements before `range`; the others are leaked, never dropped twice.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after the end of the deque.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [1, 2, 3, 4, 5].into();
    /// let taken: Vec<_> = d.drain(1..3).collect();
    /// assert_eq!(taken, [2, 3]);
    /// assert_eq!(d, [1, 4, 5]);
    /// d.drain(..);
    /// assert!(d.is_empty());
    /// ```
    #[inline]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let (s, e) = range_bounds(range.start_bound(), range.end_bound(), self.raw.len());
        Drain::new(self, s, e)
    }

    /// Removes and returns the front element if `predicate` returns `true` for it; `None`
    /// if it returns `false` or the deque is empty.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [1, 2].into();
    /// assert_eq!(d.pop_front_if(|x| *x == 2), None);
    /// assert_eq!(d.pop_front_if(|x| *x == 1), Some(1));
    /// ```
    #[inline]
    pub fn pop_front_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let first = self.front_mut()?;
        if predicate(first) {
            self.pop_front()
        } else {
            None
        }
    }

    /// Removes and returns the back element if `predicate` returns `true` for it; `None`
    /// if it returns `false` or the deque is empty.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [1, 2].into();
    /// assert_eq!(d.pop_back_if(|x| *x > 1), Some(2));
    /// assert_eq!(d.pop_back_if(|x| *x > 1), None);
    /// ```
    #[inline]
    pub fn pop_back_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let last = self.back_mut()?;
        if predicate(last) {
            self.pop_back()
        } else {
            None
        }
    }

    /// Appends `value` at the back and returns a mutable reference to it.
    ///
    /// # Panics
    /// As for [`push_back`](Self::push_back).
    ///
    /// ```
    /// let mut d = sizespeed::small::Deque::new();
    /// *d.push_back_mut(1) += 5;
    /// assert_eq!(d, [6]);
    /// ```
    #[inline]
    pub fn push_back_mut(&mut self, value: T) -> &mut T {
        self.push_back(value);
        let p = self.raw.get(Self::INFO, self.raw.len() - 1);
        // SAFETY: the deque is not empty, so `p` is its live, aligned back element, borrowed
        // mutably through `self`.
        unsafe { &mut *(p as *mut T) }
    }

    /// Prepends `value` at the front and returns a mutable reference to it.
    ///
    /// # Panics
    /// As for [`push_front`](Self::push_front).
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [2].into();
    /// *d.push_front_mut(1) -= 1;
    /// assert_eq!(d, [0, 2]);
    /// ```
    #[inline]
    pub fn push_front_mut(&mut self, value: T) -> &mut T {
        self.push_front(value);
        let p = self.raw.get(Self::INFO, 0);
        // SAFETY: as in `push_back_mut`, for the front element.
        unsafe { &mut *(p as *mut T) }
    }

    /// Inserts `value` at `index`, shifting the elements after it (or before it, whichever
    /// side is shorter) by one.
    ///
    /// # Panics
    /// Panics if `index > len`, or if the new capacity overflows.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = ['a', 'c'].into();
    /// d.insert(1, 'b');
    /// assert_eq!(d, ['a', 'b', 'c']);
    /// ```
    #[inline]
    pub fn insert(&mut self, index: usize, value: T) {
        self.insert_mut(index, value);
    }

    /// Like [`insert`](Self::insert), returning a mutable reference to the new element.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [1, 3].into();
    /// *d.insert_mut(1, 2) *= 10;
    /// assert_eq!(d, [1, 20, 3]);
    /// ```
    #[inline]
    pub fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
        let value = ManuallyDrop::new(value);
        // SAFETY: `value` is a live `T` outside the buffer that nothing drops; the core
        // moves it into the ring (or panics first, leaking it) and returns its new, aligned
        // address, borrowed mutably through `self`.
        unsafe {
            let p = self.raw.insert(
                Self::INFO,
                index,
                &value as *const ManuallyDrop<T> as *const u8,
            );
            &mut *(p as *mut T)
        }
    }

    /// Removes and returns the element at `index`, shifting the shorter side to close the
    /// gap; `None` if `index` is out of bounds.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [1, 2, 3].into();
    /// assert_eq!(d.remove(1), Some(2));
    /// assert_eq!(d.remove(5), None);
    /// assert_eq!(d, [1, 3]);
    /// ```
    #[inline]
    pub fn remove(&mut self, index: usize) -> Option<T> {
        let mut out = MaybeUninit::<T>::uninit();
        // SAFETY: `out` is a writable `T` slot outside the buffer; on `true` the core moved
        // the element there and no longer counts it.
        unsafe {
            if self
                .raw
                .remove(Self::INFO, index, out.as_mut_ptr() as *mut u8)
            {
                Some(out.assume_init())
            } else {
                None
            }
        }
    }

    /// Removes the element at `index` and puts the front element in its place; `None` if
    /// `index` is out of bounds.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [1, 2, 3].into();
    /// assert_eq!(d.swap_remove_front(2), Some(3));
    /// assert_eq!(d, [2, 1]);
    /// ```
    #[inline]
    pub fn swap_remove_front(&mut self, index: usize) -> Option<T> {
        if index >= self.raw.len() {
            return None;
        }
        self.raw.swap(Self::INFO, index, 0);
        self.pop_front()
    }

    /// Removes the element at `index` and puts the back element in its place; `None` if
    /// `index` is out of bounds.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [1, 2, 3].into();
    /// assert_eq!(d.swap_remove_back(0), Some(1));
    /// assert_eq!(d, [3, 2]);
    /// ```
    #[inline]
    pub fn swap_remove_back(&mut self, index: usize) -> Option<T> {
        let len = self.raw.len();
        if index >= len {
            return None;
        }
        self.raw.swap(Self::INFO, index, len - 1);
        self.pop_back()
    }

    /// Splits the deque in two at `at`: returns the elements `at..`, keeping `..at`.
    ///
    /// # Panics
    /// Panics if `at > len`.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [1, 2, 3].into();
    /// let back = d.split_off(1);
    /// assert_eq!(d, [1]);
    /// assert_eq!(back, [2, 3]);
    /// ```
    #[inline]
    #[must_use = "use `.truncate()` if you don't need the other half"]
    pub fn split_off(&mut self, at: usize) -> Self {
        Deque {
            raw: self.raw.split_off(Self::INFO, at),
            marker: PhantomData,
        }
    }

    /// Moves every element of `other` to the back of `self`, leaving `other` empty.
    ///
    /// # Panics
    /// Panics if the new capacity overflows.
    ///
    /// ```
    /// let mut a: sizespeed::small::Deque<_> = [1, 2].into();
    /// let mut b: sizespeed::small::Deque<_> = [3].into();
    /// a.append(&mut b);
    /// assert_eq!(a, [1, 2, 3]);
    /// assert!(b.is_empty());
    /// ```
    #[inline]
    pub fn append(&mut self, other: &mut Self) {
        self.raw.append(Self::INFO, &mut other.raw)
    }

    /// Rotates the deque `n` places to the left: the element at index `n` becomes the
    /// front and the first `n` elements go to the back. Moves `min(n, len - n)` elements.
    ///
    /// # Panics
    /// Panics if `n > len`.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = (0..5).collect();
    /// d.rotate_left(2);
    /// assert_eq!(d, [2, 3, 4, 0, 1]);
    /// ```
    #[inline]
    pub fn rotate_left(&mut self, n: usize) {
        self.raw.rotate_left(Self::INFO, n)
    }

    /// Rotates the deque `n` places to the right: the last `n` elements go to the front.
    /// Moves `min(n, len - n)` elements.
    ///
    /// # Panics
    /// Panics if `n > len`.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = (0..5).collect();
    /// d.rotate_right(2);
    /// assert_eq!(d, [3, 4, 0, 1, 2]);
    /// ```
    #[inline]
    pub fn rotate_right(&mut self, n: usize) {
        self.raw.rotate_right(Self::INFO, n)
    }

    /// Makes the deque `new_len` long: drops elements from the back, or appends elements
    /// made by calling `generator`. If `generator` panics, the elements made so far stay.
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [1].into();
    /// let mut n = 1;
    /// d.resize_with(3, || { n += 1; n });
    /// assert_eq!(d, [1, 2, 3]);
    /// d.resize_with(1, || unreachable!());
    /// assert_eq!(d, [1]);
    /// ```
    pub fn resize_with(&mut self, new_len: usize, mut generator: impl FnMut() -> T) {
        // SAFETY: the callback writes one new `T` into the free, aligned slot it is given.
        unsafe {
            self.raw
                .resize_with(Self::INFO, Self::DROP, new_len, &mut |p| {
                    ptr::write(p as *mut T, generator())
                })
        }
    }

    /// Makes the deque `new_len` long: drops elements from the back, or appends clones of
    /// `value` (moving `value` itself into the last new slot).
    ///
    /// ```
    /// let mut d: sizespeed::small::Deque<_> = [5].into();
    /// d.resize(3, 0);
    /// assert_eq!(d, [5, 0, 0]);
    /// d.resize(1, 9);
    /// assert_eq!(d, [5]);
    /// ```
    pub fn resize(&mut self, new_len: usize, value: T)
    where
        T: Clone,
    {
        if new_len > self.raw.len() {
            self.resize_with(new_len - 1, || value.clone());
            self.push_back(value);
        } else {
            self.truncate(new_len);
        }
    }

    /// Binary search of a sorted deque for `x`: `Ok` with the index of a match (any one
    /// if several match), or `Err` with the index where `x` could be inserted.
    ///
    /// ```
    /// let d: sizespeed::small::Deque<_> = [1, 3, 5, 7].into();
    /// assert_eq!(d.binary_search(&5), Ok(2));
    /// assert_eq!(d.binary_search(&4), Err(2));
    /// ```
    #[inline]
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.binary_search_by(|e| e.cmp(x))
    }

    /// Binary search with a comparator telling how an element compares to the target.
    /// See [`binary_search`](Self::binary_search).
    ///
    /// ```
    /// let d: sizespeed::small::Deque<_> = [1, 3, 5].into();
    /// assert_eq!(d.binary_search_by(|e| e.cmp(&3)), Ok(1));
    /// assert_eq!(d.binary_search_by(|e| e.cmp(&9)), Err(3));
    /// ```
    pub fn binary_search_by<'a, F>(&'a self, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> Ordering,
    {
        let (front, back) = self.as_slices();
        let mut probe = |e: &T| {
            // SAFETY: the searches below call the probe only with references into the
            // slices passed to them, which are borrowed from `self` for `'a`.
            let e: &'a T = unsafe { &*(e as *const T) };
            f(e)
        };
        match back.first().map(&mut probe) {
            Some(Ordering::Equal) => Ok(front.len()),
            Some(Ordering::Less) => {
                let n = front.len();
                match crate::small::binary_search_by(back, probe) {
                    Ok(i) => Ok(i + n),
                    Err(i) => Err(i + n),
                }
            }
            _ => crate::small::binary_search_by(front, probe),
        }
    }

    /// Binary search by a key extracted from each element. See
    /// [`binary_search`](Self::binary_search).
    ///
    /// ```
    /// let d: sizespeed::small::Deque<_> = [(1, 'a'), (2, 'b'), (4, 'c')].into();
    /// assert_eq!(d.binary_search_by_key(&2, |p| p.0), Ok(1));
    /// assert_eq!(d.binary_search_by_key(&3, |p| p.0), Err(2));
    /// ```
    #[inline]
    pub fn binary_search_by_key<'a, B, F>(&'a self, b: &B, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> B,
        B: Ord,
    {
        self.binary_search_by(|e| f(e).cmp(b))
    }

    /// The index of the first element for which `pred` is `false`, in a deque partitioned
    /// so that `pred` holds for a prefix and not after it.
    ///
    /// ```
    /// let d: sizespeed::small::Deque<_> = [1, 2, 3, 10, 11].into();
    /// assert_eq!(d.partition_point(|&x| x < 5), 3);
    /// ```
    pub fn partition_point<P>(&self, mut pred: P) -> usize
    where
        P: FnMut(&T) -> bool,
    {
        let (front, back) = self.as_slices();
        let mut probe = |e: &T| {
            if pred(e) {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        };
        let point =
            |s: &[T], probe: &mut dyn FnMut(&T) -> Ordering| match crate::small::binary_search_by(
                s, probe,
            ) {
                Ok(i) | Err(i) => i,
            };
        match back.first().map(&mut probe) {
            Some(Ordering::Less) => front.len() + point(back, &mut probe),
            _ => point(front, &mut probe),
        }
    }
}
