//! The run, step by step: reads the content and trunk's app (in its own
//! directory, APP_DIR), writes the first paint and the loader into the
//! shell, copies the app's files and the data into DIST_DIR, renders every
//! page, checks that the CSP allows what each page carries inline, adds
//! the CSP files, the feeds, the service worker and the pictures; then
//! removes whatever an earlier build left that this one did not write.
//! Every file goes through [`Output`], which writes only what changed.

use std::fs;
use std::path::Path;
use std::sync::Mutex;

use tinso::{href, BASE_PATH};
use tinso_content::site::{check, Content};
use tinso_model::archive::{archive_pages, related_all};
use tinso_model::route::SITE_FILE;
use tinso_model::ArticleCharts;

use crate::build_state::StateFile;
use crate::output::{Output, Written};
use crate::render::{EmbedAssets, Shell};
use crate::timings::Timings;
use crate::{csp, feeds, first_paint, loader, pages, previews, service_worker};

/// One route's output file.
pub struct OutputFile {
    /// Path of the file, relative to DIST_DIR.
    pub file: String,
    pub html: String,
}

/// Builds the site into `dist` from the content in `data` and the app
/// trunk built in `app`, returning what it wrote, or what is wrong.
pub fn prerender(data: &Path, app: &Path, dist: &Path) -> Result<Written, Vec<String>> {
    let mut timings = Timings::new();
    let content = check(data)?;
    same_site_as_the_app(&content)?;
    timings.lap("check the content");
    let shell_path = app.join("index.html");
    let shell = fs::read_to_string(&shell_path)
        .map_err(|e| vec![format!("{}: cannot be read: {e}", shell_path.display())])?;
    let mut inlined = first_paint::inline(&shell, app, BASE_PATH)?;
    let loaded = loader::inline_loader(&inlined.shell, inlined.late.as_deref())?;
    inlined.scripts.push(first_paint::csp_hash(&loaded.code));
    let embed_assets = EmbedAssets::new(&loaded, inlined.late.clone())?;
    let shell = Shell::new(live_preview(loaded.shell), embed_assets)?;

    // From here on the output is this build's: the last one's state goes.
    let state_file = StateFile::from_env();
    let mut earlier = match &state_file {
        Some(file) => file.take().map_err(|e| vec![e])?,
        None => None,
    };
    let output = Output::new(dist, earlier.as_mut().map(|state| state.manifest()));
    // The app's files, but for its shell (every page is one), the files the
    // pages carry inline (fetched by no one, nor kept offline) and trunk's
    // copy of the repository's data (the data is DATA_DIR's).
    let mut skip = inlined.files.clone();
    skip.push("index.html".into());
    output.copy_tree(app, "", |file| {
        skip.iter().any(|s| s == file) || file.starts_with("data/")
    })?;
    output.copy_tree(data, "data", |_| false)?;
    timings.lap("the app's files and the data");

    let charts = lay_out_charts(&content);
    let shelves = archive_pages(&content.index);
    let sitemap = feeds::sitemap_entries(&content, &shelves);
    timings.lap("charts, related articles, archive, sitemap entries");
    let stray = Mutex::new(Vec::new());
    let put = |page: OutputFile| {
        if page.file.ends_with(".html") {
            let mut stray = stray.lock().unwrap_or_else(|e| e.into_inner());
            stray.extend(stray_inline_scripts(&page, &inlined.scripts));
        }
        output.put(&page.file, page.html.as_bytes());
    };
    let index = pages::render_pages(
        &shell,
        &content,
        &charts,
        shelves,
        &put,
        pages::EarlierIndex {
            output: &output,
            state: earlier.as_ref().map(|state| &state.search),
        },
        &mut timings,
    );
    let stray = std::mem::take(&mut *stray.lock().unwrap_or_else(|e| e.into_inner()));
    if !stray.is_empty() {
        return Err(stray);
    }
    let policy = csp::policy(&inlined.scripts, &inlined.styles);
    put(OutputFile {
        file: "_headers".into(),
        html: csp::headers_file(&policy),
    });
    put(OutputFile {
        file: "csp.nginx".into(),
        html: csp::nginx_file(&policy),
    });
    for file in feeds::site_files(&content.site, &content.index, &sitemap) {
        put(file);
    }
    put(service_worker::service_worker(app, &skip)?);
    timings.lap("CSP, feeds, sitemaps, service worker");
    for picture in previews::pictures(&content, &charts).map_err(|e| vec![e])? {
        output.put(&picture.file, &picture.png);
    }
    if previewing() {
        output.put(PREVIEW_SCRIPT, include_bytes!("../../../js/preview.js"));
        output.keep(PREVIEW_STATE);
    }
    timings.lap("pictures");
    let mut written = output.finish()?;
    timings.lap("remove what is no longer built");
    if let Some(file) = state_file {
        let manifest = std::mem::take(&mut written.manifest);
        file.save(manifest, index).map_err(|e| vec![e])?;
    }
    Ok(written)
}

/// The app compiles the site's settings in (the header never waits for
/// them): pages built from other settings would change when it takes over.
fn same_site_as_the_app(content: &Content) -> Result<(), Vec<String>> {
    if content.site == tinso::site() {
        Ok(())
    } else {
        Err(vec![format!(
            "{SITE_FILE}: differs from the one the app was compiled with; \
             build the app from this data (scripts/build compiles it from $DATA/{SITE_FILE})"
        )])
    }
}

/// scripts/serve's live preview (`TINSO_PREVIEW` set): pages that reload
/// themselves when the content is rebuilt, from js/preview.js, which reads
/// the state scripts/serve writes beside it. Never in a build to deploy
/// (scripts/build).
const PREVIEW_SCRIPT: &str = "preview.js";
const PREVIEW_STATE: &str = "preview.json";

fn previewing() -> bool {
    std::env::var_os("TINSO_PREVIEW").is_some()
}

fn live_preview(shell: String) -> String {
    if previewing() {
        shell.replacen(
            "</head>",
            &format!(
                r#"<script src="{}" defer></script></head>"#,
                href(&format!("/{PREVIEW_SCRIPT}"))
            ),
            1,
        )
    } else {
        shell
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
            let stats = content.stats_of(&article.slug);
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
/// hashes (`allowed`), and nothing else inline: a problem for each inline
/// script of `page` it does not allow.
fn stray_inline_scripts(page: &OutputFile, allowed: &[String]) -> Vec<String> {
    first_paint::inline_scripts(&page.html)
        .into_iter()
        .filter(|script| !allowed.contains(&first_paint::csp_hash(script)))
        .map(|_| format!("{}: has an inline script the CSP does not allow", page.file))
        .collect()
}
