//! What the first paint needs, in the page itself: the stylesheet and the
//! settings script (which applies the reader's theme before anything is
//! drawn) are written into the page's `<head>` instead of being fetched, so
//! the first response is all the first paint waits for. The strict CSP
//! allows exactly these inline elements, by their hashes.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

/// The shell with its render-blocking stylesheet and scripts written in,
/// and the CSP sources that allow them.
pub struct Inlined {
    pub shell: String,
    /// `'sha256-…'` of each inline script.
    pub scripts: Vec<String>,
    /// `'sha256-…'` of each inline stylesheet.
    pub styles: Vec<String>,
    /// Files now written into the shell, which no page fetches any more.
    pub files: Vec<String>,
    /// The address of style/late.css, for the loader to add after the
    /// first paint.
    pub late: Option<String>,
}

/// Writes the shell's stylesheets (`<link rel="stylesheet">`) and its
/// blocking scripts (`<script src>` without `defer`, `async` or
/// `type="module"`) into it, from the files trunk wrote in `dist`. The
/// stylesheet named `late-…` (style/late.css) stays a file that no first
/// paint waits for or competes with: the loader adds it after the first
/// paint ([`Inlined::late`]); without JavaScript a `<noscript>` link brings
/// its print styles.
pub fn inline(shell: &str, dist: &Path, base_path: &str) -> Result<Inlined, Vec<String>> {
    let mut out = Inlined {
        shell: String::with_capacity(shell.len()),
        scripts: Vec::new(),
        styles: Vec::new(),
        files: Vec::new(),
        late: None,
    };
    let mut rest = shell;
    while let Some(at) = rest.find('<') {
        out.shell.push_str(&rest[..at]);
        rest = &rest[at..];
        let tag_end = rest.find('>').map_or(rest.len(), |i| i + 1);
        let tag = &rest[..tag_end];
        let kind = if tag.starts_with("<link") && attribute(tag, "rel") == Some("stylesheet") {
            Some(("href", "style", &mut out.styles))
        } else if tag.starts_with("<script")
            && attribute(tag, "src").is_some()
            && !tag.contains(" defer")
            && !tag.contains(" async")
            && attribute(tag, "type") != Some("module")
        {
            Some(("src", "script", &mut out.scripts))
        } else {
            None
        };
        let Some((source, element, hashes)) = kind else {
            out.shell.push_str(tag);
            rest = &rest[tag_end..];
            continue;
        };
        let url = attribute(tag, source).unwrap_or_default();
        let name = url
            .strip_prefix(base_path)
            .unwrap_or(url)
            .trim_start_matches('/');
        if element == "style" && name.starts_with(LATE) {
            out.shell.push_str(&format!(
                r#"<noscript><link media="print" rel="stylesheet" href="{url}"></noscript>"#
            ));
            out.late = Some(url.to_owned());
            rest = &rest[tag_end..];
            continue;
        }
        let text = fs::read_to_string(dist.join(name)).map_err(|e| {
            vec![format!(
                "{name}: cannot be read to write into the pages: {e}"
            )]
        })?;
        // A stylesheet's comments and indentation are for its readers, not
        // for the first round trip (they were a fifth of it).
        let compacted;
        let text = if element == "style" {
            compacted = compact_css(&text);
            compacted.as_str()
        } else {
            compacted = compact_js(&text);
            compacted.as_str()
        };
        if text.to_ascii_lowercase().contains(&format!("</{element}")) {
            return Err(vec![format!(
                "{name}: holds \"</{element}\" and cannot stand inline"
            )]);
        }
        hashes.push(csp_hash(text));
        out.shell
            .push_str(&format!("<{element}>{text}</{element}>"));
        out.files.push(name.to_owned());
        // A <script src> tag is closed by its </script>; a <link> stands alone.
        rest = &rest[tag_end..];
        if element == "script" {
            rest = rest.strip_prefix("</script>").unwrap_or(rest);
        }
    }
    out.shell.push_str(rest);
    Ok(out)
}

/// CSS without its comments and without the whitespace no rule needs:
/// runs of whitespace become one space, none is kept beside `{`, `}`, `;`,
/// or after `,` and `:`, and a rule's last `;` goes. Quoted strings stay
/// exactly as written. Spaces that mean something (a descendant selector,
/// `a :hover`, `calc(1px + 2px)`) stay.
pub fn compact_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                let mut escaped = false;
                for inner in chars.by_ref() {
                    out.push(inner);
                    if escaped {
                        escaped = false;
                    } else if inner == '\\' {
                        escaped = true;
                    } else if inner == c {
                        break;
                    }
                }
            }
            c => {
                flush_space(&mut out, &mut pending_space, c);
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
        }
    }
    out
}

/// A script without its whole-line `//` comments, indentation and empty
/// lines. Lines are otherwise kept as written (so a line's end still ends a
/// statement); the inlined scripts hold no multi-line strings.
pub fn compact_js(js: &str) -> String {
    js.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes the one space a run of whitespace or a comment stood for before
/// `next`, unless a neighbour makes it needless.
fn flush_space(out: &mut String, pending: &mut bool, next: char) {
    if std::mem::take(pending)
        && !out.is_empty()
        && !matches!(next, '{' | '}' | ';' | ',')
        && !out.ends_with(['{', '}', ';', ',', ':'])
    {
        out.push(' ');
    }
}

/// The name trunk gives style/late.css starts so.
const LATE: &str = "late-";

/// The CSP source allowing an inline element with exactly this text.
pub fn csp_hash(text: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(text.as_bytes())))
}

/// The value of `name="…"` in a start tag.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The text of every inline script of `html` that runs (data blocks,
/// JSON and JSON-LD, do not).
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        rest = &rest[at..];
        let tag_end = rest.find('>').map_or(rest.len(), |i| i + 1);
        let tag = &rest[..tag_end];
        let body_end = rest[tag_end..]
            .find("</script>")
            .map_or(rest.len(), |i| tag_end + i);
        let runs = attribute(tag, "src").is_none()
            && !matches!(
                attribute(tag, "type"),
                Some("application/json" | "application/ld+json")
            );
        if runs {
            scripts.push(&rest[tag_end..body_end]);
        }
        rest = &rest[body_end..];
    }
    scripts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_of_known_bytes() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        // The hash a browser computes for <script>alert(1)</script>.
        assert_eq!(
            csp_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn the_blocking_files_move_in_and_the_rest_stay() {
        let dist = std::env::temp_dir().join(format!("first-paint-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        fs::write(dist.join("main-1.css"), "body { color: red; }\n").unwrap();
        fs::write(
            dist.join("settings-1.js"),
            "document.documentElement.lang;\n",
        )
        .unwrap();
        let shell = r#"<head><script src="/tin/settings-1.js" integrity="x"></script><script src="/tin/reader-1.js" defer></script><link rel="stylesheet" href="/tin/main-1.css" integrity="y"/><link rel="stylesheet" href="/tin/late-1.css"/><link rel="icon" href="/tin/f.svg"/></head>"#;
        let inlined = inline(shell, &dist, "/tin").unwrap();
        assert_eq!(
            inlined.shell,
            r#"<head><script>document.documentElement.lang;</script><script src="/tin/reader-1.js" defer></script><style>body{color:red}</style><noscript><link media="print" rel="stylesheet" href="/tin/late-1.css"></noscript><link rel="icon" href="/tin/f.svg"/></head>"#
        );
        assert_eq!(
            inlined.scripts,
            [csp_hash("document.documentElement.lang;")]
        );
        assert_eq!(inlined.styles, [csp_hash("body{color:red}")]);
        assert_eq!(inlined.files, ["settings-1.js", "main-1.css"]);
        assert_eq!(inlined.late.as_deref(), Some("/tin/late-1.css"));
        assert_eq!(
            inline_scripts(&inlined.shell),
            ["document.documentElement.lang;"]
        );
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn css_loses_comments_and_needless_space_only() {
        assert_eq!(
            compact_css("/* why */\nbody {\n  color: red;\n  margin: 0 auto;\n}\n\na :hover, b > i { x: 1 }\n"),
            "body{color:red;margin:0 auto}a :hover,b > i{x:1}"
        );
        assert_eq!(
            compact_css(".x::after { content: \"a  /* b */ ;\"; width: calc(1px + 2px); }"),
            ".x::after{content:\"a  /* b */ ;\";width:calc(1px + 2px)}"
        );
        assert_eq!(
            compact_css("@media (min-width: 40em) {\n  .a { top: 0 }\n}"),
            "@media (min-width:40em){.a{top:0}}"
        );
        assert_eq!(compact_css("a{content:'it\\'s'}"), "a{content:'it\\'s'}");
        assert_eq!(compact_css("a/**/b{}"), "a b{}");
    }

    #[test]
    fn scripts_lose_comment_lines_and_indentation_only() {
        assert_eq!(
            compact_js("// Why.\n(function () {\n  'use strict';\n\n  // more\n  var a = 1; // kept\n})();\n"),
            "(function () {\n'use strict';\nvar a = 1; // kept\n})();"
        );
    }

    #[test]
    fn only_running_inline_scripts_are_found() {
        assert_eq!(
            inline_scripts("<p>x</p><script>alert(1)</script>"),
            ["alert(1)"]
        );
        assert!(inline_scripts(r#"<script type="module" src="/loader-1.js"></script>"#).is_empty());
        assert!(inline_scripts(r#"<script type="application/json" id="d">{}</script>"#).is_empty());
        assert!(inline_scripts(r#"<script type="application/ld+json">{}</script>"#).is_empty());
        assert!(inline_scripts("<p>&lt;script&gt;</p>").is_empty());
    }
}
