//! Moving elements: copies and swaps whose size is read at run time, and the guards that
//! write a held-out element back into the slice if the comparator panics.

use core::mem::MaybeUninit;
use core::ptr;

/// Copies one element of `size` bytes from `src` to `dst`, which are equal or disjoint.
///
/// Sizes of 4 bytes and multiples of 8 bytes up to 64 move as words in registers;
/// other sizes call `memmove`. The branch on the size is taken at run time, in the one
/// copy of the code, and is predicted perfectly within a sort.
///
/// # Safety
/// `src` must be valid for reads and `dst` for writes of `size` bytes, and the two ranges
/// must be equal or disjoint. Neither needs to be aligned.
#[inline(always)]
pub(super) unsafe fn copy(src: *const u8, dst: *mut u8, size: usize) {
    // SAFETY: (all branches) both ranges are valid for `size` bytes and equal or disjoint,
    // so copying word by word in order is a copy; unaligned accesses need no alignment;
    // `MaybeUninit` words carry padding bytes as they are.
    unsafe {
        if size & 7 == 0 && size <= 64 {
            let mut at = 0;
            while at < size {
                let w = (src.add(at) as *const MaybeUninit<u64>).read_unaligned();
                (dst.add(at) as *mut MaybeUninit<u64>).write_unaligned(w);
                at += 8;
            }
        } else if size == 4 {
            let w = (src as *const MaybeUninit<u32>).read_unaligned();
            (dst as *mut MaybeUninit<u32>).write_unaligned(w);
        } else {
            ptr::copy(src, dst, size);
        }
    }
}

/// Swaps the elements at `a` and `b`, which are distinct.
///
/// # Safety
/// Both must be valid for reads and writes of `size` bytes and disjoint.
#[inline(always)]
pub(super) unsafe fn swap(a: *mut u8, b: *mut u8, size: usize) {
    debug_assert!(a != b);
    // SAFETY: the caller's guarantee; `MaybeUninit` words carry padding as it is.
    unsafe {
        if size & 7 == 0 && size <= 64 {
            let mut at = 0;
            while at < size {
                let pa = a.add(at) as *mut MaybeUninit<u64>;
                let pb = b.add(at) as *mut MaybeUninit<u64>;
                let x = pa.read_unaligned();
                pa.write_unaligned(pb.read_unaligned());
                pb.write_unaligned(x);
                at += 8;
            }
        } else {
            ptr::swap_nonoverlapping(a, b, size);
        }
    }
}

/// Guard for an element held out of the slice in a scratch slot: when dropped, copies it
/// from `src` into the slice's one gap at `dst`.
pub(super) struct Gap {
    /// The scratch slot holding the element.
    pub(super) src: *const u8,
    /// The gap: a slot of the slice whose bytes are a stale duplicate of some element.
    pub(super) dst: *mut u8,
    /// Element size.
    pub(super) size: usize,
}

impl Drop for Gap {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: `src` is the scratch slot holding the element, `dst` the slice's only
        // gap; they are disjoint (or, once the element is back, equal).
        unsafe { copy(self.src, self.dst, self.size) }
    }
}

/// Guard for a merge: when dropped, copies the unmerged buffered elements `start..end`
/// into the slice's gap, which starts at `dest` and has the same length.
pub(super) struct MergeHole {
    /// The first buffered element not yet merged.
    pub(super) start: *const u8,
    /// The end of the buffered elements.
    pub(super) end: *const u8,
    /// The start of the gap in the slice.
    pub(super) dest: *mut u8,
}

impl Drop for MergeHole {
    #[inline(always)]
    fn drop(&mut self) {
        let bytes = self.end as usize - self.start as usize;
        // SAFETY: `start..end` is in the scratch buffer and the gap in the slice has
        // exactly `bytes` bytes (the merge's invariant); they are disjoint.
        unsafe { ptr::copy_nonoverlapping(self.start, self.dest, bytes) }
    }
}
