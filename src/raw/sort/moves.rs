//! Moving elements: copies and swaps whose size is read at run time, and the guards that
//! write a held-out element back into the slice if the comparator panics.

use core::mem::MaybeUninit;
use core::ptr;

/// Copies one element of `size` bytes from `src` to `dst`, which are equal or disjoint.
///
/// Elements of 4, 8, 16 and 24 bytes move as one or two words in registers; other sizes
/// call `memmove`. The branch on the size is taken at run time, in the one copy of the
/// code, and is predicted perfectly within a sort.
///
/// # Safety
/// `src` must be valid for reads and `dst` for writes of `size` bytes, and the two ranges
/// must be equal or disjoint. Neither needs to be aligned.
#[inline(always)]
pub(super) unsafe fn copy(src: *const u8, dst: *mut u8, size: usize) {
    // SAFETY: (all arms) both ranges are valid for `size` bytes and equal or disjoint;
    // each word is read before it is written; unaligned accesses need no alignment.
    unsafe {
        match size {
            8 => word::<u64>(src, dst, 0),
            16 => word::<u128>(src, dst, 0),
            24 => {
                word::<u128>(src, dst, 0);
                word::<u64>(src, dst, 16);
            }
            4 => word::<u32>(src, dst, 0),
            _ => ptr::copy(src, dst, size),
        }
    }
}

/// Copies the word of type `W` at byte offset `at`, as `MaybeUninit` (elements may hold
/// padding, which an integer may not).
///
/// # Safety
/// The word lies within both ranges, which are equal or disjoint.
#[inline(always)]
unsafe fn word<W>(src: *const u8, dst: *mut u8, at: usize) {
    // SAFETY: the caller's guarantee.
    unsafe {
        let w = (src.add(at) as *const MaybeUninit<W>).read_unaligned();
        (dst.add(at) as *mut MaybeUninit<W>).write_unaligned(w);
    }
}

/// Swaps the words of type `W` at byte offset `at` of two slots, reading both before
/// writing either (so equal slots are left as they are).
///
/// # Safety
/// The words lie within both slots, which are equal or disjoint.
#[inline(always)]
unsafe fn swap_word<W>(a: *mut u8, b: *mut u8, at: usize) {
    // SAFETY: the caller's guarantee.
    unsafe {
        let pa = a.add(at) as *mut MaybeUninit<W>;
        let pb = b.add(at) as *mut MaybeUninit<W>;
        let x = pa.read_unaligned();
        let y = pb.read_unaligned();
        pa.write_unaligned(y);
        pb.write_unaligned(x);
    }
}

/// Swaps the elements at `a` and `b`, which may be the same slot: the partition's inlined
/// swap. Sizes as for [`copy`]; others call `ptr::swap_nonoverlapping` unless the slots
/// are equal.
///
/// # Safety
/// Both must be valid for reads and writes of `size` bytes, and equal or disjoint.
#[inline(always)]
pub(super) unsafe fn swap_or_same(a: *mut u8, b: *mut u8, size: usize) {
    // SAFETY: the caller's guarantee; words are read before they are written, so equal
    // slots are left as they are; the last arm skips them.
    unsafe {
        match size {
            8 => swap_word::<u64>(a, b, 0),
            16 => swap_word::<u128>(a, b, 0),
            24 => {
                swap_word::<u128>(a, b, 0);
                swap_word::<u64>(a, b, 16);
            }
            4 => swap_word::<u32>(a, b, 0),
            _ => {
                if a != b {
                    ptr::swap_nonoverlapping(a, b, size)
                }
            }
        }
    }
}

/// Swaps the elements at `a` and `b`: one shared, out-of-line copy of [`swap_or_same`] for
/// the paths whose speed does not hinge on it (reversal, heapsort, dedup).
///
/// # Safety
/// Both must be valid for reads and writes of `size` bytes, and equal or disjoint.
#[inline(never)]
pub(super) unsafe fn swap(a: *mut u8, b: *mut u8, size: usize) {
    // SAFETY: the caller's guarantee.
    unsafe { swap_or_same(a, b, size) }
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
