//! `publish-stats`: a proposal becomes the article's published statistics,
//! after the check, and never over a file an editor has changed.
//!
//! Each publication leaves a record beside the draft
//! (`<slug>.stats.published`): a hash of the file it wrote. A published
//! file whose hash still matches is the tool's own and may be replaced by a
//! newer proposal; any other (edited since, or written by hand) stays.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use tinso_model::route::{article_file, stats_file};
use tinso_model::{Article, ArticleStats};

use crate::fsio::write_atomically;
use crate::site::check_with;

/// Where the proposal and its publication record stand.
pub fn proposal_file(drafts: &Path, slug: &str) -> PathBuf {
    drafts.join(format!("{slug}.stats.json"))
}

fn record_file(drafts: &Path, slug: &str) -> PathBuf {
    drafts.join(format!("{slug}.stats.published"))
}

/// What publishing did.
#[derive(Debug, PartialEq, Eq)]
pub enum Published {
    Written(PathBuf),
    /// The published file already equals the proposal.
    Unchanged(PathBuf),
}

/// Copies the proposal of `slug` to `data/stats/<slug>.json` once the whole
/// site checks with it in place.
pub fn publish_stats(slug: &str, data: &Path, drafts: &Path) -> Result<Published, Vec<String>> {
    let one = |message: String| vec![message];
    let proposal_path = proposal_file(drafts, slug);
    let proposal = fs::read_to_string(&proposal_path).map_err(|e| {
        one(format!(
            "{}: cannot be read ({e}); `tinso-content import` writes it",
            proposal_path.display()
        ))
    })?;
    let article_path = data.join(article_file(slug));
    let article_json = fs::read_to_string(&article_path)
        .map_err(|e| one(format!("{}: cannot be read ({e})", article_path.display())))?;
    let article = Article::from_json(slug, &article_json).map_err(|e| one(e.to_string()))?;
    let stats = ArticleStats::from_json(&proposal, &article).map_err(|errors| {
        errors
            .iter()
            .map(|e| format!("{}: {}: {}", proposal_path.display(), e.field, e.message))
            .collect::<Vec<_>>()
    })?;
    if stats.datasets.is_empty() {
        return Err(one(format!(
            "{}: proposes no dataset; there is nothing to publish",
            proposal_path.display()
        )));
    }

    let relative = stats_file(slug);
    let target = data.join(&relative);
    let record = record_file(drafts, slug);
    match fs::read(&target) {
        Ok(current) if current == proposal.as_bytes() => return Ok(Published::Unchanged(target)),
        Ok(current) => {
            let recorded = fs::read_to_string(&record).ok();
            if recorded.as_deref().map(str::trim) != Some(&fingerprint(&current)) {
                return Err(one(format!(
                    "{}: changed by an editor since it was published, or written by hand: \
                     not overwritten. Merge the proposal ({}) into it by hand, or delete it to \
                     publish the proposal as it stands",
                    target.display(),
                    proposal_path.display()
                )));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(one(format!("{}: cannot be read ({e})", target.display()))),
    }

    // The whole site with the proposal in place: dataset ids are site-wide.
    let replaced = BTreeMap::from([(relative, proposal.clone())]);
    check_with(data, &replaced)?;
    write_atomically(&target, proposal.as_bytes())
        .map_err(|e| one(format!("{}: cannot be written ({e})", target.display())))?;
    write_atomically(
        &record,
        format!("{}\n", fingerprint(proposal.as_bytes())).as_bytes(),
    )
    .map_err(|e| one(format!("{}: cannot be written ({e})", record.display())))?;
    Ok(Published::Written(target))
}

/// A 64-bit FNV-1a hash in hex: enough to tell one version of a file from
/// another, and the same on every machine and Rust release.
fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("fnv1a64:{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fingerprint(b""), "fnv1a64:cbf29ce484222325");
        assert_eq!(fingerprint(b"a"), "fnv1a64:af63dc4c8601ec8c");
        assert_ne!(fingerprint(b"ab"), fingerprint(b"ba"));
    }
}
