//! [`Vec`]: small's vector with medium's sorts.

use core::cmp::Ordering;
use core::mem::MaybeUninit;
use core::ops::RangeBounds;

use crate::small;
use crate::TryReserveError;

mod traits;

pub use crate::small::{Drain, ExtractIf, IntoIter, Splice};

/// A contiguous growable array: [`small::Vec`]'s storage and code, with the sorting,
/// selection and dedup of [`medium`](crate::medium), one copy per element shape.
///
/// Measured, small's vector already pushes, pops, inserts and removes at about fast's
/// speed (its shims inline the constant-size move, and growing is one shared function),
/// so a copy of the storage core per shape would add bytes without a distinct speed.
/// What differs is element access, which small routes through its shared core (about
/// 3× fast's time in an indexing loop), and the sorts, whose inner loops move elements:
/// so this vector is small's, with `get`, `get_mut`, `first` and `last` inlined as in
/// fast, and its `sort*` and `select_nth_unstable*` methods are medium's. `clone`,
/// `extend` and `collect` lend the buffer to `std::vec::Vec` for its specialised bulk
/// loops (small's push one element at a time): per-type code, as fast's, where a
/// program uses them.
/// The layout is std's (pointer, capacity, length), conversions to and from
/// `std::vec::Vec` and [`small::Vec`] reuse the buffer, and every method and trait of its
/// siblings is here.
///
/// ```
/// use sizespeed::medium::Vec;
///
/// let mut v: Vec<u64> = Vec::new();
/// v.extend([30, 10, 20]);
/// v.sort_unstable(); // medium's sort, one copy for every 8-byte element type
/// assert_eq!(v, [10, 20, 30]);
/// assert_eq!(v.pop(), Some(30));
/// ```
pub struct Vec<T> {
    /// The small vector every storage method forwards to.
    pub(crate) inner: small::Vec<T>,
}

impl<T> Vec<T> {
    /// Creates an empty vector. Does not allocate.
    #[inline]
    pub const fn new() -> Self {
        Vec {
            inner: small::Vec::new(),
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
            inner: small::Vec::with_capacity(capacity),
        }
    }

    /// The number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether the vector holds no element.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// The number of elements the vector can hold without reallocating (`usize::MAX` for
    /// zero-sized `T`).
    #[inline]
    pub fn capacity(&self) -> usize {
        self.inner.capacity()
    }

    /// A raw pointer to the buffer.
    #[inline]
    pub fn as_ptr(&self) -> *const T {
        self.inner.as_ptr()
    }

    /// A raw mutable pointer to the buffer.
    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.inner.as_mut_ptr()
    }

    /// The elements as a slice.
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        self.inner.as_slice()
    }

    /// The elements as a mutable slice.
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        self.inner.as_mut_slice()
    }

    /// Appends `value` at the end.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn push(&mut self, value: T) {
        self.inner.push(value)
    }

    /// Removes and returns the last element, or `None` if the vector is empty.
    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        self.inner.pop()
    }

    /// The last element, the top of the stack.
    #[inline]
    pub fn peek(&self) -> Option<&T> {
        self.inner.peek()
    }

    /// The element at `index`, or `None` if out of bounds.
    ///
    /// Unlike small's, which calls the shared core, this is the slice's inlined bounds
    /// check and address computation, as in fast: a few instructions per element type
    /// for std's speed in indexing loops.
    #[inline]
    pub fn get(&self, index: usize) -> Option<&T> {
        self.as_slice().get(index)
    }

    /// The element at `index` mutably, or `None` if out of bounds (inlined, as
    /// [`get`](Self::get)).
    #[inline]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.as_mut_slice().get_mut(index)
    }

    /// The first element.
    #[inline]
    pub fn first(&self) -> Option<&T> {
        self.as_slice().first()
    }

    /// The last element.
    #[inline]
    pub fn last(&self) -> Option<&T> {
        self.as_slice().last()
    }

    /// Inserts `value` at `index`, shifting later elements right.
    ///
    /// # Panics
    /// Panics if `index > len`, with std's message.
    #[inline]
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        self.inner.insert(index, value)
    }

    /// Removes and returns the element at `index`, shifting later elements left.
    ///
    /// # Panics
    /// Panics if `index >= len`, with std's message.
    #[inline]
    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        self.inner.remove(index)
    }

    /// Removes the element at `index` and puts the last element in its place. O(1).
    ///
    /// # Panics
    /// Panics if `index >= len`, with std's message.
    #[inline]
    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        self.inner.swap_remove(index)
    }

    /// Keeps the first `len` elements and drops the rest.
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        self.inner.truncate(len)
    }

    /// Drops every element, keeping the allocation.
    #[inline]
    pub fn clear(&mut self) {
        self.inner.clear()
    }

    /// Reserves room for at least `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional)
    }

    /// Reserves room for exactly `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.inner.reserve_exact(additional)
    }

    /// Like [`reserve`](Self::reserve), but returns an error instead of panicking or
    /// aborting.
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.inner.try_reserve(additional)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), but returns an error instead of
    /// panicking or aborting.
    #[inline]
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.inner.try_reserve_exact(additional)
    }

    /// Shrinks the capacity to the length.
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.inner.shrink_to_fit()
    }

    /// Shrinks the capacity to `max(len, min_capacity)`. Never grows.
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.inner.shrink_to(min_capacity)
    }

    /// Iterates over shared references: the slice's iterator, as fast's.
    #[inline]
    pub fn iter(&self) -> core::slice::Iter<'_, T> {
        self.as_slice().iter()
    }

    /// Iterates over mutable references: the slice's iterator, as fast's.
    #[inline]
    pub fn iter_mut(&mut self) -> core::slice::IterMut<'_, T> {
        self.as_mut_slice().iter_mut()
    }

    /// Keeps only the elements for which `keep` returns `true`, in order.
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F) {
        self.inner.retain(keep)
    }

    /// Like [`retain`](Self::retain), with mutable access to each element.
    #[inline]
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, keep: F) {
        self.inner.retain_mut(keep)
    }

    /// Appends clones of every element of `other`.
    #[inline]
    #[track_caller]
    pub fn extend_from_slice(&mut self, other: &[T])
    where
        T: Clone,
    {
        self.inner.extend_from_slice(other)
    }

    /// Resizes to `new_len`, filling new slots with clones of `value`.
    #[inline]
    #[track_caller]
    pub fn resize(&mut self, new_len: usize, value: T)
    where
        T: Clone,
    {
        self.inner.resize(new_len, value)
    }

    /// Moves every element of `other` to the end of `self`, leaving `other` empty.
    #[inline]
    #[track_caller]
    pub fn append(&mut self, other: &mut Self) {
        self.inner.append(&mut other.inner)
    }

    /// Splits off the elements from `at` onwards into a new vector.
    ///
    /// # Panics
    /// Panics if `at > len`.
    #[inline]
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Self {
        Vec {
            inner: self.inner.split_off(at),
        }
    }

    /// Builds a vector from a buffer's parts, as std's `Vec::from_raw_parts`.
    ///
    /// # Safety
    /// As for [`small::Vec::from_raw_parts`]: the parts of a std (or small, or medium)
    /// vector of `T` that nothing else owns.
    #[inline]
    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Self {
        Vec {
            // SAFETY: the caller's guarantee.
            inner: unsafe { small::Vec::from_raw_parts(ptr, length, capacity) },
        }
    }

    /// Gives up the buffer: its pointer, length and capacity, for
    /// [`from_raw_parts`](Self::from_raw_parts) or std's.
    #[inline]
    pub fn into_raw_parts(self) -> (*mut T, usize, usize) {
        self.inner.into_raw_parts()
    }

    /// Sets the length without dropping or initializing anything.
    ///
    /// # Safety
    /// As for [`small::Vec::set_len`]: `new_len <= capacity`, and the first `new_len`
    /// elements are initialized.
    #[inline]
    pub unsafe fn set_len(&mut self, new_len: usize) {
        // SAFETY: the caller's guarantee.
        unsafe { self.inner.set_len(new_len) }
    }

    /// Appends `value` and returns a mutable reference to it.
    #[inline]
    #[track_caller]
    pub fn push_mut(&mut self, value: T) -> &mut T {
        self.inner.push_mut(value)
    }

    /// Inserts `value` at `index` and returns a mutable reference to it.
    ///
    /// # Panics
    /// Panics if `index > len`.
    #[inline]
    #[track_caller]
    pub fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
        self.inner.insert_mut(index, value)
    }

    /// Removes and returns the last element if `predicate` holds for it.
    #[inline]
    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        self.inner.pop_if(predicate)
    }

    /// Appends clones of the elements in `src`.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`.
    #[inline]
    #[track_caller]
    pub fn extend_from_within<R: RangeBounds<usize>>(&mut self, src: R)
    where
        T: Clone,
    {
        self.inner.extend_from_within(src)
    }

    /// Resizes to `new_len`, filling new slots with values returned by `f`.
    #[inline]
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, f: F) {
        self.inner.resize_with(new_len, f)
    }

    /// The spare capacity, as uninitialized slots.
    #[inline]
    pub fn spare_capacity_mut(&mut self) -> &mut [MaybeUninit<T>] {
        self.inner.spare_capacity_mut()
    }

    /// Converts into a boxed slice, dropping the spare capacity.
    #[inline]
    pub fn into_boxed_slice(self) -> alloc::boxed::Box<[T]> {
        self.inner.into_boxed_slice()
    }

    /// Leaks the buffer and returns its elements as a slice that lives as long as needed.
    #[inline]
    pub fn leak<'a>(self) -> &'a mut [T] {
        self.inner.leak()
    }

    /// Removes the elements of `range` and returns them as an iterator.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`.
    #[inline]
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        self.inner.drain(range)
    }

    /// Replaces the elements of `range` with those of `replace_with` and returns the
    /// removed ones as an iterator.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`.
    #[inline]
    #[track_caller]
    pub fn splice<R, I>(&mut self, range: R, replace_with: I) -> Splice<'_, I::IntoIter>
    where
        R: RangeBounds<usize>,
        I: IntoIterator<Item = T>,
    {
        self.inner.splice(range, replace_with)
    }

    /// An iterator that removes and yields the elements of `range` for which `filter`
    /// returns `true`.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`.
    #[inline]
    #[track_caller]
    pub fn extract_if<F, R>(&mut self, range: R, filter: F) -> ExtractIf<'_, T, F>
    where
        F: FnMut(&mut T) -> bool,
        R: RangeBounds<usize>,
    {
        self.inner.extract_if(range, filter)
    }

    /// Removes consecutive duplicates by `==`, keeping the first of each run (small's
    /// dedup, which drops each duplicate as it is found, as std's does).
    #[inline]
    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        self.inner.dedup()
    }

    /// Removes consecutive elements for which `same_bucket(later, earlier)` holds.
    #[inline]
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, same_bucket: F) {
        self.inner.dedup_by(same_bucket)
    }

    /// Removes consecutive elements with equal keys.
    #[inline]
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, key: F) {
        self.inner.dedup_by_key(key)
    }

    /// Sorts stably by `Ord`, with [`medium::sort`](crate::medium::sort()).
    ///
    /// ```
    /// let mut v = sizespeed::medium::Vec::from([3, 1, 2]);
    /// v.sort();
    /// assert_eq!(v, [1, 2, 3]);
    /// ```
    #[inline]
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        crate::medium::sort(self.as_mut_slice())
    }

    /// Sorts stably with a comparator.
    #[inline]
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        crate::medium::sort_by(self.as_mut_slice(), compare)
    }

    /// Sorts stably by a key.
    #[inline]
    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        crate::medium::sort_by_key(self.as_mut_slice(), key)
    }

    /// Stable sort by a key computed once per element.
    #[inline]
    pub fn sort_by_cached_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        crate::medium::sort_by_cached_key(self.as_mut_slice(), key)
    }

    /// Unstable sort by `Ord`, with [`medium::sort_unstable`](crate::medium::sort_unstable).
    #[inline]
    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        crate::medium::sort_unstable(self.as_mut_slice())
    }

    /// Unstable sort with a comparator.
    #[inline]
    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        crate::medium::sort_unstable_by(self.as_mut_slice(), compare)
    }

    /// Unstable sort by a key.
    #[inline]
    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        crate::medium::sort_unstable_by_key(self.as_mut_slice(), key)
    }

    /// Reorders so that the element at `index` is where a sort would put it.
    ///
    /// # Panics
    /// Panics if `index >= len`.
    #[inline]
    pub fn select_nth_unstable(&mut self, index: usize) -> (&mut [T], &mut T, &mut [T])
    where
        T: Ord,
    {
        crate::medium::select_nth_unstable(self.as_mut_slice(), index)
    }

    /// [`select_nth_unstable`](Self::select_nth_unstable) with a comparator.
    ///
    /// # Panics
    /// Panics if `index >= len`.
    #[inline]
    pub fn select_nth_unstable_by<F: FnMut(&T, &T) -> Ordering>(
        &mut self,
        index: usize,
        compare: F,
    ) -> (&mut [T], &mut T, &mut [T]) {
        crate::medium::select_nth_unstable_by(self.as_mut_slice(), index, compare)
    }

    /// [`select_nth_unstable`](Self::select_nth_unstable) by a key.
    ///
    /// # Panics
    /// Panics if `index >= len`.
    #[inline]
    pub fn select_nth_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(
        &mut self,
        index: usize,
        key: F,
    ) -> (&mut [T], &mut T, &mut [T]) {
        crate::medium::select_nth_unstable_by_key(self.as_mut_slice(), index, key)
    }

    /// Binary search of the sorted vector.
    #[inline]
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        crate::medium::binary_search(self.as_slice(), x)
    }

    /// Binary search with a probe comparing an element to the target.
    #[inline]
    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, f: F) -> Result<usize, usize> {
        crate::medium::binary_search_by(self.as_slice(), f)
    }

    /// Binary search by a key.
    #[inline]
    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(
        &self,
        b: &B,
        f: F,
    ) -> Result<usize, usize> {
        crate::medium::binary_search_by_key(self.as_slice(), b, f)
    }

    /// The index of the first element for which `pred` is false.
    #[inline]
    pub fn partition_point<P: FnMut(&T) -> bool>(&self, pred: P) -> usize {
        crate::medium::partition_point(self.as_slice(), pred)
    }
}

impl<T, const N: usize> Vec<[T; N]> {
    /// Flattens a vector of arrays into a vector of their elements, reusing the
    /// allocation.
    ///
    /// # Panics
    /// Panics if the new length would overflow `usize`.
    #[inline]
    pub fn into_flattened(self) -> Vec<T> {
        Vec {
            inner: self.inner.into_flattened(),
        }
    }
}

#[doc(hidden)]
impl<T> Vec<T> {
    /// `vec![elem; n]`.
    #[doc(hidden)]
    #[inline]
    pub fn __from_elem(elem: T, n: usize) -> Self
    where
        T: Clone,
    {
        Vec {
            inner: small::Vec::__from_elem(elem, n),
        }
    }
}

/// Builds a [`medium::Vec`](crate::medium::Vec) like std's `vec!`: `vec![]`,
/// `vec![a, b, c]`, `vec![x; n]`. Import it as `sizespeed::medium::vec`.
///
/// ```
/// use sizespeed::medium::{vec, Vec};
///
/// let a: Vec<u8> = vec![];
/// let b = vec![1, 2, 3];
/// let c = vec![0u64; 2];
/// assert!(a.is_empty());
/// assert_eq!(b, [1, 2, 3]);
/// assert_eq!(c, [0, 0]);
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __sizespeed_medium_vec {
    () => {
        $crate::medium::Vec::new()
    };
    ($elem:expr; $n:expr) => {
        $crate::medium::Vec::__from_elem($elem, $n)
    };
    ($($x:expr),+ $(,)?) => {
        $crate::medium::Vec::from([$($x),+])
    };
}
