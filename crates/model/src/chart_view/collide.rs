//! No text over text: the box each label of a chart takes, from the same
//! width estimate the layouts wrap and place text with, and the check that
//! no two labels overlap and no label touches an axis line. The layouts
//! guarantee it; the tests hold them to it for every dataset of the seed
//! and for made-up ones with long labels and extreme values, and the
//! browser tests measure the boxes the fonts really draw.

use super::text::text_width;
use super::{ChartView, Shape, ShapeKind};

/// A box in the chart's units: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl LabelBox {
    fn intersects(&self, other: &LabelBox) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    fn grown(&self, by: f64) -> LabelBox {
        LabelBox {
            x0: self.x0 - by,
            y0: self.y0 - by,
            x1: self.x1 + by,
            y1: self.y1 + by,
        }
    }
}

/// The font size a label's class draws it at (style/main.css `.chart__svg`).
pub fn font_size(class: &str) -> f64 {
    if class.split(' ').any(|c| c == "c-tick") {
        12.0
    } else {
        14.0
    }
}

/// The box a text shape takes: its estimated width at its font size,
/// placed by its anchor, from the ascender above the baseline to the
/// descender below it.
pub fn text_box(shape: &Shape) -> Option<LabelBox> {
    if shape.kind != ShapeKind::Text {
        return None;
    }
    let size = font_size(&shape.class);
    let width = text_width(&shape.text, size);
    let x = f64::from(shape.x);
    let (x0, x1) = if shape.class.contains("t-end") {
        (x - width, x)
    } else if shape.class.contains("t-mid") {
        (x - width / 2.0, x + width / 2.0)
    } else {
        (x, x + width)
    };
    let y = f64::from(shape.y);
    Some(LabelBox {
        x0,
        y0: y - 0.8 * size,
        x1,
        y1: y + 0.25 * size,
    })
}

/// The box an axis line covers (its stroke, one unit wide).
fn axis_box(shape: &Shape) -> Option<LabelBox> {
    if shape.kind != ShapeKind::Line || shape.class != "c-axis" {
        return None;
    }
    // A line's shape holds its two ends: (x, y) and (w, h).
    let (x0, x1) = (shape.x.min(shape.w), shape.x.max(shape.w));
    let (y0, y1) = (shape.y.min(shape.h), shape.y.max(shape.h));
    Some(
        LabelBox {
            x0: f64::from(x0),
            y0: f64::from(y0),
            x1: f64::from(x1),
            y1: f64::from(y1),
        }
        .grown(0.5),
    )
}

/// Space kept between two labels, and between a label and an axis line.
pub const CLEARANCE: f64 = 1.0;

/// Every pair of labels of `view` that overlap, and every label that
/// touches an axis line, in words (none for a chart laid out right).
pub fn collisions(view: &ChartView) -> Vec<String> {
    let texts: Vec<(&Shape, LabelBox)> = view
        .shapes
        .iter()
        .filter_map(|s| text_box(s).map(|b| (s, b)))
        .collect();
    let mut found = Vec::new();
    for (i, (a, box_a)) in texts.iter().enumerate() {
        for (b, box_b) in &texts[i + 1..] {
            if box_a
                .grown(CLEARANCE / 2.0)
                .intersects(&box_b.grown(CLEARANCE / 2.0))
            {
                found.push(format!(
                    "{}: \"{}\" overlaps \"{}\"",
                    view.id, a.text, b.text
                ));
            }
        }
        for line in view.shapes.iter().filter_map(axis_box) {
            if box_a.grown(CLEARANCE).intersects(&line) {
                found.push(format!("{}: \"{}\" touches an axis line", view.id, a.text));
            }
        }
    }
    found
}
