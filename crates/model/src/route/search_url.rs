//! The search page's address with its query, and the query read back.

use super::paths::SEARCH_ROUTE;

/// `/tim-kiem?q=…` with the query encoded for a URL.
pub fn search_url(query: &str) -> String {
    if query.trim().is_empty() {
        return SEARCH_ROUTE.to_owned();
    }
    let mut url = format!("{SEARCH_ROUTE}?q=");
    for byte in query.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                url.push(byte as char)
            }
            b' ' => url.push('+'),
            _ => url.push_str(&format!("%{byte:02X}")),
        }
    }
    url
}

/// The `q` parameter of a URL's query string ("?q=thuoc+la&x=1" → "thuoc la").
pub fn query_param(search: &str) -> String {
    let search = search.strip_prefix('?').unwrap_or(search);
    search
        .split('&')
        .find_map(|pair| pair.strip_prefix("q="))
        .map(percent_decode)
        .unwrap_or_default()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match text
                .get(i + 1..i + 3)
                .map(|hex| u8::from_str_radix(hex, 16))
            {
                Some(Ok(value)) => {
                    out.push(value);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
