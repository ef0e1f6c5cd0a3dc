//! The seed's charts as the build lays them out: every figure linked to its
//! words in the text, every shape inside its chart, every value labelled.

mod common;

use common::{repo_file, SEED_SLUG};
use tinso_model::chart_view::{csv_document, svg_document, text_width, CHART_WIDTH};
use tinso_model::{Article, ArticleCharts, ArticleStats, Block, ChartView, ShapeKind};

fn seed() -> (Article, ArticleStats) {
    common::seed_with_stats()
}

fn charts() -> (Article, ArticleStats, ArticleCharts) {
    let (article, stats) = seed();
    let charts = ArticleCharts::build(&article, Some(&stats));
    (article, stats, charts)
}

fn chart<'a>(charts: &'a ArticleCharts, id: &str) -> &'a ChartView {
    charts.charts.iter().find(|c| c.id == id).unwrap()
}

#[test]
fn figures_in_the_text_are_the_words_that_state_them() {
    let (article, _, charts) = charts();
    let words: Vec<(String, Vec<String>)> = charts
        .refs
        .iter()
        .map(|r| {
            let Block::Paragraph { text } = &article.body[r.paragraph] else {
                panic!("a figure outside a paragraph: {r:?}");
            };
            (text[r.start..r.end].to_owned(), r.values.clone())
        })
        .collect();
    let words: Vec<(&str, Vec<&str>)> = words
        .iter()
        .map(|(w, v)| (w.as_str(), v.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        words,
        [
            ("Sáng ngày 28/12/2011", vec!["hoi-nghi-giao-ban"]),
            (
                "Quyết định số 162-QĐ/ĐUK ngày 24/02/2011",
                vec!["quyet-dinh-162"]
            ),
            ("24 đơn vị", vec!["don-vi-duoc-kiem-tra"]),
            (
                "Quyết định 290-QĐ/TW ngày 25/02/2010",
                vec!["quyet-dinh-290"]
            ),
            (
                "Nghị quyết 30a/2008/NQ-CP ngày 27/12/2008",
                vec!["nghi-quyet-30a"]
            ),
            (
                "26/31 tập đoàn, tổng công ty, ngân hàng",
                vec!["doanh-nghiep-cam-ket"]
            ),
            ("54/62 huyện", vec!["huyen-ngheo-duoc-ho-tro"]),
            ("hơn 1.480 tỷ đồng", vec!["von-da-ho-tro"]),
            ("85,23 %", vec!["ty-le-von-da-ho-tro"]),
            ("gần 6.000 tỷ đồng", vec!["an-sinh-tong"]),
            ("34,450 tỷ đồng", vec!["quy-thien-tai-mien-trung"]),
            ("101,550 tỷ đồng", vec!["truong-sa"]),
            ("280.000 USD", vec!["nhat-ban-usd"]),
            // Two datasets quote the garbled Japan figure: one link serves both.
            ("18,026 tỷ đồng", vec!["nhat-ban-dong", "nhat-ban-ty-dong"]),
            ("Quy định 222-QĐ/TW ngày 08/5/2009", vec!["quy-dinh-222"]),
        ]
    );
    for pair in charts.refs.windows(2) {
        assert!(
            pair[0].paragraph < pair[1].paragraph || pair[0].end <= pair[1].start,
            "links never overlap: {pair:?}"
        );
    }
}

#[test]
fn every_mark_links_back_to_its_sentence() {
    let (_, _, charts) = charts();
    for view in &charts.charts {
        for mark in &view.marks {
            let sentence = mark
                .sentence
                .as_deref()
                .unwrap_or_else(|| panic!("{}: {} has no sentence", view.id, mark.value));
            assert!(charts.refs.iter().any(|r| r.id == sentence));
        }
    }
    // The derived total links to the sentence it is computed from.
    let money = chart(&charts, "chuong-trinh-30a-von-ho-tro");
    assert_eq!(money.marks[1].sentence.as_deref(), Some("so-von-da-ho-tro"));
}

#[test]
fn shapes_and_labels_stay_inside_the_chart() {
    let (_, _, charts) = charts();
    assert_eq!(charts.charts.len(), 6);
    for view in &charts.charts {
        assert_eq!(view.width, CHART_WIDTH);
        assert!(view.height > 0);
        for shape in &view.shapes {
            let inside_y = (0..=view.height).contains(&shape.y);
            assert!(inside_y, "{}: {shape:?}", view.id);
            let (left, right) = match shape.kind {
                ShapeKind::Rect => (shape.x, shape.x + shape.w),
                ShapeKind::Line => (shape.x.min(shape.w), shape.x.max(shape.w)),
                ShapeKind::Circle => (shape.x - shape.w, shape.x + shape.w),
                ShapeKind::Text => {
                    let size = if shape.class.contains("c-tick") {
                        12.0
                    } else {
                        14.0
                    };
                    let width = text_width(&shape.text, size).round() as i32;
                    if shape.class.contains("t-end") {
                        (shape.x - width, shape.x)
                    } else if shape.class.contains("t-mid") {
                        (shape.x - width / 2, shape.x + width / 2)
                    } else {
                        (shape.x, shape.x + width)
                    }
                }
            };
            assert!(
                left >= 0 && right <= view.width,
                "{}: {shape:?} spans {left}..{right}",
                view.id
            );
        }
        for mark in &view.marks {
            assert!(mark.x >= 0 && mark.x + mark.w <= view.width, "{mark:?}");
            assert!(mark.y >= 0 && mark.y + mark.h <= view.height, "{mark:?}");
            assert!(mark.h >= 24, "touch targets are at least 24 px: {mark:?}");
        }
        for pair in view.marks.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(
                a.y + a.h <= b.y || b.y + b.h <= a.y,
                "{}: marks overlap: {a:?} {b:?}",
                view.id
            );
        }
    }
}

#[test]
fn every_value_is_labelled_on_the_chart() {
    let (_, stats, charts) = charts();
    for (dataset, view) in stats.datasets.iter().zip(&charts.charts) {
        assert_eq!(view.marks.len(), dataset.values.len());
        let texts: Vec<&str> = view.shapes.iter().map(|s| s.text.as_str()).collect();
        for value in &dataset.values {
            let label = match &value.date {
                Some(date) => tinso_model::chart_view::iso_date_vi(date),
                None => tinso_model::chart_view::value_text(value),
            };
            let shown = texts.iter().any(|t| t.contains(&label))
                || tinso_model::chart_view::arithmetic_text(value)
                    .is_some_and(|a| texts.contains(&a.as_str()));
            assert!(shown, "{}: {label} is not written on the chart", view.id);
        }
    }
    let giving = chart(&charts, "an-sinh-xa-hoi-2011");
    let texts: Vec<&str> = giving.shapes.iter().map(|s| s.text.as_str()).collect();
    for expected in [
        "gần 6.000 tỷ đồng",
        "34,450 tỷ đồng",
        "101,550 tỷ đồng",
        "18,026 tỷ đồng",
    ] {
        assert!(texts.contains(&expected), "{expected} in {texts:?}");
    }
    let parts = chart(&charts, "chuong-trinh-30a-doanh-nghiep-va-huyen-ngheo");
    let texts: Vec<&str> = parts.shapes.iter().map(|s| s.text.as_str()).collect();
    assert!(texts.contains(&"54/62 = 87,1% ≈ 87% ✓"));
    assert!(texts.contains(&"26/31 = 83,9%"));
}

#[test]
fn small_values_300_times_smaller_stay_visible() {
    let (_, _, charts) = charts();
    let giving = chart(&charts, "an-sinh-xa-hoi-2011");
    let bars: Vec<i32> = giving
        .shapes
        .iter()
        .filter(|s| s.class.starts_with("c-bar"))
        .map(|s| s.w)
        .collect();
    assert_eq!(bars.len(), 4);
    assert_eq!(bars[0], CHART_WIDTH);
    assert!(bars.iter().all(|w| *w >= 2), "{bars:?}");
    // 101,55 of 6.000 on a 360-unit axis from zero: about 6 units, not more.
    assert_eq!(bars[2], 6);
}

#[test]
fn different_units_never_share_an_axis() {
    let (_, _, charts) = charts();
    let japan = chart(&charts, "quyen-gop-nhat-ban-2011");
    let units: Vec<&str> = japan
        .shapes
        .iter()
        .filter(|s| s.class == "c-unit")
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(units, ["Tính bằng USD", "Tính bằng tỷ đồng"]);
    assert!(japan.notes.iter().any(|n| n.contains("trục riêng")));
    assert!(
        japan.notes.iter().any(|n| n.contains("không tự quy đổi")),
        "the note on the garbled source stays"
    );
}

#[test]
fn the_timeline_keeps_dates_in_order_at_true_distances() {
    let (_, _, charts) = charts();
    let timeline = chart(&charts, "van-ban-duoc-nhac-den");
    let dots: Vec<i32> = timeline
        .shapes
        .iter()
        .filter(|s| s.kind == ShapeKind::Circle)
        .map(|s| s.y)
        .collect();
    assert_eq!(dots.len(), 5);
    assert!(dots.windows(2).all(|w| w[0] < w[1]), "{dots:?}");
    // 2008-12-27 → 2009-05-08 is 132 days, 2010-02-25 → 2011-02-24 is 364:
    // the gaps keep that proportion.
    let (short, long) = (dots[1] - dots[0], dots[3] - dots[2]);
    assert!(((long as f64 / short as f64) - 364.0 / 132.0).abs() < 0.1);
    let years: Vec<&str> = timeline
        .shapes
        .iter()
        .filter(|s| s.class.contains("c-tick"))
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(years, ["2009", "2010", "2011"]);
}

#[test]
fn views_round_trip_and_reject_what_they_cannot_use() {
    let (_, _, charts) = charts();
    let json = serde_json::to_string(&charts).unwrap();
    assert_eq!(ArticleCharts::from_json(SEED_SLUG, &json).unwrap(), charts);
    let view = &charts.charts[0];
    let json = serde_json::to_string(view).unwrap();
    assert_eq!(&ChartView::from_json(&view.id, &json).unwrap(), view);
    let newer = json.replace("\"format_version\":1", "\"format_version\":2");
    assert!(ChartView::from_json(&view.id, &newer).is_err());
    let unsafe_id = json.replace(
        "\"value\":\"doanh-nghiep-cam-ket\"",
        "\"value\":\"x\\\" onclick=\\\"\"",
    );
    assert_ne!(unsafe_id, json);
    assert!(ChartView::from_json(&view.id, &unsafe_id).is_err());
    assert!(ArticleCharts::from_json("khac", &serde_json::to_string(&charts).unwrap()).is_err());
}

#[test]
fn csv_holds_every_value_for_spreadsheets() {
    let (article, stats, _) = charts();
    let giving = &stats.datasets[2];
    let csv = csv_document(giving, &article);
    assert!(csv.starts_with('\u{feff}'), "UTF-8 byte-order mark first");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines.len(),
        giving.values.len() + 2,
        "header, rows, final CRLF"
    );
    assert!(lines[0].starts_with("Bộ số liệu,Mục,Giá trị như bài viết,Số,Đơn vị"));
    assert!(
        lines[1].contains(",gần 6.000 tỷ đồng,6000,tỷ đồng,gần,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].contains(",\"34,45\","),
        "decimal comma, quoted: {}",
        lines[2]
    );
    assert!(lines[2].contains("“Quỹ hỗ trợ thiên tai miền Trung 34,450 tỷ đồng”"));
    let money = csv_document(&stats.datasets[1], &article);
    assert!(money.contains("Tính ra"));
    assert!(money.contains("1.480 ÷ 85,23 × 100 ≈ 1.736,5"));
}

#[test]
fn svg_files_stand_alone() {
    let (_, _, charts) = charts();
    let view = chart(&charts, "an-sinh-xa-hoi-2011");
    let site = tinso_model::Site::from_json(&repo_file("public/data/site.json")).unwrap();
    let svg = svg_document(view, &site);
    assert!(svg.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
    ));
    assert!(svg.contains("<title>Đóng góp an sinh xã hội năm 2011</title>"));
    assert!(svg.contains("Nguồn: Tin &amp; Số"));
    assert!(svg.contains("Giấy phép CC BY 4.0."));
    // The source wraps to the chart's width instead of running off it.
    for line in tinso_model::chart_view::source_lines(view, &site) {
        assert!(text_width(&line, 12.0) <= f64::from(CHART_WIDTH), "{line}");
    }
    assert!(svg.contains(r##"fill="#0072b2""##));
    assert!(!svg.contains("class="), "no stylesheet needed");
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    assert!(svg.trim_end().ends_with("</svg>"));
}

#[test]
fn the_page_css_uses_the_chart_palettes() {
    use tinso_model::chart_view::{DARK_PALETTE, PALETTE};
    let css = repo_file("style/main.css").to_lowercase();
    // Each role is one light-dark() pair in the CSS.
    for ((name, light), (_, dark)) in PALETTE.iter().zip(DARK_PALETTE) {
        let pair = format!("light-dark({light}, {dark})");
        assert!(
            css.contains(&pair),
            "style/main.css lacks the {name} colours {pair}"
        );
    }
}
