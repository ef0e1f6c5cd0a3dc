//! Characters first: raw text in, tidy lines out, with a count of every
//! character that was changed.

use tinso_model::text::{fold_spaces, to_nfc};

/// One line of the raw text, with its number in the file (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub number: usize,
    pub text: String,
}

/// A kind of character the cleanup changed, and how often.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Replacement {
    pub what: &'static str,
    pub count: usize,
}

/// The text as lines without padding: composed (NFC), with the Latin "Ð"
/// that some sites type for "Đ" replaced, invisible characters (zero-width
/// spaces, byte-order marks, soft hyphens) dropped, and runs of spaces and
/// no-break spaces folded into one space. Empty lines are left out; lines
/// keep their numbers in the file.
pub fn clean(raw: &str) -> (Vec<Line>, Vec<Replacement>) {
    let text = to_nfc(raw);
    let mut latin_eth = 0;
    let mut invisible = 0;
    let mut no_break = 0;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Icelandic eth looks like Vietnamese Đ/đ and is typed for it.
            'Ð' => {
                latin_eth += 1;
                out.push('Đ');
            }
            'ð' => {
                latin_eth += 1;
                out.push('đ');
            }
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {
                invisible += 1
            }
            '\u{a0}' | '\u{202f}' | '\u{2007}' => {
                no_break += 1;
                out.push(' ');
            }
            other => out.push(other),
        }
    }
    let lines = out
        .lines()
        .enumerate()
        .map(|(index, line)| Line {
            number: index + 1,
            text: fold_spaces(line),
        })
        .filter(|line| !line.text.is_empty())
        .collect();
    let replacements = [
        (
            "Latin Ð/ð (U+00D0/U+00F0) replaced by Đ/đ (U+0110/U+0111)",
            latin_eth,
        ),
        (
            "invisible characters (zero-width spaces, byte-order marks, soft hyphens) dropped",
            invisible,
        ),
        ("no-break spaces replaced by spaces", no_break),
    ]
    .into_iter()
    .filter(|(_, count)| *count > 0)
    .map(|(what, count)| Replacement { what, count })
    .collect();
    (lines, replacements)
}

/// `texts` as lines numbered from 1, for tests of what reads lines.
#[cfg(test)]
pub fn lines_numbered(texts: &[&str]) -> Vec<Line> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| Line {
            number: i + 1,
            text: (*text).to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_numbers_and_lose_their_padding() {
        let (lines, replaced) =
            clean("\u{feff}Ðà Nẵng\n\n\u{a0}\u{a0}\n  hai\u{a0} \u{200b}dòng \r\nba");
        assert_eq!(
            lines,
            vec![
                Line {
                    number: 1,
                    text: "Đà Nẵng".into()
                },
                Line {
                    number: 4,
                    text: "hai dòng".into()
                },
                Line {
                    number: 5,
                    text: "ba".into()
                },
            ]
        );
        assert_eq!(
            replaced.iter().map(|r| r.count).collect::<Vec<_>>(),
            [1, 2, 3]
        );
    }

    #[test]
    fn decomposed_letters_are_composed() {
        let (lines, _) = clean("Đa\u{300} Na\u{306}\u{303}ng");
        assert_eq!(lines[0].text, "Đà Nẵng");
    }
}
