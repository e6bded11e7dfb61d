// boxed::Vec stores its elements as `Box<dyn Any>`, so they must be 'static: a vector of
// borrowed strings is rejected.
fn keep(s: &str) -> usize {
    let mut v = sizespeed::boxed::Vec::new();
    v.push(s);
    v.len()
}

fn main() {
    let local = String::from("local");
    keep(&local);
}
