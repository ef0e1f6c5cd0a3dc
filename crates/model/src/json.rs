//! A small JSON reader, for the search worker.
//!
//! The worker first read its index files with the browser's `JSON.parse`
//! and walked the result through JavaScript one value at a time, as the app
//! does (see [`crate::decode`]): for a chunk of the seed's index that took
//! 15 ms of a keystroke, most of it crossing between wasm and JavaScript.
//! This reads the text in Rust, in one pass, into a tree that [`Json`]
//! reads like any other. Tests check it against serde_json.
//!
//! Numbers are whole, as everywhere in the index: a fraction or an
//! exponent is refused. Reading them would bring Rust's float parser into
//! the worker (measured: 14 KB brotli, on a worker of 40).

use crate::decode::Json;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonValue {
    Null,
    Bool(bool),
    /// A whole number.
    Integer(i64),
    String(String),
    Array(Vec<JsonValue>),
    /// Members in the order written.
    Object(Vec<(String, JsonValue)>),
}

/// Arrays and objects nested deeper than this are refused rather than
/// read (the index nests four deep).
const MAX_DEPTH: usize = 64;

/// Reads `text` as one JSON value.
pub fn parse(text: &str) -> Result<JsonValue, String> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        text,
        at: 0,
    };
    let value = reader.value(0)?;
    reader.space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("text after the value"));
    }
    Ok(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn error(&self, what: &str) -> String {
        format!("{what} at byte {}", self.at)
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// Skips `byte` (after spaces), or says it was expected.
    fn expect(&mut self, byte: u8) -> Result<(), String> {
        self.space();
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected '{}'", byte as char)))
        }
    }

    fn value(&mut self, depth: usize) -> Result<JsonValue, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deep"));
        }
        self.space();
        match self.bytes.get(self.at) {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(JsonValue::String),
            Some(b't') => self.word("true", JsonValue::Bool(true)),
            Some(b'f') => self.word("false", JsonValue::Bool(false)),
            Some(b'n') => self.word("null", JsonValue::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("expected a value")),
        }
    }

    fn word(&mut self, word: &str, value: JsonValue) -> Result<JsonValue, String> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn number(&mut self) -> Result<JsonValue, String> {
        let start = self.at;
        let negative = self.bytes[self.at] == b'-';
        self.at += usize::from(negative);
        let digits = self.at;
        let mut value: i64 = 0;
        while let Some(digit @ b'0'..=b'9') = self.bytes.get(self.at).copied() {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(i64::from(digit - b'0')))
                .ok_or_else(|| self.error("number too large"))?;
            self.at += 1;
        }
        let count = self.at - digits;
        // JSON writes no "-", "01" or "-01".
        if count == 0 || (count > 1 && self.bytes[digits] == b'0') {
            self.at = start;
            return Err(self.error("expected a number"));
        }
        if let Some(b'.' | b'e' | b'E') = self.bytes.get(self.at) {
            return Err(self.error("not a whole number"));
        }
        Ok(JsonValue::Integer(if negative { -value } else { value }))
    }

    fn string(&mut self) -> Result<String, String> {
        self.expect(b'"')?;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            match self.bytes.get(self.at) {
                None => return Err(self.error("unfinished string")),
                Some(b'"') => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    let escaped = match self.bytes.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.error("unknown escape")),
                    };
                    out.push(escaped);
                    self.at += 1;
                    run = self.at;
                }
                Some(0..=0x1f) => return Err(self.error("control character in a string")),
                Some(_) => self.at += 1,
            }
        }
    }

    /// `\uXXXX` (at the `u`), with a second escape for characters beyond
    /// the Basic Multilingual Plane; leaves `at` on the last hex digit.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let high = self.hex4()?;
        let code = if (0xd800..0xdc00).contains(&high) {
            if !self.bytes[self.at + 1..].starts_with(b"\\u") {
                return Err(self.error("lone surrogate"));
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xdc00..0xe000).contains(&low) {
                return Err(self.error("lone surrogate"));
            }
            0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| self.error("lone surrogate"))
    }

    /// The four hex digits after `at`; leaves `at` on the last.
    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .text
            .get(self.at + 1..self.at + 5)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("expected four hex digits"))?;
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("expected four hex digits"))
    }

    fn array(&mut self, depth: usize) -> Result<JsonValue, String> {
        self.list(b'[', b']', |reader| reader.value(depth + 1))
            .map(JsonValue::Array)
    }

    fn object(&mut self, depth: usize) -> Result<JsonValue, String> {
        self.list(b'{', b'}', |reader| {
            reader.space();
            let key = reader.string()?;
            reader.expect(b':')?;
            Ok((key, reader.value(depth + 1)?))
        })
        .map(JsonValue::Object)
    }

    /// Items between `open` and `close`, separated by commas: the shape of
    /// arrays and objects alike.
    fn list<T>(
        &mut self,
        open: u8,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        self.expect(open)?;
        let mut items = Vec::new();
        self.space();
        if self.bytes.get(self.at) == Some(&close) {
            self.at += 1;
            return Ok(items);
        }
        loop {
            items.push(item(self)?);
            self.space();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(&byte) if byte == close => {
                    self.at += 1;
                    return Ok(items);
                }
                _ => return Err(self.error(&format!("expected ',' or '{}'", close as char))),
            }
        }
    }
}

impl Json for &JsonValue {
    fn member(&self, key: &str) -> Option<Self> {
        match self {
            // The last of repeated keys counts, as in `JSON.parse`.
            JsonValue::Object(members) => members
                .iter()
                .rev()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value)
                .filter(|value| **value != JsonValue::Null),
            _ => None,
        }
    }

    fn string(&self) -> Option<String> {
        match self {
            JsonValue::String(text) => Some(text.clone()),
            _ => None,
        }
    }

    fn integer(&self) -> Option<i64> {
        match self {
            JsonValue::Integer(n) => Some(*n),
            _ => None,
        }
    }

    fn items(&self) -> Option<Vec<Self>> {
        match self {
            JsonValue::Array(items) => Some(items.iter().collect()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same tree as serde_json reads.
    fn from_serde(value: &serde_json::Value) -> JsonValue {
        match value {
            serde_json::Value::Null => JsonValue::Null,
            serde_json::Value::Bool(b) => JsonValue::Bool(*b),
            serde_json::Value::Number(n) => JsonValue::Integer(n.as_i64().unwrap()),
            serde_json::Value::String(s) => JsonValue::String(s.clone()),
            serde_json::Value::Array(items) => {
                JsonValue::Array(items.iter().map(from_serde).collect())
            }
            serde_json::Value::Object(members) => JsonValue::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.clone(), from_serde(v)))
                    .collect(),
            ),
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            r#"{"format_version":1,"entries":[["thuoc",[["thuốc","0 4 2"]]],["la",[]]]}"#,
            r#" [ 1 , -25 , 302, 0, 9007199254740993, true, false, null, "" ] "#,
            r#"{"a":"tab\tquote\" slash\/ back\\ nl\n é \u00e9 \u0110 \ud83d\ude00"}"#,
            r#"{"nested":{"deeper":[[[]],{}]}, "b": 2}"#,
            "\"Thuốc lá 162-QĐ/ĐUK\"",
        ] {
            let ours = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            let serde: serde_json::Value = serde_json::from_str(text).unwrap();
            // serde_json sorts object members; compare through Json reads.
            assert_eq!(normalized(&ours), normalized(&from_serde(&serde)), "{text}");
        }
    }

    /// Objects with members sorted by key.
    fn normalized(value: &JsonValue) -> JsonValue {
        match value {
            JsonValue::Array(items) => JsonValue::Array(items.iter().map(normalized).collect()),
            JsonValue::Object(members) => {
                let mut members: Vec<(String, JsonValue)> = members
                    .iter()
                    .map(|(k, v)| (k.clone(), normalized(v)))
                    .collect();
                members.sort_by(|a, b| a.0.cmp(&b.0));
                JsonValue::Object(members)
            }
            other => other.clone(),
        }
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            "[",
            "[1,]",
            "{\"a\"}",
            "{\"a\":1,}",
            "01",
            "-01",
            "-",
            "+1",
            ".5",
            "1.",
            "1.5",
            "1e3",
            "2E-1",
            "99999999999999999999",
            "nul",
            "\"open",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"a\u{1}b\"",
            "[1] 2",
            "{'a':1}",
            "NaN",
        ] {
            assert!(parse(text).is_err(), "{text:?} was read");
        }
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert!(parse(&deep).is_err());
        assert!(parse(&("[".repeat(10) + &"]".repeat(10))).is_ok());
    }

    #[test]
    fn reads_through_the_json_trait() {
        let value = parse(r#"{"n":42,"x":null,"s":"chữ","l":[1,2],"f":true}"#).unwrap();
        let json = &value;
        assert_eq!(json.member("n").and_then(|n| n.integer()), Some(42));
        assert!(json.member("x").is_none(), "null reads as missing");
        assert!(json.member("absent").is_none());
        assert_eq!(
            json.member("s").and_then(|s| s.string()).as_deref(),
            Some("chữ")
        );
        assert_eq!(
            json.member("l").and_then(|l| l.items()).map(|l| l.len()),
            Some(2)
        );
        assert_eq!(json.member("f").and_then(|f| f.integer()), None);
        assert!(json.member("l").unwrap().member("n").is_none());
    }
}
