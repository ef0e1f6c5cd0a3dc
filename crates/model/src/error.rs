//! Errors that name the file and the field, so a content editor can find and
//! fix the problem: `articles/x.json: body[3].text: is empty`.

use std::fmt;

use serde::de::DeserializeOwned;

/// One problem in one data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file, relative to the data directory, e.g. `articles/slug.json`.
    pub file: String,
    /// The field, as a path from the document root, e.g. `body[3].text`;
    /// `(document)` for problems with the file as a whole.
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.message)
    }
}

/// Every problem found in a file (never empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataErrors(pub Vec<DataError>);

impl DataErrors {
    pub fn single(file: &str, field: &str, message: impl Into<String>) -> DataErrors {
        DataErrors(vec![DataError {
            file: file.to_owned(),
            field: field.to_owned(),
            message: message.into(),
        }])
    }

    pub fn iter(&self) -> impl Iterator<Item = &DataError> {
        self.0.iter()
    }
}

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

pub(crate) const WHOLE_DOCUMENT: &str = "(document)";

/// Deserializes `json` as a `T`, naming the field where the shape is wrong.
pub fn parse_json<T: DeserializeOwned>(file: &str, json: &str) -> Result<T, DataErrors> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value: T = deserialize_tracked(&mut deserializer).map_err(|(path, message)| {
        // serde reports a missing field at its parent; name the field itself.
        let field = match message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split_once('`'))
        {
            Some((name, _)) if path == "." => name.to_owned(),
            Some((name, _)) => format!("{path}.{name}"),
            None if path == "." => WHOLE_DOCUMENT.to_owned(),
            None => path,
        };
        DataErrors::single(file, &field, message)
    })?;
    deserializer
        .end()
        .map_err(|error| DataErrors::single(file, WHOLE_DOCUMENT, error.to_string()))?;
    Ok(value)
}

/// Deserializes, returning on error the path of the failing field (`.` for
/// the document) and serde's message.
#[cfg(feature = "field-paths")]
fn deserialize_tracked<'de, T: serde::Deserialize<'de>>(
    deserializer: &mut serde_json::Deserializer<serde_json::de::StrRead<'de>>,
) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        // "?" marks a position serde could not attribute to a field.
        let path = match error.path().to_string() {
            unknown if unknown == "?" => ".".to_owned(),
            known => known,
        };
        (path, error.inner().to_string())
    })
}

/// Without the `field-paths` feature (the path tracking costs wasm:
/// docs/budget.md) a shape error names the document; serde's message still
/// names a missing field and the position. The browser app reads with
/// serde-wasm-bindgen instead (src/api.rs), with the same effect.
#[cfg(not(feature = "field-paths"))]
fn deserialize_tracked<'de, T: serde::Deserialize<'de>>(
    deserializer: &mut serde_json::Deserializer<serde_json::de::StrRead<'de>>,
) -> Result<T, (String, String)> {
    T::deserialize(deserializer).map_err(|error| (".".to_owned(), error.to_string()))
}
