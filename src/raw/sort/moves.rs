//! Moving elements: the [`Shape`] that copies and swaps them (with the size read at run
//! time for small, or fixed at compile time for medium), and the guards that write a
//! held-out element back into the slice if the comparator panics.

use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::ptr;

/// How the algorithms move elements: their size, and copies and swaps of one element.
///
/// The algorithms are generic over it. small instantiates them once, with [`Dyn`], whose
/// size is read at run time; medium instantiates them once per element shape, with
/// [`Fixed`], whose size and alignment are constants, so that LLVM turns every move into
/// the loads and stores of one carrier value and every index computation into a shift or
/// a constant multiply.
pub(crate) trait Shape: Copy {
    /// Ranges up to this length of plain-data elements are sorted by rank insertion
    /// (see [`super::leaf`]); at most 65.
    const PLAIN_LEAF: usize = super::PLAIN_LEAF;

    /// Element size in bytes; never 0.
    fn size(self) -> usize;

    /// Copies one element from `src` to `dst`.
    ///
    /// # Safety
    /// `src` must be valid for reads and `dst` for writes of one element, both aligned as
    /// the elements the shape describes, and the two ranges equal or disjoint.
    unsafe fn copy(self, src: *const u8, dst: *mut u8);

    /// Swaps the elements at `a` and `b`, which may be the same slot; inlined.
    ///
    /// # Safety
    /// Both must be valid for reads and writes of one element, aligned as for
    /// [`copy`](Shape::copy), and equal or disjoint.
    unsafe fn swap_or_same(self, a: *mut u8, b: *mut u8);

    /// Swaps the elements at `a` and `b` on the paths whose speed does not hinge on it
    /// (reversal, heapsort, dedup): possibly one shared out-of-line function.
    ///
    /// # Safety
    /// As for [`swap_or_same`](Shape::swap_or_same).
    unsafe fn swap(self, a: *mut u8, b: *mut u8);

    /// Moves the `n` elements at `src` one slot up, to `src + size`, as `ptr::copy` would.
    ///
    /// # Safety
    /// The `n + 1` slots from `src` must be valid for reads and writes and aligned as for
    /// [`copy`](Shape::copy).
    unsafe fn shift_up(self, src: *mut u8, n: usize);
}

/// small's shape: the size is a run-time value, and the moves branch on it (see [`copy`]).
#[derive(Clone, Copy)]
pub(crate) struct Dyn(pub(crate) usize);

impl Shape for Dyn {
    #[inline(always)]
    fn size(self) -> usize {
        self.0
    }

    #[inline(always)]
    unsafe fn copy(self, src: *const u8, dst: *mut u8) {
        // SAFETY: the caller's guarantee; `copy` needs no alignment.
        unsafe { copy(src, dst, self.0) }
    }

    #[inline(always)]
    unsafe fn swap_or_same(self, a: *mut u8, b: *mut u8) {
        // SAFETY: the caller's guarantee.
        unsafe { swap_or_same(a, b, self.0) }
    }

    #[inline(always)]
    unsafe fn swap(self, a: *mut u8, b: *mut u8) {
        // SAFETY: the caller's guarantee.
        unsafe { swap(a, b, self.0) }
    }

    #[inline(always)]
    unsafe fn shift_up(self, src: *mut u8, n: usize) {
        // SAFETY: the caller's guarantee; `ptr::copy` allows the overlap.
        unsafe { ptr::copy(src, src.add(self.0), n * self.0) }
    }
}

/// A carrier of one element of a fixed shape: a `Copy` type whose size and alignment are
/// exactly the element's (an unsigned integer, or an array of them).
///
/// # Safety
/// Implementors have no invalid bit patterns once wrapped in `MaybeUninit` (true of
/// every type) and are `Copy`; their size is not 0.
pub(crate) unsafe trait Carrier: Copy {}

// SAFETY: (all) plain `Copy` data of non-zero size.
unsafe impl Carrier for u8 {}
// SAFETY: as above.
unsafe impl Carrier for u16 {}
// SAFETY: as above.
unsafe impl Carrier for u32 {}
// SAFETY: as above.
unsafe impl Carrier for u64 {}
// SAFETY: as above.
unsafe impl Carrier for u128 {}
// SAFETY: as above.
unsafe impl Carrier for [u64; 2] {}
// SAFETY: as above.
unsafe impl Carrier for [u64; 3] {}
// SAFETY: as above.
unsafe impl Carrier for [u64; 4] {}
// SAFETY: as above.
unsafe impl Carrier for [u32; 2] {}
// SAFETY: as above.
unsafe impl Carrier for [u32; 3] {}
// SAFETY: as above.
unsafe impl Carrier for [u32; 4] {}

/// medium's shape: elements of `size_of::<W>()` bytes aligned to `align_of::<W>()`, moved
/// as one `W`, which the optimizer keeps in registers.
pub(crate) struct Fixed<W>(PhantomData<W>);

impl<W> Clone for Fixed<W> {
    #[inline(always)]
    fn clone(&self) -> Self {
        *self
    }
}
impl<W> Copy for Fixed<W> {}

impl<W> Fixed<W> {
    /// The shape of `W`.
    #[inline(always)]
    pub(crate) const fn new() -> Self {
        Fixed(PhantomData)
    }
}

impl<W: Carrier> Shape for Fixed<W> {
    /// Shorter than small's 24: with constant-size moves a partition step costs less
    /// against a rank-insertion leaf's quadratic comparisons. Measured in the interleaved
    /// harness on random `u64`s: `sort_unstable` of 10⁶ at 2.23× std's time with 12
    /// against 2.41× with 24, and of 1,000 at 2.44× against 2.74×; 8 was no better for
    /// the stable sort.
    const PLAIN_LEAF: usize = 12;

    #[inline(always)]
    fn size(self) -> usize {
        core::mem::size_of::<W>()
    }

    #[inline(always)]
    unsafe fn copy(self, src: *const u8, dst: *mut u8) {
        // SAFETY: the caller's guarantee: both hold one element of `W`'s size, aligned to
        // `W`'s alignment, equal or disjoint; `W` is read before it is written, as
        // `MaybeUninit` since elements may hold padding.
        unsafe {
            let w = (src as *const MaybeUninit<W>).read();
            (dst as *mut MaybeUninit<W>).write(w);
        }
    }

    #[inline(always)]
    unsafe fn swap_or_same(self, a: *mut u8, b: *mut u8) {
        // SAFETY: as for `copy`; both are read before either is written, so equal slots
        // are left as they are.
        unsafe {
            let pa = a as *mut MaybeUninit<W>;
            let pb = b as *mut MaybeUninit<W>;
            let x = pa.read();
            let y = pb.read();
            pa.write(y);
            pb.write(x);
        }
    }

    #[inline(always)]
    unsafe fn swap(self, a: *mut u8, b: *mut u8) {
        // SAFETY: the caller's guarantee.
        unsafe { self.swap_or_same(a, b) }
    }

    /// One carrier at a time, from the last: for the short runs of a leaf sort this is
    /// quicker than a call of `memmove`.
    #[inline(always)]
    unsafe fn shift_up(self, src: *mut u8, n: usize) {
        let w = src as *mut MaybeUninit<W>;
        let mut i = n;
        // SAFETY: the caller's guarantee; slot `i` is read before slot `i + 1` is written,
        // from the top down, so every element is read before it is overwritten.
        unsafe {
            while i > 0 {
                i -= 1;
                w.add(i + 1).write(w.add(i).read());
            }
        }
    }
}

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
unsafe fn copy(src: *const u8, dst: *mut u8, size: usize) {
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
unsafe fn swap_or_same(a: *mut u8, b: *mut u8, size: usize) {
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
unsafe fn swap(a: *mut u8, b: *mut u8, size: usize) {
    // SAFETY: the caller's guarantee.
    unsafe { swap_or_same(a, b, size) }
}

/// Guard for an element held out of the slice in a scratch slot: when dropped, copies it
/// from `src` into the slice's one gap at `dst`.
pub(super) struct Gap<S: Shape> {
    /// The scratch slot holding the element.
    pub(super) src: *const u8,
    /// The gap: a slot of the slice whose bytes are a stale duplicate of some element.
    pub(super) dst: *mut u8,
    /// How elements move.
    pub(super) shape: S,
}

impl<S: Shape> Drop for Gap<S> {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: `src` is the scratch slot holding the element, `dst` the slice's only
        // gap; they are disjoint (or, once the element is back, equal).
        unsafe { self.shape.copy(self.src, self.dst) }
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
