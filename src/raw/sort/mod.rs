//! The sorting core behind [`small::sort`](crate::small::sort()),
//! [`medium::sort`](crate::medium::sort()) and the other functions of their sorting
//! families.
//!
//! Elements are opaque runs of `size` bytes, aligned to `align`. All the core knows about
//! their type is that layout and one erased comparison ([`Compare`]), which the typed
//! shims in `small::sort` and `medium::sort` pass as plain arguments: there is no
//! per-type table in data, so a sorted type costs no relocated data and no dynamic
//! relocation, only its shims. Nothing in this folder is instantiated per element type.
//! The algorithms are generic over a [`Shape`], how elements move: small's entry points
//! ([`sort_stable`], [`sort_unstable`], [`select_nth`], [`dedup`]) instantiate them once,
//! with [`Dyn`], whose moves branch on the size at run time (a word for the common
//! sizes, `memcpy` otherwise); medium's (`*_shaped`) once per element shape it is called
//! with, with [`Fixed`], whose moves are one load and store of a constant-size carrier,
//! and for the primitive integers, `bool` and `char` with [`Keyed`], which also compares
//! elements by value: then the erased comparator is never called, the partition is a
//! branchless loop over values and short ranges go through sorting networks.
//!
//! The files, by role:
//! - [`moves`]: copying and swapping elements, and the guards that put a held-out
//!   element back into its gap;
//! - [`leaf`]: insertion sort, for short ranges of both sorts;
//! - [`stable`]: the stable sort, a stable quicksort that partitions through a buffer;
//! - [`merge`]: its fallback, a top-down merge sort;
//! - [`quick`]: the unstable sort, a pattern-defeating quicksort with a branchless
//!   cyclic Lomuto partition and a heapsort fallback;
//! - [`select`]: selection (`select_nth_unstable`), binary search, `is_sorted` and dedup.
//!
//! ## The callback rule
//!
//! The user's comparator (or key function, or `PartialOrd`, or dedup predicate) may
//! mutate an element through `&T` by interior mutability, panic at any call, or answer
//! inconsistently. So every call receives elements **at their live location**: a slot of
//! the slice that holds the element, or the one scratch slot that holds an element held
//! out of the slice (an insertion sort's element, a merge's buffered run, a partition's
//! first element), which is the copy that is later written back. No path compares a
//! bitwise duplicate that is then thrown away, and no path passes one element as both
//! arguments. A change the callback makes is therefore never lost, and a pointer it
//! frees is never kept. The unit tests below and `tests/sort_callbacks.rs` check this
//! with counting, heap-pointer-replacing and self-detecting comparators.
//!
//! ## Panic safety
//!
//! The comparator may panic at any call. At every call, each element is either at
//! exactly one place in the slice, or held in exactly one scratch slot that a live guard
//! ([`moves::Gap`], [`moves::MergeHole`]) copies back into the slice's gap when it is
//! dropped. Moves between two comparator calls complete before the next call. No loop is
//! bounded by what the comparator answers, so an inconsistent comparator gives an
//! unsorted permutation, never an out-of-bounds access. The core never drops an element.

mod leaf;
mod merge;
mod moves;
mod quick;
mod select;
mod stable;

pub(crate) use moves::{Carrier, Dyn, Fixed, Keyed, Shape};

use alloc::alloc::{alloc, dealloc, handle_alloc_error};
use core::alloc::Layout;
use core::cmp::Ordering;
use core::mem::MaybeUninit;

pub(crate) use select::{binary_search, binary_search_cmp, dedup, dedup_shaped, is_sorted};

/// `less(data, a, b)`: whether the element at `a` is ordered before the one at `b`.
///
/// # Safety
/// `data` must be the pointer the shim paired with this function, and `a`, `b` must point
/// to initialized, aligned elements of the shim's type, live for the call.
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

/// `many(data, base, n, pivot, le)`: compares each of the `n <= 64` consecutive elements
/// `e` at `base` with the element at `pivot` and returns the answers as a bit mask, bit
/// `i` for element `i`: `e < pivot`, or if `le`, `!(pivot < e)`. One indirect call
/// compares a block, with the comparator inlined in the shim's loop.
///
/// # Safety
/// As for [`LessFn`] for each element and the pivot, which is not one of them; `n <= 64`.
pub(crate) type ManyFn = unsafe fn(*mut (), *const u8, usize, *const u8, bool) -> u64;

/// `probe(data, e)`: how the element at `e` compares to the target of a binary search.
///
/// # Safety
/// As for [`LessFn`], with one element pointer.
pub(crate) type ProbeFn = unsafe fn(*mut (), *const u8) -> Ordering;

/// `same(data, later, earlier)`: whether two elements belong to the same dedup bucket.
///
/// # Safety
/// As for [`LessFn`]; the two pointers are distinct elements and the function may
/// mutate them through `&mut`.
pub(crate) type SameFn = unsafe fn(*mut (), *mut u8, *mut u8) -> bool;

/// Ranges up to this length are insertion-sorted by the merge sort and by selection.
const MAX_INSERTION: usize = 20;
/// Ranges up to this length are insertion-sorted by the quicksorts, whose partitions cost
/// one call per block of 64 elements, while insertion costs one call per comparison.
const QUICK_LEAF: usize = 12;
/// Ranges up to this length of plain-data elements are sorted by rank insertion (see
/// [`leaf::rank_insertion_sort`]), which costs one call per element: small's value, the
/// default of [`Shape::PLAIN_LEAF`].
pub(crate) const PLAIN_LEAF: usize = 24;

/// Whether elements of this layout are *plain data* for the sorts: no drop glue and at
/// most 64 bytes. Such elements usually compare by value in a few instructions, so the
/// short ranges of the quicksorts are sorted by rank, with more comparisons but far fewer
/// calls; elements that own memory (`String`, `Vec`, `Box`) usually compare through it,
/// where the number of comparisons counts more, and are insertion-sorted.
pub(crate) const fn plain(size: usize, needs_drop: bool) -> bool {
    !needs_drop && size <= 64
}
/// Bytes of scratch space kept on the stack; larger scratch goes to the heap.
const STACK_BYTES: usize = 1024;
/// Alignment of the stack scratch; more strictly aligned elements use the heap.
const STACK_ALIGN: usize = 16;

/// Stack scratch space.
#[repr(C, align(16))]
struct StackBuf(MaybeUninit<[u8; STACK_BYTES]>);

/// Scratch storage for a number of elements: the caller's [`StackBuf`] when it fits,
/// otherwise a heap block allocated with the element's alignment and freed on drop (also
/// while unwinding). The scratch never owns elements: they are only held in it while a
/// guard is ready to copy them back.
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

/// What every algorithm needs: how elements move, the erased comparator and one aligned
/// scratch slot for an element held out of the slice.
struct Ctx<S: Shape> {
    /// How elements move, and their size in bytes. The size is never 0: zero-sized
    /// elements return before a `Ctx` exists.
    shape: S,
    /// The comparator's data pointer.
    data: *mut (),
    /// The erased comparator.
    cmp: Compare,
    /// The erased block comparator.
    many: ManyFn,
    /// One element slot, aligned for the element type, outside the slice.
    tmp: *mut u8,
    /// Whether the elements are plain data (see [`plain`]).
    plain: bool,
}

impl<S: Shape> Ctx<S> {
    /// Element size in bytes.
    #[inline(always)]
    fn size(&self) -> usize {
        self.shape.size()
    }

    /// Copies the element at `src` to `dst`.
    ///
    /// # Safety
    /// As for [`Shape::copy`].
    #[inline(always)]
    unsafe fn copy(&self, src: *const u8, dst: *mut u8) {
        // SAFETY: the caller's guarantee.
        unsafe { self.shape.copy(src, dst) }
    }

    /// Whether the element at `a` goes before the one at `b`.
    ///
    /// # Safety
    /// `a` and `b` are distinct live elements (see the callback rule in the module docs).
    #[inline(always)]
    unsafe fn lt(&self, a: *const u8, b: *const u8) -> bool {
        debug_assert!(a != b, "an element compared with itself");
        if S::KEYED {
            // SAFETY: the caller's guarantee.
            return unsafe { self.shape.lt(a, b) };
        }
        // SAFETY: the caller's guarantee; `data` is the one the shim paired with `cmp`.
        unsafe {
            match self.cmp {
                Compare::Ord(f) => f(a, b) == Ordering::Less,
                Compare::Less(f) => f(self.data, a, b),
            }
        }
    }

    /// The answers of [`ManyFn`] for the `n <= 64` elements at `e` against `pivot`.
    ///
    /// # Safety
    /// The elements and the pivot are distinct live elements.
    #[inline(always)]
    unsafe fn mask(&self, e: *const u8, n: usize, pivot: *const u8, le: bool) -> u64 {
        debug_assert!(n <= 64);
        if S::KEYED {
            // SAFETY: the caller's guarantee.
            return unsafe { self.mask_keyed(e, n, pivot, le) };
        }
        // SAFETY: the caller's guarantee; `data` is the one the shim paired with `many`.
        unsafe { (self.many)(self.data, e, n, pivot, le) }
    }

    /// [`mask`](Ctx::mask) for a [`Keyed`] shape: the comparisons by value, in a loop the
    /// compiler can unroll and vectorize.
    ///
    /// # Safety
    /// As for [`mask`](Ctx::mask).
    #[inline(always)]
    unsafe fn mask_keyed(&self, e: *const u8, n: usize, pivot: *const u8, le: bool) -> u64 {
        let mut m = 0u64;
        let size = self.size();
        // SAFETY: the caller's guarantee: elements `0..n` and the pivot are live.
        unsafe {
            if le {
                for i in 0..n {
                    m |= (!self.shape.lt(pivot, e.add(i * size)) as u64) << i;
                }
            } else {
                for i in 0..n {
                    m |= (self.shape.lt(e.add(i * size), pivot) as u64) << i;
                }
            }
        }
        m
    }

    /// Ranges up to this length are sorted by [`leaf::leaf_sort`] in the quicksorts.
    #[inline(always)]
    fn leaf_len(&self) -> usize {
        if self.plain {
            S::PLAIN_LEAF
        } else {
            QUICK_LEAF
        }
    }

    /// Element `i` of the elements at `v`.
    ///
    /// # Safety
    /// The result is within (or one past) the allocation `v` points into.
    #[inline(always)]
    unsafe fn at(&self, v: *mut u8, i: usize) -> *mut u8 {
        // SAFETY: the caller's guarantee.
        unsafe { v.add(i * self.size()) }
    }
}

/// What the core knows of an element type: its layout and whether it is plain data (see
/// [`plain`]). The shims pass a promoted constant of it, which holds no pointer, so it
/// costs read-only data and no relocation.
pub(crate) struct Elem {
    /// Size in bytes.
    pub(crate) size: usize,
    /// Alignment in bytes.
    pub(crate) align: usize,
    /// Whether the elements are plain data.
    pub(crate) plain: bool,
}

impl Elem {
    /// The description of `T`.
    pub(crate) const fn of<T>() -> Elem {
        Elem {
            size: core::mem::size_of::<T>(),
            align: core::mem::align_of::<T>(),
            plain: plain(core::mem::size_of::<T>(), core::mem::needs_drop::<T>()),
        }
    }
}

/// How to compare: the erased comparator, its block form, and the data pointer both take
/// (the user's closure or key function; unused for `Ord`).
#[derive(Clone, Copy)]
pub(crate) struct By {
    /// The data pointer paired with `cmp` and `many`.
    pub(crate) data: *mut (),
    /// One comparison.
    pub(crate) cmp: Compare,
    /// A block of comparisons against one pivot.
    pub(crate) many: ManyFn,
}

impl By {
    /// The comparator of a [`Keyed`] shape, which compares by value and never calls it.
    pub(crate) const VALUE: By = By {
        data: core::ptr::null_mut(),
        cmp: Compare::Less(never_less),
        many: never_many,
    };
}

/// [`By::VALUE`]'s comparator: never called.
///
/// # Safety
/// Never called; panics if it is.
unsafe fn never_less(_: *mut (), _: *const u8, _: *const u8) -> bool {
    unreachable!("a keyed shape compares by value")
}

/// [`By::VALUE`]'s block comparator: never called.
///
/// # Safety
/// Never called; panics if it is.
unsafe fn never_many(_: *mut (), _: *const u8, _: usize, _: *const u8, _: bool) -> u64 {
    unreachable!("a keyed shape compares by value")
}

impl<S: Shape> Ctx<S> {
    /// The context for elements described by `e` and moved by `shape`, compared by `by`,
    /// with `tmp` as the scratch slot.
    #[inline(always)]
    fn new(e: &Elem, shape: S, by: By, tmp: *mut u8) -> Ctx<S> {
        debug_assert_eq!(shape.size(), e.size);
        Ctx {
            shape,
            data: by.data,
            cmp: by.cmp,
            many: by.many,
            tmp,
            plain: e.plain,
        }
    }
}

/// Sorts the `len` elements at `v` stably; see [`stable`]. small's entry point: the one
/// copy of the stable sort, moving elements by their run-time size.
///
/// # Safety
/// `v` points to `len` initialized, exclusively borrowed elements of the type `e`
/// describes and `by` compares (its data pointer live for the call).
#[inline(never)]
pub(crate) unsafe fn sort_stable(v: *mut u8, len: usize, e: &Elem, by: By) {
    // SAFETY: the caller's guarantee.
    unsafe { sort_stable_in(v, len, e, Dyn(e.size), by) }
}

/// [`sort_stable`] for elements of one fixed shape: medium's entry point, one copy per
/// shape.
///
/// # Safety
/// As for [`sort_stable`]; `shape` describes the elements' size and alignment.
#[inline(never)]
pub(crate) unsafe fn sort_stable_shaped<S: Shape>(
    v: *mut u8,
    len: usize,
    e: &Elem,
    shape: S,
    by: By,
) {
    // SAFETY: the caller's guarantee.
    unsafe { sort_stable_in(v, len, e, shape, by) }
}

/// The body of the stable sorts' entry points.
///
/// # Safety
/// As for [`sort_stable_shaped`].
#[inline(always)]
unsafe fn sort_stable_in<S: Shape>(v: *mut u8, len: usize, e: &Elem, shape: S, by: By) {
    if e.size == 0 || len < 2 {
        return;
    }
    let mut stack = StackBuf(MaybeUninit::uninit());
    // The partition buffer (`len` elements, none for short slices) and, after it, the
    // slot that insertion sort holds an element in.
    let leaf = if e.plain { S::PLAIN_LEAF } else { QUICK_LEAF };
    let count = if len <= leaf { 0 } else { len };
    let scratch = Scratch::new(&mut stack, e.size, e.align, count + 1);
    // SAFETY: slot `count` of the scratch.
    let c = Ctx::new(e, shape, by, unsafe { scratch.ptr.add(count * e.size) });
    // SAFETY: the caller's guarantee; the scratch holds `count` elements before `tmp`.
    unsafe { stable::sort(&c, v, len, scratch.ptr) }
}

/// Sorts the `len` elements at `v`, not necessarily stably; see [`quick`]. small's entry
/// point.
///
/// # Safety
/// As for [`sort_stable`].
#[inline(never)]
pub(crate) unsafe fn sort_unstable(v: *mut u8, len: usize, e: &Elem, by: By) {
    // SAFETY: the caller's guarantee.
    unsafe { sort_unstable_in(v, len, e, Dyn(e.size), by) }
}

/// [`sort_unstable`] for elements of one fixed shape: medium's entry point.
///
/// # Safety
/// As for [`sort_stable_shaped`].
#[inline(never)]
pub(crate) unsafe fn sort_unstable_shaped<S: Shape>(
    v: *mut u8,
    len: usize,
    e: &Elem,
    shape: S,
    by: By,
) {
    // SAFETY: the caller's guarantee.
    unsafe { sort_unstable_in(v, len, e, shape, by) }
}

/// The body of the unstable sorts' entry points.
///
/// # Safety
/// As for [`sort_stable_shaped`].
#[inline(always)]
unsafe fn sort_unstable_in<S: Shape>(v: *mut u8, len: usize, e: &Elem, shape: S, by: By) {
    if e.size == 0 || len < 2 {
        return;
    }
    let mut stack = StackBuf(MaybeUninit::uninit());
    let scratch = Scratch::new(&mut stack, e.size, e.align, 1);
    let c = Ctx::new(e, shape, by, scratch.ptr);
    // SAFETY: the caller's guarantee.
    unsafe { quick::sort(&c, v, len) }
}

/// Reorders the `len` elements at `v` so that element `index` is the one a sort would put
/// there, no element before it is greater and none after it is less; see [`select`].
/// small's entry point.
///
/// # Panics
/// If `index >= len`, with std's message.
///
/// # Safety
/// As for [`sort_stable`].
#[inline(never)]
pub(crate) unsafe fn select_nth(v: *mut u8, len: usize, index: usize, e: &Elem, by: By) {
    // SAFETY: the caller's guarantee.
    unsafe { select_nth_in(v, len, index, e, Dyn(e.size), by) }
}

/// [`select_nth`] for elements of one fixed shape: medium's entry point.
///
/// # Panics
/// If `index >= len`, with std's message.
///
/// # Safety
/// As for [`sort_stable_shaped`].
#[inline(never)]
pub(crate) unsafe fn select_nth_shaped<S: Shape>(
    v: *mut u8,
    len: usize,
    index: usize,
    e: &Elem,
    shape: S,
    by: By,
) {
    // SAFETY: the caller's guarantee.
    unsafe { select_nth_in(v, len, index, e, shape, by) }
}

/// The body of the selections' entry points.
///
/// # Safety
/// As for [`sort_stable_shaped`].
#[inline(always)]
unsafe fn select_nth_in<S: Shape>(
    v: *mut u8,
    len: usize,
    index: usize,
    e: &Elem,
    shape: S,
    by: By,
) {
    if index >= len {
        select::out_of_bounds(index, len);
    }
    if e.size == 0 || len < 2 {
        return;
    }
    let mut stack = StackBuf(MaybeUninit::uninit());
    let scratch = Scratch::new(&mut stack, e.size, e.align, 1);
    let c = Ctx::new(e, shape, by, scratch.ptr);
    // SAFETY: the caller's guarantee; `index < len`.
    unsafe { select::select(&c, v, len, index) }
}

#[cfg(test)]
mod tests;
