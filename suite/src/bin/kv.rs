//! `kv`: a key-value index driven by commands on standard input, one a line:
//! `set KEY VALUE`, `get KEY`, `del KEY`, `range FROM TO` (keys in `FROM..TO`, in order),
//! `undo` (reverts the last `set` or `del`), `count` and `dump`. Each key keeps a version
//! that counts its writes.

use std::fmt::Write;

use sizespeed_suite::sizespeed::auto::{Map, OrderedMap, Vec};
use sizespeed_suite::{finish, stdin_text, stdout};

/// A key.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key(String);

/// A stored value and the version of its key when it was written.
#[derive(Clone)]
struct Value {
    text: String,
    version: u32,
}

/// How to revert one write: the key and what it held before.
struct Undo {
    key: Key,
    before: Option<Value>,
}

fn main() {
    let mut index: OrderedMap<Key, Value> = OrderedMap::new();
    let mut versions: Map<Key, u32> = Map::new();
    let mut log: Vec<Undo> = Vec::new();
    let mut out = stdout();
    for (no, line) in stdin_text().lines().enumerate() {
        let mut it = line.splitn(3, ' ');
        let cmd = it.next().unwrap_or("");
        let (a, b) = (it.next(), it.next());
        match (cmd, a, b) {
            ("set", Some(k), Some(v)) => {
                let key = Key(k.to_string());
                let version = versions.entry(key.clone()).or_insert(0);
                *version += 1;
                let value = Value {
                    text: v.to_string(),
                    version: *version,
                };
                let before = index.insert(key.clone(), value);
                log.push(Undo { key, before });
            }
            ("get", Some(k), None) => match index.get(&Key(k.to_string())) {
                Some(v) => {
                    let _ = writeln!(out, "{k}={} (v{})", v.text, v.version);
                }
                None => {
                    let _ = writeln!(out, "{k} not found");
                }
            },
            ("del", Some(k), None) => {
                let key = Key(k.to_string());
                if let Some(before) = index.remove(&key) {
                    log.push(Undo {
                        key,
                        before: Some(before),
                    });
                }
            }
            ("range", Some(from), Some(to)) => {
                let (from, to) = (Key(from.to_string()), Key(to.to_string()));
                if from <= to {
                    for (k, v) in index.range(from..to) {
                        let _ = writeln!(out, "{}={}", k.0, v.text);
                    }
                }
            }
            ("undo", None, None) => match log.pop() {
                Some(Undo {
                    key,
                    before: Some(v),
                }) => {
                    index.insert(key, v);
                }
                Some(Undo { key, before: None }) => {
                    index.remove(&key);
                }
                None => {
                    let _ = writeln!(out, "nothing to undo");
                }
            },
            ("count", None, None) => {
                let _ = writeln!(out, "{} keys, {} writes logged", index.len(), log.len());
            }
            ("dump", None, None) => {
                for (k, v) in index.iter() {
                    let _ = writeln!(out, "{}={} (v{})", k.0, v.text, v.version);
                }
            }
            ("", None, None) => {}
            _ => {
                let _ = writeln!(out, "line {}: cannot read {line:?}", no + 1);
            }
        }
    }
    finish(out);
}
