//! [`Deque`]: a double-ended queue whose growing, wrapping, truncating and dropping logic
//! exists once in the binary, whatever the number of element types.

use alloc::collections::VecDeque;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::mem::{self, ManuallyDrop};
use core::ops::{Index, IndexMut};
use core::ptr;
use core::slice;

use crate::raw::deque::{RawDeque, Runs};
use crate::raw::{DropFn, ElemInfo};
use crate::small::drop_fn;
use crate::TryReserveError;

mod api;
mod drain;
mod traits;

pub use drain::Drain;

/// A double-ended queue (growable ring buffer) with one copy of machine code for every
/// element type.
///
/// Elements are stored unboxed in one ring buffer, as in `std::collections::VecDeque`.
/// Each method is a shim of a few instructions that passes pointers and the element type's
/// static table to a non-generic core: growing (and un-wrapping the ring when the buffer
/// moves), pushing and popping at both ends, index wrapping, truncating and dropping are
/// compiled once for the whole program.
///
/// ```
/// let mut d = sizespeed::small::Deque::new();
/// d.push_back(2);
/// d.push_back(3);
/// d.push_front(1);
/// assert_eq!(d.len(), 3);
/// assert_eq!(d[0], 1);
/// assert_eq!(d.iter().sum::<i32>(), 6);
/// assert_eq!(d.pop_front(), Some(1));
/// assert_eq!(d.pop_back(), Some(3));
/// assert_eq!(d, [2]);
/// ```
pub struct Deque<T> {
    /// The untyped ring. Its element type is always `T`, described by `ElemInfo::of::<T>()`.
    raw: RawDeque,
    /// Owns `T`s: makes the deque covariant in `T` and tells drop check about them.
    marker: PhantomData<T>,
}

// SAFETY: `Deque<T>` owns its `T`s like `VecDeque<T>`; the raw pointer is unique to it.
unsafe impl<T: Send> Send for Deque<T> {}
// SAFETY: shared access only hands out `&T`.
unsafe impl<T: Sync> Sync for Deque<T> {}

impl<T> Deque<T> {
    const INFO: &'static ElemInfo = ElemInfo::of::<T>();
    /// `T`'s drop glue, passed to the cores that drop elements.
    const DROP: DropFn = drop_fn::<T>();
    /// `size_of::<T>()`, as a constant so that shims do not instantiate a function for it.
    const SIZE: usize = mem::size_of::<T>();
    /// The empty ring for `T`, computed at compile time.
    const EMPTY: RawDeque = RawDeque::new(
        ptr::NonNull::<T>::dangling().cast(),
        mem::size_of::<T>() == 0,
    );

    /// Creates an empty deque. Does not allocate.
    #[inline]
    pub const fn new() -> Self {
        Deque {
            raw: Self::EMPTY,
            marker: PhantomData,
        }
    }

    /// Creates an empty deque with room for at least `capacity` elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        Deque {
            raw: RawDeque::with_capacity(Self::INFO, capacity),
            marker: PhantomData,
        }
    }

    /// The number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    /// Whether the deque holds no element.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.raw.len() == 0
    }

    /// The number of elements the deque can hold without reallocating.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.raw.capacity()
    }

    /// Appends `value` at the back.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes; `value` is then leaked.
    #[inline]
    pub fn push_back(&mut self, value: T) {
        // Owning `value` through `ManuallyDrop` leaves the shim without an unwinding path,
        // which would cost more code per element type than the push itself.
        let value = ManuallyDrop::new(value);
        // SAFETY: `value` is a live `T` outside the buffer that nothing drops; the core
        // moves it into the ring (or panics first, leaking it).
        unsafe {
            self.raw
                .push_back(Self::INFO, &value as *const ManuallyDrop<T> as *const u8)
        }
    }

    /// Prepends `value` at the front.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes; `value` is then leaked.
    #[inline]
    pub fn push_front(&mut self, value: T) {
        let value = ManuallyDrop::new(value);
        // SAFETY: as in `push_back`.
        unsafe {
            self.raw
                .push_front(Self::INFO, &value as *const ManuallyDrop<T> as *const u8)
        }
    }

    /// Removes and returns the front element, or `None` if the deque is empty.
    #[inline]
    pub fn pop_front(&mut self) -> Option<T> {
        let p = self.raw.pop_front(Self::INFO);
        if p.is_null() {
            None
        } else {
            // SAFETY: the core handed us the live front element, no longer counted.
            Some(unsafe { ptr::read(p as *const T) })
        }
    }

    /// Removes and returns the back element, or `None` if the deque is empty.
    #[inline]
    pub fn pop_back(&mut self) -> Option<T> {
        let p = self.raw.pop_back(Self::INFO);
        if p.is_null() {
            None
        } else {
            // SAFETY: the core handed us the live back element, no longer counted.
            Some(unsafe { ptr::read(p as *const T) })
        }
    }

    /// The element `index` places from the front, or `None` if out of bounds.
    #[inline]
    pub fn get(&self, index: usize) -> Option<&T> {
        let p = self.raw.get(Self::INFO, index);
        // SAFETY: the core returns null or the address of a live, aligned `T`, which
        // `&self` keeps alive and unchanged; `Option<&T>` is a nullable pointer with
        // `None` as null. (A transmute, unlike a branch and a dereference, adds no checks
        // to each element type's copy of this shim in debug builds.)
        unsafe { mem::transmute::<*mut u8, Option<&T>>(p) }
    }

    /// The element `index` places from the front mutably, or `None` if out of bounds.
    #[inline]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        let p = self.raw.get(Self::INFO, index);
        // SAFETY: as in `get`; `&mut self` makes the access unique.
        unsafe { mem::transmute::<*mut u8, Option<&mut T>>(p) }
    }

    /// The front element.
    #[inline]
    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }

    /// The back element.
    #[inline]
    pub fn back(&self) -> Option<&T> {
        self.get(self.raw.len().wrapping_sub(1))
    }

    /// The front element, mutably.
    #[inline]
    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    /// The back element, mutably.
    #[inline]
    pub fn back_mut(&mut self) -> Option<&mut T> {
        self.get_mut(self.raw.len().wrapping_sub(1))
    }

    /// Drops every element, keeping the allocation.
    #[inline]
    pub fn clear(&mut self) {
        // SAFETY: the ring holds `T`s, described by `INFO`.
        unsafe { self.raw.clear(Self::INFO, Self::DROP) }
    }

    /// Keeps the first `len` elements and drops the rest. No effect if `len >= self.len()`.
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        // SAFETY: the ring holds `T`s, described by `INFO`.
        unsafe { self.raw.truncate(Self::INFO, Self::DROP, len) }
    }

    /// The elements in order, as two slices: the front run and then the wrapped-around
    /// back run (empty if the elements are contiguous).
    #[inline]
    pub fn as_slices(&self) -> (&[T], &[T]) {
        let r = self.raw.runs(Self::INFO);
        // SAFETY: the two runs are disjoint, aligned, initialized `T`s.
        unsafe {
            (
                slice::from_raw_parts(r.a as *const T, r.a_len),
                slice::from_raw_parts(r.b as *const T, r.b_len),
            )
        }
    }

    /// Like [`as_slices`](Self::as_slices), mutably.
    #[inline]
    pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]) {
        let r = self.raw.runs(Self::INFO);
        // SAFETY: as in `as_slices`; the runs are disjoint and `&mut self` is unique.
        unsafe {
            (
                slice::from_raw_parts_mut(r.a as *mut T, r.a_len),
                slice::from_raw_parts_mut(r.b as *mut T, r.b_len),
            )
        }
    }

    /// Moves the elements so that they are contiguous and returns them as one slice.
    #[inline]
    pub fn make_contiguous(&mut self) -> &mut [T] {
        let p = self.raw.make_contiguous(Self::INFO);
        // SAFETY: the core placed all `len` live `T`s contiguously at `p`.
        unsafe { slice::from_raw_parts_mut(p as *mut T, self.raw.len()) }
    }

    /// Iterates front to back.
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            runs: self.raw.runs(Self::INFO),
            marker: PhantomData,
        }
    }

    /// Iterates front to back, mutably.
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut {
            runs: self.raw.runs(Self::INFO),
            marker: PhantomData,
        }
    }

    /// Reserves room for at least `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        self.raw.reserve(Self::INFO, additional)
    }

    /// Like [`reserve`](Self::reserve), but reports failure instead of panicking or
    /// aborting.
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.raw.try_reserve(Self::INFO, additional)
    }

    /// Shrinks the capacity to the length.
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.raw.shrink_to_fit(Self::INFO)
    }

    /// Swaps the elements at indices `i` and `j`.
    ///
    /// # Panics
    /// Panics if either index is out of bounds.
    #[inline]
    pub fn swap(&mut self, i: usize, j: usize) {
        self.raw.swap(Self::INFO, i, j)
    }

    /// Whether some element equals `x`.
    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let (a, b) = self.as_slices();
        a.contains(x) || b.contains(x)
    }

    /// Keeps only the elements for which `keep` returns `true`, in order.
    ///
    /// If `keep` or a drop panics, the deque keeps the elements already kept plus the
    /// ones not yet visited; nothing is dropped twice.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        // SAFETY: the ring holds `T`s; the closure only borrows the element it is given.
        unsafe {
            self.raw
                .retain(Self::INFO, Self::DROP, &mut |p| keep(&*(p as *const T)))
        }
    }

    /// Like [`retain`](Self::retain), with mutable access to each element.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut keep: F) {
        // SAFETY: as in `retain`; the element is borrowed mutably for the call only.
        unsafe {
            self.raw
                .retain(Self::INFO, Self::DROP, &mut |p| keep(&mut *(p as *mut T)))
        }
    }
}

impl<T> Drop for Deque<T> {
    /// Out of line, once per type (see `Vec`'s `Drop`).
    #[inline(never)]
    fn drop(&mut self) {
        // SAFETY: the ring holds `T`s, dropped here once; it is not used again.
        unsafe { self.raw.drop_and_free(Self::INFO, Self::DROP) }
    }
}

impl<T> Default for Deque<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Index<usize> for Deque<T> {
    type Output = T;
    #[inline]
    fn index(&self, index: usize) -> &T {
        self.get(index).expect("Out of bounds access")
    }
}

impl<T> IndexMut<usize> for Deque<T> {
    #[inline]
    fn index_mut(&mut self, index: usize) -> &mut T {
        self.get_mut(index).expect("Out of bounds access")
    }
}

impl<T: fmt::Debug> fmt::Debug for Deque<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Clone> Clone for Deque<T> {
    /// Clones element by element. If a clone panics, the clones made so far are dropped
    /// and `self` is untouched.
    fn clone(&self) -> Self {
        let mut out = Self::with_capacity(self.len());
        for x in self.iter() {
            out.push_back(x.clone());
        }
        out
    }
}

impl<T: PartialEq> PartialEq for Deque<T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: Eq> Eq for Deque<T> {}

impl<T: PartialEq> PartialEq<VecDeque<T>> for Deque<T> {
    fn eq(&self, other: &VecDeque<T>) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: PartialEq> PartialEq<Deque<T>> for VecDeque<T> {
    fn eq(&self, other: &Deque<T>) -> bool {
        other == self
    }
}

impl<T: PartialEq<U>, U> PartialEq<alloc::vec::Vec<U>> for Deque<T> {
    fn eq(&self, other: &alloc::vec::Vec<U>) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == b)
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for Deque<T> {
    fn eq(&self, other: &[U; N]) -> bool {
        self.len() == N && self.iter().zip(other).all(|(a, b)| a == b)
    }
}

impl<T: PartialOrd> PartialOrd for Deque<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.iter().partial_cmp(other.iter())
    }
}

impl<T: Ord> Ord for Deque<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.iter().cmp(other.iter())
    }
}

impl<T: Hash> Hash for Deque<T> {
    /// Hashes the length and then each element in order, as `VecDeque` does, so the two
    /// agree for equal contents.
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for x in self.iter() {
            x.hash(state);
        }
    }
}

impl<T> Extend<T> for Deque<T> {
    /// Reserves the iterator's lower size bound once, then pushes; a `size_hint` that lies
    /// only costs extra reallocations.
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let iter = iter.into_iter();
        self.reserve(iter.size_hint().0);
        for x in iter {
            self.push_back(x);
        }
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Deque<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied())
    }
}

impl<T> FromIterator<T> for Deque<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut d = Self::new();
        d.extend(iter);
        d
    }
}

impl<T> From<VecDeque<T>> for Deque<T> {
    /// Takes over the `VecDeque`'s buffer through `Vec` (std's conversion moves the
    /// elements to the buffer start in place), without reallocating.
    fn from(d: VecDeque<T>) -> Self {
        Self::from_vec(alloc::vec::Vec::from(d))
    }
}

impl<T> From<Deque<T>> for VecDeque<T> {
    /// Hands the buffer over through `Vec`, without reallocating.
    fn from(d: Deque<T>) -> Self {
        VecDeque::from(alloc::vec::Vec::from(d))
    }
}

impl<T> From<alloc::vec::Vec<T>> for Deque<T> {
    /// Takes over the `Vec`'s buffer without reallocating or moving the elements.
    fn from(v: alloc::vec::Vec<T>) -> Self {
        Self::from_vec(v)
    }
}

impl<T, const N: usize> From<[T; N]> for Deque<T> {
    fn from(a: [T; N]) -> Self {
        let mut d = Self::with_capacity(N);
        let a = ManuallyDrop::new(a);
        let r = d.raw.runs(Self::INFO);
        // SAFETY: a fresh ring has `head == 0`, so its run `a` starts at the buffer start,
        // which has room for `N` elements. The array's elements move there bitwise; `a` is
        // never dropped, so each has exactly one owner.
        unsafe {
            ptr::copy_nonoverlapping(a.as_ptr(), r.a as *mut T, N);
            d.raw.set_len(N);
        }
        d
    }
}

/// A front-to-back iterator over a [`Deque`], from [`Deque::iter`].
pub struct Iter<'a, T> {
    /// The elements not yet yielded: a prefix of the front run was taken by `next`, a
    /// suffix of the back run (or of the front run, once the back run is used up) by
    /// `next_back`.
    runs: Runs,
    marker: PhantomData<&'a T>,
}

// SAFETY: `Iter` only hands out `&T`, like `slice::Iter`.
unsafe impl<T: Sync> Send for Iter<'_, T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for Iter<'_, T> {}

impl<'a, T> Iter<'a, T> {
    /// The elements not yet yielded, as two slices.
    fn as_slices(&self) -> (&'a [T], &'a [T]) {
        let r = &self.runs;
        // SAFETY: the runs hold initialized `T`s that the deque borrowed for `'a` holds.
        unsafe {
            (
                slice::from_raw_parts(r.a as *const T, r.a_len),
                slice::from_raw_parts(r.b as *const T, r.b_len),
            )
        }
    }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter {
            runs: self.runs,
            marker: PhantomData,
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = self.as_slices();
        f.debug_tuple("Iter").field(&a).field(&b).finish()
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        let p = self.runs.next(Deque::<T>::SIZE);
        // SAFETY: the step is null or a live, aligned element of the deque borrowed for
        // `'a`; `Option<&T>` is a nullable pointer with `None` as null.
        unsafe { mem::transmute::<*mut u8, Option<&'a T>>(p) }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.runs.a_len + self.runs.b_len;
        (n, Some(n))
    }
    /// Folds over the two runs as slices, without a call per element.
    fn fold<B, F: FnMut(B, &'a T) -> B>(self, init: B, mut f: F) -> B {
        let (a, b) = self.as_slices();
        let acc = a.iter().fold(init, &mut f);
        b.iter().fold(acc, f)
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a T> {
        let p = self.runs.next_back(Deque::<T>::SIZE);
        // SAFETY: the step is null or a live, aligned element of the deque borrowed for
        // `'a`; `Option<&T>` is a nullable pointer with `None` as null.
        unsafe { mem::transmute::<*mut u8, Option<&'a T>>(p) }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
impl<T> FusedIterator for Iter<'_, T> {}

/// A front-to-back iterator over mutable references, from [`Deque::iter_mut`].
pub struct IterMut<'a, T> {
    /// The elements not yet yielded, as in [`Iter`]; each is handed out once.
    runs: Runs,
    marker: PhantomData<&'a mut T>,
}

// SAFETY: `IterMut` hands out `&mut T`, like `slice::IterMut`.
unsafe impl<T: Send> Send for IterMut<'_, T> {}
// SAFETY: shared access to an `IterMut` gives access to no element.
unsafe impl<T: Sync> Sync for IterMut<'_, T> {}

impl<T: fmt::Debug> fmt::Debug for IterMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = &self.runs;
        // SAFETY: the runs hold initialized `T`s not yet handed out, so no `&mut` to them
        // exists; the shared slices live only for this call.
        let (a, b) = unsafe {
            (
                slice::from_raw_parts(r.a as *const T, r.a_len),
                slice::from_raw_parts(r.b as *const T, r.b_len),
            )
        };
        f.debug_tuple("IterMut").field(&a).field(&b).finish()
    }
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        let p = self.runs.next(Deque::<T>::SIZE);
        // SAFETY: the step is null or a live, aligned element of the deque mutably
        // borrowed for `'a`, which the runs hand out only once.
        unsafe { mem::transmute::<*mut u8, Option<&'a mut T>>(p) }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.runs.a_len + self.runs.b_len;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a mut T> {
        let p = self.runs.next_back(Deque::<T>::SIZE);
        // SAFETY: the step is null or a live, aligned element of the deque mutably
        // borrowed for `'a`, which the runs hand out only once.
        unsafe { mem::transmute::<*mut u8, Option<&'a mut T>>(p) }
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {}
impl<T> FusedIterator for IterMut<'_, T> {}

/// An owning front-to-back iterator over a [`Deque`], from its `into_iter`.
pub struct IntoIter<T> {
    /// The elements not yet yielded.
    inner: Deque<T>,
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.inner).finish()
    }
}

impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> Self {
        IntoIter {
            inner: self.inner.clone(),
        }
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        self.inner.pop_front()
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.inner.len();
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        self.inner.pop_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}
impl<T> FusedIterator for IntoIter<T> {}

impl<T> IntoIterator for Deque<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    #[inline]
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self }
    }
}

impl<'a, T> IntoIterator for &'a Deque<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Deque<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    #[inline]
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T> crate::Deque<T> for Deque<T> {
    type Iter<'a>
        = Iter<'a, T>
    where
        T: 'a;
    type IterMut<'a>
        = IterMut<'a, T>
    where
        T: 'a;
    fn new() -> Self {
        Self::new()
    }
    fn with_capacity(capacity: usize) -> Self {
        Self::with_capacity(capacity)
    }
    fn push_back(&mut self, value: T) {
        self.push_back(value)
    }
    fn push_front(&mut self, value: T) {
        self.push_front(value)
    }
    fn pop_back(&mut self) -> Option<T> {
        self.pop_back()
    }
    fn pop_front(&mut self) -> Option<T> {
        self.pop_front()
    }
    fn front(&self) -> Option<&T> {
        self.front()
    }
    fn back(&self) -> Option<&T> {
        self.back()
    }
    fn get(&self, index: usize) -> Option<&T> {
        self.get(index)
    }
    fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.get_mut(index)
    }
    fn len(&self) -> usize {
        self.len()
    }
    fn clear(&mut self) {
        self.clear()
    }
    fn iter(&self) -> Iter<'_, T> {
        self.iter()
    }
    fn iter_mut(&mut self) -> IterMut<'_, T> {
        self.iter_mut()
    }
    fn reserve(&mut self, additional: usize) {
        self.reserve(additional)
    }
}
