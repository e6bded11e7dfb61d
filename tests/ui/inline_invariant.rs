// inline::Vec is invariant in its element type (smallvec names it through a projection),
// so even the shortening coercion that std's Vec allows is rejected.
use sizespeed::inline::Vec;

fn shorten<'a>(v: Vec<&'static str>) -> Vec<&'a str> {
    v
}

fn main() {
    let v: Vec<&'static str> = Vec::new();
    let _ = shorten(v);
}
