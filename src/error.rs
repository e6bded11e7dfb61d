//! Error types shared by all variants.

use core::alloc::Layout;
use core::fmt;

/// The error [`try_reserve`](crate::Seq::try_reserve) returns instead of panicking or
/// aborting.
///
/// ```
/// use sizespeed::Seq;
///
/// let mut v = sizespeed::small::Vec::<u64>::new();
/// let err = v.try_reserve(usize::MAX).unwrap_err();
/// assert!(err.is_capacity_overflow());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TryReserveError {
    kind: ErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ErrorKind {
    CapacityOverflow,
    AllocError(Layout),
}

impl TryReserveError {
    /// The requested capacity exceeds `isize::MAX` bytes or `usize::MAX` elements.
    pub const fn capacity_overflow() -> Self {
        Self {
            kind: ErrorKind::CapacityOverflow,
        }
    }

    /// The allocator refused a request for `layout`.
    pub const fn alloc_error(layout: Layout) -> Self {
        Self {
            kind: ErrorKind::AllocError(layout),
        }
    }

    /// Whether the request failed because the size could not be represented.
    pub const fn is_capacity_overflow(&self) -> bool {
        matches!(self.kind, ErrorKind::CapacityOverflow)
    }

    /// The layout the allocator refused, if that is why the request failed.
    pub const fn layout(&self) -> Option<Layout> {
        match self.kind {
            ErrorKind::CapacityOverflow => None,
            ErrorKind::AllocError(layout) => Some(layout),
        }
    }
}

impl fmt::Display for TryReserveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("memory allocation failed")?;
        match self.kind {
            ErrorKind::CapacityOverflow => {
                f.write_str(" because the computed capacity exceeded the collection's maximum")
            }
            ErrorKind::AllocError(layout) => write!(
                f,
                " because the allocator refused {} bytes aligned to {}",
                layout.size(),
                layout.align()
            ),
        }
    }
}

impl core::error::Error for TryReserveError {}
