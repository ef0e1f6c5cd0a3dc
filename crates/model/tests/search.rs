//! Vietnamese matching on the seed article: the queries the search issue
//! names find the words they mean (where Pagefind 1.6.0 highlighted "lần"
//! for "thuoc la" and "Doanh" for "tap doan").

mod common;

use common::{repo_file, SEED_SLUG};
use tinso_model::route::article_file;
use tinso_model::search::{answer, words, Query};
use tinso_model::{Article, Block};

fn seed_texts() -> Vec<String> {
    let article = Article::from_json(
        SEED_SLUG,
        &repo_file(&format!("public/data/{}", article_file(SEED_SLUG))),
    )
    .unwrap();
    let mut texts = vec![article.title.clone()];
    texts.extend(article.body.iter().map(|block| match block {
        Block::Paragraph { text } => text.clone(),
        Block::Figure { caption, .. } => caption.clone(),
    }));
    texts
}

/// The highlights of the seed text that answers `query` best.
fn best(query: &str) -> Vec<String> {
    let query = Query::new(query);
    let texts = seed_texts();
    texts
        .iter()
        .filter_map(|text| answer(&query, &words(text)).map(|a| (a, text)))
        .max_by_key(|(a, _)| a.rank)
        .map(|(a, text)| {
            a.highlights
                .iter()
                .map(|(s, e)| text[*s..*e].to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_issue_queries_find_what_they_mean() {
    // The caption "…Tổng công ty Thuốc lá…", not "thuộc lãnh" or "lần".
    assert_eq!(best("thuoc la"), ["Thuốc lá"]);
    let groups = best("tap doan");
    assert!(!groups.is_empty());
    assert!(
        groups.iter().all(|h| h.to_lowercase() == "tập đoàn"),
        "{groups:?}"
    );
    assert_eq!(best("dan van kheo"), ["Dân vận khéo"]);
    assert_eq!(best("Dân vận khéo"), ["Dân vận khéo"]);
    assert_eq!(best("162-QĐ/ĐUK"), ["162-QĐ/ĐUK"]);
    assert_eq!(best("54/62"), ["54/62"]);
    assert!(best("30a")
        .iter()
        .any(|h| h == "30a/2008/NQ-CP" || h == "30a"));
    assert_eq!(best("khong co tu nay"), Vec::<String>::new());
}
