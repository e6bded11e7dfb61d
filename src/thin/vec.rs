//! [`Vec`]: a growable array whose header is one pointer, backed by
//! [`thin_vec::ThinVec`].

use core::alloc::Layout;
use core::mem;

use thin_vec::ThinVec;

use crate::contiguous::{insert_out_of_bounds, split_off_out_of_bounds};
use crate::TryReserveError;

/// A contiguous growable array whose header is a single pointer.
///
/// This is [`thin_vec::ThinVec<T>`](thin_vec::ThinVec) with the same names, methods and
/// traits ([`Stack`](crate::Stack), [`Seq`](crate::Seq)) as the crate's other Vec
/// variants. The length and capacity live in the heap allocation, in front of the
/// elements, so the vector itself is one pointer instead of std's three words (and
/// `Option<Vec<T>>` is one pointer too). An empty vector points at a shared static header
/// and does not allocate.
///
/// The trade-off: reading the length or capacity goes through the pointer, and the code
/// is monomorphized per element type, as std's is. It pays off where many vectors are
/// stored and most are empty or small, for example as a field of a large or numerous
/// struct.
///
/// The vector dereferences to `[T]`, so every slice method is available. It is covariant
/// in `T` and `Send`/`Sync` exactly when `T` is.
///
/// Conversions to and from `std::vec::Vec` always move the elements into a new
/// allocation: the header in front of the elements makes the layouts differ. For the
/// same reason there is no `from_raw_parts`/`into_raw_parts`, and no `spare_capacity_mut`
/// (thin-vec reaches its elements only through a slice of the live ones).
///
/// ```
/// use sizespeed::thin::Vec;
///
/// assert_eq!(core::mem::size_of::<Vec<u64>>(), core::mem::size_of::<usize>());
///
/// let mut v = Vec::new();
/// v.push(1);
/// v.push(2);
/// v.extend([3, 4]);
/// assert_eq!(v.len(), 4);
/// assert_eq!(v[1], 2);
/// assert_eq!(v.iter().sum::<i32>(), 10);
/// assert_eq!(v.pop(), Some(4));
/// assert_eq!(v, [1, 2, 3]);
/// ```
pub struct Vec<T> {
    /// The thin-vec every method forwards to.
    pub(crate) inner: ThinVec<T>,
}

/// An owning iterator over the elements of a [`Vec`]: thin-vec's own `IntoIter`.
pub type IntoIter<T> = thin_vec::IntoIter<T>;

/// The layout of thin-vec's allocation for `cap` elements of `T`, or `None` when it
/// cannot be represented (the size would exceed `isize::MAX`).
///
/// Thin-vec allocates a header of two `usize`s (length, capacity), then padding up to the
/// element alignment, then the elements; this mirrors its own computation, so that a
/// request this function accepts cannot make thin-vec panic with a capacity overflow.
fn buffer_layout<T>(cap: usize) -> Option<Layout> {
    let header = 2 * mem::size_of::<usize>();
    let align = mem::align_of::<T>().max(mem::align_of::<usize>());
    let padding = align.saturating_sub(header);
    let data = if mem::size_of::<T>() == 0 {
        0
    } else {
        mem::size_of::<T>().checked_mul(cap)?
    };
    let size = data.checked_add(header + padding)?;
    if size > isize::MAX as usize {
        return None;
    }
    Layout::from_size_align(size, align).ok()
}

impl<T> Vec<T> {
    /// Creates an empty vector. Does not allocate.
    ///
    /// Not a `const fn`: thin-vec's `const` constructor needs Rust 1.83, above this crate's
    /// minimum supported Rust version.
    #[inline]
    pub fn new() -> Self {
        Vec {
            inner: ThinVec::new(),
        }
    }

    /// Creates an empty vector with room for at least `capacity` elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let v = sizespeed::thin::Vec::<u32>::with_capacity(10);
    /// assert!(v.capacity() >= 10);
    /// assert!(v.is_empty());
    /// ```
    #[inline]
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Self {
        Vec {
            inner: ThinVec::with_capacity(capacity),
        }
    }

    /// A raw pointer to the elements.
    #[inline]
    pub fn as_ptr(&self) -> *const T {
        self.inner.as_slice().as_ptr()
    }

    /// A raw mutable pointer to the elements.
    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.inner.as_mut_slice().as_mut_ptr()
    }

    /// Inserts `value` at `index`, shifting later elements right.
    ///
    /// # Panics
    /// Panics if `index > len`, with the index and length in the message.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::from([1, 3]);
    /// v.insert(1, 2);
    /// assert_eq!(v, [1, 2, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        let len = self.inner.len();
        if index > len {
            insert_out_of_bounds(index, len)
        }
        if mem::size_of::<T>() == 0 {
            // Zero-sized values are indistinguishable, so inserting anywhere is pushing.
            // This also sidesteps thin-vec 0.2.21's `insert`, which writes a header that
            // zero-sized vectors do not have.
            self.inner.push(value);
        } else {
            self.inner.insert(index, value)
        }
    }

    /// Like [`reserve`](Self::reserve), but reports a capacity overflow instead of
    /// panicking.
    ///
    /// Thin-vec has no fallible allocation: this method computes the allocation's layout
    /// with checked arithmetic first and returns a
    /// [capacity overflow](TryReserveError::is_capacity_overflow) when it cannot be
    /// represented, then reserves. **If the allocator then refuses the request, the
    /// process aborts** (through `handle_alloc_error`), as it would on a failed `push`;
    /// this variant never returns an allocation error.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::<u64>::new();
    /// assert!(v.try_reserve(10).is_ok());
    /// assert!(v.capacity() >= 10);
    /// assert!(v.try_reserve(usize::MAX).unwrap_err().is_capacity_overflow());
    /// ```
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.try_reserve_impl(additional, false)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), but reports a capacity overflow
    /// instead of panicking; see [`try_reserve`](Self::try_reserve) for what it cannot
    /// report.
    #[inline]
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.try_reserve_impl(additional, true)
    }

    /// Checks that the capacity `reserve`(`_exact`) would ask for is representable, then
    /// asks for exactly that capacity.
    fn try_reserve_impl(&mut self, additional: usize, exact: bool) -> Result<(), TryReserveError> {
        let len = self.inner.len();
        let cap = self.inner.capacity();
        if cap - len >= additional {
            return Ok(());
        }
        let Some(required) = len.checked_add(additional) else {
            return Err(TryReserveError::capacity_overflow());
        };
        if mem::size_of::<T>() == 0 && cap != 0 {
            // A zero-sized element type is already at thin-vec's maximum capacity once
            // the header is allocated.
            return Err(TryReserveError::capacity_overflow());
        }
        // Thin-vec's amortized growth: at least double, and at least 4 from empty (1 for
        // huge elements). Fall back to the exact need if the doubled one is too large.
        let amortized = if cap == 0 {
            if mem::size_of::<T>() > usize::MAX / 8 {
                1
            } else {
                4
            }
        } else {
            cap.saturating_mul(2)
        };
        let target = if !exact && buffer_layout::<T>(amortized.max(required)).is_some() {
            amortized.max(required)
        } else {
            required
        };
        if buffer_layout::<T>(target).is_none() {
            return Err(TryReserveError::capacity_overflow());
        }
        self.inner.reserve_exact(target - len);
        Ok(())
    }

    /// Shrinks the capacity to `max(len, min_capacity)`. Never grows.
    ///
    /// Thin-vec cannot shrink to an arbitrary capacity in place, so unless the target is
    /// `len` this moves the elements into a new allocation of the target capacity.
    pub fn shrink_to(&mut self, min_capacity: usize) {
        let len = self.inner.len();
        let target = min_capacity.max(len);
        if target >= self.inner.capacity() {
            return;
        }
        if target == len {
            self.inner.shrink_to_fit();
        } else if mem::size_of::<T>() != 0 {
            let mut smaller = ThinVec::with_capacity(target);
            smaller.append(&mut self.inner);
            self.inner = smaller;
        }
    }

    /// Keeps only the elements for which `keep` returns `true`, in order.
    ///
    /// The rejected elements are dropped after every element has been visited. If `keep`
    /// panics, no element is dropped and none is lost, but their order may have changed.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::from([1, 2, 3, 4]);
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
    /// let mut v = sizespeed::thin::Vec::from([1, 2, 3]);
    /// let tail = v.split_off(1);
    /// assert_eq!(v, [1]);
    /// assert_eq!(tail, [2, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Self {
        let len = self.inner.len();
        if at > len {
            split_off_out_of_bounds(at, len)
        }
        Vec {
            inner: self.inner.split_off(at),
        }
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
    ///
    /// An empty vector that never allocated reports 0, even for a zero-sized `T`.
    capacity;

    /// Appends `value` at the end.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::new();
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

    /// Shrinks the capacity to `len`, freeing the allocation if the vector is empty.
    shrink_to_fit;
}

crate::contiguous::contiguous_vec_checked_removals!([T] Vec<T>);
crate::contiguous::contiguous_vec_impls!([T] Vec<T>);
crate::contiguous::contiguous_vec_sort_methods!(thin, [T] Vec<T>);

impl<T: Clone> Clone for Vec<T> {
    /// Clones element by element into a new vector. If a clone panics, the clones made so
    /// far are dropped (thin-vec's own `clone` would leak them) and `self` is untouched.
    fn clone(&self) -> Self {
        let mut out = Self::with_capacity(self.len());
        for x in self.iter() {
            out.push(x.clone());
        }
        out
    }
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for Vec<T> {
    #[inline]
    fn eq(&self, other: &Vec<U>) -> bool {
        self.as_slice() == other.as_slice()
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
        self.inner.extend(iter.into_iter().copied())
    }
}

impl<T> FromIterator<T> for Vec<T> {
    #[inline]
    #[track_caller]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Vec {
            inner: ThinVec::from_iter(iter),
        }
    }
}

impl<T> From<alloc::vec::Vec<T>> for Vec<T> {
    /// Moves the elements into a new allocation (thin-vec's layout differs from std's).
    #[inline]
    fn from(v: alloc::vec::Vec<T>) -> Self {
        Vec {
            inner: ThinVec::from(v),
        }
    }
}

impl<T> From<Vec<T>> for alloc::vec::Vec<T> {
    /// Moves the elements into a new allocation (thin-vec's layout differs from std's).
    #[inline]
    fn from(v: Vec<T>) -> Self {
        alloc::vec::Vec::from(v.inner)
    }
}

impl<T, const N: usize> From<[T; N]> for Vec<T> {
    #[inline]
    fn from(a: [T; N]) -> Self {
        Vec {
            inner: ThinVec::from(a),
        }
    }
}

impl<T: Clone> From<&[T]> for Vec<T> {
    #[inline]
    fn from(s: &[T]) -> Self {
        Vec {
            inner: ThinVec::from(s),
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

/// A draining iterator over a range of a [`Vec`], from [`Vec::drain`]: thin-vec's own.
pub type Drain<'a, T> = thin_vec::Drain<'a, T>;

/// A splicing iterator, from [`Vec::splice`]: thin-vec's own.
pub type Splice<'a, I> = thin_vec::Splice<'a, I>;

/// An iterator that removes the elements a predicate picks, from [`Vec::extract_if`]:
/// thin-vec's own.
pub type ExtractIf<'a, T, F> = thin_vec::ExtractIf<'a, T, F>;

/// The rest of std's `Vec` API that thin-vec's storage allows.
///
/// The range arguments are checked here first, so a bad range panics with std's message.
/// One difference from std remains in thin-vec's `Drain` (and so `Splice`): if an
/// element's `Drop` panics while the drain drops the elements it did not yield, the
/// remaining ones and the tail are leaked (the vector keeps the elements before the
/// range and stays valid; nothing is dropped twice), where std drops them.
impl<T> Vec<T> {
    /// Sets the length without touching the elements.
    ///
    /// # Safety
    /// `new_len <= capacity()`, and the first `new_len` elements are initialized. An
    /// empty vector that never allocated has capacity 0 and accepts only 0.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::from([1, 2, 3]);
    /// // SAFETY: shortening keeps the first two elements initialized (the third leaks).
    /// unsafe { v.set_len(2) };
    /// assert_eq!(v, [1, 2]);
    /// ```
    #[inline]
    pub unsafe fn set_len(&mut self, new_len: usize) {
        // SAFETY: forwarded contract.
        unsafe { self.inner.set_len(new_len) }
    }

    /// Appends `value` and returns a mutable reference to it.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::new();
    /// *v.push_mut(1) += 1;
    /// assert_eq!(v, [2]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn push_mut(&mut self, value: T) -> &mut T {
        self.push(value);
        let last = self.len() - 1;
        &mut self.as_mut_slice()[last]
    }

    /// Inserts `value` at `index` and returns a mutable reference to it.
    ///
    /// # Panics
    /// Panics if `index > len`, with std's message.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::from([1, 3]);
    /// *v.insert_mut(1, 2) *= 2;
    /// assert_eq!(v, [1, 4, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
        self.insert(index, value);
        &mut self.as_mut_slice()[index]
    }

    /// Removes and returns the last element if `predicate` returns `true` for it.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::from([1, 2]);
    /// assert_eq!(v.pop_if(|x| *x > 1), Some(2));
    /// assert_eq!(v.pop_if(|x| *x > 1), None);
    /// ```
    #[inline]
    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let last = self.as_mut_slice().last_mut()?;
        if predicate(last) {
            self.pop()
        } else {
            None
        }
    }

    /// Removes the elements in `range` and returns them as an iterator; whatever it does
    /// not yield is dropped with it, and the tail then closes the gap.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::from([1, 2, 3, 4]);
    /// let mid: Vec<i32> = v.drain(1..3).collect();
    /// assert_eq!(mid, [2, 3]);
    /// assert_eq!(v, [1, 4]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn drain<R: core::ops::RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let r = crate::contiguous::range_of(range, self.len());
        self.inner.drain(r)
    }

    /// Replaces the elements in `range` with `replace_with`, returning the removed ones as
    /// an iterator; the replacement is inserted when the iterator drops.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::from([1, 2, 3]);
    /// let old: Vec<i32> = v.splice(..1, [7, 8]).collect();
    /// assert_eq!(old, [1]);
    /// assert_eq!(v, [7, 8, 2, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn splice<R, I>(&mut self, range: R, replace_with: I) -> Splice<'_, I::IntoIter>
    where
        R: core::ops::RangeBounds<usize>,
        I: IntoIterator<Item = T>,
    {
        let r = crate::contiguous::range_of(range, self.len());
        self.inner.splice(r, replace_with)
    }

    /// An iterator that removes and yields the elements of `range` for which `filter`
    /// returns `true`; the others stay, in order.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::from([1, 2, 3, 4]);
    /// let evens: Vec<i32> = v.extract_if(.., |x| *x % 2 == 0).collect();
    /// assert_eq!(evens, [2, 4]);
    /// assert_eq!(v, [1, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn extract_if<F, R>(&mut self, range: R, filter: F) -> ExtractIf<'_, T, F>
    where
        F: FnMut(&mut T) -> bool,
        R: core::ops::RangeBounds<usize>,
    {
        let r = crate::contiguous::range_of(range, self.len());
        self.inner.extract_if(r, filter)
    }

    /// Appends clones of the elements in `src`, a range of this vector.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::from([1, 2]);
    /// v.extend_from_within(..);
    /// assert_eq!(v, [1, 2, 1, 2]);
    /// ```
    #[track_caller]
    pub fn extend_from_within<R: core::ops::RangeBounds<usize>>(&mut self, src: R)
    where
        T: Clone,
    {
        let r = crate::contiguous::range_of(src, self.len());
        self.reserve(r.end - r.start);
        for i in r {
            let x = self[i].clone();
            self.push(x);
        }
    }

    /// Resizes to `new_len`, filling new slots with values returned by `f`.
    ///
    /// ```
    /// let mut v = sizespeed::thin::Vec::from([5]);
    /// v.resize_with(3, || 0);
    /// assert_eq!(v, [5, 0, 0]);
    /// ```
    #[track_caller]
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        let len = self.len();
        if new_len <= len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - len);
        for _ in len..new_len {
            self.push(f());
        }
    }

    /// Converts into a boxed slice (a new allocation: thin-vec's layout is not std's).
    ///
    /// ```
    /// let b: Box<[i32]> = sizespeed::thin::Vec::from([1, 2]).into_boxed_slice();
    /// assert_eq!(&*b, [1, 2]);
    /// ```
    #[inline]
    pub fn into_boxed_slice(self) -> alloc::boxed::Box<[T]> {
        alloc::vec::Vec::from(self).into_boxed_slice()
    }

    /// Leaks the vector, returning a mutable slice that lives as long as `'a` wants.
    ///
    /// ```
    /// let s: &'static mut [i32] = sizespeed::thin::Vec::from([1, 2]).leak();
    /// s[0] = 3;
    /// assert_eq!(s, [3, 2]);
    /// ```
    #[inline]
    pub fn leak<'a>(self) -> &'a mut [T] {
        let mut me = core::mem::ManuallyDrop::new(self);
        let len = me.len();
        let p = me.as_mut_ptr();
        // SAFETY: the allocation is never freed, so its `len` live elements stay valid
        // for any lifetime, and nothing else can reach them once `me` is forgotten.
        unsafe { core::slice::from_raw_parts_mut(p, len) }
    }
}

impl<T, const N: usize> Vec<[T; N]> {
    /// Flattens a vector of arrays into a vector of their elements (a new allocation:
    /// thin-vec's header keeps the element count).
    ///
    /// ```
    /// let v = sizespeed::thin::Vec::from([[1, 2], [3, 4]]);
    /// assert_eq!(v.into_flattened(), [1, 2, 3, 4]);
    /// ```
    #[track_caller]
    pub fn into_flattened(self) -> Vec<T> {
        let mut out = Vec::with_capacity(self.len().checked_mul(N).expect("vec len overflow"));
        for a in self {
            out.extend(a);
        }
        out
    }
}

#[doc(hidden)]
impl<T> Vec<T> {
    /// `vec![elem; n]`.
    #[doc(hidden)]
    #[track_caller]
    pub fn __from_elem(elem: T, n: usize) -> Self
    where
        T: Clone,
    {
        let mut v = Self::with_capacity(n);
        v.resize(n, elem);
        v
    }
}

/// Builds a [`thin::Vec`](crate::thin::Vec) like std's `vec!`: `vec![]`, `vec![a, b, c]`,
/// `vec![x; n]`. Import it as `sizespeed::thin::vec`.
///
/// ```
/// use sizespeed::thin::{vec, Vec};
///
/// let a: Vec<u8> = vec![];
/// let b = vec![1, 2, 3];
/// let c = vec![7; 2];
/// assert!(a.is_empty());
/// assert_eq!(b, [1, 2, 3]);
/// assert_eq!(c, [7, 7]);
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __sizespeed_thin_vec {
    () => {
        $crate::thin::Vec::new()
    };
    ($elem:expr; $n:expr) => {
        $crate::thin::Vec::__from_elem($elem, $n)
    };
    ($($x:expr),+ $(,)?) => {
        $crate::thin::Vec::from([$($x),+])
    };
}

crate::contiguous::contiguous_vec_parity_impls!([T] Vec<T>, [] Vec<u8>);
