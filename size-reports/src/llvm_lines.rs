//! Parsing `cargo llvm-lines` output tables.

/// One row of the table: all instantiations of one function name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// LLVM IR lines over all copies.
    pub lines: u64,
    /// Number of instantiations (monomorphized copies).
    pub copies: u64,
    /// Demangled function name, without hash.
    pub name: String,
}

/// A parsed `cargo llvm-lines` table.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Table {
    /// The `(TOTAL)` row's lines.
    pub total_lines: u64,
    /// The `(TOTAL)` row's copies.
    pub total_copies: u64,
    /// Every function row, in the order printed (largest first by default).
    pub rows: Vec<Row>,
}

/// Parses the table `cargo llvm-lines` prints:
///
/// ```text
///   Lines          Copies        Function name
///   -----          ------        -------------
///   1234           56            (TOTAL)
///    300 (24.3%, 24.3%)   4 (7.1%,  7.1%)  alloc::raw_vec::RawVec<T,A>::grow_amortized
/// ```
///
/// Lines that are not table rows (cargo's status output, headers) are ignored. Fails if
/// there is no `(TOTAL)` row.
pub fn parse(output: &str) -> Result<Table, String> {
    let mut table = Table::default();
    let mut saw_total = false;
    for line in output.lines() {
        let Some((lines, copies, name)) = parse_row(line) else {
            continue;
        };
        if name == "(TOTAL)" {
            table.total_lines = lines;
            table.total_copies = copies;
            saw_total = true;
        } else {
            table.rows.push(Row {
                lines,
                copies,
                name: name.to_string(),
            });
        }
    }
    if saw_total {
        Ok(table)
    } else {
        Err("cargo llvm-lines output has no (TOTAL) row".to_string())
    }
}

/// `number [(pct)] number [(pct)] name`
fn parse_row(line: &str) -> Option<(u64, u64, &str)> {
    let rest = line.trim_start();
    let (lines, rest) = number(rest)?;
    let rest = skip_percent(rest);
    let (copies, rest) = number(rest)?;
    let rest = skip_percent(rest);
    let name = rest.trim();
    if name.is_empty() {
        return None;
    }
    Some((lines, copies, name))
}

fn number(s: &str) -> Option<(u64, &str)> {
    let s = s.trim_start();
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if end == 0 {
        return None;
    }
    // A number must be followed by whitespace (or a percentage group).
    let rest = &s[end..];
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    Some((s[..end].parse().ok()?, rest))
}

/// Skips `(12.3%, 45.6%)` if it comes next; a group without `%` (like `(TOTAL)`) is kept.
fn skip_percent(s: &str) -> &str {
    let t = s.trim_start();
    if t.starts_with('(') {
        if let Some(close) = t.find(')') {
            if t[..close].contains('%') {
                return &t[close + 1..];
            }
        }
    }
    t
}

impl Table {
    /// Lines and copies of the rows `own` selects.
    pub fn sum_where(&self, own: impl Fn(&str) -> bool) -> (u64, u64) {
        self.rows
            .iter()
            .filter(|r| own(&r.name))
            .fold((0, 0), |(l, c), r| (l + r.lines, c + r.copies))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
   Compiling probe v0.0.0 (/tmp/p)
    Finished `dev` profile [unoptimized + debuginfo] target(s) in 0.51s
  Lines         Copies       Function name
  -----         ------       -------------
  2071          86           (TOTAL)
   420 (20.3%, 20.3%)  12 (14.0%, 14.0%)  core::ptr::drop_in_place<probe::E1>
   301 (14.5%, 34.8%)   1 (1.2%, 15.1%)  probe::use_e1
    88 (4.2%, 39.1%)    2 (2.3%, 17.4%)  <probe::E1 as core::cmp::PartialEq>::eq
    40 (1.9%, 41.0%)    1 (1.2%, 18.6%)  main
     7 (0.3%, 41.3%)    1 (1.2%, 19.8%)  alloc::vec::Vec<T,A>::push
";

    #[test]
    fn parses_total_and_rows_with_spaces_in_names() {
        let t = parse(SAMPLE).unwrap();
        assert_eq!((t.total_lines, t.total_copies), (2071, 86));
        assert_eq!(t.rows.len(), 5);
        assert_eq!(
            t.rows[2],
            Row {
                lines: 88,
                copies: 2,
                name: "<probe::E1 as core::cmp::PartialEq>::eq".into()
            }
        );
        assert_eq!(t.rows[3].name, "main");
        assert_eq!(t.rows[4].lines, 7);
    }

    #[test]
    fn percent_groups_with_padding_are_skipped() {
        let t = parse("  10  3  (TOTAL)\n     5 (50.0%,  50.0%)     1 (33.3%,  33.3%)     a::b\n")
            .unwrap();
        assert_eq!(t.rows[0].name, "a::b");
        assert_eq!((t.rows[0].lines, t.rows[0].copies), (5, 1));
    }

    #[test]
    fn sums_selected_rows() {
        let t = parse(SAMPLE).unwrap();
        let own = t.sum_where(|n| n == "main" || n.starts_with("probe::"));
        assert_eq!(own, (341, 2));
    }

    #[test]
    fn missing_total_is_an_error() {
        assert!(parse("error[E0599]: no method named `push`\n").is_err());
        assert!(parse("").is_err());
    }
}
