// Elements are type-checked: a string cannot be pushed into a vector of u32.
fn main() {
    let mut v: sizespeed::small::Vec<u32> = sizespeed::small::Vec::new();
    v.push(1);
    v.push("two");
}
