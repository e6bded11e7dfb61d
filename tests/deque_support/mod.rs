//! The full inherent API of both deque variants as one trait, so that the suites can be
//! written once, generically, and instantiated for `fast` and `small`.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::fmt::Debug;
use std::hash::Hash;
use std::ops::{Index, IndexMut};

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
