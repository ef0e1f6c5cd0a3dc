//! Link-preview cards: the 1200×630 picture Zalo, Facebook and X show for
//! a shared link, as SVG (the prerenderer draws it to PNG). An article's
//! card has its title and its first chart, a dataset's its title and its
//! chart, every other page the site's own card; each says where it is from.

use super::export::{chart_elements, FILE_FONTS};
use super::text::{text_width, wrap_text};
use super::ChartView;
use crate::article::Site;
use crate::head::escape_html;

/// The size link previews ask for (Open Graph's 1.91:1).
pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;

const MARGIN: f64 = 56.0;
/// With a chart, the text keeps the left column and the chart the right.
const TEXT_COLUMN: f64 = 500.0;
const GAP: f64 = 40.0;
const ACCENT: &str = "#0072b2";
const INK: &str = "#1b1b1b";
const MUTED: &str = "#4d4d4d";
/// The rasterizer's font is wider than the layout's estimate of a
/// character: text is wrapped to this share of its width.
const WIDTH_ALLOWANCE: f64 = 0.85;

/// What a card shows: `title` (an article's or a dataset's headline; the
/// site's tagline on the site's card) and the chart beside it, if any.
pub fn card_svg(site: &Site, title: &str, chart: Option<&ChartView>) -> String {
    let (width, height) = (f64::from(CARD_WIDTH), f64::from(CARD_HEIGHT));
    let column = if chart.is_some() {
        TEXT_COLUMN
    } else {
        width - 2.0 * MARGIN
    };
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CARD_WIDTH}\" height=\"{CARD_HEIGHT}\" viewBox=\"0 0 {CARD_WIDTH} {CARD_HEIGHT}\" font-family=\"{FILE_FONTS}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<rect width=\"100%\" height=\"12\" fill=\"{ACCENT}\"/>\n"
    );
    // The site's name, then the title as large as its length allows.
    svg.push_str(&text_element(
        MARGIN,
        MARGIN + 34.0,
        34.0,
        ACCENT,
        700,
        &site.name,
    ));
    let size = if chart.is_some() { 40.0 } else { 52.0 };
    let lines = fitted_lines(title, column, size, 7);
    let mut y = MARGIN + 34.0 + 40.0;
    for line in &lines {
        y += size * 1.25;
        svg.push_str(&text_element(MARGIN, y, size, INK, 700, line));
    }
    if chart.is_none() {
        for line in fitted_lines(&site.description, column, 28.0, 3) {
            y += 28.0 * 1.4;
            if y > height - MARGIN - 60.0 {
                break;
            }
            svg.push_str(&text_element(MARGIN, y + 16.0, 28.0, MUTED, 400, &line));
        }
    }
    // Where it is from, at the foot of the text column.
    let host = site.base_url.split("://").nth(1).unwrap_or(&site.base_url);
    svg.push_str(&text_element(
        MARGIN,
        height - MARGIN,
        24.0,
        MUTED,
        400,
        host,
    ));
    if let Some(chart) = chart {
        // The chart fills the right column, its proportions kept.
        let (x, top) = (MARGIN + TEXT_COLUMN + GAP, MARGIN + 8.0);
        let (box_width, box_height) = (width - x - MARGIN, height - top - MARGIN);
        let (view_width, view_height) = (f64::from(chart.width + 16), f64::from(chart.height + 16));
        let scale = (box_width / view_width).min(box_height / view_height);
        svg.push_str(&format!(
            "<svg x=\"{x}\" y=\"{top}\" width=\"{:.0}\" height=\"{:.0}\" viewBox=\"-8 -8 {view_width} {view_height}\" font-size=\"14\" overflow=\"visible\">\n{}</svg>\n",
            view_width * scale,
            view_height * scale,
            chart_elements(chart),
        ));
    }
    svg.push_str("</svg>\n");
    svg
}

/// The words of a card for readers who cannot see it (`og:image:alt`).
pub fn card_alt(site: &Site, title: &str, chart: Option<&ChartView>) -> String {
    match chart {
        Some(chart) => format!("{}: {title}. Biểu đồ: {}.", site.name, chart.title),
        None => format!("{}: {}", site.name, site.tagline),
    }
}

/// `text` wrapped to `width` at `size`, at most `max` lines, the last
/// ending in "…" if words were left out.
fn fitted_lines(text: &str, width: f64, size: f64, max: usize) -> Vec<String> {
    let mut lines = wrap_text(text, width * WIDTH_ALLOWANCE, size);
    if lines.len() > max {
        lines.truncate(max);
        let last = lines.last_mut().expect("max > 0");
        while text_width(&format!("{last} …"), size) > width * WIDTH_ALLOWANCE {
            match last.rfind(' ') {
                Some(space) => last.truncate(space),
                None => break,
            }
        }
        last.push_str(" …");
    }
    lines
}

fn text_element(x: f64, y: f64, size: f64, fill: &str, weight: u32, text: &str) -> String {
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{fill}\">{}</text>\n",
        escape_html(text)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_title_is_cut_at_a_word_with_an_ellipsis() {
        let title = "một ".repeat(200);
        let lines = fitted_lines(title.trim(), 500.0, 40.0, 7);
        assert_eq!(lines.len(), 7);
        assert!(lines[6].ends_with(" …"));
        for line in &lines {
            assert!(text_width(line, 40.0) <= 500.0 * WIDTH_ALLOWANCE, "{line}");
        }
        assert_eq!(fitted_lines("Ngắn", 500.0, 40.0, 7), vec!["Ngắn"]);
    }
}
