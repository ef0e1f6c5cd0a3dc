//! The shape of a line of Vietnamese prose: its words and its sentences.
//! A word here is what spaces separate (a syllable, in Vietnamese).

/// Abbreviations that end in a full stop inside a sentence: "TP. Hồ Chí
/// Minh", "PGS. TS Nguyễn Văn A", "Q. Ba Đình".
const ABBREVIATIONS: [&str; 14] = [
    "TP", "Tp", "Q", "P", "TX", "TT", "TS", "PGS", "GS", "ThS", "BS", "KS", "NXB", "St",
];

pub fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// True when `text` ends as a sentence does (a quote or bracket may close it).
pub fn ends_a_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '”', '’', ')', '»'])
        .ends_with(['.', '!', '?', '…'])
}

/// Byte offsets just after each sentence end inside `text`: a full stop,
/// "!" or "?" (and a closing quote) followed by a space and a capital,
/// where the stop does not end an abbreviation.
pub fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Closing quotes belong to the sentence.
        let mut next = k + 1;
        while chars
            .get(next)
            .is_some_and(|(_, q)| matches!(q, '"' | '”' | '’' | ')' | '»'))
        {
            next += 1;
        }
        let end = chars.get(next).map_or(text.len(), |(i, _)| *i);
        let followed_by_capital = chars.get(next).is_some_and(|(_, s)| *s == ' ')
            && chars
                .get(next + 1)
                .is_some_and(|(_, l)| l.is_uppercase() || matches!(l, '"' | '“'));
        if !followed_by_capital {
            continue;
        }
        if c == '.' {
            let before = &text[..at];
            let word = before
                .rsplit(|ch: char| !ch.is_alphanumeric())
                .next()
                .unwrap_or("");
            if ABBREVIATIONS.contains(&word) || word.chars().count() == 1 {
                continue;
            }
        }
        ends.push(end);
    }
    ends
}

/// The first sentence of a paragraph (the whole paragraph if it has one).
pub fn first_sentence(paragraph: &str) -> &str {
    match sentence_ends(paragraph).first() {
        Some(&end) => &paragraph[..end],
        None => paragraph,
    }
}

/// Longest a title runs, in words: longer lines are paragraphs.
pub const TITLE_MAX_WORDS: usize = 35;

/// Why `line` cannot be a title, if it reads like a paragraph: too long,
/// more than one sentence, or one long sentence with its full stop.
pub fn reads_like_paragraph(line: &str) -> Option<String> {
    let count = words(line);
    if count > TITLE_MAX_WORDS {
        return Some(format!(
            "it has {count} words (a title has at most {TITLE_MAX_WORDS})"
        ));
    }
    if !sentence_ends(line).is_empty() {
        return Some("it holds more than one sentence".into());
    }
    if ends_a_sentence(line) && line.ends_with('.') && count > 20 {
        return Some(format!(
            "it is a sentence of {count} words with its full stop"
        ));
    }
    None
}

/// The longest a word of Vietnamese prose runs, in letters ("nghiêng" has
/// seven); longer runs are codes, addresses or debris.
const WORD_MAX_CHARS: usize = 30;

/// Why `line` cannot be a title, if it cannot: it reads like a paragraph,
/// or like debris (a run of letters no word is that long).
pub fn title_problem(line: &str) -> Option<String> {
    if let Some(why) = reads_like_paragraph(line) {
        return Some(format!("reads like a paragraph: {why}"));
    }
    let longest = line
        .split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    (longest > WORD_MAX_CHARS)
        .then(|| format!("reads like debris: it has a word of {longest} characters"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentence_ends_before_a_capital() {
        assert_eq!(first_sentence("Ngày 28/12. Hội nghị mở."), "Ngày 28/12.");
        assert_eq!(
            first_sentence("Số 1.480 tỷ. đồng vẫn."),
            "Số 1.480 tỷ. đồng vẫn."
        );
        assert_eq!(first_sentence("Một câu"), "Một câu");
        assert_eq!(
            first_sentence("Tại TP. Hồ Chí Minh, PGS. TS Lê A nói. Sau đó"),
            "Tại TP. Hồ Chí Minh, PGS. TS Lê A nói."
        );
        assert_eq!(
            first_sentence("Ông nói: “Sẽ làm ngay.” Sau đó ông đi."),
            "Ông nói: “Sẽ làm ngay.”"
        );
        assert_eq!(first_sentence("Ô. Lê A đến. Rồi đi."), "Ô. Lê A đến.");
    }

    #[test]
    fn paragraphs_are_not_titles() {
        assert!(reads_like_paragraph("Giá lúa tăng mạnh ở Đồng bằng sông Cửu Long").is_none());
        assert!(reads_like_paragraph("TP. Hồ Chí Minh: mưa lớn, nhiều tuyến phố ngập").is_none());
        assert!(reads_like_paragraph("Sáng nay, trời mưa. Chiều nay, trời nắng").is_some());
        let long = "Sáng nay tại trụ sở Ủy ban nhân dân tỉnh đã diễn ra hội nghị tổng kết công tác giảm nghèo của năm vừa qua với nhiều kết quả đáng ghi nhận.";
        assert!(reads_like_paragraph(long).is_some());
        let very_long = "từ ".repeat(36);
        assert!(reads_like_paragraph(very_long.trim()).is_some());
        assert!(title_problem(&format!("Tin {}", "d".repeat(40)))
            .unwrap()
            .contains("debris"));
        assert!(title_problem("Giá lúa tăng mạnh").is_none());
    }
}
