//! [`OrderedMap`] and [`OrderedSet`]: ordered collections on one B-tree core, whose
//! searching, insertion with splits, removal with merges and traversal exist once in the
//! binary, whatever the number of key and value types.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::marker::PhantomData;
use core::ops::Bound;

use crate::raw::btree::iter::{RawBound, RawRange};
use crate::raw::btree::{keys_offset, len, DescendFn, RawTree, SearchFn, TreeInfo};
use crate::raw::ElemInfo;

mod entry;
mod extract;
mod iter;
pub mod map;
pub mod set;
mod traits;

pub use map::OrderedMap;
pub use set::OrderedSet;

/// The core's description of trees with keys `K` and values `V`, as a constant.
pub(crate) struct Info<K, V>(PhantomData<(K, V)>);
impl<K, V> Info<K, V> {
    pub(crate) const INFO: &'static TreeInfo =
        &TreeInfo::new(ElemInfo::of::<K>(), ElemInfo::of::<V>());
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

/// The whole lookup of a `&Q` (see [`DescendFn`]), with [`search`] inlined.
///
/// # Safety
/// As for [`DescendFn`].
unsafe fn descend<K: Borrow<Q>, Q: Ord + ?Sized>(
    query: *const u8,
    root: *mut u8,
    height: usize,
    edges: usize,
) -> (*mut u8, usize) {
    let mut node = root;
    let mut height = height;
    if node.is_null() {
        return (node, 0);
    }
    let keys = keys_offset(core::mem::align_of::<K>());
    loop {
        // SAFETY: `node` is a live node of the tree at `height`, whose keys start at
        // `keys` and whose edges (if internal) at `edges`; `idx <= len`.
        unsafe {
            let r = search::<K, Q>(query, node.add(keys), len(node));
            if r & 1 != 0 {
                return (node, r >> 1);
            }
            if height == 0 {
                return (core::ptr::null_mut(), 0);
            }
            node = *node.add(edges).cast::<*mut u8>().add(r >> 1);
        }
        height -= 1;
    }
}

/// The search function for `Q` queries in a tree with keys `K`.
pub(crate) struct Search<K, Q: ?Sized>(PhantomData<SearchTypes<K, Q>>);

/// Marks the type parameters of [`Search`] as used.
type SearchTypes<K, Q> = (K, fn(&Q));
impl<K: Borrow<Q>, Q: Ord + ?Sized> Search<K, Q> {
    pub(crate) const FN: SearchFn = search::<K, Q>;
    pub(crate) const DESCEND: DescendFn = descend::<K, Q>;
}

/// The raw bound for `b`, whose query reference is at `slot`.
#[inline(always)]
fn raw_bound<T: ?Sized>(b: Bound<&T>, slot: &mut *const T) -> RawBound {
    match b {
        Bound::Included(q) => {
            *slot = q;
            RawBound {
                kind: 0,
                query: slot as *const *const T as *const u8,
            }
        }
        Bound::Excluded(q) => {
            *slot = q;
            RawBound {
                kind: 1,
                query: slot as *const *const T as *const u8,
            }
        }
        Bound::Unbounded => RawBound {
            kind: 2,
            query: core::ptr::null(),
        },
    }
}

/// The kvs of `tree` (keys `K`) between `start` and `end`, checked as std checks them.
///
/// # Panics
/// If `start > end`, or if they are equal and both excluded; if `Ord` panics.
///
/// # Safety
/// `tree` holds keys `K` and values described by `info`.
pub(crate) unsafe fn range_of<K: Borrow<T>, T: Ord + ?Sized>(
    tree: &RawTree,
    info: &TreeInfo,
    start: Bound<&T>,
    end: Bound<&T>,
) -> RawRange {
    // As in std, the bounds are only checked against each other in a non-empty tree.
    if tree.root.is_null() {
        return RawRange::EMPTY;
    }
    if let (Bound::Included(s) | Bound::Excluded(s), Bound::Included(e) | Bound::Excluded(e)) =
        (start, end)
    {
        match s.cmp(e) {
            Ordering::Greater => panic!("range start is greater than range end in BTreeMap"),
            Ordering::Equal => {
                if let (Bound::Excluded(_), Bound::Excluded(_)) = (start, end) {
                    panic!("range start and end are equal and excluded in BTreeMap")
                }
            }
            Ordering::Less => {}
        }
    }
    let mut a: *const T = match start {
        Bound::Included(q) | Bound::Excluded(q) => q,
        Bound::Unbounded => match end {
            Bound::Included(q) | Bound::Excluded(q) => q,
            // SAFETY: `info` describes the tree.
            Bound::Unbounded => return unsafe { RawRange::full(tree, &info.layout) },
        },
    };
    let mut b = a;
    let lo = raw_bound(start, &mut a);
    let hi = raw_bound(end, &mut b);
    // SAFETY: the queries are `&T`s that outlive the call; the tree's keys are `K`.
    unsafe { RawRange::bounded(tree, &info.layout, Search::<K, T>::FN, lo, hi) }
}
