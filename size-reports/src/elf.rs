//! A minimal ELF reader (ELF32 and ELF64, either byte order): the section headers, enough
//! to find the size of `.text` and the loaded bytes of a linked program, and the symbol
//! table (`.symtab`), for the size of every function.

use std::fmt;

/// One section of an ELF file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The section's name from the section-name string table.
    pub name: String,
    /// `sh_type`.
    pub kind: u32,
    /// `sh_flags`.
    pub flags: u64,
    /// `sh_size`: the section's size in bytes.
    pub size: u64,
    /// `sh_offset`: where the section's bytes start in the file.
    pub offset: u64,
    /// `sh_link`: for a symbol table, the index of its string table.
    pub link: u32,
}

/// Why a file could not be read as ELF64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ElfError(pub String);

impl fmt::Display for ElfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a readable ELF file: {}", self.0)
    }
}

impl std::error::Error for ElfError {}

fn err<T>(msg: impl Into<String>) -> Result<T, ElfError> {
    Err(ElfError(msg.into()))
}

struct Reader<'a> {
    data: &'a [u8],
    little: bool,
}

impl Reader<'_> {
    fn bytes<const N: usize>(&self, at: u64) -> Result<[u8; N], ElfError> {
        let start = usize::try_from(at).map_err(|_| ElfError("offset overflow".into()))?;
        let end = start
            .checked_add(N)
            .ok_or_else(|| ElfError("offset overflow".into()))?;
        match self.data.get(start..end) {
            Some(s) => Ok(s.try_into().expect("slice has length N")),
            None => err(format!("read of {N} bytes at {at} is past the end")),
        }
    }
    fn u16(&self, at: u64) -> Result<u16, ElfError> {
        let b = self.bytes::<2>(at)?;
        Ok(if self.little {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        })
    }
    fn u32(&self, at: u64) -> Result<u32, ElfError> {
        let b = self.bytes::<4>(at)?;
        Ok(if self.little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    }
    fn u64(&self, at: u64) -> Result<u64, ElfError> {
        let b = self.bytes::<8>(at)?;
        Ok(if self.little {
            u64::from_le_bytes(b)
        } else {
            u64::from_be_bytes(b)
        })
    }
}

/// `SHF_ALLOC`: the section occupies memory while the program runs.
pub const SHF_ALLOC: u64 = 0x2;
/// `SHT_NOBITS`: the section takes no space in the file (`.bss`, `.tbss`).
pub const SHT_NOBITS: u32 = 8;

/// Reads the section headers of an ELF32 or ELF64 file (either byte order).
pub fn sections(data: &[u8]) -> Result<Vec<Section>, ElfError> {
    if data.len() < 52 || data[..4] != *b"\x7fELF" {
        return err("missing ELF magic");
    }
    let wide = match data[4] {
        1 => false,
        2 => true,
        _ => return err("unknown ELF class"),
    };
    let little = match data[5] {
        1 => true,
        2 => false,
        _ => return err("unknown byte order"),
    };
    let r = Reader { data, little };
    // Header fields whose width follows the class.
    let word = |at: u64| -> Result<u64, ElfError> {
        if wide {
            r.u64(at)
        } else {
            r.u32(at).map(u64::from)
        }
    };
    // Offsets of e_shoff, e_shentsize, and of the section-header fields used here.
    let (e_shoff, e_shentsize, min_entry) = if wide {
        (0x28, 0x3A, 64)
    } else {
        (0x20, 0x2E, 40)
    };
    let (sh_flags, sh_offset, sh_size) = if wide { (8, 24, 32) } else { (8, 16, 20) };
    let shoff = word(e_shoff)?;
    let shentsize = u64::from(r.u16(e_shentsize)?);
    let mut shnum = u64::from(r.u16(e_shentsize + 2)?);
    let mut shstrndx = u64::from(r.u16(e_shentsize + 4)?);
    if shoff == 0 {
        return Ok(Vec::new());
    }
    if shentsize < min_entry {
        return err("section header entries are too small");
    }
    // Extended numbering: the real counts live in section 0.
    if shnum == 0 {
        shnum = word(shoff + sh_size)?;
    }
    if shstrndx == 0xffff {
        shstrndx = u64::from(r.u32(shoff + if wide { 40 } else { 24 })?);
    }
    let table_end = shnum
        .checked_mul(shentsize)
        .and_then(|len| len.checked_add(shoff));
    if table_end.is_none_or(|end| end > data.len() as u64) {
        return err("section header table is past the end of the file");
    }
    let header = |i: u64| shoff + i * shentsize;
    if shstrndx >= shnum {
        return err("section-name table index out of range");
    }
    let str_off = word(header(shstrndx) + sh_offset)?;
    let str_size = word(header(shstrndx) + sh_size)?;
    let strtab = usize::try_from(str_off)
        .ok()
        .zip(usize::try_from(str_size).ok())
        .and_then(|(o, s)| data.get(o..o.checked_add(s)?))
        .ok_or_else(|| ElfError("section-name table is past the end".into()))?;
    let mut out = Vec::with_capacity(shnum as usize);
    for i in 0..shnum {
        let h = header(i);
        let name_off = r.u32(h)? as usize;
        let name = match strtab.get(name_off..) {
            Some(rest) => {
                let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
                String::from_utf8_lossy(&rest[..end]).into_owned()
            }
            None => return err(format!("section {i} name is out of range")),
        };
        out.push(Section {
            name,
            kind: r.u32(h + 4)?,
            flags: word(h + sh_flags)?,
            size: word(h + sh_size)?,
            offset: word(h + sh_offset)?,
            link: r.u32(h + sh_size + if wide { 8 } else { 4 })?,
        });
    }
    Ok(out)
}

/// The size in bytes of the section named `.text` (0 if there is none).
pub fn text_size(data: &[u8]) -> Result<u64, ElfError> {
    Ok(sections(data)?
        .iter()
        .filter(|s| s.name == ".text")
        .map(|s| s.size)
        .sum())
}

/// The loaded bytes of a linked program: the summed size of every section that is
/// allocated at run time and takes space in the file (`SHF_ALLOC` and not `SHT_NOBITS`):
/// code, read-only data, relocated data, dynamic relocations, unwind tables. `.bss` is
/// left out: it costs memory but no bytes shipped.
pub fn loaded_size(data: &[u8]) -> Result<u64, ElfError> {
    Ok(sections(data)?
        .iter()
        .filter(|s| s.flags & SHF_ALLOC != 0 && s.kind != SHT_NOBITS)
        .map(|s| s.size)
        .sum())
}

/// `SHT_SYMTAB`: the static symbol table, which `strip` removes.
pub const SHT_SYMTAB: u32 = 2;
/// `STT_FUNC`: a symbol that names a function.
pub const STT_FUNC: u8 = 2;

/// One entry of the symbol table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The (mangled) name.
    pub name: String,
    /// `st_value`: the address.
    pub addr: u64,
    /// `st_size`: the size in bytes.
    pub size: u64,
    /// The symbol type, the low four bits of `st_info` ([`STT_FUNC`] for functions).
    pub kind: u8,
    /// `st_shndx`: the index of the section the symbol is defined in (0: undefined).
    pub section: u16,
}

/// Reads the static symbol table (`SHT_SYMTAB`). `Ok(None)` when the file has none: it was
/// stripped.
pub fn symbols(data: &[u8]) -> Result<Option<Vec<Symbol>>, ElfError> {
    let secs = sections(data)?;
    let Some(tab) = secs.iter().find(|s| s.kind == SHT_SYMTAB) else {
        return Ok(None);
    };
    let wide = data[4] == 2;
    let r = Reader {
        data,
        little: data[5] == 1,
    };
    let strtab = secs
        .get(tab.link as usize)
        .and_then(|s| {
            let start = usize::try_from(s.offset).ok()?;
            data.get(start..start.checked_add(usize::try_from(s.size).ok()?)?)
        })
        .ok_or_else(|| ElfError("symbol string table is out of range".into()))?;
    let entry = if wide { 24 } else { 16 };
    let count = tab.size / entry;
    if tab.offset.saturating_add(count * entry) > data.len() as u64 {
        return err("symbol table is past the end of the file");
    }
    let mut out = Vec::with_capacity(count as usize);
    for i in 0..count {
        let at = tab.offset + i * entry;
        let name_off = r.u32(at)? as usize;
        let (addr, size, info, shndx) = if wide {
            (
                r.u64(at + 8)?,
                r.u64(at + 16)?,
                r.bytes::<1>(at + 4)?[0],
                r.u16(at + 6)?,
            )
        } else {
            (
                u64::from(r.u32(at + 4)?),
                u64::from(r.u32(at + 8)?),
                r.bytes::<1>(at + 12)?[0],
                r.u16(at + 14)?,
            )
        };
        let name = match strtab.get(name_off..) {
            Some(rest) => {
                let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
                String::from_utf8_lossy(&rest[..end]).into_owned()
            }
            None => return err(format!("symbol {i} name is out of range")),
        };
        out.push(Symbol {
            name,
            addr,
            size,
            kind: info & 0xf,
            section: shndx,
        });
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds an ELF64 image with the given (name, size) sections plus a null section
    /// and a `.shstrtab`.
    fn synth(little: bool, sections: &[(&str, u64)]) -> Vec<u8> {
        let put16 = |v: &mut Vec<u8>, at: usize, x: u16| {
            let b = if little {
                x.to_le_bytes()
            } else {
                x.to_be_bytes()
            };
            v[at..at + 2].copy_from_slice(&b);
        };
        let put32 = |v: &mut Vec<u8>, at: usize, x: u32| {
            let b = if little {
                x.to_le_bytes()
            } else {
                x.to_be_bytes()
            };
            v[at..at + 4].copy_from_slice(&b);
        };
        let put64 = |v: &mut Vec<u8>, at: usize, x: u64| {
            let b = if little {
                x.to_le_bytes()
            } else {
                x.to_be_bytes()
            };
            v[at..at + 8].copy_from_slice(&b);
        };
        let mut strtab = vec![0u8];
        let mut names = Vec::new();
        for (name, _) in sections.iter().copied().chain([(".shstrtab", 0)]) {
            names.push(strtab.len() as u32);
            strtab.extend_from_slice(name.as_bytes());
            strtab.push(0);
        }
        let str_off = 64usize;
        let shoff = (str_off + strtab.len()).next_multiple_of(8);
        let count = sections.len() + 2;
        let mut v = vec![0u8; shoff + count * 64];
        v[..4].copy_from_slice(b"\x7fELF");
        v[4] = 2;
        v[5] = if little { 1 } else { 2 };
        v[str_off..str_off + strtab.len()].copy_from_slice(&strtab);
        put64(&mut v, 0x28, shoff as u64);
        put16(&mut v, 0x3A, 64);
        put16(&mut v, 0x3C, count as u16);
        put16(&mut v, 0x3E, (count - 1) as u16);
        for (i, (_, size)) in sections.iter().enumerate() {
            let h = shoff + (i + 1) * 64;
            put32(&mut v, h, names[i]);
            put32(&mut v, h + 4, 1);
            put64(&mut v, h + 32, *size);
        }
        let h = shoff + (count - 1) * 64;
        put32(&mut v, h, names[sections.len()]);
        put32(&mut v, h + 4, 3);
        put64(&mut v, h + 24, str_off as u64);
        put64(&mut v, h + 32, strtab.len() as u64);
        v
    }

    #[test]
    fn reads_section_names_and_sizes_in_both_byte_orders() {
        for little in [true, false] {
            let img = synth(little, &[(".text", 0x1234), (".rodata", 77), (".data", 5)]);
            let s = sections(&img).unwrap();
            let names: Vec<_> = s.iter().map(|s| s.name.as_str()).collect();
            assert_eq!(names, ["", ".text", ".rodata", ".data", ".shstrtab"]);
            assert_eq!(s[2].size, 77);
            assert_eq!(text_size(&img).unwrap(), 0x1234);
        }
    }

    #[test]
    fn text_is_not_confused_with_similar_names() {
        let img = synth(true, &[(".text.unlikely", 9), (".texts", 3), (".text", 40)]);
        assert_eq!(text_size(&img).unwrap(), 40);
        let none = synth(true, &[(".data", 1)]);
        assert_eq!(text_size(&none).unwrap(), 0);
    }

    #[test]
    fn rejects_garbage_and_truncation() {
        assert!(sections(b"not an elf").is_err());
        let mut img = synth(true, &[(".text", 1)]);
        img[4] = 3; // no such class
        assert!(sections(&img).is_err());
        let img = synth(true, &[(".text", 1)]);
        assert!(sections(&img[..img.len() - 10]).is_err());
    }

    /// An ELF32 little-endian image: a null section, `.text` (allocated, 300 bytes),
    /// `.bss` (allocated, NOBITS, 900 bytes), `.ARM.exidx` (allocated, 16 bytes) and
    /// `.shstrtab`.
    fn synth32() -> Vec<u8> {
        let strtab = b"\0.text\0.bss\0.ARM.exidx\0.shstrtab\0";
        let names = [0u32, 1, 7, 12, 23];
        let secs: [(u32, u32, u32); 5] = [
            (0, 0, 0),
            (1, SHF_ALLOC as u32, 300),
            (SHT_NOBITS, SHF_ALLOC as u32, 900),
            (0x7000_0001, SHF_ALLOC as u32, 16),
            (3, 0, strtab.len() as u32),
        ];
        let str_off = 52usize;
        let shoff = (str_off + strtab.len()).next_multiple_of(4);
        let mut v = vec![0u8; shoff + secs.len() * 40];
        v[..4].copy_from_slice(b"\x7fELF");
        v[4] = 1;
        v[5] = 1;
        v[str_off..str_off + strtab.len()].copy_from_slice(strtab);
        v[0x20..0x24].copy_from_slice(&(shoff as u32).to_le_bytes());
        v[0x2E..0x30].copy_from_slice(&40u16.to_le_bytes());
        v[0x30..0x32].copy_from_slice(&(secs.len() as u16).to_le_bytes());
        v[0x32..0x34].copy_from_slice(&4u16.to_le_bytes());
        for (i, (kind, flags, size)) in secs.iter().enumerate() {
            let h = shoff + i * 40;
            v[h..h + 4].copy_from_slice(&names[i].to_le_bytes());
            v[h + 4..h + 8].copy_from_slice(&kind.to_le_bytes());
            v[h + 8..h + 12].copy_from_slice(&flags.to_le_bytes());
            let off = if i == 4 { str_off as u32 } else { 0 };
            v[h + 16..h + 20].copy_from_slice(&off.to_le_bytes());
            v[h + 20..h + 24].copy_from_slice(&size.to_le_bytes());
        }
        v
    }

    #[test]
    fn reads_elf32() {
        let img = synth32();
        let names: Vec<_> = sections(&img)
            .unwrap()
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, ["", ".text", ".bss", ".ARM.exidx", ".shstrtab"]);
        assert_eq!(text_size(&img).unwrap(), 300);
        assert_eq!(loaded_size(&img).unwrap(), 316);
    }

    #[test]
    fn loaded_bytes_count_allocated_sections_with_file_space() {
        let mut img = synth(
            true,
            &[
                (".text", 100),
                (".rodata", 20),
                (".bss", 4000),
                (".comment", 7),
            ],
        );
        let shoff = u64::from_le_bytes(img[0x28..0x30].try_into().unwrap()) as usize;
        // .text, .rodata and .bss are allocated; .bss is NOBITS; .comment is neither.
        for (i, kind) in [(1, 1u32), (2, 1), (3, SHT_NOBITS)] {
            let h = shoff + i * 64;
            img[h + 4..h + 8].copy_from_slice(&kind.to_le_bytes());
            img[h + 8..h + 16].copy_from_slice(&SHF_ALLOC.to_le_bytes());
        }
        assert_eq!(loaded_size(&img).unwrap(), 120);
        assert_eq!(text_size(&img).unwrap(), 100);
    }

    #[test]
    fn reads_this_test_binary() {
        let exe = std::env::current_exe().unwrap();
        let data = std::fs::read(exe).unwrap();
        if data.starts_with(b"\x7fELF") {
            let text = text_size(&data).unwrap();
            assert!(text > 1000);
            assert!(loaded_size(&data).unwrap() > text);
        }
    }

    #[inline(never)]
    fn a_function_with_a_known_name(x: u64) -> u64 {
        std::hint::black_box(x).wrapping_mul(31)
    }

    #[test]
    fn reads_the_function_symbols_of_this_test_binary() {
        assert_eq!(a_function_with_a_known_name(1), 31);
        let data = std::fs::read(std::env::current_exe().unwrap()).unwrap();
        if !data.starts_with(b"\x7fELF") {
            return;
        }
        let syms = symbols(&data)
            .unwrap()
            .expect("test binaries keep their symbols");
        let f = syms
            .iter()
            .find(|s| s.name.contains("a_function_with_a_known_name"))
            .expect("the function's symbol");
        assert_eq!(f.kind, STT_FUNC);
        assert!(f.size > 0 && f.size < 200, "size {}", f.size);
        assert!(f.section != 0);
    }

    #[test]
    fn a_file_without_a_symbol_table_has_no_symbols() {
        let img = synth(true, &[(".text", 10)]);
        assert_eq!(symbols(&img).unwrap(), None);
    }
}
