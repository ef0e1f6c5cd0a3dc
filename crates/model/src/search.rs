//! Vietnamese search text: folding, words and ranking, in plain Rust so
//! the index builder and the browser match alike.
//!
//! Readers often type without diacritics, so matching compares *folded*
//! words (lowercase, no tone or vowel marks, đ → d), and works on NFC and
//! NFD text alike without Unicode tables. A query typed with diacritics
//! still ranks words with the same marks first ("dân" before "dẫn"); words
//! of the query standing together in the text rank above the same words
//! apart ("thuoc la" → "Thuốc lá"); the last word matches as a prefix while
//! the reader is typing; numbers and document codes ("1.480", "54/62",
//! "162-QĐ/ĐUK", "30a/2008/NQ-CP") are single words whose parts match too.

/// "Thuốc Lá" → "thuoc la"; "Đảng" → "dang". Combining marks (NFD text)
/// are dropped, precomposed Vietnamese letters lose their marks.
pub fn fold(text: &str) -> String {
    text.chars().filter_map(fold_char).collect()
}

/// Vietnamese letters with marks, by the letter they fold to.
const FOLDS: [(char, &str); 7] = [
    ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
    ('e', "èéẻẽẹêềếểễệ"),
    ('i', "ìíỉĩị"),
    ('o', "òóỏõọôồốổỗộơờớởỡợ"),
    ('u', "ùúủũụưừứửữự"),
    ('y', "ỳýỷỹỵ"),
    ('d', "đ"),
];

fn fold_char(c: char) -> Option<char> {
    if ('\u{300}'..='\u{36f}').contains(&c) {
        return None;
    }
    let lower = lowercase(c);
    if lower.is_ascii() {
        return Some(lower);
    }
    Some(
        FOLDS
            .iter()
            .find(|(_, marked)| marked.contains(lower))
            .map_or(lower, |(base, _)| *base),
    )
}

/// One word of a text: its bytes, its folded form and its lowercase form
/// as written (marks kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub folded: String,
    pub exact: String,
}

/// Characters inside a code or number when letters or digits stand on
/// both sides: "54/62", "1.480", "34,450", "162-QĐ/ĐUK".
pub const JOINERS: [char; 4] = ['/', '-', '.', ','];

/// Lowercase for the letters Vietnamese is written with (ASCII, Latin-1,
/// Latin Extended-A, Ơ Ư, Latin Extended Additional); other letters are
/// kept as they are. Not `char::to_lowercase`: its Unicode tables would
/// cost the browser app kilobytes for scripts the site does not publish.
pub fn lowercase(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5a => code + 0x20,
        0xc0..=0xde if code != 0xd7 => code + 0x20,
        0x100..=0x137 | 0x14a..=0x177 | 0x1ea0..=0x1ef9 if code.is_multiple_of(2) => code + 1,
        0x1a0 | 0x1af => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Letters and digits of the scripts a word may be written in (Latin with
/// every Vietnamese letter, Greek, Cyrillic, CJK), and combining marks.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c as u32,
            0xc0..=0x24f | 0x300..=0x36f | 0x370..=0x4ff | 0x1e00..=0x1eff | 0x4e00..=0x9fff)
            && !matches!(c, '×' | '÷')
}

/// `text` in lowercase (see [`lowercase`]).
pub fn lowercase_text(text: &str) -> String {
    text.chars().map(lowercase).collect()
}

/// The words of `text`, in order.
pub fn words(text: &str) -> Vec<Word> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut words = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_word_char(chars[i].1) {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut j = i;
        while j < chars.len() {
            let c = chars[j].1;
            let joined = JOINERS.contains(&c)
                && j > i
                && chars
                    .get(j + 1)
                    .is_some_and(|(_, next)| is_word_char(*next));
            if is_word_char(c) || joined {
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(text.len(), |(at, _)| *at);
        let written = &text[start..end];
        words.push(Word {
            start,
            end,
            folded: fold(written),
            exact: lowercase_text(written),
        });
        i = j;
    }
    words
}

/// How well one word of the text answers one word of the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum WordMatch {
    /// The last query word begins the word ("va" → "vận"), or is one part
    /// of a code ("30a" → "30a/2008/nq-cp").
    Partial,
    /// The same word without regard to marks.
    Folded,
    /// The same word with the same marks.
    Exact,
}

/// A query: its words, and whether the reader typed any diacritics (then
/// exact marks rank first).
#[derive(Debug, Clone)]
pub struct Query {
    words: Vec<Word>,
    marked: bool,
}

impl Query {
    /// `text` as typed; give it in NFC (the browser normalizes it first)
    /// for exact marks to match NFC content.
    pub fn new(text: &str) -> Query {
        let words = words(text);
        let marked = words.iter().any(|w| !w.exact.is_ascii());
        Query { words, marked }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The query's words, in order.
    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// Whether the reader typed any diacritics.
    pub fn marked(&self) -> bool {
        self.marked
    }

    fn matches(&self, index: usize, word: &Word) -> Option<WordMatch> {
        let query = &self.words[index];
        if word.folded == query.folded {
            return Some(if self.marked && word.exact == query.exact {
                WordMatch::Exact
            } else {
                WordMatch::Folded
            });
        }
        let last = index + 1 == self.words.len();
        let is_part = word.folded.split(JOINERS).any(|part| part == query.folded);
        (is_part || (last && word.folded.starts_with(&query.folded))).then_some(WordMatch::Partial)
    }
}

/// How a text answers a query; a greater rank is a better answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rank {
    /// The query's words stand together, in order, somewhere in the text.
    adjacent: bool,
    /// Words matched with the same marks, then without, then in part.
    exact: usize,
    folded: usize,
    /// Earlier is better: the negated word position of the best match.
    earliest: std::cmp::Reverse<usize>,
}

/// A text's answer to a query: its rank and the byte ranges to highlight
/// (a phrase as one range where its words stand together).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub rank: Rank,
    pub highlights: Vec<(usize, usize)>,
}

/// Whether `text` (already cut into `words`) answers `query`: every query
/// word must match some word. None when it does not.
pub fn answer(query: &Query, words: &[Word]) -> Option<Answer> {
    if query.is_empty() {
        return None;
    }
    let n = query.words.len();
    let score = |matches: &[WordMatch]| {
        let exact = matches.iter().filter(|m| **m == WordMatch::Exact).count();
        let folded = matches.iter().filter(|m| **m >= WordMatch::Folded).count();
        (exact, folded)
    };
    // The best place where all the query's words stand together, in order.
    let mut best_phrase: Option<((usize, usize), usize)> = None;
    for start in 0..words.len().saturating_sub(n - 1) {
        let matches: Option<Vec<WordMatch>> = (0..n)
            .map(|k| query.matches(k, &words[start + k]))
            .collect();
        if let Some(matches) = matches {
            let quality = score(&matches);
            if best_phrase.is_none_or(|(best, _)| quality > best) {
                best_phrase = Some((quality, start));
            }
        }
    }
    if let Some(((exact, folded), start)) = best_phrase {
        return Some(Answer {
            rank: Rank {
                adjacent: true,
                exact,
                folded,
                earliest: std::cmp::Reverse(start),
            },
            highlights: phrase_ranges(query, words, (exact, folded), score),
        });
    }
    // Otherwise each query word's best match, anywhere.
    let mut matches = Vec::with_capacity(n);
    let mut highlights = Vec::new();
    let mut earliest = usize::MAX;
    for k in 0..n {
        let found = words
            .iter()
            .enumerate()
            .filter_map(|(at, word)| query.matches(k, word).map(|m| (m, at)))
            .max_by_key(|(m, at)| (*m, std::cmp::Reverse(*at)))?;
        matches.push(found.0);
        earliest = earliest.min(found.1);
        // Every place the word matches as well as at its best.
        for word in words {
            if query.matches(k, word) == Some(found.0) {
                highlights.push((word.start, word.end));
            }
        }
    }
    highlights.sort_unstable();
    highlights.dedup();
    let (exact, folded) = score(&matches);
    Some(Answer {
        rank: Rank {
            adjacent: n == 1,
            exact,
            folded,
            earliest: std::cmp::Reverse(earliest),
        },
        highlights,
    })
}

/// Every place the query's words stand together as well as at the best
/// one (`quality`): one range each.
fn phrase_ranges(
    query: &Query,
    words: &[Word],
    quality: (usize, usize),
    score: impl Fn(&[WordMatch]) -> (usize, usize),
) -> Vec<(usize, usize)> {
    let n = query.words.len();
    (0..words.len().saturating_sub(n - 1))
        .filter(|&start| {
            let matches: Option<Vec<WordMatch>> = (0..n)
                .map(|k| query.matches(k, &words[start + k]))
                .collect();
            matches.is_some_and(|m| score(&m) == quality)
        })
        .map(|start| (words[start].start, words[start + n - 1].end))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rank_of(query: &str, text: &str) -> Option<Rank> {
        answer(&Query::new(query), &words(text)).map(|a| a.rank)
    }

    fn highlighted(query: &str, text: &str) -> Vec<String> {
        answer(&Query::new(query), &words(text))
            .map(|a| {
                a.highlights
                    .iter()
                    .map(|(s, e)| text[*s..*e].to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn folding_drops_marks_in_nfc_and_nfd_alike() {
        assert_eq!(fold("Thuốc Lá"), "thuoc la");
        assert_eq!(fold("Đảng ủy Khối"), "dang uy khoi");
        assert_eq!(fold("Thuo\u{302}\u{301}c la\u{301}"), "thuoc la");
        assert_eq!(fold("QĐ/ĐUK"), "qd/duk");
        assert_eq!(fold("NGHỊ QUYẾT"), "nghi quyet");
    }

    #[test]
    fn numbers_and_codes_are_single_words() {
        let text = "Quyết định số 162-QĐ/ĐUK ngày 24/02/2011, hơn 1.480 tỷ đồng (34,450).";
        let found: Vec<String> = words(text).into_iter().map(|w| w.exact).collect();
        assert_eq!(
            found,
            [
                "quyết",
                "định",
                "số",
                "162-qđ/đuk",
                "ngày",
                "24/02/2011",
                "hơn",
                "1.480",
                "tỷ",
                "đồng",
                "34,450"
            ]
        );
        let nfd = words("Thuo\u{302}\u{301}c la\u{301}");
        assert_eq!(nfd.len(), 2);
        assert_eq!(nfd[0].folded, "thuoc");
    }

    #[test]
    fn exact_marks_rank_first_when_the_query_has_them() {
        let dan = rank_of("dân", "công tác dân vận").unwrap();
        let dan_other = rank_of("dân", "dẫn đầu phong trào").unwrap();
        assert!(dan > dan_other, "“dân” before “dẫn”");
        // Typed without marks, both are the same word.
        let plain = rank_of("dan", "công tác dân vận").unwrap();
        let plain_other = rank_of("dan", "dẫn đầu phong trào").unwrap();
        assert_eq!(
            (plain.exact, plain.folded),
            (plain_other.exact, plain_other.folded)
        );
        assert_eq!(rank_of("dân", "không có từ đó"), None);
    }

    #[test]
    fn words_standing_together_rank_above_words_apart() {
        let together = "Phó Bí thư Đảng ủy Tổng công ty Thuốc lá phát biểu";
        let apart = "thuốc men cho bà con, lá cờ đỏ";
        assert!(rank_of("thuoc la", together).unwrap() > rank_of("thuoc la", apart).unwrap());
        assert_eq!(highlighted("thuoc la", together), ["Thuốc lá"]);
        assert_eq!(highlighted("thuoc la", apart), ["thuốc", "lá"]);
        assert_eq!(
            highlighted("tap doan", "26/31 tập đoàn, tổng công ty"),
            ["tập đoàn"]
        );
    }

    #[test]
    fn the_last_word_matches_as_a_prefix_while_typing() {
        assert_eq!(
            highlighted("dan va", "phong trào Dân vận khéo"),
            ["Dân vận"]
        );
        assert_eq!(
            highlighted("dan van kh", "phong trào Dân vận khéo"),
            ["Dân vận khéo"]
        );
        // Only the last word: "da van" is not "dân vận".
        assert_eq!(rank_of("da van", "Dân vận"), None);
    }

    #[test]
    fn numbers_and_document_codes_are_findable() {
        let text = "thực hiện Nghị quyết 30a/2008/NQ-CP ngày 27/12/2008; Quyết định số 162-QĐ/ĐUK; hỗ trợ 54/62 huyện nghèo";
        assert_eq!(highlighted("30a", text), ["30a/2008/NQ-CP"]);
        assert_eq!(highlighted("162-QĐ/ĐUK", text), ["162-QĐ/ĐUK"]);
        assert_eq!(highlighted("162-qd/duk", text), ["162-QĐ/ĐUK"]);
        assert_eq!(highlighted("54/62", text), ["54/62"]);
        assert_eq!(
            highlighted("nghi quyet 30a", text),
            ["Nghị quyết 30a/2008/NQ-CP"]
        );
        assert_eq!(rank_of("55/62", text), None);
    }

    #[test]
    fn every_vietnamese_capital_has_its_small_letter() {
        let capitals = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY\
            ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ";
        for c in capitals.chars() {
            let expected: String = c.to_lowercase().collect();
            assert_eq!(lowercase(c).to_string(), expected, "{c}");
        }
        assert_eq!(lowercase('×'), '×');
        assert!(!is_word_char('×'));
        assert!(is_word_char('ự') && is_word_char('7') && is_word_char('\u{301}'));
    }

    #[test]
    fn capitals_and_empty_queries() {
        assert_eq!(highlighted("THUỐC LÁ", "Thuốc lá"), ["Thuốc lá"]);
        assert!(Query::new("  ,. ").is_empty());
        assert_eq!(rank_of("", "text"), None);
    }
}
