//! # sizespeed: containers with a size-versus-speed dial
//!
//! Rust monomorphizes generic code: every `Vec<T>`, `HashMap<K, V>` and `slice::sort` is
//! compiled again for each element type. That is why Rust code is fast, and also why
//! binaries and build times grow with the number of types a program uses.
//!
//! `sizespeed` offers every common container in several *variants* behind one trait per
//! family, so that moving along the dial is a one-line change of a type alias:
//!
//! | variant | module | what it trades |
//! |---|---|---|
//! | **fast** | [`fast`] | the std type behind a zero-cost wrapper: fastest, one copy of code per element type |
//! | **medium** | [`medium`] | one copy of code per element *shape* (size and alignment): small's algorithms with constant-size moves; the sorts and a Vec with them |
//! | **small** | [`small`] | one copy of machine code for *all* element types, driven by a per-type static table; elements stay unboxed and contiguous |
//! | **inline** | [`inline`] | [`smallvec`] storage: the first few elements live inside the container |
//! | **thin** | [`thin`] | [`thin_vec`] storage: the container header is one pointer |
//! | **boxed** | [`boxed`] | the textbook `Vec<Box<dyn Any>>`, kept as a measured baseline |
//!
//! **"small" means small *code*.** It is not smallvec's `SmallVec`, which is about inline
//! *storage*; that one is our [`inline`] variant. The crate root deliberately has no
//! `SmallVec` name.
//!
//! ## Choosing with one line
//!
//! ```
//! use sizespeed::Stack;
//!
//! type Jobs = sizespeed::SmallStack<u32>; // or FastStack<u32>
//!
//! let mut jobs = Jobs::new();
//! jobs.push(7);
//! jobs.push(9);
//! assert_eq!(jobs.pop(), Some(9));
//! ```
//!
//! The [`auto`] module follows the `prefer-size` cargo feature: by default its names are
//! the fast variants, and with `prefer-size` they are the small ones. A program written
//! against `sizespeed::auto::*` is shrunk by flipping a feature, without touching code.
//! Each Vec variant module also has a `vec!` macro, so `use sizespeed::auto::{vec, Vec};`
//! keeps `vec![..]` literals building the chosen variant.
//!
//! ## Cargo features
//!
//! - `std` (default): implements `std::error::Error` for the error types and gives the
//!   hash-based families a default hasher, std's `RandomState` (`Map::new()`,
//!   `Set::new()`). Without it the crate is `no_std` and needs only `alloc`: maps and
//!   sets are then made with a hasher the user supplies (`with_hasher`, a `const fn`, or
//!   `with_capacity_and_hasher`), [`DefaultHashBuilder`] says why there is no default,
//!   and [`fast::Map`]/[`fast::Set`] are backed by the `hashbrown` crate (std's own
//!   `HashMap` is hashbrown too).
//! - `prefer-size`: makes [`auto`] name the small variants. The flag
//!   `--cfg sizespeed_prefer_size` (in `RUSTFLAGS`) does the same, for libraries: cargo
//!   features unify across the dependency graph, a flag is set by whoever builds.
//! - `serde`: serde's `Serialize` and `Deserialize` for every container of every variant
//!   (see [Serde](#serde) below). It works without `std` too.
//! - `shared-library`: for sizespeed built as a shared library (the `sizespeed-dylib`
//!   workspace member sets it): the core paths a static build inlines into each typed
//!   call site for speed (the hash table's lookup, removal and iteration step, the
//!   B-tree's iteration steps) stay out of line, in the library, so that binaries linking
//!   it carry less code.
//!
//! ## Families
//!
//! - [`Stack`] and [`Seq`]: the Vec family, in all six variants.
//! - [`Deque`]: the double-ended queue, as [`fast::Deque`] (`VecDeque`) and
//!   [`small::Deque`] (one ring-buffer core for every element type).
//! - [`Map`] and [`Set`]: hash maps and sets, as [`fast::Map`]/[`fast::Set`] (std's
//!   `HashMap`/`HashSet`) and [`small::Map`]/[`small::Set`] (one SwissTable-style core
//!   for every key and value type). Both take the same hasher parameter, std's
//!   `RandomState` by default (with `std`), and have std's API: the entry API, `drain`,
//!   `extract_if`, `get_disjoint_mut`, set algebra and its operators. Their modules
//!   ([`fast::map`], [`small::map`], ...) hold the entry and iterator types, and
//!   [`auto::hash_map`] / [`auto::hash_set`] name the chosen variant's, so
//!   `use std::collections::hash_map::Entry;` ports as
//!   `use sizespeed::auto::hash_map::Entry;`.
//! - [`OrderedMap`], [`OrderedSet`] and [`PriorityQueue`]: the ordered families, as
//!   [`fast::OrderedMap`]/[`fast::OrderedSet`]/[`fast::PriorityQueue`] (std's
//!   `BTreeMap`/`BTreeSet`/`BinaryHeap`, with their entry, range and `PeekMut` APIs in
//!   [`fast::btree_map`], [`fast::btree_set`] and [`fast::binary_heap`]) and
//!   [`small::PriorityQueue`] (a binary heap on the small Vec core, sifting in one copy
//!   of code for every element type).
//! - [`Sorter`]: sorting, searching, selection and dedup on slices, as std's algorithms
//!   ([`fast::sort()`], [`fast::Sort`]), as one copy of code for every element type
//!   ([`small::sort()`], [`small::Sort`]), which is still faster than C's `qsort`, or as
//!   one copy per element shape ([`medium::sort()`], [`medium::Sort`]).
//!
//! ## Parity with std
//!
//! [`parity`] is the table of every stable inherent method and trait impl of std's `Vec`,
//! `VecDeque`, `HashMap` (and its entry types) and `HashSet`, one column per variant (also
//! in `docs/PARITY.md`).
//! `cargo test` checks it against the std sources and compiles every ✓ it claims.
//!
//! ## Serde
//!
//! With the `serde` feature, each Vec and Deque variant is written and read as a sequence,
//! each Set as a sequence and each Map as a map: the format of the std type it replaces,
//! so data moves between std's containers and ours in either direction. Deserializing a
//! Map or Set makes its hasher with `S::default()`, as serde does for std's. A length that
//! the input announces is believed only up to a mebibyte's worth of elements before they
//! actually arrive, and when an element fails to deserialize, the elements read before it
//! are dropped and the error is returned.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use sizespeed::small;
//!
//! let mut scores = small::Map::<String, u32>::new();
//! scores.insert("ada".to_string(), 36);
//! let json = serde_json::to_string(&scores).unwrap();
//! assert_eq!(json, r#"{"ada":36}"#);
//!
//! // The text std's `HashMap` reads and writes.
//! let std_map: std::collections::HashMap<String, u32> = serde_json::from_str(&json).unwrap();
//! assert_eq!(std_map["ada"], 36);
//!
//! let v: small::Vec<u8> = serde_json::from_str("[1,2,3]").unwrap();
//! assert_eq!(v, [1, 2, 3]);
//! # }
//! ```
#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

extern crate alloc;

pub mod auto;
pub mod boxed;
mod contiguous;
mod error;
pub mod fast;
mod hasher;
pub mod inline;
pub mod medium;
#[doc = include_str!("../docs/PARITY.md")]
#[doc = include_str!("../docs/parity_fails.md")]
pub mod parity {}
mod ordered_traits;
mod raw;
#[cfg(feature = "serde")]
mod serde_impls;
pub mod small;
pub mod thin;
mod traits;

pub use error::TryReserveError;
pub use hasher::DefaultHashBuilder;
pub use ordered_traits::{OrderedMap, OrderedSet, PriorityQueue};
pub use traits::{Deque, Map, Seq, Set, Sorter, Stack};

/// The stack ADT on the fast variant: `std::vec::Vec` behind a zero-cost wrapper.
pub type FastStack<T> = fast::Vec<T>;
/// The stack ADT on the medium variant: small's storage, with sorts compiled once per
/// element shape.
pub type MediumStack<T> = medium::Vec<T>;
/// The stack ADT on the small variant: one copy of machine code for every element type.
pub type SmallStack<T> = small::Vec<T>;
