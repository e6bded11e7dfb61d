//! A suite of small command-line tools of the coreutils kind (`wc`, `sort`, `uniq`, `tail`,
//! `join`, `topk`, `tsort`, `kv`), each using a few `sizespeed::auto` containers over
//! element types of its own.
//!
//! The suite is built four ways: statically or against the shared `sizespeed-dylib`
//! library (feature `dylib`, with `RUSTFLAGS="-C prefer-dynamic"`), each with the fast or
//! the small variants (feature `prefer-size`). Every build prints the same output; the
//! size report compares them (`cargo run --release -p size-reports -- suite`).
//!
//! This library holds what the tools share that is not a container: reading the input,
//! the command line and the output stream. It is deliberately free of containers, so that
//! each binary's container code is its own.

use std::io::{self, Read, Write};

#[cfg(not(feature = "dylib"))]
pub use sizespeed;
#[cfg(feature = "dylib")]
pub use sizespeed_dylib as sizespeed;

/// Whether the containers are the small variants (the `prefer-size` switch).
pub const PREFERS_SIZE: bool = sizespeed::auto::PREFERS_SIZE;

/// Whether sizespeed is linked as the shared library.
pub const DYLIB: bool = cfg!(feature = "dylib");

/// Reads all of standard input as UTF-8 text; exits with status 2 if it cannot.
pub fn stdin_text() -> String {
    let mut s = String::new();
    if let Err(e) = io::stdin().read_to_string(&mut s) {
        fail(&format!("reading standard input: {e}"));
    }
    s
}

/// Reads a whole file as UTF-8 text; exits with status 2 if it cannot.
pub fn file_text(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")))
}

/// The output of a tool, built up in memory with `writeln!` (`fmt::Write` for `String`
/// cannot fail) and written by [`finish`]. A `String` rather than a generic buffered
/// writer keeps the formatting code in std's own, shared, copy.
pub fn stdout() -> String {
    String::new()
}

/// Writes `out` to standard output; exits with status 2 if writing failed (a closed pipe
/// included).
pub fn finish(out: String) {
    let mut stdout = io::stdout().lock();
    if let Err(e) = stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        fail(&format!("writing standard output: {e}"));
    }
}

/// Prints `msg` with the program's name to standard error and exits with status 2.
pub fn fail(msg: &str) -> ! {
    let name = std::env::args().next().unwrap_or_default();
    let name = name.rsplit('/').next().unwrap_or("suite");
    eprintln!("{name}: {msg}");
    std::process::exit(2)
}

/// The command line: flags (`-r`), options with a value (`-n 5`) and positional
/// arguments, each flag and option a separate argument.
#[derive(Debug)]
pub struct Args {
    flags: std::vec::Vec<String>,
    options: std::vec::Vec<(String, String)>,
    /// Positional arguments, in order.
    pub positional: std::vec::Vec<String>,
}

impl Args {
    /// Parses the process's arguments. `flags` lists the flags (`"-r"`), `options` the
    /// options that take a value (`"-n"`). Exits with status 2 on any other argument that
    /// starts with `-` (a lone `-` is positional) or an option without a value.
    pub fn parse(flags: &[&str], options: &[&str]) -> Args {
        Args::from_iter(std::env::args().skip(1), flags, options)
    }

    /// [`Args::parse`] over any list of arguments.
    pub fn from_iter(
        args: impl IntoIterator<Item = String>,
        flags: &[&str],
        options: &[&str],
    ) -> Args {
        let mut a = Args {
            flags: std::vec::Vec::new(),
            options: std::vec::Vec::new(),
            positional: std::vec::Vec::new(),
        };
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg.len() < 2 || !arg.starts_with('-') {
                a.positional.push(arg);
            } else if flags.contains(&arg.as_str()) {
                a.flags.push(arg);
            } else if options.contains(&arg.as_str()) {
                let Some(value) = args.next() else {
                    fail(&format!("{arg} needs a value"));
                };
                a.options.push((arg, value));
            } else {
                fail(&format!("unknown option {arg}"));
            }
        }
        a
    }

    /// Whether the flag `name` (`"-r"`) was given.
    pub fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
    }

    /// The value of option `name`, if given (the last one wins).
    pub fn value(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value of option `name` as a number, or `default`; exits with status 2 if it
    /// is not a number.
    pub fn number(&self, name: &str, default: usize) -> usize {
        match self.value(name) {
            None => default,
            Some(v) => v
                .parse()
                .unwrap_or_else(|_| fail(&format!("{name}: not a number: {v}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Args;

    fn args(list: &[&str]) -> Args {
        Args::from_iter(
            list.iter().map(|s| s.to_string()),
            &["-r", "-n"],
            &["-k", "-t"],
        )
    }

    #[test]
    fn flags_options_and_positionals() {
        let a = args(&["-r", "-k", "2", "x", "-t", "3", "-", "y", "-k", "4"]);
        assert!(a.flag("-r") && !a.flag("-n") && !a.flag("-u"));
        assert_eq!(a.number("-k", 0), 4);
        assert_eq!(a.value("-t"), Some("3"));
        assert_eq!(a.positional, ["x", "-", "y"]);
        assert_eq!(args(&[]).number("-k", 7), 7);
    }
}
