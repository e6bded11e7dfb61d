//! The non-generic sorting core behind [`small::sort`](crate::small::sort()) and the other
//! functions of [`small`](crate::small)'s sorting family.
//!
//! Elements are opaque runs of `size` bytes, aligned to `align`. The only things the core
//! knows about their type come from a [`Table`], one per (element type, comparator type)
//! pair: the layout, a function comparing two elements, and a function comparing a block
//! of up to 64 elements against one pivot and returning the answers as a bit mask (so
//! that partitioning pays one indirect call per block rather than per element, with the
//! user's comparator inlined in a branchless loop). The
//! typed shims in `small::sort` build the table as a constant and call in here; nothing in
//! this file is instantiated per element type.
//!
//! Inside the core, the algorithms are instantiated for a few *sizes* (4, 8, 16 and 24
//! bytes, plus one copy for any other size), so that moving an element is one load and
//! one store instead of a call to `memcpy`. That is a fixed cost, paid once per program.
//!
//! - Stable sort: sorted and strictly reversed inputs are recognised in one pass;
//!   otherwise a stable quicksort partitions block by block (comparisons by block, then a
//!   branchless move: smaller elements packed in place, the others to a scratch buffer),
//!   splits off runs equal to an earlier pivot, and hands over to a natural merge sort
//!   (TimSort's run rules, branchless merging) below a recursion limit, so the worst case
//!   is `O(n log n)`. Short ranges of plain-data elements (see [`Table::plain`]) go along
//!   a sorting network when its output shows no ties, by rank otherwise; other elements
//!   by merging sorted halves or by insertion.
//! - Unstable sort: pattern-defeating quicksort. Median-of-3, ninther or pseudo-median
//!   pivots, a partition driven by the block comparator's masks (Lomuto's scheme up to
//!   64-byte elements, BlockQuicksort's above), detection of sorted and reversed
//!   inputs, a separate partition for runs of equal elements, short ranges sorted along
//!   a sorting network (plain-data elements; one call of the table's network function),
//!   by merging sorted halves or by insertion, and a heapsort fallback after too many
//!   unbalanced partitions, so no input is quadratic.
//! - Selection: the same partitioning in an introselect loop, with the heapsort fallback.
//!
//! ## Panic safety
//!
//! The comparator may panic at any call. Every algorithm keeps this invariant at each
//! call: every element is either at exactly one place in the slice, or held in exactly
//! one scratch slot that a live guard ([`Gap`], [`MergeHole`]) copies back into the
//! slice's gap (as long as the held elements) when it is dropped. Algorithms that fill a
//! buffer before writing the slice ([`merge_leaf_sort`], the rank sort) keep the slice
//! untouched until the buffer holds every element once. Moves that happen between
//! comparator calls (the swaps of a partitioned block, the scatter of a rank sort, a
//! network's exchanges) complete before the next call. No loop is bounded by what the
//! comparator answers: an inconsistent comparator gives an unsorted permutation, never an
//! out-of-bounds access. The core never drops an element.

use alloc::alloc::{alloc, dealloc, handle_alloc_error};
use alloc::vec::Vec;
use core::alloc::Layout;
use core::cmp::Ordering;
use core::mem::{size_of, MaybeUninit};
use core::ptr;

use super::copy_elem;

/// `less(data, a, b)`: whether the element at `a` is ordered before the one at `b`.
///
/// # Safety
/// `data` must be the pointer the shim paired with this function, and `a`, `b` must point
/// to initialized, aligned elements of the shim's type.
pub(crate) type LessFn = unsafe fn(*mut (), *const u8, *const u8) -> bool;

/// `cmp(a, b)`: how the element at `a` compares to the one at `b`. For sorting by `Ord`
/// this is `<T as Ord>::cmp` itself, taken as a function pointer whose `&T` parameters
/// are passed as element pointers (references and raw pointers to sized types are
/// ABI-compatible), so no adapter function is instantiated per type.
///
/// # Safety
/// `a` and `b` must point to initialized, aligned elements of the shim's type, not
/// mutated during the call.
pub(crate) type CmpFn = unsafe fn(*const u8, *const u8) -> Ordering;

/// How the core compares two elements.
#[derive(Clone, Copy)]
pub(crate) enum Compare {
    /// `cmp(a, b) == Less`; the data pointer is unused.
    Ord(CmpFn),
    /// `less(data, a, b)`.
    Less(LessFn),
}

/// `probe(data, e)`: how the element at `e` compares to the target of a binary search.
///
/// # Safety
/// As for [`LessFn`], with one element pointer.
pub(crate) type ProbeFn = unsafe fn(*mut (), *const u8) -> Ordering;

/// `same(data, later, earlier)`: whether two elements belong to the same dedup bucket.
///
/// # Safety
/// As for [`LessFn`]; the two pointers are distinct elements (unless zero-sized) and the
/// function may mutate them through `&mut`.
pub(crate) type SameFn = unsafe fn(*mut (), *mut u8, *mut u8) -> bool;

/// `many(data, base, n, pivot)`: compares each of the `n <= 64` consecutive elements `e`
/// at `base` with `pivot` and returns the answers `less(e, pivot)` as a bit mask, shifted
/// in one at a time from the bottom: bit `n - 1 - i` for element `i`. One indirect call
/// compares a whole block, with the comparator inlined in a loop that has no
/// data-dependent branch and no variable shift (each answer costs a compare and a
/// shift-and-add); the core reverses the mask once per call (see [`unreverse`]).
///
/// # Safety
/// As for [`LessFn`] for each element and `pivot`; nothing mutates them during the call;
/// `n <= 64`.
pub(crate) type ManyFn = unsafe fn(*mut (), *const u8, usize, *const u8) -> u64;

/// `net(data, base, pairs, count)`: applies the `count` compare-exchanges at `pairs` to the
/// elements at `base`, in order: for each `[i, j]` (with `i < j`), if element `j` is less
/// than element `i`, the two are swapped. With the pairs of a sorting network
/// ([`network`]) this sorts a short run in one indirect call, with the comparator and the
/// exchange inlined in a loop without a data-dependent branch. Each exchange completes
/// before the next comparison, so a panicking comparator leaves a permutation.
///
/// # Safety
/// As for [`ManyFn`], except that the function moves elements; every index in the pairs
/// is less than the number of elements at `base`, and the two indices of a pair differ.
pub(crate) type SwapNetFn = unsafe fn(*mut (), *mut u8, *const [u8; 2], usize);

/// `net(data, base, pairs, count, perm)`: as [`SwapNetFn`], but exchanges the entries of
/// the index array `perm` instead of the elements, comparing the elements the entries
/// name. The elements do not move; afterwards, element `perm[k]` belongs at position `k`.
///
/// # Safety
/// As for [`ManyFn`]; every index in the pairs is less than the number of elements at
/// `base`; so is every entry of `perm`, which is writable at every index in the pairs.
pub(crate) type IndexNetFn = unsafe fn(*mut (), *const u8, *const [u8; 2], usize, *mut u8);

/// How a table sorts a short run along a sorting network.
#[derive(Clone, Copy)]
pub(crate) enum Net {
    /// Moves the elements at each compare-exchange: for elements of up to
    /// [`SWAP_NET_BYTES`], which two loads and two stores move.
    Swap(SwapNetFn),
    /// Exchanges indices; the core then moves each element once.
    Index(IndexNetFn),
}

/// Elements up to this size are sorted along a network by moving them ([`Net::Swap`]);
/// larger ones by exchanging indices ([`Net::Index`]). On 1e5 random 40-byte records,
/// moving the elements at every exchange made `sort_unstable` take 8.2 ms against 5.9 ms
/// with indices (best of 15, alternating in one process); for `u64`s the two were within
/// noise of each other.
pub(crate) const SWAP_NET_BYTES: usize = 16;

/// The two slots of exchange `k` of a [`SwapNetFn`]'s network: elements `i` and `j` of
/// the `size`-byte elements at `e`, for `[i, j] = pairs[k]`. Shared by every shim's
/// network loop (and inlined into it in optimized builds), so that the loop's per-type
/// code is the comparison.
///
/// # Safety
/// `pairs` is readable at `k`; both slots are within the elements at `e`.
#[inline]
pub(crate) unsafe fn net_slots(
    e: *mut u8,
    pairs: *const [u8; 2],
    k: usize,
    size: usize,
) -> (*mut u8, *mut u8) {
    // SAFETY: the caller's guarantee.
    unsafe {
        let [i, j] = pairs.add(k).read();
        (e.add(i as usize * size), e.add(j as usize * size))
    }
}

/// Swaps the `size`-byte elements at `a` and `b` if `swap`, without a branch: both are
/// copied out of the slot the flag selects and written back in order. For a
/// [`SwapNetFn`]'s exchanges, after the comparison (see [`net_slots`]).
///
/// # Safety
/// `a` and `b` are distinct element slots of `size <= SWAP_NET_BYTES` bytes.
#[inline]
pub(crate) unsafe fn exchange(a: *mut u8, b: *mut u8, swap: bool, size: usize) {
    debug_assert!(size <= SWAP_NET_BYTES);
    let mut x = MaybeUninit::<[u8; SWAP_NET_BYTES]>::uninit();
    let mut y = MaybeUninit::<[u8; SWAP_NET_BYTES]>::uninit();
    let (x, y) = (x.as_mut_ptr() as *mut u8, y.as_mut_ptr() as *mut u8);
    let (lo, hi) = if swap { (b, a) } else { (a, b) };
    // SAFETY: the slots are distinct and `size` bytes long, the buffers local and at
    // least as long; byte copies carry padding as it is.
    unsafe {
        ptr::copy_nonoverlapping(lo, x, size);
        ptr::copy_nonoverlapping(hi, y, size);
        ptr::copy_nonoverlapping(x, a, size);
        ptr::copy_nonoverlapping(y, b, size);
    }
}

/// Exchange `k` of an [`IndexNetFn`]'s network: the entries `perm[i]` and `perm[j]` for
/// `[i, j] = pairs[k]`, and the `size`-byte elements at `e` they name. As
/// [`net_slots`], for the index networks; see [`index_exchange`].
///
/// # Safety
/// `pairs` is readable at `k`; `perm` at `i` and `j`; the entries are within the
/// elements at `e`.
#[inline]
pub(crate) unsafe fn index_slots(
    e: *const u8,
    perm: *mut u8,
    pairs: *const [u8; 2],
    k: usize,
    size: usize,
) -> ([*mut u8; 2], [*const u8; 2]) {
    // SAFETY: the caller's guarantee.
    unsafe {
        let [i, j] = pairs.add(k).read();
        let (pi, pj) = (perm.add(i as usize), perm.add(j as usize));
        let (a, b) = (pi.read() as usize, pj.read() as usize);
        ([pi, pj], [e.add(a * size), e.add(b * size)])
    }
}

/// Swaps the index entries at `p[0]` and `p[1]` if `swap`, without a branch.
///
/// # Safety
/// Both entries are readable and writable.
#[inline]
pub(crate) unsafe fn index_exchange(p: [*mut u8; 2], swap: bool) {
    // SAFETY: the caller's guarantee.
    unsafe {
        let (a, b) = (p[0].read(), p[1].read());
        // A masked xor, with the flag hidden from the optimizer: both `if swap { .. }`
        // and the plain mask compile to a branch here (x86-64, LLVM), which random
        // input mispredicts half the time. Hiding the flag costs a store and a load;
        // on 1e5 random 40-byte records the branchless version sorted about 15% faster.
        let d = (a ^ b) & core::hint::black_box(swap as u8).wrapping_neg();
        p[0].write(a ^ d);
        p[1].write(b ^ d);
    }
}

/// A block comparator's answers for `n <= 64` elements, which it gives first-answer
/// highest (see [`ManyFn`]), with answer `i` moved to bit `i`.
#[inline(always)]
fn unreverse(m: u64, n: usize) -> u64 {
    debug_assert!(n <= 64);
    if n == 0 {
        0
    } else {
        m.reverse_bits() >> (64 - n)
    }
}

/// The low `n` bits set, for `n <= 64`.
#[inline(always)]
fn low_bits(n: usize) -> u64 {
    debug_assert!(n <= 64);
    if n >= 64 {
        u64::MAX
    } else {
        (1u64 << n) - 1
    }
}

/// What the core needs to know about one (element type, comparator type) pair: the
/// element layout and the two erased comparison functions. Built once per pair as a
/// constant by the shims in `small::sort`.
pub(crate) struct Table {
    /// Size of an element in bytes.
    pub(crate) size: usize,
    /// Alignment of an element in bytes.
    pub(crate) align: usize,
    /// One comparison.
    pub(crate) cmp: Compare,
    /// A block of comparisons against one pivot.
    pub(crate) many: ManyFn,
    /// The sorting-network function for short runs; `None` for elements that are not
    /// plain data (see [`Table::plain`]), so that no such function exists for them, and
    /// their short runs are merged or insertion-sorted instead (see [`leaf_sort`]).
    pub(crate) net: Option<Net>,
}

impl Table {
    /// Whether short runs of elements with this layout are sorted along a sorting network
    /// (the table's `net` function) and, in the stable sort when the network's output
    /// has ties, by rank, rather than by merging or insertion.
    ///
    /// A network (103 exchanges for 20 elements) and the rank sort (`len²` comparisons)
    /// each take one call and no data-dependent branch, which pays off when a comparison
    /// costs a few instructions. Elements without drop glue are plain data, usually
    /// compared by value; elements that own memory (`String`, `Vec`, `Box`) usually
    /// compare through it, where fewer comparisons count for more, and a network would
    /// add per-type code above the size budget. Measured with callgrind: `sort_unstable`
    /// of 1e6 random `u64`s takes 283M instructions with networks against 357M by rank,
    /// and of 1e5 40-byte records 46M against 66M; the stable sort of the `u64`s, with
    /// networks checked for ties, 492M against 566M by rank. Sorting short runs of
    /// `String`s by rank was about 50% slower than by insertion.
    pub(crate) const fn plain(size: usize, align: usize, needs_drop: bool) -> bool {
        !needs_drop && size <= RANK_BYTES && align <= RANK_ALIGN
    }
}

/// Slices up to this length are sorted directly: along a network, by rank, by merging or
/// by insertion (see [`leaf_sort`]). For the unstable sort, 32 was measured against 20:
/// no fewer instructions and slower 40-byte records.
const MAX_INSERTION: usize = 20;
/// The stable sort extends natural runs shorter than this with insertion sort.
const MIN_RUN: usize = 16;
/// Bytes of scratch space kept on the stack; larger scratch goes to the heap.
const STACK_BYTES: usize = 4096;
/// Alignment of the stack scratch; over-aligned elements use the heap.
const STACK_ALIGN: usize = 16;

/// Stack scratch space.
#[repr(C, align(16))]
struct StackBuf(MaybeUninit<[u8; STACK_BYTES]>);

/// Scratch storage for a number of elements: the caller's [`StackBuf`] when it fits,
/// otherwise a heap block allocated with the element's alignment and freed on drop (also
/// while unwinding). The scratch never owns elements: they are only copied through it.
struct Scratch {
    ptr: *mut u8,
    heap: Option<Layout>,
}

impl Scratch {
    /// Room for `count` elements of `size` bytes aligned to `align`; `size * count > 0`.
    fn new(stack: &mut StackBuf, size: usize, align: usize, count: usize) -> Scratch {
        let bytes = size.saturating_mul(count);
        if bytes <= STACK_BYTES && align <= STACK_ALIGN {
            return Scratch {
                ptr: stack.0.as_mut_ptr() as *mut u8,
                heap: None,
            };
        }
        let layout = match Layout::from_size_align(bytes, align) {
            Ok(l) => l,
            Err(_) => scratch_overflow(),
        };
        // SAFETY: `layout` has a non-zero size: both `size` and `count` are non-zero.
        let ptr = unsafe { alloc(layout) };
        if ptr.is_null() {
            handle_alloc_error(layout)
        }
        Scratch {
            ptr,
            heap: Some(layout),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some(layout) = self.heap {
            // SAFETY: `ptr` was allocated in `new` with exactly this layout.
            unsafe { dealloc(self.ptr, layout) }
        }
    }
}

#[cold]
#[inline(never)]
fn scratch_overflow() -> ! {
    panic!("sort scratch buffer size overflows isize::MAX")
}

#[cold]
#[inline(never)]
#[track_caller]
fn select_out_of_bounds(index: usize, len: usize) -> ! {
    panic!("partition_at_index index {index} greater than length of slice {len}")
}

/// Calls `$f::<S>` with `S` the element size if it is one of the sizes the core is
/// specialised for, and `S = 0` (size read at run time) otherwise.
macro_rules! by_size {
    ($size:expr, $f:ident($($arg:expr),* $(,)?)) => {
        match $size {
            4 => $f::<4>($($arg),*),
            8 => $f::<8>($($arg),*),
            16 => $f::<16>($($arg),*),
            24 => $f::<24>($($arg),*),
            _ => $f::<0>($($arg),*),
        }
    };
}

/// What every algorithm needs: the element size (the constant `S`, or `size` when `S` is
/// 0), the erased comparator and one aligned scratch slot.
struct Ctx<const S: usize> {
    /// Element size in bytes; equal to `S` when `S != 0`. Never 0.
    size: usize,
    /// The comparator's data pointer.
    data: *mut (),
    /// The erased comparator.
    cmp: Compare,
    /// The erased block comparator.
    many: ManyFn,
    /// The erased sorting-network function, if elements are plain data.
    net: Option<Net>,
    /// Whether short runs that have no network are sorted by [`merge_leaf_sort`].
    merge_leaves: bool,
    /// One element slot, aligned for the element type, outside the slice.
    tmp: *mut u8,
}

impl<const S: usize> Ctx<S> {
    #[inline(always)]
    fn new(data: *mut (), t: &Table, tmp: *mut u8) -> Self {
        Ctx {
            size: t.size,
            data,
            cmp: t.cmp,
            many: t.many,
            net: t.net,
            merge_leaves: t.net.is_none() && t.size <= RANK_BYTES && t.align <= RANK_ALIGN,
            tmp,
        }
    }

    /// The same context with the element size read at run time. Fallbacks, and short-run
    /// sorts whose cost is in the comparisons, take it: one copy of their code serves
    /// every size instead of one per size `by_size!` specialises.
    #[inline(always)]
    fn any_size(&self) -> Ctx<0> {
        Ctx {
            size: self.size,
            data: self.data,
            cmp: self.cmp,
            many: self.many,
            net: self.net,
            merge_leaves: self.merge_leaves,
            tmp: self.tmp,
        }
    }

    /// The mask of the `n <= 64` elements at `base` that are less than `pivot`, negated
    /// within the low `n` bits if `neg`; see [`ManyFn`].
    ///
    /// # Safety
    /// `base` points to `n <= 64` initialized elements, `pivot` to one.
    #[inline(always)]
    unsafe fn many(&self, base: *const u8, n: usize, pivot: *const u8, neg: bool) -> u64 {
        debug_assert!(n <= 64);
        // SAFETY: forwarded; `data` and `many` were paired by the shim.
        let m = unreverse(unsafe { (self.many)(self.data, base, n, pivot) }, n);
        // `unreverse` leaves only the low `n` bits.
        if neg {
            m ^ low_bits(n)
        } else {
            m
        }
    }

    /// Writes to `out` the indices of the `n <= BLOCK` elements at `base` that are not
    /// less than `pivot` (if `neg`) or less than it (if not), in increasing order; returns
    /// the end of what it wrote.
    ///
    /// # Safety
    /// `base` points to `n <= BLOCK` initialized elements, `pivot` to one; `out` has room
    /// for `n` indices.
    #[inline(always)]
    unsafe fn select(
        &self,
        base: *const u8,
        n: usize,
        pivot: *const u8,
        neg: bool,
        out: *mut u8,
    ) -> *mut u8 {
        debug_assert!(n <= BLOCK);
        let mut end = out;
        let mut first = 0;
        // SAFETY: every chunk is within the `n` elements; at most `n` indices are written.
        unsafe {
            while first < n {
                let k = (n - first).min(64);
                let mut m = self.many(base.add(first * self.size()), k, pivot, neg);
                while m != 0 {
                    *end = (first + m.trailing_zeros() as usize) as u8;
                    end = end.add(1);
                    m &= m - 1;
                }
                first += k;
            }
        }
        end
    }

    #[inline(always)]
    fn size(&self) -> usize {
        if S == 0 {
            self.size
        } else {
            S
        }
    }

    /// Pointer to element `i` of the slice at `base`.
    ///
    /// # Safety
    /// Element `i` must be within (or one past) the slice at `base`.
    #[inline(always)]
    unsafe fn at(&self, base: *mut u8, i: usize) -> *mut u8 {
        // SAFETY: the caller keeps `i` in bounds.
        unsafe { base.add(i * self.size()) }
    }

    /// # Safety
    /// `a` and `b` point to initialized, aligned elements.
    #[inline(always)]
    unsafe fn lt(&self, a: *const u8, b: *const u8) -> bool {
        // SAFETY: the shim built the table for the element type and paired `data` with
        // `less`; the caller vouches for `a`, `b`, which nothing writes during the call.
        unsafe {
            match self.cmp {
                Compare::Ord(cmp) => cmp(a, b) == Ordering::Less,
                Compare::Less(less) => less(self.data, a, b),
            }
        }
    }

    /// Copies the element at `src` to `dst`.
    ///
    /// # Safety
    /// `src` and `dst` are element slots, equal or disjoint.
    #[inline(always)]
    unsafe fn copy(&self, src: *const u8, dst: *mut u8) {
        /// Copies `size` bytes, `size_of::<W>() <= size <= 2 * size_of::<W>()`, as two
        /// possibly overlapping `MaybeUninit<W>` moves: the first and the last
        /// `size_of::<W>()` bytes.
        #[inline(always)]
        unsafe fn two<W>(src: *const u8, dst: *mut u8, size: usize) {
            let last = size - size_of::<W>();
            // SAFETY: both moves stay within the `size` bytes of each slot; both words
            // are read before either is written, so equal slots are fine; `MaybeUninit`
            // words may hold padding.
            unsafe {
                let a = (src as *const MaybeUninit<W>).read_unaligned();
                let b = (src.add(last) as *const MaybeUninit<W>).read_unaligned();
                (dst as *mut MaybeUninit<W>).write_unaligned(a);
                (dst.add(last) as *mut MaybeUninit<W>).write_unaligned(b);
            }
        }
        let size = self.size();
        // SAFETY: slots of `size` bytes are equal or disjoint, as both branches allow.
        unsafe {
            if S == 0 && (8..=64).contains(&size) {
                // Other sizes up to 64 bytes: two moves beat a call to `memcpy`. The
                // branches depend only on the size, fixed for a whole sort.
                if size >= 32 {
                    // The first and the last 32 bytes, each as two `u128`s: 32-byte
                    // array words went through the stack.
                    let last = size - 32;
                    two::<u128>(src, dst, 32);
                    two::<u128>(src.add(last), dst.add(last), 32)
                } else if size >= 16 {
                    two::<u128>(src, dst, size)
                } else {
                    two::<u64>(src, dst, size)
                }
            } else {
                copy_elem(src, dst, size)
            }
        }
    }

    /// Swaps two element slots, which may be the same one; without a branch, in
    /// registers, when the size is a constant.
    ///
    /// # Safety
    /// `a` and `b` are element slots, equal or disjoint.
    #[inline(always)]
    unsafe fn swap(&self, a: *mut u8, b: *mut u8) {
        // SAFETY: forwarded; each branch meets `swap_two`'s bounds on the size.
        unsafe {
            if (4..=32).contains(&S) {
                // Words: moving `[u8; S]` arrays went through the stack.
                if S < 8 {
                    swap_two::<u32>(a, b, S)
                } else if S < 16 {
                    swap_two::<u64>(a, b, S)
                } else {
                    swap_two::<u128>(a, b, S)
                }
            } else if S == 0 && (8..=64).contains(&self.size) {
                // Other sizes up to 64 bytes, as in `copy`; the branches depend only on
                // the size, fixed for a whole sort.
                let size = self.size;
                if size > 32 {
                    swap_wide(a, b, size)
                } else if size >= 16 {
                    swap_two::<u128>(a, b, size)
                } else {
                    swap_two::<u64>(a, b, size)
                }
            } else {
                swap_elem(a, b, self.size())
            }
        }
    }
}

/// Swaps `size` bytes at `a` and `b`, `32 < size <= 64`, in registers: the first and the
/// last 32 bytes of each, as `u128` words, all read before any is written.
///
/// # Safety
/// Both must be valid for reads and writes of `size` bytes, and either equal or disjoint.
#[inline(always)]
unsafe fn swap_wide(a: *mut u8, b: *mut u8, size: usize) {
    let offsets = [0, 16, size - 32, size - 16];
    // SAFETY: every word lies within the `size` bytes of its slot; all are read before
    // any is written, so equal slots are fine; where words of a slot overlap, their writes
    // store the same bytes of the other slot.
    unsafe {
        let x = offsets.map(|o| (a.add(o) as *const MaybeUninit<u128>).read_unaligned());
        let y = offsets.map(|o| (b.add(o) as *const MaybeUninit<u128>).read_unaligned());
        for i in 0..4 {
            (a.add(offsets[i]) as *mut MaybeUninit<u128>).write_unaligned(y[i]);
            (b.add(offsets[i]) as *mut MaybeUninit<u128>).write_unaligned(x[i]);
        }
    }
}

/// Swaps `size` bytes at `a` and `b`, `size_of::<W>() <= size <= 2 * size_of::<W>()`, as
/// two possibly overlapping `MaybeUninit<W>` words on each side (the first and the last
/// `size_of::<W>()` bytes), all read before any is written.
///
/// # Safety
/// Both must be valid for reads and writes of `size` bytes, and either equal or disjoint.
#[inline(always)]
unsafe fn swap_two<W>(a: *mut u8, b: *mut u8, size: usize) {
    let last = size - size_of::<W>();
    // SAFETY: every word lies within the `size` bytes of its slot; all four are read
    // before any write, so equal slots are fine; where the two words of a slot overlap,
    // both writes store the same bytes of the other slot.
    unsafe {
        let a0 = (a as *const MaybeUninit<W>).read_unaligned();
        let a1 = (a.add(last) as *const MaybeUninit<W>).read_unaligned();
        let b0 = (b as *const MaybeUninit<W>).read_unaligned();
        let b1 = (b.add(last) as *const MaybeUninit<W>).read_unaligned();
        (a as *mut MaybeUninit<W>).write_unaligned(b0);
        (a.add(last) as *mut MaybeUninit<W>).write_unaligned(b1);
        (b as *mut MaybeUninit<W>).write_unaligned(a0);
        (b.add(last) as *mut MaybeUninit<W>).write_unaligned(a1);
    }
}

/// Swaps the elements at `a` and `b`, which may be the same slot.
///
/// # Safety
/// Both must be valid for reads and writes of `size` bytes, and either equal or disjoint.
#[inline(always)]
unsafe fn swap_elem(a: *mut u8, b: *mut u8, size: usize) {
    if a == b {
        return;
    }
    // SAFETY: `a` and `b` are disjoint element slots; `t` is a local buffer.
    unsafe {
        if size <= 32 {
            let mut t = MaybeUninit::<[u8; 32]>::uninit();
            let t = t.as_mut_ptr() as *mut u8;
            copy_elem(a, t, size);
            copy_elem(b, a, size);
            copy_elem(t, b, size);
        } else {
            // `MaybeUninit` words: elements may contain padding (uninitialized bytes).
            let mut i = 0;
            while i + 8 <= size {
                let pa = a.add(i) as *mut MaybeUninit<u64>;
                let pb = b.add(i) as *mut MaybeUninit<u64>;
                let x = pa.read_unaligned();
                pa.write_unaligned(pb.read_unaligned());
                pb.write_unaligned(x);
                i += 8;
            }
            while i < size {
                let pa = a.add(i) as *mut MaybeUninit<u8>;
                let pb = b.add(i) as *mut MaybeUninit<u8>;
                let x = pa.read();
                pa.write(pb.read());
                pb.write(x);
                i += 1;
            }
        }
    }
}

/// Guard: when dropped, copies the held-out element at `src` into the gap at `dst`.
struct Gap {
    src: *const u8,
    dst: *mut u8,
    size: usize,
}

impl Drop for Gap {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: `src` is the scratch slot holding the element, `dst` the slice's only
        // gap (a stale duplicate); they are disjoint.
        unsafe { copy_elem(self.src, self.dst, self.size) }
    }
}

/// Guard for a merge: when dropped, copies the unmerged scratch elements `start..end`
/// into the slice's gap, which starts at `dest` and has the same length.
struct MergeHole {
    start: *mut u8,
    end: *mut u8,
    dest: *mut u8,
}

impl Drop for MergeHole {
    #[inline(always)]
    fn drop(&mut self) {
        let bytes = self.end as usize - self.start as usize;
        // SAFETY: `start..end` is in the scratch buffer, the gap in the slice; the gap has
        // exactly `bytes` bytes (merge invariant).
        unsafe { ptr::copy_nonoverlapping(self.start, self.dest, bytes) }
    }
}

/// Inserts element `i` into the sorted prefix `0..i`. `i >= 1`.
///
/// # Safety
/// `v` points to at least `i + 1` initialized elements.
#[inline(always)]
unsafe fn insert_tail<const S: usize>(c: &Ctx<S>, v: *mut u8, i: usize) {
    // SAFETY: all indices are `<= i`. From the first copy on, the element of `i` is held in
    // `tmp` and the guard will put it into the only gap, whatever the comparator does.
    unsafe {
        let cur = c.at(v, i);
        let prev = c.at(v, i - 1);
        if !c.lt(cur, prev) {
            return;
        }
        c.copy(cur, c.tmp);
        c.copy(prev, cur);
        let mut gap = Gap {
            src: c.tmp,
            dst: prev,
            size: c.size(),
        };
        let mut j = i - 1;
        while j > 0 {
            let p = c.at(v, j - 1);
            if !c.lt(c.tmp, p) {
                break;
            }
            c.copy(p, gap.dst);
            gap.dst = p;
            j -= 1;
        }
    }
}

/// Inserts element 0 into the sorted suffix `1..len`. `len >= 2`.
///
/// # Safety
/// `v` points to at least `len` initialized elements.
#[inline(always)]
unsafe fn insert_head<const S: usize>(c: &Ctx<S>, v: *mut u8, len: usize) {
    // SAFETY: as in `insert_tail`, mirrored; indices stay below `len`.
    unsafe {
        let second = c.at(v, 1);
        if !c.lt(second, v) {
            return;
        }
        c.copy(v, c.tmp);
        c.copy(second, v);
        let mut gap = Gap {
            src: c.tmp,
            dst: second,
            size: c.size(),
        };
        let mut i = 2;
        while i < len {
            let p = c.at(v, i);
            if !c.lt(p, c.tmp) {
                break;
            }
            c.copy(p, gap.dst);
            gap.dst = p;
            i += 1;
        }
    }
}

/// Insertion sort of `len` elements whose prefix `0..offset` is sorted. `offset >= 1`.
///
/// # Safety
/// `v` points to `len` initialized elements.
unsafe fn insertion_sort<const S: usize>(c: &Ctx<S>, v: *mut u8, len: usize, offset: usize) {
    let mut i = offset;
    while i < len {
        // SAFETY: `1 <= i < len`.
        unsafe { insert_tail(c, v, i) };
        i += 1;
    }
}

// A short slice's comparisons against one element fit one 64-bit mask.
const _: () = assert!(MAX_INSERTION <= 64);

/// Elements up to this size may be sorted by rank, network or merging in short slices
/// (see [`rank_sort`], [`network_sort`], [`merge_leaf_sort`] and [`Table::plain`]).
const RANK_BYTES: usize = 64;

/// The alignment of the short-run buffers ([`gather`], [`merge_leaf_sort`]); more
/// strictly aligned elements are sorted by insertion.
const RANK_ALIGN: usize = 16;

/// Sorts a short slice (`len <= MAX_INSERTION`), stably if `rank_runs` is `Some` (the
/// stable sort's count for [`stable_plain_leaf`]). Plain-data elements (see
/// [`Table::plain`]) are sorted along a sorting network; if stably, only when its output
/// has no ties, and by rank otherwise. Other elements of up to `RANK_BYTES` are
/// sorted by [`merge_leaf_sort`] from `MERGE_LEAF_MIN` elements on. The rest, and any
/// run whose comparator the rank sort finds inconsistent, are sorted by insertion. All
/// but the unstable network keep equal elements in order.
///
/// # Safety
/// `v` points to `len` initialized elements.
#[inline(always)]
unsafe fn leaf_sort<const S: usize>(
    c: &Ctx<S>,
    v: *mut u8,
    len: usize,
    rank_runs: Option<&mut u32>,
) {
    debug_assert!(len <= MAX_INSERTION);
    // SAFETY: forwarded; the network for `len` elements indexes below `len`.
    unsafe {
        if len < 2 {
            return;
        }
        let sorted = match (c.net, rank_runs) {
            (Some(net), Some(rank_runs)) => stable_plain_leaf(c, v, len, net, rank_runs),
            (Some(net), None) => network_sort(c, v, len, net, false),
            (None, _) if c.merge_leaves && len >= MERGE_LEAF_MIN => {
                merge_leaf_sort(&c.any_size(), v, len);
                true
            }
            (None, _) => false,
        };
        if !sorted {
            insertion_sort(c, v, len, 1);
        }
    }
}

/// After a short run whose network output had ties, the stable sort sorts this many runs
/// by rank before it tries a network again.
const RANK_RUNS_AFTER_TIES: u32 = 8;

/// The stable sort of a short run of plain data: along the network if its output has no
/// ties, otherwise by rank. After a run with ties, the next `RANK_RUNS_AFTER_TIES` go
/// straight to the rank sort (`rank_runs` counts them down), so that inputs with many
/// equal elements do not pay for both. Returns `false` if the rank sort found the
/// comparator inconsistent (nothing moved).
///
/// # Safety
/// As for [`network_sort`].
unsafe fn stable_plain_leaf<const S: usize>(
    c: &Ctx<S>,
    v: *mut u8,
    len: usize,
    net: Net,
    rank_runs: &mut u32,
) -> bool {
    // SAFETY: forwarded.
    unsafe {
        if *rank_runs == 0 && network_sort(c, v, len, net, true) {
            return true;
        }
        *rank_runs = match *rank_runs {
            0 => RANK_RUNS_AFTER_TIES,
            n => n - 1,
        };
        rank_sort(&c.any_size(), v, len)
    }
}

/// Short runs of at least this many elements without a network are sorted by
/// [`merge_leaf_sort`], shorter ones by insertion.
const MERGE_LEAF_MIN: usize = 8;

/// Sorts `len` elements (`MERGE_LEAF_MIN <= len <= MAX_INSERTION`) stably, with fewer
/// comparisons than insertion sort and few branches on their answers, for elements whose
/// comparisons go through the comparator one at a time.
///
/// Each half is sorted into a buffer: its first four elements by [`sort4_stable`], then
/// the rest inserted one by one. The two halves are then merged back into the slice from
/// both ends at once, `len / 2` steps each way, which reads only within the buffer
/// whatever the comparator answers. If the two merges do not meet exactly, the
/// comparator is inconsistent and the buffer is copied back unmerged.
///
/// Until the merge, the slice is only read; from then on, a guard copies the whole buffer
/// (every element once) back into the slice if the comparator panics.
///
/// # Safety
/// `v` points to `len` initialized elements of at most `RANK_BYTES` bytes and alignment
/// at most `RANK_ALIGN`.
#[inline(never)]
unsafe fn merge_leaf_sort(c: &Ctx<0>, v: *mut u8, len: usize) {
    debug_assert!((MERGE_LEAF_MIN..=MAX_INSERTION).contains(&len) && c.size() <= RANK_BYTES);
    let sz = c.size();
    let half = len / 2;
    let mut buf = MaybeUninit::<[[u128; RANK_BYTES / 16]; MAX_INSERTION]>::uninit();
    let b = buf.as_mut_ptr() as *mut u8;
    // SAFETY: `b` has `MAX_INSERTION >= len` slots of `RANK_BYTES >= sz` bytes aligned to
    // `RANK_ALIGN`. Both halves have at least 4 elements. `insert_tail` keeps the buffer
    // holding each of the half's elements once (its guard fills its gap).
    unsafe {
        for (start, n) in [(0, half), (half, len - half)] {
            let (src, dst) = (c.at(v, start), c.at(b, start));
            sort4_stable(c, src, dst);
            for i in 4..n {
                c.copy(c.at(src, i), c.at(dst, i));
                insert_tail(c, dst, i);
            }
        }
    }
    // Copies the buffer back over the slice if dropped: on a panic, or if the merges do
    // not meet.
    let restore = MergeHole {
        start: b,
        // SAFETY: one past the `len` slots in use.
        end: unsafe { c.at(b, len) },
        dest: v,
    };
    // Front cursors (`l`, `r`) and back cursors (`lb`, `rb`), as byte offsets into the
    // buffer; the back ones may end one slot before their half (so they wrap below 0).
    let (mut l, mut r) = (0usize, half * sz);
    let (mut lb, mut rb) = ((half - 1) * sz, (len - 1) * sz);
    // SAFETY: after `k < len / 2` steps each way, `l + (r - half)` and
    // `(half - 1 - lb) + (len - 1 - rb)` (in slots) are `k`, so every cursor read is within
    // its half or, for `l`, at most at slot `half`: all within the `len` slots. Each step
    // writes a distinct slot of `v`, from the front or from the back.
    unsafe {
        let at = |off: usize| b.add(off);
        for k in 0..half {
            let take_r = c.lt(at(r), at(l));
            c.copy(if take_r { at(r) } else { at(l) }, c.at(v, k));
            r += take_r as usize * sz;
            l += (!take_r) as usize * sz;
            let take_l = c.lt(at(rb), at(lb));
            c.copy(if take_l { at(lb) } else { at(rb) }, c.at(v, len - 1 - k));
            lb = lb.wrapping_sub(take_l as usize * sz);
            rb = rb.wrapping_sub((!take_l) as usize * sz);
        }
        if len % 2 == 1 {
            // The middle element: the left half's if it has one left.
            let from_left = l < lb.wrapping_add(sz);
            c.copy(if from_left { at(l) } else { at(r) }, c.at(v, half));
            l += from_left as usize * sz;
            r += (!from_left) as usize * sz;
        }
    }
    if l == lb.wrapping_add(sz) && r == rb.wrapping_add(sz) {
        // Every element was taken exactly once.
        core::mem::forget(restore);
    }
}

/// Copies the four elements at `src` to `dst` in sorted order, equal ones in their
/// original order, with five comparisons and no branch on their answers. Whatever the
/// comparator answers, `dst` gets each of the four once.
///
/// # Safety
/// `src` points to 4 initialized elements; `dst` to 4 slots disjoint from them.
#[inline(always)]
unsafe fn sort4_stable(c: &Ctx<0>, src: *mut u8, dst: *mut u8) {
    // SAFETY: all indices are below 4.
    unsafe {
        let e = |i: usize| c.at(src, i);
        // Sort each pair: `a <= b` and `x <= y`, equal ones in original order.
        let s1 = c.lt(e(1), e(0));
        let s2 = c.lt(e(3), e(2));
        let (a, b) = (e(s1 as usize), e((!s1) as usize));
        let (x, y) = (e(2 + s2 as usize), e(2 + (!s2) as usize));
        // The least of the four is `a` or `x`, the greatest `b` or `y`; on ties the one
        // that came first is less.
        let x_first = c.lt(x, a);
        let b_last = c.lt(y, b);
        let least = if x_first { x } else { a };
        let greatest = if b_last { b } else { y };
        // The other two, in original order when they are equal.
        let mid_l = if x_first {
            a
        } else if b_last {
            x
        } else {
            b
        };
        let mid_r = if b_last {
            y
        } else if x_first {
            b
        } else {
            x
        };
        let swap = c.lt(mid_r, mid_l);
        let (lo, hi) = if swap { (mid_r, mid_l) } else { (mid_l, mid_r) };
        c.copy(least, dst);
        c.copy(lo, c.at(dst, 1));
        c.copy(hi, c.at(dst, 2));
        c.copy(greatest, c.at(dst, 3));
    }
}

/// Sorts `len <= MAX_INSERTION` elements along the sorting network for `len`, with one
/// call of the table's network function, and returns `true`.
///
/// A network is not stable. If `stable`, its output is accepted only when it is strictly
/// increasing (each element less than the next, `len - 1` more comparisons): then no two
/// elements are equal, so every sort gives that same order. Otherwise the slice is left
/// as it was and the result is `false`: [`Net::Index`] networks only permute indices
/// before [`gather`], and the elements a [`Net::Swap`] network moved are copied back
/// from a saved copy. For random input the check passes, and the network makes fewer
/// comparisons than [`rank_sort`].
///
/// # Safety
/// `v` points to `len` initialized elements of at most `RANK_BYTES` bytes; `net` is the
/// table's.
#[inline(never)]
unsafe fn network_sort<const S: usize>(
    c: &Ctx<S>,
    v: *mut u8,
    len: usize,
    net: Net,
    stable: bool,
) -> bool {
    debug_assert!(len <= MAX_INSERTION && c.size() <= RANK_BYTES);
    let pairs = network(len);
    let sz = c.size();
    // SAFETY: the network for `len` elements indexes below `len`, with distinct indices
    // in each pair; `perm` starts as the identity on `0..len` and the exchanges only
    // permute its entries, so `gather` gets a permutation of `0..len`. `saved` holds the
    // `len` elements of at most `SWAP_NET_BYTES` bytes that a swap network moves, and is
    // copied back over the same bytes.
    unsafe {
        match net {
            Net::Swap(f) => {
                debug_assert!(sz <= SWAP_NET_BYTES);
                let mut saved = MaybeUninit::<[[u8; SWAP_NET_BYTES]; MAX_INSERTION]>::uninit();
                let saved = saved.as_mut_ptr() as *mut u8;
                if stable {
                    ptr::copy_nonoverlapping(v, saved, len * sz);
                }
                f(c.data, v, pairs.as_ptr(), pairs.len());
                if stable && !(1..len).all(|i| c.lt(c.at(v, i - 1), c.at(v, i))) {
                    ptr::copy_nonoverlapping(saved, v, len * sz);
                    return false;
                }
            }
            Net::Index(f) => {
                let mut perm = IDENTITY;
                f(c.data, v, pairs.as_ptr(), pairs.len(), perm.as_mut_ptr());
                let perm = &perm[..len];
                let at = |k: usize| c.at(v, perm[k] as usize);
                if stable && !(1..len).all(|k| c.lt(at(k - 1), at(k))) {
                    return false;
                }
                gather(c, v, perm);
            }
        }
    }
    true
}

/// `[0, 1, 2, ..]`: the starting permutation of [`Net::Index`] networks.
const IDENTITY: [u8; MAX_INSERTION] = {
    let mut a = [0; MAX_INSERTION];
    let mut i = 0;
    while i < MAX_INSERTION {
        a[i] = i as u8;
        i += 1;
    }
    a
};

/// Reorders the `src.len() <= MAX_INSERTION` elements at `v` so that position `k` gets
/// the element that was at `src[k]`, moving each element once into a buffer and the
/// buffer back.
///
/// # Safety
/// `v` points to `src.len()` initialized elements of at most `RANK_BYTES` bytes and
/// alignment at most `RANK_ALIGN`; `src` is a permutation of `0..src.len()`.
#[inline(always)]
unsafe fn gather<const S: usize>(c: &Ctx<S>, v: *mut u8, src: &[u8]) {
    debug_assert!(src.len() <= MAX_INSERTION && c.size() <= RANK_BYTES);
    let sz = c.size();
    let mut buf = MaybeUninit::<[[u128; RANK_BYTES / 16]; MAX_INSERTION]>::uninit();
    let buf = buf.as_mut_ptr() as *mut u8;
    // SAFETY: `buf` has `src.len()` slots of `RANK_BYTES >= sz` bytes aligned to
    // `RANK_ALIGN`, each written once; since `src` is a permutation, the copy back
    // leaves every element in exactly one place.
    unsafe {
        for (k, &i) in src.iter().enumerate() {
            c.copy(c.at(v, i as usize), buf.add(k * sz));
        }
        ptr::copy_nonoverlapping(buf, v, src.len() * sz);
    }
}

/// The number of compare-exchanges in [`NETWORKS`].
const NET_PAIRS: usize = {
    let mut total = 0;
    let mut n = 0;
    while n <= MAX_INSERTION {
        total += batcher(n, &mut []);
        n += 1;
    }
    total
};

/// Sorting networks for every length up to `MAX_INSERTION`, one after the other.
struct Networks {
    /// The compare-exchanges, as index pairs `[i, j]` with `i < j`.
    pairs: [[u8; 2]; NET_PAIRS],
    /// The network for `n` elements is `pairs[start[n]..start[n + 1]]`.
    start: [u16; MAX_INSERTION + 2],
}

/// Built at compile time; one copy per program (a few hundred pairs of bytes).
static NETWORKS: Networks = {
    let mut nets = Networks {
        pairs: [[0; 2]; NET_PAIRS],
        start: [0; MAX_INSERTION + 2],
    };
    let mut n = 0;
    let mut at = 0;
    while n <= MAX_INSERTION {
        nets.start[n] = at as u16;
        let (_, rest) = nets.pairs.split_at_mut(at);
        at += batcher(n, rest);
        n += 1;
    }
    nets.start[MAX_INSERTION + 1] = at as u16;
    nets
};

// Indices fit the pairs' bytes and offsets fit `start`'s `u16`s.
const _: () = assert!(MAX_INSERTION <= 256 && NET_PAIRS <= u16::MAX as usize);

/// The sorting network for `n <= MAX_INSERTION` elements.
#[inline(always)]
fn network(n: usize) -> &'static [[u8; 2]] {
    let s = &NETWORKS.start;
    &NETWORKS.pairs[s[n] as usize..s[n + 1] as usize]
}

/// Writes Batcher's odd-even merge sort network for `n` elements to `out` (as much of it
/// as fits) and returns its number of compare-exchanges. The network for the next power
/// of two, without the exchanges that touch an index `>= n`: those never swap when the
/// missing elements are taken as greater than all others, so what remains sorts `n`
/// elements. The exchanges come in passes whose members are independent of each other,
/// which lets the processor overlap them. 103 exchanges for 20 elements, 63 for 16.
const fn batcher(n: usize, out: &mut [[u8; 2]]) -> usize {
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
                        if count < out.len() {
                            out[count] = [(i + j) as u8, (i + j + k) as u8];
                        }
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
    count
}

/// Sorts a short slice of small elements stably by computing each element's final
/// position: the number of elements less than it, plus the number of equal ones before
/// it. One call of the block comparator per element compares it with the whole slice,
/// in the shim's inlined loop instead of one indirect, hard-to-predict call per pair.
/// `O(len²)` comparisons, for `len <= MAX_INSERTION`.
///
/// Every comparison happens before any element moves, so a panicking comparator leaves
/// the slice untouched. Returns `false`, having moved nothing, if the answers do not give
/// every element a distinct position (an inconsistent comparator).
///
/// # Safety
/// `v` points to `len <= MAX_INSERTION` initialized elements of at most `RANK_BYTES`
/// bytes each.
#[inline(never)]
unsafe fn rank_sort(c: &Ctx<0>, v: *mut u8, len: usize) -> bool {
    debug_assert!(len <= MAX_INSERTION && c.size() <= RANK_BYTES);
    // `less[i]`: which elements are less than element `i` (in `ManyFn`'s order, until
    // the tie-break below needs them by index); `rank[i]`: how many.
    let mut less = [0u64; MAX_INSERTION];
    let mut rank = [0usize; MAX_INSERTION];
    for (i, l) in less.iter_mut().enumerate().take(len) {
        // SAFETY: `v` holds `len <= 64` elements, of which `i` is one; `data` and `many`
        // were paired by the shim.
        *l = unsafe { (c.many)(c.data, v, len, c.at(v, i)) };
    }
    let all = low_bits(len);
    let mut seen = 0u64;
    for i in 0..len {
        rank[i] = (less[i] & all).count_ones() as usize;
        seen |= 1 << rank[i];
    }
    if seen != all {
        // Equal elements share a rank: place them in their original order. Element `j`
        // is greater than element `i` when `i` is in `less[j]`.
        for l in less.iter_mut().take(len) {
            *l = unreverse(*l, len);
        }
        seen = 0;
        for (i, r) in rank.iter_mut().enumerate().take(len) {
            let mut less_or_greater = (less[i] & low_bits(i)).count_ones() as usize;
            for (j, l) in less.iter().enumerate().take(i) {
                less_or_greater += ((l >> i) & 1 & !(less[i] >> j)) as usize;
            }
            // Elements before `i` that are neither less nor greater are equal to it.
            *r += i - less_or_greater;
            if *r >= len {
                return false;
            }
            seen |= 1 << *r;
        }
        if seen != all {
            return false;
        }
    }
    // Element `i` goes to position `rank[i]`.
    let mut src = [0u8; MAX_INSERTION];
    for (i, &r) in rank.iter().enumerate().take(len) {
        src[r] = i as u8;
    }
    // SAFETY: `rank` is a permutation of `0..len`, so `src` is too; `Table::plain`
    // admits no element larger than `RANK_BYTES` or more aligned than `RANK_ALIGN`.
    unsafe { gather(c, v, &src[..len]) };
    true
}

/// Reverses `len` elements in place.
///
/// # Safety
/// `v` points to `len` initialized elements.
unsafe fn reverse<const S: usize>(c: &Ctx<S>, v: *mut u8, len: usize) {
    let (mut i, mut j) = (0, len);
    while i + 1 < j {
        j -= 1;
        // SAFETY: `i < j < len`.
        unsafe { c.swap(c.at(v, i), c.at(v, j)) };
        i += 1;
    }
}

// ---------------------------------------------------------------------------------------
// Stable sort
// ---------------------------------------------------------------------------------------

/// Stable sort of `len` elements at `v` by the comparator `(data, t)`.
///
/// Sorted and strictly reversed inputs are recognised in one pass. Otherwise the slice is
/// sorted by a stable quicksort: each partition compares the sub-slice against a pivot,
/// 64 elements per call of the block comparator, packs the smaller ones in place and
/// appends the others to scratch, then copies them back behind the smaller ones, keeping
/// equal elements in order. Runs of elements equal to an earlier pivot are split off
/// without recursion. A natural merge sort takes over below a recursion limit, so the
/// worst case is `O(n log n)`.
///
/// # Safety
/// `v` points to `len` initialized elements of the shim's type, laid out as `t`
/// describes, exclusively borrowed; `data` and `t` are paired by the shim.
pub(crate) unsafe fn sort_stable(v: *mut u8, len: usize, data: *mut (), t: &Table) {
    let size = t.size;
    if size == 0 || len < 2 {
        // Zero-sized elements are all the same: nothing to do, as in std.
        return;
    }
    let mut stack = StackBuf(MaybeUninit::uninit());
    if len <= MAX_INSERTION {
        let s = Scratch::new(&mut stack, size, t.align, 1);
        // SAFETY: the caller's guarantees; `s` has one aligned slot.
        unsafe { by_size!(size, small_insertion(v, len, data, t, s.ptr)) };
        return;
    }
    // Scratch: `len` slots for partitions and merges, `limit` pivot copies, one `tmp`.
    let limit = 2 * (usize::BITS - len.leading_zeros()) as usize;
    let s = Scratch::new(&mut stack, size, t.align, len + limit + 1);
    // SAFETY: the caller's guarantees; the scratch is aligned and sized as `stable_entry`
    // expects.
    unsafe { by_size!(size, stable_entry(v, len, data, t, s.ptr, limit)) }
}

/// # Safety
/// As for [`sort_stable`]; `tmp` is one aligned slot.
unsafe fn small_insertion<const S: usize>(
    v: *mut u8,
    len: usize,
    data: *mut (),
    t: &Table,
    tmp: *mut u8,
) {
    let c = Ctx::<S>::new(data, t, tmp);
    // SAFETY: forwarded.
    unsafe { leaf_sort(&c, v, len, Some(&mut 0)) }
}

/// # Safety
/// As for [`sort_stable`]; `scratch` has `len + limit + 1` aligned slots.
unsafe fn stable_entry<const S: usize>(
    v: *mut u8,
    len: usize,
    data: *mut (),
    t: &Table,
    scratch: *mut u8,
    limit: usize,
) {
    // SAFETY: all indices are below `len` (or `len + limit + 1` in the scratch).
    unsafe {
        let size = t.size;
        let c = Ctx::<S>::new(data, t, scratch.add((len + limit) * size));
        // One pass recognises sorted and strictly reversed input.
        let mut i = 1;
        if c.lt(c.at(v, 1), v) {
            while i < len && c.lt(c.at(v, i), c.at(v, i - 1)) {
                i += 1;
            }
            if i == len {
                reverse(&c, v, len);
                return;
            }
        } else {
            while i < len && !c.lt(c.at(v, i), c.at(v, i - 1)) {
                i += 1;
            }
            if i == len {
                return;
            }
        }
        let pivots = scratch.add(len * size);
        let mut rank_runs = 0;
        stable_quicksort(
            &c,
            v,
            len,
            scratch,
            pivots,
            ptr::null(),
            0,
            limit,
            &mut rank_runs,
        )
    }
}

/// Stable quicksort of `v[..len]`. `ancestor`, if not null, is a copy of an element that
/// is `<=` every element of the slice (the pivot of an enclosing partition). Pivot copies
/// live in `pivots[depth]`. `rank_runs` is the whole sort's count for
/// [`stable_plain_leaf`].
///
/// # Safety
/// `v` points to `len` initialized elements; `scratch` has `len` aligned slots, `pivots`
/// `limit + 1` more aligned slots past `depth`;
/// `ancestor` is null or a pivot slot below `depth`.
#[allow(clippy::too_many_arguments)]
unsafe fn stable_quicksort<const S: usize>(
    c: &Ctx<S>,
    mut v: *mut u8,
    mut len: usize,
    scratch: *mut u8,
    pivots: *mut u8,
    mut ancestor: *const u8,
    depth: usize,
    mut limit: usize,
    rank_runs: &mut u32,
) {
    // SAFETY: every sub-slice is within `v[..len]`; the pivot copy at `depth` is not
    // touched by the recursion, which uses the slots above it.
    unsafe {
        loop {
            if len <= MAX_INSERTION {
                leaf_sort(c, v, len, Some(rank_runs));
                return;
            }
            if limit == 0 {
                merge_sort(&c.any_size(), v, len, scratch);
                return;
            }
            limit -= 1;
            let (pivot, _) = choose_pivot(&c.any_size(), v, len, false);
            // A bitwise copy: the original stays in the slice and moves with it.
            let p = c.at(pivots, depth);
            c.copy(c.at(v, pivot), p);
            let mut equal = !ancestor.is_null() && !c.lt(ancestor, p);
            let mut num_lt = 0;
            if !equal {
                num_lt = stable_partition(c, v, len, scratch, p, false);
                equal = num_lt == 0;
            }
            if equal {
                // Every element is `>= p`: split off those `<= p`, which are all equal.
                let num_le = stable_partition(c, v, len, scratch, p, true);
                if num_le == 0 {
                    // Only an inconsistent comparator gets here; make sure to finish.
                    merge_sort(&c.any_size(), v, len, scratch);
                    return;
                }
                v = c.at(v, num_le);
                len -= num_le;
                ancestor = ptr::null();
                continue;
            }
            if num_lt == len {
                // The pivot was found smaller than itself.
                merge_sort(&c.any_size(), v, len, scratch);
                return;
            }
            stable_quicksort(
                c,
                c.at(v, num_lt),
                len - num_lt,
                scratch,
                pivots,
                p,
                depth + 1,
                limit,
                rank_runs,
            );
            len = num_lt;
        }
    }
}

/// Stable partition of `v[..len]` around the pivot copy `p`: elements `< p` (or `<= p`
/// if `le`) first, then the others, each group in its original order. Returns the size
/// of the first group.
///
/// The slice is compared 64 elements at a time, by the block comparator (for `le`, which
/// only runs of elements equal to an earlier pivot need, by single comparisons), and each
/// block is moved as soon as its answers are in, while it is still in cache: without a
/// branch, elements of the left group are packed in place at the front of the slice
/// (never past the elements already read), the others are appended to scratch, and at
/// the end the scratch is copied back behind the left group. A guard does that copy, so
/// if the comparator panics (between blocks), the slice again holds every element once.
///
/// # Safety
/// As for [`stable_quicksort`], with `p` outside `v` and `scratch`.
unsafe fn stable_partition<const S: usize>(
    c: &Ctx<S>,
    v: *mut u8,
    len: usize,
    scratch: *mut u8,
    p: *const u8,
    le: bool,
) -> usize {
    let sz = c.size();
    // The right group read so far is `hole.start..hole.end` in scratch; `hole.dest` is
    // where the left group ends, and the slice's gap runs from there to the first element
    // not read yet, exactly as long as the scratch part.
    let mut hole = MergeHole {
        start: scratch,
        end: scratch,
        dest: v,
    };
    // SAFETY: each block is within `v[..len]`; a left element is written at `hole.dest`,
    // which is at or before the element being read, and a right one at `hole.end`, below
    // `scratch + len`; either way the invariant above holds again after the element.
    unsafe {
        let mut src = v;
        let mut first = 0;
        while first < len {
            let n = (len - first).min(64);
            // Goes left: `e < p`, or `e <= p`, which is "not `p < e`".
            let mut m = if le {
                let mut m = 0;
                for i in (0..n).rev() {
                    m = (m << 1) | !c.lt(p, c.at(src, i)) as u64;
                }
                m
            } else {
                c.many(src, n, p, false)
            };
            for _ in 0..n {
                let goes_left = m & 1 != 0;
                m >>= 1;
                let dst = if goes_left { hole.dest } else { hole.end };
                c.copy(src, dst);
                hole.dest = hole.dest.add(goes_left as usize * sz);
                hole.end = hole.end.add((!goes_left) as usize * sz);
                src = src.add(sz);
            }
            first += n;
        }
        (hole.dest as usize - v as usize) / sz
    }
}

/// TimSort's merge rule on the run stack: which pair to merge next, if any.
/// `runs` holds `(start, len)` from right to left.
fn collapse(runs: &[(usize, usize)]) -> Option<usize> {
    let n = runs.len();
    if n >= 2
        && (runs[n - 1].0 == 0
            || runs[n - 2].1 <= runs[n - 1].1
            || (n >= 3 && runs[n - 3].1 <= runs[n - 2].1 + runs[n - 1].1)
            || (n >= 4 && runs[n - 4].1 <= runs[n - 3].1 + runs[n - 2].1))
    {
        if n >= 3 && runs[n - 3].1 < runs[n - 1].1 {
            Some(n - 3)
        } else {
            Some(n - 2)
        }
    } else {
        None
    }
}

/// Natural merge sort: the stable sort's `O(n log n)` fallback.
///
/// # Safety
/// `v` points to `len` initialized elements; `buf` has `len / 2` aligned slots, disjoint
/// from `v` and from `c.tmp`.
unsafe fn merge_sort(c: &Ctx<0>, v: *mut u8, len: usize, buf: *mut u8) {
    let mut runs: Vec<(usize, usize)> = Vec::with_capacity(16);
    let mut end = len;
    // SAFETY: every index used is below `end <= len`; runs are scanned right to left.
    unsafe {
        while end > 0 {
            let mut start = end - 1;
            if start > 0 {
                start -= 1;
                if c.lt(c.at(v, start + 1), c.at(v, start)) {
                    while start > 0 && c.lt(c.at(v, start), c.at(v, start - 1)) {
                        start -= 1;
                    }
                    // Strictly descending: reversing keeps equal elements in order.
                    reverse(c, c.at(v, start), end - start);
                } else {
                    while start > 0 && !c.lt(c.at(v, start), c.at(v, start - 1)) {
                        start -= 1;
                    }
                }
            }
            while start > 0 && end - start < MIN_RUN {
                start -= 1;
                insert_head(c, c.at(v, start), end - start);
            }
            runs.push((start, end - start));
            end = start;
            while let Some(r) = collapse(&runs) {
                let (left_start, left_len) = runs[r + 1];
                let (_, right_len) = runs[r];
                merge(c, c.at(v, left_start), left_len + right_len, left_len, buf);
                runs[r] = (left_start, left_len + right_len);
                runs.remove(r + 1);
            }
        }
    }
}

/// Merges the sorted runs `0..mid` and `mid..len` of `v`, stably.
///
/// # Safety
/// `v` points to `len` initialized elements, `0 < mid < len`; `buf` has room for
/// `min(mid, len - mid)` elements, aligned, disjoint from `v`.
unsafe fn merge<const S: usize>(c: &Ctx<S>, v: *mut u8, len: usize, mid: usize, buf: *mut u8) {
    let sz = c.size();
    // SAFETY: pointers stay within `v[0..=len]` and `buf[0..=short]`. The loops below keep
    // the `MergeHole` invariant: the slice's gap begins at `hole.dest` and is exactly as
    // long as `hole.start..hole.end`, which holds the unmerged elements of the shorter run.
    unsafe {
        let v_mid = c.at(v, mid);
        let v_end = c.at(v, len);
        if !c.lt(v_mid, v_mid.sub(sz)) {
            // Already in order.
            return;
        }
        if mid <= len - mid {
            ptr::copy_nonoverlapping(v, buf, mid * sz);
            let mut hole = MergeHole {
                start: buf,
                end: buf.add(mid * sz),
                dest: v,
            };
            let mut right = v_mid;
            while hole.start < hole.end && right < v_end {
                let take_right = c.lt(right, hole.start);
                let src = if take_right { right } else { hole.start };
                c.copy(src, hole.dest);
                hole.dest = hole.dest.add(sz);
                right = right.add(take_right as usize * sz);
                hole.start = hole.start.add((!take_right) as usize * sz);
            }
        } else {
            ptr::copy_nonoverlapping(v_mid, buf, (len - mid) * sz);
            let mut hole = MergeHole {
                start: buf,
                end: buf.add((len - mid) * sz),
                dest: v_mid,
            };
            let mut out = v_end;
            while v < hole.dest && buf < hole.end {
                let take_left = c.lt(hole.end.sub(sz), hole.dest.sub(sz));
                hole.dest = hole.dest.sub(take_left as usize * sz);
                hole.end = hole.end.sub((!take_left) as usize * sz);
                let src = if take_left { hole.dest } else { hole.end };
                out = out.sub(sz);
                c.copy(src, out);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Unstable sort: pattern-defeating quicksort
// ---------------------------------------------------------------------------------------

/// Unstable sort of `len` elements at `v` by the comparator `(data, t)`.
///
/// # Safety
/// As for [`sort_stable`].
pub(crate) unsafe fn sort_unstable(v: *mut u8, len: usize, data: *mut (), t: &Table) {
    let size = t.size;
    if size == 0 || len < 2 {
        return;
    }
    let mut stack = StackBuf(MaybeUninit::uninit());
    let s = Scratch::new(&mut stack, size, t.align, 1);
    // SAFETY: the caller's guarantees; `s` has one aligned slot.
    unsafe { by_size!(size, quicksort(v, len, data, t, s.ptr)) }
}

/// # Safety
/// As for [`sort_stable`]; `tmp` is one aligned slot.
unsafe fn quicksort<const S: usize>(
    v: *mut u8,
    len: usize,
    data: *mut (),
    t: &Table,
    tmp: *mut u8,
) {
    let c = Ctx::<S>::new(data, t, tmp);
    let limit = usize::BITS - len.leading_zeros();
    // SAFETY: forwarded.
    unsafe { recurse(&c, v, len, ptr::null(), limit) }
}

/// Sorts `v[..len]`. `pred`, if not null, is an element that precedes the slice in the
/// final order (the pivot of an enclosing partition). `limit` is the number of unbalanced
/// partitions allowed before switching to heapsort.
///
/// # Safety
/// `v` points to `len` initialized elements; `pred` is null or points to an element
/// outside `v[..len]` that stays in place.
unsafe fn recurse<const S: usize>(
    c: &Ctx<S>,
    mut v: *mut u8,
    mut len: usize,
    mut pred: *const u8,
    mut limit: u32,
) {
    let mut was_balanced = true;
    let mut was_partitioned = true;
    // SAFETY: every call below gets a sub-slice of `v[..len]` and indices in bounds.
    unsafe {
        loop {
            if len <= MAX_INSERTION {
                leaf_sort(c, v, len, None);
                return;
            }
            if limit == 0 {
                heapsort(&c.any_size(), v, len);
                return;
            }
            if !was_balanced {
                break_patterns(&c.any_size(), v, len);
                limit -= 1;
            }
            let (pivot, likely_sorted) = choose_pivot(&c.any_size(), v, len, true);
            if was_balanced && was_partitioned && likely_sorted && partial_insertion_sort(c, v, len)
            {
                return;
            }
            if !pred.is_null() && !c.lt(pred, c.at(v, pivot)) {
                // The pivot equals the predecessor: everything `<=` it is in place.
                let mid = partition_equal(&c.any_size(), v, len, pivot);
                v = c.at(v, mid);
                len -= mid;
                continue;
            }
            let (mid, was_p) = partition(c, v, len, pivot);
            was_balanced = mid.min(len - mid) >= len / 8;
            was_partitioned = was_p;
            let right = c.at(v, mid + 1);
            let right_len = len - mid - 1;
            let pivot_ptr = c.at(v, mid) as *const u8;
            if mid < right_len {
                recurse(c, v, mid, pred, limit);
                v = right;
                len = right_len;
                pred = pivot_ptr;
            } else {
                recurse(c, right, right_len, pivot_ptr, limit);
                len = mid;
            }
        }
    }
}

/// Chooses a pivot index: median of 3, or of 3 medians of 3 for longer slices, or (from
/// [`PSEUDO_MEDIAN_LEN`], unless the slice looks sorted) a [`pseudo_median`] of many
/// samples. Returns whether the slice looks sorted. If `may_reverse`, a slice that looks reversed is
/// reversed first (the stable sort passes `false`: it never moves elements here).
///
/// # Safety
/// `v` points to `len >= 8` initialized elements.
unsafe fn choose_pivot(c: &Ctx<0>, v: *mut u8, len: usize, may_reverse: bool) -> (usize, bool) {
    let mut a = len / 4;
    let mut b = len / 4 * 2;
    let mut cc = len / 4 * 3;
    let mut swaps = 0usize;
    // SAFETY: every index is in `1..len - 1` or `a, b, c` in bounds.
    unsafe {
        // Branchless: on random input each answer is a coin toss.
        let mut sort2 = |a: &mut usize, b: &mut usize| {
            let s = c.lt(c.at(v, *b), c.at(v, *a));
            let (x, y) = (*a, *b);
            *a = if s { y } else { x };
            *b = if s { x } else { y };
            swaps += s as usize;
        };
        let mut sort3 = |a: &mut usize, b: &mut usize, d: &mut usize| {
            sort2(a, b);
            sort2(b, d);
            sort2(a, b);
        };
        if len >= 50 {
            for m in [&mut a, &mut b, &mut cc] {
                let (mut lo, mut hi) = (*m - 1, *m + 1);
                sort3(&mut lo, m, &mut hi);
            }
        }
        sort3(&mut a, &mut b, &mut cc);
        if swaps >= 12 && may_reverse {
            reverse(c, v, len);
            return (len - 1 - b, true);
        }
        if swaps != 0 && len >= PSEUDO_MEDIAN_LEN {
            // A long slice that does not look sorted: a better pivot, from more samples.
            let n8 = len / 8;
            b = pseudo_median(c, v, 0, n8 * 4, n8 * 7, n8);
        }
        (b, swaps == 0)
    }
}

/// Slices at least this long (unless they look sorted) take their pivot from
/// [`pseudo_median`] rather than the ninther: a pivot closer to the median makes fewer
/// partition levels. Comparisons per element, `sort_unstable` of 1e5 random `String`s:
/// 18.4 with the ninther only, 17.8 with this (std: 17.2); of 1e6 random `u64`s: 22.1,
/// 21.2 (std: 20.6). 128 and 4096 were measured too, with slightly more comparisons.
const PSEUDO_MEDIAN_LEN: usize = 512;

/// The median of three pseudo-medians, each of three elements spread over the `n`
/// elements from `a`, `b` and `c` (recursively while `n >= 8`): `3^k` samples for about
/// `1.5 · 3^k` comparisons, with `k = log8(n) + 1`.
///
/// # Safety
/// `v` points to at least `max(a, b, c) + n` initialized elements.
unsafe fn pseudo_median(
    c: &Ctx<0>,
    v: *mut u8,
    mut a: usize,
    mut b: usize,
    mut cc: usize,
    n: usize,
) -> usize {
    // SAFETY: every index is below `max(a, b, c) + n`.
    unsafe {
        if n >= 8 {
            let n8 = n / 8;
            a = pseudo_median(c, v, a, a + n8 * 4, a + n8 * 7, n8);
            b = pseudo_median(c, v, b, b + n8 * 4, b + n8 * 7, n8);
            cc = pseudo_median(c, v, cc, cc + n8 * 4, cc + n8 * 7, n8);
        }
        let x = c.lt(c.at(v, a), c.at(v, b));
        let y = c.lt(c.at(v, a), c.at(v, cc));
        if x != y {
            a
        } else if c.lt(c.at(v, b), c.at(v, cc)) != x {
            cc
        } else {
            b
        }
    }
}

/// Swaps a few elements to break up patterns that make partitions unbalanced.
///
/// # Safety
/// `v` points to `len` initialized elements.
unsafe fn break_patterns(c: &Ctx<0>, v: *mut u8, len: usize) {
    if len < 8 {
        return;
    }
    let mut seed = len as u64;
    let modulus = len.next_power_of_two();
    let pos = len / 4 * 2;
    for i in 0..3 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut other = seed as usize & (modulus - 1);
        if other >= len {
            other -= len;
        }
        // SAFETY: `pos - 1 + i < len` and `other < len`.
        unsafe { c.swap(c.at(v, pos - 1 + i), c.at(v, other)) };
    }
}

/// Sorts a nearly sorted slice by shifting a few out-of-order elements. Returns whether
/// the slice ended up sorted; gives up after a few steps.
///
/// # Safety
/// `v` points to `len` initialized elements.
unsafe fn partial_insertion_sort<const S: usize>(c: &Ctx<S>, v: *mut u8, len: usize) -> bool {
    let mut i = 1;
    // SAFETY: `1 <= i < len` when elements are accessed.
    unsafe {
        for _ in 0..5 {
            while i < len && !c.lt(c.at(v, i), c.at(v, i - 1)) {
                i += 1;
            }
            if i == len {
                return true;
            }
            if len < 50 {
                return false;
            }
            c.swap(c.at(v, i - 1), c.at(v, i));
            if i >= 2 {
                insert_tail(c, v, i - 1);
                insert_head(c, v, i);
            }
        }
    }
    false
}

/// Partitions around the element at `pivot`: afterwards elements `< pivot` come first,
/// then the pivot at the returned index, then the rest. Also returns whether the slice
/// was already partitioned.
///
/// # Safety
/// `v` points to `len >= 1` initialized elements; `pivot < len`.
unsafe fn partition<const S: usize>(
    c: &Ctx<S>,
    v: *mut u8,
    len: usize,
    pivot: usize,
) -> (usize, bool) {
    // SAFETY: indices stay in bounds. The pivot sits at `v[0]` and is not moved until the
    // end, so it can be compared in place.
    unsafe {
        c.swap(v, c.at(v, pivot));
        let p = v as *const u8;
        let rest = c.at(v, 1);
        let n = len - 1;
        let mut l = 0;
        let mut r = n;
        while l < r && c.lt(c.at(rest, l), p) {
            l += 1;
        }
        while l < r && !c.lt(c.at(rest, r - 1), p) {
            r -= 1;
        }
        let (first, n) = (c.at(rest, l), r - l);
        let mid = l + if c.size() <= LOMUTO_BYTES {
            partition_lomuto(c, first, n, p)
        } else {
            partition_in_blocks(c, first, n, p)
        };
        c.swap(v, c.at(v, mid));
        (mid, l >= r)
    }
}

/// Elements up to this size are partitioned by Lomuto's scheme ([`partition_lomuto`]).
/// With its swaps in registers it was measured faster than [`partition_in_blocks`] on
/// 24-byte `String`s and 40-byte records. It also keeps the smaller side in its earlier
/// order (and the greater side nearly so), so data the elements point to, such as a
/// `String`'s bytes, is visited in the order it was. Larger elements are partitioned in
/// blocks, which moves only misplaced elements, once each.
const LOMUTO_BYTES: usize = 64;

/// Elements per block of [`partition_in_blocks`]; offsets within a block fit a byte.
const BLOCK: usize = 128;

/// BlockQuicksort partition of `len` elements around `pivot` (outside the slice). Returns
/// the number of elements `< pivot`, which are moved to the front.
///
/// Comparisons only record offsets; elements are moved afterwards, in a cyclic
/// permutation through `tmp` that completes before the next comparison.
///
/// # Safety
/// `v` points to `len` initialized elements; `pivot` to an element outside them.
unsafe fn partition_in_blocks<const S: usize>(
    c: &Ctx<S>,
    v: *mut u8,
    len: usize,
    pivot: *const u8,
) -> usize {
    let sz = c.size();
    let width = |l: *mut u8, r: *mut u8| (r as usize - l as usize) / sz;

    let mut l = v;
    let mut block_l = BLOCK;
    let mut start_l: *mut u8 = ptr::null_mut();
    let mut end_l: *mut u8 = ptr::null_mut();
    let mut offsets_l = [MaybeUninit::<u8>::uninit(); BLOCK];

    // SAFETY: `v + len` is one past the end.
    let mut r = unsafe { c.at(v, len) };
    let mut block_r = BLOCK;
    let mut start_r: *mut u8 = ptr::null_mut();
    let mut end_r: *mut u8 = ptr::null_mut();
    let mut offsets_r = [MaybeUninit::<u8>::uninit(); BLOCK];

    // SAFETY: this is BlockQuicksort's bookkeeping: `l..r` is the unpartitioned middle;
    // the offsets in `start_l..end_l` index elements of the left block `l..l + block_l`
    // that belong right, those in `start_r..end_r` elements of the right block
    // `r - block_r..r` that belong left. A block's bounds do not move while it has
    // offsets left. Every offset is below its block's length, so every access is within
    // `l..r`.
    unsafe {
        loop {
            let is_done = width(l, r) <= 2 * BLOCK;
            if is_done {
                let mut rem = width(l, r);
                if start_l < end_l || start_r < end_r {
                    rem -= BLOCK;
                }
                if start_l < end_l {
                    block_r = rem;
                } else if start_r < end_r {
                    block_l = rem;
                } else {
                    block_l = rem / 2;
                    block_r = rem - block_l;
                }
            }

            if start_l == end_l {
                // Elements that are not less than the pivot belong right.
                start_l = offsets_l.as_mut_ptr() as *mut u8;
                end_l = c.select(l, block_l, pivot, true, start_l);
            }

            if start_r == end_r {
                // Elements less than the pivot belong left.
                start_r = offsets_r.as_mut_ptr() as *mut u8;
                end_r = c.select(r.sub(block_r * sz), block_r, pivot, false, start_r);
            }

            let count = (end_l as usize - start_l as usize).min(end_r as usize - start_r as usize);
            if count > 0 {
                let left = |s: *mut u8| l.add(*s as usize * sz);
                let right_block = r.sub(block_r * sz);
                let right = |s: *mut u8| right_block.add(*s as usize * sz);
                c.copy(left(start_l), c.tmp);
                c.copy(right(start_r), left(start_l));
                for _ in 1..count {
                    start_l = start_l.add(1);
                    c.copy(left(start_l), right(start_r));
                    start_r = start_r.add(1);
                    c.copy(right(start_r), left(start_l));
                }
                c.copy(c.tmp, right(start_r));
                start_l = start_l.add(1);
                start_r = start_r.add(1);
            }

            if start_l == end_l {
                l = l.add(block_l * sz);
            }
            if start_r == end_r {
                r = r.sub(block_r * sz);
            }
            if is_done {
                break;
            }
        }

        if start_l < end_l {
            while start_l < end_l {
                end_l = end_l.sub(1);
                c.swap(l.add(*end_l as usize * sz), r.sub(sz));
                r = r.sub(sz);
            }
            width(v, r)
        } else if start_r < end_r {
            // Leftmost first: each is swapped with the first element that belongs right.
            let right_block = r.sub(block_r * sz);
            while start_r < end_r {
                c.swap(l, right_block.add(*start_r as usize * sz));
                start_r = start_r.add(1);
                l = l.add(sz);
            }
            width(v, l)
        } else {
            width(v, l)
        }
    }
}

/// Lomuto partition of `len` elements around `pivot` (outside the slice).
/// Returns the number of elements `< pivot`, which are moved to the front.
///
/// Runs of up to 64 elements are compared against the pivot with one call of the block
/// comparator; then each element of the run found less than the pivot is swapped with
/// the first element that is not, and that boundary advances. The swaps of a run complete
/// before the next comparator call, so the slice is a permutation whenever the
/// comparator runs.
///
/// # Safety
/// `v` points to `len` initialized elements; `pivot` to an element outside them.
unsafe fn partition_lomuto<const S: usize>(
    c: &Ctx<S>,
    v: *mut u8,
    len: usize,
    pivot: *const u8,
) -> usize {
    let sz = c.size();
    // SAFETY: `v[..lt]` are the elements found less than the pivot, `v[lt..i]` the others;
    // every access is below `len`.
    unsafe {
        let mut lt = v;
        let mut cur = v;
        let mut rem = len;
        while rem > 0 {
            let n = rem.min(64);
            let mut m = c.many(cur, n, pivot, false);
            // Only the elements found less move: each swaps with the first of the others.
            while m != 0 {
                c.swap(cur.add(m.trailing_zeros() as usize * sz), lt);
                lt = lt.add(sz);
                m &= m - 1;
            }
            cur = cur.add(n * sz);
            rem -= n;
        }
        (lt as usize - v as usize) / sz
    }
}

/// Partitions into elements equal to the element at `pivot` (assumed to be `<=` every
/// other element) and greater ones. Returns the number of equal ones, moved to the front.
///
/// # Safety
/// `v` points to `len >= 1` initialized elements; `pivot < len`.
unsafe fn partition_equal(c: &Ctx<0>, v: *mut u8, len: usize, pivot: usize) -> usize {
    // SAFETY: `l < r <= len - 1` whenever `rest` is indexed; the pivot stays at `v[0]`.
    unsafe {
        c.swap(v, c.at(v, pivot));
        let p = v as *const u8;
        let rest = c.at(v, 1);
        let mut l = 0;
        let mut r = len - 1;
        loop {
            while l < r && !c.lt(p, c.at(rest, l)) {
                l += 1;
            }
            while l < r && c.lt(p, c.at(rest, r - 1)) {
                r -= 1;
            }
            if l >= r {
                break;
            }
            r -= 1;
            c.swap(c.at(rest, l), c.at(rest, r));
            l += 1;
        }
        l + 1
    }
}

/// Heapsort: `O(n log n)` whatever the input, used when quicksort keeps choosing bad
/// pivots.
///
/// # Safety
/// `v` points to `len` initialized elements.
unsafe fn heapsort(c: &Ctx<0>, v: *mut u8, len: usize) {
    // SAFETY: `node < child < end <= len` whenever an element is accessed.
    let sift_down = |end: usize, mut node: usize| unsafe {
        loop {
            let mut child = 2 * node + 1;
            if child >= end {
                break;
            }
            if child + 1 < end && c.lt(c.at(v, child), c.at(v, child + 1)) {
                child += 1;
            }
            if !c.lt(c.at(v, node), c.at(v, child)) {
                break;
            }
            c.swap(c.at(v, node), c.at(v, child));
            node = child;
        }
    };
    for i in (0..len / 2).rev() {
        sift_down(len, i);
    }
    for i in (1..len).rev() {
        // SAFETY: `i < len`.
        unsafe { c.swap(v, c.at(v, i)) };
        sift_down(i, 0);
    }
}

// ---------------------------------------------------------------------------------------
// Selection
// ---------------------------------------------------------------------------------------

/// Reorders `v` so that element `index` is the one a full sort would put there, smaller
/// or equal ones before it and greater or equal ones after it.
///
/// # Panics
/// Panics if `index >= len`.
///
/// # Safety
/// As for [`sort_stable`].
#[track_caller]
pub(crate) unsafe fn select_nth(v: *mut u8, len: usize, index: usize, data: *mut (), t: &Table) {
    if index >= len {
        select_out_of_bounds(index, len)
    }
    if t.size == 0 {
        return;
    }
    let mut stack = StackBuf(MaybeUninit::uninit());
    let s = Scratch::new(&mut stack, t.size, t.align, 1);
    // SAFETY: the caller's guarantees; `s` has one aligned slot.
    unsafe { by_size!(t.size, select(v, len, data, t, s.ptr, index)) }
}

/// # Safety
/// As for [`sort_stable`]; `tmp` is one aligned slot; `index < len`.
unsafe fn select<const S: usize>(
    mut v: *mut u8,
    mut len: usize,
    data: *mut (),
    t: &Table,
    tmp: *mut u8,
    mut index: usize,
) {
    let c = Ctx::<S>::new(data, t, tmp);
    // SAFETY: every access is to an index below the current `len`, on a sub-slice.
    unsafe {
        if index == len - 1 || index == 0 {
            // A linear scan for the maximum (the last of equal ones) or the minimum (the
            // first of equal ones).
            let mut m = 0;
            for i in 1..len {
                let better = if index == 0 {
                    c.lt(c.at(v, i), c.at(v, m))
                } else {
                    !c.lt(c.at(v, i), c.at(v, m))
                };
                if better {
                    m = i;
                }
            }
            c.swap(c.at(v, m), c.at(v, index));
            return;
        }
        let mut pred: *const u8 = ptr::null();
        let mut limit = 16u32;
        let mut was_balanced = true;
        loop {
            if len <= 10 {
                insertion_sort(&c, v, len, 1);
                return;
            }
            if limit == 0 {
                heapsort(&c.any_size(), v, len);
                return;
            }
            if !was_balanced {
                break_patterns(&c.any_size(), v, len);
                limit -= 1;
            }
            let (pivot, _) = choose_pivot(&c.any_size(), v, len, true);
            if !pred.is_null() && !c.lt(pred, c.at(v, pivot)) {
                let mid = partition_equal(&c.any_size(), v, len, pivot);
                if mid > index {
                    return;
                }
                v = c.at(v, mid);
                len -= mid;
                index -= mid;
                pred = ptr::null();
                continue;
            }
            let (mid, _) = partition(&c, v, len, pivot);
            was_balanced = mid.min(len - mid) >= len / 8;
            match mid.cmp(&index) {
                Ordering::Less => {
                    pred = c.at(v, mid);
                    v = c.at(v, mid + 1);
                    len -= mid + 1;
                    index -= mid + 1;
                }
                Ordering::Greater => len = mid,
                Ordering::Equal => return,
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Searching, checking, dedup
// ---------------------------------------------------------------------------------------

/// Binary search of `len` elements of `size` bytes; `probe` says how an element compares
/// to the target. `Err` holds the insertion point.
///
/// # Safety
/// `v` points to `len` initialized elements of the shim's type, `size` bytes apart;
/// `data` and `probe` are paired by the shim.
pub(crate) unsafe fn binary_search(
    v: *const u8,
    len: usize,
    size: usize,
    data: *mut (),
    probe: ProbeFn,
) -> Result<usize, usize> {
    // SAFETY: `search` only passes indices below `len`; the caller's guarantee.
    search(len, |i| unsafe { probe(data, v.add(i * size)) })
}

/// Binary search for the element at `x` by `cmp(e, x)`; see [`binary_search`].
///
/// # Safety
/// `v` points to `len` initialized elements of the shim's type, `size` bytes apart, and
/// `x` to one more; nothing mutates them during the call.
pub(crate) unsafe fn binary_search_cmp(
    v: *const u8,
    len: usize,
    size: usize,
    x: *const u8,
    cmp: CmpFn,
) -> Result<usize, usize> {
    // SAFETY: `search` only passes indices below `len`; the caller's guarantee.
    search(len, |i| unsafe { cmp(v.add(i * size), x) })
}

/// The binary search loop over indices `0..len`, with `probe(i)` comparing element `i`
/// to the target. Only ever calls `probe` with `i < len`.
#[inline(always)]
fn search(len: usize, mut probe: impl FnMut(usize) -> Ordering) -> Result<usize, usize> {
    if len == 0 {
        return Err(0);
    }
    let mut base = 0;
    let mut rem = len;
    // `base + half < base + rem <= len`, and `base < len`.
    while rem > 1 {
        let half = rem / 2;
        let mid = base + half;
        base = if probe(mid) == Ordering::Greater {
            base
        } else {
            mid
        };
        rem -= half;
    }
    match probe(base) {
        Ordering::Equal => Ok(base),
        Ordering::Less => Err(base + 1),
        Ordering::Greater => Err(base),
    }
}

/// Whether `ordered(a, b)` holds for every consecutive pair.
///
/// # Safety
/// As for [`binary_search`], with `ordered` paired with `data`.
pub(crate) unsafe fn is_sorted(
    v: *const u8,
    len: usize,
    size: usize,
    data: *mut (),
    ordered: LessFn,
) -> bool {
    let mut i = 1;
    while i < len {
        // SAFETY: `i - 1 < i < len`.
        if !unsafe { ordered(data, v.add((i - 1) * size), v.add(i * size)) } {
            return false;
        }
        i += 1;
    }
    true
}

/// Moves the first element of each run of `same` elements to the front, in order, and
/// returns how many there are. Moves are swaps, so the slice is always a permutation.
///
/// # Safety
/// As for [`binary_search`], with `v` exclusively borrowed and `same` paired with `data`.
pub(crate) unsafe fn dedup(
    v: *mut u8,
    len: usize,
    size: usize,
    data: *mut (),
    same: SameFn,
) -> usize {
    if len <= 1 {
        return len;
    }
    let mut write = 1;
    let mut read = 1;
    // SAFETY: `write - 1 < write <= read < len`.
    unsafe {
        while read < len {
            let r = v.add(read * size);
            if !same(data, r, v.add((write - 1) * size)) {
                swap_elem(r, v.add(write * size), size);
                write += 1;
            }
            read += 1;
        }
    }
    write
}

#[cfg(test)]
mod tests {
    use super::{network, MAX_INSERTION};

    /// Whether the network for `n` sorts every input of zeros and ones, which by the 0-1
    /// principle means it sorts every input. Inputs are bit patterns, bit `i` for
    /// element `i`; an exchange `[i, j]` swaps a one at `i` with a zero at `j`.
    fn sorts_all_zero_one_inputs(n: usize) -> bool {
        let net = network(n);
        (0u32..1 << n).all(|mut x| {
            for &[i, j] in net {
                let (bi, bj) = ((x >> i) & 1, (x >> j) & 1);
                if bi > bj {
                    x ^= (1 << i) | (1 << j);
                }
            }
            // Sorted: the ones are the top `count_ones` positions.
            let ones = x.count_ones();
            ones == 0 || x == ((1u32 << n) - 1) ^ ((1u32 << (n as u32 - ones)) - 1)
        })
    }

    // Safe code on compile-time tables, with nothing for Miri to check: not run there.
    #[test]
    #[cfg_attr(miri, ignore)]
    fn networks_sort_every_length() {
        for n in 0..=MAX_INSERTION {
            assert!(sorts_all_zero_one_inputs(n), "network for {n} elements");
        }
    }

    /// Slices long enough for the pseudo-median pivot (which Miri's other sort tests,
    /// on shorter slices, do not reach), sorted by both sorts and checked against std.
    #[test]
    fn long_slices_sort_like_std() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let n = super::PSEUDO_MEDIAN_LEN + 200;
        let keys: alloc::vec::Vec<u64> = (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % 1000
            })
            .collect();
        let mut want = keys.clone();
        want.sort();
        let mut v = keys.clone();
        crate::small::sort_unstable(&mut v);
        assert_eq!(v, want);
        let mut v: alloc::vec::Vec<(u64, alloc::string::String)> =
            keys.iter().map(|&k| (k, alloc::format!("{k}"))).collect();
        crate::small::sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert!(v.iter().map(|e| e.0).eq(want.iter().copied()));
    }

    #[test]
    fn networks_are_well_formed_and_batcher_sized() {
        for n in 0..=MAX_INSERTION {
            for &[i, j] in network(n) {
                assert!(i < j && (j as usize) < n, "pair [{i}, {j}] for n = {n}");
            }
        }
        // Batcher's odd-even merge sort: 19 exchanges for 8 elements, 63 for 16.
        assert_eq!(network(8).len(), 19);
        assert_eq!(network(16).len(), 63);
        assert_eq!(network(20).len(), 103);
        assert!(network(1).is_empty() && network(0).is_empty());
    }
}
