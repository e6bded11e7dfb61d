//! A logistics event-log processor that uses sizespeed only through `sizespeed::auto`.
//!
//! It generates a deterministic log for each of its record types (parcels, trucks,
//! invoices, sensor readings...), drops duplicate deliveries, groups, queues and sorts
//! the records, and prints a summary with a checksum. Every record type instantiates the
//! containers again, which is where the dial matters:
//!
//! ```text
//! cargo run --release --example app                          # fast variants
//! cargo run --release --example app --features prefer-size   # small variants
//! ```
//!
//! Both builds print the same checksum; the second has less machine code.

#[path = "app/fields.rs"]
mod fields;
#[path = "app/process.rs"]
mod process;
#[path = "app/records.rs"]
mod records;

use fields::mix;
use process::{process, Report};
use records::{visit_all, Record, Visitor};

/// Records generated per type.
const RECORDS_PER_TYPE: usize = 20_000;

/// Runs the pipeline for every record type and collects the reports.
struct Run {
    reports: Vec<Report>,
}

impl Visitor for Run {
    fn visit<R: Record>(&mut self) {
        let seed = 0x5eed_0000 + self.reports.len() as u64;
        self.reports.push(process::<R>(RECORDS_PER_TYPE, seed));
    }
}

fn main() {
    let mut run = Run {
        reports: Vec::new(),
    };
    visit_all(&mut run);

    let variant = if cfg!(feature = "prefer-size") {
        "small"
    } else {
        "fast"
    };
    println!("sizespeed::auto resolved to the {variant} variants\n");
    println!(
        "{:<16} {:>9} {:>8} {:>7} {:>7} {:>7}  checksum",
        "record type", "received", "unique", "groups", "ids", "found"
    );
    let mut total = 0;
    for r in &run.reports {
        println!(
            "{:<16} {:>9} {:>8} {:>7} {:>7} {:>7}  {:016x}",
            r.name, r.received, r.unique, r.groups, r.ids, r.found, r.checksum
        );
        total = mix(total, r.checksum);
    }
    println!(
        "\n{} record types, checksum {total:016x}",
        run.reports.len()
    );
}
