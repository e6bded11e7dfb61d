//! `tsort`: reads pairs of names `a b` (a comes before b; a lone name is a node without
//! edges) and prints every name in an order that respects them, choosing the
//! alphabetically smallest ready name at each step. On a cycle it prints what it could
//! order, then the names left on the cycle to standard error, and exits with status 1.

use std::cmp::Reverse;
use std::fmt::Write;

use sizespeed_suite::sizespeed::auto::{Map, PriorityQueue, Set, Vec};
use sizespeed_suite::{finish, stdin_text, stdout};

/// A node's name.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct NodeName(String);

/// A node: its name, the nodes that must come after it and how many must come before.
struct Node {
    name: NodeName,
    after: Vec<u32>,
    before: u32,
}

/// An edge, to ignore repeated ones.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Edge(u32, u32);

/// A node ready to be printed, ordered by name.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Ready(NodeName, u32);

fn main() {
    let mut ids: Map<NodeName, u32> = Map::new();
    let mut nodes: Vec<Node> = Vec::new();
    let mut edges: Set<Edge> = Set::new();
    let mut id = |name: &str, nodes: &mut Vec<Node>| -> u32 {
        *ids.entry(NodeName(name.to_string())).or_insert_with(|| {
            nodes.push(Node {
                name: NodeName(name.to_string()),
                after: Vec::new(),
                before: 0,
            });
            nodes.len() as u32 - 1
        })
    };
    for line in stdin_text().lines() {
        let mut it = line.split_whitespace();
        match (it.next(), it.next()) {
            (Some(a), Some(b)) => {
                let (a, b) = (id(a, &mut nodes), id(b, &mut nodes));
                if a != b && edges.insert(Edge(a, b)) {
                    nodes[a as usize].after.push(b);
                    nodes[b as usize].before += 1;
                }
            }
            (Some(a), None) => {
                id(a, &mut nodes);
            }
            _ => {}
        }
    }
    let mut ready: PriorityQueue<Reverse<Ready>> = nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.before == 0)
        .map(|(i, n)| Reverse(Ready(n.name.clone(), i as u32)))
        .collect();
    let mut out = stdout();
    let mut printed = 0;
    while let Some(Reverse(Ready(name, i))) = ready.pop() {
        let _ = writeln!(out, "{}", name.0);
        printed += 1;
        let after = std::mem::take(&mut nodes[i as usize].after);
        for &j in after.iter() {
            let n = &mut nodes[j as usize];
            n.before -= 1;
            if n.before == 0 {
                ready.push(Reverse(Ready(n.name.clone(), j)));
            }
        }
    }
    finish(out);
    if printed < nodes.len() {
        let mut left: Vec<&str> = nodes
            .iter()
            .filter(|n| n.before > 0)
            .map(|n| n.name.0.as_str())
            .collect();
        sizespeed_suite::sizespeed::auto::sort(&mut left);
        eprintln!("tsort: cycle among: {}", left.join(" "));
        std::process::exit(1);
    }
}
