//! The loader: trunk's inline module script, rewritten so that nothing but
//! the page itself is fetched before its first paint.

use tinso::href;

use crate::first_paint;

/// The shell with the loader written in.
pub struct Loaded {
    pub shell: String,
    /// The loader's code, which stands inline, allowed by its hash.
    pub code: String,
    /// The page's deferred scripts the loader starts: address and
    /// integrity hash (empty where none), in order.
    pub deferred: Vec<(String, String)>,
}

/// Rewrites trunk's inline `<script type="module">` loader.
/// Nothing but the page itself is fetched before its first paint: the
/// page's deferred scripts (`<script src defer>`: the reader's buttons, the
/// charts' details), the late stylesheet (`late`) and the app are fetched
/// once the first contentful paint is recorded, so no request competes with
/// the text a reader came for.
pub fn inline_loader(shell: &str, late: Option<&str>) -> Result<Loaded, Vec<String>> {
    const OPEN: &str = "<script type=\"module\">";
    let start = shell
        .find(OPEN)
        .ok_or_else(|| vec!["index.html: trunk's loader script is missing".to_owned()])?;
    let end = shell[start..]
        .find("</script>")
        .map(|i| start + i)
        .ok_or_else(|| vec!["index.html: the loader script is not closed".to_owned()])?;
    let sw = href("/sw.js");
    let scope = href("/");
    // trunk imports the app's JS statically, which fetches it (and then the
    // wasm) while the page is still painting; a dynamic import after the
    // first paint keeps them off its path.
    let trunk_loader = shell[start + OPEN.len()..end].trim();
    let import_start = trunk_loader
        .find("import init, * as bindings from '")
        .ok_or_else(|| vec!["index.html: trunk's loader has an unexpected form".to_owned()])?;
    let (before, rest) = trunk_loader.split_at(import_start);
    let rest = &rest["import init, * as bindings from '".len()..];
    let (module, after) = rest
        .split_once("';")
        .ok_or_else(|| vec!["index.html: trunk's loader has an unexpected form".to_owned()])?;
    let html = format!(
        "{}@LOADER@{}",
        &shell[..start],
        &shell[end + "</script>".len()..]
    );
    let (html, deferred) = take_deferred_scripts(&html);
    let scripts = serde_json::to_string(&deferred).expect("strings serialize");
    let late = match late {
        Some(url) => format!(
            "document.head.append(Object.assign(document.createElement('link'), {{ rel: 'stylesheet', href: {} }}));\n",
            serde_json::to_string(url).expect("strings serialize")
        ),
        None => String::new(),
    };
    let code = format!(
        "{before}// After the first contentful paint (or, where paint timing is unknown, after load).\n\
         await new Promise((done) => {{\n\
         \x20 const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;\n\
         \x20 if (!(PerformanceObserver.supportedEntryTypes || []).includes('paint')) {{\n\
         \x20   if (document.readyState === 'complete') done(); else addEventListener('load', done, {{ once: true }});\n\
         \x20 }} else if (painted()) done();\n\
         \x20 else new PerformanceObserver((list, observer) => {{ if (painted()) {{ observer.disconnect(); done(); }} }}).observe({{ type: 'paint', buffered: true }});\n\
         \x20 // A page that never paints (a hidden tab) still starts.\n\
         \x20 setTimeout(done, 3000);\n\
         }});\n\
         await new Promise((done) => setTimeout(done, 0));\n\
         for (const [src, integrity] of {scripts}) {{\n\
         \x20 const script = Object.assign(document.createElement('script'), {{ src }});\n\
         \x20 if (integrity) script.integrity = integrity;\n\
         \x20 document.head.append(script);\n\
         }}\n\
         {late}\
         const bindings = await import('{module}');\n\
         const init = bindings.default;{after}\n\
         // Offline reading: keep the app and the articles the reader opened.\n\
         if ('serviceWorker' in navigator) {{\n  navigator.serviceWorker.register('{sw}', {{ scope: '{scope}' }}).catch(() => {{}});\n}}\n"
    );
    let code = first_paint::compact_js(&code);
    let html = html.replacen("@LOADER@", &format!("{OPEN}{code}</script>"), 1);
    // Without the static import, trunk's early fetches of the JS and wasm
    // would only compete with the first paint.
    let html = remove_tags(&html, "<link rel=\"modulepreload\"");
    let html = remove_tags(&html, "<link rel=\"preload\"");
    Ok(Loaded {
        shell: html,
        code,
        deferred,
    })
}

/// `html` without its `<script src=… defer></script>` tags, and their
/// addresses and integrity hashes (empty where none), in order.
fn take_deferred_scripts(html: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::with_capacity(html.len());
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script ") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let tag_end = rest.find('>').map_or(rest.len(), |i| i + 1);
        let tag = &rest[..tag_end];
        match first_paint::attribute(tag, "src") {
            Some(src) if tag.contains(" defer") && rest[tag_end..].starts_with("</script>") => {
                let integrity = first_paint::attribute(tag, "integrity").unwrap_or_default();
                scripts.push((src.to_owned(), integrity.to_owned()));
                rest = &rest[tag_end + "</script>".len()..];
            }
            _ => {
                out.push_str(tag);
                rest = &rest[tag_end..];
            }
        }
    }
    out.push_str(rest);
    (out, scripts)
}

/// `html` without the tags that start with `opening` (void tags, up to `>`).
fn remove_tags(html: &str, opening: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(opening) {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('>').map_or(rest.len(), |i| at + i + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preload_tags_are_removed_whole() {
        let html = r#"<head><link rel="preload" href="/a.wasm" as="fetch"><link rel="stylesheet" href="/a.css"><link rel="preload" href="/b"></head>"#;
        assert_eq!(
            remove_tags(html, r#"<link rel="preload""#),
            r#"<head><link rel="stylesheet" href="/a.css"></head>"#
        );
    }

    #[test]
    fn the_loader_fetches_everything_after_the_first_paint() {
        let shell = "<head><script src=\"/reader-1.js\" defer integrity=\"sha384-r\"></script><script src=\"/charts-1.js\" defer></script><script type=\"module\">\nimport init, * as bindings from '/tinso-1.js';\nconst wasm = await init({ module_or_path: '/tinso-1_bg.wasm' });\n</script><link rel=\"modulepreload\" href=\"/tinso-1.js\"></head>";
        let Loaded {
            shell: html,
            code,
            deferred,
        } = inline_loader(shell, Some("/late-1.css")).unwrap();
        assert_eq!(
            deferred,
            [
                ("/reader-1.js".to_owned(), "sha384-r".to_owned()),
                ("/charts-1.js".to_owned(), String::new())
            ]
        );
        assert_eq!(
            html,
            format!("<head><script type=\"module\">{code}</script></head>")
        );
        assert_eq!(first_paint::inline_scripts(&html), [code.as_str()]);
        assert!(code.contains("performance.getEntriesByName('first-contentful-paint')"));
        assert!(code.contains(r#"[["/reader-1.js","sha384-r"],["/charts-1.js",""]]"#));
        assert!(code.contains(r#"rel: 'stylesheet', href: "/late-1.css""#));
        let paint = code.find("first-contentful-paint").unwrap();
        assert!(
            code.find("const bindings = await import('/tinso-1.js');")
                .unwrap()
                > paint
        );
        assert!(code.contains("navigator.serviceWorker.register('/sw.js'"));
        assert!(inline_loader("<head></head>", None).is_err());
    }
}
