//! [`Vec`]: a growable array whose growing, inserting, removing, truncating and dropping
//! logic exists once in the binary, whatever the number of element types.

mod drain;
mod iter;
mod traits;

use core::marker::PhantomData;
use core::mem::{self, ManuallyDrop, MaybeUninit};
use core::ops::RangeBounds;
use core::ptr::{self, NonNull};
use core::slice;

pub use drain::{Drain, ExtractIf, Splice};
pub use iter::{IntoIter, Iter, IterMut};

use crate::raw::vec::RawVec;
use crate::raw::{DropFn, ElemInfo};
use crate::small::drop_fn;
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
/// The buffer is allocated exactly as std's is (the global allocator,
/// `Layout::array::<T>(capacity)`, nothing allocated for zero-sized `T` or capacity 0), so
/// converting to and from `std::vec::Vec` reuses the allocation, and
/// [`from_raw_parts`](Self::from_raw_parts) accepts a std vector's parts.
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
    pub(super) const INFO: &'static ElemInfo = ElemInfo::of::<T>();
    /// `T`'s drop glue, passed to the cores that drop elements.
    const DROP: DropFn = drop_fn::<T>();

    /// The untyped buffer, for the shims in other modules (sorting, dedup).
    #[inline(always)]
    pub(crate) fn raw_mut(&mut self) -> &mut RawVec {
        &mut self.raw
    }

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
        unsafe { self.raw.truncate(Self::INFO, Self::DROP, len) }
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
    pub fn reserve(&mut self, additional: usize) {
        self.raw.reserve(Self::INFO, additional)
    }

    /// Reserves room for exactly `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
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
        /// `reject(data, element, _)`: whether `keep` refuses the element.
        ///
        /// # Safety
        /// `data` points to the `F`; `e` to a live `T` that nothing else borrows.
        unsafe fn reject<T, F: FnMut(&mut T) -> bool>(
            data: *mut (),
            e: *mut u8,
            _last_kept: *mut u8,
        ) -> bool {
            // SAFETY: the caller's guarantee; the `F` is exclusively ours for the call.
            !unsafe { (*(data as *mut F))(&mut *(e as *mut T)) }
        }
        // SAFETY: the data pointer is the `F` that `reject::<T, F>` expects, alive for the
        // call, and `reject` ignores the last-kept pointer; the elements are `T`s.
        unsafe {
            self.raw.reject_scan(
                Self::INFO,
                Self::DROP,
                0,
                &mut keep as *mut F as *mut (),
                reject::<T, F>,
            )
        }
    }

    /// Appends clones of every element of `other`.
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

/// The rest of std's `Vec` API. The tail shifts and bulk drops of `drain`, `splice` and
/// `extract_if` are in the shared core (`raw::vec_drain`); these shims only read elements
/// out and call the user's closures.
impl<T> Vec<T> {
    /// Creates a vector from a pointer, a length and a capacity, with exactly the contract
    /// of [`alloc::vec::Vec::from_raw_parts`]: this vector allocates like std's (the global
    /// allocator, `Layout::array::<T>(capacity)`), so the parts of a std vector are valid
    /// here and the other way round.
    ///
    /// # Safety
    /// `ptr` was allocated by the global allocator for `capacity` elements of `T` (or is
    /// dangling and aligned when `capacity` is 0 or `T` is zero-sized), the first
    /// `length <= capacity` elements are initialized, and nothing else owns the
    /// allocation.
    ///
    /// ```
    /// let v = std::mem::ManuallyDrop::new(vec![1u16, 2, 3]);
    /// let (p, len, cap) = (v.as_ptr() as *mut u16, v.len(), v.capacity());
    /// // SAFETY: the parts of a std vector that is never used again.
    /// let w = unsafe { sizespeed::small::Vec::from_raw_parts(p, len, cap) };
    /// assert_eq!(w, [1, 2, 3]);
    /// ```
    #[inline]
    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Self {
        let cap = if mem::size_of::<T>() == 0 {
            usize::MAX
        } else {
            capacity
        };
        Vec {
            // SAFETY: the caller's promise gives `RawVec`'s field invariants: the
            // allocation's layout is `Layout::array::<T>(cap)`, which is
            // `INFO.array(cap)` (same size and alignment); a zero-sized `T` has
            // `cap == usize::MAX`; `ptr` is non-null because it is aligned.
            raw: unsafe { RawVec::from_parts(NonNull::new_unchecked(ptr as *mut u8), cap, length) },
            marker: PhantomData,
        }
    }

    /// Decomposes the vector into its pointer, length and capacity, which
    /// [`from_raw_parts`](Self::from_raw_parts) (or std's) takes back.
    ///
    /// ```
    /// let (p, len, cap) = sizespeed::small::Vec::from([5u8, 6]).into_raw_parts();
    /// // SAFETY: the parts just taken from a vector, whose layout is std's.
    /// let v = unsafe { Vec::from_raw_parts(p, len, cap) };
    /// assert_eq!(v, [5, 6]);
    /// ```
    #[inline]
    pub fn into_raw_parts(self) -> (*mut T, usize, usize) {
        let me = ManuallyDrop::new(self);
        (me.raw.ptr() as *mut T, me.raw.len(), me.raw.capacity())
    }

    /// Sets the length without touching the elements.
    ///
    /// # Safety
    /// `new_len <= capacity()`, and the first `new_len` elements are initialized.
    ///
    /// ```
    /// let mut v = sizespeed::small::Vec::<u8>::with_capacity(2);
    /// v.spare_capacity_mut()[0].write(4);
    /// // SAFETY: element 0 is initialized and within the capacity.
    /// unsafe { v.set_len(1) };
    /// assert_eq!(v, [4]);
    /// ```
    #[inline]
    pub unsafe fn set_len(&mut self, new_len: usize) {
        // SAFETY: forwarded contract.
        unsafe { self.raw.set_len(new_len) }
    }

    /// Appends `value` and returns a mutable reference to it.
    ///
    /// ```
    /// let mut v = sizespeed::small::Vec::new();
    /// *v.push_mut(2) *= 3;
    /// assert_eq!(v, [6]);
    /// ```
    #[inline]
    pub fn push_mut(&mut self, value: T) -> &mut T {
        self.push(value);
        let last = self.raw.len() - 1;
        // SAFETY: the element just pushed is at `len - 1`.
        unsafe { &mut *self.as_mut_ptr().add(last) }
    }

    /// Inserts `value` at `index` and returns a mutable reference to it.
    ///
    /// # Panics
    /// Panics if `index > len`, with std's message.
    ///
    /// ```
    /// let mut v = sizespeed::small::Vec::from([1, 3]);
    /// *v.insert_mut(1, 2) += 40;
    /// assert_eq!(v, [1, 42, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
        self.insert(index, value);
        // SAFETY: the element just inserted is at `index < len`.
        unsafe { &mut *self.as_mut_ptr().add(index) }
    }

    /// Removes and returns the last element if `predicate` returns `true` for it.
    ///
    /// ```
    /// let mut v = sizespeed::small::Vec::from([1, 2]);
    /// assert_eq!(v.pop_if(|x| *x == 2), Some(2));
    /// assert_eq!(v.pop_if(|x| *x == 2), None);
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

    /// Appends clones of the elements in `src`, a range of this vector.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::small::Vec::from([1, 2, 3]);
    /// v.extend_from_within(1..);
    /// assert_eq!(v, [1, 2, 3, 2, 3]);
    /// ```
    pub fn extend_from_within<R: RangeBounds<usize>>(&mut self, src: R)
    where
        T: Clone,
    {
        let r = crate::contiguous::range_of(src, self.raw.len());
        self.reserve(r.end - r.start);
        for i in r {
            // Each clone is made from the element where it lives; after the reservation
            // the push does not move the buffer.
            let x = self[i].clone();
            self.push(x);
        }
    }

    /// Resizes to `new_len`, filling new slots with values returned by `f`.
    ///
    /// ```
    /// let mut v = sizespeed::small::Vec::from([9]);
    /// v.resize_with(3, Default::default);
    /// assert_eq!(v, [9, 0, 0]);
    /// ```
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        let len = self.raw.len();
        if new_len <= len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - len);
        for _ in len..new_len {
            self.push(f());
        }
    }

    /// The unused capacity, as uninitialized slots.
    ///
    /// ```
    /// let mut v = sizespeed::small::Vec::<u32>::with_capacity(3);
    /// v.push(1);
    /// assert!(v.spare_capacity_mut().len() >= 2);
    /// ```
    #[inline]
    pub fn spare_capacity_mut(&mut self) -> &mut [MaybeUninit<T>] {
        let len = self.raw.len();
        // SAFETY: slots `len..cap` are inside the buffer (for a zero-sized `T` no memory
        // is touched) and uninitialized memory is valid `MaybeUninit`; `&mut self` makes
        // the access unique.
        unsafe {
            slice::from_raw_parts_mut(
                self.raw.slot(Self::INFO, len) as *mut MaybeUninit<T>,
                self.raw.capacity() - len,
            )
        }
    }

    /// Converts into a boxed slice, dropping any excess capacity first.
    ///
    /// ```
    /// let b: Box<[u8]> = sizespeed::small::Vec::from([1, 2]).into_boxed_slice();
    /// assert_eq!(&*b, [1, 2]);
    /// ```
    #[inline]
    pub fn into_boxed_slice(mut self) -> alloc::boxed::Box<[T]> {
        self.shrink_to_fit();
        // The shrink made `len == capacity`, so std's conversion only rewraps.
        alloc::vec::Vec::from(self).into_boxed_slice()
    }

    /// Leaks the vector, returning a mutable slice that lives as long as `'a` wants.
    ///
    /// ```
    /// let s: &'static mut [i32] = sizespeed::small::Vec::from([3, 4]).leak();
    /// s[1] = 7;
    /// assert_eq!(s, [3, 7]);
    /// ```
    #[inline]
    pub fn leak<'a>(self) -> &'a mut [T] {
        let mut me = ManuallyDrop::new(self);
        // SAFETY: the buffer is never freed, so its live elements stay valid for any
        // lifetime; nothing else can reach them once `me` is forgotten.
        unsafe { slice::from_raw_parts_mut(me.as_mut_ptr(), me.raw.len()) }
    }
}

impl<T, const N: usize> Vec<[T; N]> {
    /// Flattens a vector of arrays into a vector of their elements, reusing the
    /// allocation.
    ///
    /// # Panics
    /// Panics with std's message if the new length would overflow `usize` (only possible
    /// for a zero-sized `T`).
    ///
    /// ```
    /// let v = sizespeed::small::Vec::from([[1, 2], [3, 4]]);
    /// assert_eq!(v.into_flattened(), [1, 2, 3, 4]);
    /// ```
    pub fn into_flattened(self) -> Vec<T> {
        let (ptr, len, cap) = self.into_raw_parts();
        let (new_len, new_cap) = if mem::size_of::<T>() == 0 {
            (len.checked_mul(N).expect("vec len overflow"), usize::MAX)
        } else {
            // `len <= cap` and `cap * N * size_of::<T>()` bytes were allocated, so neither
            // product overflows.
            (len * N, cap * N)
        };
        // SAFETY: `[T; N]` is `N` consecutive `T`s with `T`'s alignment, so the buffer of
        // `cap` arrays is exactly `Layout::array::<T>(cap * N)`, and its first `len * N`
        // `T`s are initialized.
        unsafe { Vec::from_raw_parts(ptr as *mut T, new_len, new_cap) }
    }
}

#[doc(hidden)]
impl<T> Vec<T> {
    /// `vec![elem; n]`.
    #[doc(hidden)]
    pub fn __from_elem(elem: T, n: usize) -> Self
    where
        T: Clone,
    {
        let mut v = Self::new();
        v.resize(n, elem);
        v
    }
}

/// Builds a [`small::Vec`](crate::small::Vec) like std's `vec!`: `vec![]`,
/// `vec![a, b, c]`, `vec![x; n]`. Import it as `sizespeed::small::vec` (or
/// `sizespeed::auto::vec`).
///
/// ```
/// use sizespeed::small::{vec, Vec};
///
/// let a: Vec<u8> = vec![];
/// let b = vec![1, 2, 3];
/// let c = vec![0u64; 4];
/// assert!(a.is_empty());
/// assert_eq!(b, [1, 2, 3]);
/// assert_eq!(c, [0, 0, 0, 0]);
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __sizespeed_small_vec {
    () => {
        $crate::small::Vec::new()
    };
    ($elem:expr; $n:expr) => {
        $crate::small::Vec::__from_elem($elem, $n)
    };
    ($($x:expr),+ $(,)?) => {
        $crate::small::Vec::from([$($x),+])
    };
}

impl<T> Drop for Vec<T> {
    /// One out-of-line copy per element type: a vector is dropped at many places (each
    /// scope end and each unwinding path), and each then only passes `self`.
    #[inline(never)]
    fn drop(&mut self) {
        // SAFETY: the buffer holds `T`s, which are dropped here once; it is not used
        // again.
        unsafe { self.raw.drop_all(Self::INFO, Self::DROP) }
    }
}
