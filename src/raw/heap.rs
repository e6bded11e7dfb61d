//! The non-generic core of [`small::PriorityQueue`](crate::small::PriorityQueue): the
//! sift-up and sift-down of a binary max-heap stored in a slice of opaque elements.
//!
//! Elements are runs of `size` bytes; the only thing the core knows of their type is the
//! erased `Ord::cmp` the typed shim passes ([`CmpFn`], as in the sorting core). Nothing
//! here is generic or `#[inline]`d into the shims.
//!
//! ## The callback rule and panic safety
//!
//! Elements move by **swapping** two slots, never through a held-out copy: at every
//! comparison each element is at exactly one slot of the slice, where it lives, so `Ord`
//! only ever sees live elements, a change it makes through interior mutability is kept,
//! and a panic at any comparison leaves the slice a permutation of its elements (a valid
//! container, whose heap order may be broken, as std's is after a panicking `Ord`). The
//! two arguments of a comparison are always distinct slots. Zero-sized elements are all
//! at one address, so the core never compares them: every order of them is a heap.

use core::cmp::Ordering;
use core::mem::MaybeUninit;
use core::ptr;

use super::sort::CmpFn;
use super::vec::RawVec;
use super::ElemInfo;

/// A heap stored at `base`: its element size and comparison. The entry points below take
/// its three fields as separate arguments, which the typed shims pass in registers rather
/// than building this struct in memory at each call site.
#[derive(Clone, Copy)]
pub(crate) struct Heap {
    /// The first element.
    pub(crate) base: *mut u8,
    /// Element size in bytes.
    pub(crate) size: usize,
    /// `<T as Ord>::cmp` on element pointers.
    pub(crate) cmp: CmpFn,
}

impl Heap {
    /// Element `i`.
    ///
    /// # Safety
    /// `i` is within (or one past) the elements at `base`.
    #[inline(always)]
    unsafe fn at(&self, i: usize) -> *mut u8 {
        // SAFETY: the caller's guarantee.
        unsafe { self.base.add(i * self.size) }
    }

    /// Whether element `a` is less than element `b`.
    ///
    /// # Safety
    /// `a != b`, both initialized elements of the heap.
    #[inline(always)]
    unsafe fn less(&self, a: usize, b: usize) -> bool {
        debug_assert!(a != b, "an element compared with itself");
        // SAFETY: the caller's guarantee: two distinct live elements, not mutated by the
        // core during the call.
        unsafe { (self.cmp)(self.at(a), self.at(b)) == Ordering::Less }
    }

    /// Swaps elements `a != b`.
    ///
    /// # Safety
    /// Both are elements of the heap.
    #[inline(always)]
    unsafe fn swap(&self, a: usize, b: usize) {
        // SAFETY: distinct slots of `size` bytes do not overlap.
        unsafe { swap_slots(self.at(a), self.at(b), self.size) }
    }
}

/// Swaps one word at byte offset `at` of two slots.
///
/// # Safety
/// `at + size_of::<W>()` is within both slots, which are disjoint.
#[inline(always)]
unsafe fn swap_word<W>(a: *mut u8, b: *mut u8, at: usize) {
    // SAFETY: the caller's guarantee; `MaybeUninit` words carry padding bytes as they are.
    unsafe {
        let pa = a.add(at) as *mut MaybeUninit<W>;
        let pb = b.add(at) as *mut MaybeUninit<W>;
        let x = pa.read_unaligned();
        pa.write_unaligned(pb.read_unaligned());
        pb.write_unaligned(x);
    }
}

/// Swaps two disjoint slots of `size` bytes: common sizes by words, others by
/// `ptr::swap_nonoverlapping`.
///
/// # Safety
/// Both valid for reads and writes of `size` bytes, and disjoint.
#[inline(always)]
unsafe fn swap_slots(a: *mut u8, b: *mut u8, size: usize) {
    // SAFETY: (all arms) the caller's guarantee.
    unsafe {
        match size {
            4 => swap_word::<u32>(a, b, 0),
            8 => swap_word::<u64>(a, b, 0),
            16 => swap_word::<u128>(a, b, 0),
            24 => {
                swap_word::<u128>(a, b, 0);
                swap_word::<u64>(a, b, 16);
            }
            32 => {
                swap_word::<u128>(a, b, 0);
                swap_word::<u128>(a, b, 16);
            }
            _ => ptr::swap_nonoverlapping(a, b, size),
        }
    }
}

/// Moves element `pos` up towards `start` while it is greater than its parent.
///
/// # Safety
/// `start <= pos < len` of the heap's initialized, exclusively borrowed elements.
#[inline(never)]
pub(crate) unsafe fn sift_up(base: *mut u8, size: usize, cmp: CmpFn, start: usize, mut pos: usize) {
    let h = Heap { base, size, cmp };
    if h.size == 0 {
        return;
    }
    while pos > start {
        let parent = (pos - 1) / 2;
        // SAFETY: `parent < pos`, both elements; if `Ord` panics, nothing has moved.
        unsafe {
            if !h.less(parent, pos) {
                break;
            }
            h.swap(pos, parent);
        }
        pos = parent;
    }
}

/// Moves element `pos` down within the first `end` elements while a child is greater.
///
/// # Safety
/// `pos < end <= len` of the heap's initialized, exclusively borrowed elements.
#[inline(never)]
pub(crate) unsafe fn sift_down_range(
    base: *mut u8,
    size: usize,
    cmp: CmpFn,
    mut pos: usize,
    end: usize,
) {
    let h = Heap { base, size, cmp };
    if h.size == 0 {
        return;
    }
    let mut child = 2 * pos + 1;
    // SAFETY: (the whole loop) every index compared or swapped is below `end`: `child + 1
    // < end` in the loop, `child < end` after it; `pos < child`, so no index is compared
    // with itself.
    unsafe {
        while child + 1 < end {
            // The greater of the two children (the right one on a tie, as std), chosen
            // without a branch: on random data it is a coin toss.
            child += usize::from(!h.less(child + 1, child));
            if !h.less(pos, child) {
                return;
            }
            h.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child + 1 == end && h.less(pos, child) {
            h.swap(pos, child);
        }
    }
}

/// The first half of `pop` for `len > 1` elements: swaps the top with the last element,
/// then sifts the new top down among the first `len - 1`: down to a leaf, always following
/// the greater child, then back up to its place (fewer comparisons than
/// [`sift_down_range`], since an element from the bottom is likely to go back there). The
/// caller then removes the last element, the old top. If `Ord` panics, every element is
/// still among the `len` (the old top last), so nothing is lost or dropped twice.
///
/// # Safety
/// `1 < len` initialized, exclusively borrowed elements at `base`.
#[inline(never)]
pub(crate) unsafe fn pop_to_back(base: *mut u8, size: usize, cmp: CmpFn, len: usize) {
    let h = Heap { base, size, cmp };
    if h.size == 0 {
        return;
    }
    let end = len - 1;
    let mut pos = 0;
    let mut child = 1;
    // SAFETY: `0 < end` are distinct elements. In the loop, as in `sift_down_range`: every
    // index compared or swapped is below `end`, and `pos < child`.
    unsafe {
        h.swap(0, end);
        while child + 1 < end {
            child += usize::from(!h.less(child + 1, child));
            h.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child + 1 == end {
            h.swap(pos, child);
            pos = child;
        }
        sift_up(h.base, h.size, h.cmp, 0, pos);
    }
}

/// A priority queue's whole `push`: appends the element at `src` to `v` (growing it
/// first if full), then sifts it up.
///
/// # Panics
/// On capacity overflow (before anything is copied), and if `Ord` panics (the vector
/// then holds every element, the new one included).
///
/// # Safety
/// As for [`pop`]; `src` points to an initialized element of `info`'s type outside `v`,
/// which the caller hands over.
#[cfg(feature = "shared-library")]
#[inline(never)]
pub(crate) unsafe fn push(v: &mut RawVec, info: &ElemInfo, cmp: CmpFn, src: *const u8) {
    let old_len = v.len();
    // SAFETY: forwarded from the caller.
    unsafe {
        v.push(info, src);
        sift_up(v.ptr(), info.size, cmp, 0, old_len);
    }
}

/// A priority queue's whole `pop`, on the vector `v` of heap-ordered elements of `info`'s
/// type: moves the greatest element to the back ([`pop_to_back`], when `len > 1`), then
/// stops counting it and returns its address (the caller now owns it), or null if `v` is
/// empty. If `Ord` panics, `v` still holds every element.
///
/// # Safety
/// `v`'s elements are `info`'s type, exclusively borrowed, and `cmp` compares them.
#[inline(never)]
pub(crate) unsafe fn pop(v: &mut RawVec, info: &ElemInfo, cmp: CmpFn) -> *mut u8 {
    let len = v.len();
    if len > 1 {
        // SAFETY: `1 < len` initialized elements, exclusively borrowed (caller).
        unsafe { pop_to_back(v.ptr(), info.size, cmp, len) };
    }
    v.pop(info)
}

/// Restores the heap order of the first `len` elements, bottom-up in `O(len)`.
///
/// # Safety
/// `len` initialized, exclusively borrowed elements at `base`.
#[inline(never)]
pub(crate) unsafe fn rebuild(base: *mut u8, size: usize, cmp: CmpFn, len: usize) {
    let h = Heap { base, size, cmp };
    let mut n = len / 2;
    while n > 0 {
        n -= 1;
        // SAFETY: `n < len`.
        unsafe { sift_down_range(h.base, h.size, h.cmp, n, len) };
    }
}

/// Restores the heap order of `len` elements whose first `start` already form a heap:
/// sifts each of the others up, or rebuilds the whole when that costs fewer comparisons.
///
/// # Safety
/// As for [`rebuild`]; `start <= len`.
#[inline(never)]
pub(crate) unsafe fn rebuild_tail(
    base: *mut u8,
    size: usize,
    cmp: CmpFn,
    start: usize,
    len: usize,
) {
    let h = Heap { base, size, cmp };
    let tail = len - start;
    if tail == 0 {
        return;
    }
    // Sifting the tail up costs about `tail * log2(start)` comparisons, a rebuild at most
    // `2 * len`.
    let log2 = (usize::BITS - start.leading_zeros()) as usize;
    if start < tail || 2 * len < tail.saturating_mul(log2) {
        // SAFETY: the caller's guarantee.
        unsafe { rebuild(h.base, h.size, h.cmp, len) }
    } else {
        for i in start..len {
            // SAFETY: `i < len`.
            unsafe { sift_up(h.base, h.size, h.cmp, 0, i) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    /// Erased `u32::cmp`.
    ///
    /// # Safety
    /// Pointers to live `u32`s.
    unsafe fn cmp_u32(a: *const u8, b: *const u8) -> Ordering {
        assert_ne!(a, b, "an element compared with itself");
        // SAFETY: the caller's guarantee.
        unsafe { (*(a as *const u32)).cmp(&*(b as *const u32)) }
    }

    fn is_heap(v: &[u32]) -> bool {
        (1..v.len()).all(|i| v[(i - 1) / 2] >= v[i])
    }

    fn heap(v: &mut [u32]) -> Heap {
        Heap {
            base: v.as_mut_ptr() as *mut u8,
            size: 4,
            cmp: cmp_u32,
        }
    }

    #[test]
    fn rebuild_push_and_pop_keep_a_heap() {
        let mut v: Vec<u32> = (0..40).map(|i| (i * 7919) % 53).collect();
        let h = heap(&mut v);
        // SAFETY: the vector's elements.
        unsafe { rebuild(h.base, h.size, h.cmp, v.len()) };
        assert!(is_heap(&v));
        let mut sorted = Vec::new();
        while !v.is_empty() {
            if v.len() > 1 {
                let h = heap(&mut v);
                // SAFETY: the vector's elements, more than one.
                unsafe { pop_to_back(h.base, h.size, h.cmp, v.len()) };
            }
            sorted.push(v.pop().unwrap_or_default());
            assert!(is_heap(&v));
        }
        assert!(sorted.windows(2).all(|w| w[0] >= w[1]));
        let mut v = Vec::new();
        for x in [5u32, 1, 9, 3, 9, 0, 12] {
            v.push(x);
            let h = heap(&mut v);
            // SAFETY: the vector's elements.
            unsafe { sift_up(h.base, h.size, h.cmp, 0, v.len() - 1) };
            assert!(is_heap(&v));
        }
        let mut w: Vec<u32> = (0..10).collect();
        w.extend([50, 2, 70]);
        let h = heap(&mut w);
        // SAFETY: the first 10 are not a heap: rebuild the whole.
        unsafe { rebuild(h.base, h.size, h.cmp, 10) };
        // SAFETY: the first 10 now form a heap.
        unsafe { rebuild_tail(h.base, h.size, h.cmp, 10, 13) };
        assert!(is_heap(&w));
        let mut big: Vec<u32> = (0..100).rev().collect();
        big.push(1000);
        let h = heap(&mut big);
        // SAFETY: a descending sequence is a heap; one element appended.
        unsafe { rebuild_tail(h.base, h.size, h.cmp, 100, 101) };
        assert!(is_heap(&big));
        assert_eq!(big[0], 1000);
    }
}
