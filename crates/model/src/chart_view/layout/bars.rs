//! Horizontal bars from zero, one axis per unit: bar lengths stay
//! proportional, a value far smaller than the largest is still a visible
//! mark, and every value is labelled, inside its bar, after it or under it,
//! wherever the label fits.

use super::{px, Canvas, CHART_WIDTH, LABEL_SIZE, LINE, ROW_GAP};
use crate::chart_view::scale::{nice_ticks, LinearScale};
use crate::chart_view::text::{text_width, value_text};
use crate::chart_view::ShapeKind;
use crate::stats::Value;

const BAR_HEIGHT: i32 = 24;

/// One horizontal bar's length and where its value label goes, in pixels
/// within the plot area.
#[derive(Debug, Clone, PartialEq)]
pub struct BarGeometry {
    pub width: f64,
    /// Where the value label starts.
    pub label_x: f64,
    /// True when the label sits inside the bar (the bar is long enough).
    pub label_inside: bool,
}

/// Smallest drawn width: a value far smaller than the largest is still a
/// visible mark, and its label says the number.
pub const MIN_BAR_WIDTH: f64 = 2.0;

/// Lays out horizontal bars for `values` in a plot `width` pixels wide.
/// `label_widths` are the estimated widths of the value labels; a label goes
/// inside its bar only where it fits.
pub fn bar_layout(
    values: &[f64],
    label_widths: &[f64],
    width: f64,
) -> (LinearScale, Vec<BarGeometry>) {
    let max = values.iter().copied().fold(0.0, f64::max);
    let ticks = nice_ticks(max, 4);
    let top = ticks.last().copied().unwrap_or(1.0);
    let scale = LinearScale {
        domain: (0.0, top),
        range: (0.0, width),
    };
    let gap = 6.0;
    let bars = values
        .iter()
        .zip(label_widths.iter().chain(std::iter::repeat(&0.0)))
        .map(|(value, label_width)| {
            let bar_width = scale.map(value.max(0.0)).max(MIN_BAR_WIDTH);
            let label_inside = label_width + 2.0 * gap <= bar_width;
            BarGeometry {
                width: bar_width,
                label_x: if label_inside {
                    bar_width - gap - label_width
                } else {
                    bar_width + gap
                },
                label_inside,
            }
        })
        .collect();
    (scale, bars)
}

/// The units of `values`, each once, in order.
pub(in crate::chart_view) fn units_of(values: &[Value]) -> Vec<&str> {
    let mut units: Vec<&str> = Vec::new();
    for value in values {
        if !units.contains(&value.unit.as_str()) {
            units.push(&value.unit);
        }
    }
    units
}

impl Canvas {
    /// Horizontal bars from zero, one axis per unit; every value labelled.
    pub(in crate::chart_view) fn bars(&mut self, values: &[Value]) -> i32 {
        let units = units_of(values);
        let mut y = 0;
        for unit in &units {
            let group: Vec<&Value> = values.iter().filter(|v| v.unit == *unit).collect();
            if units.len() > 1 {
                self.text(0, y + 14, "c-unit", &format!("Tính bằng {unit}"));
                y += LINE + 6;
            }
            let numbers: Vec<f64> = group.iter().map(|v| v.number.unwrap_or(0.0)).collect();
            let texts: Vec<String> = group.iter().map(|v| value_text(v)).collect();
            let widths: Vec<f64> = texts.iter().map(|t| text_width(t, LABEL_SIZE)).collect();
            let (scale, bars) = bar_layout(&numbers, &widths, f64::from(CHART_WIDTH));
            let ticks = nice_ticks(numbers.iter().copied().fold(0.0, f64::max), 4);
            for ((value, bar), text) in group.iter().zip(&bars).zip(&texts) {
                let row_top = y;
                y = self.paragraph(0, y, CHART_WIDTH, "c-label", &value.label) + 4;
                let class = if value.derived.is_some() {
                    "c-bar c-bar--derived"
                } else {
                    "c-bar"
                };
                let width = px(bar.width);
                self.shape(ShapeKind::Rect, [0, y, width, BAR_HEIGHT], class, "");
                let baseline = y + 17;
                let outside_fits =
                    bar.label_x + text_width(text, LABEL_SIZE) <= f64::from(CHART_WIDTH);
                if bar.label_inside && value.derived.is_none() {
                    self.text(width - 6, baseline, "c-value c-value--inside t-end", text);
                } else if !bar.label_inside && outside_fits {
                    self.text(px(bar.label_x), baseline, "c-value", text);
                } else {
                    // Too long for either side (or a derived bar, drawn
                    // hollow): the label goes under the bar.
                    y += BAR_HEIGHT;
                    self.text(0, y + 16, "c-value", text);
                    y += 22 - BAR_HEIGHT;
                }
                y += BAR_HEIGHT;
                self.mark([0, row_top, CHART_WIDTH, y - row_top]);
                y += ROW_GAP;
            }
            y = self.axis(&scale, &ticks, y - ROW_GAP / 2, unit) + 10;
        }
        y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_300_fold_apart_stay_visible_and_labelled() {
        // The 2011 giving: nearly 6.000 against 18,026 tỷ đồng.
        let values = [6000.0, 34.45, 101.55, 18.026];
        let labels: Vec<f64> = ["gần 6.000 tỷ đồng", "34,450", "101,550", "18,026"]
            .iter()
            .map(|t| text_width(t, 14.0))
            .collect();
        let (scale, bars) = bar_layout(&values, &labels, 300.0);
        assert_eq!(scale.domain, (0.0, 6000.0));
        assert_eq!(bars[0].width, 300.0);
        assert!(bars[0].label_inside);
        for bar in &bars[1..] {
            assert!(bar.width >= MIN_BAR_WIDTH);
            assert!(!bar.label_inside, "a short bar's label goes outside it");
            assert!(bar.label_x > bar.width);
        }
        // Lengths stay proportional above the minimum mark: no broken axis.
        assert!((bars[2].width / bars[0].width - 101.55 / 6000.0).abs() < 1e-9);
        assert_eq!(
            bars[1].width, MIN_BAR_WIDTH,
            "34,45 of 6.000 is under 2 px: still drawn"
        );
    }
}
