//! The files readers download: a dataset as CSV, a chart as a standalone
//! SVG file whose shapes carry their look as presentation attributes.

use super::table::provenance;
use super::text::{iso_date_vi, value_text};
use super::{ChartView, ShapeKind};
use crate::article::Article;
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

fn dedupe_attributes(attributes: &str) -> String {
    let mut kept: Vec<(&str, &str)> = Vec::new();
    for pair in attributes.split(" ").filter(|p| !p.is_empty()) {
        let Some((name, value)) = pair.split_once('=') else {
            continue;
        };
        match kept.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => kept.push((name, value)),
        }
    }
    kept.iter().map(|(n, v)| format!(" {n}={v}")).collect()
}

/// The chart as a standalone SVG file, with its title, description and
/// source written in, for readers to download.
pub fn svg_document(view: &ChartView, site_name: &str) -> String {
    let footer = 28;
    let (width, height) = (view.width, view.height + footer);
    let mut svg = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-8 -8 {} {}\" width=\"{}\" height=\"{}\" font-family=\"system-ui, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"14\">\n<title>{}</title>\n<desc>{}</desc>\n<rect x=\"-8\" y=\"-8\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        width + 16,
        height + 16,
        width + 16,
        height + 16,
        escape_html(&view.title),
        escape_html(&view.summary),
    );
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
    svg.push_str(&format!(
        "<text x=\"0\" y=\"{}\" fill=\"#4d4d4d\" font-size=\"12\">{}</text>\n</svg>\n",
        view.height + 20,
        escape_html(&format!(
            "Nguồn: {site_name}, số liệu từ bài “{}”",
            view.article_title
        )),
    ));
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
    }
}
