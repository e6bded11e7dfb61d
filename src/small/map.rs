//! [`Map`]: a hash map whose probing, growth, rehashing, insertion and removal exist once
//! in the binary, whatever the number of key and value types.

// `match` instead of `Option::map` in the iterator adapters: a closure would be one more
// function instantiated per key and value type.
#![allow(clippy::manual_map)]

use crate::DefaultHashBuilder as RandomState;
use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash, Hasher};
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::mem::{self, ManuallyDrop, MaybeUninit};
use core::ops::Index;
use core::ptr;

use crate::raw::table::{Fns, HashOne, Part, RawIter, RawTable};
use crate::raw::{DropFn, ElemInfo};
use crate::small::drop_fn;
use crate::TryReserveError;

mod drain;
mod entry;
mod traits;

pub use drain::{Drain, ExtractIf};
pub use entry::{Entry, OccupiedEntry, VacantEntry};

/// A hash map with one copy of machine code for every key and value type.
///
/// The table is a SwissTable-style open-addressing table (7-bit hash tags in control
/// bytes, groups of 8 probed with word-wide bit tricks, maximum load 7/8). Entries are
/// stored unboxed as key-value pairs in one allocation, as in `std::collections::HashMap`.
/// What differs is where the code lives: each method here hashes the key with `S` and
/// hands a pointer to a non-generic core, together with two tiny erased functions (one
/// that compares a stored key with the query, one that hashes a stored key for
/// rehashing). Probing, growing, rehashing, inserting, removing and dropping are compiled
/// once for the whole program.
///
/// With the `std` feature the default hasher is std's `RandomState`; without it
/// there is none (see [`DefaultHashBuilder`](crate::DefaultHashBuilder)) and a map is made
/// with [`with_hasher`](Self::with_hasher) or
/// [`with_capacity_and_hasher`](Self::with_capacity_and_hasher). Iteration order is
/// unspecified.
///
/// If the key's `Hash` or `Eq`, or the hasher, panics, the map stays valid and keeps every
/// entry it had: a growing table is only swapped in once every key has been rehashed.
///
/// ```
/// let mut ages = sizespeed::small::Map::new();
/// ages.insert("ada".to_string(), 36);
/// ages.insert("alan".to_string(), 41);
/// assert_eq!(ages.get("ada"), Some(&36)); // looked up by `&str`
/// assert_eq!(ages.insert("ada".to_string(), 37), Some(36));
/// *ages.get_or_insert_with("grace".to_string(), || 0) += 85;
/// assert_eq!(ages["grace"], 85);
/// assert_eq!(ages.remove("alan"), Some(41));
/// assert_eq!(ages.len(), 2);
/// ```
pub struct Map<K, V, S = RandomState> {
    /// The untyped table. Its entries are always `Bucket<K, V>`, described by `Self::INFO`, and
    /// were placed by hashing their keys with `hash_builder`.
    pub(super) raw: RawTable,
    pub(super) hash_builder: S,
    /// Owns `K`s and `V`s: covariance and drop check.
    pub(super) marker: PhantomData<(K, V)>,
}

// SAFETY: the map owns its keys and values like `std::collections::HashMap`; the raw
// pointer inside `RawTable` is unique.
unsafe impl<K: Send, V: Send, S: Send> Send for Map<K, V, S> {}
// SAFETY: shared access only hands out `&K`, `&V` and `&S`.
unsafe impl<K: Sync, V: Sync, S: Sync> Sync for Map<K, V, S> {}

/// One bucket of the table. `repr(C)` puts the key at offset 0, so the core can hash and
/// compare a stored key from the entry's address alone.
#[repr(C)]
struct Bucket<K, V> {
    key: K,
    value: V,
}

// A note on `transmute::<*const u8, &T>` below: it stands for `&*(p as *const T)`. Debug
// builds check alignment and null at every raw-pointer dereference, and that check would
// be compiled into every instantiation of these per-type shims, which exist to be tiny.
// The pointers are aligned and non-null by construction (they come from the table).

/// `S::hash_one` of the key that `key` refers to. Called through the erased
/// [`HashOne`](crate::raw::table::HashOne) signature (see [`QueryFns::FNS`]), one instance
/// per query type and hasher builder, which only pairs the two halves: the hasher's work
/// (building it, its rounds, finishing) is compiled once per hasher builder
/// ([`hash_with`]), and the key's `Hash` once per query type ([`hash_dyn`]), which feeds
/// it through `&mut dyn Hasher`.
fn hash_one<Q: Hash + ?Sized, S: BuildHasher>(state: &S, key: &&Q) -> u64 {
    // SAFETY: `key` is a live `&Q`, as the feeder of `Q` expects.
    unsafe { hash_with(state, key as *const &Q as *const u8, FeedOf::<Q>::FEED) }
}

/// A key's `Hash`, fed to a hasher behind `&mut dyn Hasher`: `key` points to a live `&Q`
/// for the feeder of `Q`.
type Feed = unsafe fn(*const u8, &mut dyn Hasher);

/// Feeds the key to `state`: the key's `Hash`, once per query type.
fn hash_dyn<Q: Hash + ?Sized>(key: &&Q, mut state: &mut dyn Hasher) {
    Q::hash(*key, &mut state)
}

/// The feeder of `Q`, as a constant.
struct FeedOf<Q: ?Sized>(PhantomData<Q>);
impl<Q: Hash + ?Sized> FeedOf<Q> {
    /// `&&Q` and `*const u8` are ABI-compatible (both thin pointers), so calling through
    /// this pointer with a pointer to a live `&Q` is calling `hash_dyn::<Q>`; no adapter
    /// that dereferences a raw pointer is instantiated per type.
    // SAFETY: see above.
    const FEED: Feed = unsafe { mem::transmute::<fn(&&Q, &mut dyn Hasher), Feed>(hash_dyn::<Q>) };
}

/// `state.hash_one` of a key fed by `feed` from `key`: compiled once per hasher builder,
/// for every key type. `&mut dyn Hasher` forwards each call to the hasher, so the hash is
/// the one `state.hash_one(key)` gives. The hasher is in a `ManuallyDrop`, so this function
/// has no unwinding edge to drop it: if the key's `Hash` panics, the hasher is leaked
/// instead (std's hashers own nothing).
///
/// # Safety
/// `key` is what `feed` expects.
#[inline(never)]
unsafe fn hash_with<S: BuildHasher>(state: &S, key: *const u8, feed: Feed) -> u64 {
    #[cfg(feature = "std")]
    if same_type::<S, std::hash::RandomState>() {
        // SAFETY: `S` is `RandomState`, so the reference is to one; the rest is forwarded.
        return unsafe {
            hash_random_state(
                &*(state as *const S as *const std::hash::RandomState),
                key,
                feed,
            )
        };
    }
    let mut h = ManuallyDrop::new(state.build_hasher());
    // SAFETY: forwarded from the caller.
    unsafe { feed(key, &mut *h) };
    let hash = h.finish();
    // SAFETY: `h` is not used again.
    unsafe { ManuallyDrop::drop(&mut h) };
    hash
}

/// [`hash_with`] for std's `RandomState`: not generic, so a program has one copy of
/// SipHash for every map and set (and a program linked against `sizespeed-dylib` none:
/// it lives in the library).
///
/// # Safety
/// `key` is what `feed` expects.
#[cfg(feature = "std")]
#[inline(never)]
unsafe fn hash_random_state(state: &std::hash::RandomState, key: *const u8, feed: Feed) -> u64 {
    let mut h = state.build_hasher();
    // SAFETY: forwarded from the caller.
    unsafe { feed(key, &mut h) };
    h.finish()
}

/// `RandomState::new()`, out of line: it reads and bumps the thread's keys, which would
/// otherwise be inlined into every typed constructor of a map or set.
#[cfg(feature = "std")]
#[inline(never)]
pub(crate) fn new_random_state() -> std::hash::RandomState {
    std::hash::RandomState::new()
}

/// `S::default()`, through [`new_random_state`] when `S` is std's `RandomState`.
#[inline(always)]
pub(crate) fn default_hasher<S: Default>() -> S {
    #[cfg(feature = "std")]
    if same_type::<S, std::hash::RandomState>() {
        let s = ManuallyDrop::new(new_random_state());
        // SAFETY: `S` is `RandomState`, so this is a move of the value into its own
        // type; the original is not dropped.
        return unsafe { mem::transmute_copy::<std::hash::RandomState, S>(&*s) };
    }
    S::default()
}

/// Whether `A` and `B` are the same type (lifetimes aside), for types that need not be
/// `'static`, by their type ids from the `typeid` crate; folds to a constant in optimized
/// builds.
#[cfg(feature = "std")]
#[inline(always)]
pub(crate) fn same_type<A: ?Sized, B: ?Sized>() -> bool {
    typeid::of::<A>() == typeid::of::<B>()
}

/// Reads a null-or-valid pointer as an `Option<&T>` (or `Option<&mut T>`), whose
/// representation it is. A union read rather than a `transmute`, which debug builds
/// follow with a validity check in every instantiation.
pub(super) union OptRef<'a, T> {
    pub(super) ptr: *mut u8,
    pub(super) opt: Option<&'a T>,
}

/// Whether the `&Q` at `key` equals the borrowed key of the entry at `entry`.
///
/// # Safety
/// `key` points to a `&Q`; `entry` to an initialized `Bucket<K, _>` (key at offset 0).
#[allow(clippy::transmute_ptr_to_ref)]
unsafe fn eq_q<K: Borrow<Q>, Q: Eq + ?Sized>(key: *const u8, entry: *const u8) -> bool {
    // SAFETY: guaranteed by the caller.
    let (q, k) = unsafe {
        (
            *mem::transmute::<*const u8, &&Q>(key),
            mem::transmute::<*const u8, &K>(entry),
        )
    };
    Q::eq(q, k.borrow())
}

/// Marks the type parameters of [`QueryFns`] as used.
type QueryTypes<K, Q, S> = (K, S, fn(&Q));

/// The lookup functions for `Q` queries in a map with keys `K` and hasher `S`.
pub(super) struct QueryFns<K, Q: ?Sized, S>(PhantomData<QueryTypes<K, Q, S>>);

impl<K: Borrow<Q>, Q: Hash + Eq + ?Sized, S: BuildHasher> QueryFns<K, Q, S> {
    pub(super) const FNS: &'static Fns = &Fns {
        // SAFETY: `&S` and `&&Q` are thin references, ABI-compatible with the raw
        // pointers of `HashOne`, so calling `hash_one` through it is defined; callers
        // uphold `HashOne`'s contract, which makes both references valid.
        hash: unsafe {
            mem::transmute::<for<'a, 'b, 'c> fn(&'a S, &'b &'c Q) -> u64, HashOne>(hash_one::<Q, S>)
        },
        eq: eq_q::<K, Q>,
    };
}

/// Inserts the entry at `entry` into `raw` (see [`RawTable::insert`]) and returns the
/// value it replaced. Generic over the value type only: the typed `insert` of every key
/// type with this value type shares it.
///
/// # Safety
/// As for [`RawTable::insert`]; the entries are `Bucket<_, V>` and `value` describes them.
#[inline]
unsafe fn insert_value<V>(
    raw: &mut RawTable,
    info: &ElemInfo,
    drop: DropFn,
    fns: &Fns,
    state: *const u8,
    entry: *mut u8,
    value: &Part,
) -> Option<V> {
    // SAFETY: forwarded from the caller. When the key was present, the value part of the
    // caller's buffer holds the old value, now ours.
    unsafe {
        if raw.insert(info, drop, fns, state, entry, value).1 {
            Some(ptr::read(entry.add(value.offset) as *const V))
        } else {
            None
        }
    }
}

/// Removes the entry equal to the query from `raw` (see [`RawTable::remove`]) and returns
/// its value, dropping its key. Generic over the value type only, like [`insert_value`].
///
/// # Safety
/// As for [`RawTable::remove`]; the entries are `Bucket<_, V>` and `value` describes
/// their value part.
#[inline]
unsafe fn remove_value<V>(
    raw: &mut RawTable,
    info: &ElemInfo,
    fns: &Fns,
    state: *const u8,
    key: *const u8,
    value: &Part,
) -> Option<V> {
    let mut out = MaybeUninit::<V>::uninit();
    // SAFETY: forwarded from the caller; `out` is a slot for one value, outside the
    // table, and holds the removed value (now ours) when `true` is returned.
    unsafe {
        if raw.remove(info, fns, state, key, out.as_mut_ptr() as *mut u8, value) {
            Some(out.assume_init())
        } else {
            None
        }
    }
}

/// Writes a clone of the `(K, V)` at `src` to `dst`.
///
/// # Safety
/// As for [`CloneFn`](crate::raw::table::CloneFn).
pub(super) unsafe fn clone_entry<K: Clone, V: Clone>(src: *const u8, dst: *mut u8) {
    // SAFETY: `src` is an initialized entry.
    let e = unsafe { &*(src as *const Bucket<K, V>) };
    let pair = Bucket {
        key: e.key.clone(),
        value: e.value.clone(),
    };
    // SAFETY: `dst` is a writable, aligned slot.
    unsafe { (dst as *mut Bucket<K, V>).write(pair) }
}

#[cfg(feature = "std")]
impl<K, V> Map<K, V, RandomState> {
    /// Creates an empty map. Does not allocate.
    #[inline]
    pub fn new() -> Self {
        Map {
            hash_builder: new_random_state(),
            raw: RawTable::EMPTY,
            marker: PhantomData,
        }
    }

    /// Creates an empty map with room for at least `capacity` entries.
    ///
    /// # Panics
    /// Panics if the size overflows `isize::MAX` bytes.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        Self::with_capacity_and_hasher(capacity, new_random_state())
    }
}

impl<K, V, S> Map<K, V, S> {
    /// The entry's layout.
    pub(super) const INFO: &'static ElemInfo = ElemInfo::of::<Bucket<K, V>>();
    /// The entry's drop glue. When `V` has no drop glue, dropping an entry is dropping
    /// its key, at offset 0, so the key's own drop glue serves and no drop glue for
    /// `Bucket<K, V>` is compiled.
    pub(super) const DROP: DropFn = if mem::needs_drop::<V>() {
        drop_fn::<Bucket<K, V>>()
    } else {
        drop_fn::<K>()
    };
    pub(super) const SIZE: usize = mem::size_of::<Bucket<K, V>>();
    const VALUE_OFFSET: usize = mem::offset_of!(Bucket<K, V>, value);
    /// The value part of an entry, for insertions and removals that drop the key.
    pub(super) const VALUE: &'static Part = &Part {
        offset: mem::offset_of!(Bucket<K, V>, value),
        size: mem::size_of::<V>(),
        drop_key: drop_fn::<K>(),
    };
    /// The whole entry, for removals that return the key.
    pub(super) const WHOLE: &'static Part = &Part {
        offset: 0,
        size: mem::size_of::<Bucket<K, V>>(),
        drop_key: None,
    };

    /// Creates an empty map that hashes with `hash_builder`. Does not allocate.
    #[inline]
    pub const fn with_hasher(hash_builder: S) -> Self {
        Map {
            raw: RawTable::EMPTY,
            hash_builder,
            marker: PhantomData,
        }
    }

    /// Creates an empty map with room for at least `capacity` entries, hashing with
    /// `hash_builder`.
    ///
    /// # Panics
    /// Panics if the size overflows `isize::MAX` bytes.
    #[inline]
    pub fn with_capacity_and_hasher(capacity: usize, hash_builder: S) -> Self {
        Map {
            raw: RawTable::with_capacity(Self::INFO, capacity),
            hash_builder,
            marker: PhantomData,
        }
    }

    /// The hasher builder.
    #[inline]
    pub fn hasher(&self) -> &S {
        &self.hash_builder
    }

    /// The number of entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    /// Whether the map holds no entry.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.raw.len() == 0
    }

    /// The number of entries the map can hold without growing.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.raw.capacity()
    }

    /// Drops every entry, keeping the allocation.
    #[inline]
    pub fn clear(&mut self) {
        // SAFETY: the entries are `(K, V)`, described by `INFO`.
        unsafe { self.raw.clear(Self::INFO, Self::DROP) }
    }

    /// Iterates over `(&K, &V)` in unspecified order.
    #[inline]
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter {
            raw: self.raw.iter(),
            marker: PhantomData,
        }
    }

    /// Iterates over `(&K, &mut V)` in unspecified order.
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut {
            raw: self.raw.iter(),
            marker: PhantomData,
        }
    }

    /// Iterates over the keys.
    #[inline]
    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.iter() }
    }

    /// Iterates over the values.
    #[inline]
    pub fn values(&self) -> Values<'_, K, V> {
        Values { inner: self.iter() }
    }

    /// Iterates over the values, mutably.
    #[inline]
    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut {
            inner: self.iter_mut(),
        }
    }

    /// Consumes the map, yielding its keys.
    #[inline]
    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys {
            inner: self.into_iter(),
        }
    }

    /// Consumes the map, yielding its values.
    #[inline]
    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues {
            inner: self.into_iter(),
        }
    }

    /// Keeps only the entries for which `keep` returns `true`.
    ///
    /// Each removed entry is unlinked before it is dropped, so a panic in `keep` or in a
    /// drop leaves a valid map holding the entries not yet removed.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut keep: F) {
        let mut iter = self.raw.iter();
        while let Some(i) = iter.next() {
            // SAFETY: `i` is a full bucket of this table, holding a `(K, V)`.
            let e = unsafe { self.raw.bucket(Self::SIZE, i) } as *mut Bucket<K, V>;
            // SAFETY: the entry is live; `&mut self` makes the access unique.
            if !keep(unsafe { &(*e).key }, unsafe { &mut (*e).value }) {
                // SAFETY: the bucket is full; once erased, the entry is ours to drop. The
                // iterator has already passed it.
                unsafe {
                    self.raw.erase(i);
                    ptr::drop_in_place(e);
                }
            }
        }
    }
}

impl<K: Hash + Eq, V, S: BuildHasher> Map<K, V, S> {
    /// Inserts `value` under `key`, returning the value it replaced. As in std, the key
    /// already in the map is kept and `key` is dropped.
    ///
    /// # Panics
    /// Panics if the capacity overflows, or if `Hash`, `Eq` or the hasher panics (the map
    /// is then unchanged and `key` and `value` are dropped).
    #[inline]
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        let mut entry = ManuallyDrop::new(Bucket { key, value });
        // SAFETY: the table holds `Bucket<K, V>`s hashed by `hash_builder`; the functions
        // match them; `entry` is live, outside the table, and handed over (never dropped
        // here).
        unsafe {
            insert_value(
                &mut self.raw,
                Self::INFO,
                Self::DROP,
                Self::FNS,
                &self.hash_builder as *const S as *const u8,
                &mut entry as *mut ManuallyDrop<Bucket<K, V>> as *mut u8,
                Self::VALUE,
            )
        }
    }

    /// The value under `key`.
    #[inline]
    #[allow(clippy::transmute_ptr_to_ref)]
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: `q` matches the table's entries; a found value is live and borrowed for
        // as long as `self`. `find` returns null or a pointer to it, the representation
        // of `Option<&V>`.
        unsafe {
            OptRef {
                ptr: self.raw.find(
                    Self::INFO,
                    QueryFns::<K, Q, S>::FNS,
                    &self.hash_builder as *const S as *const u8,
                    &key as *const &Q as *const u8,
                    Self::VALUE_OFFSET,
                ),
            }
            .opt
        }
    }

    /// The value under `key`, mutably.
    #[inline]
    #[allow(clippy::transmute_ptr_to_ref)]
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: as in `get`; `&mut self` makes the access unique.
        unsafe {
            mem::transmute::<*mut u8, Option<&mut V>>(self.raw.find(
                Self::INFO,
                QueryFns::<K, Q, S>::FNS,
                &self.hash_builder as *const S as *const u8,
                &key as *const &Q as *const u8,
                Self::VALUE_OFFSET,
            ))
        }
    }

    /// The stored key and the value under `key`.
    #[inline]
    pub fn get_key_value<Q>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: as in `get`.
        unsafe {
            let e = self.raw.find(
                Self::INFO,
                QueryFns::<K, Q, S>::FNS,
                &self.hash_builder as *const S as *const u8,
                &key as *const &Q as *const u8,
                0,
            );
            if e.is_null() {
                None
            } else {
                let e = &*(e as *const Bucket<K, V>);
                Some((&e.key, &e.value))
            }
        }
    }

    /// Whether `key` is in the map.
    #[inline]
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: as in `get`.
        !unsafe {
            self.raw.find(
                Self::INFO,
                QueryFns::<K, Q, S>::FNS,
                &self.hash_builder as *const S as *const u8,
                &key as *const &Q as *const u8,
                0,
            )
        }
        .is_null()
    }

    /// Removes `key`, returning its value.
    #[inline]
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: `q` matches the table's entries, whose value part `VALUE` describes.
        unsafe {
            remove_value(
                &mut self.raw,
                Self::INFO,
                QueryFns::<K, Q, S>::FNS,
                &self.hash_builder as *const S as *const u8,
                &key as *const &Q as *const u8,
                Self::VALUE,
            )
        }
    }

    /// Removes `key`, returning the stored key and its value.
    #[inline]
    pub fn remove_entry<Q>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut out = MaybeUninit::<Bucket<K, V>>::uninit();
        // SAFETY: as in `remove`, for the whole entry.
        unsafe {
            if self.raw.remove(
                Self::INFO,
                QueryFns::<K, Q, S>::FNS,
                &self.hash_builder as *const S as *const u8,
                &key as *const &Q as *const u8,
                out.as_mut_ptr() as *mut u8,
                Self::WHOLE,
            ) {
                let Bucket { key, value } = out.assume_init();
                Some((key, value))
            } else {
                None
            }
        }
    }

    /// The value under `key`, inserting `default()` first if there is none. `default` is
    /// only called when the key is absent.
    ///
    /// # Panics
    /// As for [`insert`](Self::insert); if `default` panics the map is unchanged.
    pub fn get_or_insert_with<F: FnOnce() -> V>(&mut self, key: K, default: F) -> &mut V {
        let k = &key;
        // SAFETY: as in `get`.
        let e = unsafe {
            self.raw.find(
                Self::INFO,
                Self::FNS,
                &self.hash_builder as *const S as *const u8,
                &k as *const &K as *const u8,
                Self::VALUE_OFFSET,
            )
        };
        if !e.is_null() {
            // SAFETY: a live value; `&mut self` makes the access unique.
            return unsafe { &mut *(e as *mut V) };
        }
        let mut entry = ManuallyDrop::new(Bucket {
            key,
            value: default(),
        });
        let e = &mut entry as *mut ManuallyDrop<Bucket<K, V>> as *mut u8;
        // SAFETY: as in `insert`. The key was absent, so `entry` normally moves into the
        // table; if an inconsistent `Hash`/`Eq` finds it now, the buffer holds the value
        // it replaced, which is ours and is dropped (after the table is whole again).
        unsafe {
            let (slot, present) = self.raw.insert(
                Self::INFO,
                Self::DROP,
                Self::FNS,
                &self.hash_builder as *const S as *const u8,
                e,
                Self::VALUE,
            );
            if present {
                drop(ptr::read(e.add(Self::VALUE_OFFSET) as *const V));
            }
            &mut *(slot.add(Self::VALUE_OFFSET) as *mut V)
        }
    }

    /// The lookup functions for `K` queries, which also rehash stored keys.
    pub(super) const FNS: &'static Fns = QueryFns::<K, K, S>::FNS;

    /// Reserves room for at least `additional` more entries.
    ///
    /// # Panics
    /// Panics if the capacity overflows, or if the hasher panics while rehashing (the map
    /// then keeps all its entries).
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        // SAFETY: the functions hash this table's entries.
        unsafe {
            self.raw.reserve(
                Self::INFO,
                additional,
                Self::FNS,
                &self.hash_builder as *const S as *const u8,
            )
        }
    }

    /// Like [`reserve`](Self::reserve), but reports capacity overflow and allocation
    /// failure as an error.
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        // SAFETY: the functions hash this table's entries.
        unsafe {
            self.raw.try_reserve(
                Self::INFO,
                additional,
                Self::FNS,
                &self.hash_builder as *const S as *const u8,
            )
        }
    }

    /// Shrinks the capacity as much as possible.
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.shrink_to(0)
    }

    /// Shrinks the capacity to fit at least `min_capacity` entries.
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        // SAFETY: the functions hash this table's entries.
        unsafe {
            self.raw.shrink_to(
                Self::INFO,
                min_capacity,
                Self::FNS,
                &self.hash_builder as *const S as *const u8,
            )
        }
    }
}

impl<K, V, S> Drop for Map<K, V, S> {
    /// One out-of-line copy per entry type, like `Vec`'s.
    #[inline(never)]
    fn drop(&mut self) {
        // SAFETY: every entry is a `(K, V)`, dropped here once; the table is not used again.
        unsafe { self.raw.drop_all(Self::INFO, Self::DROP) }
    }
}

impl<K, V, S: Default> Default for Map<K, V, S> {
    #[inline]
    fn default() -> Self {
        Self::with_hasher(default_hasher::<S>())
    }
}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for Map<K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Clone, V: Clone, S: Clone> Clone for Map<K, V, S> {
    /// Clones entry by entry into a table of the same shape, without rehashing. If a
    /// clone panics, the clones made so far are dropped and `self` is untouched.
    fn clone(&self) -> Self {
        let hash_builder = self.hash_builder.clone();
        Map {
            // SAFETY: the entries are `(K, V)` and `clone_entry` clones them.
            raw: unsafe {
                self.raw
                    .clone_with(Self::INFO, Self::DROP, clone_entry::<K, V>)
            },
            hash_builder,
            marker: PhantomData,
        }
    }
}

impl<K: Hash + Eq, V: PartialEq, S: BuildHasher> PartialEq for Map<K, V, S> {
    /// Maps are equal when they hold the same keys with equal values, whatever the order
    /// or the hashers.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .all(|(k, v)| other.get(k).is_some_and(|w| *v == *w))
    }
}

impl<K: Hash + Eq, V: Eq, S: BuildHasher> Eq for Map<K, V, S> {}

impl<K, Q, V, S> Index<&Q> for Map<K, V, S>
where
    K: Hash + Eq + Borrow<Q>,
    Q: Hash + Eq + ?Sized,
    S: BuildHasher,
{
    type Output = V;

    /// # Panics
    /// Panics if the key is not in the map.
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

impl<K: Hash + Eq, V, S: BuildHasher> Extend<(K, V)> for Map<K, V, S> {
    /// Reserves for the iterator's lower size bound (half of it if the map is not empty,
    /// as keys may repeat), then inserts. A lying `size_hint` only costs rehashes.
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        let iter = iter.into_iter();
        let hint = iter.size_hint().0;
        self.reserve(if self.is_empty() {
            hint
        } else {
            hint.div_ceil(2)
        });
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<'a, K: Hash + Eq + Copy, V: Copy, S: BuildHasher> Extend<(&'a K, &'a V)> for Map<K, V, S> {
    fn extend<I: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: I) {
        self.extend(iter.into_iter().map(|(k, v)| (*k, *v)))
    }
}

impl<K: Hash + Eq, V, S: BuildHasher + Default> FromIterator<(K, V)> for Map<K, V, S> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut m = Self::with_hasher(default_hasher::<S>());
        m.extend(iter);
        m
    }
}

#[cfg(feature = "std")]
impl<K: Hash + Eq, V, const N: usize> From<[(K, V); N]> for Map<K, V, RandomState> {
    fn from(entries: [(K, V); N]) -> Self {
        entries.into_iter().collect()
    }
}

impl<K: Hash + Eq, V, S: BuildHasher + Default> crate::Map<K, V> for Map<K, V, S> {
    type Iter<'a>
        = Iter<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    type Keys<'a>
        = Keys<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    type Values<'a>
        = Values<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;
    type ValuesMut<'a>
        = ValuesMut<'a, K, V>
    where
        Self: 'a,
        K: 'a,
        V: 'a;

    fn new() -> Self {
        Self::with_hasher(default_hasher::<S>())
    }
    fn with_capacity(capacity: usize) -> Self {
        Self::with_capacity_and_hasher(capacity, default_hasher::<S>())
    }
    fn insert(&mut self, key: K, value: V) -> Option<V> {
        self.insert(key, value)
    }
    fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.get(key)
    }
    fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.get_mut(key)
    }
    fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.contains_key(key)
    }
    fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.remove(key)
    }
    fn get_or_insert_with<F: FnOnce() -> V>(&mut self, key: K, default: F) -> &mut V {
        self.get_or_insert_with(key, default)
    }
    fn len(&self) -> usize {
        self.len()
    }
    fn clear(&mut self) {
        self.clear()
    }
    fn iter(&self) -> Iter<'_, K, V> {
        self.iter()
    }
    fn keys(&self) -> Keys<'_, K, V> {
        self.keys()
    }
    fn values(&self) -> Values<'_, K, V> {
        self.values()
    }
    fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        self.values_mut()
    }
    fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, keep: F) {
        self.retain(keep)
    }
    fn reserve(&mut self, additional: usize) {
        self.reserve(additional)
    }
}

/// An iterator over a [`Map`]'s entries, from [`Map::iter`].
pub struct Iter<'a, K, V> {
    raw: RawIter,
    marker: PhantomData<&'a (K, V)>,
}

// SAFETY: yields only shared references, like `&(K, V)`.
unsafe impl<K: Sync, V: Sync> Send for Iter<'_, K, V> {}
// SAFETY: as above.
unsafe impl<K: Sync, V: Sync> Sync for Iter<'_, K, V> {}

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter {
            raw: self.raw.clone(),
            marker: PhantomData,
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Iter<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);
    #[inline]
    #[allow(clippy::transmute_ptr_to_ref)]
    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        // SAFETY: the table is borrowed for `'a`, unchanged.
        let e = unsafe { self.raw.next_entry(Map::<K, V>::SIZE) };
        if e.is_null() {
            return None;
        }
        // SAFETY: a live entry, borrowed for `'a` (the transmute is `&*`, see `hash_q`).
        unsafe {
            Some((
                &mem::transmute::<*mut u8, &'a Bucket<K, V>>(e).key,
                &mem::transmute::<*mut u8, &'a Bucket<K, V>>(e).value,
            ))
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.raw.len(), Some(self.raw.len()))
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}
impl<K, V> FusedIterator for Iter<'_, K, V> {}

/// A mutable iterator over a [`Map`]'s entries, from [`Map::iter_mut`].
pub struct IterMut<'a, K, V> {
    raw: RawIter,
    marker: PhantomData<&'a mut (K, V)>,
}

// SAFETY: yields `&K` and `&mut V`.
unsafe impl<K: Sync, V: Send> Send for IterMut<'_, K, V> {}
// SAFETY: shared access to the iterator reaches no entry.
unsafe impl<K: Sync, V: Sync> Sync for IterMut<'_, K, V> {}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);
    #[inline]
    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        // SAFETY: the table is mutably borrowed for `'a`, unchanged.
        let e = unsafe { self.raw.next_entry(Map::<K, V>::SIZE) };
        if e.is_null() {
            return None;
        }
        // SAFETY: a live entry, yielded once, so the `&mut` is unique.
        let e = unsafe { &mut *(e as *mut Bucket<K, V>) };
        Some((&e.key, &mut e.value))
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.raw.len(), Some(self.raw.len()))
    }
}

impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {}
impl<K, V> FusedIterator for IterMut<'_, K, V> {}

/// An iterator over a [`Map`]'s keys, from [`Map::keys`].
pub struct Keys<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<K, V> Clone for Keys<'_, K, V> {
    fn clone(&self) -> Self {
        Keys {
            inner: self.inner.clone(),
        }
    }
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;
    #[inline]
    fn next(&mut self) -> Option<&'a K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Keys<'_, K, V> {}
impl<K, V> FusedIterator for Keys<'_, K, V> {}

/// An iterator over a [`Map`]'s values, from [`Map::values`].
pub struct Values<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<K, V> Clone for Values<'_, K, V> {
    fn clone(&self) -> Self {
        Values {
            inner: self.inner.clone(),
        }
    }
}

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;
    #[inline]
    fn next(&mut self) -> Option<&'a V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Values<'_, K, V> {}
impl<K, V> FusedIterator for Values<'_, K, V> {}

/// A mutable iterator over a [`Map`]'s values, from [`Map::values_mut`].
pub struct ValuesMut<'a, K, V> {
    inner: IterMut<'a, K, V>,
}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;
    #[inline]
    fn next(&mut self) -> Option<&'a mut V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for ValuesMut<'_, K, V> {}
impl<K, V> FusedIterator for ValuesMut<'_, K, V> {}

/// An owning iterator over a [`Map`]'s entries, from `into_iter`.
pub struct IntoIter<K, V> {
    /// The table; it still counts every entry, but only those `iter` has not yielded are
    /// live.
    pub(super) raw: RawTable,
    pub(super) iter: RawIter,
    pub(super) marker: PhantomData<(K, V)>,
}

// SAFETY: owns its keys and values, like `Map<K, V>`.
unsafe impl<K: Send, V: Send> Send for IntoIter<K, V> {}
// SAFETY: shared access reaches no entry.
unsafe impl<K: Sync, V: Sync> Sync for IntoIter<K, V> {}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);
    #[inline]
    fn next(&mut self) -> Option<(K, V)> {
        // SAFETY: the iterator owns the table, which does not change.
        let e = unsafe { self.iter.next_entry(Map::<K, V>::SIZE) };
        if e.is_null() {
            return None;
        }
        // SAFETY: a live entry, yielded once: it moves out to the caller.
        let Bucket { key, value } = unsafe { ptr::read(e as *const Bucket<K, V>) };
        Some((key, value))
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.iter.len(), Some(self.iter.len()))
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {}
impl<K, V> FusedIterator for IntoIter<K, V> {}

impl<K, V> Drop for IntoIter<K, V> {
    /// Out of line, once per type (see `Vec`'s `Drop`).
    #[inline(never)]
    fn drop(&mut self) {
        let iter = self.iter.clone();
        // SAFETY: the entries not yet yielded are live `(K, V)`s; the others moved out.
        unsafe {
            self.raw
                .drop_and_free(Map::<K, V>::INFO, Map::<K, V>::DROP, iter)
        }
    }
}

/// An owning iterator over a [`Map`]'s keys, from [`Map::into_keys`].
pub struct IntoKeys<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;
    #[inline]
    fn next(&mut self) -> Option<K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IntoKeys<K, V> {}
impl<K, V> FusedIterator for IntoKeys<K, V> {}

/// An owning iterator over a [`Map`]'s values, from [`Map::into_values`].
pub struct IntoValues<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;
    #[inline]
    fn next(&mut self) -> Option<V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IntoValues<K, V> {}
impl<K, V> FusedIterator for IntoValues<K, V> {}

impl<K, V, S> IntoIterator for Map<K, V, S> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;
    fn into_iter(self) -> IntoIter<K, V> {
        let mut m = ManuallyDrop::new(self);
        let iter = m.raw.iter();
        let it = IntoIter {
            // SAFETY: `m` is never dropped, so the table moves to the iterator, its one
            // owner.
            raw: unsafe { ptr::read(&m.raw) },
            iter,
            marker: PhantomData,
        };
        // SAFETY: the hasher is dropped once, here; `m` is never dropped.
        unsafe { ptr::drop_in_place(&mut m.hash_builder) };
        it
    }
}

impl<'a, K, V, S> IntoIterator for &'a Map<K, V, S> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V, S> IntoIterator for &'a mut Map<K, V, S> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;
    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

#[cfg(all(test, feature = "std"))]
mod hash_tests {
    use super::*;
    use std::hash::{BuildHasherDefault, DefaultHasher, RandomState};

    #[test]
    fn the_shared_random_state_path_hashes_as_hash_one() {
        let s = RandomState::new();
        let k = "word".to_string();
        assert_eq!(hash_one::<String, _>(&s, &&k), s.hash_one(&k));
        assert_eq!(hash_one::<str, _>(&s, &"word"), s.hash_one("word"));
        assert_eq!(hash_one::<u64, _>(&s, &&7u64), s.hash_one(7u64));
        // Another hasher takes the generic path, with the same result as `hash_one`.
        let d = BuildHasherDefault::<DefaultHasher>::default();
        assert_eq!(hash_one::<String, _>(&d, &&k), d.hash_one(&k));
        let r: RandomState = default_hasher::<RandomState>();
        assert_eq!(hash_one::<str, _>(&r, &"x"), r.hash_one("x"));
    }

    #[test]
    fn same_type_tells_types_apart() {
        assert!(same_type::<RandomState, RandomState>());
        assert!(!same_type::<RandomState, BuildHasherDefault<DefaultHasher>>());
        assert!(!same_type::<u32, i32>());
        // Lifetimes aside.
        assert!(same_type::<&'static str, &str>());
    }
}
