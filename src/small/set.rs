//! [`Set`]: a hash set built on the same one-copy-of-code table as
//! [`small::Map`](crate::small::Map).

// `match` instead of `Option::map`: a closure would be one more function per type.
#![allow(clippy::manual_map)]

use crate::DefaultHashBuilder as RandomState;
use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::mem::{ManuallyDrop, MaybeUninit};
use core::ptr;

use super::map::{self, Map, OptRef, QueryFns};
use crate::raw::table::{RawIter, RawTable};
use crate::TryReserveError;

mod extra;

pub use extra::{Difference, Drain, ExtractIf, Intersection, SymmetricDifference, Union};

/// The map a set is: its constants describe the set's buckets, each one `T` (the `()`
/// value takes no room and sits at the end).
type M<T, S> = Map<T, (), S>;

/// A hash set with one copy of machine code for every element type.
///
/// A `Set<T, S>` is a [`small::Map<T, (), S>`](crate::small::Map): the zero-sized value
/// takes no room, so each bucket holds exactly one `T`, and every operation runs through
/// the same non-generic table core as the map. Without the `std` feature there is no
/// default hasher (see [`DefaultHashBuilder`](crate::DefaultHashBuilder)).
///
/// ```
/// let mut seen = sizespeed::small::Set::new();
/// assert!(seen.insert("a".to_string()));
/// assert!(!seen.insert("a".to_string()));
/// assert!(seen.contains("a"));
/// assert_eq!(seen.take("a"), Some("a".to_string()));
/// assert!(seen.is_empty());
/// ```
pub struct Set<T, S = RandomState> {
    /// Each method below calls the map's table core itself, with the map's per-type
    /// constants, rather than going through the map's own methods: one shim per type and
    /// operation instead of two.
    map: Map<T, (), S>,
}

#[cfg(feature = "std")]
impl<T> Set<T, RandomState> {
    /// Creates an empty set. Does not allocate.
    #[inline]
    pub fn new() -> Self {
        Set {
            map: Map {
                raw: RawTable::EMPTY,
                hash_builder: super::map::new_random_state(),
                marker: PhantomData,
            },
        }
    }

    /// Creates an empty set with room for at least `capacity` elements.
    ///
    /// # Panics
    /// Panics if the size overflows `isize::MAX` bytes.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        Set {
            map: Map {
                raw: RawTable::with_capacity(M::<T, RandomState>::INFO, capacity),
                hash_builder: super::map::new_random_state(),
                marker: PhantomData,
            },
        }
    }
}

impl<T, S> Set<T, S> {
    /// Creates an empty set that hashes with `hash_builder`. Does not allocate.
    #[inline]
    pub const fn with_hasher(hash_builder: S) -> Self {
        Set {
            map: Map {
                raw: RawTable::EMPTY,
                hash_builder,
                marker: PhantomData,
            },
        }
    }

    /// Creates an empty set with room for at least `capacity` elements, hashing with
    /// `hash_builder`.
    ///
    /// # Panics
    /// Panics if the size overflows `isize::MAX` bytes.
    #[inline]
    pub fn with_capacity_and_hasher(capacity: usize, hash_builder: S) -> Self {
        Set {
            map: Map {
                raw: RawTable::with_capacity(M::<T, S>::INFO, capacity),
                hash_builder,
                marker: PhantomData,
            },
        }
    }

    /// The hasher builder.
    #[inline]
    pub fn hasher(&self) -> &S {
        &self.map.hash_builder
    }

    /// The number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.map.raw.len()
    }

    /// Whether the set holds no element.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.map.raw.len() == 0
    }

    /// The number of elements the set can hold without growing.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.map.raw.capacity()
    }

    /// Drops every element, keeping the allocation.
    #[inline]
    pub fn clear(&mut self) {
        // SAFETY: the buckets hold `T`s, described by `INFO`.
        unsafe { self.map.raw.clear(M::<T, S>::INFO, M::<T, S>::DROP) }
    }

    /// Iterates over the elements in unspecified order.
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            raw: self.map.raw.iter(),
            marker: PhantomData,
        }
    }

    /// Keeps only the elements for which `keep` returns `true`.
    ///
    /// Each removed element is unlinked before it is dropped, so a panic in `keep` or in a
    /// drop leaves a valid set holding the elements not yet removed.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        let mut iter = self.map.raw.iter();
        while let Some(i) = iter.next() {
            // SAFETY: `i` is a full bucket of this table, holding a `T`.
            let e = unsafe { self.map.raw.bucket(M::<T, S>::SIZE, i) } as *mut T;
            // SAFETY: the element is live; `&mut self` makes the access unique.
            if !keep(unsafe { &*e }) {
                // SAFETY: the bucket is full; once erased, the element is ours to drop.
                // The iterator has already passed it.
                unsafe {
                    self.map.raw.erase(i);
                    ptr::drop_in_place(e);
                }
            }
        }
    }
}

impl<T: Hash + Eq, S: BuildHasher> Set<T, S> {
    /// Adds `value`. Returns `false`, keeping the element already present and dropping
    /// `value`, if an equal element is in the set.
    ///
    /// # Panics
    /// Panics if the capacity overflows, or if `Hash`, `Eq` or the hasher panics (the set
    /// is then unchanged and `value` is dropped).
    #[inline]
    pub fn insert(&mut self, value: T) -> bool {
        let mut value = ManuallyDrop::new(value);
        // SAFETY: the table holds `T`s (laid out as the map's `(T, ())` entries) hashed by
        // `hash_builder`; the functions match them. `value` is live, outside the table, and
        // handed over: it moves in, or the core drops it (the zero-sized value part swaps
        // nothing).
        !unsafe {
            self.map.raw.insert(
                M::<T, S>::INFO,
                M::<T, S>::DROP,
                M::<T, S>::FNS,
                &self.map.hash_builder as *const S as *const u8,
                &mut value as *mut ManuallyDrop<T> as *mut u8,
                M::<T, S>::VALUE,
            )
        }
        .1
    }

    /// Whether `value` is in the set.
    #[inline]
    pub fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: the functions match the table's elements and the `&Q` query.
        !unsafe {
            self.map.raw.find(
                M::<T, S>::INFO,
                QueryFns::<T, Q, S>::FNS,
                &self.map.hash_builder as *const S as *const u8,
                &value as *const &Q as *const u8,
                0,
            )
        }
        .is_null()
    }

    /// The element equal to `value`.
    #[inline]
    pub fn get<Q>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: as in `contains`; a found element is live and borrowed for as long as
        // `self`. `find` returns null or a pointer to it, the representation of
        // `Option<&T>`.
        unsafe {
            OptRef {
                ptr: self.map.raw.find(
                    M::<T, S>::INFO,
                    QueryFns::<T, Q, S>::FNS,
                    &self.map.hash_builder as *const S as *const u8,
                    &value as *const &Q as *const u8,
                    0,
                ),
            }
            .opt
        }
    }

    /// Removes `value`; returns whether it was present.
    #[inline]
    pub fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut out = ();
        // SAFETY: as in `contains`. The part moved out is the zero-sized value, written
        // to `out`; the core drops the removed element.
        unsafe {
            self.map.raw.remove(
                M::<T, S>::INFO,
                QueryFns::<T, Q, S>::FNS,
                &self.map.hash_builder as *const S as *const u8,
                &value as *const &Q as *const u8,
                &mut out as *mut () as *mut u8,
                M::<T, S>::VALUE,
            )
        }
    }

    /// Removes and returns the element equal to `value`.
    #[inline]
    pub fn take<Q>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut out = MaybeUninit::<T>::uninit();
        // SAFETY: as in `contains`; `out` is a slot for one element, outside the table,
        // and holds the removed element (now ours) when `true` is returned.
        unsafe {
            if self.map.raw.remove(
                M::<T, S>::INFO,
                QueryFns::<T, Q, S>::FNS,
                &self.map.hash_builder as *const S as *const u8,
                &value as *const &Q as *const u8,
                out.as_mut_ptr() as *mut u8,
                M::<T, S>::WHOLE,
            ) {
                Some(out.assume_init())
            } else {
                None
            }
        }
    }

    /// Reserves room for at least `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity overflows, or if the hasher panics while rehashing (the set
    /// then keeps all its elements).
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        // SAFETY: the functions hash this table's elements.
        unsafe {
            self.map.raw.reserve(
                M::<T, S>::INFO,
                additional,
                M::<T, S>::FNS,
                &self.map.hash_builder as *const S as *const u8,
            )
        }
    }

    /// Like [`reserve`](Self::reserve), reporting failure as an error.
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        // SAFETY: the functions hash this table's elements.
        unsafe {
            self.map.raw.try_reserve(
                M::<T, S>::INFO,
                additional,
                M::<T, S>::FNS,
                &self.map.hash_builder as *const S as *const u8,
            )
        }
    }

    /// Shrinks the capacity as much as possible.
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        // SAFETY: the functions hash this table's elements.
        unsafe {
            self.map.raw.shrink_to(
                M::<T, S>::INFO,
                0,
                M::<T, S>::FNS,
                &self.map.hash_builder as *const S as *const u8,
            )
        }
    }

    /// Whether every element of `self` is in `other`.
    pub fn is_subset(&self, other: &Self) -> bool {
        self.len() <= other.len() && self.iter().all(|v| other.contains(v))
    }

    /// Whether every element of `other` is in `self`.
    pub fn is_superset(&self, other: &Self) -> bool {
        other.is_subset(self)
    }

    /// Whether `self` and `other` have no element in common.
    pub fn is_disjoint(&self, other: &Self) -> bool {
        let (small, large) = if self.len() <= other.len() {
            (self, other)
        } else {
            (other, self)
        };
        small.iter().all(|v| !large.contains(v))
    }
}

impl<T, S: Default> Default for Set<T, S> {
    #[inline]
    fn default() -> Self {
        Self::with_hasher(super::map::default_hasher::<S>())
    }
}

impl<T: Clone, S: Clone> Clone for Set<T, S> {
    /// Clones element by element; if a clone panics, the clones made so far are dropped.
    fn clone(&self) -> Self {
        let hash_builder = self.map.hash_builder.clone();
        Set {
            map: Map {
                // SAFETY: the buckets hold `T`s, laid out as the map's `(T, ())` entries,
                // which `clone_entry` clones.
                raw: unsafe {
                    self.map.raw.clone_with(
                        M::<T, S>::INFO,
                        M::<T, S>::DROP,
                        map::clone_entry::<T, ()>,
                    )
                },
                hash_builder,
                marker: PhantomData,
            },
        }
    }
}

impl<T: fmt::Debug, S> fmt::Debug for Set<T, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Hash + Eq, S: BuildHasher> PartialEq for Set<T, S> {
    /// Sets are equal when they hold the same elements, whatever the order or hashers.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.is_subset(other)
    }
}

impl<T: Hash + Eq, S: BuildHasher> Eq for Set<T, S> {}

impl<T: Hash + Eq, S: BuildHasher> Extend<T> for Set<T, S> {
    /// Reserves for the iterator's lower size bound (half of it if the set is not empty,
    /// as elements may repeat), then inserts. A lying `size_hint` only costs rehashes.
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let iter = iter.into_iter();
        let hint = iter.size_hint().0;
        self.reserve(if self.is_empty() {
            hint
        } else {
            hint.div_ceil(2)
        });
        for v in iter {
            self.insert(v);
        }
    }
}

impl<'a, T: Hash + Eq + Copy + 'a, S: BuildHasher> Extend<&'a T> for Set<T, S> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied())
    }
}

impl<T: Hash + Eq, S: BuildHasher + Default> FromIterator<T> for Set<T, S> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut s = Self::with_hasher(super::map::default_hasher::<S>());
        s.extend(iter);
        s
    }
}

#[cfg(feature = "std")]
impl<T: Hash + Eq, const N: usize> From<[T; N]> for Set<T, RandomState> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<T: Hash + Eq, S: BuildHasher + Default> crate::Set<T> for Set<T, S> {
    type Iter<'a>
        = Iter<'a, T>
    where
        Self: 'a,
        T: 'a;

    fn new() -> Self {
        Self::with_hasher(super::map::default_hasher::<S>())
    }
    fn insert(&mut self, value: T) -> bool {
        self.insert(value)
    }
    fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.contains(value)
    }
    fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.remove(value)
    }
    fn len(&self) -> usize {
        self.len()
    }
    fn clear(&mut self) {
        self.clear()
    }
    fn iter(&self) -> Iter<'_, T> {
        self.iter()
    }
    fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F) {
        self.retain(keep)
    }
}

/// An iterator over a [`Set`]'s elements, from [`Set::iter`].
pub struct Iter<'a, T> {
    raw: RawIter,
    marker: PhantomData<&'a T>,
}

// SAFETY: yields only shared references, like `&T`.
unsafe impl<T: Sync> Send for Iter<'_, T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for Iter<'_, T> {}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter {
            raw: self.raw.clone(),
            marker: PhantomData,
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        // SAFETY: the table is borrowed for `'a`, unchanged. `next_entry` returns null or
        // a live element (a bucket holds one `T`), the representation of `Option<&T>`.
        unsafe {
            OptRef {
                ptr: self.raw.next_entry(M::<T, RandomState>::SIZE),
            }
            .opt
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.raw.len(), Some(self.raw.len()))
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
impl<T> FusedIterator for Iter<'_, T> {}

/// An owning iterator over a [`Set`]'s elements, from `into_iter`.
pub struct IntoIter<T> {
    /// The map's owning iterator, advanced here directly; its `Drop` drops the elements
    /// not yet yielded and frees the table.
    inner: map::IntoIter<T, ()>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        // SAFETY: the iterator owns the table, which does not change.
        let e = unsafe { self.inner.iter.next_entry(M::<T, RandomState>::SIZE) };
        if e.is_null() {
            return None;
        }
        // SAFETY: a live element, yielded once: it moves out to the caller.
        Some(unsafe { ptr::read(e as *const T) })
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.inner.iter.len(), Some(self.inner.iter.len()))
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}
impl<T> FusedIterator for IntoIter<T> {}

impl<T, S> IntoIterator for Set<T, S> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter {
            inner: self.map.into_iter(),
        }
    }
}

impl<'a, T, S> IntoIterator for &'a Set<T, S> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::Set;
    use std::cell::Cell;
    use std::hash::{Hash, Hasher};
    use std::rc::Rc;

    /// Counts live copies in `live`; hashing panics when `panic_hash` is set.
    struct Counted {
        key: u32,
        live: Rc<Cell<isize>>,
        panic_hash: bool,
    }

    fn counted(key: u32, live: &Rc<Cell<isize>>) -> Counted {
        live.set(live.get() + 1);
        Counted {
            key,
            live: live.clone(),
            panic_hash: false,
        }
    }

    impl Clone for Counted {
        fn clone(&self) -> Self {
            counted(self.key, &self.live)
        }
    }
    impl Drop for Counted {
        fn drop(&mut self) {
            self.live.set(self.live.get() - 1);
        }
    }
    impl Hash for Counted {
        fn hash<H: Hasher>(&self, h: &mut H) {
            assert!(!self.panic_hash, "hash");
            self.key.hash(h)
        }
    }
    impl PartialEq for Counted {
        fn eq(&self, other: &Self) -> bool {
            self.key == other.key
        }
    }
    impl Eq for Counted {}

    #[test]
    fn elements_drop_exactly_once() {
        let live = Rc::new(Cell::new(0));
        let mut s = Set::new();
        for k in 0..40 {
            assert!(s.insert(counted(k, &live)));
        }
        assert!(!s.insert(counted(7, &live)));
        assert_eq!(live.get(), 40);
        let t = s.take(&counted(7, &live)).expect("present");
        assert_eq!((t.key, live.get()), (7, 40));
        drop(t);
        assert!(s.remove(&counted(8, &live)));
        assert!(!s.remove(&counted(8, &live)));
        assert_eq!(live.get(), 38);
        let c = s.clone();
        assert_eq!((c.len(), live.get()), (38, 76));
        assert!(c.contains(&counted(9, &live)) && !c.contains(&counted(8, &live)));
        drop(c);
        let mut bad = counted(100, &live);
        bad.panic_hash = true;
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| s.insert(bad)));
        assert!(r.is_err());
        assert_eq!((s.len(), live.get()), (38, 38));
        s.clear();
        assert_eq!((s.len(), live.get()), (0, 0));
        s.insert(counted(1, &live));
        drop(s);
        assert_eq!(live.get(), 0);
    }
}
