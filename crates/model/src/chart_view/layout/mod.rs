//! Laying a chart out: the [`Canvas`] a chart's shapes and marks are put
//! on, in integer units [`CHART_WIDTH`] wide, and the value axis that bars
//! and tracks share. Each chart kind has its file: [`bars`], [`parts`],
//! [`timeline`].

pub(super) mod bars;
mod parts;
pub(super) mod timeline;

use super::collide::{text_box, CLEARANCE};
use super::scale::{tick_text, LinearScale};
use super::text::wrap_text;
use super::{Mark, Shape, ShapeKind};

/// Width of every chart's coordinate system. The SVG scales to its column;
/// 360 units keep 14-unit text readable from a 320 px phone up.
pub const CHART_WIDTH: i32 = 360;
const LABEL_SIZE: f64 = 14.0;
/// Height of one line of label text.
const LINE: i32 = 18;
const ROW_GAP: i32 = 14;

fn px(value: f64) -> i32 {
    value.round() as i32
}

/// Shapes and marks as they are laid out.
#[derive(Default)]
pub(super) struct Canvas {
    pub(super) shapes: Vec<Shape>,
    pub(super) marks: Vec<Mark>,
}

impl Canvas {
    fn shape(&mut self, kind: ShapeKind, [x, y, w, h]: [i32; 4], class: &str, text: &str) {
        self.shapes.push(Shape {
            kind,
            x,
            y,
            w,
            h,
            class: class.into(),
            text: text.into(),
        });
    }

    fn text(&mut self, x: i32, y: i32, class: &str, text: &str) {
        self.shape(ShapeKind::Text, [x, y, 0, 0], class, text);
    }

    /// Lines of `text` wrapped to `width` from `x`, the first line's top at
    /// `top`; returns the bottom.
    fn paragraph(&mut self, x: i32, top: i32, width: i32, class: &str, text: &str) -> i32 {
        let mut y = top;
        for line in wrap_text(text, f64::from(width), LABEL_SIZE) {
            self.text(x, y + 14, class, &line);
            y += LINE;
        }
        y
    }

    fn mark(&mut self, [x, y, w, h]: [i32; 4]) {
        self.marks.push(Mark {
            value: String::new(),
            x,
            y,
            w,
            h,
            name: String::new(),
            sentence: None,
        });
    }

    /// A value axis at `bottom`, under bars or tracks: the baseline, ticks
    /// and their labels, the unit after the last number where it fits
    /// ("2.000 tỷ đồng"), else on a line of its own under the numbers; a
    /// number that would touch its neighbour is left out (its tick stays).
    /// Returns the new bottom.
    fn axis(&mut self, scale: &LinearScale, ticks: &[f64], bottom: i32, unit: &str) -> i32 {
        self.shape(
            ShapeKind::Line,
            [0, bottom, CHART_WIDTH, bottom],
            "c-axis",
            "",
        );
        let step = ticks.get(1).copied().unwrap_or(1.0);
        let last = ticks.len().saturating_sub(1);
        let baseline = bottom + 18;
        let label = |i: usize, tick: f64, with_unit: bool| {
            let x = px(scale.map(tick));
            let (class, text) = match i {
                0 => ("c-tick", tick_text(tick, step)),
                i if i == last && with_unit => {
                    ("c-tick t-end", format!("{} {unit}", tick_text(tick, step)))
                }
                i if i == last => ("c-tick t-end", tick_text(tick, step)),
                _ => ("c-tick t-mid", tick_text(tick, step)),
            };
            Shape {
                kind: ShapeKind::Text,
                x,
                y: baseline,
                w: 0,
                h: 0,
                class: class.into(),
                text: text.trim_end().to_owned(),
            }
        };
        let apart = |a: &Shape, b: &Shape| match (text_box(a), text_box(b)) {
            (Some(a), Some(b)) => a.x1 + CLEARANCE * 4.0 <= b.x0 || b.x1 + CLEARANCE * 4.0 <= a.x0,
            _ => true,
        };
        // Left to right, each number kept if it stands apart from the one
        // kept before it; the last always, the one before it giving way.
        let place = |with_unit: bool| {
            let mut kept: Vec<Shape> = Vec::new();
            for (i, tick) in ticks.iter().enumerate() {
                let shape = label(i, *tick, with_unit);
                while i == last && kept.last().is_some_and(|before| !apart(before, &shape)) {
                    kept.pop();
                }
                if kept.last().is_none_or(|before| apart(before, &shape)) {
                    kept.push(shape);
                }
            }
            kept
        };
        let with_unit = place(true);
        // The unit goes after the last number unless that costs a number.
        let (labels, unit_line) = if unit.is_empty() || with_unit.len() == ticks.len() {
            (with_unit, false)
        } else {
            (place(false), true)
        };
        for tick in ticks {
            let x = px(scale.map(*tick));
            self.shape(ShapeKind::Line, [x, bottom, x, bottom + 4], "c-axis", "");
        }
        self.shapes.extend(labels);
        if unit_line {
            self.text(CHART_WIDTH, baseline + LINE, "c-tick t-end", unit);
            bottom + 24 + LINE
        } else {
            bottom + 24
        }
    }
}
