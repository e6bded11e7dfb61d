// boxed::Vec is invariant: its elements are downcast by `TypeId`, and a subtype has a
// different `TypeId` from its supertype, so this coercion must not compile.
use sizespeed::boxed::Vec;

type Any = for<'x> fn(&'x u8) -> &'x u8;
type Static = fn(&'static u8) -> &'static u8;

fn coerce(v: Vec<Any>) -> Vec<Static> {
    v
}

fn main() {
    let _ = coerce(Vec::new());
}
