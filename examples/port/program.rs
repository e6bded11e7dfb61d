// A word-statistics program written against std's collections. It names no crate: the
// module that includes it chooses what `HashMap`, `HashSet`, `VecDeque`, `Vec`, `vec!` and
// `Entry` are (see `examples/port.rs`). Everything it prints is sorted first, so its
// output does not depend on hash order.

/// The text the statistics are taken over.
const TEXT: &str = "the quick brown fox jumps over the lazy dog while the cat sleeps \
                    and the dog dreams of the fox and of a bird that sings over the barn";

/// Runs the program and returns what it prints.
pub fn run() -> String {
    use std::fmt::Write as _;
    let mut out = String::new();

    // The entry API: counting with `or_insert`, grouping with `and_modify`.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in TEXT.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    for &word in counts.keys() {
        by_len
            .entry(word.len())
            .and_modify(|words| words.push(word))
            .or_insert_with(|| vec![word]);
    }
    let mut lens: Vec<(usize, Vec<&str>)> = by_len.into_iter().collect();
    lens.sort();
    for (len, mut words) in lens {
        words.sort();
        writeln!(out, "length {len}: {}", words.join(" ")).unwrap();
    }

    // Matching on `Entry::Occupied` / `Entry::Vacant`: where each repeated word came back.
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    let mut repeats = Vec::new();
    for (at, word) in TEXT.split_whitespace().enumerate() {
        match first_seen.entry(word) {
            Entry::Occupied(seen) => repeats.push((word, *seen.get(), at)),
            Entry::Vacant(slot) => {
                slot.insert(at);
            }
        }
    }
    repeats.sort();
    writeln!(out, "repeats: {repeats:?}").unwrap();

    // `Vec::drain`: the three most frequent words leave the ranking.
    let mut ranking: Vec<(&str, usize)> = counts.iter().map(|(w, c)| (*w, *c)).collect();
    ranking.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top: Vec<(&str, usize)> = ranking.drain(..3).collect();
    writeln!(out, "top: {top:?}; {} words left", ranking.len()).unwrap();

    // Set algebra: methods and the `|`, `&`, `-` operators on references.
    let animals: HashSet<&str> = ["fox", "dog", "cat", "bird", "cow"].into_iter().collect();
    let seen: HashSet<&str> = counts.keys().copied().collect();
    fn sorted<'a>(set: &HashSet<&'a str>) -> Vec<&'a str> {
        let mut v: Vec<&str> = set.iter().copied().collect();
        v.sort();
        v
    }
    let mut named: Vec<&str> = animals.intersection(&seen).copied().collect();
    named.sort();
    let mut absent: Vec<&str> = animals.difference(&seen).copied().collect();
    absent.sort();
    writeln!(out, "animals named: {named:?}, absent: {absent:?}").unwrap();
    writeln!(out, "animals & seen: {:?}", sorted(&(&animals & &seen))).unwrap();
    writeln!(out, "animals - seen: {:?}", sorted(&(&animals - &seen))).unwrap();
    writeln!(
        out,
        "|animals | seen| = {}, union = {}",
        (&animals | &seen).len(),
        animals.union(&seen).count()
    )
    .unwrap();

    // `VecDeque` rotation: a round-robin over the top words.
    let names: Vec<&str> = top.iter().map(|(w, _)| *w).collect();
    let mut turns = VecDeque::from(names);
    turns.push_back("bird");
    let mut order = Vec::new();
    for _ in 0..turns.len() {
        order.push(turns[0]);
        turns.rotate_left(1);
    }
    turns.rotate_right(2);
    writeln!(out, "turns: {order:?}, after rotate_right(2): {turns:?}").unwrap();

    // `vec!` literals, and a `Vec` of counts looked up by word.
    let probes = vec!["fox", "owl", "the"];
    let found: Vec<usize> = probes
        .iter()
        .map(|w| counts.get(w).copied().unwrap_or(0))
        .collect();
    let zeros = vec![0usize; 2];
    writeln!(out, "counts of {probes:?}: {found:?}; zeros: {zeros:?}").unwrap();
    out
}
