//! The core's structural invariants, checked after every operation of random sequences:
//! fill bounds, uniform leaf depth, parent links, key order and the length.

use core::cmp::Ordering;

use super::iter::{RawIntoIter, RawRange};
use super::{edge, key, len, parent, parent_idx, Edge, KvPtr, RawTree, TreeInfo, CAP, MIN_LEN};
use crate::raw::{drop_fn, ElemInfo};

static INFO: TreeInfo = TreeInfo::new(
    ElemInfo::of::<u32>(),
    drop_fn::<u32>(),
    ElemInfo::of::<u64>(),
    drop_fn::<u64>(),
);

/// Search for a `&u32` among `u32` keys.
unsafe fn search_u32(q: *const u8, keys: *const u8, n: usize) -> usize {
    // SAFETY: the core passes a `&u32` and `n` keys.
    let q = unsafe { **(q as *const *const u32) };
    for i in 0..n {
        // SAFETY: `i < n`.
        match q.cmp(unsafe { &*(keys as *const u32).add(i) }) {
            Ordering::Greater => {}
            Ordering::Equal => return 2 * i + 1,
            Ordering::Less => return 2 * i,
        }
    }
    2 * n
}

/// Checks node `n` at height `h` and returns its keys in order.
fn check_node(n: *mut u8, h: usize, root: bool, out: &mut Vec<u32>) {
    let l = &INFO.layout;
    // SAFETY: `n` is a live node of the tree under test.
    unsafe {
        let k = len(n);
        assert!(k <= CAP);
        assert!(root || k >= MIN_LEN, "underfull node: {k}");
        assert!(k >= 1);
        for i in 0..=k {
            if h > 0 {
                let c = edge(l, n, i);
                assert_eq!(parent(c), n);
                assert_eq!(parent_idx(c), i);
                check_node(c, h - 1, false, out);
            }
            if i < k {
                out.push(*(key(l, n, i) as *const u32));
            }
        }
    }
}

fn check(t: &RawTree, model: &std::collections::BTreeMap<u32, u64>) {
    let mut keys = Vec::new();
    if !t.root.is_null() {
        // SAFETY: the root is live.
        assert!(unsafe { parent(t.root) }.is_null());
        check_node(t.root, t.height, true, &mut keys);
    }
    assert_eq!(t.len, keys.len());
    assert!(keys.iter().eq(model.keys()));
}

#[test]
fn small_btree_core_invariants_hold_through_random_operations() {
    let l = &INFO.layout;
    let mut t = RawTree::EMPTY;
    let mut model = std::collections::BTreeMap::new();
    let mut x: u64 = 12345;
    let steps = if cfg!(miri) { 400 } else { 20_000 };
    for step in 0..steps {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let k = ((x >> 33) % 500) as u32;
        let q: *const u32 = &k;
        let qp = &q as *const *const u32 as *const u8;
        let mut v = step as u64;
        let mut kk = k;
        let mut out_k = 0u32;
        let mut out_v = 0u64;
        let out = KvPtr {
            key: &mut out_k as *mut u32 as *mut u8,
            val: &mut out_v as *mut u64 as *mut u8,
        };
        // SAFETY: the tree holds `u32` keys and `u64` values; `search_u32` matches them;
        // the source and output slots are locals outside the tree.
        unsafe {
            match (x >> 60) % 4 {
                0 | 1 => {
                    let f = t.search(l, search_u32, qp);
                    if !f.found {
                        let src = KvPtr {
                            key: &mut kk as *mut u32 as *mut u8,
                            val: &mut v as *mut u64 as *mut u8,
                        };
                        t.insert_at(
                            l,
                            Edge {
                                node: f.node,
                                idx: f.idx,
                            },
                            src,
                        );
                        model.insert(k, step as u64);
                    }
                }
                2 => {
                    let removed = t.remove(l, search_u32, qp, out);
                    assert_eq!(removed, model.remove(&k).is_some());
                    if removed {
                        assert_eq!(out_k, k);
                    }
                }
                _ => {
                    let first = x & 1 == 0;
                    let popped = t.pop(l, first, out);
                    let m = if first {
                        model.pop_first()
                    } else {
                        model.pop_last()
                    };
                    assert_eq!(popped, m.is_some());
                    if let Some((mk, _)) = m {
                        assert_eq!(out_k, mk);
                    }
                }
            }
        }
        check(&t, &model);
        if step % 97 == 0 {
            // SAFETY: the tree's layout; iteration does not change it.
            let n = unsafe {
                let mut r = RawRange::full(&t, l);
                let mut n = 0;
                while !r.next_back(l).key.is_null() {
                    n += 1;
                }
                n
            };
            assert_eq!(n, t.len);
            let mut tail = RawTree::EMPTY;
            // SAFETY: as above; `tail` is empty with the same types.
            unsafe { t.split_off(l, search_u32, qp, &mut tail) };
            let mtail = model.split_off(&k);
            check(&t, &model);
            check(&tail, &mtail);
            // SAFETY: every key of `t` is below every key of `tail`.
            unsafe { tail.prepend(l, &mut t) };
            model.extend(mtail);
            check(&tail, &model);
            assert_eq!(t.len, 0);
            t = tail;
        }
    }
    drop(RawIntoIter::new(&mut t, &INFO));
    // `INFO` must be `'static` for `RawIntoIter`.
}
