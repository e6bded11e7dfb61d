//! The full inherent API of both deque variants as one trait, so that the suites can be
//! written once, generically, and instantiated for `fast` and `small`.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::fmt::Debug;
use std::hash::Hash;
use std::ops::{Bound, Index, IndexMut};

use sizespeed::{Deque, TryReserveError};

/// Every deque method beyond the `Deque` trait, forwarded to the inherent methods.
pub trait FullDeque<T>:
    Deque<T>
    + Index<usize, Output = T>
    + IndexMut<usize>
    + IntoIterator<Item = T, IntoIter: DoubleEndedIterator + ExactSizeIterator>
    + From<VecDeque<T>>
    + From<Vec<T>>
    + Into<VecDeque<T>>
{
    fn capacity(&self) -> usize;
    fn truncate(&mut self, len: usize);
    fn front_mut(&mut self) -> Option<&mut T>;
    fn back_mut(&mut self) -> Option<&mut T>;
    fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError>;
    fn shrink_to_fit(&mut self);
    fn swap(&mut self, i: usize, j: usize);
    fn contains(&self, x: &T) -> bool
    where
        T: PartialEq;
    fn retain(&mut self, keep: &mut dyn FnMut(&T) -> bool);
    fn retain_mut(&mut self, keep: &mut dyn FnMut(&mut T) -> bool);
    fn make_contiguous(&mut self) -> &mut [T];
    fn as_slices(&self) -> (&[T], &[T]);
    fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]);
    fn from_array<const N: usize>(a: [T; N]) -> Self;
    /// `PartialEq` against a `VecDeque`, in both directions.
    fn eq_std(&self, other: &VecDeque<T>) -> bool
    where
        T: PartialEq;
    fn std_eq(other: &VecDeque<T>, this: &Self) -> bool
    where
        T: PartialEq;
    fn clone_deque(&self) -> Self
    where
        T: Clone;
    fn debug(&self) -> String
    where
        T: Debug;
    fn hash_u64(&self) -> u64
    where
        T: Hash;
    fn cmp_deque(&self, other: &Self) -> std::cmp::Ordering
    where
        T: Ord;
    fn partial_cmp_deque(&self, other: &Self) -> Option<std::cmp::Ordering>
    where
        T: PartialOrd;
    fn eq_deque(&self, other: &Self) -> bool
    where
        T: PartialEq;
    fn extend_copied<'a>(&mut self, items: &'a [T])
    where
        T: Copy + 'a;

    // ---- the rest of `VecDeque`'s API ----
    fn reserve_exact(&mut self, additional: usize);
    fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError>;
    fn shrink_to(&mut self, min_capacity: usize);
    /// `range(r)`, collected front to back.
    fn range_vec(&self, r: Range) -> Vec<&T>;
    /// `range(r).rev()`, collected.
    fn range_rev(&self, r: Range) -> Vec<&T>;
    /// Calls `f` on each element of `range_mut(r)`, mixing both ends.
    fn range_mut_apply(&mut self, r: Range, f: &mut dyn FnMut(&mut T));
    /// `drain(r)`: takes `front` elements from the front and `back` from the back (fewer
    /// if it runs out), checks `len()` on the way, then drops the iterator.
    fn drain_take(&mut self, r: Range, front: usize, back: usize) -> (Vec<T>, Vec<T>);
    /// `drain(r)`, leaked after yielding `front` elements from the front.
    fn drain_forget(&mut self, r: Range, front: usize) -> Vec<T>;
    fn drain_debug(&mut self, r: Range) -> String
    where
        T: Debug;
    fn pop_front_if(&mut self, p: &mut dyn FnMut(&mut T) -> bool) -> Option<T>;
    fn pop_back_if(&mut self, p: &mut dyn FnMut(&mut T) -> bool) -> Option<T>;
    fn push_back_mut(&mut self, value: T) -> &mut T;
    fn push_front_mut(&mut self, value: T) -> &mut T;
    fn insert(&mut self, index: usize, value: T);
    fn insert_mut(&mut self, index: usize, value: T) -> &mut T;
    fn remove(&mut self, index: usize) -> Option<T>;
    fn swap_remove_front(&mut self, index: usize) -> Option<T>;
    fn swap_remove_back(&mut self, index: usize) -> Option<T>;
    fn split_off(&mut self, at: usize) -> Self;
    fn append(&mut self, other: &mut Self);
    fn rotate_left(&mut self, n: usize);
    fn rotate_right(&mut self, n: usize);
    fn resize(&mut self, new_len: usize, value: T)
    where
        T: Clone;
    fn resize_with(&mut self, new_len: usize, f: &mut dyn FnMut() -> T);
    fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord;
    fn binary_search_by_key_u64(&self, b: u64, f: &dyn Fn(&T) -> u64) -> Result<usize, usize>;
    fn partition_point(&self, p: &mut dyn FnMut(&T) -> bool) -> usize;
    fn into_vec(self) -> Vec<T>;
    /// `PartialEq` against `&[T]`, `&mut [T]` and, for `N == len`, arrays by reference.
    fn eq_slice(&self, s: &mut [T]) -> bool
    where
        T: PartialEq;
}

/// A range as a pair of bounds, which is what the trait's range methods take.
pub type Range = (Bound<usize>, Bound<usize>);

/// Whether `r` is a valid range for a deque of `len` elements, as `slice::range` decides.
pub fn range_ok(r: Range, len: usize) -> bool {
    let s = match r.0 {
        Bound::Included(s) => Some(s),
        Bound::Excluded(s) => s.checked_add(1),
        Bound::Unbounded => Some(0),
    };
    let e = match r.1 {
        Bound::Included(e) => e.checked_add(1),
        Bound::Excluded(e) => Some(e),
        Bound::Unbounded => Some(len),
    };
    matches!((s, e), (Some(s), Some(e)) if s <= e && e <= len)
}

/// Hashes with std's default hasher (fixed keys), for comparing hashes.
pub fn std_hash<H: Hash + ?Sized>(x: &H) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(x)
}

macro_rules! impl_full {
    ($($variant:ident),*) => {$(
        impl<T> FullDeque<T> for sizespeed::$variant::Deque<T> {
            fn capacity(&self) -> usize { self.capacity() }
            fn truncate(&mut self, len: usize) { self.truncate(len) }
            fn front_mut(&mut self) -> Option<&mut T> { self.front_mut() }
            fn back_mut(&mut self) -> Option<&mut T> { self.back_mut() }
            fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
                self.try_reserve(additional)
            }
            fn shrink_to_fit(&mut self) { self.shrink_to_fit() }
            fn swap(&mut self, i: usize, j: usize) { self.swap(i, j) }
            fn contains(&self, x: &T) -> bool where T: PartialEq { self.contains(x) }
            fn retain(&mut self, keep: &mut dyn FnMut(&T) -> bool) { self.retain(keep) }
            fn retain_mut(&mut self, keep: &mut dyn FnMut(&mut T) -> bool) {
                self.retain_mut(keep)
            }
            fn make_contiguous(&mut self) -> &mut [T] { self.make_contiguous() }
            fn as_slices(&self) -> (&[T], &[T]) { self.as_slices() }
            fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]) { self.as_mut_slices() }
            fn from_array<const N: usize>(a: [T; N]) -> Self { Self::from(a) }
            fn eq_std(&self, other: &VecDeque<T>) -> bool where T: PartialEq { self == other }
            fn std_eq(other: &VecDeque<T>, this: &Self) -> bool where T: PartialEq {
                other == this
            }
            fn clone_deque(&self) -> Self where T: Clone { self.clone() }
            fn debug(&self) -> String where T: Debug { format!("{self:?}") }
            fn hash_u64(&self) -> u64 where T: Hash { std_hash(self) }
            fn cmp_deque(&self, other: &Self) -> std::cmp::Ordering where T: Ord {
                Ord::cmp(self, other)
            }
            fn partial_cmp_deque(&self, other: &Self) -> Option<std::cmp::Ordering>
            where
                T: PartialOrd,
            {
                PartialOrd::partial_cmp(self, other)
            }
            fn eq_deque(&self, other: &Self) -> bool where T: PartialEq { self == other }
            fn extend_copied<'a>(&mut self, items: &'a [T]) where T: Copy + 'a {
                self.extend(items)
            }
            fn reserve_exact(&mut self, additional: usize) { self.reserve_exact(additional) }
            fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
                self.try_reserve_exact(additional)
            }
            fn shrink_to(&mut self, min_capacity: usize) { self.shrink_to(min_capacity) }
            fn range_vec(&self, r: Range) -> Vec<&T> {
                let it = self.range(r);
                let n = it.len();
                let v: Vec<&T> = it.collect();
                assert_eq!(v.len(), n);
                v
            }
            fn range_rev(&self, r: Range) -> Vec<&T> { self.range(r).rev().collect() }
            fn range_mut_apply(&mut self, r: Range, f: &mut dyn FnMut(&mut T)) {
                let mut it = self.range_mut(r);
                let mut back = false;
                loop {
                    let x = if back { it.next_back() } else { it.next() };
                    match x {
                        Some(x) => f(x),
                        None => break,
                    }
                    back = !back;
                }
            }
            fn drain_take(&mut self, r: Range, front: usize, back: usize) -> (Vec<T>, Vec<T>) {
                let mut it = self.drain(r);
                let mut a = Vec::new();
                let mut b = Vec::new();
                for _ in 0..front {
                    let n = it.len();
                    assert_eq!(it.size_hint(), (n, Some(n)));
                    match it.next() {
                        Some(x) => a.push(x),
                        None => assert_eq!(n, 0),
                    }
                }
                for _ in 0..back {
                    let n = it.len();
                    match it.next_back() {
                        Some(x) => b.push(x),
                        None => {
                            assert_eq!(n, 0);
                            // Fused: stays exhausted.
                            assert!(it.next().is_none());
                        }
                    }
                }
                (a, b)
            }
            fn drain_forget(&mut self, r: Range, front: usize) -> Vec<T> {
                let mut it = self.drain(r);
                let a = it.by_ref().take(front).collect();
                std::mem::forget(it);
                a
            }
            fn drain_debug(&mut self, r: Range) -> String where T: Debug {
                let it = self.drain(r);
                format!("{it:?}")
            }
            fn pop_front_if(&mut self, p: &mut dyn FnMut(&mut T) -> bool) -> Option<T> {
                self.pop_front_if(|x| p(x))
            }
            fn pop_back_if(&mut self, p: &mut dyn FnMut(&mut T) -> bool) -> Option<T> {
                self.pop_back_if(|x| p(x))
            }
            fn push_back_mut(&mut self, value: T) -> &mut T { self.push_back_mut(value) }
            fn push_front_mut(&mut self, value: T) -> &mut T { self.push_front_mut(value) }
            fn insert(&mut self, index: usize, value: T) { self.insert(index, value) }
            fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
                self.insert_mut(index, value)
            }
            fn remove(&mut self, index: usize) -> Option<T> { self.remove(index) }
            fn swap_remove_front(&mut self, index: usize) -> Option<T> {
                self.swap_remove_front(index)
            }
            fn swap_remove_back(&mut self, index: usize) -> Option<T> {
                self.swap_remove_back(index)
            }
            fn split_off(&mut self, at: usize) -> Self { self.split_off(at) }
            fn append(&mut self, other: &mut Self) { self.append(other) }
            fn rotate_left(&mut self, n: usize) { self.rotate_left(n) }
            fn rotate_right(&mut self, n: usize) { self.rotate_right(n) }
            fn resize(&mut self, new_len: usize, value: T) where T: Clone {
                self.resize(new_len, value)
            }
            fn resize_with(&mut self, new_len: usize, f: &mut dyn FnMut() -> T) {
                self.resize_with(new_len, f)
            }
            fn binary_search(&self, x: &T) -> Result<usize, usize> where T: Ord {
                self.binary_search(x)
            }
            fn binary_search_by_key_u64(
                &self,
                b: u64,
                f: &dyn Fn(&T) -> u64,
            ) -> Result<usize, usize> {
                self.binary_search_by_key(&b, |x| f(x))
            }
            fn partition_point(&self, p: &mut dyn FnMut(&T) -> bool) -> usize {
                self.partition_point(p)
            }
            fn into_vec(self) -> Vec<T> { Vec::from(self) }
            fn eq_slice(&self, s: &mut [T]) -> bool where T: PartialEq {
                let a = *self == &*s;
                let b = *self == &mut *s;
                assert_eq!(a, b);
                a
            }
        }
    )*};
}

impl_full!(fast, small);

/// The contents front to back, through `iter`.
pub fn contents<T: Clone, D: FullDeque<T>>(d: &D) -> Vec<T> {
    d.iter().cloned().collect()
}

/// Checks `d` against the model: length, order (forwards, backwards, through the slices),
/// and that the capacity covers the length.
#[track_caller]
pub fn check_same<T: PartialEq + Debug, D: FullDeque<T>>(d: &D, model: &VecDeque<T>) {
    assert_eq!(d.len(), model.len());
    assert_eq!(d.is_empty(), model.is_empty());
    assert!(d.capacity() >= d.len());
    assert!(d.iter().eq(model.iter()), "forward order differs");
    assert!(
        d.iter().rev().eq(model.iter().rev()),
        "backward order differs"
    );
    assert_eq!(d.iter().len(), model.len());
    let (a, b) = d.as_slices();
    assert_eq!(a.len() + b.len(), model.len());
    assert!(a.iter().chain(b).eq(model.iter()), "slices differ");
    assert_eq!(d.front(), model.front());
    assert_eq!(d.back(), model.back());
}
