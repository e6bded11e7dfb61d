//! A program written against std ports to sizespeed by changing its imports only.
//!
//! The program, `examples/port/program.rs`, is word statistics written as for std: the
//! entry API (`or_insert`, `and_modify`, matching `Entry::Occupied` / `Entry::Vacant`),
//! `Vec::drain`, set algebra (`union`, `intersection`, `difference`, and `|`, `&`, `-` on
//! references), `VecDeque::from(vec)`, `rotate_left` / `rotate_right`, and `vec![..]`.
//! It imports nothing itself. This file includes it twice:
//!
//! - in `ported`, under the imports from `sizespeed::auto`, which are the whole port;
//! - in `original`, under std's imports, as the program was before.
//!
//! `main` checks that both print the same, and prints it. `sizespeed::auto` names the fast
//! variants by default and the small ones with `--features prefer-size`, so the two builds
//! run the program on std, on `fast` and on `small`; CI checks that both builds print the
//! same text:
//!
//! ```text
//! cargo run --example port
//! cargo run --example port --features prefer-size
//! ```

/// The program on sizespeed: these imports are the only lines that differ from `original`.
mod ported {
    use sizespeed::auto::hash_map::Entry;
    use sizespeed::auto::{vec, Deque as VecDeque, Map as HashMap, Set as HashSet, Vec};

    include!("port/program.rs");
}

/// The program on std, as it was written.
mod original {
    use std::collections::hash_map::Entry;
    use std::collections::{HashMap, HashSet, VecDeque};

    include!("port/program.rs");
}

fn main() {
    let ported = ported::run();
    let original = original::run();
    assert_eq!(
        ported,
        original,
        "the program prints differently on {}",
        if sizespeed::auto::PREFERS_SIZE {
            "small"
        } else {
            "fast"
        }
    );
    print!("{ported}");
}
