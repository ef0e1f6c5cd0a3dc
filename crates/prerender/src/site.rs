//! The run, step by step: reads the content and trunk's shell, writes the
//! first paint and the loader into the shell, renders every page, checks
//! that the CSP allows what the pages carry inline, adds the CSP files,
//! removes the files the pages now carry inline, adds the feeds, the
//! service worker and the pictures, and writes them all into DIST_DIR.

use std::fs;
use std::path::Path;

use tinso::{href, BASE_PATH};
use tinso_content::fsio::replace_file;
use tinso_content::site::{check, Content};
use tinso_model::archive::{archive_pages, related_all};
use tinso_model::ArticleCharts;

use crate::render::{EmbedAssets, Shell};
use crate::{csp, feeds, first_paint, loader, pages, previews, service_worker};

/// One route's output file.
pub struct OutputFile {
    /// Path of the file, relative to DIST_DIR.
    pub file: String,
    pub html: String,
}

/// Writes every file of the site into `dist` from the content in `data`,
/// returning how many it wrote, or what is wrong.
pub fn prerender(data: &Path, dist: &Path) -> Result<usize, Vec<String>> {
    let content = check(data)?;
    let shell_path = dist.join("index.html");
    let shell = fs::read_to_string(&shell_path)
        .map_err(|e| vec![format!("{}: cannot be read: {e}", shell_path.display())])?;
    let mut inlined = first_paint::inline(&shell, dist, BASE_PATH)?;
    let loaded = loader::inline_loader(&inlined.shell, inlined.late.as_deref())?;
    inlined.scripts.push(first_paint::csp_hash(&loaded.code));
    let embed_assets = EmbedAssets::new(&loaded, inlined.late.clone())?;
    let shell = Shell::new(live_preview(loaded.shell), embed_assets)?;
    let charts = lay_out_charts(&content);
    let shelves = archive_pages(&content.index);
    let sitemap = feeds::sitemap_entries(&content, &shelves);
    let mut pages = pages::render_pages(&shell, &content, &charts, shelves);
    let stray = stray_inline_scripts(&pages, &inlined.scripts);
    if !stray.is_empty() {
        return Err(stray);
    }
    let policy = csp::policy(&inlined.scripts, &inlined.styles);
    pages.push(OutputFile {
        file: "_headers".into(),
        html: csp::headers_file(&policy),
    });
    pages.push(OutputFile {
        file: "csp.nginx".into(),
        html: csp::nginx_file(&policy),
    });
    // What the pages carry inline is fetched by no one (nor kept offline).
    for file in &inlined.files {
        fs::remove_file(dist.join(file))
            .map_err(|e| vec![format!("{file}: cannot be removed: {e}")])?;
    }
    pages.extend(feeds::site_files(&content.site, &content.index, &sitemap));
    pages.push(service_worker::service_worker(dist)?);
    let pictures = previews::pictures(&content, &charts).map_err(|e| vec![e])?;
    for page in &pages {
        replace_file(&dist.join(&page.file), page.html.as_bytes())
            .map_err(|e| vec![format!("{}: cannot be written: {e}", page.file)])?;
    }
    for picture in &pictures {
        replace_file(&dist.join(&picture.file), &picture.png)
            .map_err(|e| vec![format!("{}: cannot be written: {e}", picture.file)])?;
    }
    Ok(pages.len() + pictures.len())
}

/// scripts/serve's live preview: pages that reload themselves when the
/// content is rebuilt. Never in a build to deploy (scripts/build).
fn live_preview(shell: String) -> String {
    match std::env::var_os("TINSO_PREVIEW") {
        Some(_) => shell.replacen(
            "</head>",
            &format!(
                r#"<script src="{}" defer></script></head>"#,
                href("/preview.js")
            ),
            1,
        ),
        None => shell,
    }
}

/// Each article's charts, laid out once for its page and the search index,
/// with the articles related to it and how to pass each chart on.
fn lay_out_charts(content: &Content) -> Vec<ArticleCharts> {
    let mut related = related_all(&content.index);
    content
        .articles
        .iter()
        .map(|article| {
            let stats = content.stats.iter().find(|s| s.article == article.slug);
            let mut view = ArticleCharts::build(article, stats);
            view.related = related.remove(&article.slug).unwrap_or_default();
            let site = &content.site;
            view.charts = std::mem::take(&mut view.charts)
                .into_iter()
                .map(|chart| chart.with_pass_on(site, |path| site.url(&href(path))))
                .collect();
            view
        })
        .collect()
}

/// The policy allows the inline scripts of the first paint, by their
/// hashes (`allowed`), and nothing else inline: a problem for each page
/// carrying another.
fn stray_inline_scripts(pages: &[OutputFile], allowed: &[String]) -> Vec<String> {
    pages
        .iter()
        .filter(|page| page.file.ends_with(".html"))
        .flat_map(|page| {
            first_paint::inline_scripts(&page.html)
                .into_iter()
                .filter(|script| !allowed.contains(&first_paint::csp_hash(script)))
                .map(|_| format!("{}: has an inline script the CSP does not allow", page.file))
        })
        .collect()
}
