//! Non-generic cores: the only code in the crate that moves elements as raw bytes.
//!
//! Everything here is compiled once, whatever the number of element types. The typed
//! shims in [`crate::small`] describe their element type with an [`ElemInfo`], a
//! `&'static` table built once per type at compile time, and pass it in.
//!
//! Functions here are deliberately not `#[inline]`: inlining them into each typed shim
//! would turn the one copy of code back into one copy per type. The exceptions are
//! short paths whose call overhead is a large part of their cost, such as the hash
//! table's lookup and removal (see `table::RawTable::find`): unoptimized builds keep one
//! copy of them, and their cost in optimized code per type is measured in
//! `size-reports/`.

pub(crate) mod btree;
pub(crate) mod deque;
pub(crate) mod grow;
pub(crate) mod heap;
pub(crate) mod iter;
pub(crate) mod sort;
pub(crate) mod table;
pub(crate) mod vec;
pub(crate) mod vec_drain;

use core::alloc::Layout;
use core::mem::MaybeUninit;
use core::ptr;

/// A type's drop glue as the cores call it, or `None` when the type has none.
///
/// It is passed as an argument to the core functions that drop elements, never stored in
/// a per-type table: a function address in code costs no dynamic relocation in a
/// position-independent binary, while one in a table costs a relocated pointer (8 bytes
/// of data and a 24-byte relocation on x86-64) per type. Keeping the tables free of
/// pointers also lets the linker-level merging of identical code work: two element
/// types of one layout share one [`ElemInfo`] constant, so shims that take no drop glue
/// compile to identical code and are merged.
///
/// # Safety
/// When called, the pointer must be aligned, point to an initialized element of the type
/// the function was made for, and that element must not be used again afterwards.
pub(crate) type DropFn = Option<unsafe fn(*mut u8)>;

/// What the non-generic cores need to know about an element type's layout.
///
/// Built once per type as a constant (see [`ElemInfo::of`]) and passed by `&'static`
/// reference. It holds no pointers (see [`DropFn`] for why); the drop glue travels
/// separately, as [`drop_fn`] gives it.
#[derive(Debug)]
pub(crate) struct ElemInfo {
    /// Size of one element in bytes. Always a multiple of `align`, as for every Rust type.
    pub(crate) size: usize,
    /// Alignment of one element in bytes: a power of two.
    pub(crate) align: usize,
}

/// Gives every type its [`ElemInfo`] and [`DropFn`] as compile-time constants.
pub(crate) trait HasElemInfo: Sized {
    /// The table for `Self`; `&Self::INFO` is a promoted `&'static`.
    const INFO: &'static ElemInfo;
    /// `Self`'s drop glue, or `None` when it has none.
    const DROP: DropFn;
}

impl<T> HasElemInfo for T {
    const INFO: &'static ElemInfo = &ElemInfo {
        size: core::mem::size_of::<T>(),
        align: core::mem::align_of::<T>(),
    };
    const DROP: DropFn = if core::mem::needs_drop::<T>() {
        // SAFETY: `*mut T` and `*mut u8` are both thin pointers, which the language
        // guarantees to be ABI-compatible as function arguments, so calling
        // `drop_in_place::<T>` through this pointer type is defined. Callers uphold
        // `drop_in_place`'s contract, restated on [`DropFn`]. Using the drop glue itself
        // (rather than a wrapper) adds no function per element type.
        Some(unsafe {
            core::mem::transmute::<unsafe fn(*mut T), unsafe fn(*mut u8)>(ptr::drop_in_place::<T>)
        })
    } else {
        None
    };
}

/// `T`'s drop glue as a [`DropFn`]: `None` when `T` has none.
#[inline(always)]
pub(crate) const fn drop_fn<T>() -> DropFn {
    <T as HasElemInfo>::DROP
}

impl ElemInfo {
    /// The table for `T`.
    #[inline(always)]
    pub(crate) const fn of<T>() -> &'static ElemInfo {
        <T as HasElemInfo>::INFO
    }

    /// The layout of an array of `count` elements, or `None` if it exceeds `isize::MAX`
    /// bytes.
    pub(crate) fn array(&self, count: usize) -> Option<Layout> {
        let bytes = self.size.checked_mul(count)?;
        Layout::from_size_align(bytes, self.align).ok()
    }

    /// A non-null pointer aligned for the element type, for empty and zero-sized storage.
    pub(crate) const fn dangling(&self) -> ptr::NonNull<u8> {
        // `align` is a non-zero power of two, so the pointer is non-null and aligned.
        // It carries no provenance: it is never dereferenced for a non-zero size.
        let p = ptr::null_mut::<u8>().wrapping_add(self.align);
        // SAFETY: `align >= 1`, so `p` is not null.
        unsafe { ptr::NonNull::new_unchecked(p) }
    }
}

/// Copies one element of `size` bytes from `src` to `dst`.
///
/// The common small sizes are copied with one load and one store instead of a call to
/// `memcpy`: this branch lives in the one shared copy of the code, so it costs no size per
/// element type.
///
/// # Safety
/// `src` must be valid for reads and `dst` for writes of `size` bytes, and the two ranges
/// must be equal or disjoint. Neither needs to be aligned.
#[inline]
pub(crate) unsafe fn copy_elem(src: *const u8, dst: *mut u8, size: usize) {
    /// Copies one `MaybeUninit<W>` at byte offset `at`: a word that may hold padding
    /// (uninitialized bytes), which a plain integer may not.
    #[inline(always)]
    unsafe fn word<W>(src: *const u8, dst: *mut u8, at: usize) {
        // SAFETY: the caller keeps `at + size_of::<W>()` within both disjoint ranges.
        unsafe {
            let w = (src.add(at) as *const MaybeUninit<W>).read_unaligned();
            (dst.add(at) as *mut MaybeUninit<W>).write_unaligned(w);
        }
    }
    // SAFETY: (all arms) the caller guarantees both ranges are valid for `size` bytes and
    // equal or disjoint: each word is read before it is written, and `ptr::copy` allows
    // overlap; the unaligned accesses need no alignment; `MaybeUninit` words carry padding
    // bytes as they are.
    unsafe {
        match size {
            0 => {}
            1 => word::<u8>(src, dst, 0),
            2 => word::<u16>(src, dst, 0),
            4 => word::<u32>(src, dst, 0),
            8 => word::<u64>(src, dst, 0),
            16 => word::<u128>(src, dst, 0),
            24 => {
                word::<u128>(src, dst, 0);
                word::<u64>(src, dst, 16);
            }
            32 => {
                word::<u128>(src, dst, 0);
                word::<u128>(src, dst, 16);
            }
            _ => ptr::copy(src, dst, size),
        }
    }
}

/// Drops `count` consecutive elements starting at `base`.
///
/// If one drop panics, the rest are still dropped while unwinding (a second panic aborts),
/// as std's slice drop does.
///
/// # Safety
/// `base` must point to `count` initialized, aligned elements of the type `drop` was built
/// for, `size` bytes apart, none of which is used again.
pub(crate) unsafe fn drop_elems(
    base: *mut u8,
    count: usize,
    size: usize,
    drop: unsafe fn(*mut u8),
) {
    /// Drops elements `next..count` when it goes out of scope.
    struct Rest {
        base: *mut u8,
        next: usize,
        count: usize,
        size: usize,
        drop: unsafe fn(*mut u8),
    }
    impl Drop for Rest {
        fn drop(&mut self) {
            while self.next < self.count {
                let i = self.next;
                self.next += 1;
                // SAFETY: element `i` is initialized and not yet dropped: `next` only
                // moves forward, past each element just before it is dropped.
                unsafe { (self.drop)(self.base.add(i * self.size)) }
            }
        }
    }
    let mut rest = Rest {
        base,
        next: 0,
        count,
        size,
        drop,
    };
    while rest.next < rest.count {
        let i = rest.next;
        rest.next += 1;
        // SAFETY: as in `Rest::drop`; if this panics, `rest` drops the elements after `i`.
        unsafe { (rest.drop)(rest.base.add(i * rest.size)) }
    }
}
