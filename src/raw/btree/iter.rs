//! Cursors: in-order traversal between two leaf edges, range bounds, and owning
//! traversal that drops what it does not yield and frees every node.
//!
//! A cursor is a pair of leaf edges. Stepping forward from an edge climbs while the edge
//! is past its node's last kv, yields the kv there, and descends to the leftmost leaf
//! edge after it; stepping back is the mirror. Both ends visit every leaf edge in turn,
//! so the cursor is empty exactly when the two edges are equal. No user code runs, and no
//! loop depends on what a comparison answered, so iteration always ends.

use core::cmp::Ordering;
use core::ptr;

use super::{
    edge, kv, len, parent, parent_idx, Edge, KvPtr, NodeLayout, RawTree, SearchFn, TreeInfo,
};

/// `cmp(a, b)`: `Ord::cmp` of the two bound queries whose references `a` and `b` point
/// to, for checking a range's bounds against each other.
///
/// # Safety
/// `a` and `b` point to live references to queries of the type the function was made
/// for. May panic.
pub(crate) type CmpRefFn = unsafe fn(a: *const u8, b: *const u8) -> Ordering;

/// The kvs between two leaf edges.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RawRange {
    pub(crate) front: Edge,
    pub(crate) back: Edge,
}

/// A bound of a range query: what to compare, and how (`Included`, `Excluded` or
/// `Unbounded`, as in `core::ops::Bound`).
#[derive(Clone, Copy)]
pub(crate) struct RawBound {
    /// 0: included, 1: excluded, 2: unbounded.
    pub(crate) kind: u8,
    /// Points to the reference to the bound's query (unused when unbounded).
    pub(crate) query: *const u8,
}

impl RawRange {
    /// The empty range.
    pub(crate) const EMPTY: RawRange = RawRange {
        front: Edge::NONE,
        back: Edge::NONE,
    };

    /// Every kv of `tree`.
    ///
    /// # Safety
    /// `l` is the tree's layout.
    pub(crate) unsafe fn full(tree: &RawTree, l: &NodeLayout) -> RawRange {
        // SAFETY: forwarded.
        unsafe {
            RawRange {
                front: tree.end_edge(l, true),
                back: tree.end_edge(l, false),
            }
        }
    }

    /// The next kv from the front, or [`KvPtr::NONE`].
    ///
    /// # Safety
    /// The tree the edges belong to is live, unchanged since, and has layout `l`.
    ///
    /// With the `shared-library` feature, never inlined: small and free of calls, it
    /// would otherwise be copied from the library into every typed iteration loop.
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) unsafe fn next(&mut self, l: &NodeLayout) -> KvPtr {
        if self.front == self.back {
            return KvPtr::NONE;
        }
        let Edge { mut node, mut idx } = self.front;
        let mut h = 0;
        // SAFETY: the nodes are live; an edge that is not the back edge has a kv after
        // it, so the climb ends at a node with a parent chain long enough (checked anyway).
        unsafe {
            while idx >= len(node) {
                let p = parent(node);
                if p.is_null() {
                    self.front = self.back;
                    return KvPtr::NONE;
                }
                idx = parent_idx(node);
                node = p;
                h += 1;
            }
            let found = kv(l, node, idx);
            let mut n = node;
            let mut i = idx + 1;
            while h > 0 {
                n = edge(l, n, i);
                i = 0;
                h -= 1;
            }
            self.front = Edge { node: n, idx: i };
            found
        }
    }

    /// The next kv from the back, or [`KvPtr::NONE`].
    ///
    /// # Safety
    /// As for [`next`](Self::next).
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) unsafe fn next_back(&mut self, l: &NodeLayout) -> KvPtr {
        if self.front == self.back {
            return KvPtr::NONE;
        }
        let Edge { mut node, mut idx } = self.back;
        let mut h = 0;
        // SAFETY: as in `next`, mirrored.
        unsafe {
            while idx == 0 {
                let p = parent(node);
                if p.is_null() {
                    self.back = self.front;
                    return KvPtr::NONE;
                }
                idx = parent_idx(node);
                node = p;
                h += 1;
            }
            let found = kv(l, node, idx - 1);
            let mut n = node;
            let mut i = idx - 1;
            while h > 0 {
                n = edge(l, n, i);
                i = len(n);
                h -= 1;
            }
            self.back = Edge { node: n, idx: i };
            found
        }
    }

    /// The kvs of `tree` between two bounds.
    ///
    /// # Panics
    /// In a non-empty tree, with `check`, panics as std does if the start is greater
    /// than the end or both are equal and excluded. Panics if, in one node, the lower
    /// bound lands after the upper one (which only an inconsistent `Ord` does), and if
    /// `search` or `check` panics. Nothing is modified either way.
    ///
    /// # Safety
    /// As for [`RawTree::search`], for both bounds' queries.
    pub(crate) unsafe fn bounded(
        tree: &RawTree,
        l: &NodeLayout,
        search: SearchFn,
        lo: RawBound,
        hi: RawBound,
        check: Option<CmpRefFn>,
    ) -> RawRange {
        /// The edge index in `node` for a bound.
        ///
        /// # Safety
        /// As for the enclosing function; `node` is live.
        unsafe fn pos(
            l: &NodeLayout,
            search: SearchFn,
            node: *mut u8,
            b: RawBound,
            lower: bool,
        ) -> usize {
            // SAFETY: forwarded.
            let n = unsafe { len(node) };
            if b.kind == 2 {
                return if lower { 0 } else { n };
            }
            // SAFETY: forwarded.
            let r = unsafe { search(b.query, kv(l, node, 0).key, n) };
            let (idx, found) = ((r >> 1).min(n), r & 1);
            // Included lower and excluded upper stop before an equal key; the others
            // after it.
            if (b.kind == 0) == lower {
                idx
            } else {
                (idx + found).min(n)
            }
        }
        let mut node = tree.root;
        // As in std, an empty tree does not check its bounds.
        if node.is_null() {
            return RawRange::EMPTY;
        }
        if lo.kind != 2 && hi.kind != 2 {
            if let Some(cmp) = check {
                // SAFETY: both queries are live references of the type `cmp` takes.
                match unsafe { cmp(lo.query, hi.query) } {
                    Ordering::Greater => {
                        panic!("range start is greater than range end in BTreeMap")
                    }
                    Ordering::Equal if lo.kind == 1 && hi.kind == 1 => {
                        panic!("range start and end are equal and excluded in BTreeMap")
                    }
                    _ => {}
                }
            }
        }
        if lo.kind == 2 && hi.kind == 2 {
            // SAFETY: the layout is the tree's.
            return unsafe { RawRange::full(tree, l) };
        }
        let mut h = tree.height;
        // SAFETY: every node reached is live, at height `h`.
        unsafe {
            loop {
                let a = pos(l, search, node, lo, true);
                let b = pos(l, search, node, hi, false);
                if a > b {
                    panic!("Ord is ill-defined in BTreeMap range");
                }
                if h == 0 {
                    return RawRange {
                        front: Edge { node, idx: a },
                        back: Edge { node, idx: b },
                    };
                }
                if a < b {
                    let (mut f, mut g) = (edge(l, node, a), edge(l, node, b));
                    while h > 1 {
                        f = edge(l, f, pos(l, search, f, lo, true));
                        g = edge(l, g, pos(l, search, g, hi, false));
                        h -= 1;
                    }
                    return RawRange {
                        front: Edge {
                            node: f,
                            idx: pos(l, search, f, lo, true),
                        },
                        back: Edge {
                            node: g,
                            idx: pos(l, search, g, hi, false),
                        },
                    };
                }
                node = edge(l, node, a);
                h -= 1;
            }
        }
    }
}

/// Drops the key and value at `p`; if the key's drop panics, the value is still dropped.
///
/// # Safety
/// `p` holds a live kv of `info`'s types, not used again.
pub(crate) unsafe fn drop_kv(info: &TreeInfo, p: KvPtr) {
    /// Drops the value when dropped.
    struct Val<'a>(&'a TreeInfo, *mut u8);
    impl Drop for Val<'_> {
        fn drop(&mut self) {
            if let Some(d) = self.0.drop_val {
                // SAFETY: the value is live and not used again.
                unsafe { d(self.1) }
            }
        }
    }
    let v = Val(info, p.val);
    if let Some(d) = info.drop_key {
        // SAFETY: the caller's guarantee.
        unsafe { d(p.key) }
    }
    drop(v);
}

/// Frees node `n` at height `h` and all its descendants, without touching kvs.
///
/// # Safety
/// `n` is a live node of layout `l` at height `h`, not used again.
unsafe fn free_tree(l: &NodeLayout, n: *mut u8, h: usize) {
    if h > 0 {
        // SAFETY: `n` is internal, with `len + 1` live children at `h - 1`.
        unsafe {
            for i in 0..=len(n) {
                free_tree(l, edge(l, n, i), h - 1);
            }
        }
    }
    // SAFETY: forwarded.
    unsafe { l.free_node(n, h > 0) }
}

/// An owning traversal: yields kvs (which the caller then owns) from both ends; drops
/// the rest and frees every node when dropped, even if a drop panics.
pub(crate) struct RawIntoIter {
    /// The kvs not yet yielded.
    pub(crate) range: RawRange,
    /// The tree's root and height, for freeing; its kvs are owned by `range`.
    root: *mut u8,
    height: usize,
    /// The number of kvs not yet yielded.
    pub(crate) len: usize,
    /// The kvs' types.
    info: &'static TreeInfo,
}

impl RawIntoIter {
    /// Takes every kv of `tree`, leaving it empty.
    pub(crate) fn new(tree: &mut RawTree, info: &'static TreeInfo) -> RawIntoIter {
        // SAFETY: `info` describes the tree.
        let range = unsafe { RawRange::full(tree, &info.layout) };
        let it = RawIntoIter {
            range,
            root: tree.root,
            height: tree.height,
            len: tree.len,
            info,
        };
        *tree = RawTree::EMPTY;
        it
    }

    /// The next kv from the front (`back == false`) or the back; [`KvPtr::NONE`] at the end.
    pub(crate) fn next(&mut self, back: bool) -> KvPtr {
        // SAFETY: the nodes are owned by `self`, unchanged.
        let p = unsafe {
            if back {
                self.range.next_back(&self.info.layout)
            } else {
                self.range.next(&self.info.layout)
            }
        };
        if !p.key.is_null() {
            self.len -= 1;
        }
        p
    }
}

impl Drop for RawIntoIter {
    fn drop(&mut self) {
        /// Finishes the job if a drop panics.
        struct Rest<'a>(&'a mut RawIntoIter);
        impl Drop for Rest<'_> {
            fn drop(&mut self) {
                loop {
                    let p = self.0.next(false);
                    if p.key.is_null() {
                        break;
                    }
                    // SAFETY: yielded, so ours, and used nowhere else.
                    unsafe { drop_kv(self.0.info, p) }
                }
                if !self.0.root.is_null() {
                    // SAFETY: every kv is gone; the nodes are ours.
                    unsafe { free_tree(&self.0.info.layout, self.0.root, self.0.height) };
                    self.0.root = ptr::null_mut();
                }
            }
        }
        let rest = Rest(self);
        loop {
            let p = rest.0.next(false);
            if p.key.is_null() {
                break;
            }
            // SAFETY: yielded, so ours, and used nowhere else. If the drop panics, `rest`
            // drops the others and frees the nodes.
            unsafe { drop_kv(rest.0.info, p) }
        }
        drop(rest);
    }
}
