//! `/tim-kiem?q=…`: search results for the query in the URL, so a search
//! can be shared and back/forward returns to it.

use leptos::prelude::*;
use tinso_model::search_index::RESULTS_PER_PAGE;

use crate::components::head::PageHead;
#[cfg(target_arch = "wasm32")]
use crate::components::search::status_text;
use crate::router;

pub const TITLE: &str = "Tìm kiếm";
pub const DESCRIPTION: &str =
    "Tìm trong các bài viết và bộ số liệu của Tin & Số, có dấu hay không dấu.";

#[component]
pub fn SearchPage() -> impl IntoView {
    let search_string = router::use_search();
    let query = Memo::new(move |_| router::query_of(&search_string.get()));
    let (shown, set_shown) = signal(RESULTS_PER_PAGE);
    // What the last answer said, and whether it has more to show. The
    // previous results stay until the next are ready: nothing flickers
    // while the reader types.
    let (answer, set_answer) = signal((String::new(), false));
    let results = NodeRef::<leptos::html::Div>::new();
    let page = SearchPageState {
        query,
        results,
        set_answer,
    };
    Effect::new(move |previous: Option<String>| {
        let text = query.get();
        // A new query starts from the first page of results.
        if previous.as_ref().is_some_and(|p| *p != text) {
            set_shown.set(RESULTS_PER_PAGE);
        }
        page.run(text.clone(), shown.get());
        text
    });
    view! {
        <PageHead title=TITLE description=DESCRIPTION/>
        <section class="search-page" aria-labelledby="search-heading">
            <h1 id="search-heading" class="section-title">{TITLE}</h1>
            <noscript>
                <p>"Trang tìm kiếm cần JavaScript. Mọi bài viết có ở trang chủ, mọi số liệu ở trang Số liệu."</p>
            </noscript>
            // Shown until a query is answered (style/main.css).
            <p class="search-hint">
                "Gõ từ cần tìm vào ô Tìm kiếm ở đầu trang, có dấu hay không dấu: tên đơn vị, một con số (1.480), số hiệu văn bản (162-QĐ/ĐUK)…"
            </p>
            <p role="status" class="search-status" data-testid="search-status">{move || answer.get().0}</p>
            <div node_ref=results data-testid="search-results"></div>
            <button type="button" class="button search-more" hidden=move || !answer.get().1
                on:click=move |_| set_shown.update(|n| *n += RESULTS_PER_PAGE)>
                "Xem thêm kết quả"
            </button>
        </section>
    }
}

/// What a search updates on the page (in the browser: prerendering runs no search).
#[derive(Clone, Copy)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct SearchPageState {
    query: Memo<String>,
    results: NodeRef<leptos::html::Div>,
    /// The status line, and whether more results are there to show.
    set_answer: WriteSignal<(String, bool)>,
}

impl SearchPageState {
    /// Asks the search worker and shows its answer; an answer to a query
    /// the reader has since changed is dropped.
    #[cfg(target_arch = "wasm32")]
    fn run(self, text: String, count: usize) {
        if text.trim().is_empty() {
            self.set_answer.set((String::new(), false));
            if let Some(results) = self.results.get_untracked() {
                results.set_text_content(None);
            }
            return;
        }
        leptos::task::spawn_local(async move {
            let result = crate::api::search(text.clone(), count).await;
            if self.query.get_untracked() != text {
                return;
            }
            let Some(results) = self.results.get_untracked() else {
                return;
            };
            match result {
                Ok(outcome) => {
                    crate::components::search::render_results(&results, &text, &outcome);
                    let more = outcome.total > outcome.results.len();
                    self.set_answer.set((status_text(&text, &outcome), more));
                }
                Err(_) => self.set_answer.set((
                    "Không tìm được lúc này. Hãy kiểm tra kết nối mạng rồi thử lại.".into(),
                    false,
                )),
            }
        });
    }

    /// Prerendering shows the page without results.
    #[cfg(not(target_arch = "wasm32"))]
    fn run(self, _: String, _: usize) {}
}
