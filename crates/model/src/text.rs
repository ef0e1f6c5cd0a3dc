//! Text normalization shared by the importer, the validator and the app.

/// A test for Unicode Normalization Form C, the form the data is stored in
/// (composed Vietnamese letters such as "ệ" as one code point). Validation
/// takes it as a parameter: native code uses [`is_nfc`], built on the
/// `unicode-normalization` tables; the browser app passes the browser's own
/// `String.prototype.normalize`, which keeps the tables out of the wasm
/// (docs/budget.md).
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

/// `text` without diacritics, for matching and URLs: "Đảng ủy" → "Dang uy".
/// Decomposes (NFD), drops the combining marks U+0300–U+036F and maps đ/Đ,
/// which Unicode does not decompose, to d/D.
#[cfg(feature = "unicode-tables")]
pub fn fold_diacritics(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            other => other,
        })
        .collect()
}

/// A URL slug of `text`: lowercase ASCII letters and digits joined by single
/// hyphens, cut after a whole word to at most [`SLUG_MAX_LEN`] characters.
/// "Hội nghị năm 2011" → "hoi-nghi-nam-2011".
///
/// [`SLUG_MAX_LEN`]: crate::article::SLUG_MAX_LEN
#[cfg(feature = "unicode-tables")]
pub fn slugify(text: &str) -> String {
    let mut slug = slug_words(text);
    let max = crate::article::SLUG_MAX_LEN;
    if slug.len() > max {
        // Cut at the last hyphen that fits; a single word too long is cut.
        let cut = slug[..=max].rfind('-').filter(|at| *at > 0).unwrap_or(max);
        slug.truncate(cut);
    }
    slug
}

#[cfg(feature = "unicode-tables")]
fn slug_words(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in fold_diacritics(text).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
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
    fn slugs_drop_diacritics_and_punctuation() {
        assert_eq!(
            slugify(
                "Hội nghị Giao ban công tác Dân vận năm 2011 Đảng bộ Khối Doanh nghiệp Trung ương"
            ),
            "hoi-nghi-giao-ban-cong-tac-dan-van-nam-2011-dang-bo-khoi-doanh-nghiep-trung-uong"
        );
        assert_eq!(
            slugify("  Quyết định 162-QĐ/ĐUK!  "),
            "quyet-dinh-162-qd-duk"
        );
        assert_eq!(slugify("…"), "");
        let long = "Một ".repeat(50);
        assert!(crate::is_slug(&slugify(&long)));
        assert_eq!(slugify(&long).len(), 119, "cut after a whole word");
        assert_eq!(slugify(&"a".repeat(300)).len(), 120);
        assert_eq!(fold_diacritics("Thuốc lá ĐỒNG"), "Thuoc la DONG");
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
