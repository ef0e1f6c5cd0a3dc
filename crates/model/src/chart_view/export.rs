//! The files readers download: a dataset as CSV, a chart as a standalone
//! SVG file whose shapes carry their look as presentation attributes (the
//! PNG download and the link previews are drawn from the same elements).

use super::table::provenance;
use super::text::{iso_date_vi, value_text, wrap_text};
use super::{ChartView, ShapeKind};
use crate::article::{Article, Site};
use crate::head::escape_html;
use crate::stats::Dataset;

/// The dataset as CSV for spreadsheets: UTF-8 with a byte-order mark (so
/// spreadsheet programs read Vietnamese right), RFC 4180 quoting, CRLF.
/// Numbers are plain with a decimal comma, as vi-VN spreadsheets read them;
/// "Giá trị như bài viết" keeps the text's own notation and qualifier.
pub fn csv_document(dataset: &Dataset, article: &Article) -> String {
    let header = [
        "Bộ số liệu",
        "Mục",
        "Giá trị như bài viết",
        "Số",
        "Đơn vị",
        "Từ chỉ mức độ",
        "Trên tổng số",
        "Tỷ lệ bài viết nêu (%)",
        "Tỷ lệ tính lại (%)",
        "Ngày",
        "Loại",
        "Nguồn",
        "Ghi chú",
    ];
    let plain = |n: Option<f64>| {
        n.map(|n| n.to_string().replace('.', ","))
            .unwrap_or_default()
    };
    let mut out = String::from("\u{feff}");
    let mut row = |cells: &[String]| {
        let quoted: Vec<String> = cells
            .iter()
            .map(|cell| {
                if cell.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", cell.replace('"', "\"\""))
                } else {
                    cell.clone()
                }
            })
            .collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    };
    row(&header.map(String::from));
    for value in &dataset.values {
        row(&[
            dataset.title.clone(),
            value.label.clone(),
            if value.number.is_some() {
                value_text(value)
            } else {
                String::new()
            },
            plain(value.number),
            value.unit.clone(),
            value.qualifier.clone().unwrap_or_default(),
            plain(value.of),
            plain(value.stated_percent),
            value
                .computed_percent()
                .map(|p| crate::format::number_vi(p, 1))
                .unwrap_or_default(),
            value.date.as_deref().map(iso_date_vi).unwrap_or_default(),
            if value.derived.is_some() {
                "Tính ra".into()
            } else {
                "Số trong bài".into()
            },
            provenance(value, article),
            value.note.clone().unwrap_or_default(),
        ]);
    }
    out
}

/// How a shape class looks in a downloaded SVG file, as presentation
/// attributes: the file must look right on its own, and a page's
/// Content-Security-Policy would block a `<style>` element inside it.
/// The page's CSS (style/main.css, `.chart`) uses the same colours.
pub fn file_attributes(class: &str) -> String {
    let mut attributes = String::new();
    for name in class.split_whitespace() {
        attributes.push_str(match name {
            "c-bar" | "c-part" => r##" fill="#0072b2""##,
            "c-bar--derived" => {
                r##" fill="#e3eef7" stroke="#0072b2" stroke-width="2" stroke-dasharray="5 3""##
            }
            "c-track" => r##" fill="#ffffff" stroke="#6b6b6b""##,
            "c-axis" => r##" stroke="#6b6b6b""##,
            "c-leader" => r##" stroke="#6b6b6b" stroke-dasharray="2 2""##,
            "c-dot" => r##" fill="#d55e00""##,
            "c-label" | "c-value" | "c-date" | "c-unit" => r##" fill="#1b1b1b""##,
            "c-tick" => r##" fill="#4d4d4d" font-size="12""##,
            _ => "",
        });
        attributes.push_str(match name {
            "c-value--inside" => r##" fill="#ffffff""##,
            "c-value" | "c-date" | "c-unit" => r#" font-weight="700""#,
            "t-end" => r#" text-anchor="end""#,
            "t-mid" => r#" text-anchor="middle""#,
            _ => "",
        });
    }
    // The later fill of "c-value c-value--inside" wins in CSS; in
    // attributes the first would: keep only the last of each.
    dedupe_attributes(&attributes)
}

/// ` a="1" b="2 3" a="4"` → ` b="2 3" a="4"`: the last of each name, in
/// the order of their first; values are quoted and may hold spaces
/// (`stroke-dasharray="5 3"`).
fn dedupe_attributes(attributes: &str) -> String {
    let mut kept: Vec<(&str, &str)> = Vec::new();
    let mut rest = attributes;
    while let Some((name, after)) = rest.split_once("=\"") {
        let Some((value, tail)) = after.split_once('"') else {
            break;
        };
        let name = name.trim();
        rest = tail;
        match kept.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => kept.push((name, value)),
        }
    }
    kept.iter().map(|(n, v)| format!(" {n}=\"{v}\"")).collect()
}

/// The font every file's text asks for; a rasterizer without these
/// fonts falls back to its sans-serif.
pub const FILE_FONTS: &str = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif";

/// Line height of the source lines under a chart in a file.
const SOURCE_LINE: i32 = 16;

/// The chart's shapes as SVG elements, their look as attributes.
pub fn chart_elements(view: &ChartView) -> String {
    let mut svg = String::new();
    for shape in &view.shapes {
        let attributes = file_attributes(&shape.class);
        let (x, y, w, h) = (shape.x, shape.y, shape.w, shape.h);
        let element = match shape.kind {
            ShapeKind::Rect => {
                format!("<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"{attributes}/>")
            }
            ShapeKind::Line => {
                format!("<line x1=\"{x}\" y1=\"{y}\" x2=\"{w}\" y2=\"{h}\"{attributes}/>")
            }
            ShapeKind::Circle => format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"{w}\"{attributes}/>"),
            ShapeKind::Text => format!(
                "<text x=\"{x}\" y=\"{y}\"{attributes}>{}</text>",
                escape_html(&shape.text)
            ),
        };
        svg.push_str(&element);
        svg.push('\n');
    }
    svg
}

/// Where a chart in a file comes from and under which licence, in lines
/// that fit its width: "Nguồn: Tin & Số, số liệu từ bài “…”. Giấy phép CC BY 4.0."
pub fn source_lines(view: &ChartView, site: &Site) -> Vec<String> {
    let text = format!(
        "Nguồn: {}, số liệu từ bài “{}”. Giấy phép {}.",
        site.name, view.article_title, site.license.name
    );
    wrap_text(&text, f64::from(view.width), 12.0)
}

/// The chart as a standalone SVG file, with its title, description and
/// source written in, for readers to download (and the PNG drawn from it).
pub fn svg_document(view: &ChartView, site: &Site) -> String {
    let lines = source_lines(view, site);
    let footer = 12 + SOURCE_LINE * lines.len() as i32;
    let (width, height) = (view.width + 16, view.height + footer + 16);
    let mut svg = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-8 -8 {width} {height}\" width=\"{width}\" height=\"{height}\" font-family=\"{FILE_FONTS}\" font-size=\"14\">\n<title>{}</title>\n<desc>{}</desc>\n<rect x=\"-8\" y=\"-8\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        escape_html(&view.title),
        escape_html(&view.summary),
    );
    svg.push_str(&chart_elements(view));
    for (i, line) in lines.iter().enumerate() {
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" fill=\"#4d4d4d\" font-size=\"12\">{}</text>\n",
            view.height + 20 + SOURCE_LINE * i as i32,
            escape_html(line),
        ));
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_for_files_follow_the_last_class() {
        assert_eq!(
            file_attributes("c-value c-value--inside t-end"),
            r##" fill="#ffffff" font-weight="700" text-anchor="end""##
        );
        assert_eq!(file_attributes("c-grid-unknown"), "");
        // A value with a space stays whole.
        assert_eq!(
            file_attributes("c-bar c-bar--derived"),
            r##" fill="#e3eef7" stroke="#0072b2" stroke-width="2" stroke-dasharray="5 3""##
        );
    }
}
