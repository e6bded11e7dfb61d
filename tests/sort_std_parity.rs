//! `sort_by_cached_key`, `select_nth_unstable_by_key` and `partition_point` of the small,
//! medium and fast sorting families, and of `small::Vec`, against std's slice methods.

use sizespeed::{fast, medium, small};

/// Deterministic inputs with duplicates, of every length up to `max`.
fn inputs(max: usize) -> impl Iterator<Item = Vec<(u8, u32)>> {
    let mut x = 0x2545_f491_4f6c_dd1du64;
    (0..=max).map(move |len| {
        (0..len)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                ((x % 7) as u8, i as u32)
            })
            .collect()
    })
}

fn max_len() -> usize {
    if cfg!(miri) {
        24
    } else {
        300
    }
}

#[test]
fn sort_by_cached_key_is_stable_and_matches_std() {
    for input in inputs(max_len()) {
        let mut want = input.clone();
        want.sort_by_cached_key(|e| e.0);
        let mut calls = 0;
        let mut got = input.clone();
        small::sort_by_cached_key(&mut got, |e| {
            calls += 1;
            e.0
        });
        assert_eq!(got, want);
        assert_eq!(
            calls,
            if input.len() < 2 { 0 } else { input.len() },
            "one key call per element"
        );
        let mut got = input.clone();
        fast::sort_by_cached_key(&mut got, |e| e.0);
        assert_eq!(got, want);
        let mut got = input.clone();
        medium::sort_by_cached_key(&mut got, |e| e.0);
        assert_eq!(got, want);
        let mut got: small::Vec<(u8, u32)> = input.iter().copied().collect();
        got.sort_by_cached_key(|e| e.0);
        assert_eq!(got.as_slice(), want.as_slice());
    }
}

#[test]
fn select_nth_unstable_by_key_matches_a_sort() {
    for input in inputs(max_len()) {
        let mut sorted = input.clone();
        sorted.sort_by_key(|e| e.0);
        for (index, want) in sorted.iter().enumerate() {
            let mut v = input.clone();
            let (left, nth, right) = small::select_nth_unstable_by_key(&mut v, index, |e| e.0);
            assert_eq!(nth.0, want.0);
            let pivot = nth.0;
            assert!(left.iter().all(|e| e.0 <= pivot));
            assert!(right.iter().all(|e| e.0 >= pivot));
            let mut v = input.clone();
            let (_, nth, _) = fast::select_nth_unstable_by_key(&mut v, index, |e| e.0);
            assert_eq!(nth.0, want.0);
            let mut v = input.clone();
            let (left, nth, right) = medium::select_nth_unstable_by_key(&mut v, index, |e| e.0);
            assert_eq!(nth.0, want.0);
            assert!(left.iter().all(|e| e.0 <= pivot));
            assert!(right.iter().all(|e| e.0 >= pivot));
        }
    }
}

#[test]
#[should_panic(expected = "partition_at_index index 3 greater than length of slice 3")]
fn select_nth_unstable_by_key_panics_past_the_end() {
    let mut v = [1, 2, 3];
    small::select_nth_unstable_by_key(&mut v, 3, |&x| x);
}

#[test]
fn partition_point_matches_std() {
    for input in inputs(max_len()) {
        let mut v = input.clone();
        v.sort();
        for bound in 0..8u8 {
            let want = v.partition_point(|e| e.0 < bound);
            assert_eq!(small::partition_point(&v, |e| e.0 < bound), want);
            assert_eq!(fast::partition_point(&v, |e| e.0 < bound), want);
            assert_eq!(medium::partition_point(&v, |e| e.0 < bound), want);
        }
    }
}
