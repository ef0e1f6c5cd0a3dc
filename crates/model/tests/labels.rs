//! No text over text: on every chart of the seed, and on made-up datasets
//! with long labels, long units and extreme values, no two labels overlap
//! and no label touches an axis line (chart_view::collisions).

mod common;

use tinso_model::chart_view::collisions;
use tinso_model::{Article, ArticleCharts, ChartKind, ChartView, Dataset, Value};

fn value(id: &str, label: &str, number: Option<f64>, unit: &str) -> Value {
    Value {
        id: id.into(),
        label: label.into(),
        number,
        unit: unit.into(),
        qualifier: None,
        of: None,
        stated_percent: None,
        date: None,
        source: None,
        derived: None,
        note: None,
    }
}

fn view(article: &Article, chart: ChartKind, values: Vec<Value>) -> ChartView {
    let dataset = Dataset {
        id: "thu-nghiem".into(),
        title: "Bộ số liệu thử nghiệm".into(),
        description: "Dựng để kiểm tra cách xếp nhãn.".into(),
        chart,
        values,
        notes: Vec::new(),
    };
    ChartView::build(&dataset, article, &[])
}

#[test]
fn no_label_of_the_seed_overlaps_another_or_an_axis() {
    let (article, stats) = common::seed_with_stats();
    let charts = ArticleCharts::build(&article, Some(&stats));
    let found: Vec<String> = charts.charts.iter().flat_map(collisions).collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn extreme_bars_keep_their_labels_apart() {
    let (article, _) = common::seed_with_stats();
    let long = "Tổng số vốn các tập đoàn, tổng công ty và ngân hàng đã cam kết hỗ trợ các huyện nghèo theo Nghị quyết";
    let cases: Vec<Vec<Value>> = vec![
        // A value 10⁹ times another, and a long unit on the axis.
        vec![
            value("a", "Nhỏ", Some(0.001), "nghìn tỷ đồng Việt Nam"),
            value("b", long, Some(987_654_321.0), "nghìn tỷ đồng Việt Nam"),
        ],
        // Values whose labels are too long for either side of their bars.
        vec![
            value(
                "a",
                long,
                Some(123_456_789.123),
                "đơn vị hành chính cấp huyện",
            ),
            value(
                "b",
                long,
                Some(123_456_788.0),
                "đơn vị hành chính cấp huyện",
            ),
            value("c", "Không", Some(0.0), "đơn vị hành chính cấp huyện"),
        ],
        // Many values, two units.
        (0..12)
            .map(|i| {
                let unit = if i % 2 == 0 { "tỷ đồng" } else { "USD" };
                value(
                    &format!("v{i}"),
                    &format!("Mục số {i} {long}"),
                    Some(10f64.powi(i)),
                    unit,
                )
            })
            .collect(),
    ];
    for values in cases {
        let chart = view(&article, ChartKind::Bars, values);
        let found = collisions(&chart);
        assert!(found.is_empty(), "{found:#?}");
    }
}

#[test]
fn extreme_parts_and_timelines_keep_their_labels_apart() {
    let (article, _) = common::seed_with_stats();
    let long =
        "Số đơn vị được kiểm tra việc thực hiện quy chế dân chủ ở cơ sở trong năm của Đảng bộ Khối";
    let mut part = value("a", long, Some(999_999.0), "đơn vị");
    part.of = Some(1_000_000.0);
    let mut tiny = value("b", long, Some(1.0), "đơn vị");
    tiny.of = Some(1_000_000.0);
    let chart = view(&article, ChartKind::PartOfWhole, vec![part, tiny]);
    let found = collisions(&chart);
    assert!(found.is_empty(), "{found:#?}");

    // Events days apart and decades apart, with long labels.
    let events: Vec<Value> = [
        "2008-12-27",
        "2008-12-28",
        "2008-12-29",
        "1990-01-01",
        "2011-12-31",
    ]
    .iter()
    .enumerate()
    .map(|(i, date)| {
        let mut event = value(&format!("e{i}"), &format!("{long} {i}"), None, "");
        event.date = Some((*date).into());
        event
    })
    .collect();
    let chart = view(&article, ChartKind::Timeline, events);
    let found = collisions(&chart);
    assert!(found.is_empty(), "{found:#?}");
}
