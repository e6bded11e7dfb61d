//! Code shared by the Vec variants that keep their elements in one slice.
//!
//! The fast, inline and thin vectors each wrap a backing type in a field `inner` whose
//! methods carry std's names. The inherent methods that are the same call on `inner` in
//! every variant, the sorting and dedup methods, the bounds-checked removals of the
//! variants whose backing type has its own panic messages, and every trait impl that only
//! needs the slice view (or forwards to the inherent methods) are written once here as
//! macros and instantiated per variant, instead of copies of the same text. What genuinely
//! differs per variant (constructors, insertion, zero-sized element handling, fallible
//! reservation, shrinking, splitting, and docs with variant-specific notes) stays in each
//! variant's own file.

mod parity;
mod range;

pub(crate) use parity::contiguous_vec_parity_impls;
pub(crate) use range::range_of;

/// Implements, for a contiguous Vec variant `$ty` with generic parameters `[$gen]` (whose
/// element parameter is `T`): `Deref`/`DerefMut<Target = [T]>`, `Index`/`IndexMut` over
/// every `SliceIndex<[T]>`, `AsRef`/`AsMut`/`Borrow`/`BorrowMut<[T]>`, `Debug`, `PartialEq`
/// against slices, arrays and std vectors, `Eq`, `PartialOrd`, `Ord`, `Hash` (as a slice,
/// so it equals std's), `IntoIterator` for `&$ty` and `&mut $ty`, and the
/// [`Stack`](crate::Stack) and [`Seq`](crate::Seq) traits by forwarding to the inherent
/// methods of the same names.
macro_rules! contiguous_vec_impls {
    ([$($gen:tt)*] $ty:ty) => {
        impl<$($gen)*> core::ops::Deref for $ty {
            type Target = [T];
            #[inline]
            fn deref(&self) -> &[T] {
                self.as_slice()
            }
        }

        impl<$($gen)*> core::ops::DerefMut for $ty {
            #[inline]
            fn deref_mut(&mut self) -> &mut [T] {
                self.as_mut_slice()
            }
        }

        impl<$($gen)*, I: core::slice::SliceIndex<[T]>> core::ops::Index<I> for $ty {
            type Output = I::Output;
            #[inline]
            #[track_caller]
            fn index(&self, index: I) -> &I::Output {
                &self.as_slice()[index]
            }
        }

        impl<$($gen)*, I: core::slice::SliceIndex<[T]>> core::ops::IndexMut<I> for $ty {
            #[inline]
            #[track_caller]
            fn index_mut(&mut self, index: I) -> &mut I::Output {
                &mut self.as_mut_slice()[index]
            }
        }

        impl<$($gen)*> AsRef<[T]> for $ty {
            #[inline]
            fn as_ref(&self) -> &[T] {
                self.as_slice()
            }
        }

        impl<$($gen)*> AsMut<[T]> for $ty {
            #[inline]
            fn as_mut(&mut self) -> &mut [T] {
                self.as_mut_slice()
            }
        }

        impl<$($gen)*> core::borrow::Borrow<[T]> for $ty {
            #[inline]
            fn borrow(&self) -> &[T] {
                self.as_slice()
            }
        }

        impl<$($gen)*> core::borrow::BorrowMut<[T]> for $ty {
            #[inline]
            fn borrow_mut(&mut self) -> &mut [T] {
                self.as_mut_slice()
            }
        }

        impl<$($gen)*> core::fmt::Debug for $ty
        where
            T: core::fmt::Debug,
        {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                core::fmt::Debug::fmt(self.as_slice(), f)
            }
        }

        impl<$($gen)*, U> PartialEq<[U]> for $ty
        where
            T: PartialEq<U>,
        {
            #[inline]
            fn eq(&self, other: &[U]) -> bool {
                self.as_slice() == other
            }
        }

        impl<$($gen)*, U> PartialEq<&[U]> for $ty
        where
            T: PartialEq<U>,
        {
            #[inline]
            fn eq(&self, other: &&[U]) -> bool {
                self.as_slice() == *other
            }
        }

        impl<$($gen)*, U, const LEN: usize> PartialEq<[U; LEN]> for $ty
        where
            T: PartialEq<U>,
        {
            #[inline]
            fn eq(&self, other: &[U; LEN]) -> bool {
                self.as_slice() == other.as_slice()
            }
        }

        impl<$($gen)*, U> PartialEq<alloc::vec::Vec<U>> for $ty
        where
            T: PartialEq<U>,
        {
            #[inline]
            fn eq(&self, other: &alloc::vec::Vec<U>) -> bool {
                self.as_slice() == other.as_slice()
            }
        }

        impl<$($gen)*> Eq for $ty where T: Eq {}

        impl<$($gen)*> PartialOrd for $ty
        where
            T: PartialOrd,
        {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
                self.as_slice().partial_cmp(other.as_slice())
            }
        }

        impl<$($gen)*> Ord for $ty
        where
            T: Ord,
        {
            #[inline]
            fn cmp(&self, other: &Self) -> core::cmp::Ordering {
                self.as_slice().cmp(other.as_slice())
            }
        }

        impl<$($gen)*> core::hash::Hash for $ty
        where
            T: core::hash::Hash,
        {
            /// Hashes like a slice, so it agrees with `std::vec::Vec`'s hash.
            #[inline]
            fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
                core::hash::Hash::hash(self.as_slice(), state)
            }
        }

        impl<'a, $($gen)*> IntoIterator for &'a $ty {
            type Item = &'a T;
            type IntoIter = core::slice::Iter<'a, T>;
            #[inline]
            fn into_iter(self) -> core::slice::Iter<'a, T> {
                self.as_slice().iter()
            }
        }

        impl<'a, $($gen)*> IntoIterator for &'a mut $ty {
            type Item = &'a mut T;
            type IntoIter = core::slice::IterMut<'a, T>;
            #[inline]
            fn into_iter(self) -> core::slice::IterMut<'a, T> {
                self.as_mut_slice().iter_mut()
            }
        }

        impl<$($gen)*> $crate::Stack<T> for $ty {
            #[inline]
            fn new() -> Self {
                Self::new()
            }
            #[inline]
            #[track_caller]
            fn push(&mut self, value: T) {
                self.push(value)
            }
            #[inline]
            fn pop(&mut self) -> Option<T> {
                self.pop()
            }
            #[inline]
            fn peek(&self) -> Option<&T> {
                self.peek()
            }
            #[inline]
            fn len(&self) -> usize {
                self.len()
            }
            #[inline]
            fn is_empty(&self) -> bool {
                self.is_empty()
            }
            #[inline]
            fn clear(&mut self) {
                self.clear()
            }
        }

        impl<$($gen)*> $crate::Seq<T> for $ty {
            type Iter<'a>
                = core::slice::Iter<'a, T>
            where
                T: 'a;
            type IterMut<'a>
                = core::slice::IterMut<'a, T>
            where
                T: 'a;
            #[inline]
            #[track_caller]
            fn with_capacity(capacity: usize) -> Self {
                Self::with_capacity(capacity)
            }
            #[inline]
            fn get(&self, index: usize) -> Option<&T> {
                self.get(index)
            }
            #[inline]
            fn get_mut(&mut self, index: usize) -> Option<&mut T> {
                self.get_mut(index)
            }
            #[inline]
            fn first(&self) -> Option<&T> {
                self.first()
            }
            #[inline]
            fn last(&self) -> Option<&T> {
                self.last()
            }
            #[inline]
            #[track_caller]
            fn insert(&mut self, index: usize, value: T) {
                self.insert(index, value)
            }
            #[inline]
            #[track_caller]
            fn remove(&mut self, index: usize) -> T {
                self.remove(index)
            }
            #[inline]
            #[track_caller]
            fn swap_remove(&mut self, index: usize) -> T {
                self.swap_remove(index)
            }
            #[inline]
            fn truncate(&mut self, len: usize) {
                self.truncate(len)
            }
            #[inline]
            #[track_caller]
            fn reserve(&mut self, additional: usize) {
                self.reserve(additional)
            }
            #[inline]
            fn try_reserve(&mut self, additional: usize) -> Result<(), $crate::TryReserveError> {
                self.try_reserve(additional)
            }
            #[inline]
            fn capacity(&self) -> usize {
                self.capacity()
            }
            #[inline]
            fn iter(&self) -> core::slice::Iter<'_, T> {
                self.iter()
            }
            #[inline]
            fn iter_mut(&mut self) -> core::slice::IterMut<'_, T> {
                self.iter_mut()
            }
        }
    };
}

pub(crate) use contiguous_vec_impls;

/// Implements, for a contiguous Vec variant `$ty` with generic parameters `[$gen]` (whose
/// element parameter is `T`) and a field `inner` whose type has the std vector's method
/// names, the inherent methods whose body is the same call on `inner` in every variant.
///
/// Most of them also have the same documentation everywhere and take it from here: `len`,
/// `is_empty`, `as_slice`, `as_mut_slice`, `pop`, `peek`, `get`, `get_mut`, `first`,
/// `last`, `clear`, `reserve_exact`, `iter`, `iter_mut`, `retain_mut`, `resize` and
/// `append`. The others say something variant-specific (what the capacity means, when the
/// elements move), so the invocation gives their doc comments, each followed by the
/// method's name, in this order: `capacity`, `push`, `truncate`, `reserve`,
/// `shrink_to_fit`. Each variant writes the remaining methods by hand (constructors,
/// bounds-checked and zero-size-aware mutations, fallible reservation, shrinking to a
/// bound, splitting).
macro_rules! contiguous_vec_forwarding_methods {
    (
        [$($gen:tt)*] $ty:ty;
        $(#[$capacity_doc:meta])* capacity;
        $(#[$push_doc:meta])* push;
        $(#[$truncate_doc:meta])* truncate;
        $(#[$reserve_doc:meta])* reserve;
        $(#[$shrink_to_fit_doc:meta])* shrink_to_fit;
    ) => {
        impl<$($gen)*> $ty {
            $(#[$capacity_doc])*
            #[inline]
            pub fn capacity(&self) -> usize {
                self.inner.capacity()
            }

            $(#[$push_doc])*
            #[inline]
            #[track_caller]
            pub fn push(&mut self, value: T) {
                self.inner.push(value)
            }

            $(#[$truncate_doc])*
            #[inline]
            pub fn truncate(&mut self, len: usize) {
                self.inner.truncate(len)
            }

            $(#[$reserve_doc])*
            #[inline]
            #[track_caller]
            pub fn reserve(&mut self, additional: usize) {
                self.inner.reserve(additional)
            }

            $(#[$shrink_to_fit_doc])*
            #[inline]
            pub fn shrink_to_fit(&mut self) {
                self.inner.shrink_to_fit()
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

            /// Removes and returns the last element, or `None` if the vector is empty.
            #[inline]
            pub fn pop(&mut self) -> Option<T> {
                self.inner.pop()
            }

            /// The last element, the top of the stack.
            #[inline]
            pub fn peek(&self) -> Option<&T> {
                self.inner.last()
            }

            /// The element at `index`, or `None` if out of bounds.
            #[inline]
            pub fn get(&self, index: usize) -> Option<&T> {
                self.inner.get(index)
            }

            /// The element at `index` mutably, or `None` if out of bounds.
            #[inline]
            pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
                self.inner.get_mut(index)
            }

            /// The first element.
            #[inline]
            pub fn first(&self) -> Option<&T> {
                self.inner.first()
            }

            /// The last element.
            #[inline]
            pub fn last(&self) -> Option<&T> {
                self.inner.last()
            }

            /// Drops every element, keeping the allocation.
            #[inline]
            pub fn clear(&mut self) {
                self.inner.clear()
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

            /// Iterates over shared references.
            #[inline]
            pub fn iter(&self) -> core::slice::Iter<'_, T> {
                self.inner.iter()
            }

            /// Iterates over mutable references.
            #[inline]
            pub fn iter_mut(&mut self) -> core::slice::IterMut<'_, T> {
                self.inner.iter_mut()
            }

            /// Like [`retain`](Self::retain), with mutable access to each element.
            #[inline]
            pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, keep: F) {
                self.inner.retain_mut(keep)
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
        }
    };
}

pub(crate) use contiguous_vec_forwarding_methods;

/// Implements `remove` and `swap_remove` for a contiguous Vec variant `$ty` with generic
/// parameters `[$gen]` whose backing type panics with its own message on a bad index: the
/// index is checked here first, so the panic carries std's message, then the call is
/// forwarded to `inner`. (The fast variant forwards to std directly and needs no check.)
macro_rules! contiguous_vec_checked_removals {
    ([$($gen:tt)*] $ty:ty) => {
        impl<$($gen)*> $ty {
            /// Removes and returns the element at `index`, shifting later elements left.
            ///
            /// # Panics
            /// Panics if `index >= len`, with the index and length in the message.
            #[inline]
            #[track_caller]
            pub fn remove(&mut self, index: usize) -> T {
                let len = self.inner.len();
                if index >= len {
                    $crate::contiguous::remove_out_of_bounds(index, len)
                }
                self.inner.remove(index)
            }

            /// Removes the element at `index` and puts the last element in its place. O(1).
            ///
            /// # Panics
            /// Panics if `index >= len`, with the index and length in the message.
            #[inline]
            #[track_caller]
            pub fn swap_remove(&mut self, index: usize) -> T {
                let len = self.inner.len();
                if index >= len {
                    $crate::contiguous::swap_remove_out_of_bounds(index, len)
                }
                self.inner.swap_remove(index)
            }
        }
    };
}

pub(crate) use contiguous_vec_checked_removals;

/// Implements, for a contiguous Vec variant `$ty` with generic parameters `[$gen]` (whose
/// element parameter is `T`) living in the public module `sizespeed::$variant`, the
/// inherent sorting and dedup methods: `sort`, `sort_by`, `sort_by_key`, `sort_unstable`,
/// `sort_unstable_by`, `sort_unstable_by_key`, `dedup`, `dedup_by` and `dedup_by_key`.
/// Each runs std's monomorphized algorithm from [`crate::fast`] on the slice view, like the
/// rest of these variants; the dedups then truncate to the kept prefix.
macro_rules! contiguous_vec_sort_methods {
    ($variant:ident, [$($gen:tt)*] $ty:ty) => {
        impl<$($gen)*> $ty {
            /// Sorts stably by `Ord` (std's stable sort).
            ///
            /// ```
            #[doc = concat!(
                "let mut v: sizespeed::",
                stringify!($variant),
                "::Vec<i32> = [3, 1, 2].into_iter().collect();"
            )]
            /// v.sort();
            /// assert_eq!(v.as_slice(), [1, 2, 3]);
            /// ```
            #[inline]
            pub fn sort(&mut self)
            where
                T: Ord,
            {
                $crate::fast::sort(self.as_mut_slice())
            }

            /// Sorts stably with a comparator.
            #[inline]
            pub fn sort_by<F: FnMut(&T, &T) -> core::cmp::Ordering>(&mut self, compare: F) {
                $crate::fast::sort_by(self.as_mut_slice(), compare)
            }

            /// Sorts stably by a key.
            #[inline]
            pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
                $crate::fast::sort_by_key(self.as_mut_slice(), key)
            }

            /// Unstable sort by `Ord` (std's unstable sort).
            #[inline]
            pub fn sort_unstable(&mut self)
            where
                T: Ord,
            {
                $crate::fast::sort_unstable(self.as_mut_slice())
            }

            /// Unstable sort with a comparator.
            #[inline]
            pub fn sort_unstable_by<F: FnMut(&T, &T) -> core::cmp::Ordering>(
                &mut self,
                compare: F,
            ) {
                $crate::fast::sort_unstable_by(self.as_mut_slice(), compare)
            }

            /// Unstable sort by a key.
            #[inline]
            pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
                $crate::fast::sort_unstable_by_key(self.as_mut_slice(), key)
            }

            /// Removes consecutive duplicates by `==`, keeping the first of each run.
            ///
            /// ```
            #[doc = concat!(
                "let mut v: sizespeed::",
                stringify!($variant),
                "::Vec<i32> = [1, 1, 2, 2, 1].into_iter().collect();"
            )]
            /// v.dedup();
            /// assert_eq!(v.as_slice(), [1, 2, 1]);
            /// ```
            #[inline]
            pub fn dedup(&mut self)
            where
                T: PartialEq,
            {
                let n = $crate::fast::dedup(self.as_mut_slice());
                self.truncate(n)
            }

            /// Removes consecutive elements for which `same_bucket(later, earlier)` holds. If
            /// the closure panics, the vector keeps every element.
            #[inline]
            pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, same_bucket: F) {
                let n = $crate::fast::dedup_by(self.as_mut_slice(), same_bucket);
                self.truncate(n)
            }

            /// Removes consecutive elements with equal keys.
            #[inline]
            pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, key: F) {
                let n = $crate::fast::dedup_by_key(self.as_mut_slice(), key);
                self.truncate(n)
            }
        }
    };
}

pub(crate) use contiguous_vec_sort_methods;

/// Panics with std's message for `insert` past the end.
#[cold]
#[inline(never)]
#[track_caller]
pub(crate) fn insert_out_of_bounds(index: usize, len: usize) -> ! {
    panic!("insertion index (is {index}) should be <= len (is {len})")
}

/// Panics with std's message for `remove` out of bounds.
#[cold]
#[inline(never)]
#[track_caller]
pub(crate) fn remove_out_of_bounds(index: usize, len: usize) -> ! {
    panic!("removal index (is {index}) should be < len (is {len})")
}

/// Panics with std's message for `swap_remove` out of bounds.
#[cold]
#[inline(never)]
#[track_caller]
pub(crate) fn swap_remove_out_of_bounds(index: usize, len: usize) -> ! {
    panic!("swap_remove index (is {index}) should be < len (is {len})")
}

/// Panics with std's message for `split_off` past the end.
#[cold]
#[inline(never)]
#[track_caller]
pub(crate) fn split_off_out_of_bounds(at: usize, len: usize) -> ! {
    panic!("`at` split index (is {at}) should be <= len (is {len})")
}
