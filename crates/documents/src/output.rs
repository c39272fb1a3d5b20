//! Writing a cleaned copy to the work directory.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use img_parts::Bytes;
use sha2::{Digest, Sha256};

use crate::{Kind, PrepareError};

pub(crate) struct Written {
    pub path: PathBuf,
    pub size: u64,
    pub sha256: String,
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// Writes `pieces` one after the other to a new file with a random name in
/// `work_dir` (created if needed, owner-only on Unix), readable and writable
/// by its owner only on Unix, synced to disk, and hashes exactly what was
/// written. On failure the partial file is removed.
pub(crate) fn write_new(
    work_dir: &Path,
    kind: Kind,
    pieces: Vec<Bytes>,
) -> Result<Written, PrepareError> {
    create_dir(work_dir).map_err(PrepareError::io)?;
    let extension = match kind {
        Kind::Pdf => "pdf",
        Kind::Jpeg => "jpg",
        Kind::Png => "png",
    };
    let (path, mut file) = loop {
        let path = work_dir.join(format!("upload-{}.{extension}", random_hex()));
        match create_new(&path) {
            Ok(file) => break (path, file),
            // A name already taken (once in 2^128): draw another.
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(err) => return Err(PrepareError::io(err)),
        }
    };
    let written = write_and_hash(&mut file, &pieces);
    drop(file);
    match written {
        Ok((size, sha256)) => Ok(Written { path, size, sha256 }),
        Err(err) => {
            // Best effort: the error that matters is the one above.
            let _ = fs::remove_file(&path);
            Err(PrepareError::io(err))
        }
    }
}

fn write_and_hash(file: &mut File, pieces: &[Bytes]) -> io::Result<(u64, String)> {
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    for piece in pieces {
        file.write_all(piece)?;
        hasher.update(piece);
        size += piece.len() as u64;
    }
    file.sync_all()?;
    Ok((size, format!("{:x}", hasher.finalize())))
}

fn random_hex() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(unix)]
fn create_new(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn create_new(path: &Path) -> io::Result<File> {
    OpenOptions::new().write(true).create_new(true).open(path)
}

#[cfg(unix)]
fn create_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)
}
