//! The committed content is valid and is a faithful transcription of the raw
//! seed text in `content/raw/`.

mod common;

use common::{repo_file, SEED_SLUG};
use tinso_model::text::fold_spaces;
use tinso_model::{format, minutes_for_words, Article, ArticleIndex, Block, Site};

fn seed_article() -> Article {
    let json = repo_file(&format!("public/data/articles/{SEED_SLUG}.json"));
    Article::from_json(SEED_SLUG, &json).unwrap_or_else(|e| panic!("{e}"))
}

/// The raw seed's non-blank lines, spaces folded.
fn raw_lines() -> Vec<String> {
    repo_file("content/raw/000_5242cce672c6c43f.txt")
        .lines()
        .map(fold_spaces)
        .filter(|line| !line.is_empty())
        .collect()
}

#[test]
fn seed_article_has_the_exact_title_time_and_byline() {
    let article = seed_article();
    assert_eq!(
        article.title,
        "Hội nghị Giao ban công tác Dân vận năm 2011 Đảng bộ Khối Doanh nghiệp Trung ương"
    );
    assert_eq!(article.published.to_string(), "2011-12-29T15:28:00+07:00");
    assert_eq!(
        format::dateline_vi(article.published),
        "Thứ Năm, 29/12/2011 | 15:28"
    );
    // The raw dateline, as the portal printed it.
    assert!(raw_lines().contains(&"Thứ Năm, 29/12/2011|15:28".to_owned()));
    assert_eq!(article.byline.as_deref(), Some("Tin, ảnh: Hoàng Gia Hanh"));
}

#[test]
fn seed_paragraphs_are_the_raw_lines_with_spaces_folded() {
    let article = seed_article();
    let raw = raw_lines();
    let paragraphs: Vec<&str> = article.paragraphs().collect();
    assert_eq!(paragraphs.len(), 8);
    for paragraph in &paragraphs {
        assert!(
            raw.iter().any(|line| line == paragraph),
            "not in the raw text: {paragraph}"
        );
    }
    // Wording untouched: every word of the long raw lines survives, in order.
    let raw_words: Vec<&str> = raw
        .iter()
        .filter(|l| l.len() > 300)
        .flat_map(|l| l.split(' '))
        .collect();
    let our_words: Vec<&str> = paragraphs.iter().flat_map(|p| p.split(' ')).collect();
    assert_eq!(raw_words, our_words);
}

#[test]
fn seed_captions_are_kept_once_each_in_place() {
    let article = seed_article();
    let raw = raw_lines();
    let captions: Vec<&str> = article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Figure { caption, .. } => Some(caption.as_str()),
            Block::Paragraph { .. } => None,
        })
        .collect();
    assert_eq!(captions.len(), 4);
    for caption in &captions {
        // The raw text repeats each caption (alt text, then caption).
        assert_eq!(
            raw.iter().filter(|line| line == caption).count(),
            2,
            "{caption}"
        );
    }
    // In place: the order of paragraphs and figures follows the raw text.
    let positions: Vec<usize> = article
        .body
        .iter()
        .map(|block| {
            let text = match block {
                Block::Paragraph { text } => text,
                Block::Figure { caption, .. } => caption,
            };
            raw.iter().position(|line| line == text).unwrap()
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
}

#[test]
fn no_scrape_debris_in_the_article() {
    let article = seed_article();
    let texts = article.body.iter().map(|block| match block {
        Block::Paragraph { text } => text,
        Block::Figure { caption, .. } => caption,
    });
    for text in texts.chain([
        &article.title,
        &article.lead,
        article.byline.as_ref().unwrap(),
    ]) {
        assert_ne!(text, ".", "a lone scrape dot was kept");
        assert!(!text.contains('\u{a0}'), "no-break space left in {text}");
        assert!(!text.contains("  "), "run of spaces left in {text}");
    }
}

#[test]
fn index_lists_the_seed_like_the_article_says() {
    let index = ArticleIndex::from_json(&repo_file("public/data/articles.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    let article = seed_article();
    assert_eq!(index.articles, vec![article.summary()]);
    assert!(article
        .paragraphs()
        .next()
        .unwrap()
        .starts_with(&article.lead));
}

#[test]
fn site_settings_are_valid() {
    let site =
        Site::from_json(&repo_file("public/data/site.json")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(site.name, "Tin & Số");
}

#[test]
fn reading_time_rounds_up_at_200_words_a_minute() {
    // 1,725 words in the paragraphs and captions: 8.6 minutes, said as 9.
    let article = seed_article();
    assert_eq!(article.reading_minutes(), 9);
    assert_eq!(
        format::reading_time_vi(article.reading_minutes()),
        "Khoảng 9 phút đọc"
    );
    assert_eq!(minutes_for_words(0), 1);
    assert_eq!(minutes_for_words(200), 1);
    assert_eq!(minutes_for_words(201), 2);
}
