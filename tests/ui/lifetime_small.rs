// Covariance only shortens lifetimes: a vector of short-lived references cannot be
// passed off as one of longer-lived references.
use sizespeed::small::Vec;

fn lengthen<'a>(v: Vec<&'a str>) -> Vec<&'static str> {
    v
}

fn main() {
    let local = String::from("local");
    let mut v = Vec::new();
    v.push(local.as_str());
    let _long: Vec<&'static str> = lengthen(v);
}
