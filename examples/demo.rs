//! The size-versus-speed dial in one screen.
//!
//! The same generic code runs on every variant: first a bracket checker written against
//! the `Stack` trait, then a small editing session written against `Seq`. Only the type
//! name changes between runs.
//!
//! ```text
//! cargo run --example demo
//! cargo run --example demo --features prefer-size   # `auto` picks the small variant
//! ```

use std::mem::size_of;

use sizespeed::{Seq, Stack};

/// Whether every bracket in `text` is closed in the right order. Generic over the stack.
fn balanced<S: Stack<char>>(text: &str) -> bool {
    let mut open = S::new();
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => open.push(c),
            ')' | ']' | '}' => {
                let expected = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if open.pop() != Some(expected) {
                    return false;
                }
            }
            _ => {}
        }
    }
    open.is_empty()
}

/// The texts the bracket checker is run on.
const TEXTS: [&str; 3] = [
    "fn f(a: [u8; 4]) { a[0] }",
    "vec![(1, 2]",
    "{ ( ) [ { } ] }",
];

/// Runs the bracket checker on stack type `S` and prints one line of results.
fn check_with<S: Stack<char>>(name: &str) {
    let results: Vec<&str> = TEXTS
        .iter()
        .map(|text| {
            if balanced::<S>(text) {
                "ok"
            } else {
                "unbalanced"
            }
        })
        .collect();
    println!(
        "  {name:<13} header {:>3} bytes   {}",
        size_of::<S>(),
        results.join(", ")
    );
}

/// A short editing session on sequence type `S`: fill, insert, remove, read back.
fn edit_with<S: Seq<String>>(name: &str) {
    let mut words: S = ["size", "or", "speed"]
        .into_iter()
        .map(String::from)
        .collect();
    words.insert(1, "and".to_string()); // size and or speed
    words.remove(2); // size and speed
    words.push("?".to_string());
    let sentence: Vec<&str> = words.iter().map(String::as_str).collect();
    println!(
        "  {name:<13} header {:>3} bytes   {:?} (len {}, capacity {})",
        size_of::<S>(),
        sentence.join(" "),
        words.len(),
        words.capacity()
    );
}

fn main() {
    println!("One generic bracket checker, `fn balanced<S: Stack<char>>`, on four aliases.");
    println!("Texts: {TEXTS:?}");
    check_with::<sizespeed::FastStack<char>>("FastStack");
    check_with::<sizespeed::MediumStack<char>>("MediumStack");
    check_with::<sizespeed::SmallStack<char>>("SmallStack");
    check_with::<sizespeed::auto::Stack<char>>("auto::Stack");
    if cfg!(feature = "prefer-size") {
        println!("  auto::Stack is SmallStack here: this build has --features prefer-size.");
    } else {
        println!(
            "  auto::Stack is FastStack here; build with --features prefer-size for SmallStack."
        );
    }

    println!();
    println!("One generic edit, `fn edit_with<S: Seq<String>>`, on the six Vec variants.");
    println!(r#"Edit: collect ["size", "or", "speed"], insert "and" at 1, remove 2, push "?"."#);
    edit_with::<sizespeed::fast::Vec<String>>("fast::Vec");
    edit_with::<sizespeed::medium::Vec<String>>("medium::Vec");
    edit_with::<sizespeed::small::Vec<String>>("small::Vec");
    edit_with::<sizespeed::inline::Vec<String>>("inline::Vec");
    edit_with::<sizespeed::thin::Vec<String>>("thin::Vec");
    edit_with::<sizespeed::boxed::Vec<String>>("boxed::Vec");

    println!();
    println!("fast:   std's Vec, compiled again for every element type; fastest.");
    println!("medium: small's storage; sorts compiled once per element shape (size, align).");
    println!("small:  one copy of machine code for every element type; elements unboxed.");
    println!("inline: the first few elements live inside the header (no allocation).");
    println!("thin:   a one-pointer header; length and capacity live in the allocation.");
    println!("boxed:  every element in its own Box<dyn Any>: the naive baseline.");
}
