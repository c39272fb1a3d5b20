//! Removing metadata from JPEG and PNG files without touching their pixels:
//! whole segments and chunks are dropped, everything else is copied as it
//! was, byte for byte.

use std::ops::Range;

use img_parts::jpeg::{Jpeg, JpegSegment, markers};
use img_parts::png::Png;
use img_parts::{Bytes, ImageEXIF};

use crate::exif::{self, Verdict};
use crate::{Metadata, PrepareError};

/// The file to upload.
pub(crate) enum Output {
    /// Nothing to remove: upload the original, these bytes.
    Unchanged(Bytes),
    /// The cleaned file, as pieces to write one after the other.
    Cleaned(Vec<Bytes>),
}

pub(crate) struct Cleaned {
    pub output: Output,
    /// What was removed, possibly repeated, in no particular order.
    pub removed: Vec<Metadata>,
}

const EXIF_PREFIX: &[u8] = b"Exif\0\0";
const XMP_PREFIX: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
const XMP_EXTENSION_PREFIX: &[u8] = b"http://ns.adobe.com/xmp/extension/\0";
const ICC_PREFIX: &[u8] = b"ICC_PROFILE\0";
const MPF_PREFIX: &[u8] = b"MPF\0";
const ADOBE_PREFIX: &[u8] = b"Adobe";

/// What to do with one JPEG segment or PNG chunk.
enum Class<'a> {
    Keep,
    /// An EXIF block (the TIFF structure, without its prefix).
    Exif(&'a [u8]),
    /// Drop it; `gps` when it says where the photo was taken.
    Drop(Metadata, bool),
}

/// Whether XMP (or any text) records a location.
fn mentions_gps(text: &[u8]) -> bool {
    const NEEDLES: [&[u8]; 2] = [b"GPSLatitude", b"GPSLongitude"];
    NEEDLES
        .iter()
        .any(|needle| text.windows(needle.len()).any(|w| w == *needle))
}

fn classify_jpeg(marker: u8, contents: &[u8]) -> Class<'_> {
    match marker {
        // JFIF (and JFXX, whose thumbnail is the same picture).
        markers::APP0 => Class::Keep,
        markers::APP1 => {
            if let Some(tiff) = contents.strip_prefix(EXIF_PREFIX) {
                Class::Exif(tiff)
            } else if contents.starts_with(XMP_PREFIX) || contents.starts_with(XMP_EXTENSION_PREFIX)
            {
                Class::Drop(Metadata::Xmp, mentions_gps(contents))
            } else {
                Class::Drop(Metadata::Other, false)
            }
        }
        // The colour profile stays, or colours would shift.
        markers::APP2 if contents.starts_with(ICC_PREFIX) => Class::Keep,
        // The index of the extra images after the main one, which go too.
        markers::APP2 if contents.starts_with(MPF_PREFIX) => {
            Class::Drop(Metadata::TrailingData, false)
        }
        // Photoshop's resource block, where IPTC lives.
        markers::APP13 => Class::Drop(Metadata::Iptc, false),
        // Adobe's colour transform flag: needed to decode CMYK and YCCK.
        markers::APP14 if contents.starts_with(ADOBE_PREFIX) => Class::Keep,
        // Any other APP2 (FlashPix), APP3 to APP12 (maker data, JPEG XT,
        // C2PA content credentials), APP14 not from Adobe, APP15.
        markers::APP2..=markers::APP12 | markers::APP14 | markers::APP15 => {
            Class::Drop(Metadata::Other, false)
        }
        markers::COM => Class::Drop(Metadata::Comment, false),
        // Tables, frame and scan headers, restart interval: the picture.
        _ => Class::Keep,
    }
}

/// A start-of-frame marker (SOF0 to SOF15 less DHT, JPG and DAC).
fn is_frame_header(marker: u8) -> bool {
    matches!(
        marker,
        markers::SOF0..=markers::SOF3
            | markers::SOF5..=markers::SOF7
            | markers::SOF9..=markers::SOF11
            | markers::SOF13..=markers::SOF15
    )
}

/// Records what dropping an EXIF block removes, and returns the verdict.
fn judge_exif(tiff: &[u8], removed: &mut Vec<Metadata>) -> Verdict {
    let (verdict, info) = exif::verdict(tiff);
    if verdict != Verdict::Keep {
        removed.push(Metadata::Exif);
        if info.gps {
            removed.push(Metadata::Gps);
        }
    }
    verdict
}

pub(crate) fn clean_jpeg(bytes: Vec<u8>) -> Result<Cleaned, PrepareError> {
    let original = Bytes::from(bytes);
    let mut jpeg = Jpeg::from_bytes(original.clone()).map_err(|_| PrepareError::DamagedImage)?;
    let has_frame = jpeg.segments().iter().any(|s| is_frame_header(s.marker()));
    let has_scan = jpeg.segments().iter().any(JpegSegment::has_entropy);
    if !has_frame || !has_scan {
        return Err(PrepareError::DamagedImage);
    }

    let mut removed = Vec::new();
    let mut kept = Vec::with_capacity(jpeg.segments().len());
    let mut kept_exif = false;
    let mut orientation_exif = None;
    for segment in jpeg.segments() {
        let keep = match classify_jpeg(segment.marker(), segment.contents()) {
            Class::Keep => true,
            Class::Exif(tiff) => match judge_exif(tiff, &mut removed) {
                Verdict::Keep => {
                    kept_exif = true;
                    true
                }
                Verdict::Replace(minimal) => {
                    orientation_exif.get_or_insert(minimal);
                    false
                }
                Verdict::Drop => false,
            },
            Class::Drop(what, gps) => {
                removed.push(what);
                if gps {
                    removed.push(Metadata::Gps);
                }
                false
            }
        };
        if !keep {
            continue;
        }
        if segment.has_entropy() {
            // The first scan, whose "entropy" is all that follows its header
            // up to the end of the file. img-parts has no getter for it, but
            // encodes it last: header, contents, entropy.
            let entropy = segment.clone().encoder().last().unwrap_or_default();
            match clean_after_first_scan(&entropy, &mut removed) {
                Some(cleaned) => kept.push(JpegSegment::new_with_entropy(
                    markers::SOS,
                    segment.contents().clone(),
                    cleaned,
                )),
                None => kept.push(segment.clone()),
            }
        } else {
            kept.push(segment.clone());
        }
    }

    if removed.is_empty() {
        return Ok(Cleaned {
            output: Output::Unchanged(original),
            removed,
        });
    }
    *jpeg.segments_mut() = kept;
    if let Some(minimal) = orientation_exif.filter(|_| !kept_exif) {
        // Placed after the JFIF segment, before the frame header.
        jpeg.set_exif(Some(Bytes::from(minimal)));
    }
    Ok(Cleaned {
        output: Output::Cleaned(jpeg.encoder().collect()),
        removed,
    })
}

/// Walks what follows the first scan header (the compressed picture, any
/// further scans and their tables, the end-of-image marker, and anything
/// after it), dropping metadata segments between scans and everything after
/// the end of the picture. `None` when there is nothing to drop, or when the
/// structure cannot be followed (then it is kept as it is).
fn clean_after_first_scan(entropy: &Bytes, removed: &mut Vec<Metadata>) -> Option<Bytes> {
    let e = entropy.as_ref();
    let n = e.len();
    let mut drops: Vec<Range<usize>> = Vec::new();
    let mut found = Vec::new();
    let mut end = None;
    let mut i = 0;
    while let Some(p) = e[i..].iter().position(|&b| b == 0xFF) {
        let ff = i + p;
        // Fill bytes: any number of 0xFF before the marker byte.
        let mut j = ff + 1;
        while j < n && e[j] == 0xFF {
            j += 1;
        }
        let Some(&marker) = e.get(j) else { break };
        match marker {
            // A stuffed 0xFF in the compressed data, or a restart marker.
            0x00 | markers::RST0..=markers::RST7 => i = j + 1,
            markers::EOI => {
                end = Some(j + 1);
                break;
            }
            markers::SOF0..=markers::SOF15
            | markers::SOS..=markers::EXP
            | markers::APP0..=markers::APP15
            | markers::JPG0..=markers::JPG13
            | markers::COM => {
                let len = e.get(j + 1..j + 3)?;
                let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
                let segment_end = j + 1 + len;
                if len < 2 || segment_end > n {
                    return None;
                }
                let contents = &e[j + 3..segment_end];
                let drop = match classify_jpeg(marker, contents) {
                    Class::Keep => None,
                    Class::Exif(tiff) => {
                        // Orientation is only read from the first EXIF.
                        Some((Metadata::Exif, exif::read(tiff).gps))
                    }
                    Class::Drop(what, gps) => Some((what, gps)),
                };
                if let Some((what, gps)) = drop {
                    drops.push(ff..segment_end);
                    found.push(what);
                    if gps {
                        found.push(Metadata::Gps);
                    }
                }
                i = segment_end;
            }
            // Markers without a length (TEM, reserved ones).
            _ => i = j + 1,
        }
    }
    // Without an end-of-image marker, keep whatever follows.
    let end = end.unwrap_or(n);
    if end < n {
        found.push(Metadata::TrailingData);
    }
    if found.is_empty() {
        return None;
    }
    removed.extend(found);
    let mut cleaned = Vec::with_capacity(end);
    let mut from = 0;
    for drop in drops {
        cleaned.extend_from_slice(&e[from..drop.start]);
        from = drop.end;
    }
    cleaned.extend_from_slice(&e[from..end]);
    Some(Bytes::from(cleaned))
}

const ITXT: [u8; 4] = *b"iTXt";
const TEXT: [u8; 4] = *b"tEXt";
const ZTXT: [u8; 4] = *b"zTXt";
const EXIF: [u8; 4] = *b"eXIf";

fn classify_png_text(kind: [u8; 4], contents: &[u8]) -> Class<'_> {
    let keyword_end = contents
        .iter()
        .position(|&b| b == 0)
        .unwrap_or(contents.len());
    let keyword = &contents[..keyword_end];
    // ImageMagick keeps other formats' metadata as "Raw profile type …" text.
    let what = match keyword {
        b"XML:com.adobe.xmp" | b"Raw profile type xmp" => Metadata::Xmp,
        b"Raw profile type exif" | b"Raw profile type APP1" => Metadata::Exif,
        b"Raw profile type iptc" | b"Raw profile type 8bim" => Metadata::Iptc,
        _ => Metadata::Comment,
    };
    // Only uncompressed text can be searched; tEXt always is, iTXt when its
    // compression flag (right after the keyword) is 0.
    let searchable = kind == TEXT || (kind == ITXT && contents.get(keyword_end + 1) == Some(&0));
    Class::Drop(what, searchable && mentions_gps(contents))
}

pub(crate) fn clean_png(bytes: Vec<u8>) -> Result<Cleaned, PrepareError> {
    let original = Bytes::from(bytes);
    let mut png = Png::from_bytes(original.clone()).map_err(|_| PrepareError::DamagedImage)?;
    let chunks = png.chunks();
    let starts_with_header = chunks.first().map(|c| c.kind()) == Some(*b"IHDR");
    let has_data = chunks.iter().any(|c| c.kind() == *b"IDAT");
    if !starts_with_header || !has_data {
        return Err(PrepareError::DamagedImage);
    }

    let mut removed = Vec::new();
    let mut kept = Vec::with_capacity(chunks.len());
    let mut kept_exif = false;
    let mut orientation_exif = None;
    for chunk in chunks {
        let class = match chunk.kind() {
            kind @ (TEXT | ZTXT | ITXT) => classify_png_text(kind, chunk.contents()),
            EXIF => Class::Exif(chunk.contents()),
            _ => Class::Keep,
        };
        let keep = match class {
            Class::Keep => true,
            Class::Exif(tiff) => match judge_exif(tiff, &mut removed) {
                Verdict::Keep => {
                    kept_exif = true;
                    true
                }
                Verdict::Replace(minimal) => {
                    orientation_exif.get_or_insert(minimal);
                    false
                }
                Verdict::Drop => false,
            },
            Class::Drop(what, gps) => {
                removed.push(what);
                if gps {
                    removed.push(Metadata::Gps);
                }
                false
            }
        };
        if keep {
            kept.push(chunk.clone());
        }
    }
    // img-parts stops at IEND: anything after it is not written again.
    if png.len() < original.len() {
        removed.push(Metadata::TrailingData);
    }

    if removed.is_empty() {
        return Ok(Cleaned {
            output: Output::Unchanged(original),
            removed,
        });
    }
    *png.chunks_mut() = kept;
    if let Some(minimal) = orientation_exif.filter(|_| !kept_exif) {
        // Placed right after IHDR.
        png.set_exif(Some(Bytes::from(minimal)));
    }
    Ok(Cleaned {
        output: Output::Cleaned(png.encoder().collect()),
        removed,
    })
}
