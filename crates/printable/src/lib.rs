//! Renders a printable document to PDF bytes: a title, lines of text under
//! it, and sections that are tables (a heading, column labels, rows of cells
//! already worded and formatted by the caller, in the parent's language).
//!
//! Pages are US Letter, the text in the PDF base fonts Helvetica and
//! Helvetica-Bold (every PDF reader has them, so nothing is embedded) with
//! WinAnsiEncoding, which covers English and Spanish; a character outside it
//! prints as `?`. Long tables go on over as many pages as they need, with
//! their column labels repeated; a cell too wide for its column is cut short
//! with an ellipsis. The document's language and title are set, so a screen
//! reader names it.
//!
//! Pure: no I/O. The caller writes the bytes where the parent chose.

mod metrics;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use serde::Deserialize;

/// A document to print.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, export_to = "printable/", rename = "PrintableDocument")
)]
pub struct Document {
    /// BCP 47, e.g. `en` or `es`.
    pub language: String,
    pub title: String,
    /// Lines under the title: who, which case, as of when.
    pub lines: Vec<String>,
    pub sections: Vec<Section>,
    /// At the foot of every page, after the page number.
    pub footer: String,
    /// "Page", in the document's language.
    pub page_label: String,
}

/// A table with its heading.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, export_to = "printable/", rename = "PrintableSection")
)]
pub struct Section {
    pub heading: String,
    pub columns: Vec<Column>,
    /// Each row has one cell per column (missing cells are blank).
    pub rows: Vec<Vec<String>>,
    /// Printed when there are no rows.
    pub empty: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, export_to = "printable/", rename = "PrintableColumn")
)]
pub struct Column {
    pub label: String,
    /// Amounts are right-aligned.
    pub align: Align,
    /// Its share of the page's width, relative to the other columns'.
    pub weight: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, export_to = "printable/", rename = "PrintableAlign")
)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    Left,
    Right,
}

const PAGE_WIDTH: f32 = 612.0;
const PAGE_HEIGHT: f32 = 792.0;
const MARGIN: f32 = 54.0;
const TITLE_SIZE: f32 = 16.0;
const HEADING_SIZE: f32 = 12.0;
const TEXT_SIZE: f32 = 9.0;
const LINE: f32 = 13.0;
const CELL_PADDING: f32 = 4.0;

const REGULAR: Name<'static> = Name(b"F1");
const BOLD: Name<'static> = Name(b"F2");

#[derive(Clone, Copy, PartialEq, Eq)]
enum Face {
    Regular,
    Bold,
}

impl Face {
    fn name(self) -> Name<'static> {
        match self {
            Face::Regular => REGULAR,
            Face::Bold => BOLD,
        }
    }

    fn widths(self) -> &'static [u16; 256] {
        match self {
            Face::Regular => &metrics::HELVETICA,
            Face::Bold => &metrics::HELVETICA_BOLD,
        }
    }
}

/// `text` in WinAnsiEncoding; what it cannot encode becomes `?`.
fn encode(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            ' '..='~' => c as u8,
            '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '‚' => 0x82,
            '„' => 0x84,
            '…' => 0x85,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '™' => 0x99,
            // Narrow no-break spaces, as some locales put in numbers.
            '\u{202f}' | '\u{2009}' => b' ',
            '\u{2212}' => b'-',
            _ => b'?',
        })
        .collect()
}

/// The width of encoded `bytes` at `size`, in points.
fn width(bytes: &[u8], face: Face, size: f32) -> f32 {
    let widths = face.widths();
    let units: u32 = bytes
        .iter()
        .map(|b| u32::from(widths[usize::from(*b)]))
        .sum();
    units as f32 * size / 1000.0
}

/// `text` encoded, cut short with an ellipsis to fit in `room` points.
fn fit(text: &str, face: Face, size: f32, room: f32) -> Vec<u8> {
    let mut bytes = encode(text);
    if width(&bytes, face, size) <= room {
        return bytes;
    }
    let ellipsis = width(&[0x85], face, size);
    while !bytes.is_empty() && width(&bytes, face, size) + ellipsis > room {
        bytes.pop();
    }
    bytes.push(0x85);
    bytes
}

/// Pages being filled, top to bottom.
struct Writer {
    pages: Vec<Content>,
    /// The baseline of the next line on the current page.
    y: f32,
}

impl Writer {
    fn new() -> Self {
        Self {
            pages: vec![Content::new()],
            y: PAGE_HEIGHT - MARGIN,
        }
    }

    fn page(&mut self) -> &mut Content {
        self.pages.last_mut().expect("there is always a page")
    }

    /// Room for `height` more points on this page, else a new page.
    fn room(&mut self, height: f32) -> bool {
        if self.y - height < MARGIN + LINE {
            self.pages.push(Content::new());
            self.y = PAGE_HEIGHT - MARGIN;
            true
        } else {
            false
        }
    }

    fn text(&mut self, x: f32, bytes: &[u8], face: Face, size: f32) {
        let y = self.y;
        let page = self.page();
        page.begin_text();
        page.set_font(face.name(), size);
        page.next_line(x, y);
        page.show(Str(bytes));
        page.end_text();
    }

    fn rule(&mut self, y: f32, gray: f32) {
        let page = self.page();
        page.save_state();
        page.set_stroke_gray(gray);
        page.set_line_width(0.5);
        page.move_to(MARGIN, y);
        page.line_to(PAGE_WIDTH - MARGIN, y);
        page.stroke();
        page.restore_state();
    }

    fn row(&mut self, columns: &[Column], cells: &[String], face: Face) {
        let total: f32 = columns.iter().map(|c| c.weight.max(0.1)).sum();
        let usable = PAGE_WIDTH - 2.0 * MARGIN;
        let mut x = MARGIN;
        for (i, column) in columns.iter().enumerate() {
            let span = usable * column.weight.max(0.1) / total;
            let room = span - 2.0 * CELL_PADDING;
            let text = cells.get(i).map_or("", String::as_str);
            let bytes = fit(text, face, TEXT_SIZE, room);
            let at = match column.align {
                Align::Left => x + CELL_PADDING,
                Align::Right => x + span - CELL_PADDING - width(&bytes, face, TEXT_SIZE),
            };
            self.text(at, &bytes, face, TEXT_SIZE);
            x += span;
        }
    }

    fn section(&mut self, section: &Section) {
        self.room(3.0 * LINE);
        self.y -= LINE;
        let heading = fit(
            &section.heading,
            Face::Bold,
            HEADING_SIZE,
            PAGE_WIDTH - 2.0 * MARGIN,
        );
        self.text(MARGIN, &heading, Face::Bold, HEADING_SIZE);
        self.y -= LINE * 1.4;
        let labels: Vec<String> = section.columns.iter().map(|c| c.label.clone()).collect();
        self.labels(&section.columns, &labels);
        if section.rows.is_empty() {
            self.text(
                MARGIN + CELL_PADDING,
                &encode(&section.empty),
                Face::Regular,
                TEXT_SIZE,
            );
            self.y -= LINE;
        }
        for row in &section.rows {
            if self.room(LINE) {
                self.labels(&section.columns, &labels);
            }
            self.row(&section.columns, row, Face::Regular);
            self.y -= LINE;
        }
    }

    fn labels(&mut self, columns: &[Column], labels: &[String]) {
        self.row(columns, labels, Face::Bold);
        let y = self.y - 4.0;
        self.rule(y, 0.3);
        self.y -= LINE;
    }
}

/// The document as PDF bytes.
pub fn render(document: &Document) -> Vec<u8> {
    let mut writer = Writer::new();
    let usable = PAGE_WIDTH - 2.0 * MARGIN;
    let title = fit(&document.title, Face::Bold, TITLE_SIZE, usable);
    writer.text(MARGIN, &title, Face::Bold, TITLE_SIZE);
    writer.y -= LINE * 1.6;
    for line in &document.lines {
        writer.room(LINE);
        let bytes = fit(line, Face::Regular, TEXT_SIZE + 1.0, usable);
        writer.text(MARGIN, &bytes, Face::Regular, TEXT_SIZE + 1.0);
        writer.y -= LINE;
    }
    for section in &document.sections {
        writer.section(section);
    }

    let count = writer.pages.len();
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    let first_page = 6;
    let page_ids: Vec<Ref> = (0..count)
        .map(|i| Ref::new(first_page + 2 * i32::try_from(i).unwrap_or(i32::MAX / 4)))
        .collect();
    let mut root = pdf.catalog(catalog);
    root.pages(tree);
    root.lang(TextStr(&document.language));
    root.finish();
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(i32::try_from(count).unwrap_or(i32::MAX));
    pdf.type1_font(regular)
        .base_font(Name(b"Helvetica"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.type1_font(bold)
        .base_font(Name(b"Helvetica-Bold"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.document_info(info)
        .title(TextStr(&document.title))
        .producer(TextStr("Child Support Self-Service"));
    for (i, (mut content, id)) in writer.pages.into_iter().zip(&page_ids).enumerate() {
        let footer = format!(
            "{} {} / {}    {}",
            document.page_label,
            i + 1,
            count,
            document.footer
        );
        let bytes = fit(&footer, Face::Regular, TEXT_SIZE - 1.0, usable);
        content.begin_text();
        content.set_font(REGULAR, TEXT_SIZE - 1.0);
        content.next_line(MARGIN, MARGIN - LINE);
        content.show(Str(&bytes));
        content.end_text();
        let content_id = Ref::new(id.get() + 1);
        let mut page = pdf.page(*id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT));
        page.parent(tree);
        page.contents(content_id);
        let mut resources = page.resources();
        resources.fonts().pair(REGULAR, regular).pair(BOLD, bold);
        resources.finish();
        page.finish();
        pdf.stream(content_id, &content.finish());
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(rows: usize) -> Document {
        Document {
            language: "es".to_owned(),
            title: "Estado de cuenta — caso C-1001".to_owned(),
            lines: vec!["María López · al 22 de noviembre de 2026".to_owned()],
            sections: vec![Section {
                heading: "Pagos".to_owned(),
                columns: vec![
                    Column {
                        label: "Fecha".to_owned(),
                        align: Align::Left,
                        weight: 2.0,
                    },
                    Column {
                        label: "Importe".to_owned(),
                        align: Align::Right,
                        weight: 1.0,
                    },
                ],
                rows: (0..rows)
                    .map(|i| vec![format!("2026-01-{:02}", i % 28 + 1), format!("${i}.00")])
                    .collect(),
                empty: "Ningún pago.".to_owned(),
            }],
            footer: "Child Support Self-Service".to_owned(),
            page_label: "Página".to_owned(),
        }
    }

    fn count(haystack: &[u8], needle: &[u8]) -> usize {
        haystack
            .windows(needle.len())
            .filter(|w| *w == needle)
            .count()
    }

    /// Every string the pages show (`(…) Tj` or `<…> Tj`), decoded.
    fn shown(pdf: &[u8]) -> Vec<Vec<u8>> {
        let text = String::from_utf8_lossy(pdf);
        text.lines()
            .filter_map(|line| line.strip_suffix(" Tj"))
            .map(|s| {
                if let Some(hex) = s.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
                    (0..hex.len())
                        .step_by(2)
                        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                        .collect()
                } else {
                    s.trim_start_matches('(')
                        .trim_end_matches(')')
                        .as_bytes()
                        .to_vec()
                }
            })
            .collect()
    }

    fn shows(pdf: &[u8], text: &[u8]) -> usize {
        shown(pdf).iter().filter(|s| s.as_slice() == text).count()
    }

    #[test]
    fn a_statement_is_a_pdf_with_its_text_in_winansi() {
        let pdf = render(&statement(3));
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.trim_ascii_end().ends_with(b"%%EOF"));
        // "María López" in WinAnsi: í is 0xED, ó 0xF3.
        assert_eq!(
            shows(&pdf, b"Mar\xeda L\xf3pez \xb7 al 22 de noviembre de 2026"),
            1
        );
        assert_eq!(count(&pdf, b"/WinAnsiEncoding"), 2);
        assert_eq!(count(&pdf, b"/Lang (es)"), 1);
        assert_eq!(shows(&pdf, b"$2.00"), 1);
        assert_eq!(count(&pdf, b"/Type /Page\n"), 1);
    }

    #[test]
    fn a_long_table_goes_on_over_pages_with_its_labels_again() {
        let pdf = render(&statement(200));
        let pages = count(&pdf, b"/Type /Page\n");
        assert!(pages >= 4, "{pages} pages");
        assert_eq!(shows(&pdf, b"Importe"), pages, "labels on every page");
        assert_eq!(shows(&pdf, b"$199.00"), 1);
        let footers: Vec<Vec<u8>> = shown(&pdf)
            .into_iter()
            .filter(|s| s.starts_with(b"P\xe1gina "))
            .collect();
        assert_eq!(footers.len(), pages);
        let first = format!(" 1 / {pages} ");
        assert!(
            footers[0]
                .windows(first.len())
                .any(|w| w == first.as_bytes())
        );
    }

    #[test]
    fn an_empty_table_says_so() {
        let pdf = render(&statement(0));
        assert_eq!(shows(&pdf, b"Ning\xfan pago."), 1);
    }

    #[test]
    fn amounts_are_right_aligned_and_long_text_is_cut_to_fit() {
        let narrow = width(&encode("$1.00"), Face::Regular, TEXT_SIZE);
        let wide = width(&encode("$1,000.00"), Face::Regular, TEXT_SIZE);
        assert!(wide > narrow);
        // Digits are all 556 units wide in Helvetica.
        assert!((width(b"0123456789", Face::Regular, 10.0) - 55.6).abs() < 0.01);
        let cut = fit(&"x".repeat(500), Face::Regular, TEXT_SIZE, 100.0);
        assert!(width(&cut, Face::Regular, TEXT_SIZE) <= 100.0);
        assert_eq!(cut.last(), Some(&0x85));
    }

    #[test]
    fn what_winansi_lacks_prints_as_a_question_mark() {
        assert_eq!(encode("año ¿€? 中"), b"a\xf1o \xbf\x80? ?");
    }
}
