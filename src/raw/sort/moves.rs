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

    /// Insertion sort of the `len` elements at `v` for a shape that compares by value.
    /// Only called when [`KEYED`](Shape::KEYED).
    ///
    /// # Safety
    /// `v` points to `len` initialized elements.
    #[inline(always)]
    unsafe fn insertion_by_value(self, v: *mut u8, len: usize) {
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
    /// Ranges of up to 16 elements go to [`insertion_by_value`](Shape::insertion_by_value)'s
    /// sorting networks.
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

    /// Up to 16 elements: their keys are copied into a local array padded with the
    /// greatest key, sorted there by a sorting network of 8 or 16 inputs (a fixed
    /// sequence of compare-exchanges, with no branch on the data), and the first `len`
    /// written back; longer ranges by insertion.
    #[inline(always)]
    unsafe fn insertion_by_value(self, v: *mut u8, len: usize) {
        let v = v as *mut W;
        // SAFETY: every index read or written is below `len`; the network only permutes
        // the local array, which holds the `len` keys and the padding, and the padding
        // (the greatest key) sorts after them, so its first `len` entries are the sorted
        // keys.
        unsafe {
            if len <= 8 {
                network::<W, 8>(v, len, self.flip, &NET8.0[..NET8.1]);
            } else if len <= 16 {
                network::<W, 16>(v, len, self.flip, &NET16.0[..NET16.1]);
            } else {
                for i in 1..len {
                    let mut cur = v.add(i).read() ^ self.flip;
                    let mut j = i;
                    while j > 0 {
                        let a = v.add(j - 1).read() ^ self.flip;
                        let (lo, hi) = if a > cur { (cur, a) } else { (a, cur) };
                        v.add(j).write(hi ^ self.flip);
                        cur = lo;
                        j -= 1;
                    }
                    v.write(cur ^ self.flip);
                }
            }
        }
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

/// Sorts the `len <= N` elements at `v` by their keys (`x ^ flip`) with the sorting
/// network `pairs` of `N` inputs, on a local array padded with the greatest key.
///
/// # Safety
/// `v` points to `len <= N` initialized elements.
#[inline(always)]
unsafe fn network<W: IntKey, const N: usize>(v: *mut W, len: usize, flip: W, pairs: &[(u8, u8)]) {
    debug_assert!(len <= N);
    let mut a = [W::MAX; N];
    // SAFETY: `i < len`, the caller's range.
    unsafe {
        for (i, slot) in a.iter_mut().enumerate().take(len) {
            *slot = v.add(i).read() ^ flip;
        }
    }
    for &(i, j) in pairs {
        let (x, y) = (a[i as usize], a[j as usize]);
        let (lo, hi) = if y < x { (y, x) } else { (x, y) };
        a[i as usize] = lo;
        a[j as usize] = hi;
    }
    // SAFETY: as above.
    unsafe {
        for (i, &k) in a.iter().enumerate().take(len) {
            v.add(i).write(k ^ flip);
        }
    }
}

/// The compare-exchanges of Batcher's odd-even merge sort for `n` (a power of two, at
/// most 16) inputs, and how many there are.
const fn batcher(n: usize) -> ([(u8, u8); 64], usize) {
    let mut out = [(0u8, 0u8); 64];
    let mut count = 0;
    let mut p = 1;
    while p < n {
        let mut k = p;
        while k >= 1 {
            let mut j = k % p;
            while j + k < n {
                let mut i = 0;
                while i < k && i + j + k < n {
                    if (i + j) / (2 * p) == (i + j + k) / (2 * p) {
                        out[count] = ((i + j) as u8, (i + j + k) as u8);
                        count += 1;
                    }
                    i += 1;
                }
                j += 2 * k;
            }
            k /= 2;
        }
        p *= 2;
    }
    (out, count)
}

/// The 8-input network (19 compare-exchanges).
const NET8: ([(u8, u8); 64], usize) = batcher(8);
/// The 16-input network (63 compare-exchanges).
const NET16: ([(u8, u8); 64], usize) = batcher(16);
