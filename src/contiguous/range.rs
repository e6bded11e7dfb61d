//! Range arguments (`drain`, `splice`, `extract_if`, `extend_from_within`) resolved
//! with std's panics.

/// The `start..end` a range argument of `drain`, `splice`, `extract_if` or
/// `extend_from_within` stands for in a vector of `len` elements.
///
/// # Panics
/// Panics with std's messages if the range starts after it ends or ends after `len`.
#[inline]
#[track_caller]
pub(crate) fn range_of<R: core::ops::RangeBounds<usize>>(
    range: R,
    len: usize,
) -> core::ops::Range<usize> {
    bounds_of(
        range.start_bound().cloned(),
        range.end_bound().cloned(),
        len,
    )
}

/// [`range_of`] after the range is turned into bounds: one copy for every range type.
///
/// The checks run in std's order (the end against `len`, then the start, then their
/// order) and report the bounds as written, so the messages are std's for every range
/// with an included or unbounded start.
#[track_caller]
fn bounds_of(
    start: core::ops::Bound<usize>,
    end: core::ops::Bound<usize>,
    len: usize,
) -> core::ops::Range<usize> {
    use core::ops::Bound;
    let (start, start_shown) = match start {
        Bound::Included(s) => (Some(s), s),
        Bound::Excluded(s) => (s.checked_add(1), s),
        Bound::Unbounded => (Some(0), 0),
    };
    let (end, end_shown) = match end {
        Bound::Included(e) => (e.checked_add(1), e),
        Bound::Excluded(e) => (Some(e), e),
        Bound::Unbounded => (Some(len), len),
    };
    let end = match end {
        Some(e) if e <= len => e,
        _ => range_panic(RangePanic::End, end_shown, len),
    };
    let start = match start {
        Some(s) if s <= len => s,
        _ => range_panic(RangePanic::Start, start_shown, len),
    };
    if start > end {
        range_panic(RangePanic::Order, start, end)
    }
    start..end
}

/// Which of std's range panics to raise.
enum RangePanic {
    Start,
    End,
    Order,
}

/// Panics with std's message for a bad range.
#[cold]
#[inline(never)]
#[track_caller]
fn range_panic(kind: RangePanic, a: usize, b: usize) -> ! {
    match kind {
        RangePanic::Start => panic!("range start index {a} out of range for slice of length {b}"),
        RangePanic::End => panic!("range end index {a} out of range for slice of length {b}"),
        RangePanic::Order => panic!("slice index starts at {a} but ends at {b}"),
    }
}
