//! Attributing a demangled function name to a container family and an element type.
//!
//! The names are v0-mangled names demangled without their hash (the advisor builds with
//! `-C symbol-mangling-version=v0`, which keeps the generic arguments in the symbol), for
//! example `<alloc::raw_vec::RawVec<u32>>::grow_one` or
//! `core::slice::sort::stable::driftsort_main::<(alloc::string::String, u64), ...>`.

/// A container family the advisor reports on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// `Vec`, `RawVec`, their iterators, and drop glue of `Vec<T>` and `[T]`.
    Vec,
    /// `VecDeque`.
    VecDeque,
    /// `HashMap` and hashbrown tables with a value.
    HashMap,
    /// `HashSet` and hashbrown tables whose value is `()`.
    HashSet,
    /// `BTreeMap` and `BTreeSet`.
    BTree,
    /// `BinaryHeap`.
    BinaryHeap,
    /// The slice sorts, selection and binary search.
    Sort,
    /// sizespeed's own small variants and raw cores: code already shared.
    SizespeedSmall,
}

impl Family {
    /// Every family, in report order.
    pub const ALL: [Family; 8] = [
        Family::Vec,
        Family::VecDeque,
        Family::HashMap,
        Family::HashSet,
        Family::BTree,
        Family::BinaryHeap,
        Family::Sort,
        Family::SizespeedSmall,
    ];

    /// The family's name in the reports.
    pub fn name(self) -> &'static str {
        match self {
            Family::Vec => "Vec",
            Family::VecDeque => "VecDeque",
            Family::HashMap => "HashMap",
            Family::HashSet => "HashSet",
            Family::BTree => "BTreeMap/BTreeSet",
            Family::BinaryHeap => "BinaryHeap",
            Family::Sort => "slice sort/search",
            Family::SizespeedSmall => "sizespeed small (shared)",
        }
    }

    /// The name of the size report of the family's measured costs (`<name>-sizes.csv`),
    /// for an element type that owns heap data or not.
    pub fn report(self, plain: bool) -> Option<&'static str> {
        match self {
            Family::Vec => Some("vec"),
            Family::VecDeque => Some("deque"),
            Family::HashMap => Some("map"),
            Family::HashSet => Some("set"),
            Family::Sort if plain => Some("sort_plain"),
            Family::Sort => Some("sort"),
            _ => None,
        }
    }
}

/// Where a function came from: one of the family's own functions, or its drop glue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The family.
    pub family: Family,
    /// The element type, shortened (`u32`, `u64, String`), or `(shared)` for code that
    /// does not depend on the element type.
    pub element: String,
    /// Drop glue (`core::ptr::drop_in_place`).
    pub drop: bool,
}

/// What the element column says of code shared by all element types of a family.
pub const SHARED: &str = "(shared)";

/// Module paths and the family their items belong to. Order matters: the first match
/// wins.
const PREFIXES: &[(&str, Family)] = &[
    ("alloc::vec::", Family::Vec),
    ("alloc::raw_vec::", Family::Vec),
    ("alloc::collections::vec_deque::", Family::VecDeque),
    ("std::collections::hash::map::", Family::HashMap),
    ("std::collections::hash::set::", Family::HashSet),
    ("hashbrown::set::", Family::HashSet),
    ("hashbrown::", Family::HashMap),
    ("alloc::collections::btree::", Family::BTree),
    ("alloc::collections::binary_heap::", Family::BinaryHeap),
    ("core::slice::sort::", Family::Sort),
    ("core::slice::select::", Family::Sort),
    ("alloc::slice::stable_sort", Family::Sort),
    ("sizespeed::fast::vec", Family::Vec),
    ("sizespeed::fast::deque", Family::VecDeque),
    ("sizespeed::fast::map", Family::HashMap),
    ("sizespeed::fast::set", Family::HashSet),
    ("sizespeed::fast::sort", Family::Sort),
    ("sizespeed::fast::", Family::Vec),
    ("sizespeed::small::", Family::SizespeedSmall),
    ("sizespeed::raw::", Family::SizespeedSmall),
];

/// Slice methods that belong to the sort family.
const SLICE_SORT_METHODS: &[&str] = &[
    "sort",
    "binary_search",
    "select_nth_unstable",
    "partition_point",
    "is_sorted",
];

/// Generic arguments that never name an element: allocators, hashers, lifetimes, the
/// zero-sized value of a B-tree set.
fn is_noise(arg: &str) -> bool {
    let a = arg.trim();
    a.starts_with('\'')
        || a == "_"
        || matches!(
            a,
            "alloc::alloc::Global"
                | "std::alloc::System"
                | "std::hash::random::RandomState"
                | "alloc::collections::btree::set_val::SetValZST"
                | "hashbrown::DefaultHashBuilder"
        )
        || a.starts_with("alloc::collections::btree::node::marker::")
        || a.starts_with("core::hash::BuildHasherDefault<")
        || a.starts_with("sizespeed::hasher::")
        || a == "false"
        || a == "true"
        || a.starts_with(|c: char| c.is_ascii_digit() || c == '{' || c == '-')
}

/// Removes the crate disambiguators cargo-llvm-lines leaves in v0 names
/// (`core[c1f1a4ba060b9bfa]::slice` becomes `core::slice`).
pub fn strip_disambiguators(name: &str) -> String {
    let b = name.as_bytes();
    let mut out = String::with_capacity(name.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'['
            && i > 0
            && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')
            && b.len() >= i + 18
            && b[i + 17] == b']'
            && b[i + 1..i + 17].iter().all(u8::is_ascii_hexdigit)
        {
            i += 18;
            continue;
        }
        let ch = name[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// The index just past the bracket that closes the one opening at `open` (`<`, `(` or
/// `[`), counting all three kinds and skipping the `>` of `->`.
fn close(s: &str, open: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut depth = 0i32;
    let mut i = open;
    while i < b.len() {
        match b[i] {
            b'<' | b'(' | b'[' => depth += 1,
            b'>' if i > 0 && b[i - 1] == b'-' => {}
            b'>' | b')' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Splits a comma-separated argument list at its top level.
pub fn split_args(s: &str) -> Vec<&str> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'<' | b'(' | b'[' => depth += 1,
            b'>' if i > 0 && b[i - 1] == b'-' => {}
            b'>' | b')' | b']' => depth -= 1,
            b',' if depth == 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    let last = s[start..].trim();
    if !last.is_empty() {
        out.push(last);
    }
    out
}

/// The generic arguments of the first generic path segment of `ty`
/// (`alloc::vec::Vec<u32>` gives `["u32"]`), noise removed.
fn first_args(ty: &str) -> Vec<&str> {
    let Some(open) = ty.find('<') else {
        return Vec::new();
    };
    let Some(end) = close(ty, open) else {
        return Vec::new();
    };
    split_args(&ty[open + 1..end - 1])
        .into_iter()
        .filter(|a| !is_noise(a))
        .collect()
}

/// Shortens every path in a type to its last segment:
/// `(alloc::string::String, u64)` becomes `(String, u64)`. Integer constants lose their
/// type suffix (`[char; 5usize]` becomes `[char; 5]`), which some demanglings print and
/// others do not.
pub fn shorten(ty: &str) -> String {
    fn flush(out: &mut String, word: &mut String) {
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            let digits = word.trim_end_matches(|c: char| !c.is_ascii_digit()).len();
            word.truncate(digits);
        }
        out.push_str(word);
        word.clear();
    }
    let mut out = String::with_capacity(ty.len());
    let mut word = String::new();
    let mut chars = ty.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            word.clear();
        } else {
            flush(&mut out, &mut word);
            out.push(c);
        }
    }
    flush(&mut out, &mut word);
    out
}

fn element_of(args: &[&str]) -> String {
    if args.is_empty() {
        SHARED.to_string()
    } else {
        shorten(&args.join(", "))
    }
}

/// The family and element of a *type* (not a function), when it is a container or one
/// of a container's helper types.
fn type_family(ty: &str) -> Option<(Family, String)> {
    family_of(ty, false)
}

/// [`type_family`], or for `free_fn`, the family of a free function's path and
/// generic arguments.
fn family_of(ty: &str, free_fn: bool) -> Option<(Family, String)> {
    let ty = ty.trim();
    // `[T]`: the slice a `Vec<T>` drops.
    if let Some(inner) = ty.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
        if !inner.contains(';') {
            return Some((Family::Vec, shorten(inner)));
        }
        return None;
    }
    let path_end = ty.find('<').unwrap_or(ty.len());
    let path = &ty[..path_end];
    let &(mut family) = PREFIXES
        .iter()
        .find(|(p, _)| path.starts_with(p))
        .map(|(_, f)| f)?;
    let mut args = first_args(ty);
    if family == Family::Vec && path.starts_with("alloc::raw_vec::RawVecInner") {
        args.clear();
    }
    if path.starts_with("hashbrown::") && path.contains("scopeguard") {
        args.clear();
    }
    if free_fn && path.starts_with("hashbrown::") {
        // Free functions: `make_hasher::<K, V, S>`, `equivalent_key::<Q, K, V>`; the
        // others (`make_hash::<Q, S>`, `equivalent::<Q, K>`) say nothing of the table.
        let last = path.rsplit("::").nth(1).unwrap_or("");
        let fn_name = if path.ends_with("::") {
            last
        } else {
            path.rsplit("::").next().unwrap_or("")
        };
        args = match fn_name {
            "make_hasher" => args.into_iter().take(2).collect(),
            "equivalent_key" => args.into_iter().skip(1).take(2).collect(),
            _ => Vec::new(),
        };
    }
    if path.starts_with("hashbrown::") {
        // hashbrown's `HashMap<K, (), S>` is std's `HashSet<K>`; its tables hold
        // `(K, V)` tuples, `(K, ())` for a set.
        if let [one] = args[..] {
            if let Some(inner) = one.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
                let parts = split_args(inner);
                if parts.len() == 2 {
                    args = parts;
                }
            }
        }
        if args.len() == 2 && args[1] == "()" {
            family = Family::HashSet;
            args.truncate(1);
        }
        if path.starts_with("hashbrown::set::") {
            family = Family::HashSet;
        }
    }
    if family == Family::BTree {
        // Node handles nest: `Handle<NodeRef<Mut, K, V, Leaf>, KV>`.
        while let Some(first) = args.first().copied() {
            if first.starts_with("alloc::collections::btree::") && first.contains('<') {
                let mut inner = first_args(first);
                inner.extend(args.drain(1..));
                args = inner;
            } else {
                break;
            }
        }
        args.retain(|a| !a.starts_with("alloc::collections::btree::node::marker"));
        args.truncate(2);
    }
    if family == Family::HashMap || family == Family::HashSet {
        args.truncate(if family == Family::HashMap { 2 } else { 1 });
    }
    if matches!(family, Family::Vec | Family::VecDeque | Family::BinaryHeap) {
        args.truncate(1);
    }
    Some((family, element_of(&args)))
}

/// Attributes a demangled function name (v0, without hash) to a family and element type.
/// `None` for everything else: the program's own code, std's non-container code, other
/// libraries.
pub fn classify(name: &str) -> Option<Attribution> {
    let name = name.trim();
    if let Some(rest) = name.strip_prefix("core::ptr::drop_in_place::<") {
        let inner = rest.strip_suffix('>')?;
        let (family, element) = type_family(inner)?;
        return Some(Attribution {
            family,
            element,
            drop: true,
        });
    }
    if name.starts_with('<') {
        let end = close(name, 0)?;
        let qualified = &name[1..end - 1];
        let (self_ty, trait_path) = match split_as(qualified) {
            Some((s, t)) => (s, Some(t)),
            None => (qualified, None),
        };
        let method = name[end..].trim_start_matches("::");
        if let Some(inner) = self_ty
            .trim_start_matches('&')
            .trim_start_matches("mut ")
            .strip_prefix('[')
            .and_then(|t| t.strip_suffix(']'))
        {
            if !inner.contains(';')
                && trait_path.is_none()
                && SLICE_SORT_METHODS.iter().any(|m| method.starts_with(m))
            {
                return Some(Attribution {
                    family: Family::Sort,
                    element: shorten(inner),
                    drop: false,
                });
            }
            trait_path?;
        }
        if !self_ty.starts_with('[') {
            if let Some((family, element)) = type_family(self_ty) {
                return Some(Attribution {
                    family,
                    element,
                    drop: false,
                });
            }
        }
        // `<u32 as core::slice::sort::...::StableSmallSortTypeImpl>::small_sort`.
        if let Some(t) = trait_path {
            if t.starts_with("core::slice::sort::") {
                return Some(Attribution {
                    family: Family::Sort,
                    element: shorten(self_ty),
                    drop: false,
                });
            }
        }
        return None;
    }
    // A free function: `core::slice::sort::stable::driftsort_main::<T, F, B>`.
    let path_end = name.find('<').unwrap_or(name.len());
    let path = &name[..path_end];
    let &(_, family) = PREFIXES.iter().find(|(p, _)| path.starts_with(p))?;
    let args = first_args(name);
    let (family, element) = if family == Family::Sort || family == Family::SizespeedSmall {
        (family, element_of(&args[..args.len().min(1)]))
    } else {
        family_of(name, true).unwrap_or((family, SHARED.into()))
    };
    Some(Attribution {
        family,
        element,
        drop: false,
    })
}

/// Splits `Self as Trait` at its top-level ` as `.
fn split_as(q: &str) -> Option<(&str, &str)> {
    let b = q.as_bytes();
    let mut depth = 0i32;
    for i in 0..b.len() {
        match b[i] {
            b'<' | b'(' | b'[' => depth += 1,
            b'>' if i > 0 && b[i - 1] == b'-' => {}
            b'>' | b')' | b']' => depth -= 1,
            b' ' if depth == 0 && q[i..].starts_with(" as ") => {
                return Some((&q[..i], &q[i + 4..]));
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(name: &str) -> Option<(Family, String, bool)> {
        classify(name).map(|a| (a.family, a.element, a.drop))
    }

    #[test]
    fn vec_functions_and_drop_glue() {
        assert_eq!(
            c("<alloc::raw_vec::RawVec<u32>>::grow_one"),
            Some((Family::Vec, "u32".into(), false))
        );
        assert_eq!(
            c("core::ptr::drop_in_place::<alloc::vec::Vec<(alloc::string::String, u64)>>"),
            Some((Family::Vec, "(String, u64)".into(), true))
        );
        assert_eq!(
            c("core::ptr::drop_in_place::<[alloc::string::String]>"),
            Some((Family::Vec, "String".into(), true))
        );
        assert_eq!(
            c("<alloc::raw_vec::RawVecInner>::finish_grow"),
            Some((Family::Vec, SHARED.into(), false))
        );
        assert_eq!(
            c("<alloc::vec::Vec<u32>>::dedup_by::<<alloc::vec::Vec<u32>>::dedup::{closure#0}>"),
            Some((Family::Vec, "u32".into(), false))
        );
        assert_eq!(
            c("<alloc::vec::into_iter::IntoIter<u8> as core::iter::traits::iterator::Iterator>::next"),
            Some((Family::Vec, "u8".into(), false))
        );
        assert_eq!(c("core::ptr::drop_in_place::<alloc::string::String>"), None);
    }

    #[test]
    fn hash_tables_split_into_maps_and_sets() {
        assert_eq!(
            c("<hashbrown::raw::RawTable<(u64, alloc::string::String)>>::reserve_rehash::<hashbrown::map::make_hasher<u64, alloc::string::String, std::hash::random::RandomState>::{closure#0}>"),
            Some((Family::HashMap, "u64, String".into(), false))
        );
        assert_eq!(
            c("<hashbrown::raw::RawTable<(u16, ())>>::reserve_rehash::<F>"),
            Some((Family::HashSet, "u16".into(), false))
        );
        assert_eq!(
            c("<hashbrown::map::HashMap<u16, (), std::hash::random::RandomState>>::insert"),
            Some((Family::HashSet, "u16".into(), false))
        );
        assert_eq!(
            c("<hashbrown::raw::RawTableInner>::find_inner"),
            Some((Family::HashMap, SHARED.into(), false))
        );
        assert_eq!(
            c("<std::collections::hash::map::HashMap<u64, u8> as core::iter::traits::collect::FromIterator<(u64, u8)>>::from_iter::<I>"),
            Some((Family::HashMap, "u64, u8".into(), false))
        );
    }

    #[test]
    fn sorts_and_searches() {
        assert_eq!(
            c("core::slice::sort::stable::driftsort_main::<(alloc::string::String, u64), <(alloc::string::String, u64) as core::cmp::PartialOrd>::lt, alloc::vec::Vec<(alloc::string::String, u64)>>"),
            Some((Family::Sort, "(String, u64)".into(), false))
        );
        assert_eq!(
            c("<[u32]>::binary_search_by::<<[u32]>::binary_search::{closure#0}>"),
            Some((Family::Sort, "u32".into(), false))
        );
        assert_eq!(
            c("<u32 as core::slice::sort::shared::smallsort::UnstableSmallSortTypeImpl>::small_sort::<F>"),
            Some((Family::Sort, "u32".into(), false))
        );
        assert_eq!(c("<[u8]>::to_vec"), None);
    }

    #[test]
    fn other_families_and_non_containers() {
        assert_eq!(
            c("<alloc::collections::vec_deque::VecDeque<u8>>::grow"),
            Some((Family::VecDeque, "u8".into(), false))
        );
        assert_eq!(
            c("<alloc::collections::btree::node::Handle<alloc::collections::btree::node::NodeRef<alloc::collections::btree::node::marker::Mut, usize, app::Thing, alloc::collections::btree::node::marker::Leaf>, alloc::collections::btree::node::marker::KV>>::remove_leaf_kv::<F, alloc::alloc::Global>"),
            Some((Family::BTree, "usize, Thing".into(), false))
        );
        assert_eq!(c("advise_fixture::main"), None);
        assert_eq!(
            c("hashbrown::map::make_hasher::<u64, alloc::string::String, std::hash::random::RandomState>::{closure#0}"),
            Some((Family::HashMap, "u64, String".into(), false))
        );
        assert_eq!(
            c("hashbrown::map::equivalent_key::<u16, u16, ()>::{closure#0}"),
            Some((Family::HashSet, "u16".into(), false))
        );
        assert_eq!(
            c("hashbrown::map::make_hash::<u16, std::hash::random::RandomState>"),
            Some((Family::HashMap, SHARED.into(), false))
        );
        assert_eq!(
            c("<hashbrown::scopeguard::ScopeGuard<&mut hashbrown::raw::RawTableInner, F> as core::ops::drop::Drop>::drop"),
            Some((Family::HashMap, SHARED.into(), false))
        );
        assert_eq!(
            c("core::slice::sort::stable::drift::sort::<(alloc::string::String, u64), 4096usize>"),
            Some((Family::Sort, "(String, u64)".into(), false))
        );
        assert_eq!(c("<core::fmt::Formatter>::pad"), None);
        assert_eq!(
            c("<sizespeed::raw::vec::RawVec>::grow"),
            Some((Family::SizespeedSmall, SHARED.into(), false))
        );
    }

    #[test]
    fn helpers() {
        assert_eq!(
            strip_disambiguators("core[c1f1a4ba060b9bfa]::slice::sort::<[u32]>"),
            "core::slice::sort::<[u32]>"
        );
        assert_eq!(
            split_args("a<b, c>, (d, e), fn(u8) -> u8"),
            ["a<b, c>", "(d, e)", "fn(u8) -> u8"]
        );
        assert_eq!(
            shorten("alloc::vec::Vec<alloc::string::String>"),
            "Vec<String>"
        );
    }
}
