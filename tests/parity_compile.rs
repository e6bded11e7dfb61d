//! GENERATED from docs/parity.toml by tests/parity.rs: do not edit. Regenerate with
//! `cargo test -p sizespeed --test parity -- --ignored`.
//!
//! Each function uses one std item marked ✓ for one variant, with std's signature; a
//! ✓ that is not true does not compile. The `*_std` modules run every probe on std's
//! own type, which proves the probes right. Each module's test runs its probes on
//! small inputs.

#![allow(unused_mut, unused_variables, unused_imports, dead_code, clippy::all)]

/// Compiles only if the type implements the bound.
macro_rules! imp {
    ($t:ty: $($b:tt)+) => {{
        fn check<Y: ?Sized + $($b)+>() {}
        check::<$t>();
    }};
}

#[rustfmt::skip]
mod vec_std {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T> = std::vec::Vec<T>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.push(1);
        x.push(2);
        x.push(3);
        x
    }

    #[test]
    fn probes() {
        p000_fn_append();
        p001_fn_as_mut_ptr();
        p002_fn_as_mut_slice();
        p003_fn_as_ptr();
        p004_fn_as_slice();
        p005_fn_capacity();
        p006_fn_clear();
        p007_fn_dedup();
        p008_fn_dedup_by();
        p009_fn_dedup_by_key();
        p010_fn_drain();
        p011_fn_extend_from_slice();
        p012_fn_extend_from_within();
        p013_fn_extract_if();
        p014_fn_from_raw_parts();
        p015_fn_insert();
        p016_fn_insert_mut();
        p017_fn_into_boxed_slice();
        p018_fn_into_flattened();
        p019_fn_into_raw_parts();
        p020_fn_is_empty();
        p021_fn_leak();
        p022_fn_len();
        p023_fn_new();
        p024_fn_pop();
        p025_fn_pop_if();
        p026_fn_push();
        p027_fn_push_mut();
        p028_fn_remove();
        p029_fn_reserve();
        p030_fn_reserve_exact();
        p031_fn_resize();
        p032_fn_resize_with();
        p033_fn_retain();
        p034_fn_retain_mut();
        p035_fn_set_len();
        p036_fn_shrink_to();
        p037_fn_shrink_to_fit();
        p038_fn_spare_capacity_mut();
        p039_fn_splice();
        p040_fn_split_off();
        p041_fn_swap_remove();
        p042_fn_truncate();
        p043_fn_try_reserve();
        p044_fn_try_reserve_exact();
        p045_fn_with_capacity();
        p046_impl_asmut_vec_t_for_vec_t();
        p047_impl_asmut_slice_t_for_vec_t();
        p048_impl_asref_vec_t_for_vec_t();
        p049_impl_asref_slice_t_for_vec_t();
        p050_impl_clone_for_vec_t();
        p051_impl_debug_for_vec_t();
        p052_impl_default_for_vec_t();
        p053_impl_deref_for_vec_t();
        p054_impl_derefmut_for_vec_t();
        p055_impl_drop_for_vec_t();
        p056_impl_eq_for_vec_t();
        p057_impl_extend_ref_t_for_vec_t();
        p058_impl_extend_t_for_vec_t();
        p059_impl_from_ref_vec_t_for_cow_slice_t();
        p060_impl_from_ref_slice_t_array_for_vec_t();
        p061_impl_from_ref_slice_t_for_vec_t();
        p062_impl_from_refmut_slice_t_array_for_vec_t();
        p063_impl_from_refmut_slice_t_for_vec_t();
        p064_impl_from_ref_str_for_vec_u8();
        p065_impl_from_box_slice_t_for_vec_t();
        p066_impl_from_cow_slice_t_for_vec_t();
        p067_impl_from_vec_t_for_box_slice_t();
        p068_impl_from_vec_t_for_cow_slice_t();
        p069_impl_from_slice_t_array_for_vec_t();
        p070_impl_fromiterator_t_for_vec_t();
        p071_impl_hash_for_vec_t();
        p072_impl_index_i_for_vec_t();
        p073_impl_indexmut_i_for_vec_t();
        p074_impl_intoiterator_for_ref_vec_t();
        p075_impl_intoiterator_for_refmut_vec_t();
        p076_impl_intoiterator_for_vec_t();
        p077_impl_ord_for_vec_t();
        p078_impl_partialeq_ref_slice_u_array_for_vec_t();
        p079_impl_partialeq_ref_slice_u_for_vec_t();
        p080_impl_partialeq_refmut_slice_u_for_vec_t();
        p081_impl_partialeq_vec_u_for_ref_slice_t();
        p082_impl_partialeq_vec_u_for_refmut_slice_t();
        p083_impl_partialeq_vec_u_for_cow_slice_t();
        p084_impl_partialeq_vec_u_for_vec_t();
        p085_impl_partialeq_vec_u_for_slice_t();
        p086_impl_partialeq_slice_u_array_for_vec_t();
        p087_impl_partialeq_slice_u_for_vec_t();
        p088_impl_partialord_vec_t_for_vec_t();
        p089_impl_tryfrom_vec_t_for_slice_t_array();
        assert_eq!(90, ["p000_fn_append", "p001_fn_as_mut_ptr", "p002_fn_as_mut_slice", "p003_fn_as_ptr", "p004_fn_as_slice", "p005_fn_capacity", "p006_fn_clear", "p007_fn_dedup", "p008_fn_dedup_by", "p009_fn_dedup_by_key", "p010_fn_drain", "p011_fn_extend_from_slice", "p012_fn_extend_from_within", "p013_fn_extract_if", "p014_fn_from_raw_parts", "p015_fn_insert", "p016_fn_insert_mut", "p017_fn_into_boxed_slice", "p018_fn_into_flattened", "p019_fn_into_raw_parts", "p020_fn_is_empty", "p021_fn_leak", "p022_fn_len", "p023_fn_new", "p024_fn_pop", "p025_fn_pop_if", "p026_fn_push", "p027_fn_push_mut", "p028_fn_remove", "p029_fn_reserve", "p030_fn_reserve_exact", "p031_fn_resize", "p032_fn_resize_with", "p033_fn_retain", "p034_fn_retain_mut", "p035_fn_set_len", "p036_fn_shrink_to", "p037_fn_shrink_to_fit", "p038_fn_spare_capacity_mut", "p039_fn_splice", "p040_fn_split_off", "p041_fn_swap_remove", "p042_fn_truncate", "p043_fn_try_reserve", "p044_fn_try_reserve_exact", "p045_fn_with_capacity", "p046_impl_asmut_vec_t_for_vec_t", "p047_impl_asmut_slice_t_for_vec_t", "p048_impl_asref_vec_t_for_vec_t", "p049_impl_asref_slice_t_for_vec_t", "p050_impl_clone_for_vec_t", "p051_impl_debug_for_vec_t", "p052_impl_default_for_vec_t", "p053_impl_deref_for_vec_t", "p054_impl_derefmut_for_vec_t", "p055_impl_drop_for_vec_t", "p056_impl_eq_for_vec_t", "p057_impl_extend_ref_t_for_vec_t", "p058_impl_extend_t_for_vec_t", "p059_impl_from_ref_vec_t_for_cow_slice_t", "p060_impl_from_ref_slice_t_array_for_vec_t", "p061_impl_from_ref_slice_t_for_vec_t", "p062_impl_from_refmut_slice_t_array_for_vec_t", "p063_impl_from_refmut_slice_t_for_vec_t", "p064_impl_from_ref_str_for_vec_u8", "p065_impl_from_box_slice_t_for_vec_t", "p066_impl_from_cow_slice_t_for_vec_t", "p067_impl_from_vec_t_for_box_slice_t", "p068_impl_from_vec_t_for_cow_slice_t", "p069_impl_from_slice_t_array_for_vec_t", "p070_impl_fromiterator_t_for_vec_t", "p071_impl_hash_for_vec_t", "p072_impl_index_i_for_vec_t", "p073_impl_indexmut_i_for_vec_t", "p074_impl_intoiterator_for_ref_vec_t", "p075_impl_intoiterator_for_refmut_vec_t", "p076_impl_intoiterator_for_vec_t", "p077_impl_ord_for_vec_t", "p078_impl_partialeq_ref_slice_u_array_for_vec_t", "p079_impl_partialeq_ref_slice_u_for_vec_t", "p080_impl_partialeq_refmut_slice_u_for_vec_t", "p081_impl_partialeq_vec_u_for_ref_slice_t", "p082_impl_partialeq_vec_u_for_refmut_slice_t", "p083_impl_partialeq_vec_u_for_cow_slice_t", "p084_impl_partialeq_vec_u_for_vec_t", "p085_impl_partialeq_vec_u_for_slice_t", "p086_impl_partialeq_slice_u_array_for_vec_t", "p087_impl_partialeq_slice_u_for_vec_t", "p088_impl_partialord_vec_t_for_vec_t", "p089_impl_tryfrom_vec_t_for_slice_t_array"].len());
    }

    /// `fn append`
    fn p000_fn_append() {
        let _: fn(&mut X<u32>, &mut X<u32>) = X::<u32>::append;
    }

    /// `fn as_mut_ptr`
    fn p001_fn_as_mut_ptr() {
        let _: fn(&mut X<u32>) -> *mut u32 = X::<u32>::as_mut_ptr;
    }

    /// `fn as_mut_slice`
    fn p002_fn_as_mut_slice() {
        let _: fn(&mut X<u32>) -> &mut [u32] = X::<u32>::as_mut_slice;
    }

    /// `fn as_ptr`
    fn p003_fn_as_ptr() {
        let _: fn(&X<u32>) -> *const u32 = X::<u32>::as_ptr;
    }

    /// `fn as_slice`
    fn p004_fn_as_slice() {
        let _: fn(&X<u32>) -> &[u32] = X::<u32>::as_slice;
    }

    /// `fn capacity`
    fn p005_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p006_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn dedup`
    fn p007_fn_dedup() {
        let _: fn(&mut X<u32>) = X::<u32>::dedup;
    }

    /// `fn dedup_by`
    fn p008_fn_dedup_by() {
        let mut x = mk();
        let _: () = x.dedup_by(|a: &mut u32, b: &mut u32| a == b);
    }

    /// `fn dedup_by_key`
    fn p009_fn_dedup_by_key() {
        let mut x = mk();
        let _: () = x.dedup_by_key(|a: &mut u32| *a / 2);
    }

    /// `fn drain`
    fn p010_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain(1..).collect();
        assert_eq!((x.len(), d.len()), (1, 2));
        let _ = x.drain(..).rev().len();
    }

    /// `fn extend_from_slice`
    fn p011_fn_extend_from_slice() {
        let _: fn(&mut X<u32>, &[u32]) = X::<u32>::extend_from_slice;
    }

    /// `fn extend_from_within`
    fn p012_fn_extend_from_within() {
        let mut x = mk();
        let _: () = x.extend_from_within(1..);
        assert_eq!(x.len(), 5);
    }

    /// `fn extract_if`
    fn p013_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<u32> = x.extract_if(.., |a: &mut u32| *a == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [2]);
    }

    /// `fn from_raw_parts`
    fn p014_fn_from_raw_parts() {
        let _: unsafe fn(*mut u32, usize, usize) -> X<u32> = X::<u32>::from_raw_parts;
        let mut m = std::mem::ManuallyDrop::new(mk());
        let (p, len, cap) = (m.as_mut_ptr(), m.len(), m.capacity());
        // SAFETY: the parts of a vector of the same type, given back once.
        let x = unsafe { X::<u32>::from_raw_parts(p, len, cap) };
        assert_eq!(x.len(), 3);
    }

    /// `fn insert`
    fn p015_fn_insert() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::insert;
    }

    /// `fn insert_mut`
    fn p016_fn_insert_mut() {
        let _: fn(&mut X<u32>, usize, u32) -> &mut u32 = X::<u32>::insert_mut;
    }

    /// `fn into_boxed_slice`
    fn p017_fn_into_boxed_slice() {
        let _: fn(X<u32>) -> Box<[u32]> = X::<u32>::into_boxed_slice;
    }

    /// `fn into_flattened`
    fn p018_fn_into_flattened() {
        let mut x = X::<[u32; 2]>::new();
        x.push([1, 2]);
        let _: fn(X<[u32; 2]>) -> X<u32> = X::<[u32; 2]>::into_flattened;
        assert_eq!(x.into_flattened().len(), 2);
    }

    /// `fn into_raw_parts`
    fn p019_fn_into_raw_parts() {
        let _: fn(X<u32>) -> (*mut u32, usize, usize) = X::<u32>::into_raw_parts;
    }

    /// `fn is_empty`
    fn p020_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn leak`
    fn p021_fn_leak() {
        let _: fn(X<u32>) -> &'static mut [u32] = X::<u32>::leak;
    }

    /// `fn len`
    fn p022_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn new`
    fn p023_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn pop`
    fn p024_fn_pop() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop;
    }

    /// `fn pop_if`
    fn p025_fn_pop_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_if(|a: &mut u32| *a == 3);
        assert_eq!(x.len(), 2);
    }

    /// `fn push`
    fn p026_fn_push() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push;
    }

    /// `fn push_mut`
    fn p027_fn_push_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_mut;
    }

    /// `fn remove`
    fn p028_fn_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::remove;
    }

    /// `fn reserve`
    fn p029_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn reserve_exact`
    fn p030_fn_reserve_exact() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve_exact;
    }

    /// `fn resize`
    fn p031_fn_resize() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::resize;
    }

    /// `fn resize_with`
    fn p032_fn_resize_with() {
        let mut x = mk();
        let _: () = x.resize_with(5, || 7);
        assert_eq!(x.len(), 5);
    }

    /// `fn retain`
    fn p033_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn retain_mut`
    fn p034_fn_retain_mut() {
        let mut x = mk();
        let _: () = x.retain_mut(|a: &mut u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn set_len`
    fn p035_fn_set_len() {
        let _: unsafe fn(&mut X<u32>, usize) = X::<u32>::set_len;
        let mut x = mk();
        // SAFETY: shrinking over `u32`s, which need no drop.
        unsafe { x.set_len(1) };
        assert_eq!(x.len(), 1);
    }

    /// `fn shrink_to`
    fn p036_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p037_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn spare_capacity_mut`
    fn p038_fn_spare_capacity_mut() {
        let _: fn(&mut X<u32>) -> &mut [MaybeUninit<u32>] = X::<u32>::spare_capacity_mut;
    }

    /// `fn splice`
    fn p039_fn_splice() {
        let mut x = mk();
        let out: std::vec::Vec<u32> = x.splice(1..2, [7, 8]).collect();
        assert_eq!(x.len(), 4);
        assert_eq!(out, [2]);
    }

    /// `fn split_off`
    fn p040_fn_split_off() {
        let _: fn(&mut X<u32>, usize) -> X<u32> = X::<u32>::split_off;
    }

    /// `fn swap_remove`
    fn p041_fn_swap_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::swap_remove;
    }

    /// `fn truncate`
    fn p042_fn_truncate() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::truncate;
    }

    /// `fn try_reserve`
    fn p043_fn_try_reserve() {
        let _: fn(&mut X<u32>, usize) -> Result<(), std::collections::TryReserveError> = X::<u32>::try_reserve;
    }

    /// `fn try_reserve_exact`
    fn p044_fn_try_reserve_exact() {
        let _: fn(&mut X<u32>, usize) -> Result<(), std::collections::TryReserveError> = X::<u32>::try_reserve_exact;
    }

    /// `fn with_capacity`
    fn p045_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `impl AsMut<Vec<T>> for Vec<T>`
    fn p046_impl_asmut_vec_t_for_vec_t() {
        imp!(X<u32>: AsMut<X<u32>>);
    }

    /// `impl AsMut<[T]> for Vec<T>`
    fn p047_impl_asmut_slice_t_for_vec_t() {
        imp!(X<u32>: AsMut<[u32]>);
    }

    /// `impl AsRef<Vec<T>> for Vec<T>`
    fn p048_impl_asref_vec_t_for_vec_t() {
        imp!(X<u32>: AsRef<X<u32>>);
    }

    /// `impl AsRef<[T]> for Vec<T>`
    fn p049_impl_asref_slice_t_for_vec_t() {
        imp!(X<u32>: AsRef<[u32]>);
    }

    /// `impl Clone for Vec<T>`
    fn p050_impl_clone_for_vec_t() {
        imp!(X<u32>: Clone);
    }

    /// `impl Debug for Vec<T>`
    fn p051_impl_debug_for_vec_t() {
        imp!(X<u32>: Debug);
    }

    /// `impl Default for Vec<T>`
    fn p052_impl_default_for_vec_t() {
        imp!(X<u32>: Default);
    }

    /// `impl Deref for Vec<T>`
    fn p053_impl_deref_for_vec_t() {
        imp!(X<u32>: Deref<Target = [u32]>);
    }

    /// `impl DerefMut for Vec<T>`
    fn p054_impl_derefmut_for_vec_t() {
        imp!(X<u32>: DerefMut);
    }

    /// `impl Drop for Vec<T>`
    fn p055_impl_drop_for_vec_t() {
        // std's Drop is `#[may_dangle]`: a vector may outlive what its elements borrow.
        let mut x = X::<&u32>::new();
        let s = 1u32;
        x.push(&s);
    }

    /// `impl Eq for Vec<T>`
    fn p056_impl_eq_for_vec_t() {
        imp!(X<u32>: Eq);
    }

    /// `impl Extend<&T> for Vec<T>`
    fn p057_impl_extend_ref_t_for_vec_t() {
        imp!(X<u32>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for Vec<T>`
    fn p058_impl_extend_t_for_vec_t() {
        imp!(X<u32>: Extend<u32>);
    }

    /// `impl From<&Vec<T>> for Cow<[T]>`
    fn p059_impl_from_ref_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<&'static X<u32>>);
    }

    /// `impl From<&[T; N]> for Vec<T>`
    fn p060_impl_from_ref_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static [u32; 3]>);
    }

    /// `impl From<&[T]> for Vec<T>`
    fn p061_impl_from_ref_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static [u32]>);
    }

    /// `impl From<&mut [T; N]> for Vec<T>`
    fn p062_impl_from_refmut_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32; 3]>);
    }

    /// `impl From<&mut [T]> for Vec<T>`
    fn p063_impl_from_refmut_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32]>);
    }

    /// `impl From<&str> for Vec<u8>`
    fn p064_impl_from_ref_str_for_vec_u8() {
        imp!(X<u8>: From<&'static str>);
    }

    /// `impl From<Box<[T]>> for Vec<T>`
    fn p065_impl_from_box_slice_t_for_vec_t() {
        imp!(X<u32>: From<Box<[u32]>>);
    }

    /// `impl From<Cow<[T]>> for Vec<T>`
    fn p066_impl_from_cow_slice_t_for_vec_t() {
        imp!(X<u32>: From<Cow<'static, [u32]>>);
    }

    /// `impl From<Vec<T>> for Box<[T]>`
    fn p067_impl_from_vec_t_for_box_slice_t() {
        imp!(Box<[u32]>: From<X<u32>>);
    }

    /// `impl From<Vec<T>> for Cow<[T]>`
    fn p068_impl_from_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<X<u32>>);
    }

    /// `impl From<[T; N]> for Vec<T>`
    fn p069_impl_from_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for Vec<T>`
    fn p070_impl_fromiterator_t_for_vec_t() {
        imp!(X<u32>: FromIterator<u32>);
    }

    /// `impl Hash for Vec<T>`
    fn p071_impl_hash_for_vec_t() {
        imp!(X<u32>: Hash);
    }

    /// `impl Index<I> for Vec<T>`
    fn p072_impl_index_i_for_vec_t() {
        imp!(X<u32>: Index<usize>);
    }

    /// `impl IndexMut<I> for Vec<T>`
    fn p073_impl_indexmut_i_for_vec_t() {
        imp!(X<u32>: IndexMut<usize>);
    }

    /// `impl IntoIterator for &Vec<T>`
    fn p074_impl_intoiterator_for_ref_vec_t() {
        imp!(&'static X<u32>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for &mut Vec<T>`
    fn p075_impl_intoiterator_for_refmut_vec_t() {
        imp!(&'static mut X<u32>: IntoIterator<Item = &'static mut u32>);
    }

    /// `impl IntoIterator for Vec<T>`
    fn p076_impl_intoiterator_for_vec_t() {
        imp!(X<u32>: IntoIterator<Item = u32>);
    }

    /// `impl Ord for Vec<T>`
    fn p077_impl_ord_for_vec_t() {
        imp!(X<u32>: Ord);
    }

    /// `impl PartialEq<&[U; N]> for Vec<T>`
    fn p078_impl_partialeq_ref_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32; 3]>);
    }

    /// `impl PartialEq<&[U]> for Vec<T>`
    fn p079_impl_partialeq_ref_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32]>);
    }

    /// `impl PartialEq<&mut [U]> for Vec<T>`
    fn p080_impl_partialeq_refmut_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32]>);
    }

    /// `impl PartialEq<Vec<U>> for &[T]`
    fn p081_impl_partialeq_vec_u_for_ref_slice_t() {
        imp!(&'static [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for &mut [T]`
    fn p082_impl_partialeq_vec_u_for_refmut_slice_t() {
        imp!(&'static mut [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Cow<[T]>`
    fn p083_impl_partialeq_vec_u_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Vec<T>`
    fn p084_impl_partialeq_vec_u_for_vec_t() {
        imp!(X<u32>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for [T]`
    fn p085_impl_partialeq_vec_u_for_slice_t() {
        imp!([u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<[U; N]> for Vec<T>`
    fn p086_impl_partialeq_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32; 3]>);
    }

    /// `impl PartialEq<[U]> for Vec<T>`
    fn p087_impl_partialeq_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32]>);
    }

    /// `impl PartialOrd<Vec<T>> for Vec<T>`
    fn p088_impl_partialord_vec_t_for_vec_t() {
        imp!(X<u32>: PartialOrd<X<u32>>);
    }

    /// `impl TryFrom<Vec<T>> for [T; N]`
    fn p089_impl_tryfrom_vec_t_for_slice_t_array() {
        imp!([u32; 3]: TryFrom<X<u32>>);
    }
}

#[rustfmt::skip]
mod vec_fast {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T> = sizespeed::fast::Vec<T>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.push(1);
        x.push(2);
        x.push(3);
        x
    }

    #[test]
    fn probes() {
        p000_fn_append();
        p001_fn_as_mut_ptr();
        p002_fn_as_mut_slice();
        p003_fn_as_ptr();
        p004_fn_as_slice();
        p005_fn_capacity();
        p006_fn_clear();
        p007_fn_dedup();
        p008_fn_dedup_by();
        p009_fn_dedup_by_key();
        p010_fn_drain();
        p011_fn_extend_from_slice();
        p012_fn_extend_from_within();
        p013_fn_extract_if();
        p014_fn_from_raw_parts();
        p015_fn_insert();
        p016_fn_insert_mut();
        p017_fn_into_boxed_slice();
        p018_fn_into_flattened();
        p019_fn_into_raw_parts();
        p020_fn_is_empty();
        p021_fn_leak();
        p022_fn_len();
        p023_fn_new();
        p024_fn_pop();
        p025_fn_pop_if();
        p026_fn_push();
        p027_fn_push_mut();
        p028_fn_remove();
        p029_fn_reserve();
        p030_fn_reserve_exact();
        p031_fn_resize();
        p032_fn_resize_with();
        p033_fn_retain();
        p034_fn_retain_mut();
        p035_fn_set_len();
        p036_fn_shrink_to();
        p037_fn_shrink_to_fit();
        p038_fn_spare_capacity_mut();
        p039_fn_splice();
        p040_fn_split_off();
        p041_fn_swap_remove();
        p042_fn_truncate();
        p045_fn_with_capacity();
        p046_impl_asmut_vec_t_for_vec_t();
        p047_impl_asmut_slice_t_for_vec_t();
        p048_impl_asref_vec_t_for_vec_t();
        p049_impl_asref_slice_t_for_vec_t();
        p050_impl_clone_for_vec_t();
        p051_impl_debug_for_vec_t();
        p052_impl_default_for_vec_t();
        p053_impl_deref_for_vec_t();
        p054_impl_derefmut_for_vec_t();
        p055_impl_drop_for_vec_t();
        p056_impl_eq_for_vec_t();
        p057_impl_extend_ref_t_for_vec_t();
        p058_impl_extend_t_for_vec_t();
        p059_impl_from_ref_vec_t_for_cow_slice_t();
        p060_impl_from_ref_slice_t_array_for_vec_t();
        p061_impl_from_ref_slice_t_for_vec_t();
        p062_impl_from_refmut_slice_t_array_for_vec_t();
        p063_impl_from_refmut_slice_t_for_vec_t();
        p064_impl_from_ref_str_for_vec_u8();
        p065_impl_from_box_slice_t_for_vec_t();
        p066_impl_from_cow_slice_t_for_vec_t();
        p067_impl_from_vec_t_for_box_slice_t();
        p068_impl_from_vec_t_for_cow_slice_t();
        p069_impl_from_slice_t_array_for_vec_t();
        p070_impl_fromiterator_t_for_vec_t();
        p071_impl_hash_for_vec_t();
        p072_impl_index_i_for_vec_t();
        p073_impl_indexmut_i_for_vec_t();
        p074_impl_intoiterator_for_ref_vec_t();
        p075_impl_intoiterator_for_refmut_vec_t();
        p076_impl_intoiterator_for_vec_t();
        p077_impl_ord_for_vec_t();
        p078_impl_partialeq_ref_slice_u_array_for_vec_t();
        p079_impl_partialeq_ref_slice_u_for_vec_t();
        p080_impl_partialeq_refmut_slice_u_for_vec_t();
        p081_impl_partialeq_vec_u_for_ref_slice_t();
        p082_impl_partialeq_vec_u_for_refmut_slice_t();
        p083_impl_partialeq_vec_u_for_cow_slice_t();
        p084_impl_partialeq_vec_u_for_vec_t();
        p085_impl_partialeq_vec_u_for_slice_t();
        p086_impl_partialeq_slice_u_array_for_vec_t();
        p087_impl_partialeq_slice_u_for_vec_t();
        p088_impl_partialord_vec_t_for_vec_t();
        p089_impl_tryfrom_vec_t_for_slice_t_array();
        assert_eq!(88, ["p000_fn_append", "p001_fn_as_mut_ptr", "p002_fn_as_mut_slice", "p003_fn_as_ptr", "p004_fn_as_slice", "p005_fn_capacity", "p006_fn_clear", "p007_fn_dedup", "p008_fn_dedup_by", "p009_fn_dedup_by_key", "p010_fn_drain", "p011_fn_extend_from_slice", "p012_fn_extend_from_within", "p013_fn_extract_if", "p014_fn_from_raw_parts", "p015_fn_insert", "p016_fn_insert_mut", "p017_fn_into_boxed_slice", "p018_fn_into_flattened", "p019_fn_into_raw_parts", "p020_fn_is_empty", "p021_fn_leak", "p022_fn_len", "p023_fn_new", "p024_fn_pop", "p025_fn_pop_if", "p026_fn_push", "p027_fn_push_mut", "p028_fn_remove", "p029_fn_reserve", "p030_fn_reserve_exact", "p031_fn_resize", "p032_fn_resize_with", "p033_fn_retain", "p034_fn_retain_mut", "p035_fn_set_len", "p036_fn_shrink_to", "p037_fn_shrink_to_fit", "p038_fn_spare_capacity_mut", "p039_fn_splice", "p040_fn_split_off", "p041_fn_swap_remove", "p042_fn_truncate", "p045_fn_with_capacity", "p046_impl_asmut_vec_t_for_vec_t", "p047_impl_asmut_slice_t_for_vec_t", "p048_impl_asref_vec_t_for_vec_t", "p049_impl_asref_slice_t_for_vec_t", "p050_impl_clone_for_vec_t", "p051_impl_debug_for_vec_t", "p052_impl_default_for_vec_t", "p053_impl_deref_for_vec_t", "p054_impl_derefmut_for_vec_t", "p055_impl_drop_for_vec_t", "p056_impl_eq_for_vec_t", "p057_impl_extend_ref_t_for_vec_t", "p058_impl_extend_t_for_vec_t", "p059_impl_from_ref_vec_t_for_cow_slice_t", "p060_impl_from_ref_slice_t_array_for_vec_t", "p061_impl_from_ref_slice_t_for_vec_t", "p062_impl_from_refmut_slice_t_array_for_vec_t", "p063_impl_from_refmut_slice_t_for_vec_t", "p064_impl_from_ref_str_for_vec_u8", "p065_impl_from_box_slice_t_for_vec_t", "p066_impl_from_cow_slice_t_for_vec_t", "p067_impl_from_vec_t_for_box_slice_t", "p068_impl_from_vec_t_for_cow_slice_t", "p069_impl_from_slice_t_array_for_vec_t", "p070_impl_fromiterator_t_for_vec_t", "p071_impl_hash_for_vec_t", "p072_impl_index_i_for_vec_t", "p073_impl_indexmut_i_for_vec_t", "p074_impl_intoiterator_for_ref_vec_t", "p075_impl_intoiterator_for_refmut_vec_t", "p076_impl_intoiterator_for_vec_t", "p077_impl_ord_for_vec_t", "p078_impl_partialeq_ref_slice_u_array_for_vec_t", "p079_impl_partialeq_ref_slice_u_for_vec_t", "p080_impl_partialeq_refmut_slice_u_for_vec_t", "p081_impl_partialeq_vec_u_for_ref_slice_t", "p082_impl_partialeq_vec_u_for_refmut_slice_t", "p083_impl_partialeq_vec_u_for_cow_slice_t", "p084_impl_partialeq_vec_u_for_vec_t", "p085_impl_partialeq_vec_u_for_slice_t", "p086_impl_partialeq_slice_u_array_for_vec_t", "p087_impl_partialeq_slice_u_for_vec_t", "p088_impl_partialord_vec_t_for_vec_t", "p089_impl_tryfrom_vec_t_for_slice_t_array"].len());
    }

    /// `fn append`
    fn p000_fn_append() {
        let _: fn(&mut X<u32>, &mut X<u32>) = X::<u32>::append;
    }

    /// `fn as_mut_ptr`
    fn p001_fn_as_mut_ptr() {
        let _: fn(&mut X<u32>) -> *mut u32 = X::<u32>::as_mut_ptr;
    }

    /// `fn as_mut_slice`
    fn p002_fn_as_mut_slice() {
        let _: fn(&mut X<u32>) -> &mut [u32] = X::<u32>::as_mut_slice;
    }

    /// `fn as_ptr`
    fn p003_fn_as_ptr() {
        let _: fn(&X<u32>) -> *const u32 = X::<u32>::as_ptr;
    }

    /// `fn as_slice`
    fn p004_fn_as_slice() {
        let _: fn(&X<u32>) -> &[u32] = X::<u32>::as_slice;
    }

    /// `fn capacity`
    fn p005_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p006_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn dedup`
    fn p007_fn_dedup() {
        let _: fn(&mut X<u32>) = X::<u32>::dedup;
    }

    /// `fn dedup_by`
    fn p008_fn_dedup_by() {
        let mut x = mk();
        let _: () = x.dedup_by(|a: &mut u32, b: &mut u32| a == b);
    }

    /// `fn dedup_by_key`
    fn p009_fn_dedup_by_key() {
        let mut x = mk();
        let _: () = x.dedup_by_key(|a: &mut u32| *a / 2);
    }

    /// `fn drain`
    fn p010_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain(1..).collect();
        assert_eq!((x.len(), d.len()), (1, 2));
        let _ = x.drain(..).rev().len();
    }

    /// `fn extend_from_slice`
    fn p011_fn_extend_from_slice() {
        let _: fn(&mut X<u32>, &[u32]) = X::<u32>::extend_from_slice;
    }

    /// `fn extend_from_within`
    fn p012_fn_extend_from_within() {
        let mut x = mk();
        let _: () = x.extend_from_within(1..);
        assert_eq!(x.len(), 5);
    }

    /// `fn extract_if`
    fn p013_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<u32> = x.extract_if(.., |a: &mut u32| *a == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [2]);
    }

    /// `fn from_raw_parts`
    fn p014_fn_from_raw_parts() {
        let _: unsafe fn(*mut u32, usize, usize) -> X<u32> = X::<u32>::from_raw_parts;
        let mut m = std::mem::ManuallyDrop::new(mk());
        let (p, len, cap) = (m.as_mut_ptr(), m.len(), m.capacity());
        // SAFETY: the parts of a vector of the same type, given back once.
        let x = unsafe { X::<u32>::from_raw_parts(p, len, cap) };
        assert_eq!(x.len(), 3);
    }

    /// `fn insert`
    fn p015_fn_insert() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::insert;
    }

    /// `fn insert_mut`
    fn p016_fn_insert_mut() {
        let _: fn(&mut X<u32>, usize, u32) -> &mut u32 = X::<u32>::insert_mut;
    }

    /// `fn into_boxed_slice`
    fn p017_fn_into_boxed_slice() {
        let _: fn(X<u32>) -> Box<[u32]> = X::<u32>::into_boxed_slice;
    }

    /// `fn into_flattened`
    fn p018_fn_into_flattened() {
        let mut x = X::<[u32; 2]>::new();
        x.push([1, 2]);
        let _: fn(X<[u32; 2]>) -> X<u32> = X::<[u32; 2]>::into_flattened;
        assert_eq!(x.into_flattened().len(), 2);
    }

    /// `fn into_raw_parts`
    fn p019_fn_into_raw_parts() {
        let _: fn(X<u32>) -> (*mut u32, usize, usize) = X::<u32>::into_raw_parts;
    }

    /// `fn is_empty`
    fn p020_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn leak`
    fn p021_fn_leak() {
        let _: fn(X<u32>) -> &'static mut [u32] = X::<u32>::leak;
    }

    /// `fn len`
    fn p022_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn new`
    fn p023_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn pop`
    fn p024_fn_pop() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop;
    }

    /// `fn pop_if`
    fn p025_fn_pop_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_if(|a: &mut u32| *a == 3);
        assert_eq!(x.len(), 2);
    }

    /// `fn push`
    fn p026_fn_push() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push;
    }

    /// `fn push_mut`
    fn p027_fn_push_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_mut;
    }

    /// `fn remove`
    fn p028_fn_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::remove;
    }

    /// `fn reserve`
    fn p029_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn reserve_exact`
    fn p030_fn_reserve_exact() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve_exact;
    }

    /// `fn resize`
    fn p031_fn_resize() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::resize;
    }

    /// `fn resize_with`
    fn p032_fn_resize_with() {
        let mut x = mk();
        let _: () = x.resize_with(5, || 7);
        assert_eq!(x.len(), 5);
    }

    /// `fn retain`
    fn p033_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn retain_mut`
    fn p034_fn_retain_mut() {
        let mut x = mk();
        let _: () = x.retain_mut(|a: &mut u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn set_len`
    fn p035_fn_set_len() {
        let _: unsafe fn(&mut X<u32>, usize) = X::<u32>::set_len;
        let mut x = mk();
        // SAFETY: shrinking over `u32`s, which need no drop.
        unsafe { x.set_len(1) };
        assert_eq!(x.len(), 1);
    }

    /// `fn shrink_to`
    fn p036_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p037_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn spare_capacity_mut`
    fn p038_fn_spare_capacity_mut() {
        let _: fn(&mut X<u32>) -> &mut [MaybeUninit<u32>] = X::<u32>::spare_capacity_mut;
    }

    /// `fn splice`
    fn p039_fn_splice() {
        let mut x = mk();
        let out: std::vec::Vec<u32> = x.splice(1..2, [7, 8]).collect();
        assert_eq!(x.len(), 4);
        assert_eq!(out, [2]);
    }

    /// `fn split_off`
    fn p040_fn_split_off() {
        let _: fn(&mut X<u32>, usize) -> X<u32> = X::<u32>::split_off;
    }

    /// `fn swap_remove`
    fn p041_fn_swap_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::swap_remove;
    }

    /// `fn truncate`
    fn p042_fn_truncate() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::truncate;
    }

    /// `fn with_capacity`
    fn p045_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `impl AsMut<Vec<T>> for Vec<T>`
    fn p046_impl_asmut_vec_t_for_vec_t() {
        imp!(X<u32>: AsMut<X<u32>>);
    }

    /// `impl AsMut<[T]> for Vec<T>`
    fn p047_impl_asmut_slice_t_for_vec_t() {
        imp!(X<u32>: AsMut<[u32]>);
    }

    /// `impl AsRef<Vec<T>> for Vec<T>`
    fn p048_impl_asref_vec_t_for_vec_t() {
        imp!(X<u32>: AsRef<X<u32>>);
    }

    /// `impl AsRef<[T]> for Vec<T>`
    fn p049_impl_asref_slice_t_for_vec_t() {
        imp!(X<u32>: AsRef<[u32]>);
    }

    /// `impl Clone for Vec<T>`
    fn p050_impl_clone_for_vec_t() {
        imp!(X<u32>: Clone);
    }

    /// `impl Debug for Vec<T>`
    fn p051_impl_debug_for_vec_t() {
        imp!(X<u32>: Debug);
    }

    /// `impl Default for Vec<T>`
    fn p052_impl_default_for_vec_t() {
        imp!(X<u32>: Default);
    }

    /// `impl Deref for Vec<T>`
    fn p053_impl_deref_for_vec_t() {
        imp!(X<u32>: Deref<Target = [u32]>);
    }

    /// `impl DerefMut for Vec<T>`
    fn p054_impl_derefmut_for_vec_t() {
        imp!(X<u32>: DerefMut);
    }

    /// `impl Drop for Vec<T>`
    fn p055_impl_drop_for_vec_t() {
        // std's Drop is `#[may_dangle]`: a vector may outlive what its elements borrow.
        let mut x = X::<&u32>::new();
        let s = 1u32;
        x.push(&s);
    }

    /// `impl Eq for Vec<T>`
    fn p056_impl_eq_for_vec_t() {
        imp!(X<u32>: Eq);
    }

    /// `impl Extend<&T> for Vec<T>`
    fn p057_impl_extend_ref_t_for_vec_t() {
        imp!(X<u32>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for Vec<T>`
    fn p058_impl_extend_t_for_vec_t() {
        imp!(X<u32>: Extend<u32>);
    }

    /// `impl From<&Vec<T>> for Cow<[T]>`
    fn p059_impl_from_ref_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<&'static X<u32>>);
    }

    /// `impl From<&[T; N]> for Vec<T>`
    fn p060_impl_from_ref_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static [u32; 3]>);
    }

    /// `impl From<&[T]> for Vec<T>`
    fn p061_impl_from_ref_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static [u32]>);
    }

    /// `impl From<&mut [T; N]> for Vec<T>`
    fn p062_impl_from_refmut_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32; 3]>);
    }

    /// `impl From<&mut [T]> for Vec<T>`
    fn p063_impl_from_refmut_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32]>);
    }

    /// `impl From<&str> for Vec<u8>`
    fn p064_impl_from_ref_str_for_vec_u8() {
        imp!(X<u8>: From<&'static str>);
    }

    /// `impl From<Box<[T]>> for Vec<T>`
    fn p065_impl_from_box_slice_t_for_vec_t() {
        imp!(X<u32>: From<Box<[u32]>>);
    }

    /// `impl From<Cow<[T]>> for Vec<T>`
    fn p066_impl_from_cow_slice_t_for_vec_t() {
        imp!(X<u32>: From<Cow<'static, [u32]>>);
    }

    /// `impl From<Vec<T>> for Box<[T]>`
    fn p067_impl_from_vec_t_for_box_slice_t() {
        imp!(Box<[u32]>: From<X<u32>>);
    }

    /// `impl From<Vec<T>> for Cow<[T]>`
    fn p068_impl_from_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<X<u32>>);
    }

    /// `impl From<[T; N]> for Vec<T>`
    fn p069_impl_from_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for Vec<T>`
    fn p070_impl_fromiterator_t_for_vec_t() {
        imp!(X<u32>: FromIterator<u32>);
    }

    /// `impl Hash for Vec<T>`
    fn p071_impl_hash_for_vec_t() {
        imp!(X<u32>: Hash);
    }

    /// `impl Index<I> for Vec<T>`
    fn p072_impl_index_i_for_vec_t() {
        imp!(X<u32>: Index<usize>);
    }

    /// `impl IndexMut<I> for Vec<T>`
    fn p073_impl_indexmut_i_for_vec_t() {
        imp!(X<u32>: IndexMut<usize>);
    }

    /// `impl IntoIterator for &Vec<T>`
    fn p074_impl_intoiterator_for_ref_vec_t() {
        imp!(&'static X<u32>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for &mut Vec<T>`
    fn p075_impl_intoiterator_for_refmut_vec_t() {
        imp!(&'static mut X<u32>: IntoIterator<Item = &'static mut u32>);
    }

    /// `impl IntoIterator for Vec<T>`
    fn p076_impl_intoiterator_for_vec_t() {
        imp!(X<u32>: IntoIterator<Item = u32>);
    }

    /// `impl Ord for Vec<T>`
    fn p077_impl_ord_for_vec_t() {
        imp!(X<u32>: Ord);
    }

    /// `impl PartialEq<&[U; N]> for Vec<T>`
    fn p078_impl_partialeq_ref_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32; 3]>);
    }

    /// `impl PartialEq<&[U]> for Vec<T>`
    fn p079_impl_partialeq_ref_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32]>);
    }

    /// `impl PartialEq<&mut [U]> for Vec<T>`
    fn p080_impl_partialeq_refmut_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32]>);
    }

    /// `impl PartialEq<Vec<U>> for &[T]`
    fn p081_impl_partialeq_vec_u_for_ref_slice_t() {
        imp!(&'static [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for &mut [T]`
    fn p082_impl_partialeq_vec_u_for_refmut_slice_t() {
        imp!(&'static mut [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Cow<[T]>`
    fn p083_impl_partialeq_vec_u_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Vec<T>`
    fn p084_impl_partialeq_vec_u_for_vec_t() {
        imp!(X<u32>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for [T]`
    fn p085_impl_partialeq_vec_u_for_slice_t() {
        imp!([u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<[U; N]> for Vec<T>`
    fn p086_impl_partialeq_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32; 3]>);
    }

    /// `impl PartialEq<[U]> for Vec<T>`
    fn p087_impl_partialeq_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32]>);
    }

    /// `impl PartialOrd<Vec<T>> for Vec<T>`
    fn p088_impl_partialord_vec_t_for_vec_t() {
        imp!(X<u32>: PartialOrd<X<u32>>);
    }

    /// `impl TryFrom<Vec<T>> for [T; N]`
    fn p089_impl_tryfrom_vec_t_for_slice_t_array() {
        imp!([u32; 3]: TryFrom<X<u32>>);
    }
}

#[rustfmt::skip]
mod vec_small {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T> = sizespeed::small::Vec<T>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.push(1);
        x.push(2);
        x.push(3);
        x
    }

    #[test]
    fn probes() {
        p000_fn_append();
        p001_fn_as_mut_ptr();
        p002_fn_as_mut_slice();
        p003_fn_as_ptr();
        p004_fn_as_slice();
        p005_fn_capacity();
        p006_fn_clear();
        p007_fn_dedup();
        p008_fn_dedup_by();
        p009_fn_dedup_by_key();
        p010_fn_drain();
        p011_fn_extend_from_slice();
        p012_fn_extend_from_within();
        p013_fn_extract_if();
        p014_fn_from_raw_parts();
        p015_fn_insert();
        p016_fn_insert_mut();
        p017_fn_into_boxed_slice();
        p018_fn_into_flattened();
        p019_fn_into_raw_parts();
        p020_fn_is_empty();
        p021_fn_leak();
        p022_fn_len();
        p023_fn_new();
        p024_fn_pop();
        p025_fn_pop_if();
        p026_fn_push();
        p027_fn_push_mut();
        p028_fn_remove();
        p029_fn_reserve();
        p030_fn_reserve_exact();
        p031_fn_resize();
        p032_fn_resize_with();
        p033_fn_retain();
        p034_fn_retain_mut();
        p035_fn_set_len();
        p036_fn_shrink_to();
        p037_fn_shrink_to_fit();
        p038_fn_spare_capacity_mut();
        p039_fn_splice();
        p040_fn_split_off();
        p041_fn_swap_remove();
        p042_fn_truncate();
        p045_fn_with_capacity();
        p046_impl_asmut_vec_t_for_vec_t();
        p047_impl_asmut_slice_t_for_vec_t();
        p048_impl_asref_vec_t_for_vec_t();
        p049_impl_asref_slice_t_for_vec_t();
        p050_impl_clone_for_vec_t();
        p051_impl_debug_for_vec_t();
        p052_impl_default_for_vec_t();
        p053_impl_deref_for_vec_t();
        p054_impl_derefmut_for_vec_t();
        p056_impl_eq_for_vec_t();
        p057_impl_extend_ref_t_for_vec_t();
        p058_impl_extend_t_for_vec_t();
        p059_impl_from_ref_vec_t_for_cow_slice_t();
        p060_impl_from_ref_slice_t_array_for_vec_t();
        p061_impl_from_ref_slice_t_for_vec_t();
        p062_impl_from_refmut_slice_t_array_for_vec_t();
        p063_impl_from_refmut_slice_t_for_vec_t();
        p064_impl_from_ref_str_for_vec_u8();
        p065_impl_from_box_slice_t_for_vec_t();
        p066_impl_from_cow_slice_t_for_vec_t();
        p067_impl_from_vec_t_for_box_slice_t();
        p068_impl_from_vec_t_for_cow_slice_t();
        p069_impl_from_slice_t_array_for_vec_t();
        p070_impl_fromiterator_t_for_vec_t();
        p071_impl_hash_for_vec_t();
        p072_impl_index_i_for_vec_t();
        p073_impl_indexmut_i_for_vec_t();
        p074_impl_intoiterator_for_ref_vec_t();
        p075_impl_intoiterator_for_refmut_vec_t();
        p076_impl_intoiterator_for_vec_t();
        p077_impl_ord_for_vec_t();
        p078_impl_partialeq_ref_slice_u_array_for_vec_t();
        p079_impl_partialeq_ref_slice_u_for_vec_t();
        p080_impl_partialeq_refmut_slice_u_for_vec_t();
        p081_impl_partialeq_vec_u_for_ref_slice_t();
        p082_impl_partialeq_vec_u_for_refmut_slice_t();
        p083_impl_partialeq_vec_u_for_cow_slice_t();
        p084_impl_partialeq_vec_u_for_vec_t();
        p085_impl_partialeq_vec_u_for_slice_t();
        p086_impl_partialeq_slice_u_array_for_vec_t();
        p087_impl_partialeq_slice_u_for_vec_t();
        p088_impl_partialord_vec_t_for_vec_t();
        p089_impl_tryfrom_vec_t_for_slice_t_array();
        assert_eq!(87, ["p000_fn_append", "p001_fn_as_mut_ptr", "p002_fn_as_mut_slice", "p003_fn_as_ptr", "p004_fn_as_slice", "p005_fn_capacity", "p006_fn_clear", "p007_fn_dedup", "p008_fn_dedup_by", "p009_fn_dedup_by_key", "p010_fn_drain", "p011_fn_extend_from_slice", "p012_fn_extend_from_within", "p013_fn_extract_if", "p014_fn_from_raw_parts", "p015_fn_insert", "p016_fn_insert_mut", "p017_fn_into_boxed_slice", "p018_fn_into_flattened", "p019_fn_into_raw_parts", "p020_fn_is_empty", "p021_fn_leak", "p022_fn_len", "p023_fn_new", "p024_fn_pop", "p025_fn_pop_if", "p026_fn_push", "p027_fn_push_mut", "p028_fn_remove", "p029_fn_reserve", "p030_fn_reserve_exact", "p031_fn_resize", "p032_fn_resize_with", "p033_fn_retain", "p034_fn_retain_mut", "p035_fn_set_len", "p036_fn_shrink_to", "p037_fn_shrink_to_fit", "p038_fn_spare_capacity_mut", "p039_fn_splice", "p040_fn_split_off", "p041_fn_swap_remove", "p042_fn_truncate", "p045_fn_with_capacity", "p046_impl_asmut_vec_t_for_vec_t", "p047_impl_asmut_slice_t_for_vec_t", "p048_impl_asref_vec_t_for_vec_t", "p049_impl_asref_slice_t_for_vec_t", "p050_impl_clone_for_vec_t", "p051_impl_debug_for_vec_t", "p052_impl_default_for_vec_t", "p053_impl_deref_for_vec_t", "p054_impl_derefmut_for_vec_t", "p056_impl_eq_for_vec_t", "p057_impl_extend_ref_t_for_vec_t", "p058_impl_extend_t_for_vec_t", "p059_impl_from_ref_vec_t_for_cow_slice_t", "p060_impl_from_ref_slice_t_array_for_vec_t", "p061_impl_from_ref_slice_t_for_vec_t", "p062_impl_from_refmut_slice_t_array_for_vec_t", "p063_impl_from_refmut_slice_t_for_vec_t", "p064_impl_from_ref_str_for_vec_u8", "p065_impl_from_box_slice_t_for_vec_t", "p066_impl_from_cow_slice_t_for_vec_t", "p067_impl_from_vec_t_for_box_slice_t", "p068_impl_from_vec_t_for_cow_slice_t", "p069_impl_from_slice_t_array_for_vec_t", "p070_impl_fromiterator_t_for_vec_t", "p071_impl_hash_for_vec_t", "p072_impl_index_i_for_vec_t", "p073_impl_indexmut_i_for_vec_t", "p074_impl_intoiterator_for_ref_vec_t", "p075_impl_intoiterator_for_refmut_vec_t", "p076_impl_intoiterator_for_vec_t", "p077_impl_ord_for_vec_t", "p078_impl_partialeq_ref_slice_u_array_for_vec_t", "p079_impl_partialeq_ref_slice_u_for_vec_t", "p080_impl_partialeq_refmut_slice_u_for_vec_t", "p081_impl_partialeq_vec_u_for_ref_slice_t", "p082_impl_partialeq_vec_u_for_refmut_slice_t", "p083_impl_partialeq_vec_u_for_cow_slice_t", "p084_impl_partialeq_vec_u_for_vec_t", "p085_impl_partialeq_vec_u_for_slice_t", "p086_impl_partialeq_slice_u_array_for_vec_t", "p087_impl_partialeq_slice_u_for_vec_t", "p088_impl_partialord_vec_t_for_vec_t", "p089_impl_tryfrom_vec_t_for_slice_t_array"].len());
    }

    /// `fn append`
    fn p000_fn_append() {
        let _: fn(&mut X<u32>, &mut X<u32>) = X::<u32>::append;
    }

    /// `fn as_mut_ptr`
    fn p001_fn_as_mut_ptr() {
        let _: fn(&mut X<u32>) -> *mut u32 = X::<u32>::as_mut_ptr;
    }

    /// `fn as_mut_slice`
    fn p002_fn_as_mut_slice() {
        let _: fn(&mut X<u32>) -> &mut [u32] = X::<u32>::as_mut_slice;
    }

    /// `fn as_ptr`
    fn p003_fn_as_ptr() {
        let _: fn(&X<u32>) -> *const u32 = X::<u32>::as_ptr;
    }

    /// `fn as_slice`
    fn p004_fn_as_slice() {
        let _: fn(&X<u32>) -> &[u32] = X::<u32>::as_slice;
    }

    /// `fn capacity`
    fn p005_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p006_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn dedup`
    fn p007_fn_dedup() {
        let _: fn(&mut X<u32>) = X::<u32>::dedup;
    }

    /// `fn dedup_by`
    fn p008_fn_dedup_by() {
        let mut x = mk();
        let _: () = x.dedup_by(|a: &mut u32, b: &mut u32| a == b);
    }

    /// `fn dedup_by_key`
    fn p009_fn_dedup_by_key() {
        let mut x = mk();
        let _: () = x.dedup_by_key(|a: &mut u32| *a / 2);
    }

    /// `fn drain`
    fn p010_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain(1..).collect();
        assert_eq!((x.len(), d.len()), (1, 2));
        let _ = x.drain(..).rev().len();
    }

    /// `fn extend_from_slice`
    fn p011_fn_extend_from_slice() {
        let _: fn(&mut X<u32>, &[u32]) = X::<u32>::extend_from_slice;
    }

    /// `fn extend_from_within`
    fn p012_fn_extend_from_within() {
        let mut x = mk();
        let _: () = x.extend_from_within(1..);
        assert_eq!(x.len(), 5);
    }

    /// `fn extract_if`
    fn p013_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<u32> = x.extract_if(.., |a: &mut u32| *a == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [2]);
    }

    /// `fn from_raw_parts`
    fn p014_fn_from_raw_parts() {
        let _: unsafe fn(*mut u32, usize, usize) -> X<u32> = X::<u32>::from_raw_parts;
        let mut m = std::mem::ManuallyDrop::new(mk());
        let (p, len, cap) = (m.as_mut_ptr(), m.len(), m.capacity());
        // SAFETY: the parts of a vector of the same type, given back once.
        let x = unsafe { X::<u32>::from_raw_parts(p, len, cap) };
        assert_eq!(x.len(), 3);
    }

    /// `fn insert`
    fn p015_fn_insert() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::insert;
    }

    /// `fn insert_mut`
    fn p016_fn_insert_mut() {
        let _: fn(&mut X<u32>, usize, u32) -> &mut u32 = X::<u32>::insert_mut;
    }

    /// `fn into_boxed_slice`
    fn p017_fn_into_boxed_slice() {
        let _: fn(X<u32>) -> Box<[u32]> = X::<u32>::into_boxed_slice;
    }

    /// `fn into_flattened`
    fn p018_fn_into_flattened() {
        let mut x = X::<[u32; 2]>::new();
        x.push([1, 2]);
        let _: fn(X<[u32; 2]>) -> X<u32> = X::<[u32; 2]>::into_flattened;
        assert_eq!(x.into_flattened().len(), 2);
    }

    /// `fn into_raw_parts`
    fn p019_fn_into_raw_parts() {
        let _: fn(X<u32>) -> (*mut u32, usize, usize) = X::<u32>::into_raw_parts;
    }

    /// `fn is_empty`
    fn p020_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn leak`
    fn p021_fn_leak() {
        let _: fn(X<u32>) -> &'static mut [u32] = X::<u32>::leak;
    }

    /// `fn len`
    fn p022_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn new`
    fn p023_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn pop`
    fn p024_fn_pop() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop;
    }

    /// `fn pop_if`
    fn p025_fn_pop_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_if(|a: &mut u32| *a == 3);
        assert_eq!(x.len(), 2);
    }

    /// `fn push`
    fn p026_fn_push() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push;
    }

    /// `fn push_mut`
    fn p027_fn_push_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_mut;
    }

    /// `fn remove`
    fn p028_fn_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::remove;
    }

    /// `fn reserve`
    fn p029_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn reserve_exact`
    fn p030_fn_reserve_exact() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve_exact;
    }

    /// `fn resize`
    fn p031_fn_resize() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::resize;
    }

    /// `fn resize_with`
    fn p032_fn_resize_with() {
        let mut x = mk();
        let _: () = x.resize_with(5, || 7);
        assert_eq!(x.len(), 5);
    }

    /// `fn retain`
    fn p033_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn retain_mut`
    fn p034_fn_retain_mut() {
        let mut x = mk();
        let _: () = x.retain_mut(|a: &mut u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn set_len`
    fn p035_fn_set_len() {
        let _: unsafe fn(&mut X<u32>, usize) = X::<u32>::set_len;
        let mut x = mk();
        // SAFETY: shrinking over `u32`s, which need no drop.
        unsafe { x.set_len(1) };
        assert_eq!(x.len(), 1);
    }

    /// `fn shrink_to`
    fn p036_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p037_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn spare_capacity_mut`
    fn p038_fn_spare_capacity_mut() {
        let _: fn(&mut X<u32>) -> &mut [MaybeUninit<u32>] = X::<u32>::spare_capacity_mut;
    }

    /// `fn splice`
    fn p039_fn_splice() {
        let mut x = mk();
        let out: std::vec::Vec<u32> = x.splice(1..2, [7, 8]).collect();
        assert_eq!(x.len(), 4);
        assert_eq!(out, [2]);
    }

    /// `fn split_off`
    fn p040_fn_split_off() {
        let _: fn(&mut X<u32>, usize) -> X<u32> = X::<u32>::split_off;
    }

    /// `fn swap_remove`
    fn p041_fn_swap_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::swap_remove;
    }

    /// `fn truncate`
    fn p042_fn_truncate() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::truncate;
    }

    /// `fn with_capacity`
    fn p045_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `impl AsMut<Vec<T>> for Vec<T>`
    fn p046_impl_asmut_vec_t_for_vec_t() {
        imp!(X<u32>: AsMut<X<u32>>);
    }

    /// `impl AsMut<[T]> for Vec<T>`
    fn p047_impl_asmut_slice_t_for_vec_t() {
        imp!(X<u32>: AsMut<[u32]>);
    }

    /// `impl AsRef<Vec<T>> for Vec<T>`
    fn p048_impl_asref_vec_t_for_vec_t() {
        imp!(X<u32>: AsRef<X<u32>>);
    }

    /// `impl AsRef<[T]> for Vec<T>`
    fn p049_impl_asref_slice_t_for_vec_t() {
        imp!(X<u32>: AsRef<[u32]>);
    }

    /// `impl Clone for Vec<T>`
    fn p050_impl_clone_for_vec_t() {
        imp!(X<u32>: Clone);
    }

    /// `impl Debug for Vec<T>`
    fn p051_impl_debug_for_vec_t() {
        imp!(X<u32>: Debug);
    }

    /// `impl Default for Vec<T>`
    fn p052_impl_default_for_vec_t() {
        imp!(X<u32>: Default);
    }

    /// `impl Deref for Vec<T>`
    fn p053_impl_deref_for_vec_t() {
        imp!(X<u32>: Deref<Target = [u32]>);
    }

    /// `impl DerefMut for Vec<T>`
    fn p054_impl_derefmut_for_vec_t() {
        imp!(X<u32>: DerefMut);
    }

    /// `impl Eq for Vec<T>`
    fn p056_impl_eq_for_vec_t() {
        imp!(X<u32>: Eq);
    }

    /// `impl Extend<&T> for Vec<T>`
    fn p057_impl_extend_ref_t_for_vec_t() {
        imp!(X<u32>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for Vec<T>`
    fn p058_impl_extend_t_for_vec_t() {
        imp!(X<u32>: Extend<u32>);
    }

    /// `impl From<&Vec<T>> for Cow<[T]>`
    fn p059_impl_from_ref_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<&'static X<u32>>);
    }

    /// `impl From<&[T; N]> for Vec<T>`
    fn p060_impl_from_ref_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static [u32; 3]>);
    }

    /// `impl From<&[T]> for Vec<T>`
    fn p061_impl_from_ref_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static [u32]>);
    }

    /// `impl From<&mut [T; N]> for Vec<T>`
    fn p062_impl_from_refmut_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32; 3]>);
    }

    /// `impl From<&mut [T]> for Vec<T>`
    fn p063_impl_from_refmut_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32]>);
    }

    /// `impl From<&str> for Vec<u8>`
    fn p064_impl_from_ref_str_for_vec_u8() {
        imp!(X<u8>: From<&'static str>);
    }

    /// `impl From<Box<[T]>> for Vec<T>`
    fn p065_impl_from_box_slice_t_for_vec_t() {
        imp!(X<u32>: From<Box<[u32]>>);
    }

    /// `impl From<Cow<[T]>> for Vec<T>`
    fn p066_impl_from_cow_slice_t_for_vec_t() {
        imp!(X<u32>: From<Cow<'static, [u32]>>);
    }

    /// `impl From<Vec<T>> for Box<[T]>`
    fn p067_impl_from_vec_t_for_box_slice_t() {
        imp!(Box<[u32]>: From<X<u32>>);
    }

    /// `impl From<Vec<T>> for Cow<[T]>`
    fn p068_impl_from_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<X<u32>>);
    }

    /// `impl From<[T; N]> for Vec<T>`
    fn p069_impl_from_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for Vec<T>`
    fn p070_impl_fromiterator_t_for_vec_t() {
        imp!(X<u32>: FromIterator<u32>);
    }

    /// `impl Hash for Vec<T>`
    fn p071_impl_hash_for_vec_t() {
        imp!(X<u32>: Hash);
    }

    /// `impl Index<I> for Vec<T>`
    fn p072_impl_index_i_for_vec_t() {
        imp!(X<u32>: Index<usize>);
    }

    /// `impl IndexMut<I> for Vec<T>`
    fn p073_impl_indexmut_i_for_vec_t() {
        imp!(X<u32>: IndexMut<usize>);
    }

    /// `impl IntoIterator for &Vec<T>`
    fn p074_impl_intoiterator_for_ref_vec_t() {
        imp!(&'static X<u32>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for &mut Vec<T>`
    fn p075_impl_intoiterator_for_refmut_vec_t() {
        imp!(&'static mut X<u32>: IntoIterator<Item = &'static mut u32>);
    }

    /// `impl IntoIterator for Vec<T>`
    fn p076_impl_intoiterator_for_vec_t() {
        imp!(X<u32>: IntoIterator<Item = u32>);
    }

    /// `impl Ord for Vec<T>`
    fn p077_impl_ord_for_vec_t() {
        imp!(X<u32>: Ord);
    }

    /// `impl PartialEq<&[U; N]> for Vec<T>`
    fn p078_impl_partialeq_ref_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32; 3]>);
    }

    /// `impl PartialEq<&[U]> for Vec<T>`
    fn p079_impl_partialeq_ref_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32]>);
    }

    /// `impl PartialEq<&mut [U]> for Vec<T>`
    fn p080_impl_partialeq_refmut_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32]>);
    }

    /// `impl PartialEq<Vec<U>> for &[T]`
    fn p081_impl_partialeq_vec_u_for_ref_slice_t() {
        imp!(&'static [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for &mut [T]`
    fn p082_impl_partialeq_vec_u_for_refmut_slice_t() {
        imp!(&'static mut [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Cow<[T]>`
    fn p083_impl_partialeq_vec_u_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Vec<T>`
    fn p084_impl_partialeq_vec_u_for_vec_t() {
        imp!(X<u32>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for [T]`
    fn p085_impl_partialeq_vec_u_for_slice_t() {
        imp!([u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<[U; N]> for Vec<T>`
    fn p086_impl_partialeq_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32; 3]>);
    }

    /// `impl PartialEq<[U]> for Vec<T>`
    fn p087_impl_partialeq_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32]>);
    }

    /// `impl PartialOrd<Vec<T>> for Vec<T>`
    fn p088_impl_partialord_vec_t_for_vec_t() {
        imp!(X<u32>: PartialOrd<X<u32>>);
    }

    /// `impl TryFrom<Vec<T>> for [T; N]`
    fn p089_impl_tryfrom_vec_t_for_slice_t_array() {
        imp!([u32; 3]: TryFrom<X<u32>>);
    }
}

#[rustfmt::skip]
mod vec_medium {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T> = sizespeed::medium::Vec<T>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.push(1);
        x.push(2);
        x.push(3);
        x
    }

    #[test]
    fn probes() {
        p000_fn_append();
        p001_fn_as_mut_ptr();
        p002_fn_as_mut_slice();
        p003_fn_as_ptr();
        p004_fn_as_slice();
        p005_fn_capacity();
        p006_fn_clear();
        p007_fn_dedup();
        p008_fn_dedup_by();
        p009_fn_dedup_by_key();
        p010_fn_drain();
        p011_fn_extend_from_slice();
        p012_fn_extend_from_within();
        p013_fn_extract_if();
        p014_fn_from_raw_parts();
        p015_fn_insert();
        p016_fn_insert_mut();
        p017_fn_into_boxed_slice();
        p018_fn_into_flattened();
        p019_fn_into_raw_parts();
        p020_fn_is_empty();
        p021_fn_leak();
        p022_fn_len();
        p023_fn_new();
        p024_fn_pop();
        p025_fn_pop_if();
        p026_fn_push();
        p027_fn_push_mut();
        p028_fn_remove();
        p029_fn_reserve();
        p030_fn_reserve_exact();
        p031_fn_resize();
        p032_fn_resize_with();
        p033_fn_retain();
        p034_fn_retain_mut();
        p035_fn_set_len();
        p036_fn_shrink_to();
        p037_fn_shrink_to_fit();
        p038_fn_spare_capacity_mut();
        p039_fn_splice();
        p040_fn_split_off();
        p041_fn_swap_remove();
        p042_fn_truncate();
        p045_fn_with_capacity();
        p046_impl_asmut_vec_t_for_vec_t();
        p047_impl_asmut_slice_t_for_vec_t();
        p048_impl_asref_vec_t_for_vec_t();
        p049_impl_asref_slice_t_for_vec_t();
        p050_impl_clone_for_vec_t();
        p051_impl_debug_for_vec_t();
        p052_impl_default_for_vec_t();
        p053_impl_deref_for_vec_t();
        p054_impl_derefmut_for_vec_t();
        p056_impl_eq_for_vec_t();
        p057_impl_extend_ref_t_for_vec_t();
        p058_impl_extend_t_for_vec_t();
        p059_impl_from_ref_vec_t_for_cow_slice_t();
        p060_impl_from_ref_slice_t_array_for_vec_t();
        p061_impl_from_ref_slice_t_for_vec_t();
        p062_impl_from_refmut_slice_t_array_for_vec_t();
        p063_impl_from_refmut_slice_t_for_vec_t();
        p064_impl_from_ref_str_for_vec_u8();
        p065_impl_from_box_slice_t_for_vec_t();
        p066_impl_from_cow_slice_t_for_vec_t();
        p067_impl_from_vec_t_for_box_slice_t();
        p068_impl_from_vec_t_for_cow_slice_t();
        p069_impl_from_slice_t_array_for_vec_t();
        p070_impl_fromiterator_t_for_vec_t();
        p071_impl_hash_for_vec_t();
        p072_impl_index_i_for_vec_t();
        p073_impl_indexmut_i_for_vec_t();
        p074_impl_intoiterator_for_ref_vec_t();
        p075_impl_intoiterator_for_refmut_vec_t();
        p076_impl_intoiterator_for_vec_t();
        p077_impl_ord_for_vec_t();
        p078_impl_partialeq_ref_slice_u_array_for_vec_t();
        p079_impl_partialeq_ref_slice_u_for_vec_t();
        p080_impl_partialeq_refmut_slice_u_for_vec_t();
        p081_impl_partialeq_vec_u_for_ref_slice_t();
        p082_impl_partialeq_vec_u_for_refmut_slice_t();
        p083_impl_partialeq_vec_u_for_cow_slice_t();
        p084_impl_partialeq_vec_u_for_vec_t();
        p085_impl_partialeq_vec_u_for_slice_t();
        p086_impl_partialeq_slice_u_array_for_vec_t();
        p087_impl_partialeq_slice_u_for_vec_t();
        p088_impl_partialord_vec_t_for_vec_t();
        p089_impl_tryfrom_vec_t_for_slice_t_array();
        assert_eq!(87, ["p000_fn_append", "p001_fn_as_mut_ptr", "p002_fn_as_mut_slice", "p003_fn_as_ptr", "p004_fn_as_slice", "p005_fn_capacity", "p006_fn_clear", "p007_fn_dedup", "p008_fn_dedup_by", "p009_fn_dedup_by_key", "p010_fn_drain", "p011_fn_extend_from_slice", "p012_fn_extend_from_within", "p013_fn_extract_if", "p014_fn_from_raw_parts", "p015_fn_insert", "p016_fn_insert_mut", "p017_fn_into_boxed_slice", "p018_fn_into_flattened", "p019_fn_into_raw_parts", "p020_fn_is_empty", "p021_fn_leak", "p022_fn_len", "p023_fn_new", "p024_fn_pop", "p025_fn_pop_if", "p026_fn_push", "p027_fn_push_mut", "p028_fn_remove", "p029_fn_reserve", "p030_fn_reserve_exact", "p031_fn_resize", "p032_fn_resize_with", "p033_fn_retain", "p034_fn_retain_mut", "p035_fn_set_len", "p036_fn_shrink_to", "p037_fn_shrink_to_fit", "p038_fn_spare_capacity_mut", "p039_fn_splice", "p040_fn_split_off", "p041_fn_swap_remove", "p042_fn_truncate", "p045_fn_with_capacity", "p046_impl_asmut_vec_t_for_vec_t", "p047_impl_asmut_slice_t_for_vec_t", "p048_impl_asref_vec_t_for_vec_t", "p049_impl_asref_slice_t_for_vec_t", "p050_impl_clone_for_vec_t", "p051_impl_debug_for_vec_t", "p052_impl_default_for_vec_t", "p053_impl_deref_for_vec_t", "p054_impl_derefmut_for_vec_t", "p056_impl_eq_for_vec_t", "p057_impl_extend_ref_t_for_vec_t", "p058_impl_extend_t_for_vec_t", "p059_impl_from_ref_vec_t_for_cow_slice_t", "p060_impl_from_ref_slice_t_array_for_vec_t", "p061_impl_from_ref_slice_t_for_vec_t", "p062_impl_from_refmut_slice_t_array_for_vec_t", "p063_impl_from_refmut_slice_t_for_vec_t", "p064_impl_from_ref_str_for_vec_u8", "p065_impl_from_box_slice_t_for_vec_t", "p066_impl_from_cow_slice_t_for_vec_t", "p067_impl_from_vec_t_for_box_slice_t", "p068_impl_from_vec_t_for_cow_slice_t", "p069_impl_from_slice_t_array_for_vec_t", "p070_impl_fromiterator_t_for_vec_t", "p071_impl_hash_for_vec_t", "p072_impl_index_i_for_vec_t", "p073_impl_indexmut_i_for_vec_t", "p074_impl_intoiterator_for_ref_vec_t", "p075_impl_intoiterator_for_refmut_vec_t", "p076_impl_intoiterator_for_vec_t", "p077_impl_ord_for_vec_t", "p078_impl_partialeq_ref_slice_u_array_for_vec_t", "p079_impl_partialeq_ref_slice_u_for_vec_t", "p080_impl_partialeq_refmut_slice_u_for_vec_t", "p081_impl_partialeq_vec_u_for_ref_slice_t", "p082_impl_partialeq_vec_u_for_refmut_slice_t", "p083_impl_partialeq_vec_u_for_cow_slice_t", "p084_impl_partialeq_vec_u_for_vec_t", "p085_impl_partialeq_vec_u_for_slice_t", "p086_impl_partialeq_slice_u_array_for_vec_t", "p087_impl_partialeq_slice_u_for_vec_t", "p088_impl_partialord_vec_t_for_vec_t", "p089_impl_tryfrom_vec_t_for_slice_t_array"].len());
    }

    /// `fn append`
    fn p000_fn_append() {
        let _: fn(&mut X<u32>, &mut X<u32>) = X::<u32>::append;
    }

    /// `fn as_mut_ptr`
    fn p001_fn_as_mut_ptr() {
        let _: fn(&mut X<u32>) -> *mut u32 = X::<u32>::as_mut_ptr;
    }

    /// `fn as_mut_slice`
    fn p002_fn_as_mut_slice() {
        let _: fn(&mut X<u32>) -> &mut [u32] = X::<u32>::as_mut_slice;
    }

    /// `fn as_ptr`
    fn p003_fn_as_ptr() {
        let _: fn(&X<u32>) -> *const u32 = X::<u32>::as_ptr;
    }

    /// `fn as_slice`
    fn p004_fn_as_slice() {
        let _: fn(&X<u32>) -> &[u32] = X::<u32>::as_slice;
    }

    /// `fn capacity`
    fn p005_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p006_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn dedup`
    fn p007_fn_dedup() {
        let _: fn(&mut X<u32>) = X::<u32>::dedup;
    }

    /// `fn dedup_by`
    fn p008_fn_dedup_by() {
        let mut x = mk();
        let _: () = x.dedup_by(|a: &mut u32, b: &mut u32| a == b);
    }

    /// `fn dedup_by_key`
    fn p009_fn_dedup_by_key() {
        let mut x = mk();
        let _: () = x.dedup_by_key(|a: &mut u32| *a / 2);
    }

    /// `fn drain`
    fn p010_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain(1..).collect();
        assert_eq!((x.len(), d.len()), (1, 2));
        let _ = x.drain(..).rev().len();
    }

    /// `fn extend_from_slice`
    fn p011_fn_extend_from_slice() {
        let _: fn(&mut X<u32>, &[u32]) = X::<u32>::extend_from_slice;
    }

    /// `fn extend_from_within`
    fn p012_fn_extend_from_within() {
        let mut x = mk();
        let _: () = x.extend_from_within(1..);
        assert_eq!(x.len(), 5);
    }

    /// `fn extract_if`
    fn p013_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<u32> = x.extract_if(.., |a: &mut u32| *a == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [2]);
    }

    /// `fn from_raw_parts`
    fn p014_fn_from_raw_parts() {
        let _: unsafe fn(*mut u32, usize, usize) -> X<u32> = X::<u32>::from_raw_parts;
        let mut m = std::mem::ManuallyDrop::new(mk());
        let (p, len, cap) = (m.as_mut_ptr(), m.len(), m.capacity());
        // SAFETY: the parts of a vector of the same type, given back once.
        let x = unsafe { X::<u32>::from_raw_parts(p, len, cap) };
        assert_eq!(x.len(), 3);
    }

    /// `fn insert`
    fn p015_fn_insert() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::insert;
    }

    /// `fn insert_mut`
    fn p016_fn_insert_mut() {
        let _: fn(&mut X<u32>, usize, u32) -> &mut u32 = X::<u32>::insert_mut;
    }

    /// `fn into_boxed_slice`
    fn p017_fn_into_boxed_slice() {
        let _: fn(X<u32>) -> Box<[u32]> = X::<u32>::into_boxed_slice;
    }

    /// `fn into_flattened`
    fn p018_fn_into_flattened() {
        let mut x = X::<[u32; 2]>::new();
        x.push([1, 2]);
        let _: fn(X<[u32; 2]>) -> X<u32> = X::<[u32; 2]>::into_flattened;
        assert_eq!(x.into_flattened().len(), 2);
    }

    /// `fn into_raw_parts`
    fn p019_fn_into_raw_parts() {
        let _: fn(X<u32>) -> (*mut u32, usize, usize) = X::<u32>::into_raw_parts;
    }

    /// `fn is_empty`
    fn p020_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn leak`
    fn p021_fn_leak() {
        let _: fn(X<u32>) -> &'static mut [u32] = X::<u32>::leak;
    }

    /// `fn len`
    fn p022_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn new`
    fn p023_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn pop`
    fn p024_fn_pop() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop;
    }

    /// `fn pop_if`
    fn p025_fn_pop_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_if(|a: &mut u32| *a == 3);
        assert_eq!(x.len(), 2);
    }

    /// `fn push`
    fn p026_fn_push() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push;
    }

    /// `fn push_mut`
    fn p027_fn_push_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_mut;
    }

    /// `fn remove`
    fn p028_fn_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::remove;
    }

    /// `fn reserve`
    fn p029_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn reserve_exact`
    fn p030_fn_reserve_exact() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve_exact;
    }

    /// `fn resize`
    fn p031_fn_resize() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::resize;
    }

    /// `fn resize_with`
    fn p032_fn_resize_with() {
        let mut x = mk();
        let _: () = x.resize_with(5, || 7);
        assert_eq!(x.len(), 5);
    }

    /// `fn retain`
    fn p033_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn retain_mut`
    fn p034_fn_retain_mut() {
        let mut x = mk();
        let _: () = x.retain_mut(|a: &mut u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn set_len`
    fn p035_fn_set_len() {
        let _: unsafe fn(&mut X<u32>, usize) = X::<u32>::set_len;
        let mut x = mk();
        // SAFETY: shrinking over `u32`s, which need no drop.
        unsafe { x.set_len(1) };
        assert_eq!(x.len(), 1);
    }

    /// `fn shrink_to`
    fn p036_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p037_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn spare_capacity_mut`
    fn p038_fn_spare_capacity_mut() {
        let _: fn(&mut X<u32>) -> &mut [MaybeUninit<u32>] = X::<u32>::spare_capacity_mut;
    }

    /// `fn splice`
    fn p039_fn_splice() {
        let mut x = mk();
        let out: std::vec::Vec<u32> = x.splice(1..2, [7, 8]).collect();
        assert_eq!(x.len(), 4);
        assert_eq!(out, [2]);
    }

    /// `fn split_off`
    fn p040_fn_split_off() {
        let _: fn(&mut X<u32>, usize) -> X<u32> = X::<u32>::split_off;
    }

    /// `fn swap_remove`
    fn p041_fn_swap_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::swap_remove;
    }

    /// `fn truncate`
    fn p042_fn_truncate() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::truncate;
    }

    /// `fn with_capacity`
    fn p045_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `impl AsMut<Vec<T>> for Vec<T>`
    fn p046_impl_asmut_vec_t_for_vec_t() {
        imp!(X<u32>: AsMut<X<u32>>);
    }

    /// `impl AsMut<[T]> for Vec<T>`
    fn p047_impl_asmut_slice_t_for_vec_t() {
        imp!(X<u32>: AsMut<[u32]>);
    }

    /// `impl AsRef<Vec<T>> for Vec<T>`
    fn p048_impl_asref_vec_t_for_vec_t() {
        imp!(X<u32>: AsRef<X<u32>>);
    }

    /// `impl AsRef<[T]> for Vec<T>`
    fn p049_impl_asref_slice_t_for_vec_t() {
        imp!(X<u32>: AsRef<[u32]>);
    }

    /// `impl Clone for Vec<T>`
    fn p050_impl_clone_for_vec_t() {
        imp!(X<u32>: Clone);
    }

    /// `impl Debug for Vec<T>`
    fn p051_impl_debug_for_vec_t() {
        imp!(X<u32>: Debug);
    }

    /// `impl Default for Vec<T>`
    fn p052_impl_default_for_vec_t() {
        imp!(X<u32>: Default);
    }

    /// `impl Deref for Vec<T>`
    fn p053_impl_deref_for_vec_t() {
        imp!(X<u32>: Deref<Target = [u32]>);
    }

    /// `impl DerefMut for Vec<T>`
    fn p054_impl_derefmut_for_vec_t() {
        imp!(X<u32>: DerefMut);
    }

    /// `impl Eq for Vec<T>`
    fn p056_impl_eq_for_vec_t() {
        imp!(X<u32>: Eq);
    }

    /// `impl Extend<&T> for Vec<T>`
    fn p057_impl_extend_ref_t_for_vec_t() {
        imp!(X<u32>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for Vec<T>`
    fn p058_impl_extend_t_for_vec_t() {
        imp!(X<u32>: Extend<u32>);
    }

    /// `impl From<&Vec<T>> for Cow<[T]>`
    fn p059_impl_from_ref_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<&'static X<u32>>);
    }

    /// `impl From<&[T; N]> for Vec<T>`
    fn p060_impl_from_ref_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static [u32; 3]>);
    }

    /// `impl From<&[T]> for Vec<T>`
    fn p061_impl_from_ref_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static [u32]>);
    }

    /// `impl From<&mut [T; N]> for Vec<T>`
    fn p062_impl_from_refmut_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32; 3]>);
    }

    /// `impl From<&mut [T]> for Vec<T>`
    fn p063_impl_from_refmut_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32]>);
    }

    /// `impl From<&str> for Vec<u8>`
    fn p064_impl_from_ref_str_for_vec_u8() {
        imp!(X<u8>: From<&'static str>);
    }

    /// `impl From<Box<[T]>> for Vec<T>`
    fn p065_impl_from_box_slice_t_for_vec_t() {
        imp!(X<u32>: From<Box<[u32]>>);
    }

    /// `impl From<Cow<[T]>> for Vec<T>`
    fn p066_impl_from_cow_slice_t_for_vec_t() {
        imp!(X<u32>: From<Cow<'static, [u32]>>);
    }

    /// `impl From<Vec<T>> for Box<[T]>`
    fn p067_impl_from_vec_t_for_box_slice_t() {
        imp!(Box<[u32]>: From<X<u32>>);
    }

    /// `impl From<Vec<T>> for Cow<[T]>`
    fn p068_impl_from_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<X<u32>>);
    }

    /// `impl From<[T; N]> for Vec<T>`
    fn p069_impl_from_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for Vec<T>`
    fn p070_impl_fromiterator_t_for_vec_t() {
        imp!(X<u32>: FromIterator<u32>);
    }

    /// `impl Hash for Vec<T>`
    fn p071_impl_hash_for_vec_t() {
        imp!(X<u32>: Hash);
    }

    /// `impl Index<I> for Vec<T>`
    fn p072_impl_index_i_for_vec_t() {
        imp!(X<u32>: Index<usize>);
    }

    /// `impl IndexMut<I> for Vec<T>`
    fn p073_impl_indexmut_i_for_vec_t() {
        imp!(X<u32>: IndexMut<usize>);
    }

    /// `impl IntoIterator for &Vec<T>`
    fn p074_impl_intoiterator_for_ref_vec_t() {
        imp!(&'static X<u32>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for &mut Vec<T>`
    fn p075_impl_intoiterator_for_refmut_vec_t() {
        imp!(&'static mut X<u32>: IntoIterator<Item = &'static mut u32>);
    }

    /// `impl IntoIterator for Vec<T>`
    fn p076_impl_intoiterator_for_vec_t() {
        imp!(X<u32>: IntoIterator<Item = u32>);
    }

    /// `impl Ord for Vec<T>`
    fn p077_impl_ord_for_vec_t() {
        imp!(X<u32>: Ord);
    }

    /// `impl PartialEq<&[U; N]> for Vec<T>`
    fn p078_impl_partialeq_ref_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32; 3]>);
    }

    /// `impl PartialEq<&[U]> for Vec<T>`
    fn p079_impl_partialeq_ref_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32]>);
    }

    /// `impl PartialEq<&mut [U]> for Vec<T>`
    fn p080_impl_partialeq_refmut_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32]>);
    }

    /// `impl PartialEq<Vec<U>> for &[T]`
    fn p081_impl_partialeq_vec_u_for_ref_slice_t() {
        imp!(&'static [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for &mut [T]`
    fn p082_impl_partialeq_vec_u_for_refmut_slice_t() {
        imp!(&'static mut [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Cow<[T]>`
    fn p083_impl_partialeq_vec_u_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Vec<T>`
    fn p084_impl_partialeq_vec_u_for_vec_t() {
        imp!(X<u32>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for [T]`
    fn p085_impl_partialeq_vec_u_for_slice_t() {
        imp!([u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<[U; N]> for Vec<T>`
    fn p086_impl_partialeq_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32; 3]>);
    }

    /// `impl PartialEq<[U]> for Vec<T>`
    fn p087_impl_partialeq_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32]>);
    }

    /// `impl PartialOrd<Vec<T>> for Vec<T>`
    fn p088_impl_partialord_vec_t_for_vec_t() {
        imp!(X<u32>: PartialOrd<X<u32>>);
    }

    /// `impl TryFrom<Vec<T>> for [T; N]`
    fn p089_impl_tryfrom_vec_t_for_slice_t_array() {
        imp!([u32; 3]: TryFrom<X<u32>>);
    }
}

#[rustfmt::skip]
mod vec_inline {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T> = sizespeed::inline::Vec<T>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.push(1);
        x.push(2);
        x.push(3);
        x
    }

    #[test]
    fn probes() {
        p000_fn_append();
        p001_fn_as_mut_ptr();
        p002_fn_as_mut_slice();
        p003_fn_as_ptr();
        p004_fn_as_slice();
        p005_fn_capacity();
        p006_fn_clear();
        p007_fn_dedup();
        p008_fn_dedup_by();
        p009_fn_dedup_by_key();
        p010_fn_drain();
        p011_fn_extend_from_slice();
        p012_fn_extend_from_within();
        p013_fn_extract_if();
        p015_fn_insert();
        p016_fn_insert_mut();
        p017_fn_into_boxed_slice();
        p018_fn_into_flattened();
        p020_fn_is_empty();
        p021_fn_leak();
        p022_fn_len();
        p023_fn_new();
        p024_fn_pop();
        p025_fn_pop_if();
        p026_fn_push();
        p027_fn_push_mut();
        p028_fn_remove();
        p029_fn_reserve();
        p030_fn_reserve_exact();
        p031_fn_resize();
        p032_fn_resize_with();
        p033_fn_retain();
        p034_fn_retain_mut();
        p035_fn_set_len();
        p036_fn_shrink_to();
        p037_fn_shrink_to_fit();
        p038_fn_spare_capacity_mut();
        p039_fn_splice();
        p040_fn_split_off();
        p041_fn_swap_remove();
        p042_fn_truncate();
        p045_fn_with_capacity();
        p046_impl_asmut_vec_t_for_vec_t();
        p047_impl_asmut_slice_t_for_vec_t();
        p048_impl_asref_vec_t_for_vec_t();
        p049_impl_asref_slice_t_for_vec_t();
        p050_impl_clone_for_vec_t();
        p051_impl_debug_for_vec_t();
        p052_impl_default_for_vec_t();
        p053_impl_deref_for_vec_t();
        p054_impl_derefmut_for_vec_t();
        p056_impl_eq_for_vec_t();
        p057_impl_extend_ref_t_for_vec_t();
        p058_impl_extend_t_for_vec_t();
        p059_impl_from_ref_vec_t_for_cow_slice_t();
        p060_impl_from_ref_slice_t_array_for_vec_t();
        p061_impl_from_ref_slice_t_for_vec_t();
        p062_impl_from_refmut_slice_t_array_for_vec_t();
        p063_impl_from_refmut_slice_t_for_vec_t();
        p064_impl_from_ref_str_for_vec_u8();
        p065_impl_from_box_slice_t_for_vec_t();
        p066_impl_from_cow_slice_t_for_vec_t();
        p067_impl_from_vec_t_for_box_slice_t();
        p068_impl_from_vec_t_for_cow_slice_t();
        p069_impl_from_slice_t_array_for_vec_t();
        p070_impl_fromiterator_t_for_vec_t();
        p071_impl_hash_for_vec_t();
        p072_impl_index_i_for_vec_t();
        p073_impl_indexmut_i_for_vec_t();
        p074_impl_intoiterator_for_ref_vec_t();
        p075_impl_intoiterator_for_refmut_vec_t();
        p076_impl_intoiterator_for_vec_t();
        p077_impl_ord_for_vec_t();
        p078_impl_partialeq_ref_slice_u_array_for_vec_t();
        p079_impl_partialeq_ref_slice_u_for_vec_t();
        p080_impl_partialeq_refmut_slice_u_for_vec_t();
        p081_impl_partialeq_vec_u_for_ref_slice_t();
        p082_impl_partialeq_vec_u_for_refmut_slice_t();
        p083_impl_partialeq_vec_u_for_cow_slice_t();
        p084_impl_partialeq_vec_u_for_vec_t();
        p085_impl_partialeq_vec_u_for_slice_t();
        p086_impl_partialeq_slice_u_array_for_vec_t();
        p087_impl_partialeq_slice_u_for_vec_t();
        p088_impl_partialord_vec_t_for_vec_t();
        p089_impl_tryfrom_vec_t_for_slice_t_array();
        assert_eq!(85, ["p000_fn_append", "p001_fn_as_mut_ptr", "p002_fn_as_mut_slice", "p003_fn_as_ptr", "p004_fn_as_slice", "p005_fn_capacity", "p006_fn_clear", "p007_fn_dedup", "p008_fn_dedup_by", "p009_fn_dedup_by_key", "p010_fn_drain", "p011_fn_extend_from_slice", "p012_fn_extend_from_within", "p013_fn_extract_if", "p015_fn_insert", "p016_fn_insert_mut", "p017_fn_into_boxed_slice", "p018_fn_into_flattened", "p020_fn_is_empty", "p021_fn_leak", "p022_fn_len", "p023_fn_new", "p024_fn_pop", "p025_fn_pop_if", "p026_fn_push", "p027_fn_push_mut", "p028_fn_remove", "p029_fn_reserve", "p030_fn_reserve_exact", "p031_fn_resize", "p032_fn_resize_with", "p033_fn_retain", "p034_fn_retain_mut", "p035_fn_set_len", "p036_fn_shrink_to", "p037_fn_shrink_to_fit", "p038_fn_spare_capacity_mut", "p039_fn_splice", "p040_fn_split_off", "p041_fn_swap_remove", "p042_fn_truncate", "p045_fn_with_capacity", "p046_impl_asmut_vec_t_for_vec_t", "p047_impl_asmut_slice_t_for_vec_t", "p048_impl_asref_vec_t_for_vec_t", "p049_impl_asref_slice_t_for_vec_t", "p050_impl_clone_for_vec_t", "p051_impl_debug_for_vec_t", "p052_impl_default_for_vec_t", "p053_impl_deref_for_vec_t", "p054_impl_derefmut_for_vec_t", "p056_impl_eq_for_vec_t", "p057_impl_extend_ref_t_for_vec_t", "p058_impl_extend_t_for_vec_t", "p059_impl_from_ref_vec_t_for_cow_slice_t", "p060_impl_from_ref_slice_t_array_for_vec_t", "p061_impl_from_ref_slice_t_for_vec_t", "p062_impl_from_refmut_slice_t_array_for_vec_t", "p063_impl_from_refmut_slice_t_for_vec_t", "p064_impl_from_ref_str_for_vec_u8", "p065_impl_from_box_slice_t_for_vec_t", "p066_impl_from_cow_slice_t_for_vec_t", "p067_impl_from_vec_t_for_box_slice_t", "p068_impl_from_vec_t_for_cow_slice_t", "p069_impl_from_slice_t_array_for_vec_t", "p070_impl_fromiterator_t_for_vec_t", "p071_impl_hash_for_vec_t", "p072_impl_index_i_for_vec_t", "p073_impl_indexmut_i_for_vec_t", "p074_impl_intoiterator_for_ref_vec_t", "p075_impl_intoiterator_for_refmut_vec_t", "p076_impl_intoiterator_for_vec_t", "p077_impl_ord_for_vec_t", "p078_impl_partialeq_ref_slice_u_array_for_vec_t", "p079_impl_partialeq_ref_slice_u_for_vec_t", "p080_impl_partialeq_refmut_slice_u_for_vec_t", "p081_impl_partialeq_vec_u_for_ref_slice_t", "p082_impl_partialeq_vec_u_for_refmut_slice_t", "p083_impl_partialeq_vec_u_for_cow_slice_t", "p084_impl_partialeq_vec_u_for_vec_t", "p085_impl_partialeq_vec_u_for_slice_t", "p086_impl_partialeq_slice_u_array_for_vec_t", "p087_impl_partialeq_slice_u_for_vec_t", "p088_impl_partialord_vec_t_for_vec_t", "p089_impl_tryfrom_vec_t_for_slice_t_array"].len());
    }

    /// `fn append`
    fn p000_fn_append() {
        let _: fn(&mut X<u32>, &mut X<u32>) = X::<u32>::append;
    }

    /// `fn as_mut_ptr`
    fn p001_fn_as_mut_ptr() {
        let _: fn(&mut X<u32>) -> *mut u32 = X::<u32>::as_mut_ptr;
    }

    /// `fn as_mut_slice`
    fn p002_fn_as_mut_slice() {
        let _: fn(&mut X<u32>) -> &mut [u32] = X::<u32>::as_mut_slice;
    }

    /// `fn as_ptr`
    fn p003_fn_as_ptr() {
        let _: fn(&X<u32>) -> *const u32 = X::<u32>::as_ptr;
    }

    /// `fn as_slice`
    fn p004_fn_as_slice() {
        let _: fn(&X<u32>) -> &[u32] = X::<u32>::as_slice;
    }

    /// `fn capacity`
    fn p005_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p006_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn dedup`
    fn p007_fn_dedup() {
        let _: fn(&mut X<u32>) = X::<u32>::dedup;
    }

    /// `fn dedup_by`
    fn p008_fn_dedup_by() {
        let mut x = mk();
        let _: () = x.dedup_by(|a: &mut u32, b: &mut u32| a == b);
    }

    /// `fn dedup_by_key`
    fn p009_fn_dedup_by_key() {
        let mut x = mk();
        let _: () = x.dedup_by_key(|a: &mut u32| *a / 2);
    }

    /// `fn drain`
    fn p010_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain(1..).collect();
        assert_eq!((x.len(), d.len()), (1, 2));
        let _ = x.drain(..).rev().len();
    }

    /// `fn extend_from_slice`
    fn p011_fn_extend_from_slice() {
        let _: fn(&mut X<u32>, &[u32]) = X::<u32>::extend_from_slice;
    }

    /// `fn extend_from_within`
    fn p012_fn_extend_from_within() {
        let mut x = mk();
        let _: () = x.extend_from_within(1..);
        assert_eq!(x.len(), 5);
    }

    /// `fn extract_if`
    fn p013_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<u32> = x.extract_if(.., |a: &mut u32| *a == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [2]);
    }

    /// `fn insert`
    fn p015_fn_insert() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::insert;
    }

    /// `fn insert_mut`
    fn p016_fn_insert_mut() {
        let _: fn(&mut X<u32>, usize, u32) -> &mut u32 = X::<u32>::insert_mut;
    }

    /// `fn into_boxed_slice`
    fn p017_fn_into_boxed_slice() {
        let _: fn(X<u32>) -> Box<[u32]> = X::<u32>::into_boxed_slice;
    }

    /// `fn into_flattened`
    fn p018_fn_into_flattened() {
        let mut x = X::<[u32; 2]>::new();
        x.push([1, 2]);
        let _: fn(X<[u32; 2]>) -> X<u32> = X::<[u32; 2]>::into_flattened;
        assert_eq!(x.into_flattened().len(), 2);
    }

    /// `fn is_empty`
    fn p020_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn leak`
    fn p021_fn_leak() {
        let _: fn(X<u32>) -> &'static mut [u32] = X::<u32>::leak;
    }

    /// `fn len`
    fn p022_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn new`
    fn p023_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn pop`
    fn p024_fn_pop() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop;
    }

    /// `fn pop_if`
    fn p025_fn_pop_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_if(|a: &mut u32| *a == 3);
        assert_eq!(x.len(), 2);
    }

    /// `fn push`
    fn p026_fn_push() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push;
    }

    /// `fn push_mut`
    fn p027_fn_push_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_mut;
    }

    /// `fn remove`
    fn p028_fn_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::remove;
    }

    /// `fn reserve`
    fn p029_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn reserve_exact`
    fn p030_fn_reserve_exact() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve_exact;
    }

    /// `fn resize`
    fn p031_fn_resize() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::resize;
    }

    /// `fn resize_with`
    fn p032_fn_resize_with() {
        let mut x = mk();
        let _: () = x.resize_with(5, || 7);
        assert_eq!(x.len(), 5);
    }

    /// `fn retain`
    fn p033_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn retain_mut`
    fn p034_fn_retain_mut() {
        let mut x = mk();
        let _: () = x.retain_mut(|a: &mut u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn set_len`
    fn p035_fn_set_len() {
        let _: unsafe fn(&mut X<u32>, usize) = X::<u32>::set_len;
        let mut x = mk();
        // SAFETY: shrinking over `u32`s, which need no drop.
        unsafe { x.set_len(1) };
        assert_eq!(x.len(), 1);
    }

    /// `fn shrink_to`
    fn p036_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p037_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn spare_capacity_mut`
    fn p038_fn_spare_capacity_mut() {
        let _: fn(&mut X<u32>) -> &mut [MaybeUninit<u32>] = X::<u32>::spare_capacity_mut;
    }

    /// `fn splice`
    fn p039_fn_splice() {
        let mut x = mk();
        let out: std::vec::Vec<u32> = x.splice(1..2, [7, 8]).collect();
        assert_eq!(x.len(), 4);
        assert_eq!(out, [2]);
    }

    /// `fn split_off`
    fn p040_fn_split_off() {
        let _: fn(&mut X<u32>, usize) -> X<u32> = X::<u32>::split_off;
    }

    /// `fn swap_remove`
    fn p041_fn_swap_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::swap_remove;
    }

    /// `fn truncate`
    fn p042_fn_truncate() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::truncate;
    }

    /// `fn with_capacity`
    fn p045_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `impl AsMut<Vec<T>> for Vec<T>`
    fn p046_impl_asmut_vec_t_for_vec_t() {
        imp!(X<u32>: AsMut<X<u32>>);
    }

    /// `impl AsMut<[T]> for Vec<T>`
    fn p047_impl_asmut_slice_t_for_vec_t() {
        imp!(X<u32>: AsMut<[u32]>);
    }

    /// `impl AsRef<Vec<T>> for Vec<T>`
    fn p048_impl_asref_vec_t_for_vec_t() {
        imp!(X<u32>: AsRef<X<u32>>);
    }

    /// `impl AsRef<[T]> for Vec<T>`
    fn p049_impl_asref_slice_t_for_vec_t() {
        imp!(X<u32>: AsRef<[u32]>);
    }

    /// `impl Clone for Vec<T>`
    fn p050_impl_clone_for_vec_t() {
        imp!(X<u32>: Clone);
    }

    /// `impl Debug for Vec<T>`
    fn p051_impl_debug_for_vec_t() {
        imp!(X<u32>: Debug);
    }

    /// `impl Default for Vec<T>`
    fn p052_impl_default_for_vec_t() {
        imp!(X<u32>: Default);
    }

    /// `impl Deref for Vec<T>`
    fn p053_impl_deref_for_vec_t() {
        imp!(X<u32>: Deref<Target = [u32]>);
    }

    /// `impl DerefMut for Vec<T>`
    fn p054_impl_derefmut_for_vec_t() {
        imp!(X<u32>: DerefMut);
    }

    /// `impl Eq for Vec<T>`
    fn p056_impl_eq_for_vec_t() {
        imp!(X<u32>: Eq);
    }

    /// `impl Extend<&T> for Vec<T>`
    fn p057_impl_extend_ref_t_for_vec_t() {
        imp!(X<u32>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for Vec<T>`
    fn p058_impl_extend_t_for_vec_t() {
        imp!(X<u32>: Extend<u32>);
    }

    /// `impl From<&Vec<T>> for Cow<[T]>`
    fn p059_impl_from_ref_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<&'static X<u32>>);
    }

    /// `impl From<&[T; N]> for Vec<T>`
    fn p060_impl_from_ref_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static [u32; 3]>);
    }

    /// `impl From<&[T]> for Vec<T>`
    fn p061_impl_from_ref_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static [u32]>);
    }

    /// `impl From<&mut [T; N]> for Vec<T>`
    fn p062_impl_from_refmut_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32; 3]>);
    }

    /// `impl From<&mut [T]> for Vec<T>`
    fn p063_impl_from_refmut_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32]>);
    }

    /// `impl From<&str> for Vec<u8>`
    fn p064_impl_from_ref_str_for_vec_u8() {
        imp!(X<u8>: From<&'static str>);
    }

    /// `impl From<Box<[T]>> for Vec<T>`
    fn p065_impl_from_box_slice_t_for_vec_t() {
        imp!(X<u32>: From<Box<[u32]>>);
    }

    /// `impl From<Cow<[T]>> for Vec<T>`
    fn p066_impl_from_cow_slice_t_for_vec_t() {
        imp!(X<u32>: From<Cow<'static, [u32]>>);
    }

    /// `impl From<Vec<T>> for Box<[T]>`
    fn p067_impl_from_vec_t_for_box_slice_t() {
        imp!(Box<[u32]>: From<X<u32>>);
    }

    /// `impl From<Vec<T>> for Cow<[T]>`
    fn p068_impl_from_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<X<u32>>);
    }

    /// `impl From<[T; N]> for Vec<T>`
    fn p069_impl_from_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for Vec<T>`
    fn p070_impl_fromiterator_t_for_vec_t() {
        imp!(X<u32>: FromIterator<u32>);
    }

    /// `impl Hash for Vec<T>`
    fn p071_impl_hash_for_vec_t() {
        imp!(X<u32>: Hash);
    }

    /// `impl Index<I> for Vec<T>`
    fn p072_impl_index_i_for_vec_t() {
        imp!(X<u32>: Index<usize>);
    }

    /// `impl IndexMut<I> for Vec<T>`
    fn p073_impl_indexmut_i_for_vec_t() {
        imp!(X<u32>: IndexMut<usize>);
    }

    /// `impl IntoIterator for &Vec<T>`
    fn p074_impl_intoiterator_for_ref_vec_t() {
        imp!(&'static X<u32>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for &mut Vec<T>`
    fn p075_impl_intoiterator_for_refmut_vec_t() {
        imp!(&'static mut X<u32>: IntoIterator<Item = &'static mut u32>);
    }

    /// `impl IntoIterator for Vec<T>`
    fn p076_impl_intoiterator_for_vec_t() {
        imp!(X<u32>: IntoIterator<Item = u32>);
    }

    /// `impl Ord for Vec<T>`
    fn p077_impl_ord_for_vec_t() {
        imp!(X<u32>: Ord);
    }

    /// `impl PartialEq<&[U; N]> for Vec<T>`
    fn p078_impl_partialeq_ref_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32; 3]>);
    }

    /// `impl PartialEq<&[U]> for Vec<T>`
    fn p079_impl_partialeq_ref_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32]>);
    }

    /// `impl PartialEq<&mut [U]> for Vec<T>`
    fn p080_impl_partialeq_refmut_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32]>);
    }

    /// `impl PartialEq<Vec<U>> for &[T]`
    fn p081_impl_partialeq_vec_u_for_ref_slice_t() {
        imp!(&'static [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for &mut [T]`
    fn p082_impl_partialeq_vec_u_for_refmut_slice_t() {
        imp!(&'static mut [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Cow<[T]>`
    fn p083_impl_partialeq_vec_u_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Vec<T>`
    fn p084_impl_partialeq_vec_u_for_vec_t() {
        imp!(X<u32>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for [T]`
    fn p085_impl_partialeq_vec_u_for_slice_t() {
        imp!([u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<[U; N]> for Vec<T>`
    fn p086_impl_partialeq_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32; 3]>);
    }

    /// `impl PartialEq<[U]> for Vec<T>`
    fn p087_impl_partialeq_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32]>);
    }

    /// `impl PartialOrd<Vec<T>> for Vec<T>`
    fn p088_impl_partialord_vec_t_for_vec_t() {
        imp!(X<u32>: PartialOrd<X<u32>>);
    }

    /// `impl TryFrom<Vec<T>> for [T; N]`
    fn p089_impl_tryfrom_vec_t_for_slice_t_array() {
        imp!([u32; 3]: TryFrom<X<u32>>);
    }
}

#[rustfmt::skip]
mod vec_thin {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T> = sizespeed::thin::Vec<T>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.push(1);
        x.push(2);
        x.push(3);
        x
    }

    #[test]
    fn probes() {
        p000_fn_append();
        p001_fn_as_mut_ptr();
        p002_fn_as_mut_slice();
        p003_fn_as_ptr();
        p004_fn_as_slice();
        p005_fn_capacity();
        p006_fn_clear();
        p007_fn_dedup();
        p008_fn_dedup_by();
        p009_fn_dedup_by_key();
        p010_fn_drain();
        p011_fn_extend_from_slice();
        p012_fn_extend_from_within();
        p013_fn_extract_if();
        p015_fn_insert();
        p016_fn_insert_mut();
        p017_fn_into_boxed_slice();
        p018_fn_into_flattened();
        p020_fn_is_empty();
        p021_fn_leak();
        p022_fn_len();
        p023_fn_new();
        p024_fn_pop();
        p025_fn_pop_if();
        p026_fn_push();
        p027_fn_push_mut();
        p028_fn_remove();
        p029_fn_reserve();
        p030_fn_reserve_exact();
        p031_fn_resize();
        p032_fn_resize_with();
        p033_fn_retain();
        p034_fn_retain_mut();
        p035_fn_set_len();
        p036_fn_shrink_to();
        p037_fn_shrink_to_fit();
        p039_fn_splice();
        p040_fn_split_off();
        p041_fn_swap_remove();
        p042_fn_truncate();
        p045_fn_with_capacity();
        p046_impl_asmut_vec_t_for_vec_t();
        p047_impl_asmut_slice_t_for_vec_t();
        p048_impl_asref_vec_t_for_vec_t();
        p049_impl_asref_slice_t_for_vec_t();
        p050_impl_clone_for_vec_t();
        p051_impl_debug_for_vec_t();
        p052_impl_default_for_vec_t();
        p053_impl_deref_for_vec_t();
        p054_impl_derefmut_for_vec_t();
        p056_impl_eq_for_vec_t();
        p057_impl_extend_ref_t_for_vec_t();
        p058_impl_extend_t_for_vec_t();
        p059_impl_from_ref_vec_t_for_cow_slice_t();
        p060_impl_from_ref_slice_t_array_for_vec_t();
        p061_impl_from_ref_slice_t_for_vec_t();
        p062_impl_from_refmut_slice_t_array_for_vec_t();
        p063_impl_from_refmut_slice_t_for_vec_t();
        p064_impl_from_ref_str_for_vec_u8();
        p065_impl_from_box_slice_t_for_vec_t();
        p066_impl_from_cow_slice_t_for_vec_t();
        p067_impl_from_vec_t_for_box_slice_t();
        p068_impl_from_vec_t_for_cow_slice_t();
        p069_impl_from_slice_t_array_for_vec_t();
        p070_impl_fromiterator_t_for_vec_t();
        p071_impl_hash_for_vec_t();
        p072_impl_index_i_for_vec_t();
        p073_impl_indexmut_i_for_vec_t();
        p074_impl_intoiterator_for_ref_vec_t();
        p075_impl_intoiterator_for_refmut_vec_t();
        p076_impl_intoiterator_for_vec_t();
        p077_impl_ord_for_vec_t();
        p078_impl_partialeq_ref_slice_u_array_for_vec_t();
        p079_impl_partialeq_ref_slice_u_for_vec_t();
        p080_impl_partialeq_refmut_slice_u_for_vec_t();
        p081_impl_partialeq_vec_u_for_ref_slice_t();
        p082_impl_partialeq_vec_u_for_refmut_slice_t();
        p083_impl_partialeq_vec_u_for_cow_slice_t();
        p084_impl_partialeq_vec_u_for_vec_t();
        p085_impl_partialeq_vec_u_for_slice_t();
        p086_impl_partialeq_slice_u_array_for_vec_t();
        p087_impl_partialeq_slice_u_for_vec_t();
        p088_impl_partialord_vec_t_for_vec_t();
        p089_impl_tryfrom_vec_t_for_slice_t_array();
        assert_eq!(84, ["p000_fn_append", "p001_fn_as_mut_ptr", "p002_fn_as_mut_slice", "p003_fn_as_ptr", "p004_fn_as_slice", "p005_fn_capacity", "p006_fn_clear", "p007_fn_dedup", "p008_fn_dedup_by", "p009_fn_dedup_by_key", "p010_fn_drain", "p011_fn_extend_from_slice", "p012_fn_extend_from_within", "p013_fn_extract_if", "p015_fn_insert", "p016_fn_insert_mut", "p017_fn_into_boxed_slice", "p018_fn_into_flattened", "p020_fn_is_empty", "p021_fn_leak", "p022_fn_len", "p023_fn_new", "p024_fn_pop", "p025_fn_pop_if", "p026_fn_push", "p027_fn_push_mut", "p028_fn_remove", "p029_fn_reserve", "p030_fn_reserve_exact", "p031_fn_resize", "p032_fn_resize_with", "p033_fn_retain", "p034_fn_retain_mut", "p035_fn_set_len", "p036_fn_shrink_to", "p037_fn_shrink_to_fit", "p039_fn_splice", "p040_fn_split_off", "p041_fn_swap_remove", "p042_fn_truncate", "p045_fn_with_capacity", "p046_impl_asmut_vec_t_for_vec_t", "p047_impl_asmut_slice_t_for_vec_t", "p048_impl_asref_vec_t_for_vec_t", "p049_impl_asref_slice_t_for_vec_t", "p050_impl_clone_for_vec_t", "p051_impl_debug_for_vec_t", "p052_impl_default_for_vec_t", "p053_impl_deref_for_vec_t", "p054_impl_derefmut_for_vec_t", "p056_impl_eq_for_vec_t", "p057_impl_extend_ref_t_for_vec_t", "p058_impl_extend_t_for_vec_t", "p059_impl_from_ref_vec_t_for_cow_slice_t", "p060_impl_from_ref_slice_t_array_for_vec_t", "p061_impl_from_ref_slice_t_for_vec_t", "p062_impl_from_refmut_slice_t_array_for_vec_t", "p063_impl_from_refmut_slice_t_for_vec_t", "p064_impl_from_ref_str_for_vec_u8", "p065_impl_from_box_slice_t_for_vec_t", "p066_impl_from_cow_slice_t_for_vec_t", "p067_impl_from_vec_t_for_box_slice_t", "p068_impl_from_vec_t_for_cow_slice_t", "p069_impl_from_slice_t_array_for_vec_t", "p070_impl_fromiterator_t_for_vec_t", "p071_impl_hash_for_vec_t", "p072_impl_index_i_for_vec_t", "p073_impl_indexmut_i_for_vec_t", "p074_impl_intoiterator_for_ref_vec_t", "p075_impl_intoiterator_for_refmut_vec_t", "p076_impl_intoiterator_for_vec_t", "p077_impl_ord_for_vec_t", "p078_impl_partialeq_ref_slice_u_array_for_vec_t", "p079_impl_partialeq_ref_slice_u_for_vec_t", "p080_impl_partialeq_refmut_slice_u_for_vec_t", "p081_impl_partialeq_vec_u_for_ref_slice_t", "p082_impl_partialeq_vec_u_for_refmut_slice_t", "p083_impl_partialeq_vec_u_for_cow_slice_t", "p084_impl_partialeq_vec_u_for_vec_t", "p085_impl_partialeq_vec_u_for_slice_t", "p086_impl_partialeq_slice_u_array_for_vec_t", "p087_impl_partialeq_slice_u_for_vec_t", "p088_impl_partialord_vec_t_for_vec_t", "p089_impl_tryfrom_vec_t_for_slice_t_array"].len());
    }

    /// `fn append`
    fn p000_fn_append() {
        let _: fn(&mut X<u32>, &mut X<u32>) = X::<u32>::append;
    }

    /// `fn as_mut_ptr`
    fn p001_fn_as_mut_ptr() {
        let _: fn(&mut X<u32>) -> *mut u32 = X::<u32>::as_mut_ptr;
    }

    /// `fn as_mut_slice`
    fn p002_fn_as_mut_slice() {
        let _: fn(&mut X<u32>) -> &mut [u32] = X::<u32>::as_mut_slice;
    }

    /// `fn as_ptr`
    fn p003_fn_as_ptr() {
        let _: fn(&X<u32>) -> *const u32 = X::<u32>::as_ptr;
    }

    /// `fn as_slice`
    fn p004_fn_as_slice() {
        let _: fn(&X<u32>) -> &[u32] = X::<u32>::as_slice;
    }

    /// `fn capacity`
    fn p005_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p006_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn dedup`
    fn p007_fn_dedup() {
        let _: fn(&mut X<u32>) = X::<u32>::dedup;
    }

    /// `fn dedup_by`
    fn p008_fn_dedup_by() {
        let mut x = mk();
        let _: () = x.dedup_by(|a: &mut u32, b: &mut u32| a == b);
    }

    /// `fn dedup_by_key`
    fn p009_fn_dedup_by_key() {
        let mut x = mk();
        let _: () = x.dedup_by_key(|a: &mut u32| *a / 2);
    }

    /// `fn drain`
    fn p010_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain(1..).collect();
        assert_eq!((x.len(), d.len()), (1, 2));
        let _ = x.drain(..).rev().len();
    }

    /// `fn extend_from_slice`
    fn p011_fn_extend_from_slice() {
        let _: fn(&mut X<u32>, &[u32]) = X::<u32>::extend_from_slice;
    }

    /// `fn extend_from_within`
    fn p012_fn_extend_from_within() {
        let mut x = mk();
        let _: () = x.extend_from_within(1..);
        assert_eq!(x.len(), 5);
    }

    /// `fn extract_if`
    fn p013_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<u32> = x.extract_if(.., |a: &mut u32| *a == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [2]);
    }

    /// `fn insert`
    fn p015_fn_insert() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::insert;
    }

    /// `fn insert_mut`
    fn p016_fn_insert_mut() {
        let _: fn(&mut X<u32>, usize, u32) -> &mut u32 = X::<u32>::insert_mut;
    }

    /// `fn into_boxed_slice`
    fn p017_fn_into_boxed_slice() {
        let _: fn(X<u32>) -> Box<[u32]> = X::<u32>::into_boxed_slice;
    }

    /// `fn into_flattened`
    fn p018_fn_into_flattened() {
        let mut x = X::<[u32; 2]>::new();
        x.push([1, 2]);
        let _: fn(X<[u32; 2]>) -> X<u32> = X::<[u32; 2]>::into_flattened;
        assert_eq!(x.into_flattened().len(), 2);
    }

    /// `fn is_empty`
    fn p020_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn leak`
    fn p021_fn_leak() {
        let _: fn(X<u32>) -> &'static mut [u32] = X::<u32>::leak;
    }

    /// `fn len`
    fn p022_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn new`
    fn p023_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn pop`
    fn p024_fn_pop() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop;
    }

    /// `fn pop_if`
    fn p025_fn_pop_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_if(|a: &mut u32| *a == 3);
        assert_eq!(x.len(), 2);
    }

    /// `fn push`
    fn p026_fn_push() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push;
    }

    /// `fn push_mut`
    fn p027_fn_push_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_mut;
    }

    /// `fn remove`
    fn p028_fn_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::remove;
    }

    /// `fn reserve`
    fn p029_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn reserve_exact`
    fn p030_fn_reserve_exact() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve_exact;
    }

    /// `fn resize`
    fn p031_fn_resize() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::resize;
    }

    /// `fn resize_with`
    fn p032_fn_resize_with() {
        let mut x = mk();
        let _: () = x.resize_with(5, || 7);
        assert_eq!(x.len(), 5);
    }

    /// `fn retain`
    fn p033_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn retain_mut`
    fn p034_fn_retain_mut() {
        let mut x = mk();
        let _: () = x.retain_mut(|a: &mut u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn set_len`
    fn p035_fn_set_len() {
        let _: unsafe fn(&mut X<u32>, usize) = X::<u32>::set_len;
        let mut x = mk();
        // SAFETY: shrinking over `u32`s, which need no drop.
        unsafe { x.set_len(1) };
        assert_eq!(x.len(), 1);
    }

    /// `fn shrink_to`
    fn p036_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p037_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn splice`
    fn p039_fn_splice() {
        let mut x = mk();
        let out: std::vec::Vec<u32> = x.splice(1..2, [7, 8]).collect();
        assert_eq!(x.len(), 4);
        assert_eq!(out, [2]);
    }

    /// `fn split_off`
    fn p040_fn_split_off() {
        let _: fn(&mut X<u32>, usize) -> X<u32> = X::<u32>::split_off;
    }

    /// `fn swap_remove`
    fn p041_fn_swap_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::swap_remove;
    }

    /// `fn truncate`
    fn p042_fn_truncate() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::truncate;
    }

    /// `fn with_capacity`
    fn p045_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `impl AsMut<Vec<T>> for Vec<T>`
    fn p046_impl_asmut_vec_t_for_vec_t() {
        imp!(X<u32>: AsMut<X<u32>>);
    }

    /// `impl AsMut<[T]> for Vec<T>`
    fn p047_impl_asmut_slice_t_for_vec_t() {
        imp!(X<u32>: AsMut<[u32]>);
    }

    /// `impl AsRef<Vec<T>> for Vec<T>`
    fn p048_impl_asref_vec_t_for_vec_t() {
        imp!(X<u32>: AsRef<X<u32>>);
    }

    /// `impl AsRef<[T]> for Vec<T>`
    fn p049_impl_asref_slice_t_for_vec_t() {
        imp!(X<u32>: AsRef<[u32]>);
    }

    /// `impl Clone for Vec<T>`
    fn p050_impl_clone_for_vec_t() {
        imp!(X<u32>: Clone);
    }

    /// `impl Debug for Vec<T>`
    fn p051_impl_debug_for_vec_t() {
        imp!(X<u32>: Debug);
    }

    /// `impl Default for Vec<T>`
    fn p052_impl_default_for_vec_t() {
        imp!(X<u32>: Default);
    }

    /// `impl Deref for Vec<T>`
    fn p053_impl_deref_for_vec_t() {
        imp!(X<u32>: Deref<Target = [u32]>);
    }

    /// `impl DerefMut for Vec<T>`
    fn p054_impl_derefmut_for_vec_t() {
        imp!(X<u32>: DerefMut);
    }

    /// `impl Eq for Vec<T>`
    fn p056_impl_eq_for_vec_t() {
        imp!(X<u32>: Eq);
    }

    /// `impl Extend<&T> for Vec<T>`
    fn p057_impl_extend_ref_t_for_vec_t() {
        imp!(X<u32>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for Vec<T>`
    fn p058_impl_extend_t_for_vec_t() {
        imp!(X<u32>: Extend<u32>);
    }

    /// `impl From<&Vec<T>> for Cow<[T]>`
    fn p059_impl_from_ref_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<&'static X<u32>>);
    }

    /// `impl From<&[T; N]> for Vec<T>`
    fn p060_impl_from_ref_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static [u32; 3]>);
    }

    /// `impl From<&[T]> for Vec<T>`
    fn p061_impl_from_ref_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static [u32]>);
    }

    /// `impl From<&mut [T; N]> for Vec<T>`
    fn p062_impl_from_refmut_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32; 3]>);
    }

    /// `impl From<&mut [T]> for Vec<T>`
    fn p063_impl_from_refmut_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static mut [u32]>);
    }

    /// `impl From<&str> for Vec<u8>`
    fn p064_impl_from_ref_str_for_vec_u8() {
        imp!(X<u8>: From<&'static str>);
    }

    /// `impl From<Box<[T]>> for Vec<T>`
    fn p065_impl_from_box_slice_t_for_vec_t() {
        imp!(X<u32>: From<Box<[u32]>>);
    }

    /// `impl From<Cow<[T]>> for Vec<T>`
    fn p066_impl_from_cow_slice_t_for_vec_t() {
        imp!(X<u32>: From<Cow<'static, [u32]>>);
    }

    /// `impl From<Vec<T>> for Box<[T]>`
    fn p067_impl_from_vec_t_for_box_slice_t() {
        imp!(Box<[u32]>: From<X<u32>>);
    }

    /// `impl From<Vec<T>> for Cow<[T]>`
    fn p068_impl_from_vec_t_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: From<X<u32>>);
    }

    /// `impl From<[T; N]> for Vec<T>`
    fn p069_impl_from_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for Vec<T>`
    fn p070_impl_fromiterator_t_for_vec_t() {
        imp!(X<u32>: FromIterator<u32>);
    }

    /// `impl Hash for Vec<T>`
    fn p071_impl_hash_for_vec_t() {
        imp!(X<u32>: Hash);
    }

    /// `impl Index<I> for Vec<T>`
    fn p072_impl_index_i_for_vec_t() {
        imp!(X<u32>: Index<usize>);
    }

    /// `impl IndexMut<I> for Vec<T>`
    fn p073_impl_indexmut_i_for_vec_t() {
        imp!(X<u32>: IndexMut<usize>);
    }

    /// `impl IntoIterator for &Vec<T>`
    fn p074_impl_intoiterator_for_ref_vec_t() {
        imp!(&'static X<u32>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for &mut Vec<T>`
    fn p075_impl_intoiterator_for_refmut_vec_t() {
        imp!(&'static mut X<u32>: IntoIterator<Item = &'static mut u32>);
    }

    /// `impl IntoIterator for Vec<T>`
    fn p076_impl_intoiterator_for_vec_t() {
        imp!(X<u32>: IntoIterator<Item = u32>);
    }

    /// `impl Ord for Vec<T>`
    fn p077_impl_ord_for_vec_t() {
        imp!(X<u32>: Ord);
    }

    /// `impl PartialEq<&[U; N]> for Vec<T>`
    fn p078_impl_partialeq_ref_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32; 3]>);
    }

    /// `impl PartialEq<&[U]> for Vec<T>`
    fn p079_impl_partialeq_ref_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32]>);
    }

    /// `impl PartialEq<&mut [U]> for Vec<T>`
    fn p080_impl_partialeq_refmut_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32]>);
    }

    /// `impl PartialEq<Vec<U>> for &[T]`
    fn p081_impl_partialeq_vec_u_for_ref_slice_t() {
        imp!(&'static [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for &mut [T]`
    fn p082_impl_partialeq_vec_u_for_refmut_slice_t() {
        imp!(&'static mut [u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Cow<[T]>`
    fn p083_impl_partialeq_vec_u_for_cow_slice_t() {
        imp!(Cow<'static, [u32]>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for Vec<T>`
    fn p084_impl_partialeq_vec_u_for_vec_t() {
        imp!(X<u32>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<Vec<U>> for [T]`
    fn p085_impl_partialeq_vec_u_for_slice_t() {
        imp!([u32]: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<[U; N]> for Vec<T>`
    fn p086_impl_partialeq_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32; 3]>);
    }

    /// `impl PartialEq<[U]> for Vec<T>`
    fn p087_impl_partialeq_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32]>);
    }

    /// `impl PartialOrd<Vec<T>> for Vec<T>`
    fn p088_impl_partialord_vec_t_for_vec_t() {
        imp!(X<u32>: PartialOrd<X<u32>>);
    }

    /// `impl TryFrom<Vec<T>> for [T; N]`
    fn p089_impl_tryfrom_vec_t_for_slice_t_array() {
        imp!([u32; 3]: TryFrom<X<u32>>);
    }
}

#[rustfmt::skip]
mod vec_boxed {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T> = sizespeed::boxed::Vec<T>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.push(1);
        x.push(2);
        x.push(3);
        x
    }

    #[test]
    fn probes() {
        p000_fn_append();
        p005_fn_capacity();
        p006_fn_clear();
        p007_fn_dedup();
        p008_fn_dedup_by();
        p009_fn_dedup_by_key();
        p011_fn_extend_from_slice();
        p015_fn_insert();
        p020_fn_is_empty();
        p022_fn_len();
        p023_fn_new();
        p024_fn_pop();
        p026_fn_push();
        p028_fn_remove();
        p029_fn_reserve();
        p030_fn_reserve_exact();
        p031_fn_resize();
        p033_fn_retain();
        p034_fn_retain_mut();
        p036_fn_shrink_to();
        p037_fn_shrink_to_fit();
        p040_fn_split_off();
        p041_fn_swap_remove();
        p042_fn_truncate();
        p045_fn_with_capacity();
        p050_impl_clone_for_vec_t();
        p051_impl_debug_for_vec_t();
        p052_impl_default_for_vec_t();
        p056_impl_eq_for_vec_t();
        p057_impl_extend_ref_t_for_vec_t();
        p058_impl_extend_t_for_vec_t();
        p061_impl_from_ref_slice_t_for_vec_t();
        p069_impl_from_slice_t_array_for_vec_t();
        p070_impl_fromiterator_t_for_vec_t();
        p071_impl_hash_for_vec_t();
        p072_impl_index_i_for_vec_t();
        p073_impl_indexmut_i_for_vec_t();
        p074_impl_intoiterator_for_ref_vec_t();
        p075_impl_intoiterator_for_refmut_vec_t();
        p076_impl_intoiterator_for_vec_t();
        p077_impl_ord_for_vec_t();
        p079_impl_partialeq_ref_slice_u_for_vec_t();
        p084_impl_partialeq_vec_u_for_vec_t();
        p086_impl_partialeq_slice_u_array_for_vec_t();
        p087_impl_partialeq_slice_u_for_vec_t();
        p088_impl_partialord_vec_t_for_vec_t();
        assert_eq!(46, ["p000_fn_append", "p005_fn_capacity", "p006_fn_clear", "p007_fn_dedup", "p008_fn_dedup_by", "p009_fn_dedup_by_key", "p011_fn_extend_from_slice", "p015_fn_insert", "p020_fn_is_empty", "p022_fn_len", "p023_fn_new", "p024_fn_pop", "p026_fn_push", "p028_fn_remove", "p029_fn_reserve", "p030_fn_reserve_exact", "p031_fn_resize", "p033_fn_retain", "p034_fn_retain_mut", "p036_fn_shrink_to", "p037_fn_shrink_to_fit", "p040_fn_split_off", "p041_fn_swap_remove", "p042_fn_truncate", "p045_fn_with_capacity", "p050_impl_clone_for_vec_t", "p051_impl_debug_for_vec_t", "p052_impl_default_for_vec_t", "p056_impl_eq_for_vec_t", "p057_impl_extend_ref_t_for_vec_t", "p058_impl_extend_t_for_vec_t", "p061_impl_from_ref_slice_t_for_vec_t", "p069_impl_from_slice_t_array_for_vec_t", "p070_impl_fromiterator_t_for_vec_t", "p071_impl_hash_for_vec_t", "p072_impl_index_i_for_vec_t", "p073_impl_indexmut_i_for_vec_t", "p074_impl_intoiterator_for_ref_vec_t", "p075_impl_intoiterator_for_refmut_vec_t", "p076_impl_intoiterator_for_vec_t", "p077_impl_ord_for_vec_t", "p079_impl_partialeq_ref_slice_u_for_vec_t", "p084_impl_partialeq_vec_u_for_vec_t", "p086_impl_partialeq_slice_u_array_for_vec_t", "p087_impl_partialeq_slice_u_for_vec_t", "p088_impl_partialord_vec_t_for_vec_t"].len());
    }

    /// `fn append`
    fn p000_fn_append() {
        let _: fn(&mut X<u32>, &mut X<u32>) = X::<u32>::append;
    }

    /// `fn capacity`
    fn p005_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p006_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn dedup`
    fn p007_fn_dedup() {
        let _: fn(&mut X<u32>) = X::<u32>::dedup;
    }

    /// `fn dedup_by`
    fn p008_fn_dedup_by() {
        let mut x = mk();
        let _: () = x.dedup_by(|a: &mut u32, b: &mut u32| a == b);
    }

    /// `fn dedup_by_key`
    fn p009_fn_dedup_by_key() {
        let mut x = mk();
        let _: () = x.dedup_by_key(|a: &mut u32| *a / 2);
    }

    /// `fn extend_from_slice`
    fn p011_fn_extend_from_slice() {
        let _: fn(&mut X<u32>, &[u32]) = X::<u32>::extend_from_slice;
    }

    /// `fn insert`
    fn p015_fn_insert() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::insert;
    }

    /// `fn is_empty`
    fn p020_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn len`
    fn p022_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn new`
    fn p023_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn pop`
    fn p024_fn_pop() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop;
    }

    /// `fn push`
    fn p026_fn_push() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push;
    }

    /// `fn remove`
    fn p028_fn_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::remove;
    }

    /// `fn reserve`
    fn p029_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn reserve_exact`
    fn p030_fn_reserve_exact() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve_exact;
    }

    /// `fn resize`
    fn p031_fn_resize() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::resize;
    }

    /// `fn retain`
    fn p033_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn retain_mut`
    fn p034_fn_retain_mut() {
        let mut x = mk();
        let _: () = x.retain_mut(|a: &mut u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn shrink_to`
    fn p036_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p037_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn split_off`
    fn p040_fn_split_off() {
        let _: fn(&mut X<u32>, usize) -> X<u32> = X::<u32>::split_off;
    }

    /// `fn swap_remove`
    fn p041_fn_swap_remove() {
        let _: fn(&mut X<u32>, usize) -> u32 = X::<u32>::swap_remove;
    }

    /// `fn truncate`
    fn p042_fn_truncate() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::truncate;
    }

    /// `fn with_capacity`
    fn p045_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `impl Clone for Vec<T>`
    fn p050_impl_clone_for_vec_t() {
        imp!(X<u32>: Clone);
    }

    /// `impl Debug for Vec<T>`
    fn p051_impl_debug_for_vec_t() {
        imp!(X<u32>: Debug);
    }

    /// `impl Default for Vec<T>`
    fn p052_impl_default_for_vec_t() {
        imp!(X<u32>: Default);
    }

    /// `impl Eq for Vec<T>`
    fn p056_impl_eq_for_vec_t() {
        imp!(X<u32>: Eq);
    }

    /// `impl Extend<&T> for Vec<T>`
    fn p057_impl_extend_ref_t_for_vec_t() {
        imp!(X<u32>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for Vec<T>`
    fn p058_impl_extend_t_for_vec_t() {
        imp!(X<u32>: Extend<u32>);
    }

    /// `impl From<&[T]> for Vec<T>`
    fn p061_impl_from_ref_slice_t_for_vec_t() {
        imp!(X<u32>: From<&'static [u32]>);
    }

    /// `impl From<[T; N]> for Vec<T>`
    fn p069_impl_from_slice_t_array_for_vec_t() {
        imp!(X<u32>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for Vec<T>`
    fn p070_impl_fromiterator_t_for_vec_t() {
        imp!(X<u32>: FromIterator<u32>);
    }

    /// `impl Hash for Vec<T>`
    fn p071_impl_hash_for_vec_t() {
        imp!(X<u32>: Hash);
    }

    /// `impl Index<I> for Vec<T>`
    fn p072_impl_index_i_for_vec_t() {
        imp!(X<u32>: Index<usize>);
    }

    /// `impl IndexMut<I> for Vec<T>`
    fn p073_impl_indexmut_i_for_vec_t() {
        imp!(X<u32>: IndexMut<usize>);
    }

    /// `impl IntoIterator for &Vec<T>`
    fn p074_impl_intoiterator_for_ref_vec_t() {
        imp!(&'static X<u32>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for &mut Vec<T>`
    fn p075_impl_intoiterator_for_refmut_vec_t() {
        imp!(&'static mut X<u32>: IntoIterator<Item = &'static mut u32>);
    }

    /// `impl IntoIterator for Vec<T>`
    fn p076_impl_intoiterator_for_vec_t() {
        imp!(X<u32>: IntoIterator<Item = u32>);
    }

    /// `impl Ord for Vec<T>`
    fn p077_impl_ord_for_vec_t() {
        imp!(X<u32>: Ord);
    }

    /// `impl PartialEq<&[U]> for Vec<T>`
    fn p079_impl_partialeq_ref_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<&'static [u32]>);
    }

    /// `impl PartialEq<Vec<U>> for Vec<T>`
    fn p084_impl_partialeq_vec_u_for_vec_t() {
        imp!(X<u32>: PartialEq<X<u32>>);
    }

    /// `impl PartialEq<[U; N]> for Vec<T>`
    fn p086_impl_partialeq_slice_u_array_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32; 3]>);
    }

    /// `impl PartialEq<[U]> for Vec<T>`
    fn p087_impl_partialeq_slice_u_for_vec_t() {
        imp!(X<u32>: PartialEq<[u32]>);
    }

    /// `impl PartialOrd<Vec<T>> for Vec<T>`
    fn p088_impl_partialord_vec_t_for_vec_t() {
        imp!(X<u32>: PartialOrd<X<u32>>);
    }
}

#[rustfmt::skip]
mod deque_std {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T> = std::collections::VecDeque<T>;
    type XVec<T> = std::vec::Vec<T>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.push_back(1);
        x.push_back(2);
        x.push_back(3);
        x
    }

    #[test]
    fn probes() {
        p090_fn_append();
        p091_fn_as_mut_slices();
        p092_fn_as_slices();
        p093_fn_back();
        p094_fn_back_mut();
        p095_fn_binary_search();
        p096_fn_binary_search_by();
        p097_fn_binary_search_by_key();
        p098_fn_capacity();
        p099_fn_clear();
        p100_fn_contains();
        p101_fn_drain();
        p102_fn_front();
        p103_fn_front_mut();
        p104_fn_get();
        p105_fn_get_mut();
        p106_fn_insert();
        p107_fn_insert_mut();
        p108_fn_is_empty();
        p109_fn_iter();
        p110_fn_iter_mut();
        p111_fn_len();
        p112_fn_make_contiguous();
        p113_fn_new();
        p114_fn_partition_point();
        p115_fn_pop_back();
        p116_fn_pop_back_if();
        p117_fn_pop_front();
        p118_fn_pop_front_if();
        p119_fn_push_back();
        p120_fn_push_back_mut();
        p121_fn_push_front();
        p122_fn_push_front_mut();
        p123_fn_range();
        p124_fn_range_mut();
        p125_fn_remove();
        p126_fn_reserve();
        p127_fn_reserve_exact();
        p128_fn_resize();
        p129_fn_resize_with();
        p130_fn_retain();
        p131_fn_retain_mut();
        p132_fn_rotate_left();
        p133_fn_rotate_right();
        p134_fn_shrink_to();
        p135_fn_shrink_to_fit();
        p136_fn_split_off();
        p137_fn_swap();
        p138_fn_swap_remove_back();
        p139_fn_swap_remove_front();
        p140_fn_truncate();
        p141_fn_try_reserve();
        p142_fn_try_reserve_exact();
        p143_fn_with_capacity();
        p144_impl_clone_for_vecdeque_t();
        p145_impl_debug_for_vecdeque_t();
        p146_impl_default_for_vecdeque_t();
        p147_impl_drop_for_vecdeque_t();
        p148_impl_eq_for_vecdeque_t();
        p149_impl_extend_ref_t_for_vecdeque_t();
        p150_impl_extend_t_for_vecdeque_t();
        p151_impl_from_vec_t_for_vecdeque_t();
        p152_impl_from_vecdeque_t_for_vec_t();
        p153_impl_from_slice_t_array_for_vecdeque_t();
        p154_impl_fromiterator_t_for_vecdeque_t();
        p155_impl_hash_for_vecdeque_t();
        p156_impl_index_usize_for_vecdeque_t();
        p157_impl_indexmut_usize_for_vecdeque_t();
        p158_impl_intoiterator_for_ref_vecdeque_t();
        p159_impl_intoiterator_for_refmut_vecdeque_t();
        p160_impl_intoiterator_for_vecdeque_t();
        p161_impl_ord_for_vecdeque_t();
        p162_impl_partialeq_for_vecdeque_t();
        p163_impl_partialeq_ref_slice_u_array_for_vecdeque_t();
        p164_impl_partialeq_ref_slice_u_for_vecdeque_t();
        p165_impl_partialeq_refmut_slice_u_array_for_vecdeque_t();
        p166_impl_partialeq_refmut_slice_u_for_vecdeque_t();
        p167_impl_partialeq_vec_u_for_vecdeque_t();
        p168_impl_partialeq_slice_u_array_for_vecdeque_t();
        p169_impl_partialord_for_vecdeque_t();
        assert_eq!(80, ["p090_fn_append", "p091_fn_as_mut_slices", "p092_fn_as_slices", "p093_fn_back", "p094_fn_back_mut", "p095_fn_binary_search", "p096_fn_binary_search_by", "p097_fn_binary_search_by_key", "p098_fn_capacity", "p099_fn_clear", "p100_fn_contains", "p101_fn_drain", "p102_fn_front", "p103_fn_front_mut", "p104_fn_get", "p105_fn_get_mut", "p106_fn_insert", "p107_fn_insert_mut", "p108_fn_is_empty", "p109_fn_iter", "p110_fn_iter_mut", "p111_fn_len", "p112_fn_make_contiguous", "p113_fn_new", "p114_fn_partition_point", "p115_fn_pop_back", "p116_fn_pop_back_if", "p117_fn_pop_front", "p118_fn_pop_front_if", "p119_fn_push_back", "p120_fn_push_back_mut", "p121_fn_push_front", "p122_fn_push_front_mut", "p123_fn_range", "p124_fn_range_mut", "p125_fn_remove", "p126_fn_reserve", "p127_fn_reserve_exact", "p128_fn_resize", "p129_fn_resize_with", "p130_fn_retain", "p131_fn_retain_mut", "p132_fn_rotate_left", "p133_fn_rotate_right", "p134_fn_shrink_to", "p135_fn_shrink_to_fit", "p136_fn_split_off", "p137_fn_swap", "p138_fn_swap_remove_back", "p139_fn_swap_remove_front", "p140_fn_truncate", "p141_fn_try_reserve", "p142_fn_try_reserve_exact", "p143_fn_with_capacity", "p144_impl_clone_for_vecdeque_t", "p145_impl_debug_for_vecdeque_t", "p146_impl_default_for_vecdeque_t", "p147_impl_drop_for_vecdeque_t", "p148_impl_eq_for_vecdeque_t", "p149_impl_extend_ref_t_for_vecdeque_t", "p150_impl_extend_t_for_vecdeque_t", "p151_impl_from_vec_t_for_vecdeque_t", "p152_impl_from_vecdeque_t_for_vec_t", "p153_impl_from_slice_t_array_for_vecdeque_t", "p154_impl_fromiterator_t_for_vecdeque_t", "p155_impl_hash_for_vecdeque_t", "p156_impl_index_usize_for_vecdeque_t", "p157_impl_indexmut_usize_for_vecdeque_t", "p158_impl_intoiterator_for_ref_vecdeque_t", "p159_impl_intoiterator_for_refmut_vecdeque_t", "p160_impl_intoiterator_for_vecdeque_t", "p161_impl_ord_for_vecdeque_t", "p162_impl_partialeq_for_vecdeque_t", "p163_impl_partialeq_ref_slice_u_array_for_vecdeque_t", "p164_impl_partialeq_ref_slice_u_for_vecdeque_t", "p165_impl_partialeq_refmut_slice_u_array_for_vecdeque_t", "p166_impl_partialeq_refmut_slice_u_for_vecdeque_t", "p167_impl_partialeq_vec_u_for_vecdeque_t", "p168_impl_partialeq_slice_u_array_for_vecdeque_t", "p169_impl_partialord_for_vecdeque_t"].len());
    }

    /// `fn append`
    fn p090_fn_append() {
        let _: fn(&mut X<u32>, &mut X<u32>) = X::<u32>::append;
    }

    /// `fn as_mut_slices`
    fn p091_fn_as_mut_slices() {
        let _: fn(&mut X<u32>) -> (&mut [u32], &mut [u32]) = X::<u32>::as_mut_slices;
    }

    /// `fn as_slices`
    fn p092_fn_as_slices() {
        let _: fn(&X<u32>) -> (&[u32], &[u32]) = X::<u32>::as_slices;
    }

    /// `fn back`
    fn p093_fn_back() {
        let _: fn(&X<u32>) -> Option<&u32> = X::<u32>::back;
    }

    /// `fn back_mut`
    fn p094_fn_back_mut() {
        let _: fn(&mut X<u32>) -> Option<&mut u32> = X::<u32>::back_mut;
    }

    /// `fn binary_search`
    fn p095_fn_binary_search() {
        let _: fn(&X<u32>, &u32) -> Result<usize, usize> = X::<u32>::binary_search;
    }

    /// `fn binary_search_by`
    fn p096_fn_binary_search_by() {
        let x = mk();
        let _: Result<usize, usize> = x.binary_search_by(|a: &u32| a.cmp(&2));
    }

    /// `fn binary_search_by_key`
    fn p097_fn_binary_search_by_key() {
        let x = mk();
        let _: Result<usize, usize> = x.binary_search_by_key(&4, |a: &u32| *a * 2);
    }

    /// `fn capacity`
    fn p098_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p099_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn contains`
    fn p100_fn_contains() {
        let _: fn(&X<u32>, &u32) -> bool = X::<u32>::contains;
    }

    /// `fn drain`
    fn p101_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain(1..).collect();
        assert_eq!((x.len(), d.len()), (1, 2));
        let _ = x.drain(..).rev().len();
    }

    /// `fn front`
    fn p102_fn_front() {
        let _: fn(&X<u32>) -> Option<&u32> = X::<u32>::front;
    }

    /// `fn front_mut`
    fn p103_fn_front_mut() {
        let _: fn(&mut X<u32>) -> Option<&mut u32> = X::<u32>::front_mut;
    }

    /// `fn get`
    fn p104_fn_get() {
        let _: fn(&X<u32>, usize) -> Option<&u32> = X::<u32>::get;
    }

    /// `fn get_mut`
    fn p105_fn_get_mut() {
        let _: fn(&mut X<u32>, usize) -> Option<&mut u32> = X::<u32>::get_mut;
    }

    /// `fn insert`
    fn p106_fn_insert() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::insert;
    }

    /// `fn insert_mut`
    fn p107_fn_insert_mut() {
        let _: fn(&mut X<u32>, usize, u32) -> &mut u32 = X::<u32>::insert_mut;
    }

    /// `fn is_empty`
    fn p108_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn iter`
    fn p109_fn_iter() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.iter().rev().collect();
        assert_eq!(v.len(), 3);
        assert_eq!(x.iter().len(), 3);
    }

    /// `fn iter_mut`
    fn p110_fn_iter_mut() {
        let mut x = mk();
        let v: std::vec::Vec<&mut u32> = x.iter_mut().rev().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn len`
    fn p111_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn make_contiguous`
    fn p112_fn_make_contiguous() {
        let _: fn(&mut X<u32>) -> &mut [u32] = X::<u32>::make_contiguous;
    }

    /// `fn new`
    fn p113_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn partition_point`
    fn p114_fn_partition_point() {
        let x = mk();
        let _: usize = x.partition_point(|a: &u32| *a < 2);
    }

    /// `fn pop_back`
    fn p115_fn_pop_back() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop_back;
    }

    /// `fn pop_back_if`
    fn p116_fn_pop_back_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_back_if(|a: &mut u32| *a == 3);
        assert_eq!(x.len(), 2);
    }

    /// `fn pop_front`
    fn p117_fn_pop_front() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop_front;
    }

    /// `fn pop_front_if`
    fn p118_fn_pop_front_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_front_if(|a: &mut u32| *a == 1);
        assert_eq!(x.len(), 2);
    }

    /// `fn push_back`
    fn p119_fn_push_back() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push_back;
    }

    /// `fn push_back_mut`
    fn p120_fn_push_back_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_back_mut;
    }

    /// `fn push_front`
    fn p121_fn_push_front() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push_front;
    }

    /// `fn push_front_mut`
    fn p122_fn_push_front_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_front_mut;
    }

    /// `fn range`
    fn p123_fn_range() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.range(1..).rev().collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn range_mut`
    fn p124_fn_range_mut() {
        let mut x = mk();
        let v: std::vec::Vec<&mut u32> = x.range_mut(..2).collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn remove`
    fn p125_fn_remove() {
        let _: fn(&mut X<u32>, usize) -> Option<u32> = X::<u32>::remove;
    }

    /// `fn reserve`
    fn p126_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn reserve_exact`
    fn p127_fn_reserve_exact() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve_exact;
    }

    /// `fn resize`
    fn p128_fn_resize() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::resize;
    }

    /// `fn resize_with`
    fn p129_fn_resize_with() {
        let mut x = mk();
        let _: () = x.resize_with(5, || 7);
        assert_eq!(x.len(), 5);
    }

    /// `fn retain`
    fn p130_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn retain_mut`
    fn p131_fn_retain_mut() {
        let mut x = mk();
        let _: () = x.retain_mut(|a: &mut u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn rotate_left`
    fn p132_fn_rotate_left() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::rotate_left;
    }

    /// `fn rotate_right`
    fn p133_fn_rotate_right() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::rotate_right;
    }

    /// `fn shrink_to`
    fn p134_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p135_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn split_off`
    fn p136_fn_split_off() {
        let _: fn(&mut X<u32>, usize) -> X<u32> = X::<u32>::split_off;
    }

    /// `fn swap`
    fn p137_fn_swap() {
        let _: fn(&mut X<u32>, usize, usize) = X::<u32>::swap;
    }

    /// `fn swap_remove_back`
    fn p138_fn_swap_remove_back() {
        let _: fn(&mut X<u32>, usize) -> Option<u32> = X::<u32>::swap_remove_back;
    }

    /// `fn swap_remove_front`
    fn p139_fn_swap_remove_front() {
        let _: fn(&mut X<u32>, usize) -> Option<u32> = X::<u32>::swap_remove_front;
    }

    /// `fn truncate`
    fn p140_fn_truncate() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::truncate;
    }

    /// `fn try_reserve`
    fn p141_fn_try_reserve() {
        let _: fn(&mut X<u32>, usize) -> Result<(), std::collections::TryReserveError> = X::<u32>::try_reserve;
    }

    /// `fn try_reserve_exact`
    fn p142_fn_try_reserve_exact() {
        let _: fn(&mut X<u32>, usize) -> Result<(), std::collections::TryReserveError> = X::<u32>::try_reserve_exact;
    }

    /// `fn with_capacity`
    fn p143_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `impl Clone for VecDeque<T>`
    fn p144_impl_clone_for_vecdeque_t() {
        imp!(X<u32>: Clone);
    }

    /// `impl Debug for VecDeque<T>`
    fn p145_impl_debug_for_vecdeque_t() {
        imp!(X<u32>: Debug);
    }

    /// `impl Default for VecDeque<T>`
    fn p146_impl_default_for_vecdeque_t() {
        imp!(X<u32>: Default);
    }

    /// `impl Drop for VecDeque<T>`
    fn p147_impl_drop_for_vecdeque_t() {
        // std's Drop is `#[may_dangle]`: a deque may outlive what its elements borrow.
        let mut x = X::<&u32>::new();
        let s = 1u32;
        x.push_back(&s);
    }

    /// `impl Eq for VecDeque<T>`
    fn p148_impl_eq_for_vecdeque_t() {
        imp!(X<u32>: Eq);
    }

    /// `impl Extend<&T> for VecDeque<T>`
    fn p149_impl_extend_ref_t_for_vecdeque_t() {
        imp!(X<u32>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for VecDeque<T>`
    fn p150_impl_extend_t_for_vecdeque_t() {
        imp!(X<u32>: Extend<u32>);
    }

    /// `impl From<Vec<T>> for VecDeque<T>`
    fn p151_impl_from_vec_t_for_vecdeque_t() {
        imp!(X<u32>: From<Vec<u32>>);
        assert_eq!(X::from(vec![1u32, 2])[1], 2);
        // and from the same variant's Vec, for a program that imports both
        imp!(X<u32>: From<XVec<u32>>);
        assert_eq!(X::from(XVec::from([1u32, 2]))[1], 2);
    }

    /// `impl From<VecDeque<T>> for Vec<T>`
    fn p152_impl_from_vecdeque_t_for_vec_t() {
        imp!(Vec<u32>: From<X<u32>>);
        let mut d = mk();
        d.push_front(0);
        assert_eq!(Vec::from(d), [0, 1, 2, 3]);
        // and to the same variant's Vec, for a program that imports both
        imp!(XVec<u32>: From<X<u32>>);
        let mut d = mk();
        d.push_front(0);
        assert_eq!(XVec::from(d), [0, 1, 2, 3]);
    }

    /// `impl From<[T; N]> for VecDeque<T>`
    fn p153_impl_from_slice_t_array_for_vecdeque_t() {
        imp!(X<u32>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for VecDeque<T>`
    fn p154_impl_fromiterator_t_for_vecdeque_t() {
        imp!(X<u32>: FromIterator<u32>);
    }

    /// `impl Hash for VecDeque<T>`
    fn p155_impl_hash_for_vecdeque_t() {
        imp!(X<u32>: Hash);
    }

    /// `impl Index<usize> for VecDeque<T>`
    fn p156_impl_index_usize_for_vecdeque_t() {
        imp!(X<u32>: Index<usize>);
    }

    /// `impl IndexMut<usize> for VecDeque<T>`
    fn p157_impl_indexmut_usize_for_vecdeque_t() {
        imp!(X<u32>: IndexMut<usize>);
    }

    /// `impl IntoIterator for &VecDeque<T>`
    fn p158_impl_intoiterator_for_ref_vecdeque_t() {
        imp!(&'static X<u32>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for &mut VecDeque<T>`
    fn p159_impl_intoiterator_for_refmut_vecdeque_t() {
        imp!(&'static mut X<u32>: IntoIterator<Item = &'static mut u32>);
    }

    /// `impl IntoIterator for VecDeque<T>`
    fn p160_impl_intoiterator_for_vecdeque_t() {
        imp!(X<u32>: IntoIterator<Item = u32>);
    }

    /// `impl Ord for VecDeque<T>`
    fn p161_impl_ord_for_vecdeque_t() {
        imp!(X<u32>: Ord);
    }

    /// `impl PartialEq for VecDeque<T>`
    fn p162_impl_partialeq_for_vecdeque_t() {
        imp!(X<u32>: PartialEq);
    }

    /// `impl PartialEq<&[U; N]> for VecDeque<T>`
    fn p163_impl_partialeq_ref_slice_u_array_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static [u32; 3]>);
    }

    /// `impl PartialEq<&[U]> for VecDeque<T>`
    fn p164_impl_partialeq_ref_slice_u_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static [u32]>);
    }

    /// `impl PartialEq<&mut [U; N]> for VecDeque<T>`
    fn p165_impl_partialeq_refmut_slice_u_array_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32; 3]>);
    }

    /// `impl PartialEq<&mut [U]> for VecDeque<T>`
    fn p166_impl_partialeq_refmut_slice_u_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32]>);
    }

    /// `impl PartialEq<Vec<U>> for VecDeque<T>`
    fn p167_impl_partialeq_vec_u_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<Vec<u32>>);
        assert!(mk() == vec![1u32, 2, 3]);
        // and with the same variant's Vec, for a program that imports both
        imp!(X<u32>: PartialEq<XVec<u32>>);
        assert!(mk() == XVec::from([1u32, 2, 3]));
        assert!(mk() != XVec::from([1u32, 2]));
    }

    /// `impl PartialEq<[U; N]> for VecDeque<T>`
    fn p168_impl_partialeq_slice_u_array_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<[u32; 3]>);
    }

    /// `impl PartialOrd for VecDeque<T>`
    fn p169_impl_partialord_for_vecdeque_t() {
        imp!(X<u32>: PartialOrd);
    }
}

#[rustfmt::skip]
mod deque_fast {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T> = sizespeed::fast::Deque<T>;
    type XVec<T> = sizespeed::fast::Vec<T>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.push_back(1);
        x.push_back(2);
        x.push_back(3);
        x
    }

    #[test]
    fn probes() {
        p090_fn_append();
        p091_fn_as_mut_slices();
        p092_fn_as_slices();
        p093_fn_back();
        p094_fn_back_mut();
        p095_fn_binary_search();
        p096_fn_binary_search_by();
        p097_fn_binary_search_by_key();
        p098_fn_capacity();
        p099_fn_clear();
        p100_fn_contains();
        p101_fn_drain();
        p102_fn_front();
        p103_fn_front_mut();
        p104_fn_get();
        p105_fn_get_mut();
        p106_fn_insert();
        p107_fn_insert_mut();
        p108_fn_is_empty();
        p109_fn_iter();
        p110_fn_iter_mut();
        p111_fn_len();
        p112_fn_make_contiguous();
        p113_fn_new();
        p114_fn_partition_point();
        p115_fn_pop_back();
        p116_fn_pop_back_if();
        p117_fn_pop_front();
        p118_fn_pop_front_if();
        p119_fn_push_back();
        p120_fn_push_back_mut();
        p121_fn_push_front();
        p122_fn_push_front_mut();
        p123_fn_range();
        p124_fn_range_mut();
        p125_fn_remove();
        p126_fn_reserve();
        p127_fn_reserve_exact();
        p128_fn_resize();
        p129_fn_resize_with();
        p130_fn_retain();
        p131_fn_retain_mut();
        p132_fn_rotate_left();
        p133_fn_rotate_right();
        p134_fn_shrink_to();
        p135_fn_shrink_to_fit();
        p136_fn_split_off();
        p137_fn_swap();
        p138_fn_swap_remove_back();
        p139_fn_swap_remove_front();
        p140_fn_truncate();
        p143_fn_with_capacity();
        p144_impl_clone_for_vecdeque_t();
        p145_impl_debug_for_vecdeque_t();
        p146_impl_default_for_vecdeque_t();
        p147_impl_drop_for_vecdeque_t();
        p148_impl_eq_for_vecdeque_t();
        p149_impl_extend_ref_t_for_vecdeque_t();
        p150_impl_extend_t_for_vecdeque_t();
        p151_impl_from_vec_t_for_vecdeque_t();
        p152_impl_from_vecdeque_t_for_vec_t();
        p153_impl_from_slice_t_array_for_vecdeque_t();
        p154_impl_fromiterator_t_for_vecdeque_t();
        p155_impl_hash_for_vecdeque_t();
        p156_impl_index_usize_for_vecdeque_t();
        p157_impl_indexmut_usize_for_vecdeque_t();
        p158_impl_intoiterator_for_ref_vecdeque_t();
        p159_impl_intoiterator_for_refmut_vecdeque_t();
        p160_impl_intoiterator_for_vecdeque_t();
        p161_impl_ord_for_vecdeque_t();
        p162_impl_partialeq_for_vecdeque_t();
        p163_impl_partialeq_ref_slice_u_array_for_vecdeque_t();
        p164_impl_partialeq_ref_slice_u_for_vecdeque_t();
        p165_impl_partialeq_refmut_slice_u_array_for_vecdeque_t();
        p166_impl_partialeq_refmut_slice_u_for_vecdeque_t();
        p167_impl_partialeq_vec_u_for_vecdeque_t();
        p168_impl_partialeq_slice_u_array_for_vecdeque_t();
        p169_impl_partialord_for_vecdeque_t();
        assert_eq!(78, ["p090_fn_append", "p091_fn_as_mut_slices", "p092_fn_as_slices", "p093_fn_back", "p094_fn_back_mut", "p095_fn_binary_search", "p096_fn_binary_search_by", "p097_fn_binary_search_by_key", "p098_fn_capacity", "p099_fn_clear", "p100_fn_contains", "p101_fn_drain", "p102_fn_front", "p103_fn_front_mut", "p104_fn_get", "p105_fn_get_mut", "p106_fn_insert", "p107_fn_insert_mut", "p108_fn_is_empty", "p109_fn_iter", "p110_fn_iter_mut", "p111_fn_len", "p112_fn_make_contiguous", "p113_fn_new", "p114_fn_partition_point", "p115_fn_pop_back", "p116_fn_pop_back_if", "p117_fn_pop_front", "p118_fn_pop_front_if", "p119_fn_push_back", "p120_fn_push_back_mut", "p121_fn_push_front", "p122_fn_push_front_mut", "p123_fn_range", "p124_fn_range_mut", "p125_fn_remove", "p126_fn_reserve", "p127_fn_reserve_exact", "p128_fn_resize", "p129_fn_resize_with", "p130_fn_retain", "p131_fn_retain_mut", "p132_fn_rotate_left", "p133_fn_rotate_right", "p134_fn_shrink_to", "p135_fn_shrink_to_fit", "p136_fn_split_off", "p137_fn_swap", "p138_fn_swap_remove_back", "p139_fn_swap_remove_front", "p140_fn_truncate", "p143_fn_with_capacity", "p144_impl_clone_for_vecdeque_t", "p145_impl_debug_for_vecdeque_t", "p146_impl_default_for_vecdeque_t", "p147_impl_drop_for_vecdeque_t", "p148_impl_eq_for_vecdeque_t", "p149_impl_extend_ref_t_for_vecdeque_t", "p150_impl_extend_t_for_vecdeque_t", "p151_impl_from_vec_t_for_vecdeque_t", "p152_impl_from_vecdeque_t_for_vec_t", "p153_impl_from_slice_t_array_for_vecdeque_t", "p154_impl_fromiterator_t_for_vecdeque_t", "p155_impl_hash_for_vecdeque_t", "p156_impl_index_usize_for_vecdeque_t", "p157_impl_indexmut_usize_for_vecdeque_t", "p158_impl_intoiterator_for_ref_vecdeque_t", "p159_impl_intoiterator_for_refmut_vecdeque_t", "p160_impl_intoiterator_for_vecdeque_t", "p161_impl_ord_for_vecdeque_t", "p162_impl_partialeq_for_vecdeque_t", "p163_impl_partialeq_ref_slice_u_array_for_vecdeque_t", "p164_impl_partialeq_ref_slice_u_for_vecdeque_t", "p165_impl_partialeq_refmut_slice_u_array_for_vecdeque_t", "p166_impl_partialeq_refmut_slice_u_for_vecdeque_t", "p167_impl_partialeq_vec_u_for_vecdeque_t", "p168_impl_partialeq_slice_u_array_for_vecdeque_t", "p169_impl_partialord_for_vecdeque_t"].len());
    }

    /// `fn append`
    fn p090_fn_append() {
        let _: fn(&mut X<u32>, &mut X<u32>) = X::<u32>::append;
    }

    /// `fn as_mut_slices`
    fn p091_fn_as_mut_slices() {
        let _: fn(&mut X<u32>) -> (&mut [u32], &mut [u32]) = X::<u32>::as_mut_slices;
    }

    /// `fn as_slices`
    fn p092_fn_as_slices() {
        let _: fn(&X<u32>) -> (&[u32], &[u32]) = X::<u32>::as_slices;
    }

    /// `fn back`
    fn p093_fn_back() {
        let _: fn(&X<u32>) -> Option<&u32> = X::<u32>::back;
    }

    /// `fn back_mut`
    fn p094_fn_back_mut() {
        let _: fn(&mut X<u32>) -> Option<&mut u32> = X::<u32>::back_mut;
    }

    /// `fn binary_search`
    fn p095_fn_binary_search() {
        let _: fn(&X<u32>, &u32) -> Result<usize, usize> = X::<u32>::binary_search;
    }

    /// `fn binary_search_by`
    fn p096_fn_binary_search_by() {
        let x = mk();
        let _: Result<usize, usize> = x.binary_search_by(|a: &u32| a.cmp(&2));
    }

    /// `fn binary_search_by_key`
    fn p097_fn_binary_search_by_key() {
        let x = mk();
        let _: Result<usize, usize> = x.binary_search_by_key(&4, |a: &u32| *a * 2);
    }

    /// `fn capacity`
    fn p098_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p099_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn contains`
    fn p100_fn_contains() {
        let _: fn(&X<u32>, &u32) -> bool = X::<u32>::contains;
    }

    /// `fn drain`
    fn p101_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain(1..).collect();
        assert_eq!((x.len(), d.len()), (1, 2));
        let _ = x.drain(..).rev().len();
    }

    /// `fn front`
    fn p102_fn_front() {
        let _: fn(&X<u32>) -> Option<&u32> = X::<u32>::front;
    }

    /// `fn front_mut`
    fn p103_fn_front_mut() {
        let _: fn(&mut X<u32>) -> Option<&mut u32> = X::<u32>::front_mut;
    }

    /// `fn get`
    fn p104_fn_get() {
        let _: fn(&X<u32>, usize) -> Option<&u32> = X::<u32>::get;
    }

    /// `fn get_mut`
    fn p105_fn_get_mut() {
        let _: fn(&mut X<u32>, usize) -> Option<&mut u32> = X::<u32>::get_mut;
    }

    /// `fn insert`
    fn p106_fn_insert() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::insert;
    }

    /// `fn insert_mut`
    fn p107_fn_insert_mut() {
        let _: fn(&mut X<u32>, usize, u32) -> &mut u32 = X::<u32>::insert_mut;
    }

    /// `fn is_empty`
    fn p108_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn iter`
    fn p109_fn_iter() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.iter().rev().collect();
        assert_eq!(v.len(), 3);
        assert_eq!(x.iter().len(), 3);
    }

    /// `fn iter_mut`
    fn p110_fn_iter_mut() {
        let mut x = mk();
        let v: std::vec::Vec<&mut u32> = x.iter_mut().rev().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn len`
    fn p111_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn make_contiguous`
    fn p112_fn_make_contiguous() {
        let _: fn(&mut X<u32>) -> &mut [u32] = X::<u32>::make_contiguous;
    }

    /// `fn new`
    fn p113_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn partition_point`
    fn p114_fn_partition_point() {
        let x = mk();
        let _: usize = x.partition_point(|a: &u32| *a < 2);
    }

    /// `fn pop_back`
    fn p115_fn_pop_back() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop_back;
    }

    /// `fn pop_back_if`
    fn p116_fn_pop_back_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_back_if(|a: &mut u32| *a == 3);
        assert_eq!(x.len(), 2);
    }

    /// `fn pop_front`
    fn p117_fn_pop_front() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop_front;
    }

    /// `fn pop_front_if`
    fn p118_fn_pop_front_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_front_if(|a: &mut u32| *a == 1);
        assert_eq!(x.len(), 2);
    }

    /// `fn push_back`
    fn p119_fn_push_back() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push_back;
    }

    /// `fn push_back_mut`
    fn p120_fn_push_back_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_back_mut;
    }

    /// `fn push_front`
    fn p121_fn_push_front() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push_front;
    }

    /// `fn push_front_mut`
    fn p122_fn_push_front_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_front_mut;
    }

    /// `fn range`
    fn p123_fn_range() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.range(1..).rev().collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn range_mut`
    fn p124_fn_range_mut() {
        let mut x = mk();
        let v: std::vec::Vec<&mut u32> = x.range_mut(..2).collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn remove`
    fn p125_fn_remove() {
        let _: fn(&mut X<u32>, usize) -> Option<u32> = X::<u32>::remove;
    }

    /// `fn reserve`
    fn p126_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn reserve_exact`
    fn p127_fn_reserve_exact() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve_exact;
    }

    /// `fn resize`
    fn p128_fn_resize() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::resize;
    }

    /// `fn resize_with`
    fn p129_fn_resize_with() {
        let mut x = mk();
        let _: () = x.resize_with(5, || 7);
        assert_eq!(x.len(), 5);
    }

    /// `fn retain`
    fn p130_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn retain_mut`
    fn p131_fn_retain_mut() {
        let mut x = mk();
        let _: () = x.retain_mut(|a: &mut u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn rotate_left`
    fn p132_fn_rotate_left() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::rotate_left;
    }

    /// `fn rotate_right`
    fn p133_fn_rotate_right() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::rotate_right;
    }

    /// `fn shrink_to`
    fn p134_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p135_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn split_off`
    fn p136_fn_split_off() {
        let _: fn(&mut X<u32>, usize) -> X<u32> = X::<u32>::split_off;
    }

    /// `fn swap`
    fn p137_fn_swap() {
        let _: fn(&mut X<u32>, usize, usize) = X::<u32>::swap;
    }

    /// `fn swap_remove_back`
    fn p138_fn_swap_remove_back() {
        let _: fn(&mut X<u32>, usize) -> Option<u32> = X::<u32>::swap_remove_back;
    }

    /// `fn swap_remove_front`
    fn p139_fn_swap_remove_front() {
        let _: fn(&mut X<u32>, usize) -> Option<u32> = X::<u32>::swap_remove_front;
    }

    /// `fn truncate`
    fn p140_fn_truncate() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::truncate;
    }

    /// `fn with_capacity`
    fn p143_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `impl Clone for VecDeque<T>`
    fn p144_impl_clone_for_vecdeque_t() {
        imp!(X<u32>: Clone);
    }

    /// `impl Debug for VecDeque<T>`
    fn p145_impl_debug_for_vecdeque_t() {
        imp!(X<u32>: Debug);
    }

    /// `impl Default for VecDeque<T>`
    fn p146_impl_default_for_vecdeque_t() {
        imp!(X<u32>: Default);
    }

    /// `impl Drop for VecDeque<T>`
    fn p147_impl_drop_for_vecdeque_t() {
        // std's Drop is `#[may_dangle]`: a deque may outlive what its elements borrow.
        let mut x = X::<&u32>::new();
        let s = 1u32;
        x.push_back(&s);
    }

    /// `impl Eq for VecDeque<T>`
    fn p148_impl_eq_for_vecdeque_t() {
        imp!(X<u32>: Eq);
    }

    /// `impl Extend<&T> for VecDeque<T>`
    fn p149_impl_extend_ref_t_for_vecdeque_t() {
        imp!(X<u32>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for VecDeque<T>`
    fn p150_impl_extend_t_for_vecdeque_t() {
        imp!(X<u32>: Extend<u32>);
    }

    /// `impl From<Vec<T>> for VecDeque<T>`
    fn p151_impl_from_vec_t_for_vecdeque_t() {
        imp!(X<u32>: From<Vec<u32>>);
        assert_eq!(X::from(vec![1u32, 2])[1], 2);
        // and from the same variant's Vec, for a program that imports both
        imp!(X<u32>: From<XVec<u32>>);
        assert_eq!(X::from(XVec::from([1u32, 2]))[1], 2);
    }

    /// `impl From<VecDeque<T>> for Vec<T>`
    fn p152_impl_from_vecdeque_t_for_vec_t() {
        imp!(Vec<u32>: From<X<u32>>);
        let mut d = mk();
        d.push_front(0);
        assert_eq!(Vec::from(d), [0, 1, 2, 3]);
        // and to the same variant's Vec, for a program that imports both
        imp!(XVec<u32>: From<X<u32>>);
        let mut d = mk();
        d.push_front(0);
        assert_eq!(XVec::from(d), [0, 1, 2, 3]);
    }

    /// `impl From<[T; N]> for VecDeque<T>`
    fn p153_impl_from_slice_t_array_for_vecdeque_t() {
        imp!(X<u32>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for VecDeque<T>`
    fn p154_impl_fromiterator_t_for_vecdeque_t() {
        imp!(X<u32>: FromIterator<u32>);
    }

    /// `impl Hash for VecDeque<T>`
    fn p155_impl_hash_for_vecdeque_t() {
        imp!(X<u32>: Hash);
    }

    /// `impl Index<usize> for VecDeque<T>`
    fn p156_impl_index_usize_for_vecdeque_t() {
        imp!(X<u32>: Index<usize>);
    }

    /// `impl IndexMut<usize> for VecDeque<T>`
    fn p157_impl_indexmut_usize_for_vecdeque_t() {
        imp!(X<u32>: IndexMut<usize>);
    }

    /// `impl IntoIterator for &VecDeque<T>`
    fn p158_impl_intoiterator_for_ref_vecdeque_t() {
        imp!(&'static X<u32>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for &mut VecDeque<T>`
    fn p159_impl_intoiterator_for_refmut_vecdeque_t() {
        imp!(&'static mut X<u32>: IntoIterator<Item = &'static mut u32>);
    }

    /// `impl IntoIterator for VecDeque<T>`
    fn p160_impl_intoiterator_for_vecdeque_t() {
        imp!(X<u32>: IntoIterator<Item = u32>);
    }

    /// `impl Ord for VecDeque<T>`
    fn p161_impl_ord_for_vecdeque_t() {
        imp!(X<u32>: Ord);
    }

    /// `impl PartialEq for VecDeque<T>`
    fn p162_impl_partialeq_for_vecdeque_t() {
        imp!(X<u32>: PartialEq);
    }

    /// `impl PartialEq<&[U; N]> for VecDeque<T>`
    fn p163_impl_partialeq_ref_slice_u_array_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static [u32; 3]>);
    }

    /// `impl PartialEq<&[U]> for VecDeque<T>`
    fn p164_impl_partialeq_ref_slice_u_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static [u32]>);
    }

    /// `impl PartialEq<&mut [U; N]> for VecDeque<T>`
    fn p165_impl_partialeq_refmut_slice_u_array_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32; 3]>);
    }

    /// `impl PartialEq<&mut [U]> for VecDeque<T>`
    fn p166_impl_partialeq_refmut_slice_u_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32]>);
    }

    /// `impl PartialEq<Vec<U>> for VecDeque<T>`
    fn p167_impl_partialeq_vec_u_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<Vec<u32>>);
        assert!(mk() == vec![1u32, 2, 3]);
        // and with the same variant's Vec, for a program that imports both
        imp!(X<u32>: PartialEq<XVec<u32>>);
        assert!(mk() == XVec::from([1u32, 2, 3]));
        assert!(mk() != XVec::from([1u32, 2]));
    }

    /// `impl PartialEq<[U; N]> for VecDeque<T>`
    fn p168_impl_partialeq_slice_u_array_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<[u32; 3]>);
    }

    /// `impl PartialOrd for VecDeque<T>`
    fn p169_impl_partialord_for_vecdeque_t() {
        imp!(X<u32>: PartialOrd);
    }
}

#[rustfmt::skip]
mod deque_small {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T> = sizespeed::small::Deque<T>;
    type XVec<T> = sizespeed::small::Vec<T>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.push_back(1);
        x.push_back(2);
        x.push_back(3);
        x
    }

    #[test]
    fn probes() {
        p090_fn_append();
        p091_fn_as_mut_slices();
        p092_fn_as_slices();
        p093_fn_back();
        p094_fn_back_mut();
        p095_fn_binary_search();
        p096_fn_binary_search_by();
        p097_fn_binary_search_by_key();
        p098_fn_capacity();
        p099_fn_clear();
        p100_fn_contains();
        p101_fn_drain();
        p102_fn_front();
        p103_fn_front_mut();
        p104_fn_get();
        p105_fn_get_mut();
        p106_fn_insert();
        p107_fn_insert_mut();
        p108_fn_is_empty();
        p109_fn_iter();
        p110_fn_iter_mut();
        p111_fn_len();
        p112_fn_make_contiguous();
        p113_fn_new();
        p114_fn_partition_point();
        p115_fn_pop_back();
        p116_fn_pop_back_if();
        p117_fn_pop_front();
        p118_fn_pop_front_if();
        p119_fn_push_back();
        p120_fn_push_back_mut();
        p121_fn_push_front();
        p122_fn_push_front_mut();
        p123_fn_range();
        p124_fn_range_mut();
        p125_fn_remove();
        p126_fn_reserve();
        p127_fn_reserve_exact();
        p128_fn_resize();
        p129_fn_resize_with();
        p130_fn_retain();
        p131_fn_retain_mut();
        p132_fn_rotate_left();
        p133_fn_rotate_right();
        p134_fn_shrink_to();
        p135_fn_shrink_to_fit();
        p136_fn_split_off();
        p137_fn_swap();
        p138_fn_swap_remove_back();
        p139_fn_swap_remove_front();
        p140_fn_truncate();
        p143_fn_with_capacity();
        p144_impl_clone_for_vecdeque_t();
        p145_impl_debug_for_vecdeque_t();
        p146_impl_default_for_vecdeque_t();
        p148_impl_eq_for_vecdeque_t();
        p149_impl_extend_ref_t_for_vecdeque_t();
        p150_impl_extend_t_for_vecdeque_t();
        p151_impl_from_vec_t_for_vecdeque_t();
        p152_impl_from_vecdeque_t_for_vec_t();
        p153_impl_from_slice_t_array_for_vecdeque_t();
        p154_impl_fromiterator_t_for_vecdeque_t();
        p155_impl_hash_for_vecdeque_t();
        p156_impl_index_usize_for_vecdeque_t();
        p157_impl_indexmut_usize_for_vecdeque_t();
        p158_impl_intoiterator_for_ref_vecdeque_t();
        p159_impl_intoiterator_for_refmut_vecdeque_t();
        p160_impl_intoiterator_for_vecdeque_t();
        p161_impl_ord_for_vecdeque_t();
        p162_impl_partialeq_for_vecdeque_t();
        p163_impl_partialeq_ref_slice_u_array_for_vecdeque_t();
        p164_impl_partialeq_ref_slice_u_for_vecdeque_t();
        p165_impl_partialeq_refmut_slice_u_array_for_vecdeque_t();
        p166_impl_partialeq_refmut_slice_u_for_vecdeque_t();
        p167_impl_partialeq_vec_u_for_vecdeque_t();
        p168_impl_partialeq_slice_u_array_for_vecdeque_t();
        p169_impl_partialord_for_vecdeque_t();
        assert_eq!(77, ["p090_fn_append", "p091_fn_as_mut_slices", "p092_fn_as_slices", "p093_fn_back", "p094_fn_back_mut", "p095_fn_binary_search", "p096_fn_binary_search_by", "p097_fn_binary_search_by_key", "p098_fn_capacity", "p099_fn_clear", "p100_fn_contains", "p101_fn_drain", "p102_fn_front", "p103_fn_front_mut", "p104_fn_get", "p105_fn_get_mut", "p106_fn_insert", "p107_fn_insert_mut", "p108_fn_is_empty", "p109_fn_iter", "p110_fn_iter_mut", "p111_fn_len", "p112_fn_make_contiguous", "p113_fn_new", "p114_fn_partition_point", "p115_fn_pop_back", "p116_fn_pop_back_if", "p117_fn_pop_front", "p118_fn_pop_front_if", "p119_fn_push_back", "p120_fn_push_back_mut", "p121_fn_push_front", "p122_fn_push_front_mut", "p123_fn_range", "p124_fn_range_mut", "p125_fn_remove", "p126_fn_reserve", "p127_fn_reserve_exact", "p128_fn_resize", "p129_fn_resize_with", "p130_fn_retain", "p131_fn_retain_mut", "p132_fn_rotate_left", "p133_fn_rotate_right", "p134_fn_shrink_to", "p135_fn_shrink_to_fit", "p136_fn_split_off", "p137_fn_swap", "p138_fn_swap_remove_back", "p139_fn_swap_remove_front", "p140_fn_truncate", "p143_fn_with_capacity", "p144_impl_clone_for_vecdeque_t", "p145_impl_debug_for_vecdeque_t", "p146_impl_default_for_vecdeque_t", "p148_impl_eq_for_vecdeque_t", "p149_impl_extend_ref_t_for_vecdeque_t", "p150_impl_extend_t_for_vecdeque_t", "p151_impl_from_vec_t_for_vecdeque_t", "p152_impl_from_vecdeque_t_for_vec_t", "p153_impl_from_slice_t_array_for_vecdeque_t", "p154_impl_fromiterator_t_for_vecdeque_t", "p155_impl_hash_for_vecdeque_t", "p156_impl_index_usize_for_vecdeque_t", "p157_impl_indexmut_usize_for_vecdeque_t", "p158_impl_intoiterator_for_ref_vecdeque_t", "p159_impl_intoiterator_for_refmut_vecdeque_t", "p160_impl_intoiterator_for_vecdeque_t", "p161_impl_ord_for_vecdeque_t", "p162_impl_partialeq_for_vecdeque_t", "p163_impl_partialeq_ref_slice_u_array_for_vecdeque_t", "p164_impl_partialeq_ref_slice_u_for_vecdeque_t", "p165_impl_partialeq_refmut_slice_u_array_for_vecdeque_t", "p166_impl_partialeq_refmut_slice_u_for_vecdeque_t", "p167_impl_partialeq_vec_u_for_vecdeque_t", "p168_impl_partialeq_slice_u_array_for_vecdeque_t", "p169_impl_partialord_for_vecdeque_t"].len());
    }

    /// `fn append`
    fn p090_fn_append() {
        let _: fn(&mut X<u32>, &mut X<u32>) = X::<u32>::append;
    }

    /// `fn as_mut_slices`
    fn p091_fn_as_mut_slices() {
        let _: fn(&mut X<u32>) -> (&mut [u32], &mut [u32]) = X::<u32>::as_mut_slices;
    }

    /// `fn as_slices`
    fn p092_fn_as_slices() {
        let _: fn(&X<u32>) -> (&[u32], &[u32]) = X::<u32>::as_slices;
    }

    /// `fn back`
    fn p093_fn_back() {
        let _: fn(&X<u32>) -> Option<&u32> = X::<u32>::back;
    }

    /// `fn back_mut`
    fn p094_fn_back_mut() {
        let _: fn(&mut X<u32>) -> Option<&mut u32> = X::<u32>::back_mut;
    }

    /// `fn binary_search`
    fn p095_fn_binary_search() {
        let _: fn(&X<u32>, &u32) -> Result<usize, usize> = X::<u32>::binary_search;
    }

    /// `fn binary_search_by`
    fn p096_fn_binary_search_by() {
        let x = mk();
        let _: Result<usize, usize> = x.binary_search_by(|a: &u32| a.cmp(&2));
    }

    /// `fn binary_search_by_key`
    fn p097_fn_binary_search_by_key() {
        let x = mk();
        let _: Result<usize, usize> = x.binary_search_by_key(&4, |a: &u32| *a * 2);
    }

    /// `fn capacity`
    fn p098_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p099_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn contains`
    fn p100_fn_contains() {
        let _: fn(&X<u32>, &u32) -> bool = X::<u32>::contains;
    }

    /// `fn drain`
    fn p101_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain(1..).collect();
        assert_eq!((x.len(), d.len()), (1, 2));
        let _ = x.drain(..).rev().len();
    }

    /// `fn front`
    fn p102_fn_front() {
        let _: fn(&X<u32>) -> Option<&u32> = X::<u32>::front;
    }

    /// `fn front_mut`
    fn p103_fn_front_mut() {
        let _: fn(&mut X<u32>) -> Option<&mut u32> = X::<u32>::front_mut;
    }

    /// `fn get`
    fn p104_fn_get() {
        let _: fn(&X<u32>, usize) -> Option<&u32> = X::<u32>::get;
    }

    /// `fn get_mut`
    fn p105_fn_get_mut() {
        let _: fn(&mut X<u32>, usize) -> Option<&mut u32> = X::<u32>::get_mut;
    }

    /// `fn insert`
    fn p106_fn_insert() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::insert;
    }

    /// `fn insert_mut`
    fn p107_fn_insert_mut() {
        let _: fn(&mut X<u32>, usize, u32) -> &mut u32 = X::<u32>::insert_mut;
    }

    /// `fn is_empty`
    fn p108_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn iter`
    fn p109_fn_iter() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.iter().rev().collect();
        assert_eq!(v.len(), 3);
        assert_eq!(x.iter().len(), 3);
    }

    /// `fn iter_mut`
    fn p110_fn_iter_mut() {
        let mut x = mk();
        let v: std::vec::Vec<&mut u32> = x.iter_mut().rev().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn len`
    fn p111_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn make_contiguous`
    fn p112_fn_make_contiguous() {
        let _: fn(&mut X<u32>) -> &mut [u32] = X::<u32>::make_contiguous;
    }

    /// `fn new`
    fn p113_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn partition_point`
    fn p114_fn_partition_point() {
        let x = mk();
        let _: usize = x.partition_point(|a: &u32| *a < 2);
    }

    /// `fn pop_back`
    fn p115_fn_pop_back() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop_back;
    }

    /// `fn pop_back_if`
    fn p116_fn_pop_back_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_back_if(|a: &mut u32| *a == 3);
        assert_eq!(x.len(), 2);
    }

    /// `fn pop_front`
    fn p117_fn_pop_front() {
        let _: fn(&mut X<u32>) -> Option<u32> = X::<u32>::pop_front;
    }

    /// `fn pop_front_if`
    fn p118_fn_pop_front_if() {
        let mut x = mk();
        let _: Option<u32> = x.pop_front_if(|a: &mut u32| *a == 1);
        assert_eq!(x.len(), 2);
    }

    /// `fn push_back`
    fn p119_fn_push_back() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push_back;
    }

    /// `fn push_back_mut`
    fn p120_fn_push_back_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_back_mut;
    }

    /// `fn push_front`
    fn p121_fn_push_front() {
        let _: fn(&mut X<u32>, u32) = X::<u32>::push_front;
    }

    /// `fn push_front_mut`
    fn p122_fn_push_front_mut() {
        let _: fn(&mut X<u32>, u32) -> &mut u32 = X::<u32>::push_front_mut;
    }

    /// `fn range`
    fn p123_fn_range() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.range(1..).rev().collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn range_mut`
    fn p124_fn_range_mut() {
        let mut x = mk();
        let v: std::vec::Vec<&mut u32> = x.range_mut(..2).collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn remove`
    fn p125_fn_remove() {
        let _: fn(&mut X<u32>, usize) -> Option<u32> = X::<u32>::remove;
    }

    /// `fn reserve`
    fn p126_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn reserve_exact`
    fn p127_fn_reserve_exact() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve_exact;
    }

    /// `fn resize`
    fn p128_fn_resize() {
        let _: fn(&mut X<u32>, usize, u32) = X::<u32>::resize;
    }

    /// `fn resize_with`
    fn p129_fn_resize_with() {
        let mut x = mk();
        let _: () = x.resize_with(5, || 7);
        assert_eq!(x.len(), 5);
    }

    /// `fn retain`
    fn p130_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn retain_mut`
    fn p131_fn_retain_mut() {
        let mut x = mk();
        let _: () = x.retain_mut(|a: &mut u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn rotate_left`
    fn p132_fn_rotate_left() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::rotate_left;
    }

    /// `fn rotate_right`
    fn p133_fn_rotate_right() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::rotate_right;
    }

    /// `fn shrink_to`
    fn p134_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p135_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn split_off`
    fn p136_fn_split_off() {
        let _: fn(&mut X<u32>, usize) -> X<u32> = X::<u32>::split_off;
    }

    /// `fn swap`
    fn p137_fn_swap() {
        let _: fn(&mut X<u32>, usize, usize) = X::<u32>::swap;
    }

    /// `fn swap_remove_back`
    fn p138_fn_swap_remove_back() {
        let _: fn(&mut X<u32>, usize) -> Option<u32> = X::<u32>::swap_remove_back;
    }

    /// `fn swap_remove_front`
    fn p139_fn_swap_remove_front() {
        let _: fn(&mut X<u32>, usize) -> Option<u32> = X::<u32>::swap_remove_front;
    }

    /// `fn truncate`
    fn p140_fn_truncate() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::truncate;
    }

    /// `fn with_capacity`
    fn p143_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `impl Clone for VecDeque<T>`
    fn p144_impl_clone_for_vecdeque_t() {
        imp!(X<u32>: Clone);
    }

    /// `impl Debug for VecDeque<T>`
    fn p145_impl_debug_for_vecdeque_t() {
        imp!(X<u32>: Debug);
    }

    /// `impl Default for VecDeque<T>`
    fn p146_impl_default_for_vecdeque_t() {
        imp!(X<u32>: Default);
    }

    /// `impl Eq for VecDeque<T>`
    fn p148_impl_eq_for_vecdeque_t() {
        imp!(X<u32>: Eq);
    }

    /// `impl Extend<&T> for VecDeque<T>`
    fn p149_impl_extend_ref_t_for_vecdeque_t() {
        imp!(X<u32>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for VecDeque<T>`
    fn p150_impl_extend_t_for_vecdeque_t() {
        imp!(X<u32>: Extend<u32>);
    }

    /// `impl From<Vec<T>> for VecDeque<T>`
    fn p151_impl_from_vec_t_for_vecdeque_t() {
        imp!(X<u32>: From<Vec<u32>>);
        assert_eq!(X::from(vec![1u32, 2])[1], 2);
        // and from the same variant's Vec, for a program that imports both
        imp!(X<u32>: From<XVec<u32>>);
        assert_eq!(X::from(XVec::from([1u32, 2]))[1], 2);
    }

    /// `impl From<VecDeque<T>> for Vec<T>`
    fn p152_impl_from_vecdeque_t_for_vec_t() {
        imp!(Vec<u32>: From<X<u32>>);
        let mut d = mk();
        d.push_front(0);
        assert_eq!(Vec::from(d), [0, 1, 2, 3]);
        // and to the same variant's Vec, for a program that imports both
        imp!(XVec<u32>: From<X<u32>>);
        let mut d = mk();
        d.push_front(0);
        assert_eq!(XVec::from(d), [0, 1, 2, 3]);
    }

    /// `impl From<[T; N]> for VecDeque<T>`
    fn p153_impl_from_slice_t_array_for_vecdeque_t() {
        imp!(X<u32>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for VecDeque<T>`
    fn p154_impl_fromiterator_t_for_vecdeque_t() {
        imp!(X<u32>: FromIterator<u32>);
    }

    /// `impl Hash for VecDeque<T>`
    fn p155_impl_hash_for_vecdeque_t() {
        imp!(X<u32>: Hash);
    }

    /// `impl Index<usize> for VecDeque<T>`
    fn p156_impl_index_usize_for_vecdeque_t() {
        imp!(X<u32>: Index<usize>);
    }

    /// `impl IndexMut<usize> for VecDeque<T>`
    fn p157_impl_indexmut_usize_for_vecdeque_t() {
        imp!(X<u32>: IndexMut<usize>);
    }

    /// `impl IntoIterator for &VecDeque<T>`
    fn p158_impl_intoiterator_for_ref_vecdeque_t() {
        imp!(&'static X<u32>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for &mut VecDeque<T>`
    fn p159_impl_intoiterator_for_refmut_vecdeque_t() {
        imp!(&'static mut X<u32>: IntoIterator<Item = &'static mut u32>);
    }

    /// `impl IntoIterator for VecDeque<T>`
    fn p160_impl_intoiterator_for_vecdeque_t() {
        imp!(X<u32>: IntoIterator<Item = u32>);
    }

    /// `impl Ord for VecDeque<T>`
    fn p161_impl_ord_for_vecdeque_t() {
        imp!(X<u32>: Ord);
    }

    /// `impl PartialEq for VecDeque<T>`
    fn p162_impl_partialeq_for_vecdeque_t() {
        imp!(X<u32>: PartialEq);
    }

    /// `impl PartialEq<&[U; N]> for VecDeque<T>`
    fn p163_impl_partialeq_ref_slice_u_array_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static [u32; 3]>);
    }

    /// `impl PartialEq<&[U]> for VecDeque<T>`
    fn p164_impl_partialeq_ref_slice_u_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static [u32]>);
    }

    /// `impl PartialEq<&mut [U; N]> for VecDeque<T>`
    fn p165_impl_partialeq_refmut_slice_u_array_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32; 3]>);
    }

    /// `impl PartialEq<&mut [U]> for VecDeque<T>`
    fn p166_impl_partialeq_refmut_slice_u_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<&'static mut [u32]>);
    }

    /// `impl PartialEq<Vec<U>> for VecDeque<T>`
    fn p167_impl_partialeq_vec_u_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<Vec<u32>>);
        assert!(mk() == vec![1u32, 2, 3]);
        // and with the same variant's Vec, for a program that imports both
        imp!(X<u32>: PartialEq<XVec<u32>>);
        assert!(mk() == XVec::from([1u32, 2, 3]));
        assert!(mk() != XVec::from([1u32, 2]));
    }

    /// `impl PartialEq<[U; N]> for VecDeque<T>`
    fn p168_impl_partialeq_slice_u_array_for_vecdeque_t() {
        imp!(X<u32>: PartialEq<[u32; 3]>);
    }

    /// `impl PartialOrd for VecDeque<T>`
    fn p169_impl_partialord_for_vecdeque_t() {
        imp!(X<u32>: PartialOrd);
    }
}

#[rustfmt::skip]
mod map_std {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<K, V, S = RandomState> = std::collections::HashMap<K, V, S>;
    use std::collections::hash_map::{Entry, OccupiedEntry, VacantEntry};
    fn mk() -> X<u32, u32> {
        let mut x = X::<u32, u32>::new();
        x.insert(1, 10);
        x.insert(2, 20);
        x.insert(3, 30);
        x
    }

    #[test]
    fn probes() {
        p170_fn_entry_and_modify();
        p171_fn_entry_insert_entry();
        p172_fn_entry_key();
        p173_fn_entry_or_default();
        p174_fn_entry_or_insert();
        p175_fn_entry_or_insert_with();
        p176_fn_entry_or_insert_with_key();
        p177_fn_occupiedentry_get();
        p178_fn_occupiedentry_get_mut();
        p179_fn_occupiedentry_insert();
        p180_fn_occupiedentry_into_mut();
        p181_fn_occupiedentry_key();
        p182_fn_occupiedentry_remove();
        p183_fn_occupiedentry_remove_entry();
        p184_fn_vacantentry_insert();
        p185_fn_vacantentry_insert_entry();
        p186_fn_vacantentry_into_key();
        p187_fn_vacantentry_key();
        p188_fn_capacity();
        p189_fn_clear();
        p190_fn_contains_key();
        p191_fn_drain();
        p192_fn_entry();
        p193_fn_extract_if();
        p194_fn_get();
        p195_fn_get_disjoint_mut();
        p196_fn_get_disjoint_unchecked_mut();
        p197_fn_get_key_value();
        p198_fn_get_mut();
        p199_fn_hasher();
        p200_fn_insert();
        p201_fn_into_keys();
        p202_fn_into_values();
        p203_fn_is_empty();
        p204_fn_iter();
        p205_fn_iter_mut();
        p206_fn_keys();
        p207_fn_len();
        p208_fn_new();
        p209_fn_remove();
        p210_fn_remove_entry();
        p211_fn_reserve();
        p212_fn_retain();
        p213_fn_shrink_to();
        p214_fn_shrink_to_fit();
        p215_fn_try_reserve();
        p216_fn_values();
        p217_fn_values_mut();
        p218_fn_with_capacity();
        p219_fn_with_capacity_and_hasher();
        p220_fn_with_hasher();
        p221_impl_clone_for_hashmap_k_v_s();
        p222_impl_debug_for_entry_k_v();
        p223_impl_debug_for_hashmap_k_v_s();
        p224_impl_debug_for_occupiedentry_k_v();
        p225_impl_debug_for_vacantentry_k_v();
        p226_impl_default_for_hashmap_k_v_s();
        p227_impl_eq_for_hashmap_k_v_s();
        p228_impl_extend_ref_k_ref_v_for_hashmap_k_v_s();
        p229_impl_extend_k_v_for_hashmap_k_v_s();
        p230_impl_from_slice_k_v_array_for_hashmap_k_v_randomstate();
        p231_impl_fromiterator_k_v_for_hashmap_k_v_s();
        p232_impl_index_ref_q_for_hashmap_k_v_s();
        p233_impl_intoiterator_for_ref_hashmap_k_v_s();
        p234_impl_intoiterator_for_refmut_hashmap_k_v_s();
        p235_impl_intoiterator_for_hashmap_k_v_s();
        p236_impl_partialeq_for_hashmap_k_v_s();
        assert_eq!(67, ["p170_fn_entry_and_modify", "p171_fn_entry_insert_entry", "p172_fn_entry_key", "p173_fn_entry_or_default", "p174_fn_entry_or_insert", "p175_fn_entry_or_insert_with", "p176_fn_entry_or_insert_with_key", "p177_fn_occupiedentry_get", "p178_fn_occupiedentry_get_mut", "p179_fn_occupiedentry_insert", "p180_fn_occupiedentry_into_mut", "p181_fn_occupiedentry_key", "p182_fn_occupiedentry_remove", "p183_fn_occupiedentry_remove_entry", "p184_fn_vacantentry_insert", "p185_fn_vacantentry_insert_entry", "p186_fn_vacantentry_into_key", "p187_fn_vacantentry_key", "p188_fn_capacity", "p189_fn_clear", "p190_fn_contains_key", "p191_fn_drain", "p192_fn_entry", "p193_fn_extract_if", "p194_fn_get", "p195_fn_get_disjoint_mut", "p196_fn_get_disjoint_unchecked_mut", "p197_fn_get_key_value", "p198_fn_get_mut", "p199_fn_hasher", "p200_fn_insert", "p201_fn_into_keys", "p202_fn_into_values", "p203_fn_is_empty", "p204_fn_iter", "p205_fn_iter_mut", "p206_fn_keys", "p207_fn_len", "p208_fn_new", "p209_fn_remove", "p210_fn_remove_entry", "p211_fn_reserve", "p212_fn_retain", "p213_fn_shrink_to", "p214_fn_shrink_to_fit", "p215_fn_try_reserve", "p216_fn_values", "p217_fn_values_mut", "p218_fn_with_capacity", "p219_fn_with_capacity_and_hasher", "p220_fn_with_hasher", "p221_impl_clone_for_hashmap_k_v_s", "p222_impl_debug_for_entry_k_v", "p223_impl_debug_for_hashmap_k_v_s", "p224_impl_debug_for_occupiedentry_k_v", "p225_impl_debug_for_vacantentry_k_v", "p226_impl_default_for_hashmap_k_v_s", "p227_impl_eq_for_hashmap_k_v_s", "p228_impl_extend_ref_k_ref_v_for_hashmap_k_v_s", "p229_impl_extend_k_v_for_hashmap_k_v_s", "p230_impl_from_slice_k_v_array_for_hashmap_k_v_randomstate", "p231_impl_fromiterator_k_v_for_hashmap_k_v_s", "p232_impl_index_ref_q_for_hashmap_k_v_s", "p233_impl_intoiterator_for_ref_hashmap_k_v_s", "p234_impl_intoiterator_for_refmut_hashmap_k_v_s", "p235_impl_intoiterator_for_hashmap_k_v_s", "p236_impl_partialeq_for_hashmap_k_v_s"].len());
    }

    /// `fn Entry::and_modify`
    fn p170_fn_entry_and_modify() {
        let mut x = mk();
        let v: &mut u32 = x.entry(1).and_modify(|v: &mut u32| *v += 1).or_insert(0);
        assert_eq!(*v, 11);
    }

    /// `fn Entry::insert_entry`
    fn p171_fn_entry_insert_entry() {
        let mut x = mk();
        let o = x.entry(4).insert_entry(40);
        assert_eq!(*o.get(), 40);
    }

    /// `fn Entry::key`
    fn p172_fn_entry_key() {
        let mut x = mk();
        let e = x.entry(4);
        let k: &u32 = e.key();
        assert_eq!(*k, 4);
    }

    /// `fn Entry::or_default`
    fn p173_fn_entry_or_default() {
        let mut x = mk();
        let _: &mut u32 = x.entry(4).or_default();
        assert_eq!(x[&4], 0);
    }

    /// `fn Entry::or_insert`
    fn p174_fn_entry_or_insert() {
        let mut x = mk();
        *x.entry(4).or_insert(1) += 1;
        let _: &mut u32 = x.entry(1).or_insert(0);
        assert_eq!((x[&4], x[&1]), (2, 10));
    }

    /// `fn Entry::or_insert_with`
    fn p175_fn_entry_or_insert_with() {
        let mut x = mk();
        let _: &mut u32 = x.entry(4).or_insert_with(|| 7);
        assert_eq!(x[&4], 7);
    }

    /// `fn Entry::or_insert_with_key`
    fn p176_fn_entry_or_insert_with_key() {
        let mut x = mk();
        let _: &mut u32 = x.entry(4).or_insert_with_key(|k: &u32| *k * 10);
        assert_eq!(x[&4], 40);
    }

    /// `fn OccupiedEntry::get`
    fn p177_fn_occupiedentry_get() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: &u32 = o.get();
        assert_eq!(*v, 10);
    }

    /// `fn OccupiedEntry::get_mut`
    fn p178_fn_occupiedentry_get_mut() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: &mut u32 = o.get_mut();
        *v += 1;
        assert_eq!(x[&1], 11);
    }

    /// `fn OccupiedEntry::insert`
    fn p179_fn_occupiedentry_insert() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let old: u32 = o.insert(5);
        assert_eq!((old, x[&1]), (10, 5));
    }

    /// `fn OccupiedEntry::into_mut`
    fn p180_fn_occupiedentry_into_mut() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: &mut u32 = o.into_mut();
        *v = 0;
        assert_eq!(x[&1], 0);
    }

    /// `fn OccupiedEntry::key`
    fn p181_fn_occupiedentry_key() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let k: &u32 = o.key();
        assert_eq!(*k, 1);
    }

    /// `fn OccupiedEntry::remove`
    fn p182_fn_occupiedentry_remove() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: u32 = o.remove();
        assert_eq!((v, x.len()), (10, 2));
    }

    /// `fn OccupiedEntry::remove_entry`
    fn p183_fn_occupiedentry_remove_entry() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let kv: (u32, u32) = o.remove_entry();
        assert_eq!((kv, x.len()), ((1, 10), 2));
    }

    /// `fn VacantEntry::insert`
    fn p184_fn_vacantentry_insert() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let r: &mut u32 = v.insert(40);
        *r += 1;
        assert_eq!(x[&4], 41);
    }

    /// `fn VacantEntry::insert_entry`
    fn p185_fn_vacantentry_insert_entry() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let o = v.insert_entry(40);
        assert_eq!((*o.key(), *o.get()), (4, 40));
    }

    /// `fn VacantEntry::into_key`
    fn p186_fn_vacantentry_into_key() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let k: u32 = v.into_key();
        assert_eq!((k, x.len()), (4, 3));
    }

    /// `fn VacantEntry::key`
    fn p187_fn_vacantentry_key() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let k: &u32 = v.key();
        assert_eq!(*k, 4);
    }

    /// `fn capacity`
    fn p188_fn_capacity() {
        let _: fn(&X<u32, u32>) -> usize = X::<u32, u32>::capacity;
    }

    /// `fn clear`
    fn p189_fn_clear() {
        let _: fn(&mut X<u32, u32>) = X::<u32, u32>::clear;
    }

    /// `fn contains_key`
    fn p190_fn_contains_key() {
        let x = mk();
        let _: bool = x.contains_key(&1);
        let s = X::<String, u32>::new();
        assert!(!s.contains_key("a"));
    }

    /// `fn drain`
    fn p191_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<(u32, u32)> = x.drain().collect();
        assert_eq!((x.len(), d.len()), (0, 3));
    }

    /// `fn entry`
    fn p192_fn_entry() {
        let mut x = mk();
        *x.entry(4).or_insert(0) += 1;
        x.entry(1).and_modify(|v: &mut u32| *v += 1).or_default();
        assert_eq!((x[&4], x[&1]), (1, 11));
    }

    /// `fn extract_if`
    fn p193_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<(u32, u32)> = x.extract_if(|k: &u32, v: &mut u32| *k == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [(2, 20)]);
    }

    /// `fn get`
    fn p194_fn_get() {
        let x = mk();
        let _: Option<&u32> = x.get(&1);
        let s = X::<String, u32>::new();
        assert!(s.get("a").is_none());
    }

    /// `fn get_disjoint_mut`
    fn p195_fn_get_disjoint_mut() {
        let mut x = mk();
        let _: [Option<&mut u32>; 2] = x.get_disjoint_mut([&1, &2]);
        let mut s = X::<String, u32>::new();
        let _: [Option<&mut u32>; 1] = s.get_disjoint_mut(["a"]);
    }

    /// `fn get_disjoint_unchecked_mut`
    fn p196_fn_get_disjoint_unchecked_mut() {
        let mut x = mk();
        // SAFETY: the keys are distinct.
        let _: [Option<&mut u32>; 2] = unsafe { x.get_disjoint_unchecked_mut([&1, &2]) };
    }

    /// `fn get_key_value`
    fn p197_fn_get_key_value() {
        let x = mk();
        let _: Option<(&u32, &u32)> = x.get_key_value(&1);
        let s = X::<String, u32>::new();
        assert!(s.get_key_value("a").is_none());
    }

    /// `fn get_mut`
    fn p198_fn_get_mut() {
        let mut x = mk();
        let _: Option<&mut u32> = x.get_mut(&1);
        let mut s = X::<String, u32>::new();
        assert!(s.get_mut("a").is_none());
    }

    /// `fn hasher`
    fn p199_fn_hasher() {
        let _: fn(&X<u32, u32>) -> &RandomState = X::<u32, u32>::hasher;
    }

    /// `fn insert`
    fn p200_fn_insert() {
        let _: fn(&mut X<u32, u32>, u32, u32) -> Option<u32> = X::<u32, u32>::insert;
    }

    /// `fn into_keys`
    fn p201_fn_into_keys() {
        let v: std::vec::Vec<u32> = mk().into_keys().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn into_values`
    fn p202_fn_into_values() {
        let v: std::vec::Vec<u32> = mk().into_values().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn is_empty`
    fn p203_fn_is_empty() {
        let _: fn(&X<u32, u32>) -> bool = X::<u32, u32>::is_empty;
    }

    /// `fn iter`
    fn p204_fn_iter() {
        let x = mk();
        let v: std::vec::Vec<(&u32, &u32)> = x.iter().collect();
        assert_eq!(x.iter().len(), v.len());
    }

    /// `fn iter_mut`
    fn p205_fn_iter_mut() {
        let mut x = mk();
        let v: std::vec::Vec<(&u32, &mut u32)> = x.iter_mut().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn keys`
    fn p206_fn_keys() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.keys().collect();
        assert_eq!(x.keys().len(), v.len());
    }

    /// `fn len`
    fn p207_fn_len() {
        let _: fn(&X<u32, u32>) -> usize = X::<u32, u32>::len;
    }

    /// `fn new`
    fn p208_fn_new() {
        let _: fn() -> X<u32, u32> = X::<u32, u32>::new;
    }

    /// `fn remove`
    fn p209_fn_remove() {
        let mut x = mk();
        let _: Option<u32> = x.remove(&1);
        let mut s = X::<String, u32>::new();
        assert!(s.remove("a").is_none());
    }

    /// `fn remove_entry`
    fn p210_fn_remove_entry() {
        let mut x = mk();
        let _: Option<(u32, u32)> = x.remove_entry(&1);
        let mut s = X::<String, u32>::new();
        assert!(s.remove_entry("a").is_none());
    }

    /// `fn reserve`
    fn p211_fn_reserve() {
        let _: fn(&mut X<u32, u32>, usize) = X::<u32, u32>::reserve;
    }

    /// `fn retain`
    fn p212_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|k: &u32, v: &mut u32| *k != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn shrink_to`
    fn p213_fn_shrink_to() {
        let _: fn(&mut X<u32, u32>, usize) = X::<u32, u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p214_fn_shrink_to_fit() {
        let _: fn(&mut X<u32, u32>) = X::<u32, u32>::shrink_to_fit;
    }

    /// `fn try_reserve`
    fn p215_fn_try_reserve() {
        let _: fn(&mut X<u32, u32>, usize) -> Result<(), std::collections::TryReserveError> = X::<u32, u32>::try_reserve;
    }

    /// `fn values`
    fn p216_fn_values() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.values().collect();
        assert_eq!(x.values().len(), v.len());
    }

    /// `fn values_mut`
    fn p217_fn_values_mut() {
        let mut x = mk();
        let v: std::vec::Vec<&mut u32> = x.values_mut().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn with_capacity`
    fn p218_fn_with_capacity() {
        let _: fn(usize) -> X<u32, u32> = X::<u32, u32>::with_capacity;
    }

    /// `fn with_capacity_and_hasher`
    fn p219_fn_with_capacity_and_hasher() {
        let _: fn(usize, RandomState) -> X<u32, u32> = X::<u32, u32>::with_capacity_and_hasher;
    }

    /// `fn with_hasher`
    fn p220_fn_with_hasher() {
        let _: fn(RandomState) -> X<u32, u32> = X::<u32, u32>::with_hasher;
    }

    /// `impl Clone for HashMap<K, V, S>`
    fn p221_impl_clone_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Clone);
    }

    /// `impl Debug for Entry<K, V>`
    fn p222_impl_debug_for_entry_k_v() {
        let mut x = mk();
        let e = x.entry(1);
        assert!(!format!("{e:?}").is_empty());
    }

    /// `impl Debug for HashMap<K, V, S>`
    fn p223_impl_debug_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Debug);
    }

    /// `impl Debug for OccupiedEntry<K, V>`
    fn p224_impl_debug_for_occupiedentry_k_v() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        assert!(!format!("{o:?}").is_empty());
    }

    /// `impl Debug for VacantEntry<K, V>`
    fn p225_impl_debug_for_vacantentry_k_v() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        assert!(!format!("{v:?}").is_empty());
    }

    /// `impl Default for HashMap<K, V, S>`
    fn p226_impl_default_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Default);
    }

    /// `impl Eq for HashMap<K, V, S>`
    fn p227_impl_eq_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Eq);
    }

    /// `impl Extend<(&K, &V)> for HashMap<K, V, S>`
    fn p228_impl_extend_ref_k_ref_v_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Extend<(&'static u32, &'static u32)>);
    }

    /// `impl Extend<(K, V)> for HashMap<K, V, S>`
    fn p229_impl_extend_k_v_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Extend<(u32, u32)>);
    }

    /// `impl From<[(K, V); N]> for HashMap<K, V, RandomState>`
    fn p230_impl_from_slice_k_v_array_for_hashmap_k_v_randomstate() {
        imp!(X<u32, u32, RandomState>: From<[(u32, u32); 3]>);
    }

    /// `impl FromIterator<(K, V)> for HashMap<K, V, S>`
    fn p231_impl_fromiterator_k_v_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: FromIterator<(u32, u32)>);
    }

    /// `impl Index<&Q> for HashMap<K, V, S>`
    fn p232_impl_index_ref_q_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Index<&'static u32>);
    }

    /// `impl IntoIterator for &HashMap<K, V, S>`
    fn p233_impl_intoiterator_for_ref_hashmap_k_v_s() {
        imp!(&'static X<u32, u32, RandomState>: IntoIterator<Item = (&'static u32, &'static u32)>);
    }

    /// `impl IntoIterator for &mut HashMap<K, V, S>`
    fn p234_impl_intoiterator_for_refmut_hashmap_k_v_s() {
        imp!(&'static mut X<u32, u32, RandomState>: IntoIterator<Item = (&'static u32, &'static mut u32)>);
    }

    /// `impl IntoIterator for HashMap<K, V, S>`
    fn p235_impl_intoiterator_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: IntoIterator<Item = (u32, u32)>);
    }

    /// `impl PartialEq for HashMap<K, V, S>`
    fn p236_impl_partialeq_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: PartialEq);
    }
}

#[rustfmt::skip]
mod map_fast {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<K, V, S = RandomState> = sizespeed::fast::Map<K, V, S>;
    use sizespeed::fast::map::{Entry, OccupiedEntry, VacantEntry};
    fn mk() -> X<u32, u32> {
        let mut x = X::<u32, u32>::new();
        x.insert(1, 10);
        x.insert(2, 20);
        x.insert(3, 30);
        x
    }

    #[test]
    fn probes() {
        p170_fn_entry_and_modify();
        p171_fn_entry_insert_entry();
        p172_fn_entry_key();
        p173_fn_entry_or_default();
        p174_fn_entry_or_insert();
        p175_fn_entry_or_insert_with();
        p176_fn_entry_or_insert_with_key();
        p177_fn_occupiedentry_get();
        p178_fn_occupiedentry_get_mut();
        p179_fn_occupiedentry_insert();
        p180_fn_occupiedentry_into_mut();
        p181_fn_occupiedentry_key();
        p182_fn_occupiedentry_remove();
        p183_fn_occupiedentry_remove_entry();
        p184_fn_vacantentry_insert();
        p185_fn_vacantentry_insert_entry();
        p186_fn_vacantentry_into_key();
        p187_fn_vacantentry_key();
        p188_fn_capacity();
        p189_fn_clear();
        p190_fn_contains_key();
        p191_fn_drain();
        p192_fn_entry();
        p193_fn_extract_if();
        p194_fn_get();
        p195_fn_get_disjoint_mut();
        p196_fn_get_disjoint_unchecked_mut();
        p197_fn_get_key_value();
        p198_fn_get_mut();
        p199_fn_hasher();
        p200_fn_insert();
        p201_fn_into_keys();
        p202_fn_into_values();
        p203_fn_is_empty();
        p204_fn_iter();
        p205_fn_iter_mut();
        p206_fn_keys();
        p207_fn_len();
        p208_fn_new();
        p209_fn_remove();
        p210_fn_remove_entry();
        p211_fn_reserve();
        p212_fn_retain();
        p213_fn_shrink_to();
        p214_fn_shrink_to_fit();
        p216_fn_values();
        p217_fn_values_mut();
        p218_fn_with_capacity();
        p219_fn_with_capacity_and_hasher();
        p220_fn_with_hasher();
        p221_impl_clone_for_hashmap_k_v_s();
        p222_impl_debug_for_entry_k_v();
        p223_impl_debug_for_hashmap_k_v_s();
        p224_impl_debug_for_occupiedentry_k_v();
        p225_impl_debug_for_vacantentry_k_v();
        p226_impl_default_for_hashmap_k_v_s();
        p227_impl_eq_for_hashmap_k_v_s();
        p228_impl_extend_ref_k_ref_v_for_hashmap_k_v_s();
        p229_impl_extend_k_v_for_hashmap_k_v_s();
        p230_impl_from_slice_k_v_array_for_hashmap_k_v_randomstate();
        p231_impl_fromiterator_k_v_for_hashmap_k_v_s();
        p232_impl_index_ref_q_for_hashmap_k_v_s();
        p233_impl_intoiterator_for_ref_hashmap_k_v_s();
        p234_impl_intoiterator_for_refmut_hashmap_k_v_s();
        p235_impl_intoiterator_for_hashmap_k_v_s();
        p236_impl_partialeq_for_hashmap_k_v_s();
        assert_eq!(66, ["p170_fn_entry_and_modify", "p171_fn_entry_insert_entry", "p172_fn_entry_key", "p173_fn_entry_or_default", "p174_fn_entry_or_insert", "p175_fn_entry_or_insert_with", "p176_fn_entry_or_insert_with_key", "p177_fn_occupiedentry_get", "p178_fn_occupiedentry_get_mut", "p179_fn_occupiedentry_insert", "p180_fn_occupiedentry_into_mut", "p181_fn_occupiedentry_key", "p182_fn_occupiedentry_remove", "p183_fn_occupiedentry_remove_entry", "p184_fn_vacantentry_insert", "p185_fn_vacantentry_insert_entry", "p186_fn_vacantentry_into_key", "p187_fn_vacantentry_key", "p188_fn_capacity", "p189_fn_clear", "p190_fn_contains_key", "p191_fn_drain", "p192_fn_entry", "p193_fn_extract_if", "p194_fn_get", "p195_fn_get_disjoint_mut", "p196_fn_get_disjoint_unchecked_mut", "p197_fn_get_key_value", "p198_fn_get_mut", "p199_fn_hasher", "p200_fn_insert", "p201_fn_into_keys", "p202_fn_into_values", "p203_fn_is_empty", "p204_fn_iter", "p205_fn_iter_mut", "p206_fn_keys", "p207_fn_len", "p208_fn_new", "p209_fn_remove", "p210_fn_remove_entry", "p211_fn_reserve", "p212_fn_retain", "p213_fn_shrink_to", "p214_fn_shrink_to_fit", "p216_fn_values", "p217_fn_values_mut", "p218_fn_with_capacity", "p219_fn_with_capacity_and_hasher", "p220_fn_with_hasher", "p221_impl_clone_for_hashmap_k_v_s", "p222_impl_debug_for_entry_k_v", "p223_impl_debug_for_hashmap_k_v_s", "p224_impl_debug_for_occupiedentry_k_v", "p225_impl_debug_for_vacantentry_k_v", "p226_impl_default_for_hashmap_k_v_s", "p227_impl_eq_for_hashmap_k_v_s", "p228_impl_extend_ref_k_ref_v_for_hashmap_k_v_s", "p229_impl_extend_k_v_for_hashmap_k_v_s", "p230_impl_from_slice_k_v_array_for_hashmap_k_v_randomstate", "p231_impl_fromiterator_k_v_for_hashmap_k_v_s", "p232_impl_index_ref_q_for_hashmap_k_v_s", "p233_impl_intoiterator_for_ref_hashmap_k_v_s", "p234_impl_intoiterator_for_refmut_hashmap_k_v_s", "p235_impl_intoiterator_for_hashmap_k_v_s", "p236_impl_partialeq_for_hashmap_k_v_s"].len());
    }

    /// `fn Entry::and_modify`
    fn p170_fn_entry_and_modify() {
        let mut x = mk();
        let v: &mut u32 = x.entry(1).and_modify(|v: &mut u32| *v += 1).or_insert(0);
        assert_eq!(*v, 11);
    }

    /// `fn Entry::insert_entry`
    fn p171_fn_entry_insert_entry() {
        let mut x = mk();
        let o = x.entry(4).insert_entry(40);
        assert_eq!(*o.get(), 40);
    }

    /// `fn Entry::key`
    fn p172_fn_entry_key() {
        let mut x = mk();
        let e = x.entry(4);
        let k: &u32 = e.key();
        assert_eq!(*k, 4);
    }

    /// `fn Entry::or_default`
    fn p173_fn_entry_or_default() {
        let mut x = mk();
        let _: &mut u32 = x.entry(4).or_default();
        assert_eq!(x[&4], 0);
    }

    /// `fn Entry::or_insert`
    fn p174_fn_entry_or_insert() {
        let mut x = mk();
        *x.entry(4).or_insert(1) += 1;
        let _: &mut u32 = x.entry(1).or_insert(0);
        assert_eq!((x[&4], x[&1]), (2, 10));
    }

    /// `fn Entry::or_insert_with`
    fn p175_fn_entry_or_insert_with() {
        let mut x = mk();
        let _: &mut u32 = x.entry(4).or_insert_with(|| 7);
        assert_eq!(x[&4], 7);
    }

    /// `fn Entry::or_insert_with_key`
    fn p176_fn_entry_or_insert_with_key() {
        let mut x = mk();
        let _: &mut u32 = x.entry(4).or_insert_with_key(|k: &u32| *k * 10);
        assert_eq!(x[&4], 40);
    }

    /// `fn OccupiedEntry::get`
    fn p177_fn_occupiedentry_get() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: &u32 = o.get();
        assert_eq!(*v, 10);
    }

    /// `fn OccupiedEntry::get_mut`
    fn p178_fn_occupiedentry_get_mut() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: &mut u32 = o.get_mut();
        *v += 1;
        assert_eq!(x[&1], 11);
    }

    /// `fn OccupiedEntry::insert`
    fn p179_fn_occupiedentry_insert() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let old: u32 = o.insert(5);
        assert_eq!((old, x[&1]), (10, 5));
    }

    /// `fn OccupiedEntry::into_mut`
    fn p180_fn_occupiedentry_into_mut() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: &mut u32 = o.into_mut();
        *v = 0;
        assert_eq!(x[&1], 0);
    }

    /// `fn OccupiedEntry::key`
    fn p181_fn_occupiedentry_key() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let k: &u32 = o.key();
        assert_eq!(*k, 1);
    }

    /// `fn OccupiedEntry::remove`
    fn p182_fn_occupiedentry_remove() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: u32 = o.remove();
        assert_eq!((v, x.len()), (10, 2));
    }

    /// `fn OccupiedEntry::remove_entry`
    fn p183_fn_occupiedentry_remove_entry() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let kv: (u32, u32) = o.remove_entry();
        assert_eq!((kv, x.len()), ((1, 10), 2));
    }

    /// `fn VacantEntry::insert`
    fn p184_fn_vacantentry_insert() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let r: &mut u32 = v.insert(40);
        *r += 1;
        assert_eq!(x[&4], 41);
    }

    /// `fn VacantEntry::insert_entry`
    fn p185_fn_vacantentry_insert_entry() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let o = v.insert_entry(40);
        assert_eq!((*o.key(), *o.get()), (4, 40));
    }

    /// `fn VacantEntry::into_key`
    fn p186_fn_vacantentry_into_key() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let k: u32 = v.into_key();
        assert_eq!((k, x.len()), (4, 3));
    }

    /// `fn VacantEntry::key`
    fn p187_fn_vacantentry_key() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let k: &u32 = v.key();
        assert_eq!(*k, 4);
    }

    /// `fn capacity`
    fn p188_fn_capacity() {
        let _: fn(&X<u32, u32>) -> usize = X::<u32, u32>::capacity;
    }

    /// `fn clear`
    fn p189_fn_clear() {
        let _: fn(&mut X<u32, u32>) = X::<u32, u32>::clear;
    }

    /// `fn contains_key`
    fn p190_fn_contains_key() {
        let x = mk();
        let _: bool = x.contains_key(&1);
        let s = X::<String, u32>::new();
        assert!(!s.contains_key("a"));
    }

    /// `fn drain`
    fn p191_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<(u32, u32)> = x.drain().collect();
        assert_eq!((x.len(), d.len()), (0, 3));
    }

    /// `fn entry`
    fn p192_fn_entry() {
        let mut x = mk();
        *x.entry(4).or_insert(0) += 1;
        x.entry(1).and_modify(|v: &mut u32| *v += 1).or_default();
        assert_eq!((x[&4], x[&1]), (1, 11));
    }

    /// `fn extract_if`
    fn p193_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<(u32, u32)> = x.extract_if(|k: &u32, v: &mut u32| *k == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [(2, 20)]);
    }

    /// `fn get`
    fn p194_fn_get() {
        let x = mk();
        let _: Option<&u32> = x.get(&1);
        let s = X::<String, u32>::new();
        assert!(s.get("a").is_none());
    }

    /// `fn get_disjoint_mut`
    fn p195_fn_get_disjoint_mut() {
        let mut x = mk();
        let _: [Option<&mut u32>; 2] = x.get_disjoint_mut([&1, &2]);
        let mut s = X::<String, u32>::new();
        let _: [Option<&mut u32>; 1] = s.get_disjoint_mut(["a"]);
    }

    /// `fn get_disjoint_unchecked_mut`
    fn p196_fn_get_disjoint_unchecked_mut() {
        let mut x = mk();
        // SAFETY: the keys are distinct.
        let _: [Option<&mut u32>; 2] = unsafe { x.get_disjoint_unchecked_mut([&1, &2]) };
    }

    /// `fn get_key_value`
    fn p197_fn_get_key_value() {
        let x = mk();
        let _: Option<(&u32, &u32)> = x.get_key_value(&1);
        let s = X::<String, u32>::new();
        assert!(s.get_key_value("a").is_none());
    }

    /// `fn get_mut`
    fn p198_fn_get_mut() {
        let mut x = mk();
        let _: Option<&mut u32> = x.get_mut(&1);
        let mut s = X::<String, u32>::new();
        assert!(s.get_mut("a").is_none());
    }

    /// `fn hasher`
    fn p199_fn_hasher() {
        let _: fn(&X<u32, u32>) -> &RandomState = X::<u32, u32>::hasher;
    }

    /// `fn insert`
    fn p200_fn_insert() {
        let _: fn(&mut X<u32, u32>, u32, u32) -> Option<u32> = X::<u32, u32>::insert;
    }

    /// `fn into_keys`
    fn p201_fn_into_keys() {
        let v: std::vec::Vec<u32> = mk().into_keys().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn into_values`
    fn p202_fn_into_values() {
        let v: std::vec::Vec<u32> = mk().into_values().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn is_empty`
    fn p203_fn_is_empty() {
        let _: fn(&X<u32, u32>) -> bool = X::<u32, u32>::is_empty;
    }

    /// `fn iter`
    fn p204_fn_iter() {
        let x = mk();
        let v: std::vec::Vec<(&u32, &u32)> = x.iter().collect();
        assert_eq!(x.iter().len(), v.len());
    }

    /// `fn iter_mut`
    fn p205_fn_iter_mut() {
        let mut x = mk();
        let v: std::vec::Vec<(&u32, &mut u32)> = x.iter_mut().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn keys`
    fn p206_fn_keys() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.keys().collect();
        assert_eq!(x.keys().len(), v.len());
    }

    /// `fn len`
    fn p207_fn_len() {
        let _: fn(&X<u32, u32>) -> usize = X::<u32, u32>::len;
    }

    /// `fn new`
    fn p208_fn_new() {
        let _: fn() -> X<u32, u32> = X::<u32, u32>::new;
    }

    /// `fn remove`
    fn p209_fn_remove() {
        let mut x = mk();
        let _: Option<u32> = x.remove(&1);
        let mut s = X::<String, u32>::new();
        assert!(s.remove("a").is_none());
    }

    /// `fn remove_entry`
    fn p210_fn_remove_entry() {
        let mut x = mk();
        let _: Option<(u32, u32)> = x.remove_entry(&1);
        let mut s = X::<String, u32>::new();
        assert!(s.remove_entry("a").is_none());
    }

    /// `fn reserve`
    fn p211_fn_reserve() {
        let _: fn(&mut X<u32, u32>, usize) = X::<u32, u32>::reserve;
    }

    /// `fn retain`
    fn p212_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|k: &u32, v: &mut u32| *k != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn shrink_to`
    fn p213_fn_shrink_to() {
        let _: fn(&mut X<u32, u32>, usize) = X::<u32, u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p214_fn_shrink_to_fit() {
        let _: fn(&mut X<u32, u32>) = X::<u32, u32>::shrink_to_fit;
    }

    /// `fn values`
    fn p216_fn_values() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.values().collect();
        assert_eq!(x.values().len(), v.len());
    }

    /// `fn values_mut`
    fn p217_fn_values_mut() {
        let mut x = mk();
        let v: std::vec::Vec<&mut u32> = x.values_mut().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn with_capacity`
    fn p218_fn_with_capacity() {
        let _: fn(usize) -> X<u32, u32> = X::<u32, u32>::with_capacity;
    }

    /// `fn with_capacity_and_hasher`
    fn p219_fn_with_capacity_and_hasher() {
        let _: fn(usize, RandomState) -> X<u32, u32> = X::<u32, u32>::with_capacity_and_hasher;
    }

    /// `fn with_hasher`
    fn p220_fn_with_hasher() {
        let _: fn(RandomState) -> X<u32, u32> = X::<u32, u32>::with_hasher;
    }

    /// `impl Clone for HashMap<K, V, S>`
    fn p221_impl_clone_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Clone);
    }

    /// `impl Debug for Entry<K, V>`
    fn p222_impl_debug_for_entry_k_v() {
        let mut x = mk();
        let e = x.entry(1);
        assert!(!format!("{e:?}").is_empty());
    }

    /// `impl Debug for HashMap<K, V, S>`
    fn p223_impl_debug_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Debug);
    }

    /// `impl Debug for OccupiedEntry<K, V>`
    fn p224_impl_debug_for_occupiedentry_k_v() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        assert!(!format!("{o:?}").is_empty());
    }

    /// `impl Debug for VacantEntry<K, V>`
    fn p225_impl_debug_for_vacantentry_k_v() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        assert!(!format!("{v:?}").is_empty());
    }

    /// `impl Default for HashMap<K, V, S>`
    fn p226_impl_default_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Default);
    }

    /// `impl Eq for HashMap<K, V, S>`
    fn p227_impl_eq_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Eq);
    }

    /// `impl Extend<(&K, &V)> for HashMap<K, V, S>`
    fn p228_impl_extend_ref_k_ref_v_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Extend<(&'static u32, &'static u32)>);
    }

    /// `impl Extend<(K, V)> for HashMap<K, V, S>`
    fn p229_impl_extend_k_v_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Extend<(u32, u32)>);
    }

    /// `impl From<[(K, V); N]> for HashMap<K, V, RandomState>`
    fn p230_impl_from_slice_k_v_array_for_hashmap_k_v_randomstate() {
        imp!(X<u32, u32, RandomState>: From<[(u32, u32); 3]>);
    }

    /// `impl FromIterator<(K, V)> for HashMap<K, V, S>`
    fn p231_impl_fromiterator_k_v_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: FromIterator<(u32, u32)>);
    }

    /// `impl Index<&Q> for HashMap<K, V, S>`
    fn p232_impl_index_ref_q_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Index<&'static u32>);
    }

    /// `impl IntoIterator for &HashMap<K, V, S>`
    fn p233_impl_intoiterator_for_ref_hashmap_k_v_s() {
        imp!(&'static X<u32, u32, RandomState>: IntoIterator<Item = (&'static u32, &'static u32)>);
    }

    /// `impl IntoIterator for &mut HashMap<K, V, S>`
    fn p234_impl_intoiterator_for_refmut_hashmap_k_v_s() {
        imp!(&'static mut X<u32, u32, RandomState>: IntoIterator<Item = (&'static u32, &'static mut u32)>);
    }

    /// `impl IntoIterator for HashMap<K, V, S>`
    fn p235_impl_intoiterator_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: IntoIterator<Item = (u32, u32)>);
    }

    /// `impl PartialEq for HashMap<K, V, S>`
    fn p236_impl_partialeq_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: PartialEq);
    }
}

#[rustfmt::skip]
mod map_small {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<K, V, S = RandomState> = sizespeed::small::Map<K, V, S>;
    use sizespeed::small::map::{Entry, OccupiedEntry, VacantEntry};
    fn mk() -> X<u32, u32> {
        let mut x = X::<u32, u32>::new();
        x.insert(1, 10);
        x.insert(2, 20);
        x.insert(3, 30);
        x
    }

    #[test]
    fn probes() {
        p170_fn_entry_and_modify();
        p171_fn_entry_insert_entry();
        p172_fn_entry_key();
        p173_fn_entry_or_default();
        p174_fn_entry_or_insert();
        p175_fn_entry_or_insert_with();
        p176_fn_entry_or_insert_with_key();
        p177_fn_occupiedentry_get();
        p178_fn_occupiedentry_get_mut();
        p179_fn_occupiedentry_insert();
        p180_fn_occupiedentry_into_mut();
        p181_fn_occupiedentry_key();
        p182_fn_occupiedentry_remove();
        p183_fn_occupiedentry_remove_entry();
        p184_fn_vacantentry_insert();
        p185_fn_vacantentry_insert_entry();
        p186_fn_vacantentry_into_key();
        p187_fn_vacantentry_key();
        p188_fn_capacity();
        p189_fn_clear();
        p190_fn_contains_key();
        p191_fn_drain();
        p192_fn_entry();
        p193_fn_extract_if();
        p194_fn_get();
        p195_fn_get_disjoint_mut();
        p196_fn_get_disjoint_unchecked_mut();
        p197_fn_get_key_value();
        p198_fn_get_mut();
        p199_fn_hasher();
        p200_fn_insert();
        p201_fn_into_keys();
        p202_fn_into_values();
        p203_fn_is_empty();
        p204_fn_iter();
        p205_fn_iter_mut();
        p206_fn_keys();
        p207_fn_len();
        p208_fn_new();
        p209_fn_remove();
        p210_fn_remove_entry();
        p211_fn_reserve();
        p212_fn_retain();
        p213_fn_shrink_to();
        p214_fn_shrink_to_fit();
        p216_fn_values();
        p217_fn_values_mut();
        p218_fn_with_capacity();
        p219_fn_with_capacity_and_hasher();
        p220_fn_with_hasher();
        p221_impl_clone_for_hashmap_k_v_s();
        p222_impl_debug_for_entry_k_v();
        p223_impl_debug_for_hashmap_k_v_s();
        p224_impl_debug_for_occupiedentry_k_v();
        p225_impl_debug_for_vacantentry_k_v();
        p226_impl_default_for_hashmap_k_v_s();
        p227_impl_eq_for_hashmap_k_v_s();
        p228_impl_extend_ref_k_ref_v_for_hashmap_k_v_s();
        p229_impl_extend_k_v_for_hashmap_k_v_s();
        p230_impl_from_slice_k_v_array_for_hashmap_k_v_randomstate();
        p231_impl_fromiterator_k_v_for_hashmap_k_v_s();
        p232_impl_index_ref_q_for_hashmap_k_v_s();
        p233_impl_intoiterator_for_ref_hashmap_k_v_s();
        p234_impl_intoiterator_for_refmut_hashmap_k_v_s();
        p235_impl_intoiterator_for_hashmap_k_v_s();
        p236_impl_partialeq_for_hashmap_k_v_s();
        assert_eq!(66, ["p170_fn_entry_and_modify", "p171_fn_entry_insert_entry", "p172_fn_entry_key", "p173_fn_entry_or_default", "p174_fn_entry_or_insert", "p175_fn_entry_or_insert_with", "p176_fn_entry_or_insert_with_key", "p177_fn_occupiedentry_get", "p178_fn_occupiedentry_get_mut", "p179_fn_occupiedentry_insert", "p180_fn_occupiedentry_into_mut", "p181_fn_occupiedentry_key", "p182_fn_occupiedentry_remove", "p183_fn_occupiedentry_remove_entry", "p184_fn_vacantentry_insert", "p185_fn_vacantentry_insert_entry", "p186_fn_vacantentry_into_key", "p187_fn_vacantentry_key", "p188_fn_capacity", "p189_fn_clear", "p190_fn_contains_key", "p191_fn_drain", "p192_fn_entry", "p193_fn_extract_if", "p194_fn_get", "p195_fn_get_disjoint_mut", "p196_fn_get_disjoint_unchecked_mut", "p197_fn_get_key_value", "p198_fn_get_mut", "p199_fn_hasher", "p200_fn_insert", "p201_fn_into_keys", "p202_fn_into_values", "p203_fn_is_empty", "p204_fn_iter", "p205_fn_iter_mut", "p206_fn_keys", "p207_fn_len", "p208_fn_new", "p209_fn_remove", "p210_fn_remove_entry", "p211_fn_reserve", "p212_fn_retain", "p213_fn_shrink_to", "p214_fn_shrink_to_fit", "p216_fn_values", "p217_fn_values_mut", "p218_fn_with_capacity", "p219_fn_with_capacity_and_hasher", "p220_fn_with_hasher", "p221_impl_clone_for_hashmap_k_v_s", "p222_impl_debug_for_entry_k_v", "p223_impl_debug_for_hashmap_k_v_s", "p224_impl_debug_for_occupiedentry_k_v", "p225_impl_debug_for_vacantentry_k_v", "p226_impl_default_for_hashmap_k_v_s", "p227_impl_eq_for_hashmap_k_v_s", "p228_impl_extend_ref_k_ref_v_for_hashmap_k_v_s", "p229_impl_extend_k_v_for_hashmap_k_v_s", "p230_impl_from_slice_k_v_array_for_hashmap_k_v_randomstate", "p231_impl_fromiterator_k_v_for_hashmap_k_v_s", "p232_impl_index_ref_q_for_hashmap_k_v_s", "p233_impl_intoiterator_for_ref_hashmap_k_v_s", "p234_impl_intoiterator_for_refmut_hashmap_k_v_s", "p235_impl_intoiterator_for_hashmap_k_v_s", "p236_impl_partialeq_for_hashmap_k_v_s"].len());
    }

    /// `fn Entry::and_modify`
    fn p170_fn_entry_and_modify() {
        let mut x = mk();
        let v: &mut u32 = x.entry(1).and_modify(|v: &mut u32| *v += 1).or_insert(0);
        assert_eq!(*v, 11);
    }

    /// `fn Entry::insert_entry`
    fn p171_fn_entry_insert_entry() {
        let mut x = mk();
        let o = x.entry(4).insert_entry(40);
        assert_eq!(*o.get(), 40);
    }

    /// `fn Entry::key`
    fn p172_fn_entry_key() {
        let mut x = mk();
        let e = x.entry(4);
        let k: &u32 = e.key();
        assert_eq!(*k, 4);
    }

    /// `fn Entry::or_default`
    fn p173_fn_entry_or_default() {
        let mut x = mk();
        let _: &mut u32 = x.entry(4).or_default();
        assert_eq!(x[&4], 0);
    }

    /// `fn Entry::or_insert`
    fn p174_fn_entry_or_insert() {
        let mut x = mk();
        *x.entry(4).or_insert(1) += 1;
        let _: &mut u32 = x.entry(1).or_insert(0);
        assert_eq!((x[&4], x[&1]), (2, 10));
    }

    /// `fn Entry::or_insert_with`
    fn p175_fn_entry_or_insert_with() {
        let mut x = mk();
        let _: &mut u32 = x.entry(4).or_insert_with(|| 7);
        assert_eq!(x[&4], 7);
    }

    /// `fn Entry::or_insert_with_key`
    fn p176_fn_entry_or_insert_with_key() {
        let mut x = mk();
        let _: &mut u32 = x.entry(4).or_insert_with_key(|k: &u32| *k * 10);
        assert_eq!(x[&4], 40);
    }

    /// `fn OccupiedEntry::get`
    fn p177_fn_occupiedentry_get() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: &u32 = o.get();
        assert_eq!(*v, 10);
    }

    /// `fn OccupiedEntry::get_mut`
    fn p178_fn_occupiedentry_get_mut() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: &mut u32 = o.get_mut();
        *v += 1;
        assert_eq!(x[&1], 11);
    }

    /// `fn OccupiedEntry::insert`
    fn p179_fn_occupiedentry_insert() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let old: u32 = o.insert(5);
        assert_eq!((old, x[&1]), (10, 5));
    }

    /// `fn OccupiedEntry::into_mut`
    fn p180_fn_occupiedentry_into_mut() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: &mut u32 = o.into_mut();
        *v = 0;
        assert_eq!(x[&1], 0);
    }

    /// `fn OccupiedEntry::key`
    fn p181_fn_occupiedentry_key() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let k: &u32 = o.key();
        assert_eq!(*k, 1);
    }

    /// `fn OccupiedEntry::remove`
    fn p182_fn_occupiedentry_remove() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let v: u32 = o.remove();
        assert_eq!((v, x.len()), (10, 2));
    }

    /// `fn OccupiedEntry::remove_entry`
    fn p183_fn_occupiedentry_remove_entry() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        let kv: (u32, u32) = o.remove_entry();
        assert_eq!((kv, x.len()), ((1, 10), 2));
    }

    /// `fn VacantEntry::insert`
    fn p184_fn_vacantentry_insert() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let r: &mut u32 = v.insert(40);
        *r += 1;
        assert_eq!(x[&4], 41);
    }

    /// `fn VacantEntry::insert_entry`
    fn p185_fn_vacantentry_insert_entry() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let o = v.insert_entry(40);
        assert_eq!((*o.key(), *o.get()), (4, 40));
    }

    /// `fn VacantEntry::into_key`
    fn p186_fn_vacantentry_into_key() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let k: u32 = v.into_key();
        assert_eq!((k, x.len()), (4, 3));
    }

    /// `fn VacantEntry::key`
    fn p187_fn_vacantentry_key() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        let k: &u32 = v.key();
        assert_eq!(*k, 4);
    }

    /// `fn capacity`
    fn p188_fn_capacity() {
        let _: fn(&X<u32, u32>) -> usize = X::<u32, u32>::capacity;
    }

    /// `fn clear`
    fn p189_fn_clear() {
        let _: fn(&mut X<u32, u32>) = X::<u32, u32>::clear;
    }

    /// `fn contains_key`
    fn p190_fn_contains_key() {
        let x = mk();
        let _: bool = x.contains_key(&1);
        let s = X::<String, u32>::new();
        assert!(!s.contains_key("a"));
    }

    /// `fn drain`
    fn p191_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<(u32, u32)> = x.drain().collect();
        assert_eq!((x.len(), d.len()), (0, 3));
    }

    /// `fn entry`
    fn p192_fn_entry() {
        let mut x = mk();
        *x.entry(4).or_insert(0) += 1;
        x.entry(1).and_modify(|v: &mut u32| *v += 1).or_default();
        assert_eq!((x[&4], x[&1]), (1, 11));
    }

    /// `fn extract_if`
    fn p193_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<(u32, u32)> = x.extract_if(|k: &u32, v: &mut u32| *k == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [(2, 20)]);
    }

    /// `fn get`
    fn p194_fn_get() {
        let x = mk();
        let _: Option<&u32> = x.get(&1);
        let s = X::<String, u32>::new();
        assert!(s.get("a").is_none());
    }

    /// `fn get_disjoint_mut`
    fn p195_fn_get_disjoint_mut() {
        let mut x = mk();
        let _: [Option<&mut u32>; 2] = x.get_disjoint_mut([&1, &2]);
        let mut s = X::<String, u32>::new();
        let _: [Option<&mut u32>; 1] = s.get_disjoint_mut(["a"]);
    }

    /// `fn get_disjoint_unchecked_mut`
    fn p196_fn_get_disjoint_unchecked_mut() {
        let mut x = mk();
        // SAFETY: the keys are distinct.
        let _: [Option<&mut u32>; 2] = unsafe { x.get_disjoint_unchecked_mut([&1, &2]) };
    }

    /// `fn get_key_value`
    fn p197_fn_get_key_value() {
        let x = mk();
        let _: Option<(&u32, &u32)> = x.get_key_value(&1);
        let s = X::<String, u32>::new();
        assert!(s.get_key_value("a").is_none());
    }

    /// `fn get_mut`
    fn p198_fn_get_mut() {
        let mut x = mk();
        let _: Option<&mut u32> = x.get_mut(&1);
        let mut s = X::<String, u32>::new();
        assert!(s.get_mut("a").is_none());
    }

    /// `fn hasher`
    fn p199_fn_hasher() {
        let _: fn(&X<u32, u32>) -> &RandomState = X::<u32, u32>::hasher;
    }

    /// `fn insert`
    fn p200_fn_insert() {
        let _: fn(&mut X<u32, u32>, u32, u32) -> Option<u32> = X::<u32, u32>::insert;
    }

    /// `fn into_keys`
    fn p201_fn_into_keys() {
        let v: std::vec::Vec<u32> = mk().into_keys().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn into_values`
    fn p202_fn_into_values() {
        let v: std::vec::Vec<u32> = mk().into_values().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn is_empty`
    fn p203_fn_is_empty() {
        let _: fn(&X<u32, u32>) -> bool = X::<u32, u32>::is_empty;
    }

    /// `fn iter`
    fn p204_fn_iter() {
        let x = mk();
        let v: std::vec::Vec<(&u32, &u32)> = x.iter().collect();
        assert_eq!(x.iter().len(), v.len());
    }

    /// `fn iter_mut`
    fn p205_fn_iter_mut() {
        let mut x = mk();
        let v: std::vec::Vec<(&u32, &mut u32)> = x.iter_mut().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn keys`
    fn p206_fn_keys() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.keys().collect();
        assert_eq!(x.keys().len(), v.len());
    }

    /// `fn len`
    fn p207_fn_len() {
        let _: fn(&X<u32, u32>) -> usize = X::<u32, u32>::len;
    }

    /// `fn new`
    fn p208_fn_new() {
        let _: fn() -> X<u32, u32> = X::<u32, u32>::new;
    }

    /// `fn remove`
    fn p209_fn_remove() {
        let mut x = mk();
        let _: Option<u32> = x.remove(&1);
        let mut s = X::<String, u32>::new();
        assert!(s.remove("a").is_none());
    }

    /// `fn remove_entry`
    fn p210_fn_remove_entry() {
        let mut x = mk();
        let _: Option<(u32, u32)> = x.remove_entry(&1);
        let mut s = X::<String, u32>::new();
        assert!(s.remove_entry("a").is_none());
    }

    /// `fn reserve`
    fn p211_fn_reserve() {
        let _: fn(&mut X<u32, u32>, usize) = X::<u32, u32>::reserve;
    }

    /// `fn retain`
    fn p212_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|k: &u32, v: &mut u32| *k != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn shrink_to`
    fn p213_fn_shrink_to() {
        let _: fn(&mut X<u32, u32>, usize) = X::<u32, u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p214_fn_shrink_to_fit() {
        let _: fn(&mut X<u32, u32>) = X::<u32, u32>::shrink_to_fit;
    }

    /// `fn values`
    fn p216_fn_values() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.values().collect();
        assert_eq!(x.values().len(), v.len());
    }

    /// `fn values_mut`
    fn p217_fn_values_mut() {
        let mut x = mk();
        let v: std::vec::Vec<&mut u32> = x.values_mut().collect();
        assert_eq!(v.len(), 3);
    }

    /// `fn with_capacity`
    fn p218_fn_with_capacity() {
        let _: fn(usize) -> X<u32, u32> = X::<u32, u32>::with_capacity;
    }

    /// `fn with_capacity_and_hasher`
    fn p219_fn_with_capacity_and_hasher() {
        let _: fn(usize, RandomState) -> X<u32, u32> = X::<u32, u32>::with_capacity_and_hasher;
    }

    /// `fn with_hasher`
    fn p220_fn_with_hasher() {
        let _: fn(RandomState) -> X<u32, u32> = X::<u32, u32>::with_hasher;
    }

    /// `impl Clone for HashMap<K, V, S>`
    fn p221_impl_clone_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Clone);
    }

    /// `impl Debug for Entry<K, V>`
    fn p222_impl_debug_for_entry_k_v() {
        let mut x = mk();
        let e = x.entry(1);
        assert!(!format!("{e:?}").is_empty());
    }

    /// `impl Debug for HashMap<K, V, S>`
    fn p223_impl_debug_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Debug);
    }

    /// `impl Debug for OccupiedEntry<K, V>`
    fn p224_impl_debug_for_occupiedentry_k_v() {
        let mut x = mk();
        let Entry::Occupied(mut o) = x.entry(1) else { panic!("1 is in the map") };
        assert!(!format!("{o:?}").is_empty());
    }

    /// `impl Debug for VacantEntry<K, V>`
    fn p225_impl_debug_for_vacantentry_k_v() {
        let mut x = mk();
        let Entry::Vacant(v) = x.entry(4) else { panic!("4 is not in the map") };
        assert!(!format!("{v:?}").is_empty());
    }

    /// `impl Default for HashMap<K, V, S>`
    fn p226_impl_default_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Default);
    }

    /// `impl Eq for HashMap<K, V, S>`
    fn p227_impl_eq_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Eq);
    }

    /// `impl Extend<(&K, &V)> for HashMap<K, V, S>`
    fn p228_impl_extend_ref_k_ref_v_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Extend<(&'static u32, &'static u32)>);
    }

    /// `impl Extend<(K, V)> for HashMap<K, V, S>`
    fn p229_impl_extend_k_v_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Extend<(u32, u32)>);
    }

    /// `impl From<[(K, V); N]> for HashMap<K, V, RandomState>`
    fn p230_impl_from_slice_k_v_array_for_hashmap_k_v_randomstate() {
        imp!(X<u32, u32, RandomState>: From<[(u32, u32); 3]>);
    }

    /// `impl FromIterator<(K, V)> for HashMap<K, V, S>`
    fn p231_impl_fromiterator_k_v_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: FromIterator<(u32, u32)>);
    }

    /// `impl Index<&Q> for HashMap<K, V, S>`
    fn p232_impl_index_ref_q_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: Index<&'static u32>);
    }

    /// `impl IntoIterator for &HashMap<K, V, S>`
    fn p233_impl_intoiterator_for_ref_hashmap_k_v_s() {
        imp!(&'static X<u32, u32, RandomState>: IntoIterator<Item = (&'static u32, &'static u32)>);
    }

    /// `impl IntoIterator for &mut HashMap<K, V, S>`
    fn p234_impl_intoiterator_for_refmut_hashmap_k_v_s() {
        imp!(&'static mut X<u32, u32, RandomState>: IntoIterator<Item = (&'static u32, &'static mut u32)>);
    }

    /// `impl IntoIterator for HashMap<K, V, S>`
    fn p235_impl_intoiterator_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: IntoIterator<Item = (u32, u32)>);
    }

    /// `impl PartialEq for HashMap<K, V, S>`
    fn p236_impl_partialeq_for_hashmap_k_v_s() {
        imp!(X<u32, u32, RandomState>: PartialEq);
    }
}

#[rustfmt::skip]
mod set_std {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T, S = RandomState> = std::collections::HashSet<T, S>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.insert(1);
        x.insert(2);
        x.insert(3);
        x
    }

    #[test]
    fn probes() {
        p237_fn_capacity();
        p238_fn_clear();
        p239_fn_contains();
        p240_fn_difference();
        p241_fn_drain();
        p242_fn_extract_if();
        p243_fn_get();
        p244_fn_hasher();
        p245_fn_insert();
        p246_fn_intersection();
        p247_fn_is_disjoint();
        p248_fn_is_empty();
        p249_fn_is_subset();
        p250_fn_is_superset();
        p251_fn_iter();
        p252_fn_len();
        p253_fn_new();
        p254_fn_remove();
        p255_fn_replace();
        p256_fn_reserve();
        p257_fn_retain();
        p258_fn_shrink_to();
        p259_fn_shrink_to_fit();
        p260_fn_symmetric_difference();
        p261_fn_take();
        p262_fn_try_reserve();
        p263_fn_union();
        p264_fn_with_capacity();
        p265_fn_with_capacity_and_hasher();
        p266_fn_with_hasher();
        p267_impl_bitand_ref_hashset_t_s_for_ref_hashset_t_s();
        p268_impl_bitor_ref_hashset_t_s_for_ref_hashset_t_s();
        p269_impl_bitxor_ref_hashset_t_s_for_ref_hashset_t_s();
        p270_impl_clone_for_hashset_t_s();
        p271_impl_debug_for_hashset_t_s();
        p272_impl_default_for_hashset_t_s();
        p273_impl_eq_for_hashset_t_s();
        p274_impl_extend_ref_t_for_hashset_t_s();
        p275_impl_extend_t_for_hashset_t_s();
        p276_impl_from_slice_t_array_for_hashset_t_randomstate();
        p277_impl_fromiterator_t_for_hashset_t_s();
        p278_impl_intoiterator_for_ref_hashset_t_s();
        p279_impl_intoiterator_for_hashset_t_s();
        p280_impl_partialeq_for_hashset_t_s();
        p281_impl_sub_ref_hashset_t_s_for_ref_hashset_t_s();
        assert_eq!(45, ["p237_fn_capacity", "p238_fn_clear", "p239_fn_contains", "p240_fn_difference", "p241_fn_drain", "p242_fn_extract_if", "p243_fn_get", "p244_fn_hasher", "p245_fn_insert", "p246_fn_intersection", "p247_fn_is_disjoint", "p248_fn_is_empty", "p249_fn_is_subset", "p250_fn_is_superset", "p251_fn_iter", "p252_fn_len", "p253_fn_new", "p254_fn_remove", "p255_fn_replace", "p256_fn_reserve", "p257_fn_retain", "p258_fn_shrink_to", "p259_fn_shrink_to_fit", "p260_fn_symmetric_difference", "p261_fn_take", "p262_fn_try_reserve", "p263_fn_union", "p264_fn_with_capacity", "p265_fn_with_capacity_and_hasher", "p266_fn_with_hasher", "p267_impl_bitand_ref_hashset_t_s_for_ref_hashset_t_s", "p268_impl_bitor_ref_hashset_t_s_for_ref_hashset_t_s", "p269_impl_bitxor_ref_hashset_t_s_for_ref_hashset_t_s", "p270_impl_clone_for_hashset_t_s", "p271_impl_debug_for_hashset_t_s", "p272_impl_default_for_hashset_t_s", "p273_impl_eq_for_hashset_t_s", "p274_impl_extend_ref_t_for_hashset_t_s", "p275_impl_extend_t_for_hashset_t_s", "p276_impl_from_slice_t_array_for_hashset_t_randomstate", "p277_impl_fromiterator_t_for_hashset_t_s", "p278_impl_intoiterator_for_ref_hashset_t_s", "p279_impl_intoiterator_for_hashset_t_s", "p280_impl_partialeq_for_hashset_t_s", "p281_impl_sub_ref_hashset_t_s_for_ref_hashset_t_s"].len());
    }

    /// `fn capacity`
    fn p237_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p238_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn contains`
    fn p239_fn_contains() {
        let x = mk();
        let _: bool = x.contains(&1);
        let s = X::<String>::new();
        assert!(!s.contains("a"));
    }

    /// `fn difference`
    fn p240_fn_difference() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.difference(&y).collect();
        assert_eq!(v.len(), 1);
    }

    /// `fn drain`
    fn p241_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain().collect();
        assert_eq!((x.len(), d.len()), (0, 3));
    }

    /// `fn extract_if`
    fn p242_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<u32> = x.extract_if(|a: &u32| *a == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [2]);
    }

    /// `fn get`
    fn p243_fn_get() {
        let x = mk();
        let _: Option<&u32> = x.get(&1);
        let s = X::<String>::new();
        assert!(s.get("a").is_none());
    }

    /// `fn hasher`
    fn p244_fn_hasher() {
        let _: fn(&X<u32>) -> &RandomState = X::<u32>::hasher;
    }

    /// `fn insert`
    fn p245_fn_insert() {
        let _: fn(&mut X<u32>, u32) -> bool = X::<u32>::insert;
    }

    /// `fn intersection`
    fn p246_fn_intersection() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.intersection(&y).collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn is_disjoint`
    fn p247_fn_is_disjoint() {
        let _: fn(&X<u32>, &X<u32>) -> bool = X::<u32>::is_disjoint;
    }

    /// `fn is_empty`
    fn p248_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn is_subset`
    fn p249_fn_is_subset() {
        let _: fn(&X<u32>, &X<u32>) -> bool = X::<u32>::is_subset;
    }

    /// `fn is_superset`
    fn p250_fn_is_superset() {
        let _: fn(&X<u32>, &X<u32>) -> bool = X::<u32>::is_superset;
    }

    /// `fn iter`
    fn p251_fn_iter() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.iter().collect();
        assert_eq!(x.iter().len(), v.len());
    }

    /// `fn len`
    fn p252_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn new`
    fn p253_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn remove`
    fn p254_fn_remove() {
        let mut x = mk();
        let _: bool = x.remove(&1);
        let mut s = X::<String>::new();
        assert!(!s.remove("a"));
    }

    /// `fn replace`
    fn p255_fn_replace() {
        let _: fn(&mut X<u32>, u32) -> Option<u32> = X::<u32>::replace;
    }

    /// `fn reserve`
    fn p256_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn retain`
    fn p257_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn shrink_to`
    fn p258_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p259_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn symmetric_difference`
    fn p260_fn_symmetric_difference() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.symmetric_difference(&y).collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn take`
    fn p261_fn_take() {
        let mut x = mk();
        let _: Option<u32> = x.take(&1);
        let mut s = X::<String>::new();
        assert!(s.take("a").is_none());
    }

    /// `fn try_reserve`
    fn p262_fn_try_reserve() {
        let _: fn(&mut X<u32>, usize) -> Result<(), std::collections::TryReserveError> = X::<u32>::try_reserve;
    }

    /// `fn union`
    fn p263_fn_union() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.union(&y).collect();
        assert_eq!(v.len(), 4);
    }

    /// `fn with_capacity`
    fn p264_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `fn with_capacity_and_hasher`
    fn p265_fn_with_capacity_and_hasher() {
        let _: fn(usize, RandomState) -> X<u32> = X::<u32>::with_capacity_and_hasher;
    }

    /// `fn with_hasher`
    fn p266_fn_with_hasher() {
        let _: fn(RandomState) -> X<u32> = X::<u32>::with_hasher;
    }

    /// `impl BitAnd<&HashSet<T, S>> for &HashSet<T, S>`
    fn p267_impl_bitand_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: BitAnd<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }

    /// `impl BitOr<&HashSet<T, S>> for &HashSet<T, S>`
    fn p268_impl_bitor_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: BitOr<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }

    /// `impl BitXor<&HashSet<T, S>> for &HashSet<T, S>`
    fn p269_impl_bitxor_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: BitXor<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }

    /// `impl Clone for HashSet<T, S>`
    fn p270_impl_clone_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Clone);
    }

    /// `impl Debug for HashSet<T, S>`
    fn p271_impl_debug_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Debug);
    }

    /// `impl Default for HashSet<T, S>`
    fn p272_impl_default_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Default);
    }

    /// `impl Eq for HashSet<T, S>`
    fn p273_impl_eq_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Eq);
    }

    /// `impl Extend<&T> for HashSet<T, S>`
    fn p274_impl_extend_ref_t_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for HashSet<T, S>`
    fn p275_impl_extend_t_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Extend<u32>);
    }

    /// `impl From<[T; N]> for HashSet<T, RandomState>`
    fn p276_impl_from_slice_t_array_for_hashset_t_randomstate() {
        imp!(X<u32, RandomState>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for HashSet<T, S>`
    fn p277_impl_fromiterator_t_for_hashset_t_s() {
        imp!(X<u32, RandomState>: FromIterator<u32>);
    }

    /// `impl IntoIterator for &HashSet<T, S>`
    fn p278_impl_intoiterator_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for HashSet<T, S>`
    fn p279_impl_intoiterator_for_hashset_t_s() {
        imp!(X<u32, RandomState>: IntoIterator<Item = u32>);
    }

    /// `impl PartialEq for HashSet<T, S>`
    fn p280_impl_partialeq_for_hashset_t_s() {
        imp!(X<u32, RandomState>: PartialEq);
    }

    /// `impl Sub<&HashSet<T, S>> for &HashSet<T, S>`
    fn p281_impl_sub_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: Sub<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }
}

#[rustfmt::skip]
mod set_fast {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T, S = RandomState> = sizespeed::fast::Set<T, S>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.insert(1);
        x.insert(2);
        x.insert(3);
        x
    }

    #[test]
    fn probes() {
        p237_fn_capacity();
        p238_fn_clear();
        p239_fn_contains();
        p240_fn_difference();
        p241_fn_drain();
        p242_fn_extract_if();
        p243_fn_get();
        p244_fn_hasher();
        p245_fn_insert();
        p246_fn_intersection();
        p247_fn_is_disjoint();
        p248_fn_is_empty();
        p249_fn_is_subset();
        p250_fn_is_superset();
        p251_fn_iter();
        p252_fn_len();
        p253_fn_new();
        p254_fn_remove();
        p255_fn_replace();
        p256_fn_reserve();
        p257_fn_retain();
        p258_fn_shrink_to();
        p259_fn_shrink_to_fit();
        p260_fn_symmetric_difference();
        p261_fn_take();
        p263_fn_union();
        p264_fn_with_capacity();
        p265_fn_with_capacity_and_hasher();
        p266_fn_with_hasher();
        p267_impl_bitand_ref_hashset_t_s_for_ref_hashset_t_s();
        p268_impl_bitor_ref_hashset_t_s_for_ref_hashset_t_s();
        p269_impl_bitxor_ref_hashset_t_s_for_ref_hashset_t_s();
        p270_impl_clone_for_hashset_t_s();
        p271_impl_debug_for_hashset_t_s();
        p272_impl_default_for_hashset_t_s();
        p273_impl_eq_for_hashset_t_s();
        p274_impl_extend_ref_t_for_hashset_t_s();
        p275_impl_extend_t_for_hashset_t_s();
        p276_impl_from_slice_t_array_for_hashset_t_randomstate();
        p277_impl_fromiterator_t_for_hashset_t_s();
        p278_impl_intoiterator_for_ref_hashset_t_s();
        p279_impl_intoiterator_for_hashset_t_s();
        p280_impl_partialeq_for_hashset_t_s();
        p281_impl_sub_ref_hashset_t_s_for_ref_hashset_t_s();
        assert_eq!(44, ["p237_fn_capacity", "p238_fn_clear", "p239_fn_contains", "p240_fn_difference", "p241_fn_drain", "p242_fn_extract_if", "p243_fn_get", "p244_fn_hasher", "p245_fn_insert", "p246_fn_intersection", "p247_fn_is_disjoint", "p248_fn_is_empty", "p249_fn_is_subset", "p250_fn_is_superset", "p251_fn_iter", "p252_fn_len", "p253_fn_new", "p254_fn_remove", "p255_fn_replace", "p256_fn_reserve", "p257_fn_retain", "p258_fn_shrink_to", "p259_fn_shrink_to_fit", "p260_fn_symmetric_difference", "p261_fn_take", "p263_fn_union", "p264_fn_with_capacity", "p265_fn_with_capacity_and_hasher", "p266_fn_with_hasher", "p267_impl_bitand_ref_hashset_t_s_for_ref_hashset_t_s", "p268_impl_bitor_ref_hashset_t_s_for_ref_hashset_t_s", "p269_impl_bitxor_ref_hashset_t_s_for_ref_hashset_t_s", "p270_impl_clone_for_hashset_t_s", "p271_impl_debug_for_hashset_t_s", "p272_impl_default_for_hashset_t_s", "p273_impl_eq_for_hashset_t_s", "p274_impl_extend_ref_t_for_hashset_t_s", "p275_impl_extend_t_for_hashset_t_s", "p276_impl_from_slice_t_array_for_hashset_t_randomstate", "p277_impl_fromiterator_t_for_hashset_t_s", "p278_impl_intoiterator_for_ref_hashset_t_s", "p279_impl_intoiterator_for_hashset_t_s", "p280_impl_partialeq_for_hashset_t_s", "p281_impl_sub_ref_hashset_t_s_for_ref_hashset_t_s"].len());
    }

    /// `fn capacity`
    fn p237_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p238_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn contains`
    fn p239_fn_contains() {
        let x = mk();
        let _: bool = x.contains(&1);
        let s = X::<String>::new();
        assert!(!s.contains("a"));
    }

    /// `fn difference`
    fn p240_fn_difference() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.difference(&y).collect();
        assert_eq!(v.len(), 1);
    }

    /// `fn drain`
    fn p241_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain().collect();
        assert_eq!((x.len(), d.len()), (0, 3));
    }

    /// `fn extract_if`
    fn p242_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<u32> = x.extract_if(|a: &u32| *a == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [2]);
    }

    /// `fn get`
    fn p243_fn_get() {
        let x = mk();
        let _: Option<&u32> = x.get(&1);
        let s = X::<String>::new();
        assert!(s.get("a").is_none());
    }

    /// `fn hasher`
    fn p244_fn_hasher() {
        let _: fn(&X<u32>) -> &RandomState = X::<u32>::hasher;
    }

    /// `fn insert`
    fn p245_fn_insert() {
        let _: fn(&mut X<u32>, u32) -> bool = X::<u32>::insert;
    }

    /// `fn intersection`
    fn p246_fn_intersection() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.intersection(&y).collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn is_disjoint`
    fn p247_fn_is_disjoint() {
        let _: fn(&X<u32>, &X<u32>) -> bool = X::<u32>::is_disjoint;
    }

    /// `fn is_empty`
    fn p248_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn is_subset`
    fn p249_fn_is_subset() {
        let _: fn(&X<u32>, &X<u32>) -> bool = X::<u32>::is_subset;
    }

    /// `fn is_superset`
    fn p250_fn_is_superset() {
        let _: fn(&X<u32>, &X<u32>) -> bool = X::<u32>::is_superset;
    }

    /// `fn iter`
    fn p251_fn_iter() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.iter().collect();
        assert_eq!(x.iter().len(), v.len());
    }

    /// `fn len`
    fn p252_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn new`
    fn p253_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn remove`
    fn p254_fn_remove() {
        let mut x = mk();
        let _: bool = x.remove(&1);
        let mut s = X::<String>::new();
        assert!(!s.remove("a"));
    }

    /// `fn replace`
    fn p255_fn_replace() {
        let _: fn(&mut X<u32>, u32) -> Option<u32> = X::<u32>::replace;
    }

    /// `fn reserve`
    fn p256_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn retain`
    fn p257_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn shrink_to`
    fn p258_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p259_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn symmetric_difference`
    fn p260_fn_symmetric_difference() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.symmetric_difference(&y).collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn take`
    fn p261_fn_take() {
        let mut x = mk();
        let _: Option<u32> = x.take(&1);
        let mut s = X::<String>::new();
        assert!(s.take("a").is_none());
    }

    /// `fn union`
    fn p263_fn_union() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.union(&y).collect();
        assert_eq!(v.len(), 4);
    }

    /// `fn with_capacity`
    fn p264_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `fn with_capacity_and_hasher`
    fn p265_fn_with_capacity_and_hasher() {
        let _: fn(usize, RandomState) -> X<u32> = X::<u32>::with_capacity_and_hasher;
    }

    /// `fn with_hasher`
    fn p266_fn_with_hasher() {
        let _: fn(RandomState) -> X<u32> = X::<u32>::with_hasher;
    }

    /// `impl BitAnd<&HashSet<T, S>> for &HashSet<T, S>`
    fn p267_impl_bitand_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: BitAnd<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }

    /// `impl BitOr<&HashSet<T, S>> for &HashSet<T, S>`
    fn p268_impl_bitor_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: BitOr<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }

    /// `impl BitXor<&HashSet<T, S>> for &HashSet<T, S>`
    fn p269_impl_bitxor_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: BitXor<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }

    /// `impl Clone for HashSet<T, S>`
    fn p270_impl_clone_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Clone);
    }

    /// `impl Debug for HashSet<T, S>`
    fn p271_impl_debug_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Debug);
    }

    /// `impl Default for HashSet<T, S>`
    fn p272_impl_default_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Default);
    }

    /// `impl Eq for HashSet<T, S>`
    fn p273_impl_eq_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Eq);
    }

    /// `impl Extend<&T> for HashSet<T, S>`
    fn p274_impl_extend_ref_t_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for HashSet<T, S>`
    fn p275_impl_extend_t_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Extend<u32>);
    }

    /// `impl From<[T; N]> for HashSet<T, RandomState>`
    fn p276_impl_from_slice_t_array_for_hashset_t_randomstate() {
        imp!(X<u32, RandomState>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for HashSet<T, S>`
    fn p277_impl_fromiterator_t_for_hashset_t_s() {
        imp!(X<u32, RandomState>: FromIterator<u32>);
    }

    /// `impl IntoIterator for &HashSet<T, S>`
    fn p278_impl_intoiterator_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for HashSet<T, S>`
    fn p279_impl_intoiterator_for_hashset_t_s() {
        imp!(X<u32, RandomState>: IntoIterator<Item = u32>);
    }

    /// `impl PartialEq for HashSet<T, S>`
    fn p280_impl_partialeq_for_hashset_t_s() {
        imp!(X<u32, RandomState>: PartialEq);
    }

    /// `impl Sub<&HashSet<T, S>> for &HashSet<T, S>`
    fn p281_impl_sub_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: Sub<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }
}

#[rustfmt::skip]
mod set_small {
    use std::borrow::{Borrow, BorrowMut, Cow};
    use std::collections::hash_map::RandomState;
    use std::fmt::Debug;
    use std::hash::Hash;
    use std::mem::MaybeUninit;
    use std::ops::*;
    type X<T, S = RandomState> = sizespeed::small::Set<T, S>;
    fn mk() -> X<u32> {
        let mut x = X::<u32>::new();
        x.insert(1);
        x.insert(2);
        x.insert(3);
        x
    }

    #[test]
    fn probes() {
        p237_fn_capacity();
        p238_fn_clear();
        p239_fn_contains();
        p240_fn_difference();
        p241_fn_drain();
        p242_fn_extract_if();
        p243_fn_get();
        p244_fn_hasher();
        p245_fn_insert();
        p246_fn_intersection();
        p247_fn_is_disjoint();
        p248_fn_is_empty();
        p249_fn_is_subset();
        p250_fn_is_superset();
        p251_fn_iter();
        p252_fn_len();
        p253_fn_new();
        p254_fn_remove();
        p255_fn_replace();
        p256_fn_reserve();
        p257_fn_retain();
        p258_fn_shrink_to();
        p259_fn_shrink_to_fit();
        p260_fn_symmetric_difference();
        p261_fn_take();
        p263_fn_union();
        p264_fn_with_capacity();
        p265_fn_with_capacity_and_hasher();
        p266_fn_with_hasher();
        p267_impl_bitand_ref_hashset_t_s_for_ref_hashset_t_s();
        p268_impl_bitor_ref_hashset_t_s_for_ref_hashset_t_s();
        p269_impl_bitxor_ref_hashset_t_s_for_ref_hashset_t_s();
        p270_impl_clone_for_hashset_t_s();
        p271_impl_debug_for_hashset_t_s();
        p272_impl_default_for_hashset_t_s();
        p273_impl_eq_for_hashset_t_s();
        p274_impl_extend_ref_t_for_hashset_t_s();
        p275_impl_extend_t_for_hashset_t_s();
        p276_impl_from_slice_t_array_for_hashset_t_randomstate();
        p277_impl_fromiterator_t_for_hashset_t_s();
        p278_impl_intoiterator_for_ref_hashset_t_s();
        p279_impl_intoiterator_for_hashset_t_s();
        p280_impl_partialeq_for_hashset_t_s();
        p281_impl_sub_ref_hashset_t_s_for_ref_hashset_t_s();
        assert_eq!(44, ["p237_fn_capacity", "p238_fn_clear", "p239_fn_contains", "p240_fn_difference", "p241_fn_drain", "p242_fn_extract_if", "p243_fn_get", "p244_fn_hasher", "p245_fn_insert", "p246_fn_intersection", "p247_fn_is_disjoint", "p248_fn_is_empty", "p249_fn_is_subset", "p250_fn_is_superset", "p251_fn_iter", "p252_fn_len", "p253_fn_new", "p254_fn_remove", "p255_fn_replace", "p256_fn_reserve", "p257_fn_retain", "p258_fn_shrink_to", "p259_fn_shrink_to_fit", "p260_fn_symmetric_difference", "p261_fn_take", "p263_fn_union", "p264_fn_with_capacity", "p265_fn_with_capacity_and_hasher", "p266_fn_with_hasher", "p267_impl_bitand_ref_hashset_t_s_for_ref_hashset_t_s", "p268_impl_bitor_ref_hashset_t_s_for_ref_hashset_t_s", "p269_impl_bitxor_ref_hashset_t_s_for_ref_hashset_t_s", "p270_impl_clone_for_hashset_t_s", "p271_impl_debug_for_hashset_t_s", "p272_impl_default_for_hashset_t_s", "p273_impl_eq_for_hashset_t_s", "p274_impl_extend_ref_t_for_hashset_t_s", "p275_impl_extend_t_for_hashset_t_s", "p276_impl_from_slice_t_array_for_hashset_t_randomstate", "p277_impl_fromiterator_t_for_hashset_t_s", "p278_impl_intoiterator_for_ref_hashset_t_s", "p279_impl_intoiterator_for_hashset_t_s", "p280_impl_partialeq_for_hashset_t_s", "p281_impl_sub_ref_hashset_t_s_for_ref_hashset_t_s"].len());
    }

    /// `fn capacity`
    fn p237_fn_capacity() {
        let _: fn(&X<u32>) -> usize = X::<u32>::capacity;
    }

    /// `fn clear`
    fn p238_fn_clear() {
        let _: fn(&mut X<u32>) = X::<u32>::clear;
    }

    /// `fn contains`
    fn p239_fn_contains() {
        let x = mk();
        let _: bool = x.contains(&1);
        let s = X::<String>::new();
        assert!(!s.contains("a"));
    }

    /// `fn difference`
    fn p240_fn_difference() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.difference(&y).collect();
        assert_eq!(v.len(), 1);
    }

    /// `fn drain`
    fn p241_fn_drain() {
        let mut x = mk();
        let d: std::vec::Vec<u32> = x.drain().collect();
        assert_eq!((x.len(), d.len()), (0, 3));
    }

    /// `fn extract_if`
    fn p242_fn_extract_if() {
        let mut x = mk();
        let e: std::vec::Vec<u32> = x.extract_if(|a: &u32| *a == 2).collect();
        assert_eq!(x.len(), 2);
        assert_eq!(e, [2]);
    }

    /// `fn get`
    fn p243_fn_get() {
        let x = mk();
        let _: Option<&u32> = x.get(&1);
        let s = X::<String>::new();
        assert!(s.get("a").is_none());
    }

    /// `fn hasher`
    fn p244_fn_hasher() {
        let _: fn(&X<u32>) -> &RandomState = X::<u32>::hasher;
    }

    /// `fn insert`
    fn p245_fn_insert() {
        let _: fn(&mut X<u32>, u32) -> bool = X::<u32>::insert;
    }

    /// `fn intersection`
    fn p246_fn_intersection() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.intersection(&y).collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn is_disjoint`
    fn p247_fn_is_disjoint() {
        let _: fn(&X<u32>, &X<u32>) -> bool = X::<u32>::is_disjoint;
    }

    /// `fn is_empty`
    fn p248_fn_is_empty() {
        let _: fn(&X<u32>) -> bool = X::<u32>::is_empty;
    }

    /// `fn is_subset`
    fn p249_fn_is_subset() {
        let _: fn(&X<u32>, &X<u32>) -> bool = X::<u32>::is_subset;
    }

    /// `fn is_superset`
    fn p250_fn_is_superset() {
        let _: fn(&X<u32>, &X<u32>) -> bool = X::<u32>::is_superset;
    }

    /// `fn iter`
    fn p251_fn_iter() {
        let x = mk();
        let v: std::vec::Vec<&u32> = x.iter().collect();
        assert_eq!(x.iter().len(), v.len());
    }

    /// `fn len`
    fn p252_fn_len() {
        let _: fn(&X<u32>) -> usize = X::<u32>::len;
    }

    /// `fn new`
    fn p253_fn_new() {
        let _: fn() -> X<u32> = X::<u32>::new;
    }

    /// `fn remove`
    fn p254_fn_remove() {
        let mut x = mk();
        let _: bool = x.remove(&1);
        let mut s = X::<String>::new();
        assert!(!s.remove("a"));
    }

    /// `fn replace`
    fn p255_fn_replace() {
        let _: fn(&mut X<u32>, u32) -> Option<u32> = X::<u32>::replace;
    }

    /// `fn reserve`
    fn p256_fn_reserve() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::reserve;
    }

    /// `fn retain`
    fn p257_fn_retain() {
        let mut x = mk();
        let _: () = x.retain(|a: &u32| *a != 2);
        assert_eq!(x.len(), 2);
    }

    /// `fn shrink_to`
    fn p258_fn_shrink_to() {
        let _: fn(&mut X<u32>, usize) = X::<u32>::shrink_to;
    }

    /// `fn shrink_to_fit`
    fn p259_fn_shrink_to_fit() {
        let _: fn(&mut X<u32>) = X::<u32>::shrink_to_fit;
    }

    /// `fn symmetric_difference`
    fn p260_fn_symmetric_difference() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.symmetric_difference(&y).collect();
        assert_eq!(v.len(), 2);
    }

    /// `fn take`
    fn p261_fn_take() {
        let mut x = mk();
        let _: Option<u32> = x.take(&1);
        let mut s = X::<String>::new();
        assert!(s.take("a").is_none());
    }

    /// `fn union`
    fn p263_fn_union() {
        let x = mk();
        let y: X<u32> = [2, 3, 4].into_iter().collect();
        let v: std::vec::Vec<&u32> = x.union(&y).collect();
        assert_eq!(v.len(), 4);
    }

    /// `fn with_capacity`
    fn p264_fn_with_capacity() {
        let _: fn(usize) -> X<u32> = X::<u32>::with_capacity;
    }

    /// `fn with_capacity_and_hasher`
    fn p265_fn_with_capacity_and_hasher() {
        let _: fn(usize, RandomState) -> X<u32> = X::<u32>::with_capacity_and_hasher;
    }

    /// `fn with_hasher`
    fn p266_fn_with_hasher() {
        let _: fn(RandomState) -> X<u32> = X::<u32>::with_hasher;
    }

    /// `impl BitAnd<&HashSet<T, S>> for &HashSet<T, S>`
    fn p267_impl_bitand_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: BitAnd<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }

    /// `impl BitOr<&HashSet<T, S>> for &HashSet<T, S>`
    fn p268_impl_bitor_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: BitOr<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }

    /// `impl BitXor<&HashSet<T, S>> for &HashSet<T, S>`
    fn p269_impl_bitxor_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: BitXor<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }

    /// `impl Clone for HashSet<T, S>`
    fn p270_impl_clone_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Clone);
    }

    /// `impl Debug for HashSet<T, S>`
    fn p271_impl_debug_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Debug);
    }

    /// `impl Default for HashSet<T, S>`
    fn p272_impl_default_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Default);
    }

    /// `impl Eq for HashSet<T, S>`
    fn p273_impl_eq_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Eq);
    }

    /// `impl Extend<&T> for HashSet<T, S>`
    fn p274_impl_extend_ref_t_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Extend<&'static u32>);
    }

    /// `impl Extend<T> for HashSet<T, S>`
    fn p275_impl_extend_t_for_hashset_t_s() {
        imp!(X<u32, RandomState>: Extend<u32>);
    }

    /// `impl From<[T; N]> for HashSet<T, RandomState>`
    fn p276_impl_from_slice_t_array_for_hashset_t_randomstate() {
        imp!(X<u32, RandomState>: From<[u32; 3]>);
    }

    /// `impl FromIterator<T> for HashSet<T, S>`
    fn p277_impl_fromiterator_t_for_hashset_t_s() {
        imp!(X<u32, RandomState>: FromIterator<u32>);
    }

    /// `impl IntoIterator for &HashSet<T, S>`
    fn p278_impl_intoiterator_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: IntoIterator<Item = &'static u32>);
    }

    /// `impl IntoIterator for HashSet<T, S>`
    fn p279_impl_intoiterator_for_hashset_t_s() {
        imp!(X<u32, RandomState>: IntoIterator<Item = u32>);
    }

    /// `impl PartialEq for HashSet<T, S>`
    fn p280_impl_partialeq_for_hashset_t_s() {
        imp!(X<u32, RandomState>: PartialEq);
    }

    /// `impl Sub<&HashSet<T, S>> for &HashSet<T, S>`
    fn p281_impl_sub_ref_hashset_t_s_for_ref_hashset_t_s() {
        imp!(&'static X<u32, RandomState>: Sub<&'static X<u32, RandomState>, Output = X<u32, RandomState>>);
    }
}
