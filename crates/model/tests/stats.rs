//! Statistics validation: a number can never drift from the text it quotes.

mod common;

use common::{repo_file, SEED_SLUG};
use tinso_model::{Article, ArticleStats};

fn seed() -> (Article, serde_json::Value) {
    let article = Article::from_json(
        SEED_SLUG,
        &repo_file(&format!("public/data/articles/{SEED_SLUG}.json")),
    )
    .unwrap();
    let stats =
        serde_json::from_str(&repo_file(&format!("public/data/stats/{SEED_SLUG}.json"))).unwrap();
    (article, stats)
}

/// The problems of the seed statistics after `edit`, without the file name.
fn problems(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    let (article, mut stats) = seed();
    edit(&mut stats);
    let prefix = format!("stats/{SEED_SLUG}.json: ");
    match ArticleStats::from_json(&stats.to_string(), &article) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .iter()
            .map(|e| e.to_string().strip_prefix(&prefix).unwrap().to_owned())
            .collect(),
    }
}

#[test]
fn the_seed_statistics_are_valid() {
    assert_eq!(problems(|_| {}), Vec::<String>::new());
    let (article, stats) = seed();
    let stats = ArticleStats::from_json(&stats.to_string(), &article).unwrap();
    let huyen = &stats.datasets[0].values[1];
    assert_eq!(huyen.id, "huyen-ngheo-duoc-ho-tro");
    assert!((huyen.computed_percent().unwrap() - 87.096_774).abs() < 1e-4);
    assert_eq!(huyen.percent_agrees(), Some(true));
}

#[test]
fn a_quote_not_in_its_paragraph_is_rejected() {
    assert_eq!(
        problems(|s| s["datasets"][1]["values"][0]["source"]["quote"] = "hơn 1.840 tỷ đồng".into()),
        ["datasets[1].values[0].source.quote: \"hơn 1.840 tỷ đồng\" is not in body[3] word for word"]
    );
    // The right words, but in another paragraph.
    assert_eq!(
        problems(|s| s["datasets"][1]["values"][0]["source"]["paragraph"] = 5.into()),
        ["datasets[1].values[0].source.quote: \"hơn 1.480 tỷ đồng\" is not in body[5] word for word"]
    );
    assert_eq!(
        problems(|s| s["datasets"][1]["values"][0]["source"]["paragraph"] = 1.into()),
        ["datasets[1].values[0].source.paragraph: body[1] of the article is not a paragraph"]
    );
}

#[test]
fn a_number_not_written_in_the_quote_is_rejected() {
    assert_eq!(
        problems(|s| s["datasets"][1]["values"][0]["number"] = 1840.into()),
        ["datasets[1].values[0].number: 1840 is not written in the quote \"hơn 1.480 tỷ đồng\""]
    );
}

#[test]
fn a_dropped_or_changed_qualifier_is_rejected() {
    assert_eq!(
        problems(|s| {
            s["datasets"][1]["values"][0]
                .as_object_mut()
                .unwrap()
                .remove("qualifier");
        }),
        ["datasets[1].values[0].qualifier: the text says \"hơn\" before the number; keep it"]
    );
    // Quoting around the hedge does not hide it.
    assert_eq!(
        problems(|s| {
            let value = &mut s["datasets"][1]["values"][0];
            value.as_object_mut().unwrap().remove("qualifier");
            value["source"]["quote"] = "1.480 tỷ đồng".into();
        }),
        ["datasets[1].values[0].qualifier: the text says \"hơn\" before the number; keep it"]
    );
    assert_eq!(
        problems(|s| s["datasets"][2]["values"][0]["qualifier"] = "khoảng".into()),
        ["datasets[2].values[0].qualifier: is \"khoảng\" but the text says \"gần\""]
    );
    assert_eq!(
        problems(|s| s["datasets"][2]["values"][1]["qualifier"] = "hơn".into()),
        ["datasets[2].values[1].qualifier: \"hơn\" is not in the text before the number"]
    );
}

#[test]
fn a_percentage_that_disagrees_with_its_ratio_is_rejected() {
    let found = problems(|s| {
        let value = &mut s["datasets"][0]["values"][1];
        value["number"] = 52.into();
        value["source"]["quote"] = "52/62".into();
    });
    assert_eq!(
        found,
        [
            "datasets[0].values[1].stated_percent: 87% does not agree with 52 / 62 = 83.87%",
            "datasets[0].values[1].source.quote: \"52/62\" is not in body[3] word for word",
        ]
    );
    // 54/62 = 87,1 %: a stated 88 % is off by more than rounding.
    let (article, mut stats) = seed();
    let value = &mut stats["datasets"][0]["values"][1];
    value["stated_percent"] = 88.into();
    let errors = ArticleStats::from_json(&stats.to_string(), &article)
        .unwrap_err()
        .to_string();
    assert!(
        errors.contains(
            "datasets[0].values[1].stated_percent: 88% does not agree with 54 / 62 = 87.10%"
        ),
        "{errors}"
    );
}

#[test]
fn derived_values_name_real_inputs() {
    assert_eq!(
        problems(|s| s["datasets"][1]["values"][1]["derived"]["inputs"][1] = "khong-co".into()),
        ["datasets[1].values[1].derived.inputs: \"khong-co\" is not another value of this file"]
    );
    assert_eq!(
        problems(|s| s["datasets"][1]["values"][1]["source"] =
            serde_json::json!({"paragraph": 3, "quote": "1.480"})),
        ["datasets[1].values[1]: needs exactly one of `source` (reported) and `derived`"]
    );
}

#[test]
fn timeline_dates_must_be_written_in_the_quote() {
    assert_eq!(
        problems(|s| s["datasets"][5]["values"][0]["date"] = "2008-12-28".into()),
        ["datasets[5].values[0].date: 2008-12-28 is not written in the quote \"Nghị quyết 30a/2008/NQ-CP ngày 27/12/2008\""]
    );
    assert_eq!(
        problems(|s| s["datasets"][5]["values"][0]["date"] = "27/12/2008".into()),
        ["datasets[5].values[0].date: \"27/12/2008\" is not a date like 2011-12-28",
         "datasets[5].values[0].date: 27/12/2008 is not written in the quote \"Nghị quyết 30a/2008/NQ-CP ngày 27/12/2008\""]
    );
}

#[test]
fn dataset_and_value_ids_are_unique() {
    assert_eq!(
        problems(|s| s["datasets"][1]["id"] = s["datasets"][0]["id"].clone()),
        ["datasets[1].id: \"chuong-trinh-30a-doanh-nghiep-va-huyen-ngheo\" is used twice"]
    );
    assert_eq!(
        problems(|s| s["datasets"][4]["values"][0]["id"] = "Đơn vị".into()),
        ["datasets[4].values[0].id: \"Đơn vị\" is not a slug (a-z, 0-9, single hyphens, at most 120 characters)"]
    );
}

#[test]
fn the_seed_values_read_as_the_text_writes_them() {
    let (article, stats) = seed();
    let stats = ArticleStats::from_json(&stats.to_string(), &article).unwrap();
    let text = |id: &str| {
        let value = stats
            .datasets
            .iter()
            .flat_map(|d| &d.values)
            .find(|v| v.id == id)
            .unwrap();
        tinso_model::chart_view::value_text(value)
    };
    assert_eq!(text("von-da-ho-tro"), "hơn 1.480 tỷ đồng");
    assert_eq!(text("von-dang-ky"), "khoảng 1.736,5 tỷ đồng (tính ra)");
    assert_eq!(text("an-sinh-tong"), "gần 6.000 tỷ đồng");
    assert_eq!(text("quy-thien-tai-mien-trung"), "34,450 tỷ đồng");
    assert_eq!(text("truong-sa"), "101,550 tỷ đồng");
    assert_eq!(text("nhat-ban-usd"), "280.000 USD");
    assert_eq!(text("nhat-ban-ty-dong"), "18,026 tỷ đồng");
    assert_eq!(text("don-vi-duoc-kiem-tra"), "24 đơn vị");
    assert_eq!(text("ty-le-von-da-ho-tro"), "85,23%");
    let districts = &stats.datasets[0].values[1];
    assert_eq!(
        tinso_model::chart_view::arithmetic_text(districts).unwrap(),
        "54/62 = 87,1% ≈ 87% ✓"
    );
    for dataset in &stats.datasets {
        let description = tinso_model::chart_view::describe(dataset);
        assert!(description.contains(&dataset.title), "{description}");
        assert!(description.contains(&format!("{} mục", dataset.values.len())));
    }
}

// The rules of docs/data-format.md that the tests above leave out.

#[test]
fn a_bar_needs_a_number_that_is_not_negative_and_a_unit() {
    assert_eq!(
        problems(|s| {
            s["datasets"][1]["values"][0]
                .as_object_mut()
                .unwrap()
                .remove("number");
        }),
        ["datasets[1].values[0].number: is missing"]
    );
    let negative = problems(|s| s["datasets"][1]["values"][0]["number"] = serde_json::json!(-1480));
    assert!(
        negative.contains(
            &"datasets[1].values[0].number: must be a finite number, not negative".to_owned()
        ),
        "{negative:?}"
    );
    let unitless = problems(|s| s["datasets"][1]["values"][0]["unit"] = serde_json::json!(" "));
    assert!(
        unitless.contains(&"datasets[1].values[0].unit: is missing".to_owned()),
        "{unitless:?}"
    );
}

#[test]
fn a_part_of_a_whole_needs_its_whole_or_a_percentage_and_fits_in_it() {
    let wholeless = problems(|s| {
        s["datasets"][0]["values"][1]
            .as_object_mut()
            .unwrap()
            .remove("of");
    });
    assert!(
        wholeless.contains(
            &"datasets[0].values[1].of: a part of a whole needs the whole (`of`) or the unit \"%\""
                .to_owned()
        ),
        "{wholeless:?}"
    );
    let larger = problems(|s| s["datasets"][0]["values"][1]["of"] = serde_json::json!(50));
    assert!(
        larger.contains(&"datasets[0].values[1].of: 54 cannot be a part of 50".to_owned()),
        "{larger:?}"
    );
    // A percentage stands without a whole: the seed's 85,23 %.
    assert_eq!(problems(|_| {}), Vec::<String>::new());
}

#[test]
fn only_the_listed_qualifiers_are_allowed() {
    let odd = problems(|s| s["datasets"][2]["values"][0]["qualifier"] = serde_json::json!("chừng"));
    assert!(
        odd.iter()
            .any(|p| p.starts_with("datasets[2].values[0].qualifier: \"chừng\" is not one of")),
        "{odd:?}"
    );
}

#[test]
fn a_dataset_without_values_is_refused() {
    assert_eq!(
        problems(|s| s["datasets"][4]["values"] = serde_json::json!([])),
        ["datasets[4].values: is empty"]
    );
}
