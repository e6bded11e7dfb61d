//! The sort and dedup methods of every Vec variant agree with `std::vec::Vec`'s.

mod common;

use proptest::prelude::*;

macro_rules! check_variant {
    ($v:ty, $input:expr) => {{
        let input: &Vec<(u8, u16)> = $input;
        let make = || input.iter().cloned().collect::<$v>();
        let as_std = |v: &$v| v.iter().cloned().collect::<Vec<(u8, u16)>>();

        let (mut v, mut e) = (make(), input.clone());
        v.sort();
        e.sort();
        assert_eq!(as_std(&v), e, "sort");
        v.dedup();
        e.dedup();
        assert_eq!(as_std(&v), e, "dedup");

        let (mut v, mut e) = (make(), input.clone());
        v.sort_by_key(|p| p.0);
        e.sort_by_key(|p| p.0);
        assert_eq!(as_std(&v), e, "sort_by_key");
        v.dedup_by_key(|p| p.0 / 4);
        e.dedup_by_key(|p| p.0 / 4);
        assert_eq!(as_std(&v), e, "dedup_by_key");

        let (mut v, mut e) = (make(), input.clone());
        v.sort_by(|a, b| b.1.cmp(&a.1));
        e.sort_by(|a, b| b.1.cmp(&a.1));
        assert_eq!(as_std(&v), e, "sort_by");
        v.dedup_by(|a, b| a.1 / 8 == b.1 / 8);
        e.dedup_by(|a, b| a.1 / 8 == b.1 / 8);
        assert_eq!(as_std(&v), e, "dedup_by");

        let mut sorted = input.clone();
        sorted.sort();
        let mut v = make();
        v.sort_unstable();
        assert_eq!(as_std(&v), sorted, "sort_unstable");
        let mut v = make();
        v.sort_unstable_by(|a, b| a.cmp(b));
        assert_eq!(as_std(&v), sorted, "sort_unstable_by");
        let mut v = make();
        v.sort_unstable_by_key(|p| *p);
        assert_eq!(as_std(&v), sorted, "sort_unstable_by_key");
    }};
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: common::cases(64),
        // Miri's isolation forbids the file access failure persistence needs.
        failure_persistence: if cfg!(miri) { None } else { ProptestConfig::default().failure_persistence },
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_variant_sorts_and_dedups_like_std(
        input in proptest::collection::vec((0u8..16, 0u16..64), 0..200)
    ) {
        check_variant!(sizespeed::small::Vec<(u8, u16)>, &input);
        check_variant!(sizespeed::medium::Vec<(u8, u16)>, &input);
        check_variant!(sizespeed::fast::Vec<(u8, u16)>, &input);
        check_variant!(sizespeed::inline::Vec<(u8, u16)>, &input);
        check_variant!(sizespeed::thin::Vec<(u8, u16)>, &input);
        check_variant!(sizespeed::boxed::Vec<(u8, u16)>, &input);
    }
}
