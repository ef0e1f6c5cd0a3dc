//! What `import` did with each file: a table for the terminal, and the
//! same as JSON (`--report FILE`).

use serde::Serialize;
use tinso_model::Block;

use crate::clean::Replacement;
use crate::debris::Removed;
use crate::import::Imported;
use crate::proposal::{LeftOut, Proposal};

/// The report of one batch.
#[derive(Debug, Serialize)]
pub struct BatchReport {
    pub format_version: u32,
    /// Whether the batch was written (false when any file had a problem,
    /// or for `--dry-run`).
    pub written: bool,
    pub files: Vec<FileReport>,
}

/// What became of one raw file.
#[derive(Debug, Default, Serialize)]
pub struct FileReport {
    pub file: String,
    pub imported: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    pub paragraphs: usize,
    pub captions: usize,
    /// Candidate figures found in the paragraphs.
    pub figures: usize,
    /// Datasets proposed in the draft statistics.
    pub datasets: usize,
    pub removed: Vec<RemovedLine>,
    pub replaced: Vec<Replacement>,
    /// Figures found but not drafted into a chart, and why.
    pub left_out: Vec<LeftOut>,
    /// What the editor should look at.
    pub notes: Vec<String>,
    pub problems: Vec<String>,
}

/// A removed line with its reason in words.
#[derive(Debug, Serialize)]
pub struct RemovedLine {
    #[serde(flatten)]
    pub removed: Removed,
    pub why: &'static str,
}

impl FileReport {
    pub fn imported(file: &str, imported: &Imported, proposal: &Proposal) -> FileReport {
        let article = &imported.article;
        let count = |figure: bool| {
            article
                .body
                .iter()
                .filter(|b| matches!(b, Block::Figure { .. }) == figure)
                .count()
        };
        FileReport {
            file: file.to_owned(),
            imported: true,
            slug: Some(article.slug.clone()),
            title: Some(article.title.clone()),
            published: Some(article.published.to_string()),
            byline: article.byline.clone(),
            credit: article.credit.clone(),
            agency: article.agency.clone(),
            paragraphs: count(false),
            captions: count(true),
            figures: imported.candidates.len(),
            datasets: proposal.stats.datasets.len(),
            removed: imported
                .removed
                .iter()
                .map(|r| RemovedLine {
                    removed: r.clone(),
                    why: r.reason.describe(),
                })
                .collect(),
            replaced: imported.replaced.clone(),
            left_out: proposal.left_out.clone(),
            notes: imported.notes.clone(),
            problems: Vec::new(),
        }
    }

    pub fn refused(file: &str, problem: String) -> FileReport {
        FileReport {
            file: file.to_owned(),
            problems: vec![problem],
            ..FileReport::default()
        }
    }
}

impl BatchReport {
    /// The table, then each file's details (problems go to the error
    /// output, where the command line prints them).
    pub fn to_text(&self) -> String {
        let mut rows = vec![[
            "file",
            "slug",
            "title",
            "published",
            "¶",
            "captions",
            "figures",
            "datasets",
            "removed",
            "problems",
        ]
        .map(str::to_owned)];
        for f in &self.files {
            let name = std::path::Path::new(&f.file)
                .file_name()
                .map_or(f.file.clone(), |n| n.to_string_lossy().into_owned());
            rows.push([
                name,
                f.slug.clone().unwrap_or_else(|| "—".into()),
                f.title.clone().unwrap_or_else(|| "—".into()),
                f.published
                    .as_deref()
                    .map_or("—".into(), |p| p.get(..16).unwrap_or(p).replace('T', " ")),
                f.paragraphs.to_string(),
                f.captions.to_string(),
                f.figures.to_string(),
                f.datasets.to_string(),
                f.removed.len().to_string(),
                f.problems.len().to_string(),
            ]);
        }
        let limits = [28, 32, 36, 16, 3, 8, 7, 8, 7, 8];
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(limits)
                    .map(|(c, max)| shortened(c, max))
                    .collect()
            })
            .collect();
        let widths: Vec<usize> = (0..limits.len())
            .map(|i| {
                cells
                    .iter()
                    .map(|r| r[i].chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = String::new();
        for row in &cells {
            let line: Vec<String> = row
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(i, (cell, width))| {
                    let pad = width - cell.chars().count();
                    if i >= 4 {
                        format!("{}{cell}", " ".repeat(pad))
                    } else {
                        format!("{cell}{}", " ".repeat(pad))
                    }
                })
                .collect();
            out.push_str(line.join("  ").trim_end());
            out.push('\n');
        }
        for f in &self.files {
            let details: Vec<String> = f
                .notes
                .iter()
                .map(|n| format!("  note: {n}"))
                .chain(f.removed.iter().map(|r| {
                    format!(
                        "  removed line {}: \"{}\" ({})",
                        r.removed.line,
                        shortened(&r.removed.text, 60),
                        r.why
                    )
                }))
                .chain(
                    f.replaced
                        .iter()
                        .map(|r| format!("  replaced: {} × {}", r.count, r.what)),
                )
                .chain(f.left_out.iter().map(|l| {
                    format!(
                        "  not charted: body[{}] \"{}\": {}",
                        l.paragraph, l.phrase, l.why
                    )
                }))
                .collect();
            if !details.is_empty() {
                out.push_str(&format!("\n{}\n{}\n", f.file, details.join("\n")));
            }
        }
        out
    }
}

/// `text` cut to `max` characters, with "…" where it was cut.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_lines_up_and_details_follow() {
        let report = BatchReport {
            format_version: 1,
            written: false,
            files: vec![
                FileReport {
                    file: "a.txt".into(),
                    imported: true,
                    slug: Some("gia-lua-tang".into()),
                    title: Some(
                        "Giá lúa tăng mạnh ở Đồng bằng sông Cửu Long trong tháng này".into(),
                    ),
                    published: Some("2020-10-19T08:00:00+07:00".into()),
                    paragraphs: 4,
                    ..FileReport::default()
                },
                FileReport::refused("b.txt", "no title: …".into()),
            ],
        };
        let text = report.to_text();
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("file   slug"), "{text}");
        assert!(
            lines[1].contains("Giá lúa tăng mạnh ở Đồng bằng sông …"),
            "{text}"
        );
        assert!(lines[1].contains("2020-10-19 08:00"), "{text}");
        assert!(lines[2].starts_with("b.txt  —"), "{text}");
        assert!(!text.contains("problem:"), "{text}");
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["files"][1]["problems"][0], "no title: …");
    }
}
