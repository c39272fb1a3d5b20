//! Memory stays flat for PDFs whatever their size: a 200 MiB PDF is checked
//! and hashed with a peak of a few hundred KiB allocated.
//!
//! This binary's global allocator counts bytes (`peak_alloc`), and it holds
//! this one test so that nothing else allocates meanwhile.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

use documents::{Kind, prepare};
use peak_alloc::PeakAlloc;
use sha2::{Digest, Sha256};

#[global_allocator]
static PEAK: PeakAlloc = PeakAlloc;

const SIZE: u64 = 200 * 1024 * 1024;
const LIMIT: usize = 8 * 1024 * 1024;

#[test]
fn a_200_mib_pdf_is_prepared_in_flat_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scan.pdf");
    let tail = b"\ntrailer\n<< /Size 1 >>\nstartxref\n0\n%%EOF\n";
    {
        // A sparse file: the header, a hole, the tail.
        let mut f = File::create(&path).unwrap();
        f.write_all(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").unwrap();
        f.seek(SeekFrom::Start(SIZE - tail.len() as u64)).unwrap();
        f.write_all(tail).unwrap();
    }
    let work = dir.path().join("work");

    let before = PEAK.current_usage();
    PEAK.reset_peak_usage();
    let prepared = prepare(&path, &work, 1 << 30).unwrap();
    let peak = PEAK.peak_usage().saturating_sub(before);

    assert!(
        peak < LIMIT,
        "peak {peak} bytes allocated while preparing a 200 MiB PDF"
    );
    assert_eq!(prepared.kind, Kind::Pdf);
    assert_eq!(prepared.size, SIZE);
    assert_eq!(prepared.path, path);
    assert!(!work.exists());

    // The hash, computed independently (and in a streaming way too).
    let mut hasher = Sha256::new();
    let mut f = File::open(&path).unwrap();
    let mut buf = vec![0; 1 << 20];
    loop {
        let n = f.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    assert_eq!(prepared.sha256, format!("{:x}", hasher.finalize()));
    eprintln!("peak allocated while preparing: {peak} bytes");
}
