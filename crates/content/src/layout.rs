//! The parts of an article in its lines: page header, title, datelines,
//! bylines and credits, the body, and the lists of other headlines around
//! it. What a line is often depends on where it stands: a short line above
//! the title is the site's name, a name under the title or at the end is
//! the author's, headlines after the byline are the site's navigation.

use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::{lone_caption, near_equal};
use crate::byline::{credit, is_labelled_byline, marked_credit, Credit};
use crate::clean::Line;
use crate::dateline::{parse_dateline, Dateline, DatelineError};
use crate::debris::{has_diacritics, Reason, Removed};
use crate::prose::{reads_like_paragraph, title_problem, words};

/// The article's parts, as lines of the raw text.
#[derive(Debug)]
pub struct Layout {
    /// The title line; none when an option gives the title and the text
    /// begins at the lead.
    pub title: Option<Line>,
    /// The article's own dateline, when the text has one.
    pub dateline: Option<(Line, Dateline)>,
    /// Byline lines in the order they stand ("Nguyễn Văn A", "Ảnh: S.C").
    pub bylines: Vec<Line>,
    /// Source credits, parentheses dropped ("Theo TTO").
    pub credits: Vec<String>,
    pub body: Vec<Line>,
    pub removed: Vec<Removed>,
}

/// What the editor gives, which the layout must know.
#[derive(Debug, Clone, Copy, Default)]
pub struct LayoutOptions<'a> {
    /// The title: it replaces the text's title line, if the text has one.
    pub title: Option<&'a str>,
    /// Whether the publication time is given: then a dateline that cannot
    /// be true is left out instead of stopping the import.
    pub date_given: bool,
}

/// Why the lines make no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutError {
    /// A line that is a dateline cannot be true.
    Dateline {
        line: Line,
        error: DatelineError,
    },
    /// No line can be the title; `why` says what the first lines are.
    NoTitle {
        why: String,
    },
    NoBody,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Dateline,
    Byline,
    Credit,
    Removed(Reason),
}

static SITE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:báo|tạp chí|cổng thông tin|trang thông tin|đài|thông tấn xã|trang chủ)\b|(?:online|điện tử|\.vn|\.com|\.net)$")
        .expect("valid regex")
});
/// A heading over a list of other headlines, alone on its line.
static NAVIGATION_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:tin|bài|bài viết|tin tức)\s+(?:liên quan|cùng chuyên mục|cùng chủ đề|khác|mới(?:\s+nhất)?|xem nhiều|đọc nhiều|nổi bật|mới cập nhật)|(?:xem|đọc)\s+thêm|các\s+(?:tin|bài)\s+(?:khác|đã đưa|mới|liên quan)|có thể bạn quan tâm|video\s+(?:liên quan|nổi bật))\s*:?$")
        .expect("valid regex")
});
/// One other headline after "Xem thêm:" on the same line.
static NAVIGATION_INLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:xem|đọc)\s+thêm\s*:\s*\S").expect("valid regex"));

/// Finds the parts of an article in `lines`.
pub fn lay_out(lines: &[Line], options: LayoutOptions) -> Result<Layout, LayoutError> {
    let given_title = options.title;
    let mut roles: Vec<Option<Role>> = vec![None; lines.len()];
    let mut datelines: Vec<(usize, Dateline)> = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        match parse_dateline(&line.text) {
            Some(Ok(dateline)) => {
                roles[at] = Some(Role::Dateline);
                datelines.push((at, dateline));
            }
            Some(Err(_)) if options.date_given => {
                roles[at] = Some(Role::Removed(Reason::OtherDateline));
            }
            Some(Err(error)) => {
                return Err(LayoutError::Dateline {
                    line: line.clone(),
                    error,
                })
            }
            None => {}
        }
    }
    let mut dateline_at: Vec<Option<Dateline>> = vec![None; lines.len()];
    for (at, dateline) in &datelines {
        dateline_at[*at] = Some(dateline.clone());
    }
    let vietnamese = lines.iter().any(|l| has_diacritics(&l.text));

    // The head: page header lines, then the title.
    let mut at = 0;
    let mut title: Option<Line> = None;
    let mut title_at = None;
    let mut header = Vec::new();
    while at < lines.len() {
        let text = &lines[at].text;
        if let Some(glued) = dateline_at[at].as_ref().and_then(|d| d.glued.clone()) {
            title = Some(Line {
                number: lines[at].number,
                text: glued,
            });
            title_at = Some(at);
            at += 1;
            break;
        }
        if roles[at].is_some() {
            at += 1;
            continue;
        }
        if let Some(found) = marked_credit(text) {
            roles[at] = Some(credit_role(&found));
            at += 1;
            continue;
        }
        // A line printed twice above another that reads like a title (no
        // full stop) is the site's name ("Người Lao Động" twice, then the
        // headline); a title printed twice is followed by the text.
        let twin_of_site = lines.get(at + 1).is_some_and(|next| next.text == *text)
            && lines[at + 2..]
                .iter()
                .zip(&roles[at + 2..])
                .find(|(_, role)| role.is_none())
                .is_some_and(|(next, _)| {
                    title_problem(&next.text).is_none()
                        && credit(&next.text).is_none()
                        && !next.text.ends_with('.')
                });
        if twin_of_site && !given_title.is_some_and(|given| near_equal(text, given)) {
            for twin in [at, at + 1] {
                roles[twin] = Some(Role::Removed(Reason::PageHeader));
                header.push(&lines[twin]);
            }
            at += 2;
            continue;
        }
        if is_page_header(text, vietnamese)
            && !given_title.is_some_and(|given| near_equal(text, given))
        {
            roles[at] = Some(Role::Removed(Reason::PageHeader));
            header.push(&lines[at]);
            at += 1;
            continue;
        }
        break;
    }
    if title.is_none() {
        let Some(line) = lines.get(at) else {
            return match given_title {
                Some(_) => Err(LayoutError::NoBody),
                None => Err(LayoutError::NoTitle {
                    why: match header.last() {
                        Some(last) => format!(
                            "every line of text was taken as the page header, the last \"{}\" (line {})",
                            excerpt(&last.text),
                            last.number
                        ),
                        None => "the text has no line to take as the title".into(),
                    },
                }),
            };
        };
        let problem = title_problem(&line.text);
        let same_as_given = given_title.is_some_and(|given| near_equal(&line.text, given));
        let paragraph = reads_like_paragraph(&line.text).is_some();
        match (given_title, problem) {
            // The text begins at the lead; the option gives the title.
            (Some(_), Some(_)) if paragraph && !same_as_given => {}
            (Some(_), _) => {
                let reason = if same_as_given {
                    Role::Title
                } else {
                    Role::Removed(Reason::ReplacedByOption)
                };
                roles[at] = Some(reason);
                title = Some(line.clone());
                title_at = Some(at);
                at += 1;
            }
            (None, Some(why)) => return Err(no_title(&header, line, &why)),
            (None, None) => {
                roles[at] = Some(Role::Title);
                title = Some(line.clone());
                title_at = Some(at);
                at += 1;
            }
        }
        // A title printed twice: the page's heading and the article's.
        if title_at.is_some() && lines.get(at).is_some_and(|next| next.text == line.text) {
            roles[at] = Some(Role::Removed(Reason::PrintedTwice));
            at += 1;
        }
    }

    // Under the title: the author's name, "PV", a source credit.
    while at < lines.len() {
        if roles[at] == Some(Role::Dateline) {
            at += 1;
            continue;
        }
        match credit(&lines[at].text) {
            Some(found) => roles[at] = Some(credit_role(&found)),
            None => break,
        }
        at += 1;
    }
    let body_start = at;

    mark_navigation(lines, &mut roles, body_start);
    mark_tail(lines, &mut roles, body_start);
    for (line, role) in lines.iter().zip(roles.iter_mut()).skip(body_start) {
        if role.is_none() && is_labelled_byline(&line.text) {
            *role = Some(Role::Byline);
        }
    }

    // The article's own dateline: one with a time of day before a date
    // alone (a page header's date), a first publication before an update,
    // then the one nearest the title.
    let dateline = datelines
        .iter()
        .max_by_key(|(at, d)| {
            let distance = title_at.map_or(*at, |t| at.abs_diff(t));
            (
                d.has_time,
                !d.updated,
                title_at.is_none_or(|t| *at >= t),
                std::cmp::Reverse(distance),
            )
        })
        .map(|(at, d)| (*at, d.clone()));
    for (other, _) in &datelines {
        if dateline.as_ref().is_some_and(|(chosen, _)| chosen != other) {
            roles[*other] = Some(Role::Removed(Reason::OtherDateline));
        }
    }

    let mut layout = Layout {
        title,
        dateline: dateline.map(|(at, d)| (lines[at].clone(), d)),
        bylines: Vec::new(),
        credits: Vec::new(),
        body: Vec::new(),
        removed: Vec::new(),
    };
    for (at, (line, role)) in lines.iter().zip(&roles).enumerate() {
        match role {
            None if at >= body_start => layout.body.push(line.clone()),
            None | Some(Role::Title | Role::Dateline) => {}
            Some(Role::Byline) => layout.bylines.push(line.clone()),
            Some(Role::Credit) => {
                if let Some(Credit::Source(text)) = credit(&line.text) {
                    layout.credits.push(text);
                }
            }
            Some(Role::Removed(reason)) => layout.removed.push(Removed {
                line: line.number,
                text: line.text.clone(),
                reason: *reason,
            }),
        }
    }
    if layout.body.is_empty() {
        return Err(LayoutError::NoBody);
    }
    Ok(layout)
}

fn credit_role(found: &Credit) -> Role {
    match found {
        Credit::Byline(_) => Role::Byline,
        Credit::Source(_) => Role::Credit,
    }
}

fn no_title(header: &[&Line], line: &Line, why: &str) -> LayoutError {
    let skipped = match header {
        [] => String::new(),
        lines => format!(
            " (above it, {} taken as the page header)",
            lines
                .iter()
                .map(|l| format!("\"{}\" on line {}", excerpt(&l.text), l.number))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    LayoutError::NoTitle {
        why: format!(
            "the first line of text, \"{}\" (line {}), {why}{skipped}",
            excerpt(&line.text),
            line.number,
        ),
    }
}

/// The first words of a long line, for messages: ten words, eighty
/// characters at most.
pub fn excerpt(text: &str) -> String {
    let mut words = text.split_whitespace();
    let head: Vec<&str> = words.by_ref().take(10).collect();
    let mut out = head.join(" ");
    let mut cut = words.next().is_some();
    if out.chars().count() > 80 {
        out = out.chars().take(79).collect();
        cut = true;
    }
    if cut {
        out.push('…');
    }
    out
}

/// A line above the title that is the site's or the page's, not the
/// article's: the site's name, a section name, a breadcrumb trail, or
/// words without diacritics in a Vietnamese text ("dhd").
fn is_page_header(text: &str, vietnamese: bool) -> bool {
    let count = words(text);
    if count < 3 || (vietnamese && !has_diacritics(text) && count <= 8) {
        return true;
    }
    if count <= 8 && SITE_NAME.is_match(text) {
        return true;
    }
    let trail: Vec<&str> = text.split(['>', '»', '›', '|', '/']).collect();
    trail.len() > 1 && trail.iter().all(|part| words(part) <= 3) && count <= 12
}

/// A line shaped like another article's headline in a list: a few words
/// to a line and no sentence's end.
fn is_headline(text: &str) -> bool {
    (4..=30).contains(&words(text))
        && !text.ends_with(['.', ',', ';', ':'])
        && reads_like_paragraph(text).is_none()
        && credit(text).is_none()
        && lone_caption(text).is_none()
}

/// Lists of other headlines under a heading ("Tin liên quan"), and single
/// ones after "Xem thêm:".
fn mark_navigation(lines: &[Line], roles: &mut [Option<Role>], from: usize) {
    let mut at = from;
    while at < lines.len() {
        let text = &lines[at].text;
        if roles[at].is_some() {
            at += 1;
            continue;
        }
        if NAVIGATION_INLINE.is_match(text) {
            roles[at] = Some(Role::Removed(Reason::Navigation));
            at += 1;
            continue;
        }
        if !NAVIGATION_HEADING.is_match(text) {
            at += 1;
            continue;
        }
        roles[at] = Some(Role::Removed(Reason::Navigation));
        at += 1;
        while at < lines.len() && roles[at].is_none() && is_headline(&lines[at].text) {
            roles[at] = Some(Role::Removed(Reason::Navigation));
            at += 1;
        }
    }
}

/// The end of the text: credits, and after them (or in a run of three or
/// more at the very end) other articles' headlines.
fn mark_tail(lines: &[Line], roles: &mut [Option<Role>], from: usize) {
    let open = |roles: &[Option<Role>], at: usize| roles[at].is_none();
    let mut at = lines.len();
    let mut headlines = Vec::new();
    while at > from {
        let i = at - 1;
        if !open(roles, i) {
            at -= 1;
            continue;
        }
        let text = &lines[i].text;
        let twin = |j: Option<usize>| {
            j.and_then(|j| lines.get(j))
                .is_some_and(|o| near_equal(&o.text, text))
        };
        if credit(text).is_some()
            || !is_headline(text)
            || twin(i.checked_sub(1))
            || twin(Some(i + 1))
        {
            break;
        }
        headlines.push(i);
        at -= 1;
    }
    let credit_before = at > from && open(roles, at - 1) && credit(&lines[at - 1].text).is_some();
    if credit_before || headlines.len() >= 3 {
        for i in headlines {
            roles[i] = Some(Role::Removed(Reason::Navigation));
        }
    } else {
        at = lines.len();
    }
    // The credit block, read upwards.
    while at > from {
        let i = at - 1;
        if !open(roles, i) {
            at -= 1;
            continue;
        }
        match credit(&lines[i].text) {
            Some(found) => roles[i] = Some(credit_role(&found)),
            None => break,
        }
        at -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::lines_numbered as lines;

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn header_title_dateline_body_byline() {
        let input = lines(&[
            "dhd",
            "Giá lúa tăng mạnh ở Đồng bằng sông Cửu Long",
            "Thứ Hai, 17/07/2017|10:57",
            "Sáng nay, giá lúa tăng.",
            "Nguyễn Văn A",
        ]);
        let layout = lay_out(&input, LayoutOptions::default()).unwrap();
        assert_eq!(
            layout.title.unwrap().text,
            "Giá lúa tăng mạnh ở Đồng bằng sông Cửu Long"
        );
        assert_eq!(layout.dateline.unwrap().0.number, 3);
        assert_eq!(texts(&layout.body), ["Sáng nay, giá lúa tăng."]);
        assert_eq!(texts(&layout.bylines), ["Nguyễn Văn A"]);
        assert_eq!(layout.removed.len(), 1);
        assert_eq!(layout.removed[0].reason, Reason::PageHeader);
    }

    #[test]
    fn the_articles_date_wins_over_the_pages() {
        let input = lines(&[
            "Thứ hai, 06/10/2025",
            "Người dân vui mừng đón nước sạch về bản",
            "Trần Thị B",
            "- 07:10, 07/06/2021",
            "Sáng nay, nước sạch đã về bản.",
        ]);
        let layout = lay_out(&input, LayoutOptions::default()).unwrap();
        let (line, dateline) = layout.dateline.unwrap();
        assert_eq!(line.number, 4);
        assert_eq!(dateline.time.to_string(), "2021-06-07T07:10:00+07:00");
        assert_eq!(texts(&layout.bylines), ["Trần Thị B"]);
        assert_eq!(layout.removed[0].reason, Reason::OtherDateline);
    }

    #[test]
    fn headlines_after_the_byline_are_navigation() {
        let input = lines(&[
            "Tiêu đề của bài viết hôm nay",
            "Đoạn một của bài.",
            "PV",
            "Theo TTO",
            "Hà Nội mưa lớn nhiều tuyến phố ngập",
            "Giá xăng giảm lần thứ ba liên tiếp",
        ]);
        let layout = lay_out(&input, LayoutOptions::default()).unwrap();
        assert_eq!(texts(&layout.bylines), ["PV"]);
        assert_eq!(layout.credits, ["Theo TTO"]);
        assert_eq!(texts(&layout.body), ["Đoạn một của bài."]);
        assert_eq!(
            layout.removed.iter().map(|r| r.reason).collect::<Vec<_>>(),
            [Reason::Navigation, Reason::Navigation]
        );
    }

    #[test]
    fn a_lead_is_not_a_title() {
        let input = lines(&[
            "Sáng nay, tại Hà Nội, Bộ Y tế tổ chức hội nghị tổng kết công tác phòng chống dịch năm 2023. Dự hội nghị có đại diện các sở.",
            "Đoạn hai.",
        ]);
        let LayoutError::NoTitle { why } = lay_out(&input, LayoutOptions::default()).unwrap_err()
        else {
            panic!("not a title error")
        };
        assert!(why.contains("reads like a paragraph"), "{why}");
        let layout = lay_out(
            &input,
            LayoutOptions {
                title: Some("Bộ Y tế tổng kết năm"),
                date_given: false,
            },
        )
        .unwrap();
        assert!(layout.title.is_none());
        assert_eq!(layout.body.len(), 2);
    }
}
