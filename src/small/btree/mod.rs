//! [`OrderedMap`] and [`OrderedSet`]: ordered collections on one B-tree core, whose
//! searching, insertion with splits, removal with merges and traversal exist once in the
//! binary, whatever the number of key and value types.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::ops::Bound;

use crate::raw::btree::iter::{RawBound, RawRange};
use crate::raw::btree::{RawTree, SearchFn, TreeInfo};
use crate::raw::ElemInfo;
use crate::small::drop_fn;

mod entry;
mod extract;
mod iter;
pub mod map;
mod ordered_impls;
pub mod set;
mod set_ops;
mod traits;

pub use map::OrderedMap;
pub use set::OrderedSet;

/// The core's description of trees with keys `K` and values `V`, as a constant.
pub(crate) struct Info<K, V>(PhantomData<(K, V)>);
impl<K, V> Info<K, V> {
    pub(crate) const INFO: &'static TreeInfo = &TreeInfo::new(
        ElemInfo::of::<K>(),
        drop_fn::<K>(),
        ElemInfo::of::<V>(),
        drop_fn::<V>(),
    );
}

/// Compares the `&Q` at `query` with the `len` keys `K` at `keys`, in order: the one
/// per-type function the core calls (see [`SearchFn`]). The user's `Ord` sees the
/// caller's query and live keys in the tree, nothing else.
///
/// # Safety
/// As for [`SearchFn`].
unsafe fn search<K: Borrow<Q>, Q: Ord + ?Sized>(
    query: *const u8,
    keys: *const u8,
    len: usize,
) -> usize {
    // SAFETY: the caller's guarantee: a live `&Q` and `len` live keys.
    let q: &Q = unsafe { *(query as *const &Q) };
    let keys = keys as *const K;
    let mut i = 0;
    while i < len {
        // SAFETY: `i < len`.
        match q.cmp(unsafe { &*keys.add(i) }.borrow()) {
            Ordering::Greater => i += 1,
            Ordering::Equal => return 2 * i + 1,
            Ordering::Less => return 2 * i,
        }
    }
    2 * len
}

/// The search function for `Q` queries in a tree with keys `K`.
pub(crate) struct Search<K, Q: ?Sized>(PhantomData<SearchTypes<K, Q>>);

/// Marks the type parameters of [`Search`] as used.
type SearchTypes<K, Q> = (K, fn(&Q));
impl<K: Borrow<Q>, Q: Ord + ?Sized> Search<K, Q> {
    pub(crate) const FN: SearchFn = search::<K, Q>;
}

/// The raw bound for `b`, whose query reference is stored in `slot` if it has one.
#[inline(always)]
fn raw_bound<T: ?Sized>(b: Bound<&T>, slot: &mut MaybeUninit<*const T>) -> RawBound {
    let (kind, q) = match b {
        Bound::Included(q) => (0, q),
        Bound::Excluded(q) => (1, q),
        Bound::Unbounded => {
            return RawBound {
                kind: 2,
                query: core::ptr::null(),
            }
        }
    };
    slot.write(q);
    RawBound {
        kind,
        query: slot.as_ptr() as *const u8,
    }
}

/// `Ord::cmp` of the two `&T`s that `a` and `b` point to: how the core checks a range's
/// bounds against each other.
///
/// # Safety
/// `a` and `b` point to live `&T`s.
unsafe fn cmp_refs<T: Ord + ?Sized>(a: *const u8, b: *const u8) -> Ordering {
    // SAFETY: the caller's guarantee.
    unsafe { (*(a as *const &T)).cmp(*(b as *const &T)) }
}

/// The kvs of `tree` (keys `K`) between `start` and `end`, checked as std checks them.
///
/// # Panics
/// If `start > end`, or if they are equal and both excluded (in a non-empty tree, as
/// std); if `Ord` panics.
///
/// # Safety
/// `tree` holds keys `K` and values described by `info`.
#[inline(always)]
pub(crate) unsafe fn range_of<K: Borrow<T>, T: Ord + ?Sized>(
    tree: &RawTree,
    info: &TreeInfo,
    start: Bound<&T>,
    end: Bound<&T>,
) -> RawRange {
    let mut a = MaybeUninit::uninit();
    let mut b = MaybeUninit::uninit();
    let lo = raw_bound(start, &mut a);
    let hi = raw_bound(end, &mut b);
    // SAFETY: the queries are `&T`s that outlive the call; the tree's keys are `K`.
    unsafe {
        RawRange::bounded(
            tree,
            &info.layout,
            Search::<K, T>::FN,
            lo,
            hi,
            Some(cmp_refs::<T>),
        )
    }
}
