//! Element shapes: which fixed-size carrier moves the elements of a type, chosen at
//! compile time from the type's size and alignment.
//!
//! A medium core is instantiated once per carrier a program uses, not once per element
//! type: `u64`, `i64`, `f64`, `&T`, `Box<T>` and `(u32, u32)` (on 64-bit targets) all
//! share the carrier `u64` and so one copy of the sort. Types of any other layout fall
//! back to small's one copy of code, which reads the size at run time.

use crate::raw::sort::{Carrier, Keyed};
use core::mem::{align_of, size_of};

/// The carriers, as `(size, align)` of each, in the order [`id`] tries them. The index of
/// a carrier in this list plus one is its shape id; 0 is "no carrier".
///
/// The list: the integer widths, then two, three and four words (fat pointers, `String`,
/// `Vec`, pairs and triples of words), then on 32-bit targets the 8, 12 and 16 byte
/// layouts of 4-byte alignment that `String` and pairs of words have there. A layout that
/// two carriers share (some 32-bit targets align `u64` to 4) takes the first.
#[inline(always)]
const fn layouts() -> [(usize, usize); 11] {
    [
        layout::<u8>(),
        layout::<u16>(),
        layout::<u32>(),
        layout::<u64>(),
        layout::<u128>(),
        layout::<[u64; 2]>(),
        layout::<[u64; 3]>(),
        layout::<[u64; 4]>(),
        layout::<[u32; 2]>(),
        layout::<[u32; 3]>(),
        layout::<[u32; 4]>(),
    ]
}

const fn layout<W: Carrier>() -> (usize, usize) {
    (size_of::<W>(), align_of::<W>())
}

/// The shape id of `T`: 1 + the index of the first carrier of `T`'s size and alignment in
/// [`layouts`], or 0 if there is none (zero-sized and odd-sized types).
pub(crate) const fn id<T>() -> u8 {
    let l = layouts();
    let mut i = 0;
    while i < l.len() {
        if l[i].0 == size_of::<T>() && l[i].1 == align_of::<T>() {
            return i as u8 + 1;
        }
        i += 1;
    }
    0
}

/// Evaluates `$shaped` with `$s` bound to the [`Fixed`](crate::raw::sort::Fixed) shape of
/// the carrier of `$T`, or `$other` if `$T` has no carrier.
///
/// The choice is a `match` on an inline constant, so it is made at compile time: each
/// element type's shim calls exactly one core, and only the cores of the carriers that a
/// program's element types use are instantiated and linked.
macro_rules! by_shape {
    ($T:ty, |$s:ident| $shaped:expr, || $other:expr) => {{
        use $crate::raw::sort::Fixed;
        match const { $crate::medium::shape::id::<$T>() } {
            1 => {
                let $s = Fixed::<u8>::new();
                $shaped
            }
            2 => {
                let $s = Fixed::<u16>::new();
                $shaped
            }
            3 => {
                let $s = Fixed::<u32>::new();
                $shaped
            }
            4 => {
                let $s = Fixed::<u64>::new();
                $shaped
            }
            5 => {
                let $s = Fixed::<u128>::new();
                $shaped
            }
            6 => {
                let $s = Fixed::<[u64; 2]>::new();
                $shaped
            }
            7 => {
                let $s = Fixed::<[u64; 3]>::new();
                $shaped
            }
            8 => {
                let $s = Fixed::<[u64; 4]>::new();
                $shaped
            }
            9 => {
                let $s = Fixed::<[u32; 2]>::new();
                $shaped
            }
            10 => {
                let $s = Fixed::<[u32; 3]>::new();
                $shaped
            }
            11 => {
                let $s = Fixed::<[u32; 4]>::new();
                $shaped
            }
            _ => $other,
        }
    }};
}
pub(crate) use by_shape;

/// How a type whose `Ord` is the order of an integer of its size compares: as the
/// unsigned integer of its width, after an XOR with the value given (the sign bit for the
/// signed integers, 0 otherwise). `No` for every other type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IntOrd {
    /// Not a primitive integer, `bool` or `char`: compared by its `Ord`.
    No,
    /// One byte: `u8`, `i8`, `bool`.
    W8(u8),
    /// Two bytes: `u16`, `i16`.
    W16(u16),
    /// Four bytes: `u32`, `i32`, `char` (and `usize`, `isize` on 32-bit targets).
    W32(u32),
    /// Eight bytes: `u64`, `i64` (and `usize`, `isize` on 64-bit targets).
    W64(u64),
    /// Sixteen bytes: `u128`, `i128`.
    W128(u128),
}

/// The [`IntOrd`] of `T`, found by comparing `T`'s type id (lifetimes erased, see the
/// `typeid` crate) with the primitive types'. The comparisons are of constants, so the
/// function folds to one value at compile time wherever it is inlined; the comparisons
/// themselves are one non-generic function ([`int_ord_of`]).
#[inline(always)]
pub(crate) fn int_ord<T>() -> IntOrd {
    int_ord_of(typeid::of::<T>())
}

/// The [`IntOrd`] of the type whose id is `t`.
#[inline(always)]
fn int_ord_of(t: core::any::TypeId) -> IntOrd {
    use core::any::TypeId;
    let is = |u: TypeId| t == u;
    let word = size_of::<usize>();
    if is(TypeId::of::<u64>()) || is(TypeId::of::<usize>()) && word == 8 {
        IntOrd::W64(0)
    } else if is(TypeId::of::<i64>()) || is(TypeId::of::<isize>()) && word == 8 {
        IntOrd::W64(1 << 63)
    } else if is(TypeId::of::<u32>())
        || is(TypeId::of::<char>())
        || is(TypeId::of::<usize>()) && word == 4
    {
        IntOrd::W32(0)
    } else if is(TypeId::of::<i32>()) || is(TypeId::of::<isize>()) && word == 4 {
        IntOrd::W32(1 << 31)
    } else if is(TypeId::of::<u8>()) || is(TypeId::of::<bool>()) {
        IntOrd::W8(0)
    } else if is(TypeId::of::<i8>()) {
        IntOrd::W8(1 << 7)
    } else if is(TypeId::of::<u16>()) {
        IntOrd::W16(0)
    } else if is(TypeId::of::<i16>()) {
        IntOrd::W16(1 << 15)
    } else if is(TypeId::of::<u128>()) {
        IntOrd::W128(0)
    } else if is(TypeId::of::<i128>()) {
        IntOrd::W128(1 << 127)
    } else {
        IntOrd::No
    }
}

/// What [`by_value`] runs on the elements of a primitive type.
#[derive(Clone, Copy)]
pub(crate) enum ByValue {
    /// `sort_unstable` (also the stable sort: equal elements of these types are
    /// identical).
    Sort,
    /// `select_nth_unstable` of this index.
    Select(usize),
}

/// Runs `op` on the `len` elements at `p`, of a primitive type of [`IntOrd`] `k` (not
/// `No`), in the core of the [`Keyed`] shape of its width. Not generic, so a sorted type
/// adds no code of its own here; inlined into each caller, where `k` and `op` are
/// constants, so that only the core of the width sorted is linked.
///
/// # Panics
/// For `Select(index)`, if `index >= len`.
///
/// # Safety
/// `p` points to `len` initialized, exclusively borrowed elements of the type whose
/// [`int_ord`] is `k`.
#[inline(always)]
pub(crate) unsafe fn by_value(k: IntOrd, p: *mut u8, len: usize, op: ByValue) {
    use crate::raw::sort::{self as core_sort, By, Elem};
    macro_rules! run {
        ($W:ty, $flip:expr) => {{
            // SAFETY: the caller's guarantee: the elements are of a primitive integer type
            // of `$W`'s width (or `bool`, `char`), whose `Ord` is the order of the bits
            // as `$W` XORed with the flip, and whose every byte is initialized.
            let s = unsafe { Keyed::<$W>::new($flip) };
            let e = const { &Elem::of::<$W>() };
            // SAFETY: as above; the shape and `e` describe the elements' layout.
            unsafe {
                match op {
                    ByValue::Sort => core_sort::sort_unstable_shaped(p, len, e, s, By::VALUE),
                    ByValue::Select(i) => core_sort::select_nth_shaped(p, len, i, e, s, By::VALUE),
                }
            }
        }};
    }
    match k {
        IntOrd::W8(f) => run!(u8, f),
        IntOrd::W16(f) => run!(u16, f),
        IntOrd::W32(f) => run!(u32, f),
        IntOrd::W64(f) => run!(u64, f),
        IntOrd::W128(f) => run!(u128, f),
        IntOrd::No => unreachable!("by_value on a type that is not a primitive integer"),
    }
}

#[cfg(test)]
mod tests {
    use super::id;

    #[test]
    fn common_types_have_carriers() {
        assert_eq!(id::<u8>(), 1);
        assert_eq!(id::<bool>(), 1);
        assert_eq!(id::<u16>(), 2);
        assert_eq!(id::<f32>(), 3);
        assert_eq!(id::<char>(), 3);
        assert_ne!(id::<usize>(), 0);
        assert_ne!(id::<alloc::string::String>(), 0);
        assert_ne!(id::<&str>(), 0);
        assert_eq!(id::<()>(), 0);
        assert_eq!(id::<[u8; 3]>(), 0);
        assert_eq!(id::<[u8; 40]>(), 0);
        #[cfg(target_pointer_width = "64")]
        {
            assert_eq!(id::<u64>(), 4);
            assert_eq!(id::<(u32, u32)>(), 9);
            assert_eq!(id::<alloc::string::String>(), 7);
            assert_eq!(id::<(u64, u64, u64, u64)>(), 8);
        }
    }
}
#[cfg(test)]
mod int_ord_tests {
    use super::{int_ord, IntOrd};
    #[test]
    fn primitives() {
        assert_eq!(int_ord::<u64>(), IntOrd::W64(0));
        assert_eq!(int_ord::<i32>(), IntOrd::W32(1 << 31));
        assert_eq!(int_ord::<&str>(), IntOrd::No);
    }
}
