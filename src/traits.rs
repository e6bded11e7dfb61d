//! The family traits every variant implements.
//!
//! Each container family has one trait. Code written against the trait works with every
//! variant, so moving between the ends of the dial is a change of one type name:
//!
//! ```
//! use sizespeed::Seq;
//!
//! fn total<S: Seq<u32>>(items: &S) -> u32 {
//!     items.iter().sum()
//! }
//!
//! let fast: sizespeed::fast::Vec<u32> = (1..=4).collect();
//! let small: sizespeed::small::Vec<u32> = (1..=4).collect();
//! assert_eq!(total(&fast), total(&small));
//! ```
//!
//! Every variant also has the same methods as inherent methods, so the traits only need
//! to be imported by code that is generic over the variant.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::hash::Hash;

use crate::TryReserveError;

/// The stack ADT: last in, first out.
///
/// This is the smallest interface the crate offers and the one its root aliases
/// ([`FastStack`](crate::FastStack), [`MediumStack`](crate::MediumStack),
/// [`SmallStack`](crate::SmallStack)) are named after.
///
/// ```
/// use sizespeed::{SmallStack, Stack};
///
/// let mut s = SmallStack::new();
/// s.push("a");
/// s.push("b");
/// assert_eq!(s.peek(), Some(&"b"));
/// assert_eq!(s.pop(), Some("b"));
/// assert_eq!(s.len(), 1);
/// ```
pub trait Stack<T> {
    /// Creates an empty stack. Does not allocate.
    fn new() -> Self
    where
        Self: Sized;
    /// Pushes `value` on top of the stack.
    ///
    /// # Panics
    /// Panics if the new capacity would overflow `isize::MAX` bytes.
    fn push(&mut self, value: T);
    /// Removes and returns the top element, or `None` if the stack is empty.
    fn pop(&mut self) -> Option<T>;
    /// Returns the top element without removing it.
    fn peek(&self) -> Option<&T>;
    /// The number of elements.
    fn len(&self) -> usize;
    /// Whether the stack holds no element.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Drops every element, keeping the allocation.
    fn clear(&mut self);
}

/// A growable sequence with `Vec`'s core interface.
///
/// All five Vec variants implement it: [`fast::Vec`](crate::fast::Vec),
/// [`small::Vec`](crate::small::Vec), [`inline::Vec`](crate::inline::Vec),
/// [`thin::Vec`](crate::thin::Vec) and [`boxed::Vec`](crate::boxed::Vec).
///
/// ```
/// use sizespeed::Seq;
///
/// fn middle<S: Seq<u8>>() -> S {
///     let mut s = S::with_capacity(4);
///     s.extend([1, 2, 4]);
///     s.insert(2, 3);
///     s.remove(0);
///     s
/// }
///
/// let v: sizespeed::thin::Vec<u8> = middle();
/// assert_eq!(v.iter().copied().collect::<Vec<_>>(), [2, 3, 4]);
/// ```
pub trait Seq<T>: Stack<T> + Extend<T> + FromIterator<T> + Default {
    /// Shared iterator over the elements, front to back.
    type Iter<'a>: DoubleEndedIterator<Item = &'a T> + ExactSizeIterator
    where
        Self: 'a,
        T: 'a;
    /// Mutable iterator over the elements, front to back.
    type IterMut<'a>: DoubleEndedIterator<Item = &'a mut T> + ExactSizeIterator
    where
        Self: 'a,
        T: 'a;

    /// Creates an empty sequence with room for at least `capacity` elements.
    fn with_capacity(capacity: usize) -> Self;
    /// The element at `index`, or `None` if out of bounds.
    fn get(&self, index: usize) -> Option<&T>;
    /// The element at `index` mutably, or `None` if out of bounds.
    fn get_mut(&mut self, index: usize) -> Option<&mut T>;
    /// The first element.
    fn first(&self) -> Option<&T>;
    /// The last element.
    fn last(&self) -> Option<&T>;
    /// Inserts `value` at `index`, shifting later elements right.
    ///
    /// # Panics
    /// Panics if `index > len`.
    fn insert(&mut self, index: usize, value: T);
    /// Removes and returns the element at `index`, shifting later elements left.
    ///
    /// # Panics
    /// Panics if `index >= len`.
    fn remove(&mut self, index: usize) -> T;
    /// Removes the element at `index` and replaces it with the last one. O(1).
    ///
    /// # Panics
    /// Panics if `index >= len`.
    fn swap_remove(&mut self, index: usize) -> T;
    /// Keeps the first `len` elements and drops the rest. No effect if `len >= self.len()`.
    fn truncate(&mut self, len: usize);
    /// Reserves room for at least `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity would overflow `isize::MAX` bytes.
    fn reserve(&mut self, additional: usize);
    /// Like [`reserve`](Seq::reserve), but reports failure instead of panicking or aborting.
    fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError>;
    /// The number of elements the sequence can hold without reallocating.
    fn capacity(&self) -> usize;
    /// Iterates over shared references to the elements.
    fn iter(&self) -> Self::Iter<'_>;
    /// Iterates over mutable references to the elements.
    fn iter_mut(&mut self) -> Self::IterMut<'_>;
}

/// A double-ended queue with `VecDeque`'s core interface.
pub trait Deque<T>: Extend<T> + FromIterator<T> + Default {
    /// Shared iterator, front to back.
    type Iter<'a>: DoubleEndedIterator<Item = &'a T> + ExactSizeIterator
    where
        Self: 'a,
        T: 'a;
    /// Mutable iterator, front to back.
    type IterMut<'a>: DoubleEndedIterator<Item = &'a mut T> + ExactSizeIterator
    where
        Self: 'a,
        T: 'a;

    /// Creates an empty deque. Does not allocate.
    fn new() -> Self;
    /// Creates an empty deque with room for at least `capacity` elements.
    fn with_capacity(capacity: usize) -> Self;
    /// Appends `value` at the back.
    fn push_back(&mut self, value: T);
    /// Prepends `value` at the front.
    fn push_front(&mut self, value: T);
    /// Removes and returns the back element.
    fn pop_back(&mut self) -> Option<T>;
    /// Removes and returns the front element.
    fn pop_front(&mut self) -> Option<T>;
    /// The front element.
    fn front(&self) -> Option<&T>;
    /// The back element.
    fn back(&self) -> Option<&T>;
    /// The element `index` places from the front.
    fn get(&self, index: usize) -> Option<&T>;
    /// The element `index` places from the front, mutably.
    fn get_mut(&mut self, index: usize) -> Option<&mut T>;
    /// The number of elements.
    fn len(&self) -> usize;
    /// Whether the deque holds no element.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Drops every element, keeping the allocation.
    fn clear(&mut self);
    /// Iterates front to back.
    fn iter(&self) -> Self::Iter<'_>;
    /// Iterates front to back, mutably.
    fn iter_mut(&mut self) -> Self::IterMut<'_>;
    /// Reserves room for at least `additional` more elements.
    fn reserve(&mut self, additional: usize);
}

/// A hash map with `HashMap`'s core interface.
///
/// Lookups take any borrowed form `Q` of the key, as std's do.
pub trait Map<K, V>: Extend<(K, V)> + FromIterator<(K, V)> + Default {
    /// Iterator over `(&K, &V)` in unspecified order.
    type Iter<'a>: Iterator<Item = (&'a K, &'a V)> + ExactSizeIterator
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    /// Iterator over the keys.
    type Keys<'a>: Iterator<Item = &'a K> + ExactSizeIterator
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    /// Iterator over the values.
    type Values<'a>: Iterator<Item = &'a V> + ExactSizeIterator
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    /// Iterator over the values, mutably.
    type ValuesMut<'a>: Iterator<Item = &'a mut V> + ExactSizeIterator
    where
        Self: 'a,
        K: 'a,
        V: 'a;

    /// Creates an empty map. Does not allocate.
    fn new() -> Self;
    /// Creates an empty map with room for at least `capacity` entries.
    fn with_capacity(capacity: usize) -> Self;
    /// Inserts `value` under `key`, returning the value it replaced.
    /// The key already in the map is kept, as in std.
    fn insert(&mut self, key: K, value: V) -> Option<V>;
    /// The value under `key`.
    fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized;
    /// The value under `key`, mutably.
    fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized;
    /// Whether `key` is in the map.
    fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.get(key).is_some()
    }
    /// Removes `key`, returning its value.
    fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized;
    /// The value under `key`, inserting `default()` first if there is none.
    fn get_or_insert_with<F: FnOnce() -> V>(&mut self, key: K, default: F) -> &mut V;
    /// The number of entries.
    fn len(&self) -> usize;
    /// Whether the map holds no entry.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Drops every entry, keeping the allocation.
    fn clear(&mut self);
    /// Iterates over the entries.
    fn iter(&self) -> Self::Iter<'_>;
    /// Iterates over the keys.
    fn keys(&self) -> Self::Keys<'_>;
    /// Iterates over the values.
    fn values(&self) -> Self::Values<'_>;
    /// Iterates over the values, mutably.
    fn values_mut(&mut self) -> Self::ValuesMut<'_>;
    /// Keeps only the entries for which `keep` returns `true`.
    fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, keep: F);
    /// Reserves room for at least `additional` more entries.
    fn reserve(&mut self, additional: usize);
}

/// A hash set with `HashSet`'s core interface.
pub trait Set<T>: Extend<T> + FromIterator<T> + Default {
    /// Iterator over the elements in unspecified order.
    type Iter<'a>: Iterator<Item = &'a T> + ExactSizeIterator
    where
        Self: 'a,
        T: 'a;

    /// Creates an empty set. Does not allocate.
    fn new() -> Self;
    /// Adds `value`; returns `false` (and keeps the old element) if it was present.
    fn insert(&mut self, value: T) -> bool;
    /// Whether `value` is in the set.
    fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized;
    /// Removes `value`; returns whether it was present.
    fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized;
    /// The number of elements.
    fn len(&self) -> usize;
    /// Whether the set holds no element.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Drops every element, keeping the allocation.
    fn clear(&mut self);
    /// Iterates over the elements.
    fn iter(&self) -> Self::Iter<'_>;
    /// Keeps only the elements for which `keep` returns `true`.
    fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F);
}

/// Sorting and searching over slices.
///
/// [`fast::Sort`](crate::fast::Sort) forwards to std's monomorphized algorithms;
/// [`small::Sort`](crate::small::Sort) runs one copy of code for every element type.
/// The method names and contracts are std's.
pub trait Sorter {
    /// Stable sort by `Ord`.
    fn sort<T: Ord>(v: &mut [T]);
    /// Stable sort by a comparator.
    fn sort_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], compare: F);
    /// Stable sort by a key.
    fn sort_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F);
    /// Unstable sort by `Ord`: equal elements may be reordered.
    fn sort_unstable<T: Ord>(v: &mut [T]);
    /// Unstable sort by a comparator.
    fn sort_unstable_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], compare: F);
    /// Unstable sort by a key.
    fn sort_unstable_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F);
    /// Binary search of a sorted slice; `Err` holds the insertion point.
    fn binary_search<T: Ord>(v: &[T], x: &T) -> Result<usize, usize>;
    /// Binary search with a probe function returning how an element compares to the target.
    fn binary_search_by<T, F: FnMut(&T) -> Ordering>(v: &[T], f: F) -> Result<usize, usize>;
    /// Binary search by a key.
    fn binary_search_by_key<T, B: Ord, F: FnMut(&T) -> B>(
        v: &[T],
        b: &B,
        f: F,
    ) -> Result<usize, usize>;
    /// Whether the slice is sorted in non-descending order.
    fn is_sorted<T: PartialOrd>(v: &[T]) -> bool;
    /// Whether the slice is sorted according to `compare`.
    fn is_sorted_by<T, F: FnMut(&T, &T) -> bool>(v: &[T], compare: F) -> bool;
    /// Whether the slice is sorted by a key.
    fn is_sorted_by_key<T, K: PartialOrd, F: FnMut(&T) -> K>(v: &[T], key: F) -> bool;
    /// Reorders so that `v[index]` is the element a full sort would put there, with no
    /// greater element before it and no smaller one after it.
    ///
    /// # Panics
    /// Panics if `index >= v.len()`.
    fn select_nth_unstable<T: Ord>(v: &mut [T], index: usize) -> (&mut [T], &mut T, &mut [T]);
    /// [`select_nth_unstable`](Sorter::select_nth_unstable) with a comparator.
    fn select_nth_unstable_by<T, F: FnMut(&T, &T) -> Ordering>(
        v: &mut [T],
        index: usize,
        compare: F,
    ) -> (&mut [T], &mut T, &mut [T]);
    /// [`select_nth_unstable`](Sorter::select_nth_unstable) by a key.
    fn select_nth_unstable_by_key<T, K: Ord, F: FnMut(&T) -> K>(
        v: &mut [T],
        index: usize,
        key: F,
    ) -> (&mut [T], &mut T, &mut [T]);
    /// Stable sort by a key computed once per element.
    fn sort_by_cached_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F);
    /// The index of the first element for which `pred` is false, in a slice partitioned
    /// by it.
    fn partition_point<T, P: FnMut(&T) -> bool>(v: &[T], pred: P) -> usize;
    /// Moves consecutive runs of elements for which `same_bucket(later, earlier)` is true
    /// so that the first `n` elements hold one element per run, in order, and returns `n`.
    /// The Vec variants' `dedup_by` then truncate to `n`.
    fn dedup_by<T, F: FnMut(&mut T, &mut T) -> bool>(v: &mut [T], same_bucket: F) -> usize;
    /// [`dedup_by`](Sorter::dedup_by) with equality of a key.
    fn dedup_by_key<T, K: PartialEq, F: FnMut(&mut T) -> K>(v: &mut [T], mut key: F) -> usize {
        Self::dedup_by(v, |a, b| key(a) == key(b))
    }
    /// [`dedup_by`](Sorter::dedup_by) with `==`.
    fn dedup<T: PartialEq>(v: &mut [T]) -> usize {
        Self::dedup_by(v, |a, b| a == b)
    }
}

/// Implements [`Sorter`] for `$ty` by forwarding every method to the free function of the
/// same name in the invoking module: each variant's sort module defines those functions
/// once, and its unit type exposes them through the trait.
macro_rules! sorter_from_free_functions {
    ($ty:ty) => {
        impl crate::Sorter for $ty {
            fn sort<T: Ord>(v: &mut [T]) {
                sort(v)
            }
            fn sort_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], compare: F) {
                sort_by(v, compare)
            }
            fn sort_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F) {
                sort_by_key(v, key)
            }
            fn sort_unstable<T: Ord>(v: &mut [T]) {
                sort_unstable(v)
            }
            fn sort_unstable_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], compare: F) {
                sort_unstable_by(v, compare)
            }
            fn sort_unstable_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F) {
                sort_unstable_by_key(v, key)
            }
            fn binary_search<T: Ord>(v: &[T], x: &T) -> Result<usize, usize> {
                binary_search(v, x)
            }
            fn binary_search_by<T, F: FnMut(&T) -> Ordering>(
                v: &[T],
                f: F,
            ) -> Result<usize, usize> {
                binary_search_by(v, f)
            }
            fn binary_search_by_key<T, B: Ord, F: FnMut(&T) -> B>(
                v: &[T],
                b: &B,
                f: F,
            ) -> Result<usize, usize> {
                binary_search_by_key(v, b, f)
            }
            fn is_sorted<T: PartialOrd>(v: &[T]) -> bool {
                is_sorted(v)
            }
            fn is_sorted_by<T, F: FnMut(&T, &T) -> bool>(v: &[T], compare: F) -> bool {
                is_sorted_by(v, compare)
            }
            fn is_sorted_by_key<T, K: PartialOrd, F: FnMut(&T) -> K>(v: &[T], key: F) -> bool {
                is_sorted_by_key(v, key)
            }
            fn select_nth_unstable<T: Ord>(
                v: &mut [T],
                index: usize,
            ) -> (&mut [T], &mut T, &mut [T]) {
                select_nth_unstable(v, index)
            }
            fn select_nth_unstable_by<T, F: FnMut(&T, &T) -> Ordering>(
                v: &mut [T],
                index: usize,
                compare: F,
            ) -> (&mut [T], &mut T, &mut [T]) {
                select_nth_unstable_by(v, index, compare)
            }
            fn select_nth_unstable_by_key<T, K: Ord, F: FnMut(&T) -> K>(
                v: &mut [T],
                index: usize,
                key: F,
            ) -> (&mut [T], &mut T, &mut [T]) {
                select_nth_unstable_by_key(v, index, key)
            }
            fn sort_by_cached_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F) {
                sort_by_cached_key(v, key)
            }
            fn partition_point<T, P: FnMut(&T) -> bool>(v: &[T], pred: P) -> usize {
                partition_point(v, pred)
            }
            fn dedup_by<T, F: FnMut(&mut T, &mut T) -> bool>(v: &mut [T], same_bucket: F) -> usize {
                dedup_by(v, same_bucket)
            }
            fn dedup_by_key<T, K: PartialEq, F: FnMut(&mut T) -> K>(v: &mut [T], key: F) -> usize {
                dedup_by_key(v, key)
            }
            fn dedup<T: PartialEq>(v: &mut [T]) -> usize {
                dedup(v)
            }
        }
    };
}
pub(crate) use sorter_from_free_functions;
