//! The chart colours of the light and the dark theme, and the WCAG contrast
//! ratio that checks them.

/// The chart colours (Okabe–Ito blue and vermillion, told apart with any
/// colour vision), lines, text, and the page they stand on. The page's CSS
/// uses the same values (a test checks).
pub const PALETTE: [(&str, &str); 7] = [
    ("mark", "#0072b2"),
    ("derived fill", "#e3eef7"),
    ("event", "#d55e00"),
    ("line", "#6b6b6b"),
    ("text", "#1b1b1b"),
    ("tick text", "#4d4d4d"),
    ("paper", "#ffffff"),
];

/// The same roles on the dark theme's paper: Okabe–Ito sky blue and orange.
/// Labels inside bars are written in the paper colour, as in [`PALETTE`].
pub const DARK_PALETTE: [(&str, &str); 7] = [
    ("mark", "#56b4e9"),
    ("derived fill", "#1d3342"),
    ("event", "#e69f00"),
    ("line", "#8c8c8c"),
    ("text", "#e9e6e1"),
    ("tick text", "#b8b8b8"),
    ("paper", "#17191c"),
];

/// WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21).
pub fn contrast_ratio(a: &str, b: &str) -> f64 {
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let value = u8::from_str_radix(hex.get(1 + 2 * i..3 + 2 * i).unwrap_or("0"), 16)
                .unwrap_or(0) as f64
                / 255.0;
            if value <= 0.04045 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart_view::file_attributes;

    #[test]
    fn colours_reach_wcag_contrast_in_both_themes() {
        for palette in [PALETTE, DARK_PALETTE] {
            let colour = |name: &str| palette.iter().find(|(n, _)| *n == name).unwrap().1;
            let paper = colour("paper");
            // Graphical objects: 3:1 (WCAG 1.4.11); text: 4.5:1 (1.4.3).
            for graphic in ["mark", "event", "line"] {
                let ratio = contrast_ratio(colour(graphic), paper);
                assert!(ratio >= 3.0, "{graphic} on {paper}: {ratio:.2}");
            }
            for text in ["text", "tick text"] {
                assert!(
                    contrast_ratio(colour(text), paper) >= 4.5,
                    "{text} on {paper}"
                );
            }
            // Labels inside bars: the paper colour on the mark colour.
            assert!(contrast_ratio(paper, colour("mark")) >= 4.5, "{paper}");
            // A derived bar's dashed outline against its own fill.
            assert!(contrast_ratio(colour("mark"), colour("derived fill")) >= 3.0);
        }
        assert!((contrast_ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        // Every colour the SVG files use is in the palette.
        for class in [
            "c-bar",
            "c-bar--derived",
            "c-track",
            "c-axis",
            "c-dot",
            "c-label",
            "c-tick",
            "c-value--inside",
        ] {
            for (_, value) in file_attributes(class)
                .split(' ')
                .filter_map(|a| a.split_once('='))
                .filter(|(name, _)| *name == "fill" || *name == "stroke")
            {
                let value = value.trim_matches('"');
                assert!(PALETTE.iter().any(|(_, c)| *c == value), "{class}: {value}");
            }
        }
    }
}
