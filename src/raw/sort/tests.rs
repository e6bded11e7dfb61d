//! Unit tests of the core's pieces, on `u64`s compared by a counting, self-detecting
//! comparator (the public behaviour is tested in `tests/sort_*.rs`).

use alloc::vec::Vec;
use core::cmp::Ordering;

use super::{
    quick, sort_stable, sort_stable_shaped, sort_unstable, sort_unstable_shaped, By, Compare, Ctx,
    Dyn, Elem, Fixed, Shape,
};

/// Compares two `u64`s; panics if they are the same element.
///
/// # Safety
/// `a` and `b` point to `u64`s; `data` to a `usize` call counter.
unsafe fn less_u64(data: *mut (), a: *const u8, b: *const u8) -> bool {
    assert!(a != b, "an element compared with itself");
    // SAFETY: the caller's guarantee.
    unsafe {
        *(data as *mut usize) += 1;
        *(a as *const u64) < *(b as *const u64)
    }
}

/// The block comparator matching [`less_u64`].
///
/// # Safety
/// `e` points to `n` u64s, `pivot` to another; `data` to a `usize` call counter.
unsafe fn many_u64(data: *mut (), e: *const u8, n: usize, pivot: *const u8, le: bool) -> u64 {
    let mut m = 0;
    for i in 0..n {
        // SAFETY: the caller's guarantee.
        let x = unsafe { e.add(i * 8) };
        let (a, b) = if le { (pivot, x) } else { (x, pivot) };
        // SAFETY: the caller's guarantee.
        m |= ((unsafe { less_u64(data, a, b) } != le) as u64) << i;
    }
    m
}

fn inputs(len: usize) -> Vec<Vec<u64>> {
    let mut x = 0x9e37_79b9_7f4a_7c15u64 ^ len as u64;
    let mut rnd = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let random: Vec<u64> = (0..len).map(|_| rnd() % 1000).collect();
    let dups: Vec<u64> = (0..len).map(|_| rnd() % 3).collect();
    let sorted: Vec<u64> = (0..len as u64).collect();
    let reversed: Vec<u64> = (0..len as u64).rev().collect();
    let saw: Vec<u64> = (0..len as u64).map(|i| i % 17).collect();
    alloc::vec![random, dups, sorted, reversed, saw]
}

fn lens() -> &'static [usize] {
    if cfg!(miri) {
        &[0, 1, 2, 3, 21, 40, 70]
    } else {
        &[0, 1, 2, 3, 5, 20, 21, 33, 64, 65, 200, 1000, 5000]
    }
}

#[test]
fn both_sorts_agree_with_std() {
    for &len in lens() {
        for input in inputs(len) {
            let mut want = input.clone();
            want.sort();
            for (stable, plain, shaped) in [false, true]
                .into_iter()
                .flat_map(|a| [false, true].map(|b| (a, b)))
                .flat_map(|(a, b)| [false, true].map(|c| (a, b, c)))
            {
                let mut v = input.clone();
                let mut calls = 0usize;
                let data = &mut calls as *mut usize as *mut ();
                let e = Elem {
                    size: 8,
                    align: 8,
                    plain,
                };
                let by = By {
                    data,
                    cmp: Compare::Less(less_u64),
                    many: many_u64,
                };
                let p = v.as_mut_ptr() as *mut u8;
                // SAFETY: `v` holds `len` u64s; `less_u64` takes the counter as data; the
                // shape is that of `u64`.
                unsafe {
                    match (stable, shaped) {
                        (true, false) => sort_stable(p, len, &e, by),
                        (false, false) => sort_unstable(p, len, &e, by),
                        (true, true) => sort_stable_shaped(p, len, &e, Fixed::<u64>::new(), by),
                        (false, true) => sort_unstable_shaped(p, len, &e, Fixed::<u64>::new(), by),
                    }
                };
                assert_eq!(
                    v, want,
                    "stable={stable} plain={plain} shaped={shaped} len={len}"
                );
            }
        }
    }
}

#[test]
fn heapsort_and_partition_on_their_own() {
    heapsort_and_partition(Dyn(8));
    heapsort_and_partition(Fixed::<u64>::new());
}

fn heapsort_and_partition<S: Shape>(shape: S) {
    for &len in lens() {
        for input in inputs(len) {
            let mut calls = 0usize;
            let mut tmp = 0u64;
            let c = Ctx {
                shape,
                data: &mut calls as *mut usize as *mut (),
                cmp: Compare::Less(less_u64),
                many: many_u64,
                tmp: &mut tmp as *mut u64 as *mut u8,
                plain: true,
            };
            let mut v = input.clone();
            // SAFETY: `v` holds `len` u64s.
            unsafe { quick::heapsort(&c, v.as_mut_ptr() as *mut u8, len) };
            let mut want = input.clone();
            want.sort();
            assert_eq!(v, want);
            if len < 2 {
                continue;
            }
            for le in [false, true] {
                let mut v = input.clone();
                let pivot = len / 3;
                let p = v[pivot];
                // SAFETY: `v` holds `len >= 2` u64s; `pivot < len`.
                let mid =
                    unsafe { quick::partition(&c, v.as_mut_ptr() as *mut u8, len, pivot, le) };
                assert_eq!(v[mid], p);
                for (i, &e) in v.iter().enumerate() {
                    match i.cmp(&mid) {
                        Ordering::Less if le => assert!(e <= p),
                        Ordering::Less => assert!(e < p),
                        Ordering::Greater if le => assert!(e > p),
                        Ordering::Greater => assert!(e >= p),
                        Ordering::Equal => {}
                    }
                }
                let mut got = v.clone();
                got.sort();
                assert_eq!(got, want);
            }
        }
    }
}
