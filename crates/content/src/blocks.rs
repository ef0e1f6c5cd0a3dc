//! The body's lines as paragraphs and photo captions.
//!
//! A photo leaves its alt text and its caption as two lines, the same
//! words exactly or nearly ("… Ảnh: DIỆU THẢO" added to the second): kept
//! once, as a figure. A caption may also stand alone: "Ảnh minh họa", a
//! line ending in " |", or one ending in a photographer's credit. A lead
//! printed twice is kept once, as a paragraph.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;
use tinso_model::Block;

use crate::clean::Line;
use crate::debris::{Reason, Removed};
use crate::prose::{ends_a_sentence, words};

/// The body, and the lines it left out.
#[derive(Debug, Default)]
pub struct Body {
    pub blocks: Vec<Block>,
    /// The raw line number each block was read from.
    pub lines: Vec<usize>,
    pub removed: Vec<Removed>,
    /// Photo credits ("Ảnh: S.C") that follow no caption: they credit the
    /// article's photos, so they belong with its byline.
    pub loose_credits: Vec<Line>,
}

/// Words of a lead that cannot be a caption when printed twice.
const LEAD_WORDS: usize = 20;
/// Words of any line that cannot be a caption when printed twice.
const PARAGRAPH_WORDS: usize = 60;
/// A repeat of an earlier paragraph this long is the same text printed
/// twice, not a coincidence.
const REPEAT_WORDS: usize = 8;

static CREDIT_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<caption>.*?\S)[\s.,;:–-]*\(\s*[Ảả]nh\s*:\s*(?P<paren>[^()]{1,40}?)\s*\)\s*\.?$|^(?P<caption2>.*?\S)\s+[Ảả]nh\s*:\s*(?P<bare>[^,;:()]{1,40}?)\s*\.?$")
        .expect("valid regex")
});
static LOOSE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?\s*[Ảả]nh\s*:\s*(?P<credit>[^,;:()]{1,40}?)\s*\)?\s*\.?$")
        .expect("valid regex")
});

/// Lays `lines` out as blocks; the lines numbered in `captions` are known
/// to be captions.
pub fn blocks(lines: &[Line], captions: &HashSet<usize>) -> Body {
    let mut body = Body::default();
    let mut seen_paragraphs: HashSet<String> = HashSet::new();
    let mut index = 0;
    while index < lines.len() {
        let line = &lines[index];
        let next = lines.get(index + 1);
        if let Some(credit) = LOOSE_CREDIT.captures(&line.text) {
            let credit = credit["credit"].to_owned();
            match body.blocks.last_mut() {
                Some(Block::Figure {
                    credit: slot @ None,
                    ..
                }) => *slot = Some(credit),
                _ => body.loose_credits.push(line.clone()),
            }
            index += 1;
            continue;
        }
        if let Some(twin) = next.filter(|n| near_equal(&line.text, &n.text)) {
            let words = words(&line.text).max(words(&twin.text));
            let is_lead =
                body.blocks.is_empty() && words >= LEAD_WORDS && ends_a_sentence(&line.text);
            // The longer copy is the caption proper (it may add a credit).
            let (kept, dropped) = if twin.text.chars().count() > line.text.chars().count() {
                (twin, line)
            } else {
                (line, twin)
            };
            body.removed.push(Removed {
                line: dropped.number,
                text: dropped.text.clone(),
                reason: Reason::PrintedTwice,
            });
            if is_lead || words >= PARAGRAPH_WORDS {
                push_paragraph(&mut body, &mut seen_paragraphs, kept);
            } else {
                body.blocks.push(figure(&kept.text));
                body.lines.push(kept.number);
            }
            index += 2;
            continue;
        }
        if captions.contains(&line.number) {
            body.blocks.push(figure(&line.text));
            body.lines.push(line.number);
        } else if let Some(caption) = lone_caption(&line.text) {
            body.blocks.push(caption);
            body.lines.push(line.number);
        } else {
            push_paragraph(&mut body, &mut seen_paragraphs, line);
        }
        index += 1;
    }
    body
}

/// A paragraph, unless it repeats an earlier one word for word.
fn push_paragraph(body: &mut Body, seen: &mut HashSet<String>, line: &Line) {
    let key = key(&line.text);
    if words(&line.text) >= REPEAT_WORDS && !seen.insert(key) {
        body.removed.push(Removed {
            line: line.number,
            text: line.text.clone(),
            reason: Reason::PrintedTwice,
        });
        return;
    }
    body.blocks.push(Block::Paragraph {
        text: line.text.clone(),
    });
    body.lines.push(line.number);
}

/// A caption that stands alone, recognised by its form.
pub fn lone_caption(text: &str) -> Option<Block> {
    let folded = text
        .trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ' '))
        .to_lowercase();
    if matches!(folded.as_str(), "ảnh minh họa" | "ảnh minh hoạ") {
        return Some(Block::Figure {
            caption: text.trim_matches(['(', ')', '.', ' ']).to_owned(),
            credit: None,
        });
    }
    if let Some(caption) = text.strip_suffix(" |") {
        return Some(figure(caption.trim_end()));
    }
    let lower = text.to_lowercase();
    if lower.ends_with("(ảnh minh họa)") || lower.ends_with("(ảnh minh hoạ)") {
        return Some(figure(text));
    }
    CREDIT_AT_END.is_match(text).then(|| figure(text))
}

/// A figure of `text`, its photographer's credit taken out of the caption.
fn figure(text: &str) -> Block {
    let text = text.strip_suffix(" |").unwrap_or(text).trim_end();
    if let Some(m) = CREDIT_AT_END.captures(text) {
        let caption = m.name("caption").or(m.name("caption2"));
        let credit = m.name("paren").or(m.name("bare"));
        if let (Some(caption), Some(credit)) = (caption, credit) {
            return Block::Figure {
                caption: caption.as_str().to_owned(),
                credit: Some(credit.as_str().trim().to_owned()),
            };
        }
    }
    Block::Figure {
        caption: text.to_owned(),
        credit: None,
    }
}

/// The letters and digits of `text`, lowercased: what two copies of a line
/// share when their spacing and punctuation differ.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The caption's words without a photographer's credit at its end.
fn without_credit(text: &str) -> &str {
    CREDIT_AT_END
        .captures(text)
        .and_then(|m| m.name("caption").or(m.name("caption2")))
        .map_or(text, |caption| caption.as_str())
}

/// The same line printed twice: equal letters (a photographer's credit
/// added to one aside), one copy the start of the other, or at most one
/// edit in ten apart.
pub fn near_equal(a: &str, b: &str) -> bool {
    let (a, b) = (key(without_credit(a)), key(without_credit(b)));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let (short_len, long_len) = (short.chars().count(), long.chars().count());
    if long.starts_with(short.as_str()) && short_len * 10 >= long_len * 6 {
        return true;
    }
    // Edit distance on short lines only: captions are short, and the cost
    // grows with the square of the length.
    long_len <= 400 && short_len * 10 >= long_len * 9 && edit_distance(short, long) * 10 <= long_len
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::lines_numbered as lines;

    fn blocks_of(lines: &[Line]) -> Body {
        blocks(lines, &HashSet::new())
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph { text: text.into() }
    }

    fn caption(caption: &str, credit: Option<&str>) -> Block {
        Block::Figure {
            caption: caption.into(),
            credit: credit.map(str::to_owned),
        }
    }

    #[test]
    fn captions_printed_twice_exactly_or_nearly() {
        let body = blocks_of(&lines(&[
            "Đoạn một.",
            "Nông dân gặt lúa",
            "Nông dân gặt lúa. Ảnh: DIỆU THẢO",
            "Đoạn hai.",
            "Đ/c A phát biểu tại hội nghị",
            "Đ/c A phát biểu tại hội nghi",
        ]));
        assert_eq!(
            body.blocks,
            vec![
                paragraph("Đoạn một."),
                caption("Nông dân gặt lúa.", Some("DIỆU THẢO")),
                paragraph("Đoạn hai."),
                caption("Đ/c A phát biểu tại hội nghị", None),
            ]
        );
        assert_eq!(
            body.removed.iter().map(|r| r.line).collect::<Vec<_>>(),
            [2, 6]
        );
    }

    #[test]
    fn captions_that_stand_alone() {
        let body = blocks_of(&lines(&[
            "Ảnh minh họa",
            "Cánh đồng lúa chín ở huyện A |",
            "Ảnh: S.C",
            "Lãnh đạo tỉnh thăm hỏi người dân (Ảnh: Minh Anh)",
            "Một đoạn văn.",
            "Ảnh: TTXVN",
        ]));
        assert_eq!(
            body.blocks,
            vec![
                caption("Ảnh minh họa", None),
                caption("Cánh đồng lúa chín ở huyện A", Some("S.C")),
                caption("Lãnh đạo tỉnh thăm hỏi người dân", Some("Minh Anh")),
                paragraph("Một đoạn văn."),
            ]
        );
        assert_eq!(body.loose_credits.len(), 1);
        assert_eq!(body.loose_credits[0].text, "Ảnh: TTXVN");
    }

    #[test]
    fn a_lead_printed_twice_is_one_paragraph() {
        let lead = "Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác giảm nghèo năm 2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của các sở, ngành.";
        let body = blocks_of(&lines(&[lead, lead, "Đoạn hai.", lead]));
        assert_eq!(body.blocks, vec![paragraph(lead), paragraph("Đoạn hai.")]);
        assert_eq!(
            body.removed.iter().map(|r| r.line).collect::<Vec<_>>(),
            [2, 4]
        );
    }

    #[test]
    fn different_lines_are_not_twins() {
        assert!(!near_equal("Đoạn một.", "Đoạn hai."));
        assert!(!near_equal(
            "Giá lúa tăng",
            "Giá lúa tăng mạnh trong tháng qua ở các tỉnh"
        ));
        assert!(near_equal("Giá lúa  tăng.", "giá lúa tăng"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
