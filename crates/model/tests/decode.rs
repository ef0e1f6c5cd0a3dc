//! The browser's reader (`decode`, over any parsed JSON) and serde's agree
//! on every data file, and name the field when the shape is wrong.

mod common;

use common::{repo_file, SEED_SLUG};
use serde_json::{json, Value};
use tinso_model::{article_file, decode, Article, ArticleCharts, ArticleIndex, DatasetIndex, Site};

fn parsed(path: &str) -> Value {
    serde_json::from_str(&repo_file(path)).unwrap()
}

#[test]
fn both_readers_read_the_content_alike() {
    let site = parsed("public/data/site.json");
    assert_eq!(
        decode::site("site.json", &site).unwrap(),
        Site::from_json(&site.to_string()).unwrap()
    );
    let index = parsed("public/data/articles.json");
    assert_eq!(
        decode::article_index("articles.json", &index).unwrap(),
        ArticleIndex::from_json(&index.to_string()).unwrap()
    );
    let article = parsed(&format!("public/data/{}", article_file(SEED_SLUG)));
    assert_eq!(
        decode::article("a", &article).unwrap(),
        Article::from_json(SEED_SLUG, &article.to_string()).unwrap()
    );
}

#[test]
fn both_readers_read_the_chart_views_alike() {
    let (article, stats) = common::seed_with_stats();
    let charts = ArticleCharts::build(&article, Some(&stats));
    let value = serde_json::to_value(&charts).unwrap();
    assert_eq!(decode::article_charts("c", &value).unwrap(), charts);
    for view in &charts.charts {
        let value = serde_json::to_value(view).unwrap();
        assert_eq!(&decode::chart("v", &value).unwrap(), view);
    }
    let index = DatasetIndex {
        format_version: 1,
        datasets: charts.charts.iter().map(|c| c.summary()).collect(),
    };
    let value = serde_json::to_value(&index).unwrap();
    assert_eq!(decode::dataset_index("i", &value).unwrap(), index);
}

#[test]
fn shape_errors_name_the_field() {
    let message = |result: Result<Site, tinso_model::DataErrors>| result.unwrap_err().to_string();
    let mut site = parsed("public/data/site.json");
    site["name"] = json!(3);
    assert_eq!(
        message(decode::site("site.json", &site)),
        "site.json: name: is not a string"
    );
    site.as_object_mut().unwrap().remove("name");
    assert_eq!(
        message(decode::site("site.json", &site)),
        "site.json: name: is missing"
    );
    assert_eq!(
        message(decode::site("site.json", &json!([1, 2]))),
        "site.json: format_version: is missing"
    );

    let mut article = parsed(&format!("public/data/{}", article_file(SEED_SLUG)));
    article["body"][2] = json!({"type": "paragraph", "caption": "x"});
    assert_eq!(
        decode::article("a.json", &article).unwrap_err().to_string(),
        "a.json: body[2]: a paragraph has `text` and no `caption` or `credit`"
    );
    article["body"][2] = json!({"type": "video", "text": "x"});
    assert_eq!(
        decode::article("a.json", &article).unwrap_err().to_string(),
        "a.json: body[2].type: is neither \"paragraph\" nor \"figure\""
    );
    article["published"] = json!("hôm qua");
    assert!(decode::article("a.json", &article)
        .unwrap_err()
        .to_string()
        .starts_with("a.json: published: "));
    article["format_version"] = json!(1.5);
    assert_eq!(
        decode::article("a.json", &article).unwrap_err().to_string(),
        "a.json: format_version: is not a whole number in range"
    );
}

#[test]
fn both_readers_read_the_optional_credits_alike() {
    let mut article = parsed(&format!("public/data/{}", article_file(SEED_SLUG)));
    article.as_object_mut().unwrap().remove("byline");
    article["credit"] = json!("Theo TTO");
    article["agency"] = json!("ĐN");
    article["source_url"] = json!("https://example.vn/bai-1.html");
    article["body"][1]["credit"] = json!("DIỆU THẢO");
    let browser = decode::article("a", &article).unwrap();
    assert_eq!(
        browser,
        Article::from_json(SEED_SLUG, &article.to_string()).unwrap()
    );
    assert_eq!(browser.byline, None);
    assert_eq!(
        browser.source_url.as_deref(),
        Some("https://example.vn/bai-1.html")
    );
}
