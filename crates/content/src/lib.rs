//! Content tools for Tin & Số: import raw article text ([`import`]), find
//! the figures in it ([`figures`]), check the data directory and write the
//! site's pages ([`site`]). The `tinso-content` binary is their command line.

pub mod figures;
pub mod fsio;
pub mod import;
pub mod site;

use serde::Serialize;

/// The JSON text of a data file as the project stores it: two-space
/// indentation, non-ASCII letters as they are, a final newline.
pub fn to_json_file<T: Serialize>(value: &T) -> String {
    let mut json = serde_json::to_string_pretty(value).expect("data types serialize");
    json.push('\n');
    json
}
