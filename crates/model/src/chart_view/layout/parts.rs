//! Parts of a whole: one track per value, the whole as an outline, the
//! part filled in proportion, the arithmetic under it.

use super::{px, Canvas, CHART_WIDTH, ROW_GAP};
use crate::chart_view::scale::LinearScale;
use crate::chart_view::text::{arithmetic_text, value_text};
use crate::chart_view::ShapeKind;
use crate::stats::Value;

const TRACK_HEIGHT: i32 = 20;

impl Canvas {
    /// One track per value: the whole as an outline, the part filled, the
    /// arithmetic under it.
    pub(in crate::chart_view) fn parts_of_wholes(&mut self, values: &[Value]) -> i32 {
        let scale = LinearScale {
            domain: (0.0, 100.0),
            range: (0.0, f64::from(CHART_WIDTH)),
        };
        let mut y = 0;
        for value in values {
            let row_top = y;
            y = self.paragraph(0, y, CHART_WIDTH, "c-label", &value.label) + 4;
            let percent = value
                .computed_percent()
                .or(value.number.filter(|_| value.unit == "%"))
                .unwrap_or(0.0)
                .clamp(0.0, 100.0);
            self.shape(
                ShapeKind::Rect,
                [0, y, CHART_WIDTH, TRACK_HEIGHT],
                "c-track",
                "",
            );
            let width = px(scale.map(percent)).max(if percent > 0.0 { 2 } else { 0 });
            self.shape(ShapeKind::Rect, [0, y, width, TRACK_HEIGHT], "c-part", "");
            y += TRACK_HEIGHT;
            let text = arithmetic_text(value).unwrap_or_else(|| value_text(value));
            self.text(0, y + 17, "c-value", &text);
            y += 22;
            self.mark([0, row_top, CHART_WIDTH, y - row_top]);
            y += ROW_GAP;
        }
        self.axis(
            &scale,
            &[0.0, 25.0, 50.0, 75.0, 100.0],
            y - ROW_GAP / 2,
            "%",
        )
    }
}
