//! The life of element arrays, shared by every core that owns one: the amortized capacity
//! policy, the (re)allocation, what a failure turns into, and the final free.

use alloc::alloc::{alloc, dealloc, handle_alloc_error, realloc};
use core::alloc::Layout;
use core::ptr::NonNull;

use super::ElemInfo;
use crate::TryReserveError;

/// Why a growth request failed, before it is turned into a panic or an error.
pub(crate) enum Grow {
    /// The size cannot be represented (`usize` or `isize::MAX` bytes).
    Overflow,
    /// The allocator refused this layout.
    Alloc(Layout),
}

impl From<Grow> for TryReserveError {
    fn from(g: Grow) -> Self {
        match g {
            Grow::Overflow => TryReserveError::capacity_overflow(),
            Grow::Alloc(layout) => TryReserveError::alloc_error(layout),
        }
    }
}

/// Turns a growth failure into the panic or abort that `reserve` promises.
#[cold]
#[inline(never)]
#[track_caller]
pub(crate) fn grow_failed(err: Grow) -> ! {
    match err {
        Grow::Overflow => panic!("capacity overflow"),
        Grow::Alloc(layout) => handle_alloc_error(layout),
    }
}

/// The capacity to grow a buffer of `cap` slots to so that it holds `required`: exactly
/// `required` when `exact`, otherwise doubling, with std's floors so that tiny buffers do
/// not reallocate at every push.
pub(crate) fn grown_capacity(info: &ElemInfo, cap: usize, required: usize, exact: bool) -> usize {
    if exact {
        return required;
    }
    let floor = if info.size == 1 {
        8
    } else if info.size <= 1024 {
        4
    } else {
        1
    };
    required.max(cap.saturating_mul(2)).max(floor)
}

/// Moves an array of `old_cap` slots at `ptr` into a new allocation of `new_cap` slots,
/// returning it; the first `old_cap` slots' bytes are carried over. On failure the old
/// allocation is untouched.
///
/// # Safety
/// `info.size > 0`; `new_cap > old_cap`; if `old_cap > 0`, `ptr` was allocated by the
/// global allocator with `info.array(old_cap)`.
pub(crate) unsafe fn grow_array(
    info: &ElemInfo,
    ptr: NonNull<u8>,
    old_cap: usize,
    new_cap: usize,
) -> Result<NonNull<u8>, Grow> {
    let new_layout = info.array(new_cap).ok_or(Grow::Overflow)?;
    let new_ptr = if old_cap == 0 {
        // SAFETY: `new_layout` has non-zero size: `new_cap >= 1` and `size > 0`.
        unsafe { alloc(new_layout) }
    } else {
        // The current layout was valid when it was allocated.
        let old_layout = info.array(old_cap).ok_or(Grow::Overflow)?;
        // SAFETY: `ptr` was allocated with `old_layout` (the caller's promise); the new
        // size is non-zero and, as `new_layout` exists, does not overflow `isize`.
        unsafe { realloc(ptr.as_ptr(), old_layout, new_layout.size()) }
    };
    NonNull::new(new_ptr).ok_or(Grow::Alloc(new_layout))
}

/// Frees an array buffer of `cap` slots when it goes out of scope, even during unwinding:
/// the owner's drop path creates it first, then drops the elements.
pub(crate) struct FreeOnDrop<'a> {
    /// The buffer: allocated with `info.array(cap)` when `cap > 0` and `info.size > 0`,
    /// otherwise dangling. No element in it is used once this guard drops.
    pub(crate) ptr: *mut u8,
    pub(crate) cap: usize,
    pub(crate) info: &'a ElemInfo,
}

impl Drop for FreeOnDrop<'_> {
    fn drop(&mut self) {
        if self.info.size == 0 || self.cap == 0 {
            return;
        }
        if let Some(layout) = self.info.array(self.cap) {
            // SAFETY: the buffer was allocated with this layout (field invariant) and no
            // element in it is used again.
            unsafe { dealloc(self.ptr, layout) }
        }
    }
}
