//! Growth of element arrays, shared by every core that owns one: the amortized capacity
//! policy, the (re)allocation, and what a failure turns into.

use alloc::alloc::{alloc, handle_alloc_error, realloc};
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
