//! Compile-time facts about the Vec variants: header sizes, the `Option` niche, auto
//! traits (Send, Sync, Unpin) of the vectors and their owning iterators, and variance.
//!
//! Everything here is checked by the compiler; the few `#[test]`s then use the coerced
//! vectors, so a variant whose variance is only skin-deep fails at run time too.

mod common;

use std::cell::Cell;
use std::mem::{align_of, size_of};
use std::rc::Rc;
use std::sync::MutexGuard;

use common::{Align4096, Align64};
use sizespeed::{boxed, fast, inline, medium, small, thin};
use static_assertions::{assert_eq_size, assert_impl_all, assert_not_impl_any, const_assert_eq};

// ---------------------------------------------------------------------------------------
// Header sizes
// ---------------------------------------------------------------------------------------

// fast and small: pointer, capacity, length; whatever the element type.
assert_eq_size!(fast::Vec<u64>, [usize; 3]);
assert_eq_size!(fast::Vec<u8>, [usize; 3]);
assert_eq_size!(fast::Vec<Align4096>, [usize; 3]);
assert_eq_size!(fast::Vec<()>, [usize; 3]);
assert_eq_size!(small::Vec<u64>, [usize; 3]);
assert_eq_size!(medium::Vec<u64>, [usize; 3]);
assert_eq_size!(Option<medium::Vec<u64>>, medium::Vec<u64>);
assert_eq_size!(small::Vec<u8>, [usize; 3]);
assert_eq_size!(small::Vec<Align4096>, [usize; 3]);
assert_eq_size!(small::Vec<()>, [usize; 3]);
assert_eq_size!(small::Vec<String>, std::vec::Vec<String>);

// thin: one pointer to a heap header that holds length and capacity.
assert_eq_size!(thin::Vec<u64>, usize);
assert_eq_size!(thin::Vec<u8>, usize);
assert_eq_size!(thin::Vec<Align4096>, usize);
assert_eq_size!(thin::Vec<()>, usize);

// boxed: a std vector of boxes, whatever the element type.
assert_eq_size!(boxed::Vec<u64>, [usize; 3]);
assert_eq_size!(boxed::Vec<u8>, [usize; 3]);
assert_eq_size!(boxed::Vec<Align4096>, [usize; 3]);
assert_eq_size!(boxed::Vec<()>, [usize; 3]);

// `None` fits in the non-null buffer pointer.
assert_eq_size!(Option<fast::Vec<u64>>, fast::Vec<u64>);
assert_eq_size!(Option<small::Vec<u64>>, small::Vec<u64>);
assert_eq_size!(Option<small::Vec<()>>, small::Vec<()>);
assert_eq_size!(Option<thin::Vec<u64>>, thin::Vec<u64>);
assert_eq_size!(Option<boxed::Vec<u64>>, boxed::Vec<u64>);

/// The size smallvec's `union` layout gives `SmallVec<[T; n]>`: a `usize` capacity plus a
/// union of the inline array and the `(pointer, length)` heap pair, padded to the
/// alignment of its most aligned part.
const fn inline_size(n: usize, size: usize, align: usize) -> usize {
    let word = size_of::<usize>();
    let align = if align > word { align } else { word };
    let data = if n * size > 2 * word {
        n * size
    } else {
        2 * word
    };
    let data = data.div_ceil(align) * align;
    (word.div_ceil(align) * align + data).div_ceil(align) * align
}

// Sanity of the formula itself, in plain numbers for a 64-bit target.
#[cfg(target_pointer_width = "64")]
const _: () = {
    assert!(inline_size(8, 8, 8) == 72);
    assert!(inline_size(16, 1, 1) == 24);
    assert!(inline_size(1, 8, 8) == 24);
    assert!(inline_size(4, 64, 64) == 320);
};

// inline: the inline buffer (or the heap pair, if larger) plus one word.
const_assert_eq!(size_of::<inline::Vec<u64>>(), inline_size(8, 8, 8));
const_assert_eq!(size_of::<inline::InlineVec<u64, 8>>(), inline_size(8, 8, 8));
const_assert_eq!(
    size_of::<inline::InlineVec<u8, 16>>(),
    inline_size(16, 1, 1)
);
const_assert_eq!(size_of::<inline::InlineVec<u64, 1>>(), inline_size(1, 8, 8));
const_assert_eq!(
    size_of::<inline::InlineVec<Align64, 4>>(),
    inline_size(4, 64, 64)
);
const_assert_eq!(
    size_of::<inline::InlineVec<u64, 8>>(),
    size_of::<smallvec::SmallVec<[u64; 8]>>()
);

/// Instantiates the auto-trait and variance checks for one variant, given as a type
/// alias `V<T>`.
macro_rules! auto_traits {
    ($name:ident, $T:ident => $ty:ty) => {
        #[allow(dead_code)]
        mod $name {
            use super::*;

            type V<$T> = $ty;
            type IntoIter<$T> = <V<$T> as IntoIterator>::IntoIter;

            assert_impl_all!(V<u64>: Send, Sync, Unpin);
            assert_impl_all!(V<String>: Send, Sync, Unpin);
            assert_impl_all!(V<Align64>: Send, Sync, Unpin);
            // A non-Send element makes the vector neither Send nor Sync.
            assert_not_impl_any!(V<Rc<u8>>: Send, Sync);
            // Send but not Sync.
            assert_impl_all!(V<Cell<u8>>: Send);
            assert_not_impl_any!(V<Cell<u8>>: Sync);
            // Sync but not Send.
            assert_impl_all!(V<MutexGuard<'static, u8>>: Sync);
            assert_not_impl_any!(V<MutexGuard<'static, u8>>: Send);

            // The owning iterator follows its elements the same way.
            assert_impl_all!(IntoIter<u64>: Send, Sync, Unpin);
            assert_impl_all!(IntoIter<String>: Send, Sync);
            assert_not_impl_any!(IntoIter<Rc<u8>>: Send, Sync);
            assert_impl_all!(IntoIter<Cell<u8>>: Send);
            assert_not_impl_any!(IntoIter<Cell<u8>>: Sync);
            assert_impl_all!(IntoIter<MutexGuard<'static, u8>>: Sync);
            assert_not_impl_any!(IntoIter<MutexGuard<'static, u8>>: Send);

            assert_impl_all!(V<u64>: Default, Clone, std::fmt::Debug, PartialEq, Eq, PartialOrd, Ord, std::hash::Hash);
            assert_impl_all!(V<u64>: Extend<u64>, FromIterator<u64>, From<Vec<u64>>, From<[u64; 3]>);
            assert_impl_all!(V<u64>: sizespeed::Seq<u64>, sizespeed::Stack<u64>);
        }
    };
}

/// Compile-pass covariance checks for a variant with no `'static` bound on `T`.
macro_rules! covariant {
    ($name:ident, $T:ident => $ty:ty) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            type V<$T> = $ty;

            fn shorten<'a>(v: V<&'static str>) -> V<&'a str> {
                v
            }

            fn shorten_iter<'a>(
                i: <V<&'static str> as IntoIterator>::IntoIter,
            ) -> <V<&'a str> as IntoIterator>::IntoIter {
                i
            }

            fn shorten_ref<'r, 'a>(v: &'r V<&'static str>) -> &'r V<&'a str> {
                v
            }

            /// The coerced vector holds both lifetimes and still reads back correctly.
            #[test]
            fn coerced_vector_works() {
                let mut v = V::<&'static str>::new();
                v.push("static");
                assert_eq!(shorten_ref(&v).first(), Some(&"static"));
                let local = String::from("local");
                let mut w = shorten(v);
                w.push(&local);
                assert_eq!(w.len(), 2);
                assert_eq!(w.iter().copied().collect::<Vec<_>>(), ["static", "local"]);
                let it = shorten_iter(V::<&'static str>::from_iter(["a", "b"]).into_iter());
                assert_eq!(it.collect::<Vec<_>>(), ["a", "b"]);
            }
        }
    };
}

auto_traits!(small_traits, T => sizespeed::small::Vec<T>);
auto_traits!(medium_traits, T => sizespeed::medium::Vec<T>);
auto_traits!(fast_traits, T => sizespeed::fast::Vec<T>);
auto_traits!(inline_traits, T => sizespeed::inline::Vec<T>);
auto_traits!(inline_n2_traits, T => sizespeed::inline::InlineVec<T, 2>);
auto_traits!(thin_traits, T => sizespeed::thin::Vec<T>);
auto_traits!(boxed_traits, T => sizespeed::boxed::Vec<T>);

covariant!(small_variance, T => sizespeed::small::Vec<T>);
covariant!(medium_variance, T => sizespeed::medium::Vec<T>);
covariant!(fast_variance, T => sizespeed::fast::Vec<T>);
covariant!(thin_variance, T => sizespeed::thin::Vec<T>);
// Not `inline`: smallvec names its element type through the `Array::Item` projection,
// which makes it invariant; tests/ui/inline_invariant.rs checks that.
// Not `boxed`: it is invariant on purpose. Its elements are `Box<dyn Any>` downcast by
// `TypeId`, and subtypes such as `for<'x> fn(&'x u8)` and `fn(&'static u8)` have
// different `TypeId`s, so a covariant coercion would make every later downcast fail;
// tests/ui/boxed_invariant.rs checks that the coercion is rejected.

// The header never takes the element's alignment (except inline's, which holds elements).
const_assert_eq!(align_of::<small::Vec<Align4096>>(), align_of::<usize>());
const_assert_eq!(align_of::<medium::Vec<Align4096>>(), align_of::<usize>());
const_assert_eq!(align_of::<fast::Vec<Align4096>>(), align_of::<usize>());
const_assert_eq!(align_of::<thin::Vec<Align4096>>(), align_of::<usize>());
const_assert_eq!(align_of::<boxed::Vec<Align4096>>(), align_of::<usize>());
const_assert_eq!(align_of::<inline::InlineVec<Align4096, 1>>(), 4096);
