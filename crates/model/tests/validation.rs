//! Bad inputs give errors that name the file and the field.

use tinso_model::{Article, ArticleIndex, Site};

const SLUG: &str = "bai-thu";

fn article_json(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value = serde_json::json!({
        "format_version": 1,
        "slug": SLUG,
        "title": "Tiêu đề",
        "published": "2011-12-29T15:28:00+07:00",
        "category": { "slug": "dan-van", "name": "Dân vận" },
        "lead": "Mở đầu.",
        "body": [
            { "type": "paragraph", "text": "Đoạn một." },
            { "type": "figure", "caption": "Chú thích ảnh" },
            { "type": "paragraph", "text": "Đoạn hai." }
        ],
        "byline": "Tin, ảnh: Hoàng Gia Hanh"
    });
    edit(&mut value);
    value.to_string()
}

/// The "file: field: message" lines of a rejected article.
fn problems(json: &str) -> Vec<String> {
    let errors = Article::from_json(SLUG, json).expect_err("should be rejected");
    errors.iter().map(ToString::to_string).collect()
}

fn assert_problem(json: &str, expected_prefix: &str) {
    let found = problems(json);
    assert!(
        found.iter().any(|p| p.starts_with(expected_prefix)),
        "expected a problem starting {expected_prefix:?}, got {found:?}"
    );
}

#[test]
fn a_good_article_passes() {
    let article = Article::from_json(SLUG, &article_json(|_| {})).unwrap();
    assert_eq!(article.paragraphs().count(), 2);
    assert_eq!(article.summary().slug, SLUG);
}

#[test]
fn missing_fields_are_named() {
    let json = article_json(|v| {
        v.as_object_mut().unwrap().remove("title");
    });
    assert_problem(&json, "articles/bai-thu.json: title: missing field `title`");
    let json = article_json(|v| {
        v["category"].as_object_mut().unwrap().remove("name");
    });
    assert_problem(&json, "articles/bai-thu.json: category.name: missing field");
}

#[test]
fn wrong_types_and_unknown_fields_are_named() {
    assert_problem(
        &article_json(|v| v["body"][1]["caption"] = serde_json::json!(7)),
        "articles/bai-thu.json: body[1].caption: invalid type: integer `7`, expected a string",
    );
    assert_problem(
        &article_json(|v| v["body"][0]["type"] = serde_json::json!("video")),
        "articles/bai-thu.json: body[0].type: unknown variant `video`",
    );
    assert_problem(
        &article_json(|v| v["body"][0]["caption"] = serde_json::json!("x")),
        "articles/bai-thu.json: body[0]: a paragraph has `text` and no `caption`",
    );
    assert_problem(
        &article_json(|v| {
            v["body"][1].as_object_mut().unwrap().remove("caption");
        }),
        "articles/bai-thu.json: body[1]: a figure has `caption` and no `text`",
    );
    assert_problem(
        &article_json(|v| v["body"][0]["html"] = serde_json::json!("<b>x</b>")),
        "articles/bai-thu.json: body[0].html: unknown field `html`",
    );
}

#[test]
fn bad_dates_are_named() {
    assert_problem(
        &article_json(|v| v["published"] = serde_json::json!("29/12/2011 15:28")),
        "articles/bai-thu.json: published: \"29/12/2011 15:28\" is not a date-time",
    );
    assert_problem(
        &article_json(|v| v["published"] = serde_json::json!("2011-12-29T08:28:00Z")),
        "articles/bai-thu.json: published: 2011-12-29T08:28:00Z must be written in Vietnam time",
    );
}

#[test]
fn text_must_be_nfc_and_not_empty() {
    let decomposed = "Ho\u{302}\u{323}i nghi\u{323}"; // "Hội nghị" typed as NFD
    assert_problem(
        &article_json(|v| v["title"] = serde_json::json!(decomposed)),
        "articles/bai-thu.json: title: is not in Unicode NFC",
    );
    assert_problem(
        &article_json(|v| v["body"][2]["text"] = serde_json::json!(" \u{a0} ")),
        "articles/bai-thu.json: body[2].text: is empty",
    );
    assert_problem(
        &article_json(|v| v["body"] = serde_json::json!([])),
        "articles/bai-thu.json: body: has no paragraph",
    );
    assert_problem(
        &article_json(|v| v["lead"] = serde_json::json!("hai\ndòng")),
        "articles/bai-thu.json: lead: contains a control character",
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let json = article_json(|v| {
        v["title"] = serde_json::json!("");
        v["byline"] = serde_json::json!("");
        v["format_version"] = serde_json::json!(2);
    });
    let found = problems(&json);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].starts_with("articles/bai-thu.json: format_version: is 2"));
}

#[test]
fn slug_must_match_the_file() {
    assert_problem(
        &article_json(|v| v["slug"] = serde_json::json!("bai-khac")),
        "articles/bai-thu.json: slug: is \"bai-khac\" but the file is for \"bai-thu\"",
    );
    assert_problem(
        &article_json(|v| v["slug"] = serde_json::json!("Bài-Thứ")),
        "articles/bai-thu.json: slug: \"Bài-Thứ\" is not a slug",
    );
}

#[test]
fn malformed_json_is_reported_for_the_document() {
    assert_problem(
        "{\"format_version\": 1,",
        "articles/bai-thu.json: (document): EOF",
    );
    assert_problem("", "articles/bai-thu.json: (document): EOF");
    assert_problem(
        &format!("{} trailing", article_json(|_| {})),
        "articles/bai-thu.json: (document): trailing characters",
    );
}

#[test]
fn index_rejects_duplicate_slugs_and_sorts_newest_first() {
    let entry = |slug: &str, published: &str| {
        serde_json::json!({
            "slug": slug, "title": "T", "published": published,
            "category": { "slug": "c", "name": "C" }, "lead": "L"
        })
    };
    let json = serde_json::json!({
        "format_version": 1,
        "articles": [
            entry("cu", "2010-01-01T00:00:00+07:00"),
            entry("moi", "2012-01-01T00:00:00+07:00"),
            entry("giua", "2011-01-01T00:00:00+07:00"),
        ]
    });
    let index = ArticleIndex::from_json(&json.to_string()).unwrap();
    let order: Vec<_> = index
        .newest_first()
        .iter()
        .map(|a| a.slug.as_str())
        .collect();
    assert_eq!(order, ["moi", "giua", "cu"]);

    let duplicate = serde_json::json!({
        "format_version": 1,
        "articles": [entry("cu", "2010-01-01T00:00:00+07:00"), entry("cu", "2010-01-01T00:00:00+07:00")]
    });
    let errors = ArticleIndex::from_json(&duplicate.to_string()).unwrap_err();
    assert_eq!(
        errors.to_string(),
        "articles.json: articles[1].slug: \"cu\" is listed twice"
    );
}

#[test]
fn site_needs_an_absolute_base_url() {
    let site = |url: &str| {
        serde_json::json!({
            "format_version": 1, "name": "Tin & Số", "tagline": "t",
            "description": "d", "base_url": url,
            "license": { "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/" }
        })
        .to_string()
    };
    assert!(Site::from_json(&site("https://tinvaso.example")).is_ok());
    for bad in [
        "tinvaso.example",
        "https://tinvaso.example/",
        "https://",
        "",
    ] {
        let errors = Site::from_json(&site(bad)).unwrap_err();
        assert!(
            errors.to_string().starts_with("site.json: base_url: "),
            "{bad}: {errors}"
        );
    }
}

#[test]
fn who_the_article_comes_from_is_optional_but_never_blank() {
    let article = Article::from_json(
        SLUG,
        &article_json(|v| {
            v.as_object_mut().unwrap().remove("byline");
            v["credit"] = serde_json::json!("Theo TTO");
            v["agency"] = serde_json::json!("ĐN");
            v["source_url"] = serde_json::json!("https://example.vn/bai-1.html");
            v["body"][1]["credit"] = serde_json::json!("DIỆU THẢO");
        }),
    )
    .unwrap();
    assert_eq!(article.byline, None);
    assert_eq!(article.credit.as_deref(), Some("Theo TTO"));
    assert_eq!(
        article.body[1],
        tinso_model::Block::Figure {
            caption: "Chú thích ảnh".into(),
            credit: Some("DIỆU THẢO".into())
        }
    );
    for (field, value, problem) in [
        ("byline", "", "articles/bai-thu.json: byline: is empty"),
        (
            "credit",
            " Theo TTO",
            "articles/bai-thu.json: credit: starts or ends with whitespace",
        ),
        ("agency", "", "articles/bai-thu.json: agency: is empty"),
        (
            "source_url",
            "example.vn/bai-1",
            "articles/bai-thu.json: source_url: must be an absolute http(s) URL",
        ),
        (
            "source_url",
            "https://",
            "articles/bai-thu.json: source_url: must be an absolute http(s) URL",
        ),
        (
            "source_url",
            "https://example.vn/a b",
            "articles/bai-thu.json: source_url: must be an absolute http(s) URL",
        ),
    ] {
        assert_problem(
            &article_json(|v| v[field] = serde_json::json!(value)),
            problem,
        );
    }
    assert_problem(
        &article_json(|v| v["body"][1]["credit"] = serde_json::json!("")),
        "articles/bai-thu.json: body[1].credit: is empty",
    );
    assert_problem(
        &article_json(|v| v["body"][0]["credit"] = serde_json::json!("A")),
        "articles/bai-thu.json: body[0]: a paragraph has `text` and no `caption` or `credit`",
    );
}

#[test]
fn slugs_are_at_most_120_characters() {
    let long = "a".repeat(121);
    let json = article_json(|v| v["slug"] = serde_json::json!(long));
    let errors = Article::from_json(&long, &json).expect_err("too long");
    assert!(
        errors.to_string().contains("at most 120 characters"),
        "{errors}"
    );
    let fits = "a".repeat(120);
    let json = article_json(|v| v["slug"] = serde_json::json!(fits));
    assert!(Article::from_json(&fits, &json).is_ok());
}

#[test]
fn a_correction_comes_after_publication() {
    let corrected = Article::from_json(
        SLUG,
        &article_json(|v| v["updated"] = serde_json::json!("2012-01-03T09:30:00+07:00")),
    )
    .unwrap();
    assert_eq!(
        corrected.updated.unwrap().to_string(),
        "2012-01-03T09:30:00+07:00"
    );
    assert_problem(
        &article_json(|v| v["updated"] = serde_json::json!("2000-01-01T08:00:00+07:00")),
        "articles/bai-thu.json: updated: is before published",
    );
}

#[test]
fn the_site_names_its_licence_with_an_address() {
    let site = |license: serde_json::Value| {
        serde_json::json!({
            "format_version": 1, "name": "Tin & Số", "tagline": "t",
            "description": "d", "base_url": "https://tinvaso.example", "license": license
        })
        .to_string()
    };
    let ok = Site::from_json(&site(serde_json::json!({ "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/" }))).unwrap();
    assert_eq!(ok.license.name, "CC BY 4.0");
    let errors = Site::from_json(&site(
        serde_json::json!({ "name": "", "url": "creativecommons.org" }),
    ))
    .unwrap_err()
    .to_string();
    assert!(errors.contains("license.name: is empty"), "{errors}");
    assert!(
        errors.contains("license.url: must be an absolute http(s) URL"),
        "{errors}"
    );
    assert!(Site::from_json(&site(serde_json::Value::Null)).is_err());
}
