//! Reading the view files back: parsing them (`from_json`) and the checks
//! every reader makes of a view, however parsed (`validated`).

use super::{ArticleCharts, ChartView, DatasetIndex};
use crate::article::Checker;
use crate::error::{parse_json, DataErrors};
use crate::route::{article_charts_file, chart_file, DATASET_INDEX_FILE};

impl ChartView {
    /// Parses `views/<id>.json`. The build wrote it from checked data, so
    /// the reader checks only what it relies on: the version and the ids
    /// it turns into element ids and links.
    pub fn from_json(id: &str, json: &str) -> Result<ChartView, DataErrors> {
        let view: ChartView = parse_json(&chart_file(id), json)?;
        view.validated(id)
    }

    /// Checks a view read from [`chart_file`]`(id)` by any reader.
    pub fn validated(self, id: &str) -> Result<ChartView, DataErrors> {
        let file = chart_file(id);
        let mut check = Checker::new(&file, |_| true);
        check.version(self.format_version);
        if self.id != id {
            check.fail("id", format!("is not \"{id}\""));
        }
        self.check_ids(&mut check, "");
        check.finish(self)
    }

    fn check_ids(&self, check: &mut Checker, at: &str) {
        check.slug(&format!("{at}id"), &self.id);
        check.slug(&format!("{at}article"), &self.article);
        for (i, mark) in self.marks.iter().enumerate() {
            check.slug(&format!("{at}marks[{i}].value"), &mark.value);
        }
    }
}

impl ArticleCharts {
    /// Parses `views/bai-viet/<slug>.json` (checked as [`ChartView::from_json`]).
    pub fn from_json(slug: &str, json: &str) -> Result<ArticleCharts, DataErrors> {
        let charts: ArticleCharts = parse_json(&article_charts_file(slug), json)?;
        charts.validated(slug)
    }

    /// Checks charts read from [`article_charts_file`]`(slug)` by any reader.
    pub fn validated(self, slug: &str) -> Result<ArticleCharts, DataErrors> {
        let charts = self;
        let file = article_charts_file(slug);
        let mut check = Checker::new(&file, |_| true);
        check.version(charts.format_version);
        if charts.article != slug {
            check.fail("article", format!("is not \"{slug}\""));
        }
        for (i, chart) in charts.charts.iter().enumerate() {
            chart.check_ids(&mut check, &format!("charts[{i}]."));
        }
        for (i, figure) in charts.refs.iter().enumerate() {
            check.slug(&format!("refs[{i}].id"), &figure.id);
            for value in &figure.values {
                check.slug(&format!("refs[{i}].values"), value);
            }
        }
        check.finish(charts)
    }
}

impl DatasetIndex {
    pub fn from_json(json: &str) -> Result<DatasetIndex, DataErrors> {
        let index: DatasetIndex = parse_json(DATASET_INDEX_FILE, json)?;
        index.validated()
    }

    /// Checks an index read by any reader.
    pub fn validated(self) -> Result<DatasetIndex, DataErrors> {
        let index = self;
        let mut check = Checker::new(DATASET_INDEX_FILE, |_| true);
        check.version(index.format_version);
        for (i, entry) in index.datasets.iter().enumerate() {
            check.slug(&format!("datasets[{i}].id"), &entry.id);
            check.slug(&format!("datasets[{i}].article"), &entry.article);
        }
        check.finish(index)
    }
}
