//! [`Vec`]: `std::vec::Vec` behind a zero-cost wrapper.

use core::alloc::Layout;

use crate::TryReserveError;

/// A contiguous growable array: `std::vec::Vec<T>` behind a zero-cost wrapper.
///
/// This is the fast end of the dial. The wrapper is `#[repr(transparent)]` and every
/// method is an `#[inline]` call to the std method of the same name, so it compiles to
/// exactly what `std::vec::Vec` compiles to: fully monomorphized, with one copy of the
/// machine code per element type. It exists so that the fast variant has the same name,
/// the same methods and the same traits ([`Stack`](crate::Stack), [`Seq`](crate::Seq)) as
/// the other variants, and moving along the dial is a change of one type name.
///
/// It dereferences to `[T]`, so every slice method is available. Conversions to and from
/// the std type are free: [`from_std`](Self::from_std), [`into_std`](Self::into_std),
/// [`as_std`](Self::as_std) and [`as_std_mut`](Self::as_std_mut) reuse the same
/// allocation.
///
/// Like std's, the vector is covariant in `T`, and is `Send`/`Sync` exactly when `T` is.
///
/// ```
/// let mut v = sizespeed::fast::Vec::new();
/// v.push(1);
/// v.push(2);
/// v.extend([3, 4]);
/// assert_eq!(v.len(), 4);
/// assert_eq!(v[1], 2);
/// assert_eq!(v.iter().sum::<i32>(), 10);
/// assert_eq!(v.pop(), Some(4));
/// assert_eq!(v, [1, 2, 3]);
///
/// // Free conversions to and from std's Vec.
/// let std_vec: Vec<i32> = v.into_std();
/// let v = sizespeed::fast::Vec::from_std(std_vec);
/// assert_eq!(&v[..], &[1, 2, 3]);
/// ```
#[repr(transparent)]
pub struct Vec<T> {
    /// The std vector every method forwards to.
    pub(crate) inner: alloc::vec::Vec<T>,
}

/// An owning iterator over the elements of a [`Vec`]: std's own `IntoIter`.
pub type IntoIter<T> = alloc::vec::IntoIter<T>;

impl<T> Vec<T> {
    /// Creates an empty vector. Does not allocate.
    ///
    /// ```
    /// const EMPTY: sizespeed::fast::Vec<u8> = sizespeed::fast::Vec::new();
    /// assert!(EMPTY.is_empty());
    /// ```
    #[inline]
    pub const fn new() -> Self {
        Vec {
            inner: alloc::vec::Vec::new(),
        }
    }

    /// Creates an empty vector with room for at least `capacity` elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let v = sizespeed::fast::Vec::<u32>::with_capacity(10);
    /// assert!(v.capacity() >= 10);
    /// assert!(v.is_empty());
    /// ```
    #[inline]
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Self {
        Vec {
            inner: alloc::vec::Vec::with_capacity(capacity),
        }
    }

    /// Wraps a std vector, reusing its allocation.
    #[inline]
    pub const fn from_std(inner: alloc::vec::Vec<T>) -> Self {
        Vec { inner }
    }

    /// Unwraps into the std vector, reusing the allocation.
    #[inline]
    pub fn into_std(self) -> alloc::vec::Vec<T> {
        self.inner
    }

    /// The std vector behind this one.
    #[inline]
    pub const fn as_std(&self) -> &alloc::vec::Vec<T> {
        &self.inner
    }

    /// The std vector behind this one, mutably: every std method is reachable through it.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([3, 1, 2]);
    /// v.as_std_mut().drain(..1);
    /// assert_eq!(v, [1, 2]);
    /// ```
    #[inline]
    pub fn as_std_mut(&mut self) -> &mut alloc::vec::Vec<T> {
        &mut self.inner
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

    /// Inserts `value` at `index`, shifting later elements right.
    ///
    /// # Panics
    /// Panics if `index > len`, with the index and length in the message.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 3]);
    /// v.insert(1, 2);
    /// assert_eq!(v, [1, 2, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        self.inner.insert(index, value)
    }

    /// Removes and returns the element at `index`, shifting later elements left.
    ///
    /// # Panics
    /// Panics if `index >= len`, with the index and length in the message.
    #[inline]
    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        self.inner.remove(index)
    }

    /// Removes the element at `index` and puts the last element in its place. O(1).
    ///
    /// # Panics
    /// Panics if `index >= len`, with the index and length in the message.
    #[inline]
    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        self.inner.swap_remove(index)
    }

    /// Like [`reserve`](Self::reserve), but reports failure instead of panicking or
    /// aborting.
    ///
    /// A request whose size cannot be represented (more than `usize::MAX` elements or
    /// `isize::MAX` bytes) is a [capacity overflow](TryReserveError::is_capacity_overflow);
    /// a request the allocator refuses reports the [layout](TryReserveError::layout) std
    /// asked for.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::<u64>::new();
    /// assert!(v.try_reserve(10).is_ok());
    /// assert!(v.try_reserve(usize::MAX).unwrap_err().is_capacity_overflow());
    /// ```
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        std_try_reserve(&mut self.inner, additional, false)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), but reports failure.
    #[inline]
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        std_try_reserve(&mut self.inner, additional, true)
    }

    /// Shrinks the capacity to `max(len, min_capacity)`.
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.inner.shrink_to(min_capacity)
    }

    /// Keeps only the elements for which `keep` returns `true`, in order.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 2, 3, 4]);
    /// v.retain(|x| x % 2 == 0);
    /// assert_eq!(v, [2, 4]);
    /// ```
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F) {
        self.inner.retain(keep)
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

    /// Splits off the elements from `at` onwards into a new vector.
    ///
    /// # Panics
    /// Panics if `at > len`.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 2, 3]);
    /// let tail = v.split_off(1);
    /// assert_eq!((v, tail), ([1].into(), [2, 3].into()));
    /// ```
    #[inline]
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Self {
        Vec {
            inner: self.inner.split_off(at),
        }
    }
}

/// `try_reserve`(`_exact`) on a std vector, telling a capacity overflow apart from an
/// allocator refusal (std's own error does not say which on stable Rust).
///
/// Overflow is decided here with the same checks std makes: `len + additional` elements
/// must fit in `usize`, and their bytes in `isize::MAX`. Std's amortized growth asks for
/// `max(2 * capacity, len + additional)` elements; if that request is the one that cannot
/// be represented, std reports an overflow too, and so does this function.
pub(crate) fn std_try_reserve<T>(
    v: &mut alloc::vec::Vec<T>,
    additional: usize,
    exact: bool,
) -> Result<(), TryReserveError> {
    let len = v.len();
    let cap = v.capacity();
    if cap - len >= additional {
        return Ok(());
    }
    let Some(required) = len.checked_add(additional) else {
        return Err(TryReserveError::capacity_overflow());
    };
    if Layout::array::<T>(required).is_err() {
        return Err(TryReserveError::capacity_overflow());
    }
    let result = if exact {
        v.try_reserve_exact(additional)
    } else {
        v.try_reserve(additional)
    };
    match result {
        Ok(()) => Ok(()),
        Err(_) => Err(refused::<T>(if exact {
            required
        } else {
            required.max(cap.saturating_mul(2))
        })),
    }
}

/// The error for a failed request of `asked` elements whose `required` part was
/// representable.
#[cold]
#[inline(never)]
fn refused<T>(asked: usize) -> TryReserveError {
    match Layout::array::<T>(asked) {
        Ok(layout) => TryReserveError::alloc_error(layout),
        Err(_) => TryReserveError::capacity_overflow(),
    }
}

impl<T> Default for Vec<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

crate::contiguous::contiguous_vec_forwarding_methods! {
    [T] Vec<T>;

    /// The number of elements the vector can hold without reallocating.
    capacity;

    /// Appends `value` at the end.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::new();
    /// v.push("a");
    /// assert_eq!(v.last(), Some(&"a"));
    /// ```
    push;

    /// Keeps the first `len` elements and drops the rest. No effect if `len >= self.len()`.
    truncate;

    /// Reserves room for at least `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    reserve;

    /// Shrinks the capacity as close to `len` as the allocator allows.
    shrink_to_fit;
}

crate::contiguous::contiguous_vec_impls!([T] Vec<T>);

// The sorting and dedup methods call std's `Vec`/slice methods of the same names
// directly (not the slice `dedup` of `crate::fast`, which differs from std's
// `Vec::dedup_by` when a closure or a `Drop` panics).
impl<T> Vec<T> {
    /// Sorts stably by `Ord` (std's `slice::sort`).
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([3, 1, 2]);
    /// v.sort();
    /// assert_eq!(v, [1, 2, 3]);
    /// ```
    #[inline]
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        self.inner.sort()
    }

    /// Sorts stably with a comparator (std's `slice::sort_by`).
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 3, 2]);
    /// v.sort_by(|a, b| b.cmp(a));
    /// assert_eq!(v, [3, 2, 1]);
    /// ```
    #[inline]
    pub fn sort_by<F: FnMut(&T, &T) -> core::cmp::Ordering>(&mut self, compare: F) {
        self.inner.sort_by(compare)
    }

    /// Sorts stably by a key (std's `slice::sort_by_key`).
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([-3, 1, -2]);
    /// v.sort_by_key(|x: &i32| x.abs());
    /// assert_eq!(v, [1, -2, -3]);
    /// ```
    #[inline]
    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        self.inner.sort_by_key(key)
    }

    /// Unstable sort by `Ord` (std's `slice::sort_unstable`).
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([3, 1, 2]);
    /// v.sort_unstable();
    /// assert_eq!(v, [1, 2, 3]);
    /// ```
    #[inline]
    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        self.inner.sort_unstable()
    }

    /// Unstable sort with a comparator (std's `slice::sort_unstable_by`).
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 3, 2]);
    /// v.sort_unstable_by(|a, b| b.cmp(a));
    /// assert_eq!(v, [3, 2, 1]);
    /// ```
    #[inline]
    pub fn sort_unstable_by<F: FnMut(&T, &T) -> core::cmp::Ordering>(&mut self, compare: F) {
        self.inner.sort_unstable_by(compare)
    }

    /// Unstable sort by a key (std's `slice::sort_unstable_by_key`).
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([-3, 1, -2]);
    /// v.sort_unstable_by_key(|x: &i32| x.abs());
    /// assert_eq!(v, [1, -2, -3]);
    /// ```
    #[inline]
    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        self.inner.sort_unstable_by_key(key)
    }

    /// Removes consecutive duplicates by `==`, keeping the first of each run (std's
    /// `Vec::dedup`).
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 1, 2, 2, 1]);
    /// v.dedup();
    /// assert_eq!(v, [1, 2, 1]);
    /// ```
    #[inline]
    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        self.inner.dedup()
    }

    /// Removes consecutive elements for which `same_bucket(later, earlier)` holds (std's
    /// `Vec::dedup_by`).
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 2, 4, 5, 7]);
    /// v.dedup_by(|a, b| *a - *b == 1);
    /// assert_eq!(v, [1, 4, 7]);
    /// ```
    #[inline]
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, same_bucket: F) {
        self.inner.dedup_by(same_bucket)
    }

    /// Removes consecutive elements with equal keys (std's `Vec::dedup_by_key`).
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([10, 11, 20, 21, 10]);
    /// v.dedup_by_key(|x| *x / 10);
    /// assert_eq!(v, [10, 20, 10]);
    /// ```
    #[inline]
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, key: F) {
        self.inner.dedup_by_key(key)
    }
}

impl<T: Clone> Clone for Vec<T> {
    #[inline]
    fn clone(&self) -> Self {
        Vec {
            inner: self.inner.clone(),
        }
    }
    #[inline]
    fn clone_from(&mut self, source: &Self) {
        self.inner.clone_from(&source.inner)
    }
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for Vec<T> {
    #[inline]
    fn eq(&self, other: &Vec<U>) -> bool {
        self.inner == other.inner
    }
}

impl<T> Extend<T> for Vec<T> {
    #[inline]
    #[track_caller]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    #[inline]
    #[track_caller]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<T> FromIterator<T> for Vec<T> {
    #[inline]
    #[track_caller]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Vec {
            inner: alloc::vec::Vec::from_iter(iter),
        }
    }
}

impl<T> From<alloc::vec::Vec<T>> for Vec<T> {
    /// Wraps the std vector, reusing its allocation.
    #[inline]
    fn from(inner: alloc::vec::Vec<T>) -> Self {
        Vec { inner }
    }
}

impl<T> From<Vec<T>> for alloc::vec::Vec<T> {
    /// Unwraps into the std vector, reusing the allocation.
    #[inline]
    fn from(v: Vec<T>) -> Self {
        v.inner
    }
}

impl<T, const N: usize> From<[T; N]> for Vec<T> {
    #[inline]
    fn from(a: [T; N]) -> Self {
        Vec {
            inner: alloc::vec::Vec::from(a),
        }
    }
}

impl<T: Clone> From<&[T]> for Vec<T> {
    #[inline]
    fn from(s: &[T]) -> Self {
        Vec {
            inner: alloc::vec::Vec::from(s),
        }
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    #[inline]
    fn into_iter(self) -> IntoIter<T> {
        self.inner.into_iter()
    }
}

/// A draining iterator over a range of a [`Vec`], from [`Vec::drain`]: std's own.
pub type Drain<'a, T> = alloc::vec::Drain<'a, T>;

/// A splicing iterator, from [`Vec::splice`]: std's own.
pub type Splice<'a, I> = alloc::vec::Splice<'a, I>;

/// An iterator that removes the elements a predicate picks, from [`Vec::extract_if`]:
/// std's own (Rust 1.87).
pub type ExtractIf<'a, T, F> = alloc::vec::ExtractIf<'a, T, F>;

/// The rest of std's `Vec` API, each method forwarding to std's of the same name.
///
/// `pop_if` needs Rust 1.86, `extract_if` 1.87, `push_mut` and `insert_mut` 1.95.
impl<T> Vec<T> {
    /// Creates a vector from a pointer, a length and a capacity, as
    /// [`alloc::vec::Vec::from_raw_parts`] does.
    ///
    /// # Safety
    /// Exactly the contract of `std::vec::Vec::from_raw_parts`: `ptr` was allocated by the
    /// global allocator for `capacity` elements of `T` (or is dangling when no memory is
    /// needed), the first `length <= capacity` elements are initialized, and the
    /// allocation is owned by nothing else.
    ///
    /// ```
    /// let v = std::mem::ManuallyDrop::new(vec![1u8, 2, 3]);
    /// let (p, len, cap) = (v.as_ptr() as *mut u8, v.len(), v.capacity());
    /// // SAFETY: the parts of a std vector that is never used again.
    /// let w = unsafe { sizespeed::fast::Vec::from_raw_parts(p, len, cap) };
    /// assert_eq!(w, [1, 2, 3]);
    /// ```
    #[inline]
    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Self {
        Vec {
            // SAFETY: the caller upholds std's contract, restated above.
            inner: unsafe { alloc::vec::Vec::from_raw_parts(ptr, length, capacity) },
        }
    }

    /// Decomposes the vector into its pointer, length and capacity; the caller becomes
    /// responsible for the memory (rebuild it with [`from_raw_parts`](Self::from_raw_parts)).
    ///
    /// ```
    /// let v = sizespeed::fast::Vec::from([1u32, 2]);
    /// let (p, len, cap) = v.into_raw_parts();
    /// // SAFETY: the parts just taken from a vector.
    /// let v = unsafe { sizespeed::fast::Vec::from_raw_parts(p, len, cap) };
    /// assert_eq!(v, [1, 2]);
    /// ```
    #[inline]
    pub fn into_raw_parts(self) -> (*mut T, usize, usize) {
        let mut me = core::mem::ManuallyDrop::new(self.inner);
        (me.as_mut_ptr(), me.len(), me.capacity())
    }

    /// Sets the length without touching the elements.
    ///
    /// # Safety
    /// `new_len <= capacity()`, and the first `new_len` elements are initialized.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::<u8>::with_capacity(4);
    /// v.spare_capacity_mut()[0].write(9);
    /// // SAFETY: element 0 was just initialized, and the capacity is at least 4.
    /// unsafe { v.set_len(1) };
    /// assert_eq!(v, [9]);
    /// ```
    #[inline]
    pub unsafe fn set_len(&mut self, new_len: usize) {
        // SAFETY: forwarded contract.
        unsafe { self.inner.set_len(new_len) }
    }

    /// Appends `value` and returns a mutable reference to it.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::new();
    /// *v.push_mut(1) += 10;
    /// assert_eq!(v, [11]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn push_mut(&mut self, value: T) -> &mut T {
        // std's `Vec::push_mut` is stable since Rust 1.95, above this crate's rust-version
        // (1.88): `push`, then the element just pushed.
        self.inner.push(value);
        match self.inner.last_mut() {
            Some(v) => v,
            None => unreachable!("the vector holds the element just pushed"),
        }
    }

    /// Inserts `value` at `index` and returns a mutable reference to it.
    ///
    /// # Panics
    /// Panics if `index > len`.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 3]);
    /// *v.insert_mut(1, 2) *= 5;
    /// assert_eq!(v, [1, 10, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
        // std's `Vec::insert_mut` is stable since Rust 1.95, above this crate's
        // rust-version (1.88): `insert` (which panics as std's does), then the element.
        self.inner.insert(index, value);
        &mut self.inner[index]
    }

    /// Removes and returns the last element if `predicate` returns `true` for it.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 2, 4]);
    /// assert_eq!(v.pop_if(|x| *x % 2 == 0), Some(4));
    /// assert_eq!(v.pop_if(|x| *x > 5), None);
    /// assert_eq!(v, [1, 2]);
    /// ```
    #[inline]
    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        self.inner.pop_if(predicate)
    }

    /// Removes the elements in `range` and returns them as an iterator. Whatever the
    /// iterator did not yield is dropped with it; the tail then closes the gap.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 2, 3, 4, 5]);
    /// let middle: Vec<i32> = v.drain(1..3).collect();
    /// assert_eq!(middle, [2, 3]);
    /// assert_eq!(v, [1, 4, 5]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn drain<R: core::ops::RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        self.inner.drain(range)
    }

    /// Replaces the elements in `range` with `replace_with`, returning the removed ones as
    /// an iterator. The replacement happens when the iterator is dropped.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 2, 3, 4]);
    /// let old: Vec<i32> = v.splice(1..3, [7, 8, 9]).collect();
    /// assert_eq!(old, [2, 3]);
    /// assert_eq!(v, [1, 7, 8, 9, 4]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn splice<R, I>(&mut self, range: R, replace_with: I) -> Splice<'_, I::IntoIter>
    where
        R: core::ops::RangeBounds<usize>,
        I: IntoIterator<Item = T>,
    {
        self.inner.splice(range, replace_with)
    }

    /// An iterator that removes and yields the elements of `range` for which `filter`
    /// returns `true`; the others stay, in order. Elements it did not reach when dropped
    /// stay too.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 2, 3, 4, 5, 6]);
    /// let evens: Vec<i32> = v.extract_if(.., |x| *x % 2 == 0).collect();
    /// assert_eq!(evens, [2, 4, 6]);
    /// assert_eq!(v, [1, 3, 5]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn extract_if<F, R>(&mut self, range: R, filter: F) -> ExtractIf<'_, T, F>
    where
        F: FnMut(&mut T) -> bool,
        R: core::ops::RangeBounds<usize>,
    {
        self.inner.extract_if(range, filter)
    }

    /// Appends clones of the elements in `src`, a range of this vector.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1, 2, 3]);
    /// v.extend_from_within(..2);
    /// assert_eq!(v, [1, 2, 3, 1, 2]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn extend_from_within<R: core::ops::RangeBounds<usize>>(&mut self, src: R)
    where
        T: Clone,
    {
        self.inner.extend_from_within(src)
    }

    /// Resizes to `new_len`, filling new slots with values returned by `f`.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::from([1]);
    /// let mut n = 1;
    /// v.resize_with(4, || { n *= 2; n });
    /// assert_eq!(v, [1, 2, 4, 8]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, f: F) {
        self.inner.resize_with(new_len, f)
    }

    /// The unused capacity, as uninitialized slots.
    ///
    /// ```
    /// let mut v = sizespeed::fast::Vec::<u8>::with_capacity(2);
    /// assert!(v.spare_capacity_mut().len() >= 2);
    /// ```
    #[inline]
    pub fn spare_capacity_mut(&mut self) -> &mut [core::mem::MaybeUninit<T>] {
        self.inner.spare_capacity_mut()
    }

    /// Converts into a boxed slice, dropping any excess capacity.
    ///
    /// ```
    /// let b: Box<[i32]> = sizespeed::fast::Vec::from([1, 2]).into_boxed_slice();
    /// assert_eq!(&*b, [1, 2]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn into_boxed_slice(self) -> alloc::boxed::Box<[T]> {
        self.inner.into_boxed_slice()
    }

    /// Leaks the vector, returning a mutable slice that lives as long as `'a` wants.
    ///
    /// ```
    /// let s: &'static mut [i32] = sizespeed::fast::Vec::from([1, 2]).leak();
    /// s[0] = 5;
    /// assert_eq!(s, [5, 2]);
    /// ```
    #[inline]
    pub fn leak<'a>(self) -> &'a mut [T] {
        self.inner.leak()
    }
}

impl<T, const N: usize> Vec<[T; N]> {
    /// Flattens a vector of arrays into a vector of their elements, reusing the
    /// allocation.
    ///
    /// # Panics
    /// Panics if the new length would overflow `usize` (only for zero-sized `T`).
    ///
    /// ```
    /// let v = sizespeed::fast::Vec::from([[1, 2], [3, 4]]);
    /// assert_eq!(v.into_flattened(), [1, 2, 3, 4]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn into_flattened(self) -> Vec<T> {
        Vec {
            inner: self.inner.into_flattened(),
        }
    }
}

#[doc(hidden)]
impl<T> Vec<T> {
    /// `vec![elem; n]`: std's own, so a zeroed `elem` still gets a zeroed allocation.
    #[doc(hidden)]
    #[inline]
    #[track_caller]
    pub fn __from_elem(elem: T, n: usize) -> Self
    where
        T: Clone,
    {
        Vec {
            inner: alloc::vec![elem; n],
        }
    }
}

/// Builds a [`fast::Vec`](crate::fast::Vec) like std's `vec!`: `vec![]`, `vec![a, b, c]`,
/// `vec![x; n]`. Import it as `sizespeed::fast::vec` (or `sizespeed::auto::vec`).
///
/// ```
/// use sizespeed::fast::{vec, Vec};
///
/// let a: Vec<i32> = vec![];
/// let b = vec![1, 2, 3];
/// let c = vec![String::from("x"); 2];
/// assert!(a.is_empty());
/// assert_eq!(b, [1, 2, 3]);
/// assert_eq!(c, ["x", "x"]);
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __sizespeed_fast_vec {
    () => {
        $crate::fast::Vec::new()
    };
    ($elem:expr; $n:expr) => {
        $crate::fast::Vec::__from_elem($elem, $n)
    };
    ($($x:expr),+ $(,)?) => {
        $crate::fast::Vec::from([$($x),+])
    };
}

crate::contiguous::contiguous_vec_parity_impls!([T] Vec<T>, [] Vec<u8>);
