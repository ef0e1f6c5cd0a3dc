//! Laying a chart out: the [`Canvas`] a chart's shapes and marks are put
//! on, in integer units [`CHART_WIDTH`] wide, and the value axis that bars
//! and tracks share. Each chart kind has its file: [`bars`], [`parts`],
//! [`timeline`].

pub(super) mod bars;
mod parts;
pub(super) mod timeline;

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

    /// A value axis under bars or tracks from `top` to `bottom`: the zero
    /// line, the baseline, ticks and their labels; returns the new bottom.
    fn axis(
        &mut self,
        scale: &LinearScale,
        ticks: &[f64],
        top: i32,
        bottom: i32,
        unit: &str,
    ) -> i32 {
        self.shape(ShapeKind::Line, [0, top, 0, bottom], "c-axis", "");
        self.shape(
            ShapeKind::Line,
            [0, bottom, CHART_WIDTH, bottom],
            "c-axis",
            "",
        );
        let step = ticks.get(1).copied().unwrap_or(1.0);
        let last = ticks.len().saturating_sub(1);
        for (i, tick) in ticks.iter().enumerate() {
            let x = px(scale.map(*tick));
            self.shape(ShapeKind::Line, [x, bottom, x, bottom + 4], "c-axis", "");
            let (class, text) = match i {
                0 => ("c-tick", tick_text(*tick, step)),
                i if i == last => ("c-tick t-end", format!("{} {unit}", tick_text(*tick, step))),
                _ => ("c-tick t-mid", tick_text(*tick, step)),
            };
            self.text(x, bottom + 18, class, text.trim_end());
        }
        bottom + 24
    }
}
