//! The non-generic core of [`small::OrderedMap`](crate::small::OrderedMap) and
//! [`small::OrderedSet`](crate::small::OrderedSet): a B-tree whose node layout is
//! computed from the key and value layouts.
//!
//! # Nodes
//!
//! Every node is one allocation, aligned to the largest of a pointer, the key and the
//! value, and laid out as
//!
//! ```text
//! | Header { parent, parent_idx, len } | keys[CAP] | vals[CAP] | edges[CAP + 1] (internal only) |
//! ```
//!
//! with the offsets in a [`NodeLayout`], computed once per key and value type by a
//! `const fn` (so the shims pass a promoted constant). Keys and values are stored
//! unboxed. Leaves have no edge array. Every node but the root holds between
//! [`MIN_LEN`] and [`CAP`] key-value pairs ("kvs"); an internal node with `len` kvs has
//! `len + 1` children, each of which records its parent and its index in it.
//!
//! The files, by role: this one (layouts, node access, search), [`insert`] (insertion
//! with splits), [`remove`] (removal with steals and merges), [`iter`] (cursors, ranges,
//! owning iteration and dropping).
//!
//! # The callback rule and panic safety
//!
//! The only user code the core runs is the key comparison ([`SearchFn`], which compares
//! the caller's query with the live keys of one node) and the drops of keys and values.
//! Every operation searches first, without modifying anything, and then changes the
//! structure without calling user code, so a comparison that panics leaves the tree as
//! it was. Whatever the comparisons answer, the structure stays a valid B-tree (an
//! inconsistent `Ord` only misplaces keys), so iteration ends. Removed kvs are copied out
//! to the caller, who drops them once the tree is consistent again.

mod insert;
pub(crate) mod iter;
mod remove;
#[cfg(test)]
mod tests;

use alloc::alloc::{alloc, dealloc, handle_alloc_error};
use core::alloc::Layout;
use core::ptr;

use super::{DropFn, ElemInfo};

/// Half the branching factor: nodes hold at most `2 * B - 1` kvs.
const B: usize = 6;
/// The most kvs a node holds.
pub(crate) const CAP: usize = 2 * B - 1;
/// The fewest kvs a node other than the root holds.
const MIN_LEN: usize = B - 1;

/// `search(query, keys, len)`: compares the query with the `len` keys of one node, in
/// order, and returns `2 * i + 1` if key `i` equals it, or `2 * i` where `i` is the first
/// key greater than it (`len` if none). Built once per key and query type by the shim.
///
/// # Safety
/// `query` must point to the reference to a query of the type the function was made
/// for; `keys` to `len` initialized keys of the tree's key type. May panic.
pub(crate) type SearchFn = unsafe fn(query: *const u8, keys: *const u8, len: usize) -> usize;

/// The offset of the key array in a node, for keys aligned to `key_align`.
pub(crate) const fn keys_offset(key_align: usize) -> usize {
    round_up(core::mem::size_of::<Header>(), key_align)
}

/// The start of every node.
#[repr(C)]
struct Header {
    /// The parent node, null for the root.
    parent: *mut u8,
    /// The index of this node among its parent's edges.
    parent_idx: u16,
    /// The number of initialized kvs.
    len: u16,
}

/// The byte layout of the nodes of one key and value type.
#[derive(Debug)]
pub(crate) struct NodeLayout {
    /// Size of a key.
    pub(crate) key_size: usize,
    /// Size of a value.
    pub(crate) val_size: usize,
    /// Offset of the key array.
    pub(crate) keys: usize,
    /// Offset of the value array.
    pub(crate) vals: usize,
    /// Offset of the edge array of internal nodes.
    edges: usize,
    /// Size of a leaf.
    leaf_size: usize,
    /// Size of an internal node.
    internal_size: usize,
    /// Alignment of every node.
    align: usize,
}

/// `n` rounded up to a multiple of the power of two `a`.
const fn round_up(n: usize, a: usize) -> usize {
    (n + a - 1) & !(a - 1)
}

/// What the core knows of a key and value type: the node layout and the two drops.
///
/// Unlike [`ElemInfo`], this table holds the two drop functions (one relocated pointer
/// each per key and value type): the tree's many dropping paths read them from here
/// rather than taking them as arguments.
#[derive(Debug)]
pub(crate) struct TreeInfo {
    /// Where keys, values and edges live in a node.
    pub(crate) layout: NodeLayout,
    /// Drops a key; `None` without drop glue.
    pub(crate) drop_key: DropFn,
    /// Drops a value; `None` without drop glue.
    pub(crate) drop_val: DropFn,
}

impl TreeInfo {
    /// The description of trees with keys `key` (dropped by `drop_key`) and values `val`
    /// (dropped by `drop_val`). Evaluated at compile time by the shims.
    pub(crate) const fn new(
        key: &ElemInfo,
        drop_key: DropFn,
        val: &ElemInfo,
        drop_val: DropFn,
    ) -> TreeInfo {
        let mut align = core::mem::align_of::<Header>();
        if key.align > align {
            align = key.align;
        }
        if val.align > align {
            align = val.align;
        }
        let keys = keys_offset(key.align);
        let vals = round_up(keys + CAP * key.size, val.align);
        let end = vals + CAP * val.size;
        let edges = round_up(end, core::mem::align_of::<*mut u8>());
        let internal = edges + (CAP + 1) * core::mem::size_of::<*mut u8>();
        TreeInfo {
            layout: NodeLayout {
                key_size: key.size,
                val_size: val.size,
                keys,
                vals,
                edges,
                leaf_size: round_up(end, align),
                internal_size: round_up(internal, align),
                align,
            },
            drop_key,
            drop_val,
        }
    }
}

/// A position between two kvs of a leaf (or, with `node` null, in an empty tree).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Edge {
    pub(crate) node: *mut u8,
    pub(crate) idx: usize,
}

impl Edge {
    /// The edge of an empty tree.
    pub(crate) const NONE: Edge = Edge {
        node: ptr::null_mut(),
        idx: 0,
    };
}

/// The key and value slots of one kv; `key` is null for "none".
#[derive(Clone, Copy, Debug)]
pub(crate) struct KvPtr {
    pub(crate) key: *mut u8,
    pub(crate) val: *mut u8,
}

impl KvPtr {
    /// No kv.
    pub(crate) const NONE: KvPtr = KvPtr {
        key: ptr::null_mut(),
        val: ptr::null_mut(),
    };
}

/// The result of a search: the kv equal to the query (`found`), or the leaf edge where
/// it would be inserted.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    /// The node of the kv or of the leaf edge; null in an empty tree.
    pub(crate) node: *mut u8,
    /// The node's height (0 for leaves).
    pub(crate) height: usize,
    /// The kv's or the edge's index.
    pub(crate) idx: usize,
    /// Whether a key equal to the query was found.
    pub(crate) found: bool,
}

/// An untyped B-tree.
///
/// Invariants: `root` is null if and only if `len == 0`; otherwise it is a node of
/// height `height` with no parent, every leaf is at depth `height`, and the tree holds
/// `len` initialized kvs of the type the caller's [`TreeInfo`] describes.
#[derive(Debug)]
pub(crate) struct RawTree {
    pub(crate) root: *mut u8,
    pub(crate) height: usize,
    pub(crate) len: usize,
}

// ---- node access ---------------------------------------------------------------------

/// # Safety
/// `n` is a live node.
#[inline(always)]
unsafe fn hdr(n: *mut u8) -> *mut Header {
    n as *mut Header
}

/// The number of kvs of node `n`.
///
/// # Safety
/// `n` is a live node.
#[inline(always)]
pub(crate) unsafe fn len(n: *mut u8) -> usize {
    // SAFETY: `n` is live; the header is at its start.
    unsafe { (*hdr(n)).len as usize }
}

/// # Safety
/// `n` is a live node; `len <= CAP`.
#[inline(always)]
unsafe fn set_len(n: *mut u8, len: usize) {
    // SAFETY: `n` is live.
    unsafe { (*hdr(n)).len = len as u16 }
}

/// # Safety
/// `n` is a live node.
#[inline(always)]
unsafe fn parent(n: *mut u8) -> *mut u8 {
    // SAFETY: `n` is live.
    unsafe { (*hdr(n)).parent }
}

/// # Safety
/// `n` is a live node with a parent.
#[inline(always)]
unsafe fn parent_idx(n: *mut u8) -> usize {
    // SAFETY: `n` is live.
    unsafe { (*hdr(n)).parent_idx as usize }
}

/// Slot `i` of the key array of `n`.
///
/// # Safety
/// `n` is a live node of layout `l`; `i <= CAP`.
#[inline(always)]
pub(crate) unsafe fn key(l: &NodeLayout, n: *mut u8, i: usize) -> *mut u8 {
    // SAFETY: within the node's allocation (one past the array at most).
    unsafe { n.add(l.keys + i * l.key_size) }
}

/// Slot `i` of the value array of `n`.
///
/// # Safety
/// As for [`key`].
#[inline(always)]
pub(crate) unsafe fn val(l: &NodeLayout, n: *mut u8, i: usize) -> *mut u8 {
    // SAFETY: within the node's allocation.
    unsafe { n.add(l.vals + i * l.val_size) }
}

/// The key and value slots of kv `i` of `n`.
///
/// # Safety
/// As for [`key`].
#[inline(always)]
pub(crate) unsafe fn kv(l: &NodeLayout, n: *mut u8, i: usize) -> KvPtr {
    // SAFETY: forwarded.
    unsafe {
        KvPtr {
            key: key(l, n, i),
            val: val(l, n, i),
        }
    }
}

/// Slot `i` of the edge array of internal node `n`.
///
/// # Safety
/// `n` is a live internal node of layout `l`; `i <= CAP`.
#[inline(always)]
unsafe fn edge_slot(l: &NodeLayout, n: *mut u8, i: usize) -> *mut *mut u8 {
    // SAFETY: within the node's allocation; the edge array is pointer-aligned.
    unsafe { n.add(l.edges).cast::<*mut u8>().add(i) }
}

/// Child `i` of internal node `n`.
///
/// # Safety
/// `n` is a live internal node of layout `l`; `i <= len(n)`.
#[inline(always)]
pub(crate) unsafe fn edge(l: &NodeLayout, n: *mut u8, i: usize) -> *mut u8 {
    // SAFETY: forwarded; edges `0..=len` are initialized.
    unsafe { *edge_slot(l, n, i) }
}

/// Makes `child` edge `i` of `n` and records it in `child`.
///
/// # Safety
/// `n` is a live internal node of layout `l`, `child` a live node, `i <= CAP`.
#[inline(always)]
unsafe fn set_edge(l: &NodeLayout, n: *mut u8, i: usize, child: *mut u8) {
    // SAFETY: forwarded.
    unsafe {
        *edge_slot(l, n, i) = child;
        (*hdr(child)).parent = n;
        (*hdr(child)).parent_idx = i as u16;
    }
}

/// Records in children `from..=to` of `n` where they are.
///
/// # Safety
/// `n` is a live internal node whose edges `from..=to` are live nodes.
unsafe fn fix_children(l: &NodeLayout, n: *mut u8, from: usize, to: usize) {
    for i in from..=to {
        // SAFETY: forwarded.
        unsafe { set_edge(l, n, i, edge(l, n, i)) }
    }
}

/// Copies `count` keys and values from slots `src..` of `a` to slots `dst..` of `b`
/// (overlap allowed).
///
/// # Safety
/// The slots are within the two live nodes of layout `l`.
unsafe fn move_kvs(l: &NodeLayout, a: *mut u8, src: usize, b: *mut u8, dst: usize, count: usize) {
    // SAFETY: forwarded; `ptr::copy` allows overlap.
    unsafe {
        ptr::copy(key(l, a, src), key(l, b, dst), count * l.key_size);
        ptr::copy(val(l, a, src), val(l, b, dst), count * l.val_size);
    }
}

/// Copies `count` edges from slots `src..` of `a` to slots `dst..` of `b` (overlap
/// allowed), without fixing the children's parent links.
///
/// # Safety
/// Both are live internal nodes; the slots are within `0..=CAP`.
unsafe fn move_edges(l: &NodeLayout, a: *mut u8, src: usize, b: *mut u8, dst: usize, count: usize) {
    // SAFETY: forwarded.
    unsafe { ptr::copy(edge_slot(l, a, src), edge_slot(l, b, dst), count) }
}

/// Copies one kv from `from` to the slots `to` (disjoint).
///
/// # Safety
/// Both are valid slots of layout `l`.
#[inline]
unsafe fn copy_kv(l: &NodeLayout, from: KvPtr, to: KvPtr) {
    // SAFETY: forwarded.
    unsafe {
        super::copy_elem(from.key, to.key, l.key_size);
        super::copy_elem(from.val, to.val, l.val_size);
    }
}

impl NodeLayout {
    /// The allocation layout of a node.
    fn node_layout(&self, internal: bool) -> Layout {
        let size = if internal {
            self.internal_size
        } else {
            self.leaf_size
        };
        // The size is a multiple of the power-of-two `align` and well below `isize::MAX`
        // for any key and value that exist.
        match Layout::from_size_align(size, self.align) {
            Ok(l) => l,
            Err(_) => panic!("capacity overflow"),
        }
    }

    /// Allocates an empty node with no parent.
    fn alloc_node(&self, internal: bool) -> *mut u8 {
        let layout = self.node_layout(internal);
        // SAFETY: the layout is never zero-sized (it holds the header).
        let n = unsafe { alloc(layout) };
        if n.is_null() {
            handle_alloc_error(layout);
        }
        // SAFETY: `n` is a fresh allocation, large and aligned enough for the header.
        unsafe {
            hdr(n).write(Header {
                parent: ptr::null_mut(),
                parent_idx: 0,
                len: 0,
            })
        };
        n
    }

    /// Frees node `n` (not its children or kvs).
    ///
    /// # Safety
    /// `n` was allocated by [`alloc_node`](Self::alloc_node) with this `internal` and is
    /// not used again.
    unsafe fn free_node(&self, n: *mut u8, internal: bool) {
        // SAFETY: forwarded.
        unsafe { dealloc(n, self.node_layout(internal)) }
    }
}

impl RawTree {
    /// The empty tree.
    pub(crate) const EMPTY: RawTree = RawTree {
        root: ptr::null_mut(),
        height: 0,
        len: 0,
    };

    /// Searches the tree for the query (see [`SearchFn`]).
    ///
    /// # Safety
    /// `search` and `query` match the tree's key type (see [`SearchFn`]); `l` is its
    /// layout.
    pub(crate) unsafe fn search(
        &self,
        l: &NodeLayout,
        search: SearchFn,
        query: *const u8,
    ) -> Found {
        let mut node = self.root;
        let mut height = self.height;
        if node.is_null() {
            return Found {
                node,
                height: 0,
                idx: 0,
                found: false,
            };
        }
        loop {
            // SAFETY: `node` is a live node at `height`; the caller's guarantee for the
            // search function.
            let r = unsafe { search(query, key(l, node, 0), len(node)) };
            let idx = r >> 1;
            if r & 1 != 0 || height == 0 {
                return Found {
                    node,
                    height,
                    idx,
                    found: r & 1 != 0,
                };
            }
            // SAFETY: `idx <= len(node)`: the search fn returns at most `2 * len`.
            node = unsafe { edge(l, node, idx.min(len(node))) };
            height -= 1;
        }
    }

    /// The kv equal to the query, or [`KvPtr::NONE`].
    ///
    /// The descent is [`search`](Self::search)'s, one call of the typed search function
    /// per level: per key type there is then only that function, not a second, inlined,
    /// copy of the descent for lookups.
    ///
    /// # Safety
    /// `search` and `query` match the tree's key type (see [`SearchFn`]); `l` is its
    /// layout.
    pub(crate) unsafe fn find(&self, l: &NodeLayout, search: SearchFn, query: *const u8) -> KvPtr {
        // SAFETY: forwarded; a found kv is in a live node.
        unsafe {
            let f = self.search(l, search, query);
            if f.found {
                kv(l, f.node, f.idx)
            } else {
                KvPtr::NONE
            }
        }
    }

    /// The leaf edge before the first kv (`first`) or after the last one.
    ///
    /// # Safety
    /// `l` is the tree's layout.
    pub(crate) unsafe fn end_edge(&self, l: &NodeLayout, first: bool) -> Edge {
        let mut node = self.root;
        if node.is_null() {
            return Edge::NONE;
        }
        for _ in 0..self.height {
            // SAFETY: `node` is a live internal node.
            node = unsafe { edge(l, node, if first { 0 } else { len(node) }) };
        }
        Edge {
            node,
            // SAFETY: `node` is a live leaf.
            idx: if first { 0 } else { unsafe { len(node) } },
        }
    }

    /// The first (`first`) or last kv, or [`KvPtr::NONE`].
    ///
    /// # Safety
    /// `l` is the tree's layout.
    pub(crate) unsafe fn end_kv(&self, l: &NodeLayout, first: bool) -> KvPtr {
        // SAFETY: forwarded.
        let e = unsafe { self.end_edge(l, first) };
        if e.node.is_null() {
            return KvPtr::NONE;
        }
        // SAFETY: a non-empty tree's leaves hold at least one kv.
        unsafe { kv(l, e.node, if first { 0 } else { e.idx - 1 }) }
    }
}
