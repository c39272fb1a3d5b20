use std::fmt;
use std::io;

/// Why a file cannot be sent. `Display` is a message for the parent, in
/// English; [`PrepareError::code`] is the stable key the UI translates by.
/// Neither ever carries the file's path or name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrepareError {
    #[error("The file could not be found. It may have been moved or deleted. Choose it again.")]
    NotFound,
    #[error("This is not a file that can be sent (it may be a folder). Choose a file.")]
    NotAFile,
    #[error(
        "This file is {} and the largest file you can send is {}. Make it smaller (for example, scan it again at a lower resolution, or send fewer pages at a time) and try again.",
        Size::Up(*size),
        Size::Down(*max)
    )]
    TooLarge { size: u64, max: u64 },
    #[error("This file is empty. Choose another file.")]
    Empty,
    #[error("This kind of file cannot be sent. Send a PDF, or a picture saved as JPEG or PNG.")]
    Unsupported,
    #[error(
        "This picture is in HEIC format, which the agency cannot accept. Save it as JPEG, or take a screenshot of it, and try again. (On an iPhone, Settings > Camera > Formats > Most Compatible saves new photos as JPEG.)"
    )]
    Heic,
    #[error(
        "This PDF is protected by a password. Remove the password, or print it to a new PDF, and try again."
    )]
    EncryptedPdf,
    #[error(
        "This PDF seems to be damaged or incomplete. Open it to check, save or print it to a new PDF, and try again."
    )]
    DamagedPdf,
    #[error(
        "This picture seems to be damaged or incomplete. Open it to check, save it again as JPEG or PNG, and try again."
    )]
    DamagedImage,
    /// Reading the file, or writing the cleaned copy, failed. The text is the
    /// system's (for logs); it never names the file.
    #[error("The file could not be read or copied. Try again, or choose another copy of it.")]
    Io(String),
}

impl PrepareError {
    /// A stable snake_case code for the UI to translate by.
    pub fn code(&self) -> &'static str {
        match self {
            PrepareError::NotFound => "not_found",
            PrepareError::NotAFile => "not_a_file",
            PrepareError::TooLarge { .. } => "too_large",
            PrepareError::Empty => "empty",
            PrepareError::Unsupported => "unsupported",
            PrepareError::Heic => "heic",
            PrepareError::EncryptedPdf => "encrypted_pdf",
            PrepareError::DamagedPdf => "damaged_pdf",
            PrepareError::DamagedImage => "damaged_image",
            PrepareError::Io(_) => "io",
        }
    }

    /// Every code [`PrepareError::code`] can return, for the UI's tests.
    pub const CODES: &'static [&'static str] = &[
        "not_found",
        "not_a_file",
        "too_large",
        "empty",
        "unsupported",
        "heic",
        "encrypted_pdf",
        "damaged_pdf",
        "damaged_image",
        "io",
    ];

    pub(crate) fn io(err: io::Error) -> Self {
        // io::Error's text is the OS's ("Permission denied (os error 13)"):
        // std never puts the path in it.
        PrepareError::Io(err.to_string())
    }

    /// For errors opening or looking up the source file.
    pub(crate) fn from_open(err: io::Error) -> Self {
        match err.kind() {
            io::ErrorKind::NotFound => PrepareError::NotFound,
            io::ErrorKind::IsADirectory => PrepareError::NotAFile,
            _ => PrepareError::io(err),
        }
    }

    /// The file changed size while it was being read.
    pub(crate) fn changed() -> Self {
        PrepareError::Io("the file changed while it was being read".to_owned())
    }
}

/// A size for people: "25 MB", "1.5 MB", "900 KB" (1 MB = 1024 KB). `Up`
/// rounds up to the digit shown and `Down` rounds down, so that a file over
/// the limit never shows as the limit itself.
enum Size {
    Up(u64),
    Down(u64),
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const KIB: u64 = 1024;
        const MIB: u64 = 1024 * 1024;
        const GIB: u64 = 1024 * 1024 * 1024;
        let (bytes, up) = match *self {
            Size::Up(b) => (b, true),
            Size::Down(b) => (b, false),
        };
        if bytes < KIB {
            return write!(f, "{bytes} bytes");
        }
        let (unit, name) = if bytes >= GIB {
            (GIB, "GB")
        } else if bytes >= MIB {
            (MIB, "MB")
        } else {
            (KIB, "KB")
        };
        // In tenths of the unit, rounded as asked; u128 cannot overflow.
        let scaled = u128::from(bytes) * 10;
        let unit = u128::from(unit);
        let tenths = if up {
            scaled.div_ceil(unit)
        } else {
            scaled / unit
        };
        if tenths % 10 == 0 {
            write!(f, "{} {name}", tenths / 10)
        } else {
            write!(f, "{}.{} {name}", tenths / 10, tenths % 10)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_well_and_never_meet_the_limit() {
        let mib = 1024 * 1024;
        assert_eq!(Size::Down(25 * mib).to_string(), "25 MB");
        assert_eq!(Size::Up(25 * mib + 1).to_string(), "25.1 MB");
        assert_eq!(Size::Up(1536 * 1024).to_string(), "1.5 MB");
        assert_eq!(Size::Up(900 * 1024).to_string(), "900 KB");
        assert_eq!(Size::Up(12).to_string(), "12 bytes");
        assert_eq!(Size::Up(3 * 1024 * mib).to_string(), "3 GB");
        let e = PrepareError::TooLarge {
            size: 25 * mib + 1,
            max: 25 * mib,
        };
        assert!(
            e.to_string()
                .starts_with("This file is 25.1 MB and the largest file you can send is 25 MB.")
        );
    }

    #[test]
    fn codes_are_listed() {
        let all = [
            PrepareError::NotFound,
            PrepareError::NotAFile,
            PrepareError::TooLarge { size: 2, max: 1 },
            PrepareError::Empty,
            PrepareError::Unsupported,
            PrepareError::Heic,
            PrepareError::EncryptedPdf,
            PrepareError::DamagedPdf,
            PrepareError::DamagedImage,
            PrepareError::Io(String::new()),
        ];
        let codes: Vec<_> = all.iter().map(PrepareError::code).collect();
        assert_eq!(codes, PrepareError::CODES);
    }
}
