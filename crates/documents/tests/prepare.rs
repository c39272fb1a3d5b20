//! `prepare` and `sniff` on files made here: real JPEGs and PNGs (encoded by
//! the `jpeg-encoder` and `png` crates, then given metadata by hand) and
//! hand-written PDFs.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use documents::{IMAGE_MAX_BYTES, Kind, Metadata, PrepareError, Prepared, prepare, sniff};
use img_parts::Bytes;
use img_parts::ImageEXIF;
use img_parts::jpeg::Jpeg;
use img_parts::png::{Png, PngChunk};
use proptest::prelude::*;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

const MAX: u64 = 10 * 1024 * 1024;

// ---------------------------------------------------------------- helpers

struct Env {
    dir: TempDir,
}

impl Env {
    fn new() -> Self {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        path
    }

    fn work(&self) -> PathBuf {
        self.dir.path().join("work")
    }

    fn prepare(&self, path: &Path) -> Result<Prepared, PrepareError> {
        prepare(path, &self.work(), MAX)
    }

    /// The files written to the work directory.
    fn written(&self) -> Vec<PathBuf> {
        match fs::read_dir(self.work()) {
            Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
            Err(_) => Vec::new(),
        }
    }
}

fn sha256_of(path: &Path) -> String {
    format!("{:x}", Sha256::digest(fs::read(path).unwrap()))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A 32×24 RGB picture with some structure, so the JPEG has real scan data.
fn rgb_pixels() -> (u16, u16, Vec<u8>) {
    let (w, h) = (32u16, 24u16);
    let mut pixels = Vec::new();
    for y in 0..h {
        for x in 0..w {
            pixels.extend_from_slice(&[(x * 8) as u8, (y * 10) as u8, ((x ^ y) * 7) as u8]);
        }
    }
    (w, h, pixels)
}

/// A JPEG from `jpeg-encoder` (SOI, APP0 JFIF, the given APPn segments, DQT,
/// SOF, DHT, SOS...).
fn jpeg(progressive: bool, app: &[(u8, Vec<u8>)], icc: Option<&[u8]>) -> Vec<u8> {
    let (w, h, pixels) = rgb_pixels();
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, 90);
    encoder.set_progressive(progressive);
    for (n, data) in app {
        encoder.add_app_segment(*n, data.clone()).unwrap();
    }
    if let Some(icc) = icc {
        encoder.add_icc_profile(icc).unwrap();
    }
    encoder
        .encode(&pixels, w, h, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    out
}

fn decode_jpeg(bytes: &[u8]) -> Vec<u8> {
    jpeg_decoder::Decoder::new(bytes).decode().unwrap()
}

/// Where each marker segment before the first scan starts, with its marker.
fn header_segments(jpeg: &[u8]) -> Vec<(usize, u8)> {
    let mut at = 2;
    let mut out = Vec::new();
    loop {
        assert_eq!(jpeg[at], 0xFF);
        let marker = jpeg[at + 1];
        out.push((at, marker));
        if marker == 0xDA {
            return out;
        }
        let len = u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]) as usize;
        at += 2 + len;
    }
}

/// From the first SOS marker to the end-of-image marker, included.
fn scan_data(jpeg: &[u8]) -> &[u8] {
    let (sos, _) = *header_segments(jpeg).last().unwrap();
    let eoi = jpeg.windows(2).rposition(|w| w == [0xFF, 0xD9]).unwrap();
    &jpeg[sos..eoi + 2]
}

/// The metadata part of a JPEG: everything before the first scan.
fn jpeg_header(jpeg: &[u8]) -> &[u8] {
    let (sos, _) = *header_segments(jpeg).last().unwrap();
    &jpeg[..sos]
}

/// Inserts a marker segment right before the first segment with `before`.
fn insert_segment(jpeg: &[u8], before: u8, marker: u8, contents: &[u8]) -> Vec<u8> {
    let (at, _) = *header_segments(jpeg)
        .iter()
        .find(|(_, m)| *m == before)
        .unwrap();
    let mut out = jpeg[..at].to_vec();
    out.extend_from_slice(&[0xFF, marker]);
    out.extend_from_slice(&((contents.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(contents);
    out.extend_from_slice(&jpeg[at..]);
    out
}

/// Text that the GPS block carries, to look for in the output.
const GPS_SECRET: &[u8] = b"HOME-AT-41.8781N-87.6298W";
const MAKE: &[u8] = b"PhoneCo\0";

/// A big-endian EXIF TIFF structure: IFD0 with Make, optionally the
/// orientation, and a pointer (tag 0x8825) to a GPS IFD with a latitude and
/// an area description.
fn exif_with_gps(orientation: Option<u16>) -> Vec<u8> {
    let n0: u16 = if orientation.is_some() { 3 } else { 2 };
    let ifd0 = 8usize;
    let make_at = ifd0 + 2 + 12 * n0 as usize + 4;
    let gps_at = make_at + MAKE.len();
    let n_gps = 4usize;
    let lat_at = gps_at + 2 + 12 * n_gps + 4;
    let area_at = lat_at + 24;
    let mut area = b"ASCII\0\0\0".to_vec();
    area.extend_from_slice(GPS_SECRET);

    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        t.extend_from_slice(&tag.to_be_bytes());
        t.extend_from_slice(&kind.to_be_bytes());
        t.extend_from_slice(&count.to_be_bytes());
        t.extend_from_slice(&value);
    };
    let mut t = b"MM\0\x2a".to_vec();
    t.extend_from_slice(&(ifd0 as u32).to_be_bytes());
    t.extend_from_slice(&n0.to_be_bytes());
    entry(
        &mut t,
        0x010F,
        2,
        MAKE.len() as u32,
        (make_at as u32).to_be_bytes(),
    );
    if let Some(o) = orientation {
        let o = o.to_be_bytes();
        entry(&mut t, 0x0112, 3, 1, [o[0], o[1], 0, 0]);
    }
    entry(&mut t, 0x8825, 4, 1, (gps_at as u32).to_be_bytes());
    t.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(t.len(), make_at);
    t.extend_from_slice(MAKE);
    assert_eq!(t.len(), gps_at);
    t.extend_from_slice(&(n_gps as u16).to_be_bytes());
    entry(&mut t, 0x0000, 1, 4, [2, 3, 0, 0]); // GPSVersionID
    entry(&mut t, 0x0001, 2, 2, *b"N\0\0\0"); // GPSLatitudeRef
    entry(&mut t, 0x0002, 5, 3, (lat_at as u32).to_be_bytes()); // GPSLatitude
    entry(
        &mut t,
        0x001C,
        7,
        area.len() as u32,
        (area_at as u32).to_be_bytes(),
    ); // GPSAreaInformation
    t.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(t.len(), lat_at);
    for (num, den) in [(41u32, 1u32), (52, 1), (4116, 100)] {
        t.extend_from_slice(&num.to_be_bytes());
        t.extend_from_slice(&den.to_be_bytes());
    }
    assert_eq!(t.len(), area_at);
    t.extend_from_slice(&area);
    t
}

fn exif_segment(tiff: &[u8]) -> Vec<u8> {
    let mut s = b"Exif\0\0".to_vec();
    s.extend_from_slice(tiff);
    s
}

const XMP_GPS: &str = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="41,52.0686N" exif:GPSLongitude="87,37.788W"/></rdf:RDF></x:xmpmeta>"#;

fn xmp_segment() -> Vec<u8> {
    let mut s = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    s.extend_from_slice(XMP_GPS.as_bytes());
    s
}

/// The 26-byte EXIF that keeps only an orientation (little-endian).
fn orientation_only(o: u16) -> Vec<u8> {
    let mut t = b"II\x2a\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0".to_vec();
    t.extend_from_slice(&o.to_le_bytes());
    t.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    t
}

fn png_pixels() -> (u32, u32, Vec<u8>) {
    let (w, h) = (12u32, 9u32);
    let mut pixels = Vec::new();
    for y in 0..h {
        for x in 0..w {
            pixels.extend_from_slice(&[(x * 20) as u8, (y * 25) as u8, 128, 200]);
        }
    }
    (w, h, pixels)
}

fn png_plain() -> Vec<u8> {
    let (w, h, pixels) = png_pixels();
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&pixels).unwrap();
        writer.finish().unwrap();
    }
    out
}

fn decode_png(bytes: &[u8]) -> Vec<u8> {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    buf
}

/// A PNG with chunks inserted right after IHDR (CRCs computed by img-parts).
fn png_with(chunks: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
    let mut png = Png::from_bytes(png_plain().into()).unwrap();
    for (i, (kind, contents)) in chunks.iter().enumerate() {
        png.chunks_mut()
            .insert(1 + i, PngChunk::new(*kind, Bytes::from(contents.clone())));
    }
    png.encoder().bytes().to_vec()
}

fn png_kinds(bytes: &[u8]) -> Vec<[u8; 4]> {
    Png::from_bytes(Bytes::copy_from_slice(bytes))
        .unwrap()
        .chunks()
        .iter()
        .map(|c| c.kind())
        .collect()
}

fn png_idat(bytes: &[u8]) -> Vec<Bytes> {
    Png::from_bytes(Bytes::copy_from_slice(bytes))
        .unwrap()
        .chunks_by_type(*b"IDAT")
        .map(|c| c.contents().clone())
        .collect()
}

/// A small valid PDF (one empty page) with a correct cross-reference table.
fn pdf(trailer_extra: &str) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ];
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R{trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

// ------------------------------------------------------------------ JPEG

#[test]
fn jpeg_with_gps_exif_is_stripped_and_its_pixels_kept() {
    let env = Env::new();
    let original = jpeg(false, &[(1, exif_segment(&exif_with_gps(None)))], None);
    assert!(contains(&original, b"Exif\0\0"));
    assert!(contains(&original, GPS_SECRET));
    let src = env.file("IMG_0001.JPG", &original);

    let p = env.prepare(&src).unwrap();
    assert_eq!(p.kind, Kind::Jpeg);
    assert_eq!(p.removed, vec![Metadata::Exif, Metadata::Gps]);
    assert_eq!(p.file_name, "IMG_0001.JPG");
    assert_ne!(p.path, src);
    assert_eq!(p.path.parent(), Some(env.work().as_path()));
    assert_eq!(p.path.extension().unwrap(), "jpg");
    assert_eq!(env.written(), vec![p.path.clone()]);

    let out = fs::read(&p.path).unwrap();
    assert_eq!(p.size, out.len() as u64);
    assert_eq!(p.sha256, sha256_of(&p.path));
    // No EXIF, by img-parts and by the bytes.
    let parsed = Jpeg::from_bytes(Bytes::copy_from_slice(&out)).unwrap();
    assert!(parsed.exif().is_none());
    assert!(!contains(&out, b"Exif\0\0"));
    assert!(!contains(&out, GPS_SECRET));
    assert!(!contains(&out, MAKE));
    let header = jpeg_header(&out);
    assert!(!contains(header, &[0x88, 0x25]) && !contains(header, &[0x25, 0x88]));
    // The picture itself, untouched.
    assert_eq!(scan_data(&out), scan_data(&original));
    assert_eq!(decode_jpeg(&out), decode_jpeg(&original));
    // The JFIF segment stays; only the EXIF segment went.
    assert_eq!(
        out.len(),
        original.len() - 4 - exif_segment(&exif_with_gps(None)).len()
    );
    assert_eq!(header_segments(&out)[0].1, 0xE0);
    // The original is untouched.
    assert_eq!(fs::read(&src).unwrap(), original);
}

#[test]
fn jpeg_keeps_icc_and_adobe_and_drops_every_kind_of_metadata() {
    let env = Env::new();
    let icc = b"a colour profile, not a real one".repeat(4);
    let adobe = b"Adobe\0\x64\0\0\0\0\x01".to_vec();
    let mut photoshop = b"Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x0c".to_vec();
    photoshop.extend_from_slice(b"\x1c\x02\x78\0\x08Backyard");
    let c2pa = b"JP\0\x01\0\0\0\x01jumb-c2pa-identity".to_vec();
    let original = jpeg(
        false,
        &[
            (1, exif_segment(&exif_with_gps(Some(1)))),
            (1, xmp_segment()),
            (13, photoshop),
            (11, c2pa),
            (14, adobe.clone()),
        ],
        Some(&icc),
    );
    let original = insert_segment(&original, 0xDB, 0xFE, b"shot at grandma's house");
    let src = env.file("photo.jpeg", &original);

    let p = env.prepare(&src).unwrap();
    assert_eq!(
        p.removed,
        vec![
            Metadata::Exif,
            Metadata::Gps,
            Metadata::Xmp,
            Metadata::Iptc,
            Metadata::Comment,
            Metadata::Other,
        ]
    );
    let out = fs::read(&p.path).unwrap();
    for secret in [
        &b"grandma"[..],
        b"Backyard",
        b"GPSLatitude",
        GPS_SECRET,
        b"c2pa",
        b"Exif\0\0",
    ] {
        assert!(
            !contains(&out, secret),
            "{}",
            String::from_utf8_lossy(secret)
        );
    }
    let markers: Vec<u8> = header_segments(&out).iter().map(|(_, m)| *m).collect();
    assert!(!markers.iter().any(|m| [0xE1, 0xEB, 0xED, 0xFE].contains(m)));
    // Orientation 1 needs no EXIF at all.
    let parsed = Jpeg::from_bytes(Bytes::copy_from_slice(&out)).unwrap();
    assert!(parsed.exif().is_none());
    assert!(contains(jpeg_header(&out), &icc));
    assert!(contains(jpeg_header(&out), &adobe));
    assert_eq!(scan_data(&out), scan_data(&original));
    assert_eq!(decode_jpeg(&out), decode_jpeg(&original));
}

#[test]
fn turned_photo_keeps_only_its_orientation() {
    let env = Env::new();
    let original = jpeg(false, &[(1, exif_segment(&exif_with_gps(Some(6))))], None);
    let src = env.file("turned.jpg", &original);

    let p = env.prepare(&src).unwrap();
    assert_eq!(p.removed, vec![Metadata::Exif, Metadata::Gps]);
    let out = fs::read(&p.path).unwrap();
    let parsed = Jpeg::from_bytes(Bytes::copy_from_slice(&out)).unwrap();
    assert_eq!(parsed.exif().unwrap(), orientation_only(6));
    assert!(!contains(&out, GPS_SECRET));
    assert!(!contains(&out, MAKE));
    assert!(!contains(jpeg_header(&out), &[0x88, 0x25]));
    // After JFIF, before the tables and the frame.
    let markers: Vec<u8> = header_segments(&out).iter().map(|(_, m)| *m).collect();
    assert_eq!(&markers[..2], &[0xE0, 0xE1]);
    assert_eq!(decode_jpeg(&out), decode_jpeg(&original));

    // What we wrote is clean: preparing it again changes nothing.
    let again = env.prepare(&p.path).unwrap();
    assert_eq!(again.path, p.path);
    assert!(again.removed.is_empty());
    assert_eq!(again.sha256, p.sha256);
    assert_eq!(env.written().len(), 1);
}

#[test]
fn progressive_jpeg_loses_metadata_between_scans_and_what_follows_the_picture() {
    let env = Env::new();
    let mpf = b"MPF\0MM\0\x2a\0\0\0\x08\0\0\0\0\0\0".to_vec();
    let clean = jpeg(true, &[], None);
    let with_mpf = jpeg(true, &[(2, mpf)], None);
    assert_eq!(scan_data(&clean), scan_data(&with_mpf));
    // A comment before the second scan (its SOS marker is the second FF DA:
    // compressed data never holds FF followed by anything but 00).
    let sos: Vec<usize> = with_mpf
        .windows(2)
        .enumerate()
        .filter(|(_, w)| *w == [0xFF, 0xDA])
        .map(|(i, _)| i)
        .collect();
    assert!(sos.len() > 2, "a progressive JPEG has several scans");
    let mut original = with_mpf[..sos[1]].to_vec();
    original.extend_from_slice(b"\xFF\xFE\0\x0dsecret note");
    original.extend_from_slice(&with_mpf[sos[1]..]);
    // A second picture after the end of the first, as multi-picture files
    // and motion photos have.
    let second = jpeg(false, &[(1, exif_segment(&exif_with_gps(None)))], None);
    original.extend_from_slice(&second);
    let src = env.file("motion.jpg", &original);

    let p = env.prepare(&src).unwrap();
    assert_eq!(p.removed, vec![Metadata::Comment, Metadata::TrailingData]);
    let out = fs::read(&p.path).unwrap();
    // Exactly the picture without the MPF segment, the note, and the rest.
    assert_eq!(out, clean);
    assert!(!contains(&out, b"secret note"));
    assert!(!contains(&out, GPS_SECRET));
    assert_eq!(decode_jpeg(&out), decode_jpeg(&original));
}

#[test]
fn clean_jpeg_is_sent_as_it_is() {
    let env = Env::new();
    let original = jpeg(false, &[], Some(b"profile"));
    let src = env.file("scan.jpg", &original);

    let p = env.prepare(&src).unwrap();
    assert_eq!(p.path, src);
    assert!(p.removed.is_empty());
    assert_eq!(p.size, original.len() as u64);
    assert_eq!(p.sha256, sha256_of(&src));
    assert!(env.written().is_empty(), "nothing written");
    assert!(!env.work().exists());
}

#[cfg(unix)]
#[test]
fn cleaned_copy_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let src = env.file("a.jpg", &jpeg(false, &[(1, xmp_segment())], None));
    let p = env.prepare(&src).unwrap();
    let mode = fs::metadata(&p.path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let mode = fs::metadata(env.work()).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0);
}

#[test]
fn damaged_images_are_refused() {
    let env = Env::new();
    let good = jpeg(false, &[], None);
    // Cut inside the header segments.
    let src = env.file("cut.jpg", &good[..40]);
    assert_eq!(env.prepare(&src), Err(PrepareError::DamagedImage));
    // Only the magic bytes.
    let src = env.file("magic.jpg", b"\xFF\xD8\xFF");
    assert_eq!(env.prepare(&src), Err(PrepareError::DamagedImage));
    // A start and an end but no picture.
    let src = env.file("empty.jpg", b"\xFF\xD8\xFF\xFE\0\x04hi\xFF\xD9");
    assert_eq!(env.prepare(&src), Err(PrepareError::DamagedImage));

    let mut png = png_plain();
    let at = png.len() - 20;
    png[at] ^= 0xFF; // breaks a CRC
    let src = env.file("bad.png", &png);
    assert_eq!(env.prepare(&src), Err(PrepareError::DamagedImage));
    let src = env.file("cut.png", &png_plain()[..30]);
    assert_eq!(env.prepare(&src), Err(PrepareError::DamagedImage));
    assert!(env.written().is_empty());
}

// ------------------------------------------------------------------- PNG

fn itxt_xmp() -> Vec<u8> {
    let mut c = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
    c.extend_from_slice(XMP_GPS.as_bytes());
    c
}

#[test]
fn png_loses_exif_and_text_and_keeps_its_image_data() {
    let env = Env::new();
    let original = png_with(&[
        (*b"eXIf", exif_with_gps(None)),
        (*b"pHYs", vec![0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1]),
        (*b"iTXt", itxt_xmp()),
        (*b"tEXt", b"Author\0Jane Parent".to_vec()),
        (
            *b"zTXt",
            b"Raw profile type iptc\0\0x\x9c\x03\0\0\0\0\x01".to_vec(),
        ),
    ]);
    let src = env.file("screenshot.png", &original);

    let p = env.prepare(&src).unwrap();
    assert_eq!(p.kind, Kind::Png);
    assert_eq!(
        p.removed,
        vec![
            Metadata::Exif,
            Metadata::Gps,
            Metadata::Xmp,
            Metadata::Iptc,
            Metadata::Comment
        ]
    );
    assert_eq!(p.path.extension().unwrap(), "png");
    let out = fs::read(&p.path).unwrap();
    assert_eq!(p.sha256, sha256_of(&p.path));
    let kinds = png_kinds(&out);
    for gone in [b"eXIf", b"iTXt", b"tEXt", b"zTXt"] {
        assert!(!kinds.contains(gone));
    }
    let expected: Vec<[u8; 4]> = png_kinds(&original)
        .into_iter()
        .filter(|k| ![*b"eXIf", *b"iTXt", *b"tEXt", *b"zTXt"].contains(k))
        .collect();
    assert_eq!(kinds, expected);
    assert!(kinds.contains(b"pHYs"));
    assert!(
        Png::from_bytes(Bytes::copy_from_slice(&out))
            .unwrap()
            .exif()
            .is_none()
    );
    for secret in [&b"Jane Parent"[..], b"GPSLatitude", GPS_SECRET, b"Exif"] {
        assert!(!contains(&out, secret));
    }
    assert_eq!(png_idat(&out), png_idat(&original));
    assert_eq!(decode_png(&out), decode_png(&original));
    assert_eq!(decode_png(&out), png_pixels().2);
}

#[test]
fn png_orientation_survives_and_data_after_the_end_does_not() {
    let env = Env::new();
    let mut original = png_with(&[(*b"eXIf", exif_with_gps(Some(8)))]);
    original.extend_from_slice(b"PK\x03\x04 an appended archive");
    let src = env.file("p.png", &original);

    let p = env.prepare(&src).unwrap();
    assert_eq!(
        p.removed,
        vec![Metadata::Exif, Metadata::Gps, Metadata::TrailingData]
    );
    let out = fs::read(&p.path).unwrap();
    let parsed = Png::from_bytes(Bytes::copy_from_slice(&out)).unwrap();
    assert_eq!(parsed.exif().unwrap(), orientation_only(8));
    assert_eq!(parsed.chunks()[1].kind(), *b"eXIf");
    assert!(out.ends_with(b"IEND\xAE\x42\x60\x82"));
    assert_eq!(decode_png(&out), png_pixels().2);

    let again = env.prepare(&p.path).unwrap();
    assert_eq!(again.path, p.path);
    assert!(again.removed.is_empty());
}

#[test]
fn clean_png_is_sent_as_it_is() {
    let env = Env::new();
    let original = png_plain();
    let src = env.file("clean.png", &original);
    let p = env.prepare(&src).unwrap();
    assert_eq!(p.path, src);
    assert!(p.removed.is_empty());
    assert_eq!(p.sha256, sha256_of(&src));
    assert!(env.written().is_empty());
}

// ------------------------------------------------------------------- PDF

#[test]
fn valid_pdf_is_sent_unmodified_with_its_hash() {
    let env = Env::new();
    let bytes = pdf("");
    let src = env.file("Pay stub.pdf", &bytes);
    let p = env.prepare(&src).unwrap();
    assert_eq!(
        p,
        Prepared {
            path: src.clone(),
            kind: Kind::Pdf,
            size: bytes.len() as u64,
            sha256: sha256_of(&src),
            removed: Vec::new(),
            file_name: "Pay stub.pdf".into(),
        }
    );
    assert_eq!(p.sha256.len(), 64);
    assert!(
        p.sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    );
    assert!(env.written().is_empty());
}

#[test]
fn sha256_of_a_known_pdf() {
    // Independent of sha2 too: the SHA-256 of these 20 bytes, from sha256sum.
    let env = Env::new();
    let src = env.file("tiny.pdf", b"%PDF-1.0\n1 0 R\n%%EOF");
    let p = env.prepare(&src).unwrap();
    assert_eq!(
        p.sha256,
        "063227a98ac64787a60e9c4e7462a04f87e2914390703aff38adadf40a82df32"
    );
}

#[test]
fn pdf_with_junk_before_the_header_and_after_the_end() {
    let env = Env::new();
    let mut bytes = vec![b'\n'; 1000];
    bytes.extend_from_slice(&pdf(""));
    bytes.extend_from_slice(&[0u8; 1500]);
    let src = env.file("junk.pdf", &bytes);
    assert_eq!(env.prepare(&src).unwrap().kind, Kind::Pdf);
    // Past 2 KiB of junk, the end marker is too far.
    bytes.extend_from_slice(&[0u8; 1000]);
    let src = env.file("far.pdf", &bytes);
    assert_eq!(env.prepare(&src), Err(PrepareError::DamagedPdf));
}

#[test]
fn encrypted_pdf_is_refused() {
    let env = Env::new();
    let src = env.file(
        "locked.pdf",
        &pdf(" /Encrypt 4 0 R /ID [<0123456789ABCDEF> <0123456789ABCDEF>]"),
    );
    assert_eq!(env.prepare(&src), Err(PrepareError::EncryptedPdf));
    // /EncryptMetadata alone is not encryption (it only occurs inside an
    // encryption dictionary, but a name is a name).
    let src = env.file("fine.pdf", &pdf(" /EncryptMetadata false"));
    assert!(env.prepare(&src).is_ok());
}

/// A PDF whose first trailer (with /Encrypt) is followed by more than 64 KiB,
/// as after an incremental update: only the streaming scan sees it.
#[test]
fn encryption_far_from_the_end_is_found() {
    let env = Env::new();
    let mut bytes = pdf(" /Encrypt 4 0 R");
    bytes.extend_from_slice(&vec![b' '; 100 * 1024]);
    bytes.extend_from_slice(b"\ntrailer\n<< /Size 4 /Root 1 0 R >>\n%%EOF\n");
    let src = env.file("updated.pdf", &bytes);
    assert_eq!(env.prepare(&src), Err(PrepareError::EncryptedPdf));
}

#[test]
fn encryption_split_across_two_reads_is_found() {
    let env = Env::new();
    const CHUNK: usize = 64 * 1024;
    for split in 1..8 {
        let mut bytes = b"%PDF-1.7\n".to_vec();
        // "/Encrypt" starts `split` bytes before the first 64 KiB border.
        bytes.resize(CHUNK - split, b' ');
        bytes.extend_from_slice(b"/Encrypt 9 0 R\n");
        // Far enough from the end that the first look at the tail misses it.
        bytes.extend_from_slice(&vec![b' '; 2 * CHUNK]);
        bytes.extend_from_slice(b"\n%%EOF\n");
        let src = env.file("split.pdf", &bytes);
        assert_eq!(
            env.prepare(&src),
            Err(PrepareError::EncryptedPdf),
            "split {split}"
        );
    }
}

#[test]
fn truncated_pdf_is_damaged() {
    let env = Env::new();
    let bytes = pdf("");
    let src = env.file("cut.pdf", &bytes[..bytes.len() - 20]);
    assert_eq!(env.prepare(&src), Err(PrepareError::DamagedPdf));
    let src = env.file("version.pdf", b"%PDF-9.9\n%%EOF\n");
    assert_eq!(env.prepare(&src), Err(PrepareError::DamagedPdf));
}

// ------------------------------------------------------- content, not name

#[test]
fn an_executable_named_pdf_is_unsupported() {
    let env = Env::new();
    let mut elf = b"\x7FELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3E\0".to_vec();
    elf.resize(4096, 0);
    let src = env.file("statement.pdf", &elf);
    assert_eq!(env.prepare(&src), Err(PrepareError::Unsupported));
    let src = env.file("letter.docx", b"PK\x03\x04\x14\0\x06\0word/document.xml");
    assert_eq!(env.prepare(&src), Err(PrepareError::Unsupported));
    let src = env.file("notes.txt", b"just some text\n");
    assert_eq!(env.prepare(&src), Err(PrepareError::Unsupported));
}

#[test]
fn a_pdf_named_jpg_is_a_pdf() {
    let env = Env::new();
    let src = env.file("photo.jpg", &pdf(""));
    let p = env.prepare(&src).unwrap();
    assert_eq!(p.kind, Kind::Pdf);
    assert_eq!(p.kind.content_type(), "application/pdf");
    assert_eq!(p.path, src);
}

#[test]
fn heic_gets_its_own_error() {
    let env = Env::new();
    let mut heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic\0\0\x01\0meta".to_vec();
    heic.resize(2000, 7);
    let src = env.file("IMG_1234.HEIC", &heic);
    let err = env.prepare(&src).unwrap_err();
    assert_eq!(err, PrepareError::Heic);
    assert_eq!(err.code(), "heic");
    assert!(err.to_string().contains("JPEG"));
    assert_eq!(sniff(&heic), None);
}

// -------------------------------------------------------- size, existence

#[test]
fn too_large_is_refused_before_reading() {
    let env = Env::new();
    // Content that would be refused as unsupported, were it read.
    let src = env.file("big.pdf", &vec![0x7F; 2000]);
    let err = prepare(&src, &env.work(), 1999).unwrap_err();
    assert_eq!(
        err,
        PrepareError::TooLarge {
            size: 2000,
            max: 1999
        }
    );
    assert_eq!(err.code(), "too_large");
    assert!(err.to_string().contains("1.9 KB"), "{err}");
    // At the limit is fine (and then read).
    assert_eq!(
        prepare(&src, &env.work(), 2000),
        Err(PrepareError::Unsupported)
    );
}

#[test]
fn photos_over_the_in_memory_limit_are_too_large() {
    let env = Env::new();
    let src = env.dir.path().join("huge.jpg");
    let mut f = fs::File::create(&src).unwrap();
    f.write_all(b"\xFF\xD8\xFF\xE0").unwrap();
    f.set_len(IMAGE_MAX_BYTES + 1).unwrap(); // sparse
    drop(f);
    assert_eq!(
        prepare(&src, &env.work(), u64::MAX),
        Err(PrepareError::TooLarge {
            size: IMAGE_MAX_BYTES + 1,
            max: IMAGE_MAX_BYTES
        })
    );
}

#[test]
fn empty_missing_and_folders() {
    let env = Env::new();
    let src = env.file("empty.pdf", b"");
    assert_eq!(env.prepare(&src), Err(PrepareError::Empty));
    let missing = env.dir.path().join("gone.pdf");
    assert_eq!(env.prepare(&missing), Err(PrepareError::NotFound));
    assert_eq!(env.prepare(env.dir.path()), Err(PrepareError::NotAFile));
}

#[cfg(unix)]
#[test]
fn a_fifo_is_not_a_file_and_is_never_opened() {
    let env = Env::new();
    let fifo = env.dir.path().join("pipe.pdf");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !status.is_ok_and(|s| s.success()) {
        return; // no mkfifo here
    }
    // Opening it for reading would block this test forever.
    assert_eq!(env.prepare(&fifo), Err(PrepareError::NotAFile));
}

// ------------------------------------------------------- types, messages

#[test]
fn serde_names_are_snake_case() {
    assert_eq!(serde_json::to_string(&Kind::Jpeg).unwrap(), r#""jpeg""#);
    assert_eq!(
        serde_json::to_string(&Metadata::TrailingData).unwrap(),
        r#""trailing_data""#
    );
    assert_eq!(serde_json::to_string(&Metadata::Gps).unwrap(), r#""gps""#);
    let kind: Kind = serde_json::from_str(r#""png""#).unwrap();
    assert_eq!(kind.content_type(), "image/png");
    assert_eq!(Kind::Jpeg.content_type(), "image/jpeg");
}

#[test]
fn messages_speak_to_the_parent_and_never_name_the_file() {
    let env = Env::new();
    let src = env.file("Jane Doe SSN.pdf", &pdf(" /Encrypt 4 0 R"));
    let err = env.prepare(&src).unwrap_err();
    assert_eq!(err.code(), "encrypted_pdf");
    assert_eq!(
        err.to_string(),
        "This PDF is protected by a password. Remove the password, or print it to a new PDF, and try again."
    );
    assert!(!format!("{err:?}").contains("Jane"));
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert!(!boxed.to_string().is_empty());
}

// -------------------------------------------------------------- properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn sniff_never_panics(head in proptest::collection::vec(any::<u8>(), 0..6000)) {
        let _ = sniff(&head);
    }

    #[test]
    fn sniff_ignores_what_follows_the_magic(tail in proptest::collection::vec(any::<u8>(), 0..64)) {
        let mut jpeg = vec![0xFF, 0xD8, 0xFF];
        jpeg.extend_from_slice(&tail);
        prop_assert_eq!(sniff(&jpeg), Some(Kind::Jpeg));
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(&tail);
        prop_assert_eq!(sniff(&png), Some(Kind::Png));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever follows a known magic, `prepare` answers without panicking,
    /// and an answer's hash is that of the file it names.
    #[test]
    fn prepare_never_panics_on_garbage(
        magic in prop_oneof![
            Just(b"\xFF\xD8\xFF".to_vec()),
            Just(b"\x89PNG\r\n\x1a\n".to_vec()),
            Just(b"%PDF-1.4\n".to_vec()),
            Just(b"\xFF\xD8\xFF\xE1\0\x10Exif\0\0II\x2a\0".to_vec()),
        ],
        body in proptest::collection::vec(any::<u8>(), 0..2000),
        eof in any::<bool>(),
    ) {
        let env = Env::new();
        let mut bytes = magic;
        bytes.extend_from_slice(&body);
        if eof {
            bytes.extend_from_slice(b"%%EOF");
        }
        let src = env.file("x", &bytes);
        if let Ok(p) = env.prepare(&src) {
            prop_assert_eq!(p.sha256, sha256_of(&p.path));
        }
    }

    /// Cutting a real photo with metadata anywhere gives an answer, never a
    /// panic; what is written decodes as far as the original did.
    #[test]
    fn cut_photos_never_panic(cut in 0usize..2000, png in any::<bool>()) {
        let env = Env::new();
        let whole = if png {
            png_with(&[(*b"eXIf", exif_with_gps(Some(3))), (*b"iTXt", itxt_xmp())])
        } else {
            jpeg(true, &[(1, exif_segment(&exif_with_gps(Some(3)))), (1, xmp_segment())], None)
        };
        let cut = cut.min(whole.len());
        let src = env.file("cut", &whole[..cut]);
        if let Ok(p) = env.prepare(&src) {
            prop_assert_eq!(p.sha256, sha256_of(&p.path));
        }
    }
}
