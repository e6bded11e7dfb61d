//! [`Vec`]: a growable array whose growing, inserting, removing, truncating and dropping
//! logic exists once in the binary, whatever the number of element types.

use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::mem::{self, ManuallyDrop, MaybeUninit};
use core::ops::{Deref, DerefMut, Index, IndexMut};
use core::ptr;
use core::slice::{self, SliceIndex};

use crate::raw::iter::RawIter;
use crate::raw::vec::RawVec;
use crate::raw::ElemInfo;
use crate::TryReserveError;

/// A contiguous growable array with one copy of machine code for every element type.
///
/// Elements are stored unboxed and contiguously, exactly as in `std::vec::Vec`, and the
/// vector dereferences to `[T]`. What differs is where the code lives: each method here is
/// a shim of a few instructions that passes a pointer and the element type's static
/// table to a non-generic core. Growing, inserting, removing, truncating and
/// dropping are compiled once for the whole program.
///
/// Sorting methods, where present, use the small sort. Every other slice method comes
/// from `Deref<Target = [T]>` and is std's own.
///
/// ```
/// let mut v = sizespeed::small::Vec::new();
/// v.push(1);
/// v.push(2);
/// v.extend([3, 4]);
/// assert_eq!(v.len(), 4);
/// assert_eq!(v[1], 2);
/// assert_eq!(v.iter().sum::<i32>(), 10);
/// assert_eq!(v.pop(), Some(4));
/// assert_eq!(&v[..], &[1, 2, 3]);
/// ```
pub struct Vec<T> {
    /// The untyped buffer. Its element type is always `T`, described by `ElemInfo::of::<T>()`.
    raw: RawVec,
    /// Owns `T`s: makes the vector covariant in `T` and tells drop check about them.
    marker: PhantomData<T>,
}

// SAFETY: `Vec<T>` owns its `T`s like `std::vec::Vec<T>`; the raw pointer is unique.
unsafe impl<T: Send> Send for Vec<T> {}
// SAFETY: shared access only hands out `&T`.
unsafe impl<T: Sync> Sync for Vec<T> {}

impl<T> Vec<T> {
    const INFO: &'static ElemInfo = ElemInfo::of::<T>();

    /// Creates an empty vector. Does not allocate.
    #[inline]
    pub const fn new() -> Self {
        Vec {
            raw: RawVec::new(Self::INFO),
            marker: PhantomData,
        }
    }

    /// Creates an empty vector with room for at least `capacity` elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Self {
        Vec {
            raw: RawVec::with_capacity(Self::INFO, capacity),
            marker: PhantomData,
        }
    }

    /// The number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    /// Whether the vector holds no element.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.raw.len() == 0
    }

    /// The number of elements the vector can hold without reallocating.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.raw.capacity()
    }

    /// A raw pointer to the buffer.
    #[inline]
    pub fn as_ptr(&self) -> *const T {
        self.raw.ptr() as *const T
    }

    /// A raw mutable pointer to the buffer.
    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.raw.ptr() as *mut T
    }

    /// The elements as a slice.
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: the first `len` slots are initialized `T`s, and the pointer is aligned
        // and non-null (field invariants of `RawVec`).
        unsafe { slice::from_raw_parts(self.raw.ptr() as *const T, self.raw.len()) }
    }

    /// The elements as a mutable slice.
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: as in `as_slice`; `&mut self` makes the access unique.
        unsafe { slice::from_raw_parts_mut(self.raw.ptr() as *mut T, self.raw.len()) }
    }

    /// Appends `value` at the end.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn push(&mut self, value: T) {
        let value = ManuallyDrop::new(value);
        // SAFETY: `value` is a live `T` outside the buffer (`ManuallyDrop` is
        // `repr(transparent)`); the core moves it in, and it is never dropped here. If the
        // core panics (capacity overflow) the value leaks, which is safe. Holding it in
        // `ManuallyDrop` also spares each element type an unwinding path in this shim.
        unsafe {
            self.raw
                .push(Self::INFO, &value as *const ManuallyDrop<T> as *const u8)
        }
    }

    /// Removes and returns the last element, or `None` if the vector is empty.
    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        let p = self.raw.pop(Self::INFO);
        if p.is_null() {
            None
        } else {
            // SAFETY: the core handed over the last element, no longer counted by `len`.
            Some(unsafe { ptr::read(p as *const T) })
        }
    }

    /// The last element, the top of the stack.
    #[inline]
    pub fn peek(&self) -> Option<&T> {
        self.last()
    }

    /// The element at `index`, or `None` if out of bounds.
    #[inline]
    pub fn get(&self, index: usize) -> Option<&T> {
        // SAFETY: the core returns null or the address of an initialized element in
        // bounds; `Option<&T>` has the same representation as a pointer that is null for
        // `None` (guaranteed by the language), so this is the matching `Option<&T>`.
        unsafe { mem::transmute::<*mut u8, Option<&T>>(self.raw.get(Self::INFO, index)) }
    }

    /// The element at `index` mutably, or `None` if out of bounds.
    #[inline]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        // SAFETY: as in `get`; `&mut self` makes the access unique.
        unsafe { mem::transmute::<*mut u8, Option<&mut T>>(self.raw.get(Self::INFO, index)) }
    }

    /// The first element.
    #[inline]
    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    /// The last element.
    #[inline]
    pub fn last(&self) -> Option<&T> {
        self.get(self.raw.len().wrapping_sub(1))
    }

    /// Inserts `value` at `index`, shifting later elements right.
    ///
    /// # Panics
    /// Panics if `index > len`, with the index and length in the message.
    #[inline]
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        // SAFETY: `value` is a live `T` outside the buffer. The core panics (bounds,
        // capacity) before it copies, in which case `value` is still ours and is dropped
        // normally; after the copy nothing panics and `forget` completes the move.
        unsafe {
            self.raw
                .insert(Self::INFO, index, &value as *const T as *const u8)
        };
        mem::forget(value);
    }

    /// Removes and returns the element at `index`, shifting later elements left.
    ///
    /// # Panics
    /// Panics if `index >= len`, with the index and length in the message.
    #[inline]
    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        let mut out = MaybeUninit::<T>::uninit();
        // SAFETY: `out` is a writable slot for one `T`, outside the buffer; after the call
        // it holds the removed element, which is now ours.
        unsafe {
            self.raw
                .remove(Self::INFO, index, out.as_mut_ptr() as *mut u8);
            out.assume_init()
        }
    }

    /// Removes the element at `index` and puts the last element in its place. O(1).
    ///
    /// # Panics
    /// Panics if `index >= len`, with the index and length in the message.
    #[inline]
    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        let mut out = MaybeUninit::<T>::uninit();
        // SAFETY: as in `remove`.
        unsafe {
            self.raw
                .swap_remove(Self::INFO, index, out.as_mut_ptr() as *mut u8);
            out.assume_init()
        }
    }

    /// Keeps the first `len` elements and drops the rest. No effect if `len >= self.len()`.
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        // SAFETY: the buffer holds `T`s, described by `INFO`.
        unsafe { self.raw.truncate(Self::INFO, len) }
    }

    /// Drops every element, keeping the allocation.
    #[inline]
    pub fn clear(&mut self) {
        self.truncate(0)
    }

    /// Reserves room for at least `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        self.raw.reserve(Self::INFO, additional)
    }

    /// Reserves room for exactly `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.raw.reserve_exact(Self::INFO, additional)
    }

    /// Like [`reserve`](Self::reserve), but reports failure instead of panicking or
    /// aborting.
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.raw.try_reserve(Self::INFO, additional)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), but reports failure.
    #[inline]
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.raw.try_reserve_exact(Self::INFO, additional)
    }

    /// Shrinks the capacity as close to `len` as the allocator allows.
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.raw.shrink_to(Self::INFO, 0)
    }

    /// Shrinks the capacity to `max(len, min_capacity)`.
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.raw.shrink_to(Self::INFO, min_capacity)
    }

    /// Iterates over shared references.
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            raw: self.raw.iter(),
            marker: PhantomData,
        }
    }

    /// Iterates over mutable references.
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut {
            raw: self.raw.iter(),
            marker: PhantomData,
        }
    }

    /// Keeps only the elements for which `keep` returns `true`, in order.
    ///
    /// If `keep` or a drop panics, the vector keeps the elements already decided on plus
    /// the undecided ones; nothing is dropped twice.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        self.retain_mut(|x| keep(x))
    }

    /// Like [`retain`](Self::retain), with mutable access to each element.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut keep: F) {
        /// On drop (normal or unwinding) closes the gap between the kept prefix and the
        /// unprocessed tail, and restores `len`.
        struct Gap<'a, T> {
            v: &'a mut Vec<T>,
            processed: usize,
            deleted: usize,
            original_len: usize,
        }
        impl<T> Drop for Gap<'_, T> {
            fn drop(&mut self) {
                let tail = self.original_len - self.processed;
                // SAFETY: slots `processed..original_len` are live and unprocessed; they
                // move left by `deleted` over dead slots. Then exactly the kept prefix
                // plus that tail is counted as live.
                unsafe {
                    if self.deleted > 0 && tail > 0 {
                        let base = self.v.as_mut_ptr();
                        ptr::copy(
                            base.add(self.processed),
                            base.add(self.processed - self.deleted),
                            tail,
                        );
                    }
                    self.v.raw.set_len(self.original_len - self.deleted);
                }
            }
        }
        let original_len = self.len();
        // SAFETY: with `len = 0` a panic can never expose a dropped or moved slot; `Gap`
        // restores the true length.
        unsafe { self.raw.set_len(0) };
        let mut g = Gap {
            v: self,
            processed: 0,
            deleted: 0,
            original_len,
        };
        while g.processed < original_len {
            let base = g.v.as_mut_ptr();
            // SAFETY: `processed < original_len`: the slot is live and not yet moved.
            let cur = unsafe { &mut *base.add(g.processed) };
            if !keep(cur) {
                g.processed += 1;
                g.deleted += 1;
                // SAFETY: the element is live and now counted as deleted, so it is
                // dropped once and never touched again.
                unsafe { ptr::drop_in_place(cur) };
            } else {
                if g.deleted > 0 {
                    // SAFETY: the hole at `processed - deleted` is dead; moving the kept
                    // element there leaves its old slot dead.
                    unsafe { ptr::copy_nonoverlapping(cur, base.add(g.processed - g.deleted), 1) };
                }
                g.processed += 1;
            }
        }
    }

    /// Appends clones of every element of `other`.
    #[track_caller]
    pub fn extend_from_slice(&mut self, other: &[T])
    where
        T: Clone,
    {
        self.reserve(other.len());
        for x in other {
            self.push(x.clone());
        }
    }

    /// Resizes to `new_len`, filling new slots with clones of `value`.
    #[track_caller]
    pub fn resize(&mut self, new_len: usize, value: T)
    where
        T: Clone,
    {
        let len = self.len();
        if new_len <= len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - len);
        for _ in len + 1..new_len {
            self.push(value.clone());
        }
        self.push(value);
    }

    /// Moves every element of `other` to the end of `self`, leaving `other` empty.
    #[track_caller]
    pub fn append(&mut self, other: &mut Self) {
        self.reserve(other.len());
        for x in mem::take(other) {
            self.push(x);
        }
    }

    /// Splits off the elements from `at` onwards into a new vector.
    ///
    /// # Panics
    /// Panics if `at > len`.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Self {
        let len = self.len();
        assert!(
            at <= len,
            "`at` split index (is {at}) should be <= len (is {len})"
        );
        let mut tail = Self::with_capacity(len - at);
        // SAFETY: slots `at..len` move bitwise into `tail`'s fresh buffer; `self.len`
        // drops to `at` so each element has exactly one owner.
        unsafe {
            ptr::copy_nonoverlapping(self.as_ptr().add(at), tail.as_mut_ptr(), len - at);
            self.raw.set_len(at);
            tail.raw.set_len(len - at);
        }
        tail
    }
}

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        let len = self.raw.len();
        // SAFETY: the first `len` slots hold `T`s, which are dropped here once; the buffer
        // is not used again.
        unsafe { self.raw.drop_and_free(Self::INFO, 0, len) }
    }
}

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
    #[track_caller]
    fn index(&self, index: I) -> &I::Output {
        &self.as_slice()[index]
    }
}

impl<T, I: SliceIndex<[T]>> IndexMut<I> for Vec<T> {
    #[inline]
    #[track_caller]
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
    /// only costs extra reallocations.
    #[track_caller]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let iter = iter.into_iter();
        self.reserve(iter.size_hint().0);
        for x in iter {
            self.push(x);
        }
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    #[track_caller]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied())
    }
}

impl<T> FromIterator<T> for Vec<T> {
    #[track_caller]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut v = Self::new();
        v.extend(iter);
        v
    }
}

impl<T> From<alloc::vec::Vec<T>> for Vec<T> {
    /// Moves the elements into a new buffer (the std allocation cannot be adopted without
    /// knowing it matches this crate's layout rules).
    fn from(v: alloc::vec::Vec<T>) -> Self {
        v.into_iter().collect()
    }
}

impl<T> From<Vec<T>> for alloc::vec::Vec<T> {
    fn from(v: Vec<T>) -> Self {
        v.into_iter().collect()
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

/// An owning iterator over the elements of a [`Vec`], from [`Vec::into_iter`].
pub struct IntoIter<T> {
    /// The buffer, with its `len` set to 0: the live elements are `start..end`.
    raw: RawVec,
    start: usize,
    end: usize,
    marker: PhantomData<T>,
}

// SAFETY: owns its `T`s, like `Vec<T>`.
unsafe impl<T: Send> Send for IntoIter<T> {}
// SAFETY: shared access only hands out `&T`.
unsafe impl<T: Sync> Sync for IntoIter<T> {}

impl<T> IntoIter<T> {
    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: slots `start..end` are initialized `T`s.
        unsafe {
            slice::from_raw_parts(
                self.raw.slot(Vec::<T>::INFO, self.start) as *const T,
                self.end - self.start,
            )
        }
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.start == self.end {
            return None;
        }
        let i = self.start;
        self.start += 1;
        // SAFETY: slot `i` was live; moving `start` past it hands it to the caller.
        Some(unsafe { ptr::read(self.raw.slot(Vec::<T>::INFO, i) as *const T) })
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        if self.start == self.end {
            return None;
        }
        self.end -= 1;
        // SAFETY: slot `end` was live; lowering `end` hands it to the caller.
        Some(unsafe { ptr::read(self.raw.slot(Vec::<T>::INFO, self.end) as *const T) })
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}
impl<T> FusedIterator for IntoIter<T> {}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        // SAFETY: exactly the slots `start..end` are live; the buffer is not used again.
        unsafe { self.raw.drop_and_free(Vec::<T>::INFO, self.start, self.end) }
    }
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        let mut v = ManuallyDrop::new(self);
        let end = v.raw.len();
        // SAFETY: the elements' ownership moves to the iterator, which tracks them by
        // `start..end`; `v` is never dropped.
        unsafe { v.raw.set_len(0) };
        IntoIter {
            // SAFETY: `v` is `ManuallyDrop`, so the buffer has one owner: the iterator.
            raw: unsafe { ptr::read(&v.raw) },
            start: 0,
            end,
            marker: PhantomData,
        }
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

/// An iterator over `&T`, from [`Vec::iter`].
///
/// Its stepping is done by a non-generic cursor, so each element type adds only the
/// pointer cast. It behaves like `slice::Iter`, and [`as_slice`](Iter::as_slice) recovers
/// the elements not yet yielded.
pub struct Iter<'a, T> {
    /// Cursor over live elements of the borrowed vector, which outlives `'a`.
    raw: RawIter,
    marker: PhantomData<&'a T>,
}

/// An iterator over `&mut T`, from [`Vec::iter_mut`].
pub struct IterMut<'a, T> {
    /// Cursor over live elements of the uniquely borrowed vector, which outlives `'a`.
    raw: RawIter,
    marker: PhantomData<&'a mut T>,
}

// SAFETY: `Iter` hands out `&T` only, like `slice::Iter`.
unsafe impl<T: Sync> Send for Iter<'_, T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for Iter<'_, T> {}
// SAFETY: `IterMut` hands out `&mut T`, like `slice::IterMut`.
unsafe impl<T: Send> Send for IterMut<'_, T> {}
// SAFETY: shared access to an `IterMut` gives no access to elements.
unsafe impl<T: Sync> Sync for IterMut<'_, T> {}

impl<'a, T> Iter<'a, T> {
    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &'a [T] {
        // SAFETY: the cursor covers live elements borrowed for `'a`.
        unsafe { slice::from_raw_parts(self.raw.as_ptr() as *const T, self.raw.len()) }
    }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter {
            raw: self.raw.clone(),
            marker: PhantomData,
        }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        // SAFETY: the cursor yields null when done, otherwise a live element not yielded
        // before, borrowed for `'a`; a null-or-valid pointer is the representation of
        // `Option<&'a T>`.
        unsafe { mem::transmute::<*mut u8, Option<&'a T>>(self.raw.next(Vec::<T>::INFO.size)) }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.raw.len(), Some(self.raw.len()))
    }
    #[inline]
    fn nth(&mut self, n: usize) -> Option<&'a T> {
        self.raw.skip(n, Vec::<T>::INFO.size);
        self.next()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a T> {
        // SAFETY: the cursor yields null when done, otherwise a live element not yielded
        // before, borrowed for `'a`; a null-or-valid pointer is the representation of
        // `Option<&'a T>`.
        unsafe { mem::transmute::<*mut u8, Option<&'a T>>(self.raw.next_back(Vec::<T>::INFO.size)) }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
impl<T> FusedIterator for Iter<'_, T> {}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        // SAFETY: the cursor yields null when done, otherwise a live element not yielded
        // before, borrowed for `'a`; a null-or-valid pointer is the representation of
        // `Option<&'a mut T>`.
        unsafe { mem::transmute::<*mut u8, Option<&'a mut T>>(self.raw.next(Vec::<T>::INFO.size)) }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.raw.len(), Some(self.raw.len()))
    }
    #[inline]
    fn nth(&mut self, n: usize) -> Option<&'a mut T> {
        self.raw.skip(n, Vec::<T>::INFO.size);
        self.next()
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a mut T> {
        // SAFETY: the cursor yields null when done, otherwise a live element not yielded
        // before, borrowed for `'a`; a null-or-valid pointer is the representation of
        // `Option<&'a mut T>`.
        unsafe {
            mem::transmute::<*mut u8, Option<&'a mut T>>(self.raw.next_back(Vec::<T>::INFO.size))
        }
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {}
impl<T> FusedIterator for IterMut<'_, T> {}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Iter").field(&self.as_slice()).finish()
    }
}

impl<T: fmt::Debug> fmt::Debug for IterMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // SAFETY: the cursor covers live elements; this shared view ends before the
        // iterator can yield another `&mut`.
        let rest = unsafe { slice::from_raw_parts(self.raw.as_ptr() as *const T, self.raw.len()) };
        f.debug_tuple("IterMut").field(&rest).finish()
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
