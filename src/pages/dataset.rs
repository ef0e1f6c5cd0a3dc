//! `/so-lieu/:id`: one dataset's chart on a page of its own, with what a
//! reader needs to pass it on: share, the citation, the metadata file.

use leptos::prelude::*;
use tinso_model::chart_view::PassOn;
use tinso_model::route::{metadata_route, DATASETS_ROUTE};
use tinso_model::Site;

use crate::api::{fetch_chart, load, take_preloaded, FetchError, Load, PageData};
use crate::components::charts::{ChartFigure, TitleLevel};
use crate::components::head::PageHead;
use crate::components::share::ShareButton;
use crate::components::status::{LoadError, Skeleton};
use crate::href;
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn DatasetPage(id: String) -> impl IntoView {
    let initial = match take_preloaded() {
        Some(PageData::NotFound) => Load::Failed(FetchError::NotFound),
        Some(PageData::Dataset(chart)) if chart.id == id => Load::Ready(chart),
        _ => Load::Loading,
    };
    let (chart, retry) = load(move || id.clone(), fetch_chart, initial);
    move || match chart.get() {
        Load::Loading => view! { <Skeleton/> }.into_any(),
        Load::Ready(chart) => view! {
            <PageHead title=chart.title.clone() description=chart.description.clone()/>
            <div class="dataset-page">
                <nav class="breadcrumb" aria-label="Vị trí">
                    <a href=href(DATASETS_ROUTE)>"Số liệu"</a>
                </nav>
                {
                    let pass_on = chart.pass_on.clone();
                    let id = chart.id.clone();
                    // Type-erased: the page's view type is too deep otherwise.
                    view! {
                        {view! { <ChartFigure view=chart level=TitleLevel::Page/> }.into_any()}
                        {pass_on.map(|pass_on| view! { <PassItOn id pass_on/> }.into_any())}
                    }
                }
            </div>
        }
        .into_any(),
        Load::Failed(FetchError::NotFound) => view! { <NotFoundPage/> }.into_any(),
        Load::Failed(error) => view! {
            <PageHead title="Không tải được số liệu" description=error.message_vi()/>
            <LoadError what="số liệu" error on_retry=retry/>
        }
        .into_any(),
    }
}

/// Under the chart: share, "Nhúng" (the code another site pastes),
/// "Cách trích dẫn", the licence and the metadata file. The build wrote
/// the words ([`PassOn`]); a view without them shows none.
/// The embed code's field, which "Sao chép mã" copies (js/reader.js).
const EMBED_FIELD: &str = "ma-nhung";

#[component]
fn PassItOn(id: String, pass_on: PassOn) -> impl IntoView {
    let license = expect_context::<Site>().license;
    let PassOn {
        address,
        citation,
        embed_code,
    } = pass_on;
    view! {
        <section class="pass-on" aria-labelledby="cach-trich-dan">
            <div class="pass-on__tools">
                <ShareButton url=address/>
                <details class="embed-code">
                    <summary class="reader-button">"Nhúng"</summary>
                    <p class="embed-code__hint">
                        "Dán mã này vào trang của bạn; khung tự vừa chiều cao của biểu đồ."
                    </p>
                    // Text, not a <textarea>: Leptos writes a textarea's text
                    // unescaped into the prerendered page.
                    <pre id=EMBED_FIELD class="embed-code__field" tabindex="0" role="region"
                        aria-label="Mã nhúng biểu đồ"><code>{embed_code}</code></pre>
                    <div class="share">
                        <button type="button" class="reader-button" data-reader="copy"
                            data-target=EMBED_FIELD>"Sao chép mã"</button>
                        <span class="share__status" role="status"></span>
                    </div>
                </details>
            </div>
            <h2 class="pass-on__title" id="cach-trich-dan">"Cách trích dẫn"</h2>
            <p class="citation" data-testid="citation">{citation}</p>
            <p class="pass-on__license">
                "Số liệu dùng theo giấy phép "
                <a rel="license" href=license.url>{license.name}</a>
                ". Mô tả cho máy đọc: "
                <a href=href(&metadata_route(&id)) rel="external" type="application/json">
                    "siêu dữ liệu (JSON)"
                </a>
                "."
            </p>
        </section>
    }
}
