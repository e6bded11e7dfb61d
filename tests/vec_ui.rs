//! Compile-fail tests: what the Vec variants must reject at compile time. Each case in
//! `tests/ui/` has the expected compiler output beside it.

#[test]
#[cfg_attr(miri, ignore)]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
