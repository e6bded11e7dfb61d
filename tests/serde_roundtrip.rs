//! The `serde` feature: every container of every variant writes the text the std type
//! writes, reads the text the std type reads, round-trips, trusts a format's length only
//! so far, and drops exactly once what it had built when an element fails midway.
//!
//! Run with `cargo test -p sizespeed --features serde --test serde_roundtrip`.
#![cfg(feature = "serde")]

mod common;

use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};
use std::fmt::Debug;
use std::hash::{BuildHasherDefault, Hasher};

use common::{Counter, LyingIter, Tracked};
use serde::de::value::{Error as ValueError, MapDeserializer, SeqDeserializer};
use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize};
use serde_test::{assert_de_tokens, assert_tokens, Token};
use sizespeed::{boxed, fast, inline, medium, small, thin};

/// The inline Vec at a capacity other than the default, so that spilling to the heap is
/// part of the round trip.
type Inline2<T> = inline::InlineVec<T, 2>;

/// The most bytes a deserializer may reserve on the word of a size hint (the crate's
/// limit), and the slack a container may add on top of what it was asked for (hash tables
/// round their capacity up).
const LIMIT_BYTES: usize = 1 << 20;

/// How many elements the larger round trips use: fewer under Miri, which is slow.
const MANY: u32 = if cfg!(miri) { 40 } else { 1000 };

/// Runs the macro `$run` once for every sequence container: each Vec variant (inline at
/// its default capacity and at two) and each Deque variant.
macro_rules! for_each_seq {
    ($run:ident) => {
        $run!(fast::Vec);
        $run!(small::Vec);
        $run!(medium::Vec);
        $run!(inline::Vec);
        $run!(Inline2);
        $run!(thin::Vec);
        $run!(boxed::Vec);
        $run!(fast::Deque);
        $run!(small::Deque);
    };
}

/// Runs the macro `$run` once for every hash container family member given.
macro_rules! for_each_hash {
    ($run:ident, $ty:ident) => {
        $run!(fast::$ty);
        $run!(small::$ty);
    };
}

// ---------------------------------------------------------------------------------------
// Same format as std

/// `C` built from `items` writes exactly the JSON that std's `Vec` and `VecDeque` write
/// (compact and pretty), std reads it back, and so does `C`.
fn check_seq<C, T>(items: &[T])
where
    C: Serialize + DeserializeOwned + FromIterator<T>,
    for<'a> &'a C: IntoIterator<Item = &'a T>,
    T: Serialize + DeserializeOwned + Clone + PartialEq + Debug,
{
    let name = std::any::type_name::<C>();
    let ours: C = items.iter().cloned().collect();
    let json = serde_json::to_string(&ours).unwrap();
    assert_eq!(
        json,
        serde_json::to_string(&items.to_vec()).unwrap(),
        "{name}"
    );
    assert_eq!(
        json,
        serde_json::to_string(&VecDeque::from(items.to_vec())).unwrap(),
        "{name}"
    );
    assert_eq!(
        serde_json::to_string_pretty(&ours).unwrap(),
        serde_json::to_string_pretty(&items.to_vec()).unwrap(),
        "{name}"
    );
    let back: C = serde_json::from_str(&json).unwrap();
    assert!((&back).into_iter().eq(items), "{name}: round trip");
    let std_back: Vec<T> = serde_json::from_str(&json).unwrap();
    assert_eq!(std_back, items, "{name}: std reads ours");
}

#[test]
fn sequences_write_and_read_what_std_does() {
    macro_rules! run {
        ($($c:ident)::+) => {
            check_seq::<$($c)::+<u32>, u32>(&[]);
            check_seq::<$($c)::+<u32>, u32>(&[1, 2, 3, 5, 8, 13, 21]);
            check_seq::<$($c)::+<i8>, i8>(&[-128, 0, 127]);
            check_seq::<$($c)::+<String>, String>(&["a".into(), "".into(), "\"q\"".into()]);
            check_seq::<$($c)::+<Vec<u8>>, Vec<u8>>(&[vec![], vec![1], vec![2, 3]]);
            check_seq::<$($c)::+<(u8, String)>, (u8, String)>(&[(1, "one".into())]);
            check_seq::<$($c)::+<Option<u64>>, Option<u64>>(&[None, Some(u64::MAX)]);
        };
    }
    for_each_seq!(run);
}

/// A zero-sized element: written like std writes it, read back in the right number.
#[test]
fn sequences_of_zero_sized_elements() {
    macro_rules! run {
        ($($c:ident)::+) => {
            check_seq::<$($c)::+<()>, ()>(&[]);
            check_seq::<$($c)::+<()>, ()>(&[(); 5]);
            check_seq::<$($c)::+<Unit>, Unit>(&[Unit; 3]);
            // A format that announces more zero-sized elements than memory could hold.
            let v = <$($c)::+<()>>::deserialize(lying_seq(vec![(); 3], usize::MAX)).unwrap();
            assert_eq!((&v).into_iter().count(), 3);
        };
    }
    for_each_seq!(run);
}

/// A deque whose elements wrap around the end of its buffer writes them in order.
#[test]
fn wrapped_deques_write_in_logical_order() {
    fn ops<D: sizespeed::Deque<u32>>(d: &mut D) {
        for i in 0..6 {
            d.push_back(i);
        }
        d.pop_front();
        d.pop_front();
        d.pop_front();
        for i in 6..9 {
            d.push_back(i);
        }
        d.push_front(100);
    }
    let mut std_deque = VecDeque::with_capacity(8);
    std_deque.extend(0..6);
    std_deque.drain(..3);
    std_deque.extend(6..9);
    std_deque.push_front(100);
    let expected = serde_json::to_string(&std_deque).unwrap();
    assert_eq!(expected, "[100,3,4,5,6,7,8]");

    let mut f = fast::Deque::with_capacity(8);
    ops(&mut f);
    assert_eq!(serde_json::to_string(&f).unwrap(), expected);
    let mut s = small::Deque::with_capacity(8);
    ops(&mut s);
    assert_eq!(serde_json::to_string(&s).unwrap(), expected);
    let back: small::Deque<u32> = serde_json::from_str(&expected).unwrap();
    assert_eq!(back, std_deque);
}

/// A set built from `items` writes a sequence holding each distinct element once, as
/// std's `HashSet` does (the order is the table's, as with std); a one-element set
/// writes exactly std's text; each side reads the other's.
fn check_set<C, T>(items: &[T])
where
    C: Serialize + DeserializeOwned + FromIterator<T>,
    for<'a> &'a C: IntoIterator<Item = &'a T>,
    T: Serialize + DeserializeOwned + Clone + Ord + std::hash::Hash + Debug,
{
    let name = std::any::type_name::<C>();
    let sorted = |it: &mut dyn Iterator<Item = T>| {
        let mut v: Vec<T> = it.collect();
        v.sort();
        v
    };
    let std_set: HashSet<T> = items.iter().cloned().collect();
    let expected = sorted(&mut std_set.iter().cloned());

    let ours: C = items.iter().cloned().collect();
    let json = serde_json::to_string(&ours).unwrap();
    let as_seq: Vec<T> = serde_json::from_str(&json).unwrap();
    assert_eq!(sorted(&mut as_seq.into_iter()), expected, "{name}: written");
    let std_back: HashSet<T> = serde_json::from_str(&json).unwrap();
    assert_eq!(std_back, std_set, "{name}: std reads ours");
    let back: C = serde_json::from_str(&serde_json::to_string(&std_set).unwrap()).unwrap();
    assert_eq!(
        sorted(&mut back.into_iter().cloned()),
        expected,
        "{name}: ours reads std's"
    );
    // Duplicates in the input collapse, as they do for std.
    let doubled: Vec<T> = items.iter().chain(items).cloned().collect();
    let back: C = serde_json::from_str(&serde_json::to_string(&doubled).unwrap()).unwrap();
    assert_eq!(
        sorted(&mut back.into_iter().cloned()),
        expected,
        "{name}: duplicates"
    );

    if let Some(one) = items.first() {
        let single: C = std::iter::once(one.clone()).collect();
        let std_single: HashSet<T> = std::iter::once(one.clone()).collect();
        assert_eq!(
            serde_json::to_string(&single).unwrap(),
            serde_json::to_string(&std_single).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn sets_write_and_read_what_std_does() {
    macro_rules! run {
        ($($c:ident)::+) => {
            check_set::<$($c)::+<u32>, u32>(&[]);
            check_set::<$($c)::+<u32>, u32>(&[5, 1, 9, 1, 300, 7]);
            check_set::<$($c)::+<String>, String>(&["x".into(), "y".into(), "x".into()]);
            check_set::<$($c)::+<()>, ()>(&[(), ()]);
            check_set::<$($c)::+<Unit>, Unit>(&[Unit]);
            let many: Vec<u32> = (0..MANY).map(|i| i * 7919 % 1009).collect();
            check_set::<$($c)::+<u32>, u32>(&many);
        };
    }
    for_each_hash!(run, Set);
}

/// A map built from `entries` writes a JSON object with std's entries (compared as a
/// `BTreeMap`, since the order is the table's); a one-entry map writes exactly std's text;
/// each side reads the other's; a later duplicate key wins, as with std.
fn check_map<C, K, V>(entries: &[(K, V)])
where
    C: Serialize + DeserializeOwned + FromIterator<(K, V)>,
    for<'a> &'a C: IntoIterator<Item = (&'a K, &'a V)>,
    K: Serialize + DeserializeOwned + Clone + Ord + std::hash::Hash + Debug,
    V: Serialize + DeserializeOwned + Clone + PartialEq + Debug,
{
    let name = std::any::type_name::<C>();
    let std_map: HashMap<K, V> = entries.iter().cloned().collect();
    let expected: BTreeMap<K, V> = entries.iter().cloned().collect();
    let contents =
        |c: &C| -> BTreeMap<K, V> { c.into_iter().map(|(k, v)| (k.clone(), v.clone())).collect() };

    let ours: C = entries.iter().cloned().collect();
    let json = serde_json::to_string(&ours).unwrap();
    let as_btree: BTreeMap<K, V> = serde_json::from_str(&json).unwrap();
    assert_eq!(as_btree, expected, "{name}: written");
    let std_back: HashMap<K, V> = serde_json::from_str(&json).unwrap();
    assert_eq!(std_back, std_map, "{name}: std reads ours");
    let back: C = serde_json::from_str(&serde_json::to_string(&std_map).unwrap()).unwrap();
    assert_eq!(contents(&back), expected, "{name}: ours reads std's");

    if let Some(one) = entries.first() {
        let single: C = std::iter::once(one.clone()).collect();
        let std_single: HashMap<K, V> = std::iter::once(one.clone()).collect();
        assert_eq!(
            serde_json::to_string(&single).unwrap(),
            serde_json::to_string(&std_single).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn maps_write_and_read_what_std_does() {
    macro_rules! run {
        ($($c:ident)::+) => {
            check_map::<$($c)::+<String, u32>, String, u32>(&[]);
            check_map::<$($c)::+<String, u32>, String, u32>(&[
                ("one".into(), 1),
                ("two".into(), 2),
                ("three".into(), 3),
            ]);
            // Integer keys travel as JSON strings, as std's do.
            check_map::<$($c)::+<u64, Vec<u8>>, u64, Vec<u8>>(&[(7, vec![1]), (u64::MAX, vec![])]);
            let many: Vec<(u32, String)> = (0..MANY / 2).map(|i| (i * 31, i.to_string())).collect();
            check_map::<$($c)::+<u32, String>, u32, String>(&many);

            // A key given twice: the later value wins, as with std.
            let text = r#"{"k":1,"j":2,"k":3}"#;
            let ours: $($c)::+<String, u32> = serde_json::from_str(text).unwrap();
            let std_map: HashMap<String, u32> = serde_json::from_str(text).unwrap();
            assert_eq!(ours.len(), 2);
            assert_eq!(ours.get("k"), std_map.get("k"));
            assert_eq!(ours.get("k"), Some(&3));

            // Zero-sized keys and values (not expressible as JSON keys: through tokens).
            let mut zst = <$($c)::+<(), ()>>::default();
            zst.insert((), ());
            assert_tokens(&zst, &[Token::Map { len: Some(1) }, Token::Unit, Token::Unit, Token::MapEnd]);
        };
    }
    for_each_hash!(run, Map);
}

/// A value of the wrong shape fails with the very message std's type gives.
#[test]
fn wrong_shapes_fail_like_std() {
    fn same_error<C: DeserializeOwned, S: DeserializeOwned>(text: &str) {
        let ours = serde_json::from_str::<C>(text).err().expect("must fail");
        let std = serde_json::from_str::<S>(text)
            .err()
            .expect("std must fail");
        assert_eq!(
            ours.to_string(),
            std.to_string(),
            "{}",
            std::any::type_name::<C>()
        );
    }
    macro_rules! run {
        ($($c:ident)::+) => {
            same_error::<$($c)::+<u32>, Vec<u32>>("5");
            same_error::<$($c)::+<u32>, Vec<u32>>(r#"{"a":1}"#);
            same_error::<$($c)::+<u32>, Vec<u32>>("[1,-2]");
            same_error::<$($c)::+<u32>, Vec<u32>>("[1,2");
        };
    }
    for_each_seq!(run);
    for text in ["5", "{}", "[1,\"x\"]"] {
        same_error::<fast::Set<u32>, HashSet<u32>>(text);
        same_error::<small::Set<u32>, HashSet<u32>>(text);
    }
    for text in ["[1]", r#"{"a":"b"}"#, r#"{"a":1"#] {
        same_error::<fast::Map<String, u32>, HashMap<String, u32>>(text);
        same_error::<small::Map<String, u32>, HashMap<String, u32>>(text);
    }
}

// ---------------------------------------------------------------------------------------
// Lengths, as a non-self-describing format sees them

/// Each sequence announces its length before its elements, and each map its entry count,
/// as std's do (what a length-prefixed binary format writes).
#[test]
fn tokens_carry_the_length() {
    macro_rules! run {
        ($($c:ident)::+) => {
            let v: $($c)::+<u32> = [1, 2, 3].into_iter().collect();
            assert_tokens(
                &v,
                &[Token::Seq { len: Some(3) }, Token::U32(1), Token::U32(2), Token::U32(3), Token::SeqEnd],
            );
            assert_tokens(&<$($c)::+<u32>>::new(), &[Token::Seq { len: Some(0) }, Token::SeqEnd]);
            // A length prefix far beyond what follows is only a hint.
            assert_de_tokens(&v, &[
                Token::Seq { len: Some(usize::MAX) }, Token::U32(1), Token::U32(2), Token::U32(3), Token::SeqEnd,
            ]);
            assert_de_tokens(&<$($c)::+<u64>>::new(), &[Token::Seq { len: None }, Token::SeqEnd]);
        };
    }
    for_each_seq!(run);

    macro_rules! run_hash {
        ($($c:ident)::+) => {
            let set: $($c)::+::Set<u32> = [4].into_iter().collect();
            assert_tokens(&set, &[Token::Seq { len: Some(1) }, Token::U32(4), Token::SeqEnd]);
            assert_de_tokens(&set, &[Token::Seq { len: Some(usize::MAX) }, Token::U32(4), Token::SeqEnd]);
            let map: $($c)::+::Map<String, u8> = [("k".to_string(), 9)].into_iter().collect();
            assert_tokens(&map, &[Token::Map { len: Some(1) }, Token::Str("k"), Token::U8(9), Token::MapEnd]);
            assert_de_tokens(&map, &[
                Token::Map { len: Some(usize::MAX) }, Token::Str("k"), Token::U8(9), Token::MapEnd,
            ]);
        };
    }
    run_hash!(fast);
    run_hash!(small);
}

/// A deserializer over `items` whose size hint claims `claimed` elements.
fn lying_seq<T>(
    items: Vec<T>,
    claimed: usize,
) -> SeqDeserializer<LyingIter<std::vec::IntoIter<T>>, ValueError> {
    SeqDeserializer::new(LyingIter {
        inner: items.into_iter(),
        claimed: (claimed, Some(claimed)),
    })
}

/// `C` (of `u64`s, or of `u64` pairs for a map) believes a size hint only up to the
/// crate's limit, but does use a modest one.
fn check_hint<C>(
    items: Vec<u64>,
    read: impl Fn(Vec<u64>, usize) -> C,
    capacity: impl Fn(&C) -> usize,
    elem: usize,
) {
    let name = std::any::type_name::<C>();
    let limit = LIMIT_BYTES / elem;
    for claimed in [usize::MAX, usize::MAX / 2, 1 << 20] {
        let c = read(items.clone(), claimed);
        assert!(
            capacity(&c) <= 2 * limit,
            "{name}: reserved {} for a claim of {claimed}",
            capacity(&c)
        );
    }
    let c = read(items.clone(), 100);
    assert!(capacity(&c) >= 100, "{name}: the hint of 100 was not used");
}

#[test]
fn size_hints_are_trusted_only_so_far() {
    macro_rules! run {
        ($($c:ident)::+) => {
            check_hint(
                vec![1, 2],
                |items, claimed| <$($c)::+<u64>>::deserialize(lying_seq(items, claimed)).unwrap(),
                |c| c.capacity(),
                8,
            );
        };
    }
    for_each_seq!(run);

    macro_rules! run_hash {
        ($($c:ident)::+) => {
            check_hint(
                vec![1, 2],
                |items, claimed| <$($c)::+::Set<u64>>::deserialize(lying_seq(items, claimed)).unwrap(),
                |c| c.capacity(),
                8,
            );
            check_hint(
                vec![1, 2],
                |items, claimed| {
                    let entries = LyingIter {
                        inner: items.into_iter().map(|k| (k, k)),
                        claimed: (claimed, Some(claimed)),
                    };
                    <$($c)::+::Map<u64, u64>>::deserialize(MapDeserializer::<_, ValueError>::new(entries)).unwrap()
                },
                |c| c.capacity(),
                16,
            );
        };
    }
    run_hash!(fast);
    run_hash!(small);
}

// ---------------------------------------------------------------------------------------
// An element that fails midway

thread_local! {
    /// Counts the `Counted` elements this test thread deserialized and dropped.
    static COUNTER: Counter = Counter::new();
}

/// The value that makes `Counted`'s deserializer fail.
const POISON: u64 = 99;

/// A `u64` whose instances are counted (and whose double drop panics); deserializing
/// `POISON` fails.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Counted(Tracked);

impl<'de> Deserialize<'de> for Counted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match u64::deserialize(deserializer)? {
            POISON => Err(D::Error::custom("poisoned element")),
            value => Ok(Counted(COUNTER.with(|c| c.elem(value)))),
        }
    }
}

/// Reading `text` as `C` fails on the poisoned element after `made` elements were built,
/// and each of them has been dropped exactly once when the error comes back.
fn check_midway<C: DeserializeOwned>(text: &str, made: usize) {
    check_midway_with::<C>(text, made, "poisoned element");
}

/// As [`check_midway`], for a failure whose message contains `message`.
fn check_midway_with<C: DeserializeOwned>(text: &str, made: usize, message: &str) {
    let name = std::any::type_name::<C>();
    let counter = COUNTER.with(Counter::clone);
    let before = counter.made();
    let err = serde_json::from_str::<C>(text).err().expect("must fail");
    assert!(err.to_string().contains(message), "{name}: {err}");
    assert_eq!(
        counter.made() - before,
        made,
        "{name}: elements built before the failure"
    );
    assert_eq!(counter.live(), 0, "{name}: elements left undropped");
}

/// Reading `text` as `C` succeeds with `count` elements, all dropped with the container.
fn check_counted_ok<C: DeserializeOwned>(text: &str, count: usize, len: impl Fn(&C) -> usize) {
    let counter = COUNTER.with(Counter::clone);
    let c: C = serde_json::from_str(text).unwrap();
    assert_eq!(len(&c), count);
    drop(c);
    assert_eq!(counter.live(), 0, "{}", std::any::type_name::<C>());
}

#[test]
fn a_failing_element_drops_the_built_ones_exactly_once() {
    // Forty elements before the failure, so the container has grown several times.
    let long: String = (0..40).map(|i| format!("{i},")).collect();
    let long = format!("[{long}{POISON},1]");
    macro_rules! run {
        ($($c:ident)::+) => {
            check_midway::<$($c)::+<Counted>>(&format!("[{POISON}]"), 0);
            check_midway::<$($c)::+<Counted>>(&format!("[1,2,3,{POISON},5]"), 3);
            check_midway::<$($c)::+<Counted>>(&long, 40);
            check_midway_with::<$($c)::+<Counted>>("[1,2,\"x\"]", 2, "invalid type");
            check_midway_with::<$($c)::+<Counted>>("[1,2", 2, "EOF");
            check_counted_ok::<$($c)::+<Counted>>("[1,2,3]", 3, |c| c.len());
        };
    }
    for_each_seq!(run);

    macro_rules! run_hash {
        ($($c:ident)::+) => {
            // Sets: the duplicate `1` is built, then dropped by the insert.
            check_midway::<$($c)::+::Set<Counted>>(&format!("[1,2,1,{POISON},4]"), 3);
            check_midway::<$($c)::+::Set<Counted>>(&long, 40);
            check_counted_ok::<$($c)::+::Set<Counted>>("[1,2,1]", 2, |c| c.len());
            // Maps: a failing value after its key (the key is dropped too), a failing key,
            // and a replaced value.
            check_midway::<$($c)::+::Map<Counted, Counted>>(&format!(r#"{{"1":1,"2":2,"3":{POISON}}}"#), 5);
            check_midway::<$($c)::+::Map<Counted, Counted>>(&format!(r#"{{"1":1,"{POISON}":2}}"#), 2);
            check_midway::<$($c)::+::Map<Counted, Counted>>(&format!(r#"{{"1":1,"1":2,"5":{POISON}}}"#), 5);
            check_counted_ok::<$($c)::+::Map<Counted, Counted>>(r#"{"1":1,"1":2,"3":3}"#, 2, |c| c.len());
        };
    }
    run_hash!(fast);
    run_hash!(small);
}

// ---------------------------------------------------------------------------------------
// Ordered maps and sets, and the priority queue

/// Runs the macro `$run` once for each variant of an ordered or priority container.
macro_rules! for_each_ordered {
    ($run:ident, $ty:ident) => {
        $run!(fast::$ty);
        $run!(small::$ty);
    };
}

/// An ordered map built from `entries` writes exactly the JSON std's `BTreeMap` writes
/// (the order is the keys'), each side reads the other's, and a later duplicate key wins.
fn check_ordered_map<C, K, V>(entries: &[(K, V)])
where
    C: Serialize + DeserializeOwned + FromIterator<(K, V)>,
    for<'a> &'a C: IntoIterator<Item = (&'a K, &'a V)>,
    K: Serialize + DeserializeOwned + Clone + Ord + Debug,
    V: Serialize + DeserializeOwned + Clone + PartialEq + Debug,
{
    let name = std::any::type_name::<C>();
    let std_map: BTreeMap<K, V> = entries.iter().cloned().collect();
    let contents =
        |c: &C| -> Vec<(K, V)> { c.into_iter().map(|(k, v)| (k.clone(), v.clone())).collect() };
    let expected: Vec<(K, V)> = std_map.clone().into_iter().collect();

    let ours: C = entries.iter().cloned().collect();
    let json = serde_json::to_string(&ours).unwrap();
    assert_eq!(
        json,
        serde_json::to_string(&std_map).unwrap(),
        "{name}: written"
    );
    let pretty = serde_json::to_string_pretty(&ours).unwrap();
    assert_eq!(
        pretty,
        serde_json::to_string_pretty(&std_map).unwrap(),
        "{name}"
    );
    let std_back: BTreeMap<K, V> = serde_json::from_str(&json).unwrap();
    assert_eq!(std_back, std_map, "{name}: std reads ours");
    let back: C = serde_json::from_str(&serde_json::to_string(&std_map).unwrap()).unwrap();
    assert_eq!(contents(&back), expected, "{name}: ours reads std's");
}

/// As [`check_ordered_map`], for ordered sets against `BTreeSet`; duplicates collapse.
fn check_ordered_set<C, T>(items: &[T])
where
    C: Serialize + DeserializeOwned + FromIterator<T>,
    for<'a> &'a C: IntoIterator<Item = &'a T>,
    T: Serialize + DeserializeOwned + Clone + Ord + Debug,
{
    let name = std::any::type_name::<C>();
    let std_set: BTreeSet<T> = items.iter().cloned().collect();
    let expected: Vec<T> = std_set.iter().cloned().collect();
    let contents = |c: &C| -> Vec<T> { c.into_iter().cloned().collect() };

    let ours: C = items.iter().cloned().collect();
    let json = serde_json::to_string(&ours).unwrap();
    assert_eq!(
        json,
        serde_json::to_string(&std_set).unwrap(),
        "{name}: written"
    );
    let std_back: BTreeSet<T> = serde_json::from_str(&json).unwrap();
    assert_eq!(std_back, std_set, "{name}: std reads ours");
    let back: C = serde_json::from_str(&serde_json::to_string(&std_set).unwrap()).unwrap();
    assert_eq!(contents(&back), expected, "{name}: ours reads std's");
    let doubled: Vec<T> = items.iter().chain(items).cloned().collect();
    let back: C = serde_json::from_str(&serde_json::to_string(&doubled).unwrap()).unwrap();
    assert_eq!(contents(&back), expected, "{name}: duplicates");
}

#[test]
fn ordered_maps_and_sets_write_and_read_what_std_does() {
    macro_rules! run_map {
        ($($c:ident)::+) => {
            check_ordered_map::<$($c)::+<String, u32>, String, u32>(&[]);
            check_ordered_map::<$($c)::+<String, u32>, String, u32>(&[
                ("one".into(), 1),
                ("two".into(), 2),
                ("three".into(), 3),
                ("one".into(), 4),
            ]);
            check_ordered_map::<$($c)::+<u64, Vec<u8>>, u64, Vec<u8>>(&[(7, vec![1]), (u64::MAX, vec![])]);
            let many: Vec<(u32, String)> = (0..MANY).map(|i| (i * 7919 % 1009, i.to_string())).collect();
            check_ordered_map::<$($c)::+<u32, String>, u32, String>(&many);
            let mut zst = <$($c)::+<(), ()>>::default();
            zst.insert((), ());
            assert_tokens(&zst, &[Token::Map { len: Some(1) }, Token::Unit, Token::Unit, Token::MapEnd]);
        };
    }
    for_each_ordered!(run_map, OrderedMap);
    macro_rules! run_set {
        ($($c:ident)::+) => {
            check_ordered_set::<$($c)::+<u32>, u32>(&[]);
            check_ordered_set::<$($c)::+<u32>, u32>(&[5, 1, 9, 1, 300, 7]);
            check_ordered_set::<$($c)::+<String>, String>(&["y".into(), "x".into(), "y".into()]);
            check_ordered_set::<$($c)::+<()>, ()>(&[(), ()]);
            let many: Vec<u32> = (0..MANY).map(|i| i * 7919 % 1009).collect();
            check_ordered_set::<$($c)::+<u32>, u32>(&many);
        };
    }
    for_each_ordered!(run_set, OrderedSet);
}

/// A priority queue writes its elements as a sequence, in its internal order as std's
/// `BinaryHeap` does; std's reads it back as the same multiset, and the queue reads std's
/// text into a valid heap that pops in std's order.
fn check_heap<C, T>(items: &[T])
where
    C: Serialize + DeserializeOwned + FromIterator<T>,
    for<'a> &'a C: IntoIterator<Item = &'a T>,
    T: Serialize + DeserializeOwned + Clone + Ord + Debug,
{
    let name = std::any::type_name::<C>();
    let mut expected = items.to_vec();
    expected.sort();
    let std_heap: BinaryHeap<T> = items.iter().cloned().collect();

    let ours: C = items.iter().cloned().collect();
    let json = serde_json::to_string(&ours).unwrap();
    let as_seq: Vec<T> = serde_json::from_str(&json).unwrap();
    let mut sorted = as_seq.clone();
    sorted.sort();
    assert_eq!(sorted, expected, "{name}: written");
    let std_back: BinaryHeap<T> = serde_json::from_str(&json).unwrap();
    assert_eq!(
        std_back.into_sorted_vec(),
        expected,
        "{name}: std reads ours"
    );
    let back: C = serde_json::from_str(&serde_json::to_string(&std_heap).unwrap()).unwrap();
    // The same multiset comes back (the caller checks that what ours reads pops in order).
    let again: BinaryHeap<T> =
        serde_json::from_str(&serde_json::to_string(&back).unwrap()).unwrap();
    assert_eq!(
        again.into_sorted_vec(),
        expected,
        "{name}: ours reads std's"
    );
}

#[test]
fn priority_queues_write_and_read_what_std_does() {
    macro_rules! run {
        ($($c:ident)::+) => {
            check_heap::<$($c)::+<u32>, u32>(&[]);
            check_heap::<$($c)::+<u32>, u32>(&[5, 1, 9, 1, 300, 7]);
            check_heap::<$($c)::+<String>, String>(&["y".into(), "x".into(), "y".into()]);
            let many: Vec<u32> = (0..MANY).map(|i| i * 7919 % 1009).collect();
            check_heap::<$($c)::+<u32>, u32>(&many);
            // A one-element queue writes exactly std's text.
            let one: $($c)::+<u32> = std::iter::once(3).collect();
            assert_eq!(serde_json::to_string(&one).unwrap(), "[3]");
            // What ours reads is a heap: it pops in descending order.
            let mut read: $($c)::+<u32> = serde_json::from_str("[1,9,4,7,4]").unwrap();
            let mut popped = Vec::new();
            while let Some(x) = read.pop() {
                popped.push(x);
            }
            assert_eq!(popped, [9, 7, 4, 4, 1]);
        };
    }
    for_each_ordered!(run, PriorityQueue);
}

#[test]
fn ordered_and_priority_failures_drop_the_built_ones_exactly_once() {
    let long: String = (0..40).map(|i| format!("{i},")).collect();
    let long = format!("[{long}{POISON},1]");
    macro_rules! run {
        ($($c:ident)::+) => {
            check_midway::<$($c)::+::OrderedSet<Counted>>(&format!("[1,2,1,{POISON},4]"), 3);
            check_midway::<$($c)::+::OrderedSet<Counted>>(&long, 40);
            check_counted_ok::<$($c)::+::OrderedSet<Counted>>("[1,2,1]", 2, |c| c.len());
            check_midway::<$($c)::+::OrderedMap<Counted, Counted>>(&format!(r#"{{"1":1,"2":2,"3":{POISON}}}"#), 5);
            check_midway::<$($c)::+::OrderedMap<Counted, Counted>>(&format!(r#"{{"1":1,"{POISON}":2}}"#), 2);
            check_midway::<$($c)::+::OrderedMap<Counted, Counted>>(&format!(r#"{{"1":1,"1":2,"5":{POISON}}}"#), 5);
            check_counted_ok::<$($c)::+::OrderedMap<Counted, Counted>>(r#"{"1":1,"1":2,"3":3}"#, 2, |c| c.len());
            check_midway::<$($c)::+::PriorityQueue<Counted>>(&format!("[1,2,3,{POISON},5]"), 3);
            check_midway::<$($c)::+::PriorityQueue<Counted>>(&long, 40);
            check_counted_ok::<$($c)::+::PriorityQueue<Counted>>("[1,2,1]", 3, |c| c.len());
        };
    }
    run!(fast);
    run!(small);
}

// ---------------------------------------------------------------------------------------
// A custom hasher

/// FNV-1a, a deterministic hasher, so that std's and fast's tables iterate alike.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        if self.0 == 0 {
            self.0 = 0xcbf2_9ce4_8422_2325;
        }
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

#[test]
fn maps_and_sets_with_a_custom_hasher() {
    let words = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen"];

    // fast holds std's table, so with one deterministic hasher and the same inserts it
    // writes std's very text, order included.
    let mut std_map: HashMap<String, usize, FnvBuild> = HashMap::default();
    let mut fast_map: fast::Map<String, usize, FnvBuild> = fast::Map::default();
    let mut small_map: small::Map<String, usize, FnvBuild> = small::Map::default();
    for (i, w) in words.iter().enumerate() {
        std_map.insert(w.to_string(), i);
        fast_map.insert(w.to_string(), i);
        small_map.insert(w.to_string(), i);
    }
    let std_json = serde_json::to_string(&std_map).unwrap();
    assert_eq!(serde_json::to_string(&fast_map).unwrap(), std_json);
    let small_json = serde_json::to_string(&small_map).unwrap();
    let written: BTreeMap<String, usize> = serde_json::from_str(&small_json).unwrap();
    assert_eq!(
        written,
        std_map.iter().map(|(k, v)| (k.clone(), *v)).collect()
    );

    // Read back: the hasher is made with `Default` and the lookups work.
    let fast_back: fast::Map<String, usize, FnvBuild> = serde_json::from_str(&std_json).unwrap();
    let small_back: small::Map<String, usize, FnvBuild> = serde_json::from_str(&std_json).unwrap();
    for (i, w) in words.iter().enumerate() {
        assert_eq!(fast_back.get(*w), Some(&i));
        assert_eq!(small_back.get(*w), Some(&i));
    }
    assert_eq!(fast_back, fast_map);
    assert_eq!(small_back, small_map);

    let std_set: HashSet<&str, FnvBuild> = words.iter().copied().collect();
    let fast_set: fast::Set<&str, FnvBuild> = words.iter().copied().collect();
    assert_eq!(
        serde_json::to_string(&fast_set).unwrap(),
        serde_json::to_string(&std_set).unwrap()
    );
    let text = serde_json::to_string(&std_set).unwrap();
    let small_set: small::Set<String, FnvBuild> = serde_json::from_str(&text).unwrap();
    assert_eq!(small_set.len(), words.len());
    assert!(words.iter().all(|w| small_set.contains(*w)));
}

// ---------------------------------------------------------------------------------------
// The crate docs' example, kept in step with it

#[test]
fn crate_docs_example() {
    let mut scores = small::Map::<String, u32>::new();
    scores.insert("ada".to_string(), 36);
    let json = serde_json::to_string(&scores).unwrap();
    assert_eq!(json, r#"{"ada":36}"#);
    let std_map: HashMap<String, u32> = serde_json::from_str(&json).unwrap();
    assert_eq!(std_map["ada"], 36);
    let v: small::Vec<u8> = serde_json::from_str("[1,2,3]").unwrap();
    assert_eq!(v, [1, 2, 3]);
}

/// A zero-sized element with serde impls of its own (`()` is the other one used).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Unit;

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit_struct("Unit")
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        <()>::deserialize(deserializer).map(|()| Unit)
    }
}
