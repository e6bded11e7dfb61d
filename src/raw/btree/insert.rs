//! Insertion: into a leaf edge, splitting full nodes on the way up.
//!
//! A full node (`CAP` kvs) that receives one more is split around a middle kv chosen so
//! that both halves end up with at least `MIN_LEN` kvs. The middle kv moves up into the
//! parent. Until the parent has room for it, it waits in the last key and value slot of
//! the new right node, which that node never uses while it holds at most `B + 1` kvs: so
//! no scratch space is needed, whatever the size of the key and value. No user code
//! runs here: the caller has already searched.

use core::ptr;

use super::{
    copy_kv, fix_children, kv, len, move_edges, move_kvs, parent, parent_idx, set_edge, set_len,
    Edge, KvPtr, NodeLayout, RawTree, SearchFn, TreeInfo, CAP,
};

/// Inserts the kv at `src` at slot `idx` of `node`, which has room, with `right` (for
/// internal nodes) as the edge after it.
///
/// # Safety
/// `node` is a live node of height `height` with `len(node) < CAP`, `idx <= len(node)`;
/// `src` holds a kv outside `node`'s used slots; `right` is a live node of height
/// `height - 1` if `height > 0`.
unsafe fn insert_fit(
    l: &NodeLayout,
    node: *mut u8,
    height: usize,
    idx: usize,
    src: KvPtr,
    right: *mut u8,
) {
    // SAFETY: the caller's guarantees keep every slot within the node's arrays.
    unsafe {
        let n = len(node);
        move_kvs(l, node, idx, node, idx + 1, n - idx);
        copy_kv(l, src, kv(l, node, idx));
        if height > 0 {
            move_edges(l, node, idx + 1, node, idx + 2, n - idx);
            set_edge(l, node, idx + 1, right);
            fix_children(l, node, idx + 2, n + 1);
        }
        set_len(node, n + 1);
    }
}

impl RawTree {
    /// `insert` of a map, whole: searches for the key of the kv at `src` (through the
    /// reference at `query`), and either swaps the value bytes of `src` with those of the
    /// equal kv and drops `src`'s key (std keeps the stored key), returning `true` (`src`'s
    /// value slot then holds the old value, the caller's), or inserts the kv and returns
    /// `false`. Per type there is then only the typed search function, not this logic.
    ///
    /// The caller hands the kv over in every case. If `search` panics, the tree is
    /// unchanged and the kv is dropped; if dropping the key panics, the old value leaks.
    ///
    /// # Safety
    /// `info` describes the tree; `search` and `query` match its key type (see
    /// [`SearchFn`]), the query being `src`'s key; `src` holds a kv of the tree's types,
    /// outside the tree, which the caller does not use again (but the value when `true` is
    /// returned).
    pub(crate) unsafe fn insert(
        &mut self,
        info: &TreeInfo,
        search: SearchFn,
        query: *const u8,
        src: KvPtr,
    ) -> bool {
        /// Drops the caller's kv if the search panics.
        struct Owned<'a> {
            info: &'a TreeInfo,
            src: KvPtr,
        }
        impl Drop for Owned<'_> {
            fn drop(&mut self) {
                // SAFETY: only reached while unwinding out of the search, when the kv is
                // still the caller's, live and unmoved; each part is dropped once.
                unsafe {
                    if let Some(d) = self.info.drop_key {
                        d(self.src.key);
                    }
                    if let Some(d) = self.info.drop_val {
                        d(self.src.val);
                    }
                }
            }
        }
        let l = &info.layout;
        let owned = Owned { info, src };
        // SAFETY: forwarded from the caller.
        let f = unsafe { self.search(l, search, query) };
        core::mem::forget(owned);
        if f.found {
            // SAFETY: the found kv is live and distinct from `src`: swapping the value
            // bytes exchanges the ownership of the two values; then the caller's key,
            // not used again, is dropped once.
            unsafe {
                let at = kv(l, f.node, f.idx);
                ptr::swap_nonoverlapping(at.val, src.val, l.val_size);
                if let Some(d) = info.drop_key {
                    d(src.key);
                }
            }
            true
        } else {
            // SAFETY: a search that finds nothing ends at a leaf edge (or none in an empty
            // tree); the kv is handed over.
            unsafe {
                self.insert_at(
                    l,
                    Edge {
                        node: f.node,
                        idx: f.idx,
                    },
                    src,
                )
            };
            false
        }
    }

    /// Inserts the kv at `src` at leaf edge `at` (a new root if the tree is empty) and
    /// returns where it now is: its leaf and its index there (splits may have moved it
    /// from `at`). Counts it in `len`.
    ///
    /// # Safety
    /// `at` is a leaf edge of this tree, or [`Edge::NONE`] if it is empty; `src` holds a
    /// kv of the tree's types, outside the tree, which the tree now owns.
    pub(crate) unsafe fn insert_at(&mut self, l: &NodeLayout, at: Edge, src: KvPtr) -> Edge {
        if at.node.is_null() {
            let root = l.alloc_node(false);
            // SAFETY: a fresh leaf with room.
            unsafe { insert_fit(l, root, 0, 0, src, ptr::null_mut()) };
            self.root = root;
            self.height = 0;
            self.len = 1;
            return Edge { node: root, idx: 0 };
        }
        self.len += 1;
        let mut node = at.node;
        let mut idx = at.idx;
        let mut height = 0;
        let mut src = src;
        let mut right_edge = ptr::null_mut();
        let mut placed = Edge::NONE;
        loop {
            // SAFETY: `node` is a live node of this tree at `height`.
            let n = unsafe { len(node) };
            if n < CAP {
                // SAFETY: it has room; `src` is the caller's kv or a stashed middle kv in
                // another node; `right_edge` is the new node one level down.
                unsafe { insert_fit(l, node, height, idx, src, right_edge) };
                if height == 0 {
                    placed = Edge { node, idx };
                }
                return placed;
            }
            // Split around the middle kv `m`; the new kv goes to the left half at `idx`
            // or to the right half at `ins`.
            let (m, left, ins) = match idx {
                0..=4 => (4, true, idx),
                5 => (5, true, 5),
                6 => (5, false, 0),
                _ => (6, false, idx - 7),
            };
            let right = l.alloc_node(height > 0);
            let rlen = n - m - 1;
            // SAFETY: every slot named is within `0..CAP` (edges `0..=CAP`) of the two
            // live nodes; the middle kv is stashed in the right node's last slot, which
            // its at most `B + 1` kvs never reach.
            unsafe {
                move_kvs(l, node, m + 1, right, 0, rlen);
                if height > 0 {
                    move_edges(l, node, m + 1, right, 0, rlen + 1);
                    fix_children(l, right, 0, rlen);
                }
                set_len(node, m);
                set_len(right, rlen);
                copy_kv(l, kv(l, node, m), kv(l, right, CAP - 1));
                let target = if left { node } else { right };
                insert_fit(l, target, height, ins, src, right_edge);
                if height == 0 {
                    placed = Edge {
                        node: target,
                        idx: ins,
                    };
                }
                src = kv(l, right, CAP - 1);
            }
            right_edge = right;
            // SAFETY: `node` is live.
            let p = unsafe { parent(node) };
            if p.is_null() {
                let root = l.alloc_node(true);
                // SAFETY: a fresh internal node with room, whose first edge is the old
                // root; the middle kv goes after it with the new right node.
                unsafe {
                    set_edge(l, root, 0, node);
                    insert_fit(l, root, height + 1, 0, src, right_edge);
                }
                self.root = root;
                self.height += 1;
                return placed;
            }
            // SAFETY: `node` has a parent.
            idx = unsafe { parent_idx(node) };
            node = p;
            height += 1;
        }
    }

    /// Appends the kv at `src` after the last kv, without comparing.
    ///
    /// # Safety
    /// As for [`insert_at`](Self::insert_at).
    pub(crate) unsafe fn push_back(&mut self, l: &NodeLayout, src: KvPtr) -> Edge {
        // SAFETY: forwarded; the last leaf edge.
        unsafe {
            let at = self.end_edge(l, false);
            self.insert_at(l, at, src)
        }
    }

    /// Inserts the kv at `src` before the first kv, without comparing.
    ///
    /// # Safety
    /// As for [`insert_at`](Self::insert_at).
    pub(crate) unsafe fn push_front(&mut self, l: &NodeLayout, src: KvPtr) -> Edge {
        // SAFETY: forwarded; the first leaf edge.
        unsafe {
            let at = self.end_edge(l, true);
            self.insert_at(l, at, src)
        }
    }

    /// Moves every kv of `other` (all ordered before this tree's) to the front of this
    /// tree, leaving `other` empty. No user code runs.
    ///
    /// # Safety
    /// Both trees have layout `l` and the same kv types.
    pub(crate) unsafe fn prepend(&mut self, l: &NodeLayout, other: &mut RawTree) {
        if self.len == 0 {
            core::mem::swap(self, other);
            return;
        }
        while other.len > 0 {
            // SAFETY: the last kv of `other` is copied to the front of `self`, then
            // removed from `other` without being copied out.
            unsafe {
                let e = other.end_edge(l, false);
                self.push_front(l, kv(l, e.node, e.idx - 1));
                other.remove_kv(l, e.node, 0, e.idx - 1, KvPtr::NONE);
            }
        }
    }

    /// Moves every kv of `other` (all ordered after this tree's) to the back of this
    /// tree, leaving `other` empty. No user code runs.
    ///
    /// # Safety
    /// As for [`prepend`](Self::prepend).
    pub(crate) unsafe fn append_back(&mut self, l: &NodeLayout, other: &mut RawTree) {
        if self.len == 0 {
            core::mem::swap(self, other);
            return;
        }
        while other.len > 0 {
            // SAFETY: the first kv of `other` is copied to the back of `self`, then
            // removed from `other` without being copied out.
            unsafe {
                let e = other.end_edge(l, true);
                self.push_back(l, kv(l, e.node, 0));
                other.remove_kv(l, e.node, 0, 0, KvPtr::NONE);
            }
        }
    }
}
