//! `tinso-prerender DATA_DIR DIST_DIR`: the last step of `scripts/build`.
//!
//! trunk has built the app shell (`DIST_DIR/index.html`, wasm, JS, CSS).
//! This renders every route natively from the app's own Leptos components
//! (the `ssr` feature) and writes one real HTML file per route, holding the
//! page's content and its head tags; then `sitemap.xml`, `robots.txt` and
//! the Atom feed `feed.xml`. Readers and crawlers get the text without
//! running the wasm; the app then adopts the page.
//!
//! What the first paint needs stands in each page (first_paint.rs), with
//! the loader, which fetches everything else after that paint; the CSP it
//! writes allows exactly these inline scripts and styles by their hashes,
//! and it refuses any page carrying another. It also writes the service
//! worker `sw.js` with the list of files to keep for offline reading.

mod csp;
mod first_paint;

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use leptos::prelude::*;
use sha2::{Digest, Sha256};
use tinso::api::{Archive, Preloaded};
use tinso::router::RequestPath;
use tinso::{href, App, APP_ROOT_ID, BASE_PATH, STATIC_PAGE};
use tinso_content::fsio::replace_file;
use tinso_content::site::{check, Content};
use tinso_model::archive::{
    archive_pages, latest, related_all, ArchivePage, Shelf, ARCHIVE_ROUTE, LATEST_FILE, PAGE_SIZE,
};
use tinso_model::chart_view::{
    article_charts_file, chart_file, csv_document, csv_route, dataset_route, svg_document,
    svg_route, DATASETS_ROUTE, DATASET_INDEX_FILE,
};
use tinso_model::head::{escape_html, PageHead, PageKind};
use tinso_model::route::OFFLINE_ROUTE;
use tinso_model::search_index::{build_index, SearchDoc, SEARCH_ROUTE};
use tinso_model::{article_route, ArticleCharts, ArticleIndex, DatasetIndex, Site, FORMAT_VERSION};

/// What trunk writes in the shell, replaced in every page.
const SHELL_TITLE: &str = "<title>Tin &amp; Số</title>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, dist] = args.as_slice() else {
        eprintln!("usage: tinso-prerender DATA_DIR DIST_DIR");
        return ExitCode::from(2);
    };
    match prerender(Path::new(data), Path::new(dist)) {
        Ok(count) => {
            println!("tinso-prerender: wrote {count} file(s) into {dist}");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            ExitCode::FAILURE
        }
    }
}

/// One route's output file.
struct Page {
    /// Path of the file, relative to DIST_DIR.
    file: String,
    html: String,
}

fn prerender(data: &Path, dist: &Path) -> Result<usize, Vec<String>> {
    let content = check(data)?;
    let shell_path = dist.join("index.html");
    let shell = fs::read_to_string(&shell_path)
        .map_err(|e| vec![format!("{}: cannot be read: {e}", shell_path.display())])?;
    let mut inlined = first_paint::inline(&shell, dist, BASE_PATH)?;
    let (shell, loader) = inline_loader(&inlined.shell, inlined.late.as_deref())?;
    inlined.scripts.push(first_paint::csp_hash(&loader));
    // scripts/serve's live preview: pages that reload themselves when the
    // content is rebuilt. Never in a build to deploy (scripts/build).
    let shell = match std::env::var_os("TINSO_PREVIEW") {
        Some(_) => shell.replacen(
            "</head>",
            &format!(
                r#"<script src="{}" defer></script></head>"#,
                href("/preview.js")
            ),
            1,
        ),
        None => shell,
    };
    // Each article's charts, laid out once for its page and the search index.
    let mut related = related_all(&content.index);
    let charts: Vec<ArticleCharts> = content
        .articles
        .iter()
        .map(|article| {
            let stats = content.stats.iter().find(|s| s.article == article.slug);
            let mut view = ArticleCharts::build(article, stats);
            view.related = related.remove(&article.slug).unwrap_or_default();
            view
        })
        .collect();
    let shelves = archive_pages(&content.index);
    // Pages the sitemap lists besides the home page and the articles.
    let mut routes = vec![DATASETS_ROUTE.to_owned()];
    routes.extend(
        content
            .stats
            .iter()
            .flat_map(|s| s.datasets.iter().map(|d| dataset_route(&d.id))),
    );
    routes.push(ARCHIVE_ROUTE.to_owned());
    routes.extend(shelves.iter().map(|p| p.route()));
    let mut pages = render_pages(&shell, &content, &charts, shelves)?;
    // The policy allows the inline scripts of the first paint, by their
    // hashes, and nothing else inline.
    let stray: Vec<String> = pages
        .iter()
        .filter(|page| page.file.ends_with(".html"))
        .flat_map(|page| {
            first_paint::inline_scripts(&page.html)
                .into_iter()
                .filter(|script| !inlined.scripts.contains(&first_paint::csp_hash(script)))
                .map(|_| format!("{}: has an inline script the CSP does not allow", page.file))
        })
        .collect();
    if !stray.is_empty() {
        return Err(stray);
    }
    let policy = csp::policy(&inlined.scripts, &inlined.styles);
    pages.push(Page {
        file: "_headers".into(),
        html: csp::headers_file(&policy),
    });
    pages.push(Page {
        file: "csp.nginx".into(),
        html: csp::nginx_file(&policy),
    });
    // What the pages carry inline is fetched by no one (nor kept offline).
    for file in &inlined.files {
        fs::remove_file(dist.join(file))
            .map_err(|e| vec![format!("{file}: cannot be removed: {e}")])?;
    }
    pages.extend(site_files(&content.site, &content.index, &routes));
    pages.push(service_worker(dist)?);
    for page in &pages {
        replace_file(&dist.join(&page.file), page.html.as_bytes())
            .map_err(|e| vec![format!("{}: cannot be written: {e}", page.file)])?;
    }
    Ok(pages.len())
}

fn render_pages(
    shell: &str,
    content: &Content,
    all_charts: &[ArticleCharts],
    shelves: Vec<ArchivePage>,
) -> Result<Vec<Page>, Vec<String>> {
    let Content {
        site,
        index,
        articles,
        ..
    } = content;
    let root = format!(r#"<div id="{APP_ROOT_ID}"></div>"#);
    if !shell.contains(&root) || !shell.contains(SHELL_TITLE) {
        return Err(vec![format!(
            "index.html: the shell has no {root} or no {SHELL_TITLE} to fill"
        )]);
    }
    // A page carries no data of its own: the app adopts it as it is, and
    // fetches only the data of the pages the reader goes to next.
    let page = |head: &PageHead, url: &str, preloaded: Preloaded, root_attrs: &str| {
        let app = render_route(url, preloaded);
        let body = format!(r#"<div id="{APP_ROOT_ID}"{root_attrs}>{app}</div>"#);
        shell
            .replacen(SHELL_TITLE, &head.to_html(), 1)
            .replacen(&root, &body, 1)
    };

    let mut pages = Vec::new();
    let home_path = href("/");
    let home = PageHead {
        site,
        title: "",
        description: &site.description,
        path: Some(&home_path),
        kind: PageKind::Website,
    };
    // The newest articles only: the home page does not grow with the archive.
    let latest = latest(index);
    let latest_json = to_json(&latest);
    let preloaded = Preloaded {
        index: Some(latest),
        ..Preloaded::default()
    };
    pages.push(Page {
        file: "index.html".into(),
        html: page(&home, "/", preloaded, ""),
    });
    pages.push(Page {
        file: format!("data/{LATEST_FILE}"),
        html: latest_json,
    });

    // The archive: static pages the app leaves as they are.
    let static_root = format!(r#" data-page="{STATIC_PAGE}""#);
    let mut counts: Vec<(Shelf, usize)> = Vec::new();
    for shelf_page in &shelves {
        match counts.last_mut() {
            Some((shelf, count)) if *shelf == shelf_page.shelf => {
                *count += shelf_page.articles.len()
            }
            _ => counts.push((shelf_page.shelf.clone(), shelf_page.articles.len())),
        }
    }
    let archive_path = href(ARCHIVE_ROUTE);
    let archive_head = PageHead {
        site,
        title: tinso::components::archive::TITLE,
        description: "Mọi bài viết của Tin & Số, theo chuyên mục và theo tháng.",
        path: Some(&archive_path),
        kind: PageKind::Website,
    };
    let preloaded = Preloaded {
        archive: Some(Archive::Index(counts)),
        ..Preloaded::default()
    };
    pages.push(Page {
        file: format!("{}/index.html", ARCHIVE_ROUTE.trim_start_matches('/')),
        html: page(&archive_head, ARCHIVE_ROUTE, preloaded, &static_root),
    });
    for shelf_page in shelves {
        let route = shelf_page.route();
        let path = href(&route);
        let title = shelf_page.title();
        let description = format!("{title}: các bài viết, mới nhất trước.");
        let head = PageHead {
            site,
            title: &title,
            description: &description,
            path: Some(&path),
            kind: PageKind::Website,
        };
        let preloaded = Preloaded {
            archive: Some(Archive::Page(shelf_page)),
            ..Preloaded::default()
        };
        pages.push(Page {
            file: format!("{}/index.html", route.trim_start_matches('/')),
            html: page(&head, &route, preloaded, &static_root),
        });
    }

    let mut datasets = Vec::new();
    for (article, charts) in articles.iter().zip(all_charts) {
        let route = article_route(&article.slug);
        let path = href(&route);
        let head = PageHead {
            site,
            title: &article.title,
            description: &article.lead,
            path: Some(&path),
            kind: PageKind::Article(article),
        };
        let preloaded = Preloaded {
            article: Some(article.clone()),
            charts: Some(charts.clone()),
            ..Preloaded::default()
        };
        let charts_json = to_json(&charts);
        let html = page(&head, &route, preloaded, "");
        pages.push(Page {
            file: format!("{}/index.html", route.trim_start_matches('/')),
            html,
        });
        pages.push(Page {
            file: format!("data/{}", article_charts_file(&article.slug)),
            html: charts_json,
        });

        let stats = content.stats.iter().find(|s| s.article == article.slug);
        for (view, dataset) in charts
            .charts
            .iter()
            .zip(stats.iter().flat_map(|s| &s.datasets))
        {
            let route = dataset_route(&view.id);
            let path = href(&route);
            let head = PageHead {
                site,
                title: &view.title,
                description: &view.description,
                path: Some(&path),
                kind: PageKind::Website,
            };
            let preloaded = Preloaded {
                chart: Some(view.clone()),
                ..Preloaded::default()
            };
            let view_json = to_json(view);
            pages.push(Page {
                file: format!("{}/index.html", route.trim_start_matches('/')),
                html: page(&head, &route, preloaded, ""),
            });
            pages.push(Page {
                file: format!("data/{}", chart_file(&view.id)),
                html: view_json,
            });
            pages.push(Page {
                file: csv_route(&view.id).trim_start_matches('/').to_owned(),
                html: csv_document(dataset, article),
            });
            pages.push(Page {
                file: svg_route(&view.id).trim_start_matches('/').to_owned(),
                html: svg_document(view, &site.name),
            });
            datasets.push(view.summary());
        }
    }

    let index = DatasetIndex {
        format_version: FORMAT_VERSION,
        datasets,
    };
    let path = href(DATASETS_ROUTE);
    let head = PageHead {
        site,
        title: tinso::pages::datasets::TITLE,
        description: tinso::pages::datasets::DESCRIPTION,
        path: Some(&path),
        kind: PageKind::Website,
    };
    let preloaded = Preloaded {
        datasets: Some(index.clone()),
        ..Preloaded::default()
    };
    let index_json = to_json(&index);
    pages.push(Page {
        file: format!("{}/index.html", DATASETS_ROUTE.trim_start_matches('/')),
        html: page(&head, DATASETS_ROUTE, preloaded, ""),
    });
    pages.push(Page {
        file: format!("data/{DATASET_INDEX_FILE}"),
        html: index_json,
    });

    // Search: the page (its results are the app's to find) and the index,
    // chunk files a query fetches only as it needs them.
    let search = PageHead {
        site,
        title: tinso::pages::search::TITLE,
        description: tinso::pages::search::DESCRIPTION,
        path: Some(&href(SEARCH_ROUTE)),
        kind: PageKind::Website,
    };
    pages.push(Page {
        file: format!("{}/index.html", SEARCH_ROUTE.trim_start_matches('/')),
        html: page(&search, SEARCH_ROUTE, Preloaded::default(), ""),
    });
    let index = build_index(&SearchDoc::all(articles, all_charts));
    pages.extend(index.files.into_iter().map(|(file, json)| Page {
        file: format!("data/{file}"),
        html: json,
    }));

    let not_found = PageHead {
        site,
        title: "Không tìm thấy trang",
        description: "Trang bạn tìm không có hoặc đã được chuyển đi.",
        path: None,
        kind: PageKind::Website,
    };
    let preloaded = Preloaded {
        not_found: true,
        ..Preloaded::default()
    };
    pages.push(Page {
        file: "404.html".into(),
        html: page(&not_found, "/khong-tim-thay", preloaded, ""),
    });

    // What the service worker shows for a page never read, offline.
    let offline = PageHead {
        site,
        title: tinso::pages::offline::TITLE,
        description: tinso::pages::offline::DESCRIPTION,
        path: None,
        kind: PageKind::Website,
    };
    pages.push(Page {
        file: format!("{}/index.html", OFFLINE_ROUTE.trim_start_matches('/')),
        html: page(&offline, OFFLINE_ROUTE, Preloaded::default(), &static_root),
    });
    Ok(pages)
}

/// Renders the app at `url` to HTML, as the browser would show it.
fn render_route(path: &str, preloaded: Preloaded) -> String {
    // Effects (head tags, search) are the browser's: where Leptos is built
    // with effects on (a workspace build unifies the app's `csr` feature),
    // they are spawned, and dropped here. Set once; later calls are no-ops.
    let _ = any_spawner::Executor::init_local_custom_executor(NoEffects);
    tinso::api::preload(preloaded);
    let html = Owner::new().with(|| {
        provide_context(RequestPath(path.to_owned()));
        view! { <App/> }.to_html()
    });
    // `<!>` marks positions for hydration; the app adopts the page without it, and
    // the HTML checker rightly calls the marker a bogus comment.
    html.replace("<!>", "")
}

/// An executor that never runs what it is given: see [`render_route`].
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Compact JSON of validated data, for a page to carry.
fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("data types serialize")
}

/// `sitemap.xml`, `robots.txt` and the Atom feed, from the data.
fn site_files(site: &Site, index: &ArticleIndex, routes: &[String]) -> Vec<Page> {
    // Absolute URLs: the site's address and the deployment's base path.
    let base = &format!("{}{BASE_PATH}", site.base_url);
    let articles = index.newest_first();
    let mut sitemap = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    sitemap.push_str(&format!("  <url><loc>{}/</loc></url>\n", escape_html(base)));
    for article in &articles {
        sitemap.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
            escape_html(&format!("{base}{}", article_route(&article.slug))),
            article.published
        ));
    }
    for route in routes {
        sitemap.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape_html(&format!("{base}{route}"))
        ));
    }
    sitemap.push_str("</urlset>\n");

    let updated = articles.first().map_or_else(
        || "1970-01-01T00:00:00Z".to_owned(),
        |a| a.published.to_string(),
    );
    let mut feed = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <id>{}/</id>\n  <link href=\"{}/\"/>\n  <link rel=\"self\" href=\"{}/feed.xml\"/>\n  <updated>{updated}</updated>\n  <author><name>{}</name></author>\n",
        escape_html(&site.name),
        escape_html(&site.tagline),
        escape_html(base),
        escape_html(base),
        escape_html(base),
        escape_html(&site.name),
    );
    // The newest articles, as many as the home page lists: a feed is read
    // for what is new, and must not grow with the archive.
    for article in articles.iter().take(PAGE_SIZE) {
        let url = escape_html(&format!("{base}{}", article_route(&article.slug)));
        feed.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <link href=\"{url}\"/>\n    <id>{url}</id>\n    <published>{}</published>\n    <updated>{}</updated>\n    <category term=\"{}\" label=\"{}\"/>\n    <summary>{}</summary>\n  </entry>\n",
            escape_html(&article.title),
            article.published,
            article.published,
            escape_html(&article.category.slug),
            escape_html(&article.category.name),
            escape_html(&article.lead),
        ));
    }
    feed.push_str("</feed>\n");

    let robots = format!("User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n");
    vec![
        Page {
            file: "sitemap.xml".into(),
            html: sitemap,
        },
        Page {
            file: "feed.xml".into(),
            html: feed,
        },
        Page {
            file: "robots.txt".into(),
            html: robots,
        },
    ]
}

/// Rewrites trunk's inline `<script type="module">` loader, returning the
/// shell and the loader's code (which stands inline, allowed by its hash).
/// Nothing but the page itself is fetched before its first paint: the
/// page's deferred scripts (`<script src defer>`: the reader's buttons, the
/// charts' details), the late stylesheet (`late`) and the app are fetched
/// once the first contentful paint is recorded, so no request competes with
/// the text a reader came for.
fn inline_loader(shell: &str, late: Option<&str>) -> Result<(String, String), Vec<String>> {
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
    Ok((html, code))
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

fn hex_digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `sw.js`: caches the app shell at install and every page and article data
/// the reader opens, under a cache named after this build, so a new deploy
/// installs beside the old one and removes it once active.
fn service_worker(dist: &Path) -> Result<Page, Vec<String>> {
    // The shell: the hashed assets trunk wrote, the home and 404 pages, the index.
    let mut shell: Vec<String> = fs::read_dir(dist)
        .map_err(|e| vec![format!("{}: cannot be read: {e}", dist.display())])?
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| {
            [".js", ".wasm", ".css", ".svg"]
                .iter()
                .any(|ext| name.ends_with(ext))
                && name.contains('-')
                // The search worker is fetched when a reader first searches,
                // not with every first visit.
                && !name.starts_with("tinso-search")
                && name != "search-worker.js"
        })
        .map(|name| href(&format!("/{name}")))
        .collect();
    shell.sort();
    shell.dedup();
    shell.extend([
        href("/"),
        href("/404.html"),
        href(OFFLINE_ROUTE),
        href(tinso::pages::offline::OFFLINE_SCRIPT),
        href(&format!("/data/{LATEST_FILE}")),
    ]);
    // Asset names carry content hashes, so a new build names a new cache.
    let version = &hex_digest(format!("{shell:?}").as_bytes())[..16];
    let list = serde_json::to_string(&shell).expect("strings serialize");
    let script = include_str!("../templates/sw.js")
        .replace("@VERSION@", version)
        .replace("@SHELL@", &list)
        .replace("@HOME@", &href("/"))
        .replace("@OFFLINE@", &href(OFFLINE_ROUTE))
        .replace("@SEARCH_DATA@", &href("/data/search/"))
        .replace("@SEARCH_PAGE@", &href(SEARCH_ROUTE));
    Ok(Page {
        file: "sw.js".into(),
        html: script,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 45 made-up articles of one category, a day apart.
    fn archive_of_45() -> ArticleIndex {
        let articles = (0..45)
            .map(|i| tinso_model::ArticleSummary {
                slug: format!("bai-{i:02}"),
                title: format!("Tin số {i}"),
                published: tinso_model::Timestamp::parse(&format!(
                    "2012-03-{:02}T08:00:00+07:00",
                    1 + i % 28
                ))
                .unwrap(),
                category: tinso_model::Category {
                    slug: "dan-van".into(),
                    name: "Dân vận".into(),
                },
                lead: "Một câu dẫn.".into(),
            })
            .collect();
        ArticleIndex {
            format_version: FORMAT_VERSION,
            articles,
        }
    }

    #[test]
    fn archive_pages_render_with_their_pagination() {
        let pages = archive_pages(&archive_of_45());
        let second = pages
            .iter()
            .find(|p| p.route() == "/chuyen-muc/dan-van/trang-2")
            .expect("a second page")
            .clone();
        let html = render_route(
            &second.route(),
            Preloaded {
                archive: Some(Archive::Page(second)),
                ..Preloaded::default()
            },
        );
        assert!(html.contains("Chuyên mục Dân vận – Trang 2"), "{html}");
        assert!(html.contains("Trang 2/3"));
        assert_eq!(html.matches(r#"class="teaser""#).count(), 20);
        assert!(html.contains(r#"rel="prev" href="/chuyen-muc/dan-van""#));
        assert!(html.contains(r#"rel="next" href="/chuyen-muc/dan-van/trang-3""#));
        assert!(html.contains(r#"href="/chuyen-muc/dan-van/trang-2" aria-current="page""#));
        // The last page has no "Trang sau".
        let last = pages
            .iter()
            .find(|p| p.route() == "/chuyen-muc/dan-van/trang-3")
            .unwrap()
            .clone();
        let html = render_route(
            &last.route(),
            Preloaded {
                archive: Some(Archive::Page(last)),
                ..Preloaded::default()
            },
        );
        assert_eq!(html.matches(r#"class="teaser""#).count(), 5);
        assert!(!html.contains(r#"rel="next""#));
    }

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
        let (html, code) = inline_loader(shell, Some("/late-1.css")).unwrap();
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
