//! A minimal WebAssembly module reader: the size of the code section and of the module
//! without its custom sections (names, producers, debug information).

use std::fmt;

/// Why a file could not be read as a WebAssembly module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WasmError(pub String);

impl fmt::Display for WasmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a readable wasm module: {}", self.0)
    }
}

impl std::error::Error for WasmError {}

/// One section: its id and the size of its payload in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// The section id (0 custom, 10 code, 11 data, ...).
    pub id: u8,
    /// The payload's size, without the id byte and the size field.
    pub size: u64,
    /// The whole section: id byte, size field and payload.
    pub total: u64,
}

/// The code section's id.
pub const CODE: u8 = 10;
/// The custom sections' id.
pub const CUSTOM: u8 = 0;

/// Reads an unsigned LEB128 number at `*at`, advancing it.
pub fn uleb128(data: &[u8], at: &mut usize) -> Result<u64, WasmError> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *data
            .get(*at)
            .ok_or_else(|| WasmError("LEB128 number past the end".into()))?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err(WasmError("LEB128 number too long".into()))
}

/// Reads the section list of a module.
pub fn sections(data: &[u8]) -> Result<Vec<Section>, WasmError> {
    if data.len() < 8 || data[..4] != *b"\0asm" {
        return Err(WasmError("missing wasm magic".into()));
    }
    let mut at = 8;
    let mut out = Vec::new();
    while at < data.len() {
        let start = at;
        let id = data[at];
        at += 1;
        let size = uleb128(data, &mut at)?;
        let end = usize::try_from(size)
            .ok()
            .and_then(|s| at.checked_add(s))
            .filter(|&e| e <= data.len())
            .ok_or_else(|| WasmError(format!("section {id} is past the end")))?;
        at = end;
        out.push(Section {
            id,
            size,
            total: (end - start) as u64,
        });
    }
    Ok(out)
}

/// `(code, loaded)`: the code section's payload, and the module's bytes without its
/// custom sections (what ships once names and debug information are stripped).
pub fn sizes(data: &[u8]) -> Result<(u64, u64), WasmError> {
    let s = sections(data)?;
    let code = s.iter().filter(|s| s.id == CODE).map(|s| s.size).sum();
    let loaded = 8 + s
        .iter()
        .filter(|s| s.id != CUSTOM)
        .map(|s| s.total)
        .sum::<u64>();
    Ok((code, loaded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leb128() {
        let mut at = 0;
        assert_eq!(uleb128(&[0xe5, 0x8e, 0x26, 7], &mut at).unwrap(), 624_485);
        assert_eq!(at, 3);
        assert!(uleb128(&[0x80], &mut 0).is_err());
    }

    #[test]
    fn sizes_skip_custom_sections() {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend([1, 2, 0xaa, 0xbb]); // type section, 2 bytes
        m.extend([0, 3, 1, b'x', 9]); // custom section, 3 bytes
        m.push(CODE);
        m.extend([0x81, 0x01]); // 129 bytes of code
        m.extend(std::iter::repeat_n(0u8, 129));
        assert_eq!(sizes(&m).unwrap(), (129, 8 + 4 + 3 + 129));
        assert!(sizes(&m[..m.len() - 1]).is_err());
        assert!(sizes(b"\x7fELF....").is_err());
    }
}
