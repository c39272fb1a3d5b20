//! Just enough of EXIF (a TIFF structure) to know a photo's orientation and
//! whether it records where it was taken, and to write an EXIF holding only
//! the orientation.

/// TIFF tag of the orientation (a SHORT, 1 to 8).
const TAG_ORIENTATION: u16 = 0x0112;
/// TIFF tag pointing to the GPS IFD.
pub(crate) const TAG_GPS_IFD: u16 = 0x8825;
const TYPE_SHORT: u16 = 3;

/// What matters to us in an EXIF block.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Info {
    /// The orientation, when IFD0 gives a valid one (1 to 8).
    pub orientation: Option<u16>,
    /// Whether IFD0 points to a GPS IFD.
    pub gps: bool,
}

/// Reads IFD0 of a TIFF structure (the EXIF payload, after any `Exif\0\0`
/// prefix). Anything it cannot read is simply not found: this never fails.
pub(crate) fn read(tiff: &[u8]) -> Info {
    let mut info = Info::default();
    let big_endian = match tiff.get(0..2) {
        Some(b"II") => false,
        Some(b"MM") => true,
        _ => return info,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b = tiff.get(at..at.checked_add(2)?)?;
        Some(if big_endian {
            u16::from_be_bytes([b[0], b[1]])
        } else {
            u16::from_le_bytes([b[0], b[1]])
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b = tiff.get(at..at.checked_add(4)?)?;
        let b = [b[0], b[1], b[2], b[3]];
        Some(if big_endian {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        })
    };
    if u16_at(2) != Some(42) {
        return info;
    }
    // Within the block, so that the offsets below cannot overflow.
    let Some(ifd0) = u32_at(4)
        .and_then(|o| usize::try_from(o).ok())
        .filter(|&o| o < tiff.len())
    else {
        return info;
    };
    let Some(count) = u16_at(ifd0) else {
        return info;
    };
    for i in 0..usize::from(count) {
        let entry = ifd0 + 2 + i * 12;
        let (Some(tag), Some(kind), Some(n)) =
            (u16_at(entry), u16_at(entry + 2), u32_at(entry + 4))
        else {
            break;
        };
        match tag {
            TAG_ORIENTATION if kind == TYPE_SHORT && n == 1 => {
                // A single SHORT sits in the first two bytes of the value.
                info.orientation = u16_at(entry + 8).filter(|o| (1..=8).contains(o));
            }
            TAG_GPS_IFD => info.gps = true,
            _ => {}
        }
    }
    info
}

/// A TIFF structure (little-endian) whose IFD0 holds only `orientation`,
/// with no further IFD: 26 bytes.
pub(crate) fn orientation_only(orientation: u16) -> Vec<u8> {
    let mut tiff = Vec::with_capacity(26);
    tiff.extend_from_slice(b"II");
    tiff.extend_from_slice(&42u16.to_le_bytes());
    tiff.extend_from_slice(&8u32.to_le_bytes()); // IFD0 right after the header
    tiff.extend_from_slice(&1u16.to_le_bytes()); // one entry
    tiff.extend_from_slice(&TAG_ORIENTATION.to_le_bytes());
    tiff.extend_from_slice(&TYPE_SHORT.to_le_bytes());
    tiff.extend_from_slice(&1u32.to_le_bytes()); // count
    tiff.extend_from_slice(&orientation.to_le_bytes());
    tiff.extend_from_slice(&[0, 0]); // padding of the 4-byte value field
    tiff.extend_from_slice(&0u32.to_le_bytes()); // no next IFD
    tiff
}

/// What to keep of an EXIF block: `Keep` when it already is exactly the
/// orientation-only block we would write, else `Replace` with that block
/// (when the photo is turned) or `Drop`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    Keep,
    Replace(Vec<u8>),
    Drop,
}

pub(crate) fn verdict(tiff: &[u8]) -> (Verdict, Info) {
    let info = read(tiff);
    let verdict = match info.orientation {
        Some(o) if o != 1 => {
            let minimal = orientation_only(o);
            if tiff == minimal.as_slice() {
                Verdict::Keep
            } else {
                Verdict::Replace(minimal)
            }
        }
        _ => Verdict::Drop,
    };
    (verdict, info)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let tiff = orientation_only(6);
        assert_eq!(tiff.len(), 26);
        assert_eq!(
            read(&tiff),
            Info {
                orientation: Some(6),
                gps: false
            }
        );
        assert_eq!(verdict(&tiff).0, Verdict::Keep);
    }

    #[test]
    fn big_endian_with_gps() {
        let mut tiff = b"MM\0\x2a\0\0\0\x08\0\x02".to_vec();
        tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 3, 0, 0]);
        tiff.extend_from_slice(&[0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 0x26]);
        tiff.extend_from_slice(&[0, 0, 0, 0]);
        let (verdict, info) = verdict(&tiff);
        assert_eq!(
            info,
            Info {
                orientation: Some(3),
                gps: true
            }
        );
        assert_eq!(verdict, Verdict::Replace(orientation_only(3)));
    }

    #[test]
    fn garbage_is_nothing() {
        for tiff in [
            &b""[..],
            b"II",
            b"II\x2a\0\xff\xff\xff\xff",
            b"MM\0\x2a\0\0\0\x08\xff\xff",
        ] {
            assert_eq!(read(tiff), Info::default());
            assert_eq!(verdict(tiff).0, Verdict::Drop);
        }
    }
}
