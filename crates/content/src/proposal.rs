//! Charts drafted from the figures an article states, in the published
//! statistics format, so an editor starts from a file `check` accepts
//! instead of writing one by hand.
//!
//! - Ratios ("26/31 tập đoàn") and percentages of a whole ("85,23 % so với
//!   tổng số vốn") in one paragraph become parts of a whole; a percentage
//!   stated beside a ratio ("54/62 huyện nghèo bằng 87%") joins it when the
//!   two agree.
//! - Two or more amounts of one unit in one paragraph become bars.
//! - Two or more dated documents become a timeline.
//!
//! Every value quotes its own words and names its paragraph, keeps its
//! qualifier ("hơn", "gần"), and is labelled with the words around it.
//! Nothing mixes units or sets a change ("tăng 12%") beside a level, a
//! range beside a number, or a rate ("triệu đồng/mái ấm") beside a total.

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use serde::Serialize;
use tinso_model::stats::qualifier_before;
use tinso_model::text::slugify;
use tinso_model::{Article, ArticleStats, Block, ChartKind, Dataset, Value, FORMAT_VERSION};

use crate::figures::{Candidate, Figure};
use crate::prose::sentence_ends;

/// The proposed statistics of one article.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub stats: ArticleStats,
    /// Figures found but not proposed, and why.
    pub left_out: Vec<LeftOut>,
}

/// A figure the proposal leaves to the editor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeftOut {
    pub paragraph: usize,
    pub phrase: String,
    pub why: String,
}

/// Words before a number that make it a change, not a level or a share.
const CHANGE_WORDS: &[&str] = &[
    "tăng",
    "giảm",
    "tăng trưởng",
    "cao hơn",
    "thấp hơn",
    "vượt",
    "hạ",
    "nâng",
    "lãi suất",
    "lạm phát",
    "chênh lệch",
    "tăng thêm",
    "giảm thêm",
    "thuế",
    "chiết khấu",
];
/// Words after a percentage that compare it with another period.
const PERIOD_COMPARISONS: &[&str] = &[
    "so với cùng kỳ",
    "so với năm",
    "so với tháng",
    "so với kỳ",
    "so với quý",
];
/// Words that end a label's phrase: a label names a thing, not what is said of it.
const STOP_WORDS: &[&str] = &[
    "của", "trong", "đã", "được", "tại", "ở", "với", "và", "là", "có", "đạt", "bằng", "so", "theo",
    "từ", "cho", "về", "nhưng", "còn", "thì", "khi", "để", "do", "vì", "trên", "dưới",
];
/// Words a label does not start or end with.
const EDGE_WORDS: &[&str] = &[
    "là",
    "đạt",
    "có",
    "với",
    "bằng",
    "được",
    "chiếm",
    "gồm",
    "lên",
    "tới",
    "đến",
    "còn",
    "thêm",
    "và",
    "cho",
    "của",
    "cùng",
    "cũng",
    "đã",
    "thì",
    "nay",
    "hiện",
    "tổng cộng",
    "khoảng",
    "hơn",
    "gần",
    "trên",
    "dưới",
    "nhưng",
    "trong đó",
    "đồng thời",
    "ra",
    "mức",
    "ước",
    "về",
];
const LABEL_MAX_WORDS: usize = 14;
/// The most values one proposed chart holds.
const MAX_VALUES: usize = 12;
/// A document's label names its issuer and subject: longer.
const DOCUMENT_LABEL_MAX_WORDS: usize = 16;
const TITLE_MAX_CHARS: usize = 100;
const DESCRIPTION_MAX_WORDS: usize = 60;

/// Proposes datasets for `article` from its `candidates`. `taken` holds the
/// dataset ids other articles already use (ids are site-wide).
pub fn propose(article: &Article, candidates: &[Candidate], taken: &HashSet<String>) -> Proposal {
    let mut left_out = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();
    let paragraph = |index: usize| match article.body.get(index) {
        Some(Block::Paragraph { text }) => text.as_str(),
        _ => "",
    };

    // Parts of a whole, paragraph by paragraph.
    let mut shares: BTreeMap<usize, Vec<DraftValue>> = BTreeMap::new();
    let mut used = HashSet::new();
    for (i, c) in candidates.iter().enumerate() {
        let text = paragraph(c.paragraph);
        match &c.figure {
            Figure::Ratio {
                numerator,
                denominator,
                unit,
            } => {
                let Some(unit) = unit
                    .clone()
                    .or_else(|| noun_after(text, c.start + c.phrase.len()))
                else {
                    left_out.push(leave(c, "a ratio without a unit after it"));
                    continue;
                };
                let mut value = DraftValue::reported(c, &unit, *numerator as f64);
                value.of = Some(*denominator as f64);
                value.label = label_or_phrase(counted_label(text, c, &unit), c);
                // "54/62 huyện nghèo bằng 87%": the stated percentage joins the ratio.
                let j = i + 1;
                if let Some(next) = candidates.get(j).filter(|n| n.paragraph == c.paragraph) {
                    if let Figure::Percentage { value: stated } = next.figure {
                        let computed = *numerator as f64 / *denominator as f64 * 100.0;
                        if states_the_share(text, c, next) {
                            used.insert(j);
                            if agrees(stated, computed) {
                                value.stated_percent = Some(stated);
                                value.quote =
                                    text[c.start..next.start + next.phrase.len()].to_owned();
                            } else {
                                left_out.push(leave(
                                    next,
                                    &format!(
                                        "stated beside {}/{}, which is {:.2}%: the two do not agree",
                                        numerator, denominator, computed
                                    ),
                                ));
                            }
                        }
                    }
                }
                shares.entry(c.paragraph).or_default().push(value);
            }
            Figure::Percentage { value } if !used.contains(&i) => {
                if *value > 100.0 {
                    left_out.push(leave(c, "over 100 %: not a part of a whole"));
                } else if is_change(text, c) {
                    left_out.push(leave(c, "a change or a rate, not a part of a whole"));
                } else {
                    let mut draft = DraftValue::reported(c, "%", *value);
                    draft.label = label_or_phrase(amount_label(text, c, floor(candidates, i)), c);
                    shares.entry(c.paragraph).or_default().push(draft);
                }
            }
            _ => {}
        }
    }
    for (paragraph_index, values) in shares {
        drafts.push(Draft::new(
            ChartKind::PartOfWhole,
            paragraph_index,
            values,
            None,
        ));
    }

    // Bars: amounts of one unit in one paragraph.
    let mut amounts: BTreeMap<(usize, String), Vec<DraftValue>> = BTreeMap::new();
    for (i, c) in candidates.iter().enumerate() {
        let text = paragraph(c.paragraph);
        match &c.figure {
            Figure::Amount { value, unit } => {
                if is_change(text, c) {
                    left_out.push(leave(c, "a change, not an amount"));
                    continue;
                }
                if !names_a_thing(unit) {
                    left_out.push(leave(c, "a number of no named unit"));
                    continue;
                }
                let mut draft = DraftValue::reported(c, unit, *value);
                draft.label = label_or_phrase(
                    if is_count(unit) {
                        counted_label(text, c, unit)
                    } else {
                        amount_label(text, c, floor(candidates, i))
                    },
                    c,
                );
                amounts
                    .entry((c.paragraph, unit.clone()))
                    .or_default()
                    .push(draft);
            }
            Figure::Range { .. } => left_out.push(leave(c, "a range: two numbers, not one value")),
            _ => {}
        }
    }
    for ((paragraph_index, unit), values) in amounts {
        if values.len() < 2 {
            for value in &values {
                left_out.push(LeftOut {
                    paragraph: paragraph_index,
                    phrase: value.quote.clone(),
                    why: format!("the only amount in {unit} in its paragraph: nothing to compare"),
                });
            }
            continue;
        }
        drafts.push(Draft::new(
            ChartKind::Bars,
            paragraph_index,
            values,
            Some(unit),
        ));
    }

    // A timeline of the dated documents, oldest first.
    let mut names = Vec::new();
    let mut documents: Vec<DraftValue> = candidates
        .iter()
        .filter_map(|c| match &c.figure {
            Figure::Document {
                document_type,
                code,
                date: Some(date),
            } => {
                let text = paragraph(c.paragraph);
                let mut value = DraftValue::reported(c, "", 0.0);
                value.number = None;
                value.date = Some(date.clone());
                value.label = document_label(text, c, document_type, code);
                names.push((date.clone(), format!("{document_type} {code}")));
                Some(value)
            }
            _ => None,
        })
        .collect();
    if documents.len() >= 2 {
        documents.sort_by(|a, b| a.date.cmp(&b.date));
        names.sort();
        let first = documents[0].paragraph;
        let mut draft = Draft::new(ChartKind::Timeline, first, documents, None);
        draft.name = Some(names.into_iter().map(|(_, name)| name).collect());
        drafts.push(draft);
    } else if let Some(only) = documents.first() {
        left_out.push(LeftOut {
            paragraph: only.paragraph,
            phrase: only.quote.clone(),
            why: "the only dated document: a timeline needs two".into(),
        });
    }

    let mut ids: HashSet<String> = taken.clone();
    let mut value_ids = HashSet::new();
    let mut datasets = Vec::new();
    for mut draft in drafts {
        // A chart of more values than this is read by no one.
        if draft.values.len() > MAX_VALUES {
            for value in draft.values.drain(MAX_VALUES..) {
                left_out.push(LeftOut {
                    paragraph: value.paragraph,
                    phrase: value.quote,
                    why: format!("a chart shows at most {MAX_VALUES} values"),
                });
            }
        }
        let (dataset, dropped) = draft.into_dataset(article, &mut ids, &mut value_ids);
        datasets.extend(dataset);
        left_out.extend(dropped);
    }
    Proposal {
        stats: ArticleStats {
            format_version: FORMAT_VERSION,
            article: article.slug.clone(),
            datasets,
        },
        left_out,
    }
}

/// A value before it has an id.
#[derive(Debug, Clone)]
struct DraftValue {
    paragraph: usize,
    /// Where the quote starts in the paragraph.
    start: usize,
    quote: String,
    label: String,
    number: Option<f64>,
    unit: String,
    of: Option<f64>,
    stated_percent: Option<f64>,
    date: Option<String>,
}

impl DraftValue {
    fn reported(c: &Candidate, unit: &str, number: f64) -> DraftValue {
        DraftValue {
            paragraph: c.paragraph,
            start: c.start,
            quote: c.phrase.clone(),
            label: capitalized(&c.phrase),
            number: Some(number),
            unit: unit.to_owned(),
            of: None,
            stated_percent: None,
            date: None,
        }
    }
}

struct Draft {
    chart: ChartKind,
    paragraph: usize,
    values: Vec<DraftValue>,
    unit: Option<String>,
    /// What the title names, when not the values' labels (a timeline names
    /// its documents by type and code).
    name: Option<Vec<String>>,
}

impl Draft {
    fn new(
        chart: ChartKind,
        paragraph: usize,
        values: Vec<DraftValue>,
        unit: Option<String>,
    ) -> Draft {
        Draft {
            chart,
            paragraph,
            values,
            unit,
            name: None,
        }
    }

    /// The dataset, with ids unique in the file and on the site, checked
    /// by the rules `check` applies, and the values it had to leave out.
    fn into_dataset(
        self,
        article: &Article,
        ids: &mut HashSet<String>,
        value_ids: &mut HashSet<String>,
    ) -> (Option<Dataset>, Vec<LeftOut>) {
        let text = match article.body.get(self.paragraph) {
            Some(Block::Paragraph { text }) => text.as_str(),
            _ => "",
        };
        let labels: Vec<&str> = match &self.name {
            Some(names) => names.iter().map(String::as_str).collect(),
            None => self.values.iter().map(|v| v.label.as_str()).collect(),
        };
        let (named, title) = match (self.chart, &self.unit) {
            (ChartKind::Bars, Some(unit)) => {
                let named = joined(
                    &labels,
                    TITLE_MAX_CHARS.saturating_sub(unit.chars().count() + 3),
                );
                let title = format!("{named} ({unit})");
                (named, title)
            }
            _ => {
                let named = joined(&labels, TITLE_MAX_CHARS);
                (named.clone(), named)
            }
        };
        let description = match self.chart {
            ChartKind::Timeline => format!(
                "Những văn bản bài viết dẫn, theo ngày ban hành: {}.",
                self.values
                    .iter()
                    .map(|v| v.label.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            _ => sentence_around(text, self.values[0].start),
        };
        let id = unique(ids, &slug_words(&named, 8), "so-lieu");
        let mut values = Vec::new();
        let mut dropped = Vec::new();
        for draft in self.values {
            let paragraph_text = match article.body.get(draft.paragraph) {
                Some(Block::Paragraph { text }) => text.as_str(),
                _ => "",
            };
            let Some((start, quote)) = first_occurrence(paragraph_text, draft.start, &draft.quote)
            else {
                dropped.push(LeftOut {
                    paragraph: draft.paragraph,
                    phrase: draft.quote.clone(),
                    why: "its words stand twice in the paragraph: quote it by hand".into(),
                });
                continue;
            };
            // The check reads the hedge before the quote's first digit.
            let qualifier = quote
                .find(|c: char| c.is_ascii_digit())
                .and_then(|digit| qualifier_before(&paragraph_text[..start + digit]))
                .map(str::to_owned);
            let label = draft.label.clone();
            values.push(Value {
                id: unique(value_ids, &slug_words(&label, 6), "gia-tri"),
                label,
                number: draft.number,
                unit: draft.unit,
                qualifier: if draft.number.is_some() {
                    qualifier
                } else {
                    None
                },
                of: draft.of,
                stated_percent: draft.stated_percent,
                date: draft.date,
                source: Some(tinso_model::stats::Source {
                    paragraph: draft.paragraph,
                    quote,
                }),
                derived: None,
                note: None,
            });
        }
        let enough = match self.chart {
            ChartKind::PartOfWhole => !values.is_empty(),
            ChartKind::Bars | ChartKind::Timeline => values.len() >= 2,
        };
        if !enough {
            dropped.extend(
                values
                    .iter()
                    .map(|v| left_value(v, "too few values left for a chart")),
            );
            return (None, dropped);
        }
        let dataset = Dataset {
            id,
            title,
            description,
            chart: self.chart,
            values,
            notes: Vec::new(),
        };
        // The rules `check` applies, on this dataset alone.
        let stats = ArticleStats {
            format_version: FORMAT_VERSION,
            article: article.slug.clone(),
            datasets: vec![dataset.clone()],
        };
        let json = serde_json::to_string(&stats).expect("stats serialize");
        match ArticleStats::from_json(&json, article) {
            Ok(_) => (Some(dataset), dropped),
            Err(errors) => {
                let why = format!("the drafted chart fails the check: {errors}");
                dropped.extend(dataset.values.iter().map(|v| left_value(v, &why)));
                (None, dropped)
            }
        }
    }
}

fn left_value(value: &Value, why: &str) -> LeftOut {
    let source = value.source.as_ref();
    LeftOut {
        paragraph: source.map_or(0, |s| s.paragraph),
        phrase: source.map_or(String::new(), |s| s.quote.clone()),
        why: why.to_owned(),
    }
}

/// Words that introduce the percentage a ratio makes: "bằng 87%".
const SHARE_WORDS: &[&str] = &["bằng", "chiếm", "tương đương", "tức", "đạt", "là"];

/// Whether the percentage `next` states the share of the ratio `ratio`:
/// close after it in the same sentence ("54/62 huyện nghèo bằng 87%"),
/// introduced by "bằng" and the like when a comma or bracket stands
/// between ("24/38 xã đạt chuẩn, bằng 63,2%", "24/38 xã (63,2%)").
fn states_the_share(text: &str, ratio: &Candidate, next: &Candidate) -> bool {
    let end = ratio.start + ratio.phrase.len();
    let Some(between) = text.get(end..next.start) else {
        return false;
    };
    if between.split_whitespace().count() > 8 || between.contains(['.', ';', ':']) {
        return false;
    }
    let lead_in = between.trim_end().to_lowercase();
    !between.contains([',', '('])
        || lead_in.ends_with('(')
        || SHARE_WORDS.iter().any(|w| {
            lead_in
                .strip_suffix(w)
                .is_some_and(|rest| rest.ends_with([' ', ',']))
        })
}

/// A drafted label, or the figure's own words when none could be drafted.
fn label_or_phrase(label: String, c: &Candidate) -> String {
    if label.is_empty() {
        capitalized(&c.phrase)
    } else {
        label
    }
}

fn leave(c: &Candidate, why: &str) -> LeftOut {
    LeftOut {
        paragraph: c.paragraph,
        phrase: c.phrase.clone(),
        why: why.to_owned(),
    }
}

/// A stated percentage agrees with the ratio within its written rounding.
fn agrees(stated: f64, computed: f64) -> bool {
    let decimals = tinso_model::format::decimals_of(stated) as i32;
    (computed - stated).abs() <= 0.5 * 10f64.powi(-decimals) + 1e-9
}

/// The quote's own place: where its first occurrence in the paragraph is
/// the candidate's. A quote that stands earlier too is extended by up to a
/// dozen words before it (never over a number: the check reads the hedge
/// before the quote's first digit).
fn first_occurrence(paragraph: &str, start: usize, quote: &str) -> Option<(usize, String)> {
    let end = start + quote.len();
    let mut from = start;
    for _ in 0..=12 {
        let candidate = paragraph.get(from..end)?;
        if paragraph.find(candidate) == Some(from) {
            return Some((from, candidate.to_owned()));
        }
        let before = paragraph[..from].trim_end();
        let word_start = before.rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_start..];
        if word.is_empty() || word.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        from = word_start;
    }
    None
}

fn is_change(text: &str, c: &Candidate) -> bool {
    let before: Vec<&str> = window_before(text, c.start, 80)
        .split_whitespace()
        .collect();
    let lead_in = before[before.len().saturating_sub(3)..]
        .join(" ")
        .to_lowercase();
    let after = window_after(text, c.start + c.phrase.len(), 40).to_lowercase();
    CHANGE_WORDS.iter().any(|w| {
        lead_in == *w || lead_in.ends_with(&format!(" {w}")) || lead_in.contains(&format!("{w} "))
    }) || PERIOD_COMPARISONS
        .iter()
        .any(|p| after.trim_start().starts_with(p))
}

/// Units that name what is measured or counted, not a bare "triệu".
fn names_a_thing(unit: &str) -> bool {
    !matches!(
        unit,
        "triệu" | "nghìn" | "ngàn" | "tỷ" | "tỉ" | "nghìn tỷ" | "ngàn tỷ" | "nghìn tỉ" | "ngàn tỉ"
    )
}

/// Units that count things (people, households, districts), whose label
/// is the thing itself.
fn is_count(unit: &str) -> bool {
    let money = ["đồng", "USD", "đô la", "euro", "EUR", "yên", "nhân dân tệ"];
    let measures = [
        "tấn", "kg", "ha", "hecta", "héc-ta", "km", "m2", "m²", "m3", "m³", "lít", "MW", "kWh",
    ];
    !unit
        .split([' ', '/'])
        .any(|w| money.contains(&w) || measures.contains(&w))
        && names_a_thing(unit)
}

/// The noun after a ratio that names what it counts ("24/38 tiêu chí").
fn noun_after(text: &str, end: usize) -> Option<String> {
    let words = words_until_stop(&text[end..], 3);
    (!words.is_empty()
        && words.chars().all(|c| c.is_alphabetic() || c == ' ')
        && words.chars().next().is_some_and(char::is_lowercase))
    .then_some(words)
}

/// Up to `max` words from the start of `text`, stopping at punctuation or
/// a stop word.
fn words_until_stop(text: &str, max: usize) -> String {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let word = raw.trim_end_matches([',', ';', '.', ':', ')', '"', '”', '!', '?']);
        if word.is_empty() || STOP_WORDS.contains(&word.to_lowercase().as_str()) || out.len() == max
        {
            break;
        }
        out.push(word);
        if word.len() != raw.len() {
            break;
        }
    }
    out.join(" ")
}

/// A count's or a ratio's label: what it counts and what is said of them,
/// to the end of the clause or the next number ("24/38 xã đạt chuẩn nông
/// thôn mới, …" → "Xã đạt chuẩn nông thôn mới"; "54/62 huyện nghèo bằng
/// 87%" → "Huyện nghèo"; "khoảng 70 hộ được tặng bò giống" → "Hộ được tặng
/// bò giống").
fn counted_label(text: &str, c: &Candidate, unit: &str) -> String {
    let after = clause_after(text, c.start + c.phrase.len());
    let mut words: Vec<&str> = if c.phrase.ends_with(unit) {
        vec![unit]
    } else {
        Vec::new()
    };
    for word in after.split_whitespace() {
        if word.chars().any(|ch| ch.is_ascii_digit()) || words.len() == LABEL_MAX_WORDS {
            break;
        }
        words.push(word);
    }
    trim_edges(&mut words);
    capitalized(&words.join(" "))
}

/// Where the figure before candidate `i` in its paragraph ends (0 if none):
/// a label takes no words from another figure. Candidates stand in text
/// order.
fn floor(candidates: &[Candidate], i: usize) -> usize {
    i.checked_sub(1)
        .map(|before| &candidates[before])
        .filter(|before| before.paragraph == candidates[i].paragraph)
        .map_or(0, |before| before.start + before.phrase.len())
}

/// An amount's label: the words of its clause before it, after the
/// figure before it, if any ("với số tiền đã hỗ trợ hơn 1.480 tỷ đồng" →
/// "Số tiền đã hỗ trợ"; "200 tỷ đồng và ngân sách tỉnh 120 tỷ đồng" →
/// "Ngân sách tỉnh"), or after it when those hold another number.
fn amount_label(text: &str, c: &Candidate, floor: usize) -> String {
    let from = clause_start(text, c.start).max(floor);
    let before = text[from..c.start].trim();
    let mut words: Vec<&str> = if before.chars().any(|ch| ch.is_ascii_digit()) {
        Vec::new()
    } else {
        before.split_whitespace().collect()
    };
    trim_edges(&mut words);
    if words.len() > LABEL_MAX_WORDS {
        words.drain(..words.len() - LABEL_MAX_WORDS);
        trim_edges(&mut words);
    }
    if words.is_empty() {
        let after = clause_after(text, c.start + c.phrase.len());
        words = after.split_whitespace().take(LABEL_MAX_WORDS).collect();
        trim_edges(&mut words);
    }
    capitalized(&words.join(" "))
}

/// A document's label: its type and code, and the words that say whose it
/// is or what it is about, up to the clause's end.
fn document_label(text: &str, c: &Candidate, document_type: &str, code: &str) -> String {
    let after = clause_after(text, c.start + c.phrase.len());
    let mut words: Vec<&str> = after
        .split_whitespace()
        .take(DOCUMENT_LABEL_MAX_WORDS)
        .collect();
    // "… của Chính phủ": the words after the code say whose it is.
    trim_edge_words(&mut words, false);
    let mut label = format!("{document_type} {code}");
    if !words.is_empty() {
        label.push(' ');
        label.push_str(&words.join(" "));
    }
    label
        .trim_end_matches([',', ';', '.', ':', '“', '"'])
        .to_owned()
}

/// Drops function words from both ends of a label.
fn trim_edges(words: &mut Vec<&str>) {
    trim_edge_words(words, true);
}

/// Drops function words from the end, and from the start if `start`.
fn trim_edge_words(words: &mut Vec<&str>, start: bool) {
    static EDGES: LazyLock<Vec<Vec<&'static str>>> =
        LazyLock::new(|| EDGE_WORDS.iter().map(|e| e.split(' ').collect()).collect());
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let same = |at: &[String], edge: &[&str]| at.iter().zip(edge).all(|(w, e)| w == e);
    let (mut from, mut to) = (0, words.len());
    loop {
        let before = (from, to);
        for edge in EDGES.iter() {
            let n = edge.len();
            if to - from >= n && same(&lower[to - n..to], edge) {
                to -= n;
            }
            if start && to - from >= n && same(&lower[from..from + n], edge) {
                from += n;
            }
        }
        if (from, to) == before {
            break;
        }
    }
    words.truncate(to);
    words.drain(..from);
}

/// Characters that end a clause.
fn is_clause_mark(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '“' | '”' | '"' | '–' | '—')
}

/// Where the clause holding byte `start` begins: after its last clause
/// mark or sentence end before `start`.
fn clause_start(text: &str, start: usize) -> usize {
    let before = window_before(text, start, CLAUSE_WINDOW);
    let offset = start - before.len();
    let sentence = sentence_ends(before).last().copied().unwrap_or(0);
    offset
        + before
            .char_indices()
            .rev()
            .find(|(i, c)| {
                *i >= sentence
                    && (is_clause_mark(*c) || (*c == '.' && before[i + 1..].starts_with(' ')))
            })
            .map_or(sentence, |(i, c)| i + c.len_utf8())
}

/// The clause's words after byte `end`, up to its next clause mark or
/// sentence end.
fn clause_after(text: &str, end: usize) -> &str {
    let after = window_after(text, end, CLAUSE_WINDOW);
    let stop = after
        .char_indices()
        .find(|(i, c)| {
            is_clause_mark(*c)
                || (*c == '.' && after[i + 1..].starts_with(' '))
                || (*c == '.' && i + 1 == after.len())
        })
        .map_or(after.len(), |(i, _)| i);
    after[..stop].trim()
}

/// The longest a clause is read, in bytes: labels are a few words, and a
/// bound keeps a giant paragraph from costing its length per figure.
const CLAUSE_WINDOW: usize = 600;

/// At most `max` bytes of `text` before byte `at`, from a character boundary.
fn window_before(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// At most `max` bytes of `text` after byte `at`, to a character boundary.
fn window_after(text: &str, at: usize, max: usize) -> &str {
    let mut to = (at + max).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[at..to]
}

/// The sentence of `text` around byte `at`, at most a few dozen words.
fn sentence_around(text: &str, at: usize) -> String {
    let ends = sentence_ends(text);
    let start = ends.iter().copied().rfind(|e| *e <= at).unwrap_or(0);
    let end = ends.iter().copied().find(|e| *e > at).unwrap_or(text.len());
    let sentence = text[start..end].trim();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= DESCRIPTION_MAX_WORDS {
        sentence.to_owned()
    } else {
        format!("{}…", words[..DESCRIPTION_MAX_WORDS].join(" "))
    }
}

/// Labels joined as a title: "A, B và C", as many as fit in `max` characters.
fn joined(labels: &[&str], max: usize) -> String {
    let mut unique: Vec<&str> = Vec::new();
    for label in labels {
        if !unique.iter().any(|u| u.eq_ignore_ascii_case(label)) {
            unique.push(label);
        }
    }
    let mut count = unique.len();
    loop {
        let shown: Vec<String> = unique[..count]
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    (*l).to_owned()
                } else {
                    lowercase_first(l)
                }
            })
            .collect();
        let text = match shown.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} và {last}", rest.join(", ")),
        };
        if text.chars().count() <= max || count == 1 {
            return text;
        }
        count -= 1;
    }
}

/// The first `max` words of `text` as a slug.
fn slug_words(text: &str, max: usize) -> String {
    slugify(text)
        .split('-')
        .take(max)
        .collect::<Vec<_>>()
        .join("-")
}

/// `base` (or `fallback` when empty), made unique among `taken` with "-2",
/// "-3"…, and taken.
fn unique(taken: &mut HashSet<String>, base: &str, fallback: &str) -> String {
    let base = if base.is_empty() { fallback } else { base };
    let mut id = base.to_owned();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Lowercases the first letter unless the word is a name or an acronym
/// (its second letter is a capital, or it is one of the words that start
/// a proper noun phrase).
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return text.to_owned();
    };
    if second.is_some_and(char::is_uppercase) {
        return text.to_owned();
    }
    let first_word = text.split_whitespace().next().unwrap_or("");
    let proper = [
        "Quỹ", "Nghị", "Quyết", "Quy", "Chỉ", "Kết", "Thông", "Công", "Kế",
    ];
    if proper.contains(&first_word) {
        return text.to_owned();
    }
    first
        .to_lowercase()
        .chain(text[first.len_utf8()..].chars())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::find_figures;
    use tinso_model::{Category, Timestamp};

    fn article(paragraphs: &[&str]) -> Article {
        Article {
            format_version: FORMAT_VERSION,
            slug: "bai-thu".into(),
            title: "Bài thử".into(),
            published: Timestamp::parse("2024-01-02T08:00:00+07:00").unwrap(),
            category: Category {
                slug: "thu".into(),
                name: "Thử".into(),
            },
            lead: "Đoạn.".into(),
            body: paragraphs
                .iter()
                .map(|p| Block::Paragraph { text: (*p).into() })
                .collect(),
            byline: None,
            credit: None,
            agency: None,
            source_url: None,
            updated: None,
        }
    }

    fn proposal(paragraphs: &[&str]) -> Proposal {
        let article = article(paragraphs);
        let candidates: Vec<Candidate> = article
            .paragraphs()
            .enumerate()
            .flat_map(|(i, p)| find_figures(i, p))
            .collect();
        let proposal = propose(&article, &candidates, &HashSet::new());
        let json = serde_json::to_string(&proposal.stats).unwrap();
        ArticleStats::from_json(&json, &article).unwrap_or_else(|e| panic!("{e}\n{json}"));
        proposal
    }

    #[test]
    fn the_seed_paragraph_makes_shares_and_bars() {
        let p = proposal(&["Đến nay, có 26/31 tập đoàn, tổng công ty, ngân hàng trong Khối thực hiện cam kết hỗ trợ 54/62 huyện nghèo bằng 87% tổng số huyện nghèo trong cả nước, với số tiền đã hỗ trợ hơn 1.480 tỷ đồng bằng 85,23 % so với tổng số vốn đăng ký hỗ trợ. Ủng hộ Quỹ hỗ trợ thiên tai miền Trung 34,450 tỷ đồng."]);
        let datasets = &p.stats.datasets;
        assert_eq!(datasets.len(), 2, "{datasets:#?}");
        let shares = &datasets[0];
        assert_eq!(shares.chart, ChartKind::PartOfWhole);
        let huyen = &shares.values[1];
        assert_eq!(huyen.label, "Huyện nghèo");
        assert_eq!(huyen.stated_percent, Some(87.0));
        assert_eq!(
            huyen.source.as_ref().unwrap().quote,
            "54/62 huyện nghèo bằng 87%"
        );
        let bars = &datasets[1];
        assert_eq!(bars.chart, ChartKind::Bars);
        assert_eq!(bars.values[0].label, "Số tiền đã hỗ trợ");
        assert_eq!(bars.values[0].qualifier.as_deref(), Some("hơn"));
        assert_eq!(
            bars.values[1].label,
            "Ủng hộ Quỹ hỗ trợ thiên tai miền Trung"
        );
        assert_eq!(
            bars.title,
            "Số tiền đã hỗ trợ và ủng hộ Quỹ hỗ trợ thiên tai miền Trung (tỷ đồng)"
        );
    }

    #[test]
    fn changes_ranges_and_rates_are_left_out() {
        let p = proposal(&["Doanh thu đạt 500 tỷ đồng, tăng 12% so với cùng kỳ; lợi nhuận tăng 40 tỷ đồng. Mỗi mái ấm được hỗ trợ 20 - 30 triệu đồng/mái ấm."]);
        assert!(p.stats.datasets.is_empty(), "{:#?}", p.stats.datasets);
        let why: Vec<&str> = p.left_out.iter().map(|l| l.why.as_str()).collect();
        assert_eq!(why.len(), 4, "{why:?}");
    }

    #[test]
    fn a_disagreeing_percentage_stays_apart() {
        let p = proposal(&["Có 24/38 xã đạt 70% tiêu chí."]);
        assert_eq!(p.stats.datasets[0].values.len(), 1);
        assert_eq!(p.stats.datasets[0].values[0].stated_percent, None);
        assert!(p.left_out[0].why.contains("do not agree"));
    }

    #[test]
    fn quotes_that_repeat_are_made_unique() {
        let at_last = |text: &str| first_occurrence(text, text.rfind("5 hộ").unwrap(), "5 hộ");
        assert_eq!(
            at_last("có 5 hộ, thêm có 5 hộ"),
            Some(("có 5 hộ, ".len(), "thêm có 5 hộ".into()))
        );
        assert_eq!(
            at_last("5 hộ và 5 hộ"),
            Some(("5 hộ ".len(), "và 5 hộ".into()))
        );
        assert_eq!(at_last("3 lần 5 hộ, 3 lần 5 hộ"), None);
        let text = "5 hộ";
        assert_eq!(first_occurrence(text, 0, "5 hộ"), Some((0, "5 hộ".into())));
    }
}
