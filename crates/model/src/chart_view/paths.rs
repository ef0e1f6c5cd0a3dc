//! Where datasets and their views are: the pages' routes, the downloads,
//! the view files (relative to the data directory) and marks' element ids.

/// The page listing every dataset.
pub const DATASETS_ROUTE: &str = "/so-lieu";
/// The dataset index, relative to the data directory.
pub const DATASET_INDEX_FILE: &str = "views/so-lieu.json";

/// The page of one dataset.
pub fn dataset_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}")
}

/// The CSV download of a dataset.
pub fn csv_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}.csv")
}

/// The SVG download of a chart.
pub fn svg_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}.svg")
}

/// The view of one dataset, relative to the data directory.
pub fn chart_file(id: &str) -> String {
    format!("views/{id}.json")
}

/// The charts of one article, relative to the data directory.
pub fn article_charts_file(slug: &str) -> String {
    format!("views/bai-viet/{slug}.json")
}

/// Element id of a chart's mark for a value: `#moc-<value id>`.
pub fn mark_id(value_id: &str) -> String {
    format!("moc-{value_id}")
}
