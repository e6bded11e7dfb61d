//! The rest of `VecDeque`'s inherent API and traits for [`Deque`], each forwarded to the
//! `VecDeque` method of the same name.

use alloc::collections::vec_deque;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::ops::RangeBounds;

use super::{reserve_error, Deque};
use crate::TryReserveError;

impl<T> Deque<T> {
    /// Reserves room for exactly `additional` more elements, without the amortizing
    /// slack of [`reserve`](Self::reserve). Does nothing if there is room already.
    ///
    /// # Panics
    /// Panics if the new capacity overflows `usize`.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<u32> = [1].into();
    /// d.reserve_exact(10);
    /// assert!(d.capacity() >= 11);
    /// ```
    #[inline]
    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.inner.reserve_exact(additional)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), but reports failure instead of
    /// panicking or aborting.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<u32> = sizespeed::fast::Deque::new();
    /// assert!(d.try_reserve_exact(8).is_ok());
    /// assert!(d.try_reserve_exact(usize::MAX).is_err());
    /// ```
    #[inline]
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        match self.inner.try_reserve_exact(additional) {
            Ok(()) => Ok(()),
            Err(_) => Err(reserve_error::<T>(self.inner.len(), additional)),
        }
    }

    /// Shrinks the capacity to `max(min_capacity, len)` if it is larger (as far as the
    /// allocator allows).
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<u8> = sizespeed::fast::Deque::with_capacity(64);
    /// d.extend([1, 2, 3]);
    /// d.shrink_to(10);
    /// assert!(d.capacity() >= 10 && d.capacity() < 64);
    /// ```
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.inner.shrink_to(min_capacity)
    }

    /// Iterates front to back over the elements at indices in `range`.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after the end of the deque.
    ///
    /// ```
    /// let d: sizespeed::fast::Deque<_> = [1, 2, 3, 4].into();
    /// assert_eq!(d.range(1..3).copied().collect::<Vec<_>>(), [2, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn range<R: RangeBounds<usize>>(&self, range: R) -> vec_deque::Iter<'_, T> {
        self.inner.range(range)
    }

    /// Iterates front to back over mutable references to the elements at indices in
    /// `range`.
    ///
    /// # Panics
    /// As for [`range`](Self::range).
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [1, 2, 3].into();
    /// d.range_mut(..2).for_each(|x| *x *= 10);
    /// assert_eq!(d, [10, 20, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn range_mut<R: RangeBounds<usize>>(&mut self, range: R) -> vec_deque::IterMut<'_, T> {
        self.inner.range_mut(range)
    }

    /// Removes the elements at indices in `range` and returns them as an iterator; the
    /// ones it does not yield are dropped with it.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after the end of the deque.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [1, 2, 3, 4, 5].into();
    /// assert_eq!(d.drain(1..3).collect::<Vec<_>>(), [2, 3]);
    /// assert_eq!(d, [1, 4, 5]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> vec_deque::Drain<'_, T> {
        self.inner.drain(range)
    }

    /// Removes and returns the front element if `predicate` returns `true` for it.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [1, 2].into();
    /// assert_eq!(d.pop_front_if(|x| *x == 2), None);
    /// assert_eq!(d.pop_front_if(|x| *x == 1), Some(1));
    /// ```
    #[inline]
    pub fn pop_front_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        // std's `VecDeque::pop_front_if` is stable since Rust 1.93, above this crate's
        // rust-version (1.88): the same two std calls it makes.
        let first = self.inner.front_mut()?;
        if predicate(first) {
            self.inner.pop_front()
        } else {
            None
        }
    }

    /// Removes and returns the back element if `predicate` returns `true` for it.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [1, 2].into();
    /// assert_eq!(d.pop_back_if(|x| *x > 1), Some(2));
    /// assert_eq!(d.pop_back_if(|x| *x > 1), None);
    /// ```
    #[inline]
    pub fn pop_back_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        // As `pop_front_if` (std's is stable since Rust 1.93).
        let last = self.inner.back_mut()?;
        if predicate(last) {
            self.inner.pop_back()
        } else {
            None
        }
    }

    /// Appends `value` at the back and returns a mutable reference to it.
    ///
    /// ```
    /// let mut d = sizespeed::fast::Deque::new();
    /// *d.push_back_mut(1) += 5;
    /// assert_eq!(d, [6]);
    /// ```
    #[inline]
    pub fn push_back_mut(&mut self, value: T) -> &mut T {
        // std's `VecDeque::push_back_mut` is stable since Rust 1.95, above this crate's
        // rust-version (1.88): `push_back`, then the element just pushed.
        self.inner.push_back(value);
        match self.inner.back_mut() {
            Some(v) => v,
            None => unreachable!("the deque holds the element just pushed"),
        }
    }

    /// Prepends `value` at the front and returns a mutable reference to it.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [2].into();
    /// *d.push_front_mut(1) -= 1;
    /// assert_eq!(d, [0, 2]);
    /// ```
    #[inline]
    pub fn push_front_mut(&mut self, value: T) -> &mut T {
        // As `push_back_mut` (std's is stable since Rust 1.95).
        self.inner.push_front(value);
        match self.inner.front_mut() {
            Some(v) => v,
            None => unreachable!("the deque holds the element just pushed"),
        }
    }

    /// Inserts `value` at `index`, shifting the shorter side by one.
    ///
    /// # Panics
    /// Panics if `index > len`.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = ['a', 'c'].into();
    /// d.insert(1, 'b');
    /// assert_eq!(d, ['a', 'b', 'c']);
    /// ```
    #[inline]
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        self.inner.insert(index, value)
    }

    /// Like [`insert`](Self::insert), returning a mutable reference to the new element.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [1, 3].into();
    /// *d.insert_mut(1, 2) *= 10;
    /// assert_eq!(d, [1, 20, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
        // std's `VecDeque::insert_mut` is stable since Rust 1.95, above this crate's
        // rust-version (1.88): `insert` (which panics as std's does), then the element.
        self.inner.insert(index, value);
        &mut self.inner[index]
    }

    /// Removes and returns the element at `index`; `None` if it is out of bounds.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [1, 2, 3].into();
    /// assert_eq!(d.remove(1), Some(2));
    /// assert_eq!(d, [1, 3]);
    /// ```
    #[inline]
    pub fn remove(&mut self, index: usize) -> Option<T> {
        self.inner.remove(index)
    }

    /// Removes the element at `index`, putting the front element in its place.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [1, 2, 3].into();
    /// assert_eq!(d.swap_remove_front(2), Some(3));
    /// assert_eq!(d, [2, 1]);
    /// ```
    #[inline]
    pub fn swap_remove_front(&mut self, index: usize) -> Option<T> {
        self.inner.swap_remove_front(index)
    }

    /// Removes the element at `index`, putting the back element in its place.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [1, 2, 3].into();
    /// assert_eq!(d.swap_remove_back(0), Some(1));
    /// assert_eq!(d, [3, 2]);
    /// ```
    #[inline]
    pub fn swap_remove_back(&mut self, index: usize) -> Option<T> {
        self.inner.swap_remove_back(index)
    }

    /// Splits the deque at `at`: returns the elements `at..`, keeping `..at`.
    ///
    /// # Panics
    /// Panics if `at > len`.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [1, 2, 3].into();
    /// let back = d.split_off(1);
    /// assert_eq!((d, back), ([1].into(), [2, 3].into()));
    /// ```
    #[inline]
    #[track_caller]
    #[must_use = "use `.truncate()` if you don't need the other half"]
    pub fn split_off(&mut self, at: usize) -> Self {
        Deque {
            inner: self.inner.split_off(at),
        }
    }

    /// Moves every element of `other` to the back of `self`, leaving `other` empty.
    ///
    /// ```
    /// let mut a: sizespeed::fast::Deque<_> = [1, 2].into();
    /// let mut b: sizespeed::fast::Deque<_> = [3].into();
    /// a.append(&mut b);
    /// assert_eq!(a, [1, 2, 3]);
    /// assert!(b.is_empty());
    /// ```
    #[inline]
    #[track_caller]
    pub fn append(&mut self, other: &mut Self) {
        self.inner.append(&mut other.inner)
    }

    /// Rotates the deque `n` places to the left: the element at index `n` becomes the
    /// front.
    ///
    /// # Panics
    /// Panics if `n > len`.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = (0..5).collect();
    /// d.rotate_left(2);
    /// assert_eq!(d, [2, 3, 4, 0, 1]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn rotate_left(&mut self, n: usize) {
        self.inner.rotate_left(n)
    }

    /// Rotates the deque `n` places to the right: the last `n` elements go to the front.
    ///
    /// # Panics
    /// Panics if `n > len`.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = (0..5).collect();
    /// d.rotate_right(2);
    /// assert_eq!(d, [3, 4, 0, 1, 2]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn rotate_right(&mut self, n: usize) {
        self.inner.rotate_right(n)
    }

    /// Makes the deque `new_len` long: drops elements from the back, or appends elements
    /// made by `generator`.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [1].into();
    /// let mut n = 1;
    /// d.resize_with(3, || { n += 1; n });
    /// assert_eq!(d, [1, 2, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn resize_with(&mut self, new_len: usize, generator: impl FnMut() -> T) {
        self.inner.resize_with(new_len, generator)
    }

    /// Makes the deque `new_len` long: drops elements from the back, or appends clones
    /// of `value`.
    ///
    /// ```
    /// let mut d: sizespeed::fast::Deque<_> = [5].into();
    /// d.resize(3, 0);
    /// assert_eq!(d, [5, 0, 0]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn resize(&mut self, new_len: usize, value: T)
    where
        T: Clone,
    {
        self.inner.resize(new_len, value)
    }

    /// Binary search of a sorted deque for `x`: `Ok` with the index of a match, or `Err`
    /// with the index where `x` could be inserted.
    ///
    /// ```
    /// let d: sizespeed::fast::Deque<_> = [1, 3, 5, 7].into();
    /// assert_eq!(d.binary_search(&5), Ok(2));
    /// assert_eq!(d.binary_search(&4), Err(2));
    /// ```
    #[inline]
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.inner.binary_search(x)
    }

    /// Binary search with a comparator. See [`binary_search`](Self::binary_search).
    ///
    /// ```
    /// let d: sizespeed::fast::Deque<_> = [1, 3, 5].into();
    /// assert_eq!(d.binary_search_by(|e| e.cmp(&3)), Ok(1));
    /// ```
    #[inline]
    pub fn binary_search_by<'a, F>(&'a self, f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> Ordering,
    {
        self.inner.binary_search_by(f)
    }

    /// Binary search by a key. See [`binary_search`](Self::binary_search).
    ///
    /// ```
    /// let d: sizespeed::fast::Deque<_> = [(1, 'a'), (2, 'b')].into();
    /// assert_eq!(d.binary_search_by_key(&2, |p| p.0), Ok(1));
    /// ```
    #[inline]
    pub fn binary_search_by_key<'a, B, F>(&'a self, b: &B, f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> B,
        B: Ord,
    {
        self.inner.binary_search_by_key(b, f)
    }

    /// The index of the first element for which `pred` is `false`, in a partitioned deque.
    ///
    /// ```
    /// let d: sizespeed::fast::Deque<_> = [1, 2, 3, 10, 11].into();
    /// assert_eq!(d.partition_point(|&x| x < 5), 3);
    /// ```
    #[inline]
    pub fn partition_point<P>(&self, pred: P) -> usize
    where
        P: FnMut(&T) -> bool,
    {
        self.inner.partition_point(pred)
    }
}

impl<T> From<Deque<T>> for Vec<T> {
    /// std's in-place conversion: no reallocation.
    ///
    /// ```
    /// let d: sizespeed::fast::Deque<_> = [1, 2].into();
    /// assert_eq!(Vec::from(d), [1, 2]);
    /// ```
    #[inline]
    fn from(d: Deque<T>) -> Self {
        Vec::from(d.inner)
    }
}

impl<T: PartialEq<U>, U> PartialEq<&[U]> for Deque<T> {
    #[inline]
    fn eq(&self, other: &&[U]) -> bool {
        self.inner == *other
    }
}

// The same conversions and comparison with `fast::Vec`, so that a program importing both
// `Vec` and `VecDeque` from `sizespeed::auto` ports unchanged.

impl<T> From<crate::fast::Vec<T>> for Deque<T> {
    /// std's in-place conversion, from the fast vector: no reallocation.
    ///
    /// ```
    /// use sizespeed::fast::{Deque, Vec};
    ///
    /// let d = Deque::from(Vec::from([1, 2]));
    /// assert_eq!(d, [1, 2]);
    /// ```
    #[inline]
    fn from(v: crate::fast::Vec<T>) -> Self {
        Self::from(Vec::from(v))
    }
}

impl<T> From<Deque<T>> for crate::fast::Vec<T> {
    /// std's in-place conversion, to the fast vector: no reallocation.
    ///
    /// ```
    /// use sizespeed::fast::{Deque, Vec};
    ///
    /// let mut d = Deque::from([2, 3]);
    /// d.push_front(1);
    /// assert_eq!(Vec::from(d), [1, 2, 3]);
    /// ```
    #[inline]
    fn from(d: Deque<T>) -> Self {
        Self::from(Vec::from(d))
    }
}

impl<T: PartialEq<U>, U> PartialEq<crate::fast::Vec<U>> for Deque<T> {
    #[inline]
    fn eq(&self, other: &crate::fast::Vec<U>) -> bool {
        *self == other.as_slice()
    }
}

impl<T: PartialEq<U>, U> PartialEq<&mut [U]> for Deque<T> {
    #[inline]
    fn eq(&self, other: &&mut [U]) -> bool {
        self.inner == *other
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<&[U; N]> for Deque<T> {
    #[inline]
    fn eq(&self, other: &&[U; N]) -> bool {
        self.inner == *other
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<&mut [U; N]> for Deque<T> {
    #[inline]
    fn eq(&self, other: &&mut [U; N]) -> bool {
        self.inner == *other
    }
}

#[cfg(feature = "std")]
mod io {
    use super::Deque;
    use std::io::{self, BufRead, Read, Write};

    /// Reads bytes from the front of the deque, removing them.
    ///
    /// ```
    /// use std::io::Read;
    /// let mut d: sizespeed::fast::Deque<u8> = [1, 2, 3].into();
    /// let mut buf = [0; 2];
    /// assert_eq!(d.read(&mut buf).unwrap(), 2);
    /// assert_eq!(d, [3]);
    /// ```
    impl Read for Deque<u8> {
        #[inline]
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.inner.read(buf)
        }
    }

    /// Reads bytes from the front of the deque.
    ///
    /// ```
    /// use std::io::BufRead;
    /// let mut d: sizespeed::fast::Deque<u8> = (*b"ab\ncd").into();
    /// let mut line = String::new();
    /// d.read_line(&mut line).unwrap();
    /// assert_eq!(line, "ab\n");
    /// ```
    impl BufRead for Deque<u8> {
        #[inline]
        fn fill_buf(&mut self) -> io::Result<&[u8]> {
            self.inner.fill_buf()
        }
        #[inline]
        fn consume(&mut self, amt: usize) {
            self.inner.consume(amt)
        }
    }

    /// Appends bytes at the back of the deque.
    ///
    /// ```
    /// use std::io::Write;
    /// let mut d = sizespeed::fast::Deque::new();
    /// write!(d, "hi").unwrap();
    /// assert_eq!(d, *b"hi");
    /// ```
    impl Write for Deque<u8> {
        #[inline]
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.inner.write(buf)
        }
        #[inline]
        fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
            self.inner.write_all(buf)
        }
        #[inline]
        fn flush(&mut self) -> io::Result<()> {
            self.inner.flush()
        }
    }
}
