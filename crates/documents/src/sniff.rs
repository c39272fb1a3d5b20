//! The kind of a file, by its first bytes.

use crate::Kind;

/// How many first bytes of a file [`sniff`] looks at, at most: pass this many
/// (or the whole file, if shorter).
pub const SNIFF_LEN: usize = 4096;

/// A PDF's header may follow up to this many bytes of junk (PDF 32000-1,
/// Annex H: readers look for it within the first 1024 bytes).
pub(crate) const PDF_HEADER_WITHIN: usize = 1024;

const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG_MAGIC: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
pub(crate) const PDF_MAGIC: &[u8] = b"%PDF-";

/// Brands of an ISO BMFF `ftyp` box that mean a HEIF picture: HEIC (HEVC),
/// the generic HEIF structure brands, and AVIF.
const HEIF_BRANDS: &[&[u8; 4]] = &[
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"mif2",
    b"msf1", b"avif", b"avis",
];

/// The kind of a file from its first bytes (see [`SNIFF_LEN`]), by content
/// only: the name and extension play no part. `None` for anything else,
/// HEIC/HEIF photos included (which [`crate::prepare`] refuses with
/// [`crate::PrepareError::Heic`]).
pub fn sniff(head: &[u8]) -> Option<Kind> {
    match detect(head) {
        Detected::Kind(kind) => Some(kind),
        Detected::Heif | Detected::Unknown => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detected {
    Kind(Kind),
    Heif,
    Unknown,
}

pub(crate) fn detect(head: &[u8]) -> Detected {
    let head = &head[..head.len().min(SNIFF_LEN)];
    if head.starts_with(JPEG_MAGIC) {
        Detected::Kind(Kind::Jpeg)
    } else if head.starts_with(PNG_MAGIC) {
        Detected::Kind(Kind::Png)
    } else if pdf_header_at(head).is_some() {
        Detected::Kind(Kind::Pdf)
    } else if is_heif(head) {
        Detected::Heif
    } else {
        Detected::Unknown
    }
}

/// Where `%PDF-` starts, if it starts within the first 1024 bytes.
pub(crate) fn pdf_header_at(head: &[u8]) -> Option<usize> {
    let window = &head[..head.len().min(PDF_HEADER_WITHIN + PDF_MAGIC.len() - 1)];
    window.windows(PDF_MAGIC.len()).position(|w| w == PDF_MAGIC)
}

/// An ISO BMFF file starting with an `ftyp` box whose major or a compatible
/// brand is a HEIF one.
fn is_heif(head: &[u8]) -> bool {
    if head.get(4..8) != Some(b"ftyp".as_slice()) {
        return false;
    }
    let Some(size) = head.get(0..4) else {
        return false;
    };
    let size = u32::from_be_bytes([size[0], size[1], size[2], size[3]]) as usize;
    // Major brand at 8, minor version at 12, compatible brands from 16 to the
    // end of the box (or of what we have of it). A size below 16 (including 0,
    // "to the end of file", and 1, a 64-bit size) leaves just the major brand.
    let end = size.clamp(12, head.len().max(12)).min(head.len());
    let major = head.get(8..12).into_iter();
    let compatible = head.get(16..end).unwrap_or_default().chunks_exact(4);
    major
        .chain(compatible)
        .any(|brand| HEIF_BRANDS.iter().any(|heif| heif.as_slice() == brand))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_bytes() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), Some(Kind::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(Kind::Png));
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(Kind::Pdf));
        assert_eq!(sniff(b"\x7FELF\x02\x01\x01"), None);
        assert_eq!(sniff(b"PK\x03\x04"), None);
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"\xFF\xD8"), None);
    }

    #[test]
    fn pdf_header_after_junk() {
        let mut head = vec![b' '; 1023];
        head.extend_from_slice(b"%PDF-1.4\n");
        assert_eq!(sniff(&head), Some(Kind::Pdf));
        let mut head = vec![b' '; 1025];
        head.extend_from_slice(b"%PDF-1.4\n");
        assert_eq!(sniff(&head), None);
    }

    #[test]
    fn heif_brands() {
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic";
        assert_eq!(detect(heic), Detected::Heif);
        // Major brand alone, box cut short.
        assert_eq!(detect(b"\0\0\0\x18ftypheix"), Detected::Heif);
        // A compatible brand only.
        assert_eq!(
            detect(b"\0\0\0\x18ftypXXXX\0\0\0\0mif1avif"),
            Detected::Heif
        );
        // An MP4 video is not a picture.
        assert_eq!(
            detect(b"\0\0\0\x18ftypisom\0\0\0\0isommp42"),
            Detected::Unknown
        );
        // Brands past the box's end do not count.
        assert_eq!(detect(b"\0\0\0\x10ftypisom\0\0\0\0heic"), Detected::Unknown);
    }
}
