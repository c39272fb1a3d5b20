//! PDF checks without a PDF parser, in constant memory: a header, an end
//! marker, no encryption; and the hash, in the same pass.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};

use sha2::{Digest, Sha256};

use crate::PrepareError;
use crate::sniff::{PDF_MAGIC, pdf_header_at};

/// The size of each read.
pub(crate) const CHUNK: usize = 64 * 1024;
/// `%%EOF` must be within this many last bytes.
const EOF_WITHIN: usize = 2 * 1024;
/// The end of the file read first, where the trailer and (usually) the
/// cross-reference data are: an encrypted PDF is refused from it at once.
const TAIL: usize = 64 * 1024;

const EOF_MARKER: &[u8] = b"%%EOF";

/// Checks the PDF `file` of `size` bytes whose first bytes are `head`, and
/// returns the SHA-256 of its bytes in lower-case hex.
pub(crate) fn check_and_hash(
    file: &mut File,
    size: u64,
    head: &[u8],
) -> Result<String, PrepareError> {
    check_header(head)?;

    // The tail first: a damaged or encrypted file is refused without reading
    // the whole of it.
    let tail_len = size.min(TAIL as u64);
    file.seek(SeekFrom::Start(size - tail_len))
        .map_err(PrepareError::io)?;
    let mut tail = vec![0; tail_len as usize];
    file.read_exact(&mut tail).map_err(|err| match err.kind() {
        std::io::ErrorKind::UnexpectedEof => PrepareError::changed(),
        _ => PrepareError::io(err),
    })?;
    let last = &tail[tail.len().saturating_sub(EOF_WITHIN)..];
    if !contains(last, EOF_MARKER) {
        return Err(PrepareError::DamagedPdf);
    }
    let mut scan = EncryptScan::default();
    scan.feed(&tail);
    if scan.finish() {
        return Err(PrepareError::EncryptedPdf);
    }
    drop(tail);

    // Then the whole file, 64 KiB at a time: the hash, and /Encrypt anywhere
    // (an incrementally updated PDF may have its first trailer far from the
    // end).
    file.seek(SeekFrom::Start(0)).map_err(PrepareError::io)?;
    let mut hasher = Sha256::new();
    let mut scan = EncryptScan::default();
    let mut buf = vec![0; CHUNK];
    let mut total: u64 = 0;
    loop {
        let n = match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(PrepareError::io(err)),
        };
        total += n as u64;
        if total > size {
            return Err(PrepareError::changed());
        }
        hasher.update(&buf[..n]);
        scan.feed(&buf[..n]);
        if scan.found {
            return Err(PrepareError::EncryptedPdf);
        }
    }
    if total != size {
        return Err(PrepareError::changed());
    }
    if scan.finish() {
        return Err(PrepareError::EncryptedPdf);
    }
    Ok(format!("{:x}", hasher.finalize()))
}

/// `%PDF-1.x` (x a digit) or `%PDF-2.0`, starting within the first 1024
/// bytes.
fn check_header(head: &[u8]) -> Result<(), PrepareError> {
    let at = pdf_header_at(head).ok_or(PrepareError::DamagedPdf)?;
    let version = head.get(at + PDF_MAGIC.len()..at + PDF_MAGIC.len() + 3);
    match version {
        Some([b'1', b'.', d]) if d.is_ascii_digit() => Ok(()),
        Some(b"2.0") => Ok(()),
        _ => Err(PrepareError::DamagedPdf),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Finds the name `/Encrypt` in data fed in pieces of any size, a match
/// split between two pieces included. Only the whole name counts: it must be
/// followed by white space, a delimiter or the end of the data, so that
/// `/EncryptMetadata` alone (or `/EncryptedPayload`) does not match.
#[derive(Default)]
pub(crate) struct EncryptScan {
    /// How many bytes of `/Encrypt` the last bytes fed matched (8: all of
    /// it, waiting for the next byte to tell where the name ends).
    matched: usize,
    found: bool,
}

const ENCRYPT: &[u8] = b"/Encrypt";

impl EncryptScan {
    pub(crate) fn feed(&mut self, data: &[u8]) {
        let mut rest = data;
        while !self.found && !rest.is_empty() {
            if self.matched == 0 {
                // Skip quickly to the next '/', where any match starts.
                match rest.iter().position(|&b| b == b'/') {
                    Some(at) => rest = &rest[at..],
                    None => return,
                }
            }
            let b = rest[0];
            rest = &rest[1..];
            self.step(b);
        }
    }

    fn step(&mut self, b: u8) {
        if self.matched == ENCRYPT.len() {
            if ends_name(b) {
                self.found = true;
                return;
            }
            self.matched = 0;
        }
        if b == ENCRYPT[self.matched] {
            self.matched += 1;
        } else {
            // '/' only appears first in the name: a mismatch restarts there.
            self.matched = usize::from(b == b'/');
        }
    }

    /// Whether the name was found, the end of the data ending it.
    pub(crate) fn finish(&self) -> bool {
        self.found || self.matched == ENCRYPT.len()
    }
}

/// White space or a delimiter (PDF 32000-1, 7.2.2 and 7.2.3).
fn ends_name(b: u8) -> bool {
    matches!(
        b,
        b'\0'
            | b'\t'
            | b'\n'
            | b'\x0C'
            | b'\r'
            | b' '
            | b'('
            | b')'
            | b'<'
            | b'>'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'/'
            | b'%'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(pieces: &[&[u8]]) -> bool {
        let mut scan = EncryptScan::default();
        for piece in pieces {
            scan.feed(piece);
        }
        scan.finish()
    }

    #[test]
    fn finds_the_name_wherever_the_pieces_split_it() {
        let text = b"trailer << /Size 5 /Encrypt 4 0 R >>";
        for split in 0..=text.len() {
            let (a, b) = text.split_at(split);
            assert!(found(&[a, b]), "split at {split}");
        }
        let bytes: Vec<&[u8]> = text.chunks(1).collect();
        assert!(found(&bytes));
    }

    #[test]
    fn whole_names_only() {
        assert!(found(&[b"/Encrypt"]));
        assert!(found(&[b"/Encrypt/Filter"]));
        assert!(found(&[b"//Encrypt<<"]));
        assert!(!found(&[b"/EncryptMetadata false"]));
        assert!(!found(&[b"/Encrypted"]));
        assert!(!found(&[b"/Encryp", b"t2"]));
        assert!(!found(&[b"/encrypt "]));
        assert!(!found(&[b"Encrypt "]));
    }

    #[test]
    fn headers() {
        assert!(check_header(b"%PDF-1.7\n").is_ok());
        assert!(check_header(b"%PDF-1.0").is_ok());
        assert!(check_header(b"%PDF-2.0\r").is_ok());
        assert!(check_header(b"junk\n%PDF-1.4\n").is_ok());
        assert_eq!(check_header(b"%PDF-2.1"), Err(PrepareError::DamagedPdf));
        assert_eq!(check_header(b"%PDF-1."), Err(PrepareError::DamagedPdf));
        assert_eq!(check_header(b"%PDF-x.y"), Err(PrepareError::DamagedPdf));
    }
}
