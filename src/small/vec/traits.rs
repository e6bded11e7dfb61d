//! The std trait impls of [`small::Vec`](super::Vec) and the crate's family traits.

use core::fmt;
use core::hash::{Hash, Hasher};
use core::mem::ManuallyDrop;
use core::ops::{Deref, DerefMut, Index, IndexMut};
use core::ptr;
use core::slice::SliceIndex;

use super::{Iter, IterMut, Vec};
use crate::TryReserveError;

impl<T> Default for Vec<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for Vec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T, I: SliceIndex<[T]>> Index<I> for Vec<T> {
    type Output = I::Output;
    #[inline]
    fn index(&self, index: I) -> &I::Output {
        &self.as_slice()[index]
    }
}

impl<T, I: SliceIndex<[T]>> IndexMut<I> for Vec<T> {
    #[inline]
    fn index_mut(&mut self, index: I) -> &mut I::Output {
        &mut self.as_mut_slice()[index]
    }
}

impl<T> AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T> AsMut<[T]> for Vec<T> {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

impl<T> core::borrow::Borrow<[T]> for Vec<T> {
    fn borrow(&self) -> &[T] {
        self
    }
}

impl<T> core::borrow::BorrowMut<[T]> for Vec<T> {
    fn borrow_mut(&mut self) -> &mut [T] {
        self
    }
}

impl<T: fmt::Debug> fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T: Clone> Clone for Vec<T> {
    /// Clones element by element. If a clone panics, the clones made so far are dropped
    /// and `self` is untouched.
    fn clone(&self) -> Self {
        let mut out = Self::with_capacity(self.len());
        for x in self.iter() {
            out.push(x.clone());
        }
        out
    }
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for Vec<T> {
    fn eq(&self, other: &Vec<U>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: PartialEq<U>, U> PartialEq<[U]> for Vec<T> {
    fn eq(&self, other: &[U]) -> bool {
        self.as_slice() == other
    }
}

impl<T: PartialEq<U>, U> PartialEq<&[U]> for Vec<T> {
    fn eq(&self, other: &&[U]) -> bool {
        self.as_slice() == *other
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for Vec<T> {
    fn eq(&self, other: &[U; N]) -> bool {
        self.as_slice() == other
    }
}

impl<T: PartialEq<U>, U> PartialEq<alloc::vec::Vec<U>> for Vec<T> {
    fn eq(&self, other: &alloc::vec::Vec<U>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Eq> Eq for Vec<T> {}

impl<T: PartialOrd> PartialOrd for Vec<T> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        self.as_slice().partial_cmp(other.as_slice())
    }
}

impl<T: Ord> Ord for Vec<T> {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.as_slice().cmp(other.as_slice())
    }
}

impl<T: Hash> Hash for Vec<T> {
    /// Hashes like a slice, so it agrees with `std::vec::Vec`'s hash.
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state)
    }
}

impl<T> Extend<T> for Vec<T> {
    /// Reserves the iterator's lower size bound once, then pushes; a `size_hint` that lies
    /// only costs extra reallocations. With the `shared-library` feature the loop is the
    /// core's (`RawVec::extend_pull`), and per iterator type there is only a small pull
    /// function, the iterator's `next` and a push; otherwise the loop is inlined here,
    /// with the push (behind a call per element, `extend` took 18x std's time).
    ///
    /// If the iterator panics, the vector keeps the elements pushed so far, and the
    /// iterator is dropped.
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        #[cfg(feature = "shared-library")]
        {
            let mut iter = iter.into_iter();
            let hint = iter.size_hint().0;
            // SAFETY: `state` is the `I::IntoIter` that `pull::<T, I::IntoIter>` expects,
            // alive and exclusively ours for the call; the vector holds `T`s, described by
            // `INFO`.
            unsafe {
                self.raw_mut().extend_pull(
                    Vec::<T>::INFO,
                    hint,
                    &mut iter as *mut I::IntoIter as *mut (),
                    pull::<T, I::IntoIter>,
                )
            }
        }
        #[cfg(not(feature = "shared-library"))]
        {
            let iter = iter.into_iter();
            self.reserve(iter.size_hint().0);
            for x in iter {
                self.push(x);
            }
        }
    }
}

/// Pushes the next item of the `I` at `state` onto `v`; `false` when it has none.
///
/// # Safety
/// `state` points to a live `I`, not otherwise borrowed; `v` holds `T`s.
#[cfg(feature = "shared-library")]
unsafe fn pull<T, I: Iterator<Item = T>>(state: *mut (), v: &mut crate::raw::vec::RawVec) -> bool {
    // SAFETY: the caller's guarantee.
    match unsafe { &mut *(state as *mut I) }.next() {
        Some(x) => {
            let x = core::mem::ManuallyDrop::new(x);
            // SAFETY: `x` is a live `T` outside the buffer, handed over (never dropped
            // here; leaked if the push panics on capacity overflow).
            unsafe { v.push(Vec::<T>::INFO, &*x as *const T as *const u8) };
            true
        }
        None => false,
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied())
    }
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut v = Self::new();
        v.extend(iter);
        v
    }
}

impl<T> From<alloc::vec::Vec<T>> for Vec<T> {
    /// Adopts the std vector's buffer without copying: both allocate from the global
    /// allocator with `Layout::array::<T>(capacity)` and count a zero-sized `T`'s
    /// capacity as `usize::MAX`.
    ///
    /// ```
    /// let std_vec = vec![1, 2, 3];
    /// let p = std_vec.as_ptr();
    /// let v = sizespeed::small::Vec::from(std_vec);
    /// assert_eq!(v.as_ptr(), p);
    /// ```
    #[inline]
    fn from(v: alloc::vec::Vec<T>) -> Self {
        let mut v = ManuallyDrop::new(v);
        // SAFETY: the parts of a std vector that is never used again: std's layout rules
        // are this vector's (see `Vec::from_raw_parts`).
        unsafe { Vec::from_raw_parts(v.as_mut_ptr(), v.len(), v.capacity()) }
    }
}

impl<T> From<Vec<T>> for alloc::vec::Vec<T> {
    /// Hands the buffer to a std vector without copying (the layouts are the same).
    ///
    /// ```
    /// let v = sizespeed::small::Vec::from([1, 2, 3]);
    /// let p = v.as_ptr();
    /// let std_vec: Vec<i32> = v.into();
    /// assert_eq!(std_vec.as_ptr(), p);
    /// ```
    #[inline]
    fn from(v: Vec<T>) -> Self {
        let (ptr, len, cap) = v.into_raw_parts();
        // SAFETY: the buffer was allocated by the global allocator with
        // `Layout::array::<T>(cap)` (or is dangling and aligned when nothing was
        // allocated), its first `len` elements are live, and nothing else owns it.
        unsafe { alloc::vec::Vec::from_raw_parts(ptr, len, cap) }
    }
}

impl<T, const N: usize> From<[T; N]> for Vec<T> {
    fn from(a: [T; N]) -> Self {
        let mut v = Self::with_capacity(N);
        let a = ManuallyDrop::new(a);
        // SAFETY: the array's `N` elements move bitwise into the fresh buffer, which has
        // room for them; `a` is never dropped, so each has exactly one owner.
        unsafe {
            ptr::copy_nonoverlapping(a.as_ptr(), v.as_mut_ptr(), N);
            v.raw.set_len(N);
        }
        v
    }
}

impl<T: Clone> From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Self {
        let mut v = Self::new();
        v.extend_from_slice(s);
        v
    }
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T> crate::Stack<T> for Vec<T> {
    fn new() -> Self {
        Self::new()
    }
    fn push(&mut self, value: T) {
        self.push(value)
    }
    fn pop(&mut self) -> Option<T> {
        self.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.peek()
    }
    fn len(&self) -> usize {
        self.len()
    }
    fn clear(&mut self) {
        self.clear()
    }
}

impl<T> crate::Seq<T> for Vec<T> {
    type Iter<'a>
        = Iter<'a, T>
    where
        T: 'a;
    type IterMut<'a>
        = IterMut<'a, T>
    where
        T: 'a;
    fn with_capacity(capacity: usize) -> Self {
        Self::with_capacity(capacity)
    }
    fn get(&self, index: usize) -> Option<&T> {
        self.get(index)
    }
    fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.get_mut(index)
    }
    fn first(&self) -> Option<&T> {
        self.first()
    }
    fn last(&self) -> Option<&T> {
        self.last()
    }
    fn insert(&mut self, index: usize, value: T) {
        self.insert(index, value)
    }
    fn remove(&mut self, index: usize) -> T {
        self.remove(index)
    }
    fn swap_remove(&mut self, index: usize) -> T {
        self.swap_remove(index)
    }
    fn truncate(&mut self, len: usize) {
        self.truncate(len)
    }
    fn reserve(&mut self, additional: usize) {
        self.reserve(additional)
    }
    fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.try_reserve(additional)
    }
    fn capacity(&self) -> usize {
        self.capacity()
    }
    fn iter(&self) -> Iter<'_, T> {
        self.iter()
    }
    fn iter_mut(&mut self) -> IterMut<'_, T> {
        self.iter_mut()
    }
}

crate::contiguous::contiguous_vec_parity_impls!([T] Vec<T>, [] Vec<u8>);
