//! The timeline: time flows down at true distances from the days of ISO
//! dates, years marked on the axis; labels that would overlap move down,
//! joined to their date by a leader line.

use super::{px, Canvas, CHART_WIDTH, LABEL_SIZE, LINE};
use crate::chart_view::scale::LinearScale;
use crate::chart_view::text::{iso_date_vi, wrap_text};
use crate::chart_view::ShapeKind;
use crate::datetime::{civil_from_days, days_from_civil, days_in_month};
use crate::stats::Value;

/// Days since 1970-01-01 of an ISO date `YYYY-MM-DD`.
pub fn iso_day_number(date: &str) -> Option<i64> {
    let mut parts = date.split('-').map(|p| p.parse::<u32>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
    let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year as i32, month);
    valid.then(|| days_from_civil(year as i32, month, day))
}

/// The year of a day counted from 1970-01-01.
pub fn year_of_day(day: i64) -> i32 {
    civil_from_days(day).0
}

/// Tops of labels `heights` tall that want to start at `anchors` (sorted
/// ascending): each keeps its place unless the label above reaches it, then
/// it moves down just enough to leave `gap`. A vertical timeline keeps dates
/// at their true positions and only the labels shift (with a leader line).
pub fn stack_labels(anchors: &[f64], heights: &[f64], gap: f64) -> Vec<f64> {
    let mut bottom = f64::NEG_INFINITY;
    anchors
        .iter()
        .zip(heights)
        .map(|(anchor, height)| {
            let top = anchor.max(bottom + gap);
            bottom = top + height;
            top
        })
        .collect()
}

impl Canvas {
    /// Time flows down at true distances; labels move down only to clear
    /// the one above, joined to their date by a leader line.
    pub(in crate::chart_view) fn timeline(&mut self, values: &[Value]) -> i32 {
        const AXIS_X: i32 = 56;
        const LABEL_X: i32 = 74;
        let days: Vec<i64> = values
            .iter()
            .map(|v| v.date.as_deref().and_then(iso_day_number).unwrap_or(0))
            .collect();
        let mut order: Vec<usize> = (0..values.len()).collect();
        order.sort_by_key(|&i| days[i]);
        let lines: Vec<Vec<String>> = values
            .iter()
            .map(|v| wrap_text(&v.label, f64::from(CHART_WIDTH - LABEL_X), LABEL_SIZE))
            .collect();
        let heights: Vec<f64> = order
            .iter()
            .map(|&i| f64::from(LINE * (1 + lines[i].len() as i32)))
            .collect();
        let span = (heights.iter().sum::<f64>() + 10.0 * values.len() as f64).max(240.0);
        let (first, last) = (
            order.first().map_or(0, |&i| days[i]),
            order.last().map_or(0, |&i| days[i]),
        );
        let scale = LinearScale {
            domain: (first as f64, last as f64),
            range: (16.0, 16.0 + span),
        };
        let dots: Vec<f64> = order.iter().map(|&i| scale.map(days[i] as f64)).collect();
        let anchors: Vec<f64> = dots.iter().map(|y| y - 13.0).collect();
        let tops = stack_labels(&anchors, &heights, 10.0);
        let height = tops
            .last()
            .zip(heights.last())
            .map_or(0.0, |(top, h)| top + h)
            .max(16.0 + span)
            + 12.0;
        let height = px(height);

        self.shape(
            ShapeKind::Line,
            [AXIS_X, 4, AXIS_X, height - 4],
            "c-axis",
            "",
        );
        let first_year = year_of_day(first);
        let last_year = year_of_day(last);
        for year in first_year + 1..=last_year {
            let day = iso_day_number(&format!("{year:04}-01-01")).unwrap_or(first);
            let y = px(scale.map(day as f64));
            self.shape(ShapeKind::Line, [AXIS_X - 6, y, AXIS_X, y], "c-axis", "");
            self.text(AXIS_X - 10, y + 5, "c-tick t-end", &year.to_string());
        }
        let mut marks = vec![[0; 4]; values.len()];
        let mut previous_bottom = 0;
        for (position, &i) in order.iter().enumerate() {
            let dot = px(dots[position]);
            let top = px(tops[position]);
            if top - px(anchors[position]) > 2 {
                self.shape(
                    ShapeKind::Line,
                    [AXIS_X + 6, dot, LABEL_X - 4, top + 9],
                    "c-leader",
                    "",
                );
            }
            self.shape(ShapeKind::Circle, [AXIS_X, dot, 6, 0], "c-dot", "");
            let date = values[i]
                .date
                .as_deref()
                .map(iso_date_vi)
                .unwrap_or_default();
            self.text(LABEL_X, top + 14, "c-date", &date);
            for (n, line) in lines[i].iter().enumerate() {
                self.text(LABEL_X, top + 14 + LINE * (n as i32 + 1), "c-label", line);
            }
            let bottom = top + px(heights[position]);
            // The area covers the dot when the label above leaves room.
            let hit_top = (top.min(dot - 8) - 2).max(previous_bottom);
            marks[i] = [
                AXIS_X - 12,
                hit_top,
                CHART_WIDTH - AXIS_X + 12,
                bottom + 2 - hit_top,
            ];
            previous_bottom = bottom + 2;
        }
        for area in marks {
            self.mark(area);
        }
        height
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stacked_labels_keep_order_and_never_overlap() {
        let anchors = [0.0, 10.0, 200.0, 205.0, 400.0];
        let heights = [50.0, 30.0, 40.0, 40.0, 20.0];
        let tops = stack_labels(&anchors, &heights, 8.0);
        assert_eq!(tops, [0.0, 58.0, 200.0, 248.0, 400.0]);
        for i in 1..tops.len() {
            assert!(tops[i] >= tops[i - 1] + heights[i - 1] + 8.0);
            assert!(tops[i] >= anchors[i], "a label never rises above its date");
        }
        assert_eq!(iso_day_number("1970-01-01"), Some(0));
        assert_eq!(iso_day_number("2011-02-30"), None);
    }
}
