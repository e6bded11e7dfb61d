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
