//! Removal: a kv is copied out to the caller, replaced (in an internal node) by its
//! predecessor from a leaf, and the leaf that lost a kv is refilled from a sibling
//! (steal) or merged with it, up the tree as needed. No user code runs here: the caller
//! drops the removed key and value after the tree is consistent.

use super::iter::{RawBound, RawRange};
use super::{
    copy_kv, edge, fix_children, kv, len, move_edges, move_kvs, parent, parent_idx, set_edge,
    set_len, KvPtr, NodeLayout, RawTree, SearchFn, TreeInfo, MIN_LEN,
};

/// Merges child `i + 1` of `parent` into child `i`, with kv `i` of `parent` between them.
///
/// # Safety
/// `parent` is a live internal node with children of height `h` that hold at most
/// `CAP - 1` kvs together.
unsafe fn merge(l: &NodeLayout, parent: *mut u8, i: usize, h: usize) {
    // SAFETY: every slot named lies within the three live nodes' arrays.
    unsafe {
        let left = edge(l, parent, i);
        let right = edge(l, parent, i + 1);
        let (ll, rl, pl) = (len(left), len(right), len(parent));
        copy_kv(l, kv(l, parent, i), kv(l, left, ll));
        move_kvs(l, right, 0, left, ll + 1, rl);
        if h > 0 {
            move_edges(l, right, 0, left, ll + 1, rl + 1);
            fix_children(l, left, ll + 1, ll + 1 + rl);
        }
        set_len(left, ll + 1 + rl);
        move_kvs(l, parent, i + 1, parent, i, pl - i - 1);
        move_edges(l, parent, i + 2, parent, i + 1, pl - i - 1);
        fix_children(l, parent, i + 1, pl - 1);
        set_len(parent, pl - 1);
        l.free_node(right, h > 0);
    }
}

/// Moves the last kv of child `i` of `parent` up into kv `i`, and that kv down to the
/// front of child `i + 1`.
///
/// # Safety
/// `parent` is live and internal, with children of height `h`; child `i` has more than
/// `MIN_LEN` kvs and child `i + 1` fewer than `CAP`.
unsafe fn steal_left(l: &NodeLayout, parent: *mut u8, i: usize, h: usize) {
    // SAFETY: as for `merge`.
    unsafe {
        let left = edge(l, parent, i);
        let child = edge(l, parent, i + 1);
        let (ll, cl) = (len(left), len(child));
        move_kvs(l, child, 0, child, 1, cl);
        copy_kv(l, kv(l, parent, i), kv(l, child, 0));
        copy_kv(l, kv(l, left, ll - 1), kv(l, parent, i));
        if h > 0 {
            move_edges(l, child, 0, child, 1, cl + 1);
            set_edge(l, child, 0, edge(l, left, ll));
            fix_children(l, child, 1, cl + 1);
        }
        set_len(left, ll - 1);
        set_len(child, cl + 1);
    }
}

/// Moves the first kv of child `i + 1` of `parent` up into kv `i`, and that kv down to
/// the end of child `i`.
///
/// # Safety
/// As for [`steal_left`], mirrored.
unsafe fn steal_right(l: &NodeLayout, parent: *mut u8, i: usize, h: usize) {
    // SAFETY: as for `merge`.
    unsafe {
        let child = edge(l, parent, i);
        let right = edge(l, parent, i + 1);
        let (cl, rl) = (len(child), len(right));
        copy_kv(l, kv(l, parent, i), kv(l, child, cl));
        copy_kv(l, kv(l, right, 0), kv(l, parent, i));
        if h > 0 {
            set_edge(l, child, cl + 1, edge(l, right, 0));
            move_edges(l, right, 1, right, 0, rl);
            fix_children(l, right, 0, rl - 1);
        }
        move_kvs(l, right, 1, right, 0, rl - 1);
        set_len(child, cl + 1);
        set_len(right, rl - 1);
    }
}

impl RawTree {
    /// Removes kv `idx` of `node` (at `height`), copying its key and value to `out`,
    /// which the caller then owns.
    ///
    /// # Safety
    /// `node` is a live node of this tree at `height` and `idx < len(node)`; `out` holds
    /// writable slots outside the tree, or is [`KvPtr::NONE`] if the caller has already
    /// moved the kv elsewhere.
    pub(crate) unsafe fn remove_kv(
        &mut self,
        l: &NodeLayout,
        node: *mut u8,
        height: usize,
        idx: usize,
        out: KvPtr,
    ) {
        // SAFETY: the caller's guarantees; the predecessor of an internal kv is the last
        // kv of the rightmost leaf of the edge before it.
        let leaf = unsafe {
            if !out.key.is_null() {
                copy_kv(l, kv(l, node, idx), out);
            }
            if height == 0 {
                let n = len(node);
                move_kvs(l, node, idx + 1, node, idx, n - idx - 1);
                set_len(node, n - 1);
                node
            } else {
                let mut leaf = edge(l, node, idx);
                for _ in 1..height {
                    leaf = edge(l, leaf, len(leaf));
                }
                let n = len(leaf);
                copy_kv(l, kv(l, leaf, n - 1), kv(l, node, idx));
                set_len(leaf, n - 1);
                leaf
            }
        };
        self.len -= 1;
        // SAFETY: `leaf` is a live leaf of this tree that may be underfull.
        unsafe { self.rebalance(l, leaf) }
    }

    /// Restores the minimum fill from `leaf` up to the root, and shrinks the root.
    ///
    /// # Safety
    /// `leaf` is a live leaf of this tree; every other node is at least `MIN_LEN` full
    /// except its ancestors' fill, which is one more than their final fill at most.
    unsafe fn rebalance(&mut self, l: &NodeLayout, leaf: *mut u8) {
        let mut node = leaf;
        let mut h = 0;
        loop {
            // SAFETY: `node` is a live node of the tree at height `h`; its siblings are
            // live nodes at `h` with at least `MIN_LEN` kvs.
            unsafe {
                let n = len(node);
                let p = parent(node);
                if p.is_null() {
                    if n == 0 {
                        if h == 0 {
                            l.free_node(node, false);
                            self.root = core::ptr::null_mut();
                            self.height = 0;
                        } else {
                            let child = edge(l, node, 0);
                            (*(child as *mut super::Header)).parent = core::ptr::null_mut();
                            l.free_node(node, true);
                            self.root = child;
                            self.height -= 1;
                        }
                    }
                    return;
                }
                if n >= MIN_LEN {
                    return;
                }
                let pi = parent_idx(node);
                if pi > 0 {
                    if len(edge(l, p, pi - 1)) > MIN_LEN {
                        steal_left(l, p, pi - 1, h);
                        return;
                    }
                    merge(l, p, pi - 1, h);
                } else {
                    if len(edge(l, p, 1)) > MIN_LEN {
                        steal_right(l, p, 0, h);
                        return;
                    }
                    merge(l, p, 0, h);
                }
                node = p;
                h += 1;
            }
        }
    }

    /// Removes the first (`first`) or last kv into `out`; `false` if the tree is empty.
    ///
    /// # Safety
    /// As for [`remove_kv`](Self::remove_kv)'s `out`.
    pub(crate) unsafe fn pop(&mut self, l: &NodeLayout, first: bool, out: KvPtr) -> bool {
        // SAFETY: forwarded; a non-empty tree's end leaf holds a kv.
        unsafe {
            let e = self.end_edge(l, first);
            if e.node.is_null() {
                return false;
            }
            let idx = if first { 0 } else { e.idx - 1 };
            self.remove_kv(l, e.node, 0, idx, out);
        }
        true
    }

    /// Removes the kv equal to the query into `out`; `false` if there is none.
    ///
    /// # Safety
    /// As for [`search`](Self::search) and [`remove_kv`](Self::remove_kv)'s `out`. If
    /// `search` panics, nothing has changed.
    pub(crate) unsafe fn remove(
        &mut self,
        l: &NodeLayout,
        search: SearchFn,
        query: *const u8,
        out: KvPtr,
    ) -> bool {
        // SAFETY: forwarded; a found kv is live at `f.height`.
        unsafe {
            let f = self.search(l, search, query);
            if !f.found {
                return false;
            }
            self.remove_kv(l, f.node, f.height, f.idx, out);
        }
        true
    }

    /// [`remove`](Self::remove), then drops the removed key in `out` (with
    /// `info.drop_key`): a map's `remove`, which returns only the value, without the key's
    /// drop glue in every typed shim. If dropping the key panics, the value leaks.
    ///
    /// # Safety
    /// As for [`remove`](Self::remove); `info` describes the tree.
    pub(crate) unsafe fn remove_value(
        &mut self,
        info: &TreeInfo,
        search: SearchFn,
        query: *const u8,
        out: KvPtr,
    ) -> bool {
        // SAFETY: forwarded; when `true`, `out.key` holds the removed key, which is the
        // caller's and not used again.
        unsafe {
            if !self.remove(&info.layout, search, query, out) {
                return false;
            }
            if let Some(d) = info.drop_key {
                d(out.key);
            }
        }
        true
    }

    /// Moves the kvs whose keys are at least the query to the empty tree `tail`.
    ///
    /// # Safety
    /// As for [`search`](Self::search); `tail` is empty, with the same layout and types.
    /// If `search` panics, nothing has changed.
    pub(crate) unsafe fn split_off(
        &mut self,
        l: &NodeLayout,
        search: SearchFn,
        query: *const u8,
        tail: &mut RawTree,
    ) {
        let lo = RawBound { kind: 0, query };
        let hi = RawBound {
            kind: 2,
            query: core::ptr::null(),
        };
        // SAFETY: forwarded; the range is only counted, then kvs are moved from the back
        // of `self` to the front of `tail` (no user code), the tree unchanged meanwhile.
        unsafe {
            let mut r = RawRange::bounded(self, l, search, lo, hi, None);
            let mut n = 0;
            while !r.next(l).key.is_null() {
                n += 1;
            }
            if n == self.len {
                core::mem::swap(self, tail);
                return;
            }
            for _ in 0..n {
                let e = self.end_edge(l, false);
                tail.push_front(l, kv(l, e.node, e.idx - 1));
                self.remove_kv(l, e.node, 0, e.idx - 1, KvPtr::NONE);
            }
        }
    }
}
