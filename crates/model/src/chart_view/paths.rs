//! Marks' element ids (the paths of datasets and views are in
//! [`crate::route`]).

/// Element id of a chart's mark for a value: `#moc-<value id>`.
pub fn mark_id(value_id: &str) -> String {
    format!("moc-{value_id}")
}
