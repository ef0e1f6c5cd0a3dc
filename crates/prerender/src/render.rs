//! Rendering: the app rendered natively at a route (its effects dropped),
//! written into trunk's shell with the page's head tags; and the embed
//! pages, the same shell around one chart and no app.

use leptos::prelude::*;
use tinso::api::PageData;
use tinso::router::RequestPath;
use tinso::{href, App, APP_ROOT_ID, STATIC_PAGE};
use tinso_model::head::HeadTags;
use tinso_model::route::Route;

use crate::loader::Loaded;

/// What trunk writes in the shell, replaced in every page.
const SHELL_TITLE: &str = "<title>Tin &amp; Số</title>";

/// trunk's shell (with the first paint and the loader written in), which
/// every page fills with its head tags and its rendered app.
pub struct Shell {
    html: String,
    /// The empty app root the rendered app goes into.
    root: String,
    embed: EmbedAssets,
}

/// What an embed page loads instead of the loader: the charts' script (a
/// mark's details) and embed.js (its height to the parent, and the late
/// stylesheet: the details' look).
pub struct EmbedAssets {
    tags: String,
    late: Option<String>,
}

/// The loader's inline `<script type="module">`, which embed pages leave out.
const LOADER_OPEN: &str = "<script type=\"module\">";

impl EmbedAssets {
    pub fn new(loaded: &Loaded, late: Option<String>) -> Result<EmbedAssets, Vec<String>> {
        let (src, integrity) = loaded
            .deferred
            .iter()
            .find(|(src, _)| src.contains("/charts-"))
            .ok_or_else(|| {
                vec!["index.html: js/charts.js is not among the page's scripts".to_owned()]
            })?;
        let integrity = if integrity.is_empty() {
            String::new()
        } else {
            format!(r#" integrity="{integrity}""#)
        };
        let tags = format!(
            r#"<script src="{src}" defer{integrity}></script><script src="{}" defer></script>"#,
            href("/embed.js")
        );
        Ok(EmbedAssets { tags, late })
    }
}

impl Shell {
    /// The shell, once it is known to have the root and the title to fill.
    pub fn new(html: String, embed: EmbedAssets) -> Result<Shell, Vec<String>> {
        let root = format!(r#"<div id="{APP_ROOT_ID}"></div>"#);
        if !html.contains(&root) || !html.contains(SHELL_TITLE) || !html.contains(LOADER_OPEN) {
            return Err(vec![format!(
                "index.html: the shell has no {root}, no {SHELL_TITLE} or no loader to fill"
            )]);
        }
        Ok(Shell { html, root, embed })
    }

    /// An embed page: `body` (rendered apart, [`render_view`]) with `head`,
    /// the first paint as on every page, and no app.
    pub fn embed(&self, head: &HeadTags, body: &str) -> String {
        let start = self.html.find(LOADER_OPEN).expect("checked in Shell::new");
        let end = start
            + self.html[start..]
                .find("</script>")
                .expect("a closed loader")
            + 9;
        let html = format!("{}{}", &self.html[..start], &self.html[end..]);
        // js/embed.js adds the late stylesheet after the first paint.
        let late = self
            .embed
            .late
            .as_deref()
            .map_or(String::new(), |late| format!(r#" data-late="{late}""#));
        let body = format!(
            r#"<div id="{APP_ROOT_ID}" data-page="{STATIC_PAGE}"{late}>{body}</div>{}"#,
            self.embed.tags
        );
        html.replacen(SHELL_TITLE, &head.to_html(), 1)
            .replacen(&self.root, &body, 1)
    }

    /// The page of the app at `url`, with `head` and what `preloaded` holds.
    /// A page carries no data of its own: the app adopts it as it is, and
    /// fetches only the data of the pages the reader goes to next. A static
    /// page (one the app does not draw: [`tinso_model::route::PAGES`]) is
    /// marked so, and the app leaves it as it is.
    pub fn page(&self, head: &HeadTags, url: &str, preloaded: PageData) -> String {
        let root_attrs = if Route::from_path(url).is_static() {
            format!(r#" data-page="{STATIC_PAGE}""#)
        } else {
            String::new()
        };
        let app = render_route(url, preloaded);
        let body = format!(r#"<div id="{APP_ROOT_ID}"{root_attrs}>{app}</div>"#);
        self.html
            .replacen(SHELL_TITLE, &head.to_html(), 1)
            .replacen(&self.root, &body, 1)
    }
}

/// Renders the app at `url` to HTML, as the browser would show it.
pub fn render_route(path: &str, preloaded: PageData) -> String {
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

/// Renders `view` alone to HTML (an embed page's body).
pub fn render_view<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let _ = any_spawner::Executor::init_local_custom_executor(NoEffects);
    let html = Owner::new().with(|| view().into_view().to_html());
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
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("data types serialize")
}
