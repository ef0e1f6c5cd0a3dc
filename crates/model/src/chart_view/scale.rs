//! Linear scales from zero and their ticks: "nice" steps, read in vi-VN
//! notation.

use crate::format::{decimals_of, number_vi};

/// A linear map from data values to pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return r0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }
}

/// Ticks from zero to at least `max`, about `count` of them, at steps of
/// 1, 2 or 5 × 10ⁿ. Bars always start at zero: a truncated axis would
/// exaggerate differences.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return vec![0.0, 1.0];
    }
    let rough = max / count.max(1) as f64;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|step| *step >= rough)
        .unwrap_or(10.0 * magnitude);
    let steps = (max / step - 1e-9).ceil().max(1.0) as usize;
    (0..=steps).map(|i| i as f64 * step).collect()
}

/// A tick value in vi-VN notation with the decimals its step needs:
/// 2000 → "2.000", 0.5 → "0,5".
pub fn tick_text(tick: f64, step: f64) -> String {
    let decimals = if step.fract() == 0.0 || tick == 0.0 {
        0
    } else {
        decimals_of((step * 1e6).round() / 1e6).min(3)
    };
    number_vi(tick, decimals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_map_linearly() {
        let scale = LinearScale {
            domain: (0.0, 100.0),
            range: (0.0, 300.0),
        };
        assert_eq!(scale.map(0.0), 0.0);
        assert_eq!(scale.map(50.0), 150.0);
        assert_eq!(scale.map(100.0), 300.0);
        let flat = LinearScale {
            domain: (5.0, 5.0),
            range: (10.0, 20.0),
        };
        assert_eq!(flat.map(5.0), 10.0);
    }

    #[test]
    fn ticks_are_nice_and_start_at_zero() {
        assert_eq!(nice_ticks(6000.0, 4), [0.0, 2000.0, 4000.0, 6000.0]);
        assert_eq!(nice_ticks(101.55, 4), [0.0, 50.0, 100.0, 150.0]);
        assert_eq!(nice_ticks(87.0, 4), [0.0, 50.0, 100.0]);
        assert_eq!(nice_ticks(62.0, 4), [0.0, 20.0, 40.0, 60.0, 80.0]);
        assert_eq!(nice_ticks(1.0, 4), [0.0, 0.5, 1.0]);
        assert_eq!(nice_ticks(0.0, 4), [0.0, 1.0]);
        assert_eq!(nice_ticks(f64::NAN, 4), [0.0, 1.0]);
        for max in [3.0, 18.026, 34.45, 280_000.0, 1736.5] {
            let ticks = nice_ticks(max, 4);
            assert_eq!(ticks[0], 0.0);
            assert!(*ticks.last().unwrap() >= max, "{max}: {ticks:?}");
            assert!(ticks.len() <= 7, "{max}: {ticks:?}");
        }
    }

    #[test]
    fn ticks_read_in_vietnamese_notation() {
        assert_eq!(tick_text(2000.0, 2000.0), "2.000");
        assert_eq!(tick_text(0.5, 0.5), "0,5");
        assert_eq!(tick_text(300_000.0, 100_000.0), "300.000");
        assert_eq!(tick_text(0.0, 0.2), "0");
        assert_eq!(tick_text(0.4, 0.2), "0,4");
    }
}
