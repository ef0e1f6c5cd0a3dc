//! Checking the data directory: every file, and how the files agree.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::Path;

use tinso_model::route::{article_file, INDEX_FILE, SITE_FILE};
use tinso_model::{Article, ArticleIndex, ArticleStats, DataError, DataErrors, Site};

/// Everything the data directory holds, validated.
#[derive(Debug)]
pub struct Content {
    pub site: Site,
    pub index: ArticleIndex,
    pub articles: Vec<Article>,
    pub stats: Vec<ArticleStats>,
    /// Where each article's statistics stand in `stats`, by its slug.
    stats_by_article: HashMap<String, usize>,
}

impl Content {
    /// The statistics the article `slug` quotes, if any.
    pub fn stats_of(&self, slug: &str) -> Option<&ArticleStats> {
        self.stats_by_article.get(slug).map(|&at| &self.stats[at])
    }
}

/// Reads and validates every data file, collecting every problem.
pub fn check(data: &Path) -> Result<Content, Vec<String>> {
    check_with(data, &BTreeMap::new())
}

/// [`check`] as if each file of `replaced` (a path relative to `data`, such
/// as `stats/<slug>.json`) held the given text: what a file would do to the
/// site, checked before it is written.
pub fn check_with(
    data: &Path,
    replaced: &BTreeMap<String, String>,
) -> Result<Content, Vec<String>> {
    let read_file = |file: &str| match replaced.get(file) {
        Some(text) => Ok(text.clone()),
        None => read(data, file),
    };
    let files_in = |dir: &str| {
        let mut names = json_files(&data.join(dir));
        for file in replaced.keys() {
            if let Some(name) = file.strip_prefix(&format!("{dir}/")) {
                if !names.iter().any(|n| n == name) {
                    names.push(name.to_owned());
                }
            }
        }
        names.sort();
        names
    };
    let mut problems = Vec::new();
    let mut record = |errors: DataErrors| problems.extend(errors.iter().map(DataError::to_string));

    let site = read_file(SITE_FILE).and_then(|json| Site::from_json(&json));
    let index = read_file(INDEX_FILE).and_then(|json| ArticleIndex::from_json(&json));
    let site = site.map_err(&mut record).ok();
    let index = index.map_err(&mut record).ok();

    let mut articles = Vec::new();
    if let Some(index) = &index {
        for (position, summary) in index.articles.iter().enumerate() {
            let file = article_file(&summary.slug);
            match read_file(&file).and_then(|json| Article::from_json(&summary.slug, &json)) {
                Ok(article) if article.summary() != *summary => record(DataErrors::single(
                    INDEX_FILE,
                    &format!("articles[{position}]"),
                    format!("differs from {file}; copy the title, time, category and lead from it"),
                )),
                Ok(article) => articles.push(article),
                Err(errors) => record(errors),
            }
        }
        // An article file the index does not list would never be reachable.
        // (A set: a list made this check quadratic in the articles.)
        let listed: HashSet<String> = index
            .articles
            .iter()
            .map(|a| article_file(&a.slug))
            .collect();
        for file in files_in("articles") {
            let file = format!("articles/{file}");
            if !listed.contains(&file) {
                record(DataErrors::single(
                    &file,
                    "(document)",
                    format!("is not listed in {INDEX_FILE}"),
                ));
            }
        }
    }

    // Statistics: each file quotes one article; dataset ids are site-wide.
    let by_slug: HashMap<&str, &Article> = articles.iter().map(|a| (a.slug.as_str(), a)).collect();
    let index_slugs: HashSet<&str> = index
        .iter()
        .flat_map(|i| i.articles.iter().map(|a| a.slug.as_str()))
        .collect();
    let mut stats = Vec::new();
    let mut dataset_ids: HashMap<String, String> = HashMap::new();
    for name in files_in("stats") {
        let file = format!("stats/{name}");
        let slug = name.trim_end_matches(".json");
        let Some(article) = by_slug.get(slug).copied() else {
            // An article that is listed but invalid has its own problems reported.
            if index.is_some() && !index_slugs.contains(slug) {
                record(DataErrors::single(
                    &file,
                    "(document)",
                    format!("quotes no article: {slug} is not listed in {INDEX_FILE}"),
                ));
            }
            continue;
        };
        match read_file(&file).and_then(|json| ArticleStats::from_json(&json, article)) {
            Ok(article_stats) => {
                for (d, dataset) in article_stats.datasets.iter().enumerate() {
                    if let Some(other) = dataset_ids.insert(dataset.id.clone(), file.clone()) {
                        record(DataErrors::single(
                            &file,
                            &format!("datasets[{d}].id"),
                            format!("\"{}\" is also a dataset of {other}", dataset.id),
                        ));
                    }
                }
                stats.push(article_stats);
            }
            Err(errors) => record(errors),
        }
    }

    match (site, index) {
        (Some(site), Some(index)) if problems.is_empty() => Ok(Content {
            site,
            index,
            articles,
            stats_by_article: stats
                .iter()
                .enumerate()
                .map(|(at, s)| (s.article.clone(), at))
                .collect(),
            stats,
        }),
        _ => Err(problems),
    }
}

fn read(data: &Path, file: &str) -> Result<String, DataErrors> {
    fs::read_to_string(data.join(file))
        .map_err(|error| DataErrors::unreadable(file, format!("cannot be read: {error}")))
}

/// Names of the `.json` files directly in `dir`, sorted; none if it is absent.
pub(crate) fn json_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn repo_data() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
    }

    /// A scratch copy of the real data directory.
    fn scratch_data(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("site-test-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("articles")).unwrap();
        for file in [SITE_FILE, INDEX_FILE] {
            fs::copy(repo_data().join(file), dir.join(file)).unwrap();
        }
        for sub in ["articles", "stats"] {
            fs::create_dir_all(dir.join(sub)).unwrap();
            for file in json_files(&repo_data().join(sub)) {
                fs::copy(repo_data().join(sub).join(&file), dir.join(sub).join(&file)).unwrap();
            }
        }
        dir
    }

    #[test]
    fn the_real_data_passes() {
        let content = check(&repo_data()).unwrap_or_else(|p| panic!("{}", p.join("\n")));
        assert_eq!(content.articles.len(), 1);
        assert_eq!(content.stats.len(), 1);
    }

    #[test]
    fn problems_name_file_and_field() {
        let data = scratch_data("problems");
        let slug = check(&data).unwrap().articles[0].slug.clone();
        let path = data.join(article_file(&slug));
        let json = fs::read_to_string(&path).unwrap();
        fs::write(
            &path,
            json.replacen(
                "\"byline\": \"Tin, ảnh: Hoàng Gia Hanh\"",
                "\"byline\": \"\"",
                1,
            ),
        )
        .unwrap();
        fs::write(data.join("articles/lac-loai.json"), "{}").unwrap();
        let problems = check(&data).unwrap_err();
        assert_eq!(
            problems,
            vec![
                format!("articles/{slug}.json: byline: is empty"),
                "articles/lac-loai.json: (document): is not listed in articles.json".to_owned(),
            ]
        );
        fs::remove_dir_all(data).unwrap();
    }

    #[test]
    fn index_must_agree_with_the_article() {
        let data = scratch_data("index");
        let json = fs::read_to_string(data.join(INDEX_FILE)).unwrap();
        fs::write(
            data.join(INDEX_FILE),
            json.replacen("Hội nghị Giao ban", "Hội nghị giao ban", 1),
        )
        .unwrap();
        let problems = check(&data).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("articles.json: articles[0]: differs from articles/"));
        fs::remove_dir_all(data).unwrap();
    }

    #[test]
    fn a_quote_that_drifts_from_the_text_is_reported() {
        let data = scratch_data("stats");
        let slug = check(&data).unwrap().articles[0].slug.clone();
        let path = data.join(tinso_model::route::stats_file(&slug));
        let json = fs::read_to_string(&path).unwrap();
        fs::write(
            &path,
            json.replacen("\"hơn 1.480 tỷ đồng\"", "\"hơn 1.840 tỷ đồng\"", 1),
        )
        .unwrap();
        let problems = check(&data).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with(&format!(
                "stats/{slug}.json: datasets[1].values[0].source.quote: \"hơn 1.840 tỷ đồng\" is not in body[3]"
            )),
            "{problems:?}"
        );
        fs::write(data.join("stats/khong-co-bai.json"), "{}").unwrap();
        let problems = check(&data).unwrap_err();
        assert!(problems.iter().any(|p| p.starts_with(
            "stats/khong-co-bai.json: (document): quotes no article: khong-co-bai is not listed"
        )));
        fs::remove_dir_all(data).unwrap();
    }

    #[test]
    fn a_missing_index_is_reported() {
        let data = scratch_data("missing");
        fs::remove_file(data.join(INDEX_FILE)).unwrap();
        let problems = check(&data).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("articles.json: (document): cannot be read"));
        fs::remove_dir_all(data).unwrap();
    }
}
