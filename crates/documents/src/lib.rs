//! Prepares a file a parent chose for upload to the child-support agency:
//! checks and privacy, no network.
//!
//! [`prepare`] takes the path the file dialog gave, and either refuses the
//! file with a [`PrepareError`] a parent can act on, or answers with the
//! [`Prepared`] file to upload: its [`Kind`] (decided by content, never by the
//! extension), its size and SHA-256, and what was removed from it.
//!
//! - **PDFs** are checked (header, `%%EOF`, no password) in one streaming pass
//!   of 64 KiB chunks, so memory stays flat whatever their size, and are
//!   uploaded unmodified.
//! - **Photos** (JPEG, PNG) lose their EXIF (which carries GPS), XMP, IPTC,
//!   comments and anything after the end of the picture, without re-encoding
//!   a pixel. The cleaned copy is written to `work_dir`; the original is never
//!   touched.
//!
//! ```no_run
//! use std::path::Path;
//!
//! let prepared = documents::prepare(
//!     Path::new("/home/me/Pictures/pay-stub.jpg"),
//!     Path::new("/tmp/uploads"),
//!     25 * 1024 * 1024,
//! );
//! match prepared {
//!     Ok(p) => println!("send {} ({}, {} bytes)", p.path.display(), p.kind.content_type(), p.size),
//!     Err(e) => println!("{}: {e}", e.code()),
//! }
//! ```

mod error;
mod exif;
mod image;
mod output;
mod pdf;
mod sniff;

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use error::PrepareError;
pub use sniff::{SNIFF_LEN, sniff};

/// The largest photo [`prepare`] accepts, whatever `max_bytes` says: photos
/// are cleaned in memory (PDFs are streamed and have no such limit).
pub const IMAGE_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// A kind of file the agency accepts, recognised by its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Pdf,
    Jpeg,
    Png,
}

impl Kind {
    /// The media type to upload the file with.
    pub fn content_type(&self) -> &'static str {
        match self {
            Kind::Pdf => "application/pdf",
            Kind::Jpeg => "image/jpeg",
            Kind::Png => "image/png",
        }
    }
}

/// A kind of information removed from a photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metadata {
    /// EXIF: camera, date and time, settings, a thumbnail. When the photo was
    /// turned (orientation other than 1), a new EXIF holding only the
    /// orientation takes its place, so the photo still shows upright.
    Exif,
    /// Where the photo was taken (an EXIF GPS block, or GPS fields in XMP).
    /// Always reported together with [`Metadata::Exif`] or [`Metadata::Xmp`].
    Gps,
    /// XMP: editing history, author, sometimes location.
    Xmp,
    /// IPTC (in JPEG, the Photoshop APP13 block): captions, names, places.
    Iptc,
    /// A JPEG comment, or a PNG text chunk (`tEXt`, `zTXt`, `iTXt`).
    Comment,
    /// Other application data in a JPEG (`APP3`–`APP13`, `APP15`, and `APP1`
    /// or `APP2` blocks that are neither EXIF, XMP nor a colour profile):
    /// maker notes, content credentials (C2PA), HDR extensions.
    Other,
    /// Anything after the end of the picture: the extra images of a
    /// multi-picture JPEG (depth maps, gain maps) with their index, a
    /// motion-photo video, a maker's trailer.
    TrailingData,
}

/// A file ready to upload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prepared {
    /// The file to upload: a new file in `work_dir` when anything was
    /// removed, else the original path as given.
    pub path: PathBuf,
    pub kind: Kind,
    /// The size in bytes of the file at `path`.
    pub size: u64,
    /// The SHA-256 of the bytes at `path`, in lower-case hex.
    pub sha256: String,
    /// What was removed, each kind once, in a fixed order; empty when the
    /// original is uploaded as it is.
    pub removed: Vec<Metadata>,
    /// The original's file name, without directories.
    pub file_name: String,
}

/// Checks the file at `src` and makes it ready to upload.
///
/// In order: the file must exist and be a regular file; its size (from the
/// file system, before anything is read) must not exceed `max_bytes` and must
/// not be 0; its content must be a PDF, a JPEG or a PNG (a HEIC/HEIF photo
/// gets its own error). Then:
///
/// - a PDF must start with `%PDF-1.x` or `%PDF-2.0` within its first 1024
///   bytes, end with `%%EOF` within its last 2 KiB, and carry no `/Encrypt`
///   entry; it is hashed as it is read, 64 KiB at a time, and `path` is `src`;
/// - a photo (at most [`IMAGE_MAX_BYTES`]) must parse; its metadata is
///   removed, and when anything was, the cleaned copy is written to
///   `work_dir` (created if needed) under a random name, readable by its
///   owner only, synced to disk, and `path` names it. When nothing was, no
///   file is written and `path` is `src`.
///
/// The caller owns the files written in `work_dir` and removes them after
/// the upload.
pub fn prepare(src: &Path, work_dir: &Path, max_bytes: u64) -> Result<Prepared, PrepareError> {
    // Follows symbolic links: a link to a file is that file.
    let metadata = fs::metadata(src).map_err(PrepareError::from_open)?;
    if !metadata.is_file() {
        // A folder, or a FIFO or device that would block or never end.
        return Err(PrepareError::NotAFile);
    }
    let size = metadata.len();
    if size > max_bytes {
        return Err(PrepareError::TooLarge {
            size,
            max: max_bytes,
        });
    }
    if size == 0 {
        return Err(PrepareError::Empty);
    }
    let file_name = src
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();

    let mut file = File::open(src).map_err(PrepareError::from_open)?;
    // The file that was opened, in case the path changed in between.
    let opened = file.metadata().map_err(PrepareError::io)?;
    if !opened.is_file() {
        return Err(PrepareError::NotAFile);
    }
    if opened.len() != size {
        return Err(PrepareError::changed());
    }

    let head = read_head(&mut file, SNIFF_LEN)?;
    let kind = match sniff::detect(&head) {
        sniff::Detected::Kind(kind) => kind,
        sniff::Detected::Heif => return Err(PrepareError::Heic),
        sniff::Detected::Unknown => return Err(PrepareError::Unsupported),
    };

    match kind {
        Kind::Pdf => {
            let sha256 = pdf::check_and_hash(&mut file, size, &head)?;
            Ok(Prepared {
                path: src.to_path_buf(),
                kind,
                size,
                sha256,
                removed: Vec::new(),
                file_name,
            })
        }
        Kind::Jpeg | Kind::Png => {
            if size > IMAGE_MAX_BYTES {
                return Err(PrepareError::TooLarge {
                    size,
                    max: IMAGE_MAX_BYTES,
                });
            }
            let bytes = read_rest(&mut file, head, size)?;
            let cleaned = match kind {
                Kind::Jpeg => image::clean_jpeg(bytes)?,
                _ => image::clean_png(bytes)?,
            };
            let removed: Vec<Metadata> = cleaned
                .removed
                .into_iter()
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            match cleaned.output {
                image::Output::Unchanged(original) => Ok(Prepared {
                    path: src.to_path_buf(),
                    kind,
                    size,
                    sha256: output::sha256_hex(&original),
                    removed: Vec::new(),
                    file_name,
                }),
                image::Output::Cleaned(pieces) => {
                    let written = output::write_new(work_dir, kind, pieces)?;
                    Ok(Prepared {
                        path: written.path,
                        kind,
                        size: written.size,
                        sha256: written.sha256,
                        removed,
                        file_name,
                    })
                }
            }
        }
    }
}

/// Reads up to `len` bytes from the start of `file` (fewer only at its end).
fn read_head(file: &mut File, len: usize) -> Result<Vec<u8>, PrepareError> {
    let mut head = Vec::with_capacity(len);
    file.by_ref()
        .take(len as u64)
        .read_to_end(&mut head)
        .map_err(PrepareError::io)?;
    Ok(head)
}

/// Reads the rest of a file whose first bytes are `head`, checking that it
/// still has the `size` it had when it was opened.
fn read_rest(file: &mut File, head: Vec<u8>, size: u64) -> Result<Vec<u8>, PrepareError> {
    let capacity = usize::try_from(size).map_err(|_| PrepareError::changed())?;
    let mut bytes = head;
    bytes.reserve_exact(capacity.saturating_sub(bytes.len()));
    // One byte more than expected tells a file that grew.
    file.by_ref()
        .take((size + 1).saturating_sub(bytes.len() as u64))
        .read_to_end(&mut bytes)
        .map_err(PrepareError::io)?;
    if bytes.len() as u64 != size {
        return Err(PrepareError::changed());
    }
    Ok(bytes)
}
