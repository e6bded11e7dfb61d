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

    /// Whether the shape compares elements itself, by value ([`lt`](Shape::lt)), so that
    /// the erased comparator is never called. Only [`Keyed`] does.
    const KEYED: bool = false;

    /// Element size in bytes; never 0.
    fn size(self) -> usize;

    /// Whether the element at `a` is ordered before the one at `b`, by value; only called
    /// when [`KEYED`](Shape::KEYED).
    ///
    /// # Safety
    /// Both point to initialized elements, aligned as for [`copy`](Shape::copy).
    #[inline(always)]
    unsafe fn lt(self, a: *const u8, b: *const u8) -> bool {
        let _ = (a, b);
        unreachable!("only keyed shapes compare by value")
    }

    /// Sorts the `len <= PLAIN_LEAF` elements at `v` (a quicksort's short range), for a
    /// shape that compares by value. Only called when [`KEYED`](Shape::KEYED).
    ///
    /// # Safety
    /// `v` points to `len <= PLAIN_LEAF` initialized elements.
    #[inline(always)]
    unsafe fn leaf_by_value(self, v: *mut u8, len: usize) {
        let _ = (v, len);
        unreachable!("only keyed shapes compare by value")
    }

    /// The quicksort's partition for a shape that compares by value: moves the elements
    /// of the `n >= 1` at `r` that are less than the one at `pivot` (if `le`: not
    /// greater) to the front and returns how many there are. Only called when
    /// [`KEYED`](Shape::KEYED).
    ///
    /// # Safety
    /// `r` points to `n` initialized elements; `pivot` to one outside them.
    #[inline(always)]
    unsafe fn partition_by_value(self, r: *mut u8, n: usize, pivot: *const u8, le: bool) -> usize {
        let _ = (r, n, pivot, le);
        unreachable!("only keyed shapes compare by value")
    }

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

/// An integer type whose `Ord` is the order of its values: the carrier of a [`Keyed`]
/// shape.
///
/// # Safety
/// As for [`Carrier`]; every bit pattern is a valid value.
pub(crate) unsafe trait IntKey:
    Carrier + Ord + core::ops::BitXor<Output = Self>
{
    /// The greatest value.
    const MAX: Self;
}

macro_rules! int_key {
    ($($t:ty),*) => {$(
        // SAFETY: an unsigned integer: plain data, every bit pattern valid.
        unsafe impl IntKey for $t {
            const MAX: Self = <$t>::MAX;
        }
    )*};
}
int_key!(u8, u16, u32, u64, u128);

/// medium's shape for element types whose `Ord` is known to be the order of an integer of
/// their size (the primitive integers, `bool` and `char`): moved as [`Fixed`] moves them,
/// and compared by value, in the algorithm's own loops, with no call. A signed integer
/// compares as the unsigned integer of its bits with the sign bit flipped (`flip`); an
/// unsigned one, `bool` and `char` with `flip` 0. So all the integer types of one width
/// share one copy of the code.
#[derive(Clone, Copy)]
pub(crate) struct Keyed<W> {
    /// XORed into both values before they are compared as unsigned integers.
    flip: W,
}

impl<W: IntKey> Keyed<W> {
    /// The value the element at `a` compares by.
    ///
    /// # Safety
    /// `a` points to an initialized `W`.
    #[inline(always)]
    unsafe fn key(self, a: *const u8) -> W {
        // SAFETY: the caller's guarantee.
        unsafe { (a as *const W).read() ^ self.flip }
    }

    /// The shape whose elements compare as `W` after `^ flip`.
    ///
    /// # Safety
    /// The elements sorted with it must have `W`'s size and alignment, be initialized in
    /// every byte, and their `Ord` must be the order of `W::from_bits(x) ^ flip`.
    #[inline(always)]
    pub(crate) const unsafe fn new(flip: W) -> Self {
        Keyed { flip }
    }
}

impl<W: IntKey> Shape for Keyed<W> {
    /// Ranges of up to 16 elements go to [`leaf_by_value`](Shape::leaf_by_value)'s
    /// sorting networks. Measured on random `u64`s (`sort_unstable`, against std, in one
    /// process, alternating): 1.17x at 10⁶, 1.15x at 10⁵, 1.27x at 1,000; with leaves of
    /// up to 32 (two networks of 16 and a branchless merge) 1.15x, 1.14x and 1.35x; with
    /// leaves of up to 16 in a loop over the network's pairs (not unrolled) 1.35x, 1.38x
    /// and 1.67x.
    const PLAIN_LEAF: usize = 16;
    const KEYED: bool = true;

    #[inline(always)]
    fn size(self) -> usize {
        core::mem::size_of::<W>()
    }

    #[inline(always)]
    unsafe fn lt(self, a: *const u8, b: *const u8) -> bool {
        // SAFETY: the caller's guarantee, and `new`'s: both are initialized `W`s.
        unsafe { self.key(a) < self.key(b) }
    }

    /// Sorting networks on the keys in local arrays: see [`network_sort`].
    #[inline(always)]
    unsafe fn leaf_by_value(self, v: *mut u8, len: usize) {
        // SAFETY: the caller's guarantee; `len <= PLAIN_LEAF = 16`.
        unsafe { network_sort(v as *mut W, len, self.flip) }
    }

    /// A branchless cyclic Lomuto partition. The first element is held out in a register,
    /// which leaves a hole in the slice; each step moves the first element of the "not
    /// less" group into the hole, the element at hand into the group's first slot, and
    /// the hole to where the element at hand was, and advances the group's start by the
    /// comparison's answer. The held-out element takes the last step.
    #[inline(always)]
    unsafe fn partition_by_value(self, r: *mut u8, n: usize, pivot: *const u8, le: bool) -> usize {
        let r = r as *mut W;
        // SAFETY: the pivot is an initialized `W` outside the range. The invariant before
        // the step for element `i`: `r[..lt]` go to the front, `r[lt..i - 1]` do not, and
        // slot `i - 1` is the hole; each step reads `r[i]` and `r[lt]` (`lt <= i - 1`,
        // possibly the hole itself) and writes slots `i - 1` and `lt`, all in the range;
        // at the end every element (the held-out one last) is in the slice once.
        unsafe {
            let p = self.key(pivot);
            let goes = |x: W| {
                if le {
                    p >= (x ^ self.flip)
                } else {
                    (x ^ self.flip) < p
                }
            };
            let held = r.read();
            let mut lt = 0;
            let mut i = 1;
            while i < n {
                let x = r.add(i).read();
                r.add(i - 1).write(r.add(lt).read());
                r.add(lt).write(x);
                lt += goes(x) as usize;
                i += 1;
            }
            r.add(n - 1).write(r.add(lt).read());
            r.add(lt).write(held);
            lt + goes(held) as usize
        }
    }

    #[inline(always)]
    unsafe fn copy(self, src: *const u8, dst: *mut u8) {
        // SAFETY: the caller's guarantee.
        unsafe { Fixed::<W>::new().copy(src, dst) }
    }

    #[inline(always)]
    unsafe fn swap_or_same(self, a: *mut u8, b: *mut u8) {
        // SAFETY: the caller's guarantee.
        unsafe { Fixed::<W>::new().swap_or_same(a, b) }
    }

    #[inline(always)]
    unsafe fn swap(self, a: *mut u8, b: *mut u8) {
        // SAFETY: the caller's guarantee.
        unsafe { Fixed::<W>::new().swap(a, b) }
    }

    #[inline(always)]
    unsafe fn shift_up(self, src: *mut u8, n: usize) {
        // SAFETY: the caller's guarantee.
        unsafe { Fixed::<W>::new().shift_up(src, n) }
    }
}

/// Applies the compare-exchanges `(i, j)`, `i < j`, to the array `$a`: afterwards
/// `$a[i] <= $a[j]`. Written out with constant indices, so that the optimizer keeps the
/// array in registers and every exchange is a compare and two conditional moves.
macro_rules! network {
    ($a:ident; $(($i:literal, $j:literal)),* $(,)?) => {$(
        let (x, y) = ($a[$i], $a[$j]);
        let (lo, hi) = if y < x { (y, x) } else { (x, y) };
        $a[$i] = lo;
        $a[$j] = hi;
    )*};
}

/// The keys (`x ^ flip`) of the `len <= N` elements at `v` in an array of `N + 1`, the rest
/// padded with the greatest key (so the last entry always is).
///
/// # Safety
/// `v` points to `len <= N` initialized elements.
#[inline(always)]
unsafe fn keys<W: IntKey, const N1: usize>(v: *const W, len: usize, flip: W) -> [W; N1] {
    debug_assert!(len < N1);
    let mut a = [W::MAX; N1];
    // SAFETY: `i < len`, the caller's range.
    unsafe {
        for (i, slot) in a.iter_mut().enumerate().take(len) {
            *slot = v.add(i).read() ^ flip;
        }
    }
    a
}

/// Sorts the first 8 entries of `a` with Batcher's odd-even merge sort network (19
/// compare-exchanges; checked in the tests).
#[inline(always)]
fn sort8<W: IntKey, const N1: usize>(a: &mut [W; N1]) {
    network!(a;
        (0, 1), (2, 3), (4, 5), (6, 7), (0, 2), (1, 3), (4, 6), (5, 7), (1, 2), (5, 6),
        (0, 4), (1, 5), (2, 6), (3, 7), (2, 4), (3, 5), (1, 2), (3, 4), (5, 6)
    );
}

/// Sorts the first 16 entries of `a` with Batcher's odd-even merge sort network (63
/// compare-exchanges; checked in the tests).
#[inline(always)]
fn sort16<W: IntKey>(a: &mut [W; 17]) {
    network!(a;
        (0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11), (12, 13), (14, 15), (0, 2),
        (1, 3), (4, 6), (5, 7), (8, 10), (9, 11), (12, 14), (13, 15), (1, 2), (5, 6),
        (9, 10), (13, 14), (0, 4), (1, 5), (2, 6), (3, 7), (8, 12), (9, 13), (10, 14),
        (11, 15), (2, 4), (3, 5), (10, 12), (11, 13), (1, 2), (3, 4), (5, 6), (9, 10),
        (11, 12), (13, 14), (0, 8), (1, 9), (2, 10), (3, 11), (4, 12), (5, 13), (6, 14),
        (7, 15), (4, 8), (5, 9), (6, 10), (7, 11), (2, 4), (3, 5), (6, 8), (7, 9),
        (10, 12), (11, 13), (1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14)
    );
}

/// The keys of the `len <= 8` elements at `v`, sorted, padded to 9.
///
/// # Safety
/// As for [`keys`].
#[inline(always)]
unsafe fn sorted8<W: IntKey>(v: *const W, len: usize, flip: W) -> [W; 9] {
    // SAFETY: the caller's guarantee.
    let mut a = unsafe { keys::<W, 9>(v, len, flip) };
    sort8(&mut a);
    a
}

/// The keys of the `len <= 16` elements at `v`, sorted, padded to 17.
///
/// # Safety
/// As for [`keys`].
#[inline(always)]
unsafe fn sorted16<W: IntKey>(v: *const W, len: usize, flip: W) -> [W; 17] {
    // SAFETY: the caller's guarantee.
    let mut a = unsafe { keys::<W, 17>(v, len, flip) };
    sort16(&mut a);
    a
}

/// Sorts the `len <= 16` elements at `v` by their keys with one network, of 8 or 16
/// inputs, on the keys in a local array.
///
/// # Safety
/// `v` points to `len <= 16` initialized elements.
#[inline(always)]
unsafe fn network_sort<W: IntKey>(v: *mut W, len: usize, flip: W) {
    debug_assert!(len <= 16);
    // SAFETY: every read and write is below `len`; the padding keys sort after the real
    // ones, so the first `len` keys of the sorted padded array are the real keys, sorted.
    unsafe {
        if len <= 8 {
            let a = sorted8(v, len, flip);
            for (i, &k) in a.iter().enumerate().take(len) {
                v.add(i).write(k ^ flip);
            }
        } else {
            let a = sorted16(v, len, flip);
            for (i, &k) in a.iter().enumerate().take(len) {
                v.add(i).write(k ^ flip);
            }
        }
    }
}

#[cfg(test)]
mod network_tests {
    use super::{sort16, sort8};

    /// By the 0-1 principle, a network sorts every input if it sorts every input of zeros
    /// and ones: all 2^8 and 2^16 of them.
    #[test]
    #[cfg_attr(miri, ignore = "2^16 inputs; no unsafe code in the networks")]
    fn networks_sort_every_input_of_zeros_and_ones() {
        for bits in 0u32..1 << 8 {
            let mut a = [u8::MAX; 9];
            for (i, x) in a.iter_mut().enumerate().take(8) {
                *x = (bits >> i & 1) as u8;
            }
            sort8(&mut a);
            assert!(a.windows(2).all(|w| w[0] <= w[1]), "{bits:08b}");
        }
        for bits in 0u32..1 << 16 {
            let mut a = [u8::MAX; 17];
            for (i, x) in a.iter_mut().enumerate().take(16) {
                *x = (bits >> i & 1) as u8;
            }
            sort16(&mut a);
            assert!(a.windows(2).all(|w| w[0] <= w[1]), "{bits:016b}");
        }
    }
}
