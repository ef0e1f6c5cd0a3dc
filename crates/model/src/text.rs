//! Text normalization shared by the importer, the validator and the app.

/// A test for Unicode Normalization Form C, the form the data is stored in
/// (composed Vietnamese letters such as "ệ" as one code point). Validation
/// takes it as a parameter: native code uses [`is_nfc`], built on the
/// `unicode-normalization` tables; the browser app passes the browser's own
/// `String.prototype.normalize`, which keeps about 70 KB of tables out of the wasm.
pub type NfcCheck = fn(&str) -> bool;

/// True when `text` is in Unicode Normalization Form C.
#[cfg(feature = "unicode-tables")]
pub fn is_nfc(text: &str) -> bool {
    unicode_normalization::is_nfc(text)
}

/// `text` in Normalization Form C.
#[cfg(feature = "unicode-tables")]
pub fn to_nfc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfc().collect()
}

/// Folds every run of whitespace (spaces, tabs, no-break spaces, …) into one
/// space and trims both ends: scraped text pads with runs of U+00A0.
pub fn fold_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_spaces_and_no_break_spaces() {
        assert_eq!(
            fold_spaces("  việc làm \u{a0} của\u{a0}\u{a0}"),
            "việc làm của"
        );
        assert_eq!(fold_spaces("a\tb\nc"), "a b c");
        assert_eq!(fold_spaces("\u{a0}"), "");
    }

    #[test]
    #[cfg(feature = "unicode-tables")]
    fn nfc_detects_decomposed_vietnamese() {
        use unicode_normalization::UnicodeNormalization;
        let composed = "Hội nghị Dân vận";
        let decomposed: String = composed.nfd().collect();
        assert_ne!(composed, decomposed);
        assert!(is_nfc(composed));
        assert!(!is_nfc(&decomposed));
        assert_eq!(to_nfc(&decomposed), composed);
    }
}
