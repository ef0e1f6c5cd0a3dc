//! `/so-lieu/:id`: one dataset's chart on a page of its own, with what a
//! reader needs to pass it on: share, the citation, the metadata file.

use leptos::prelude::*;
use tinso_model::chart_view::citation_text;
use tinso_model::route::{dataset_route, metadata_route, DATASETS_ROUTE};
use tinso_model::{ChartView, Site};

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
                <ChartFigure view=chart.clone() level=TitleLevel::Page/>
                <PassItOn view=chart/>
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

/// Under the chart: share, "Cách trích dẫn", the licence and the metadata file.
#[component]
fn PassItOn(view: ChartView) -> impl IntoView {
    let site = expect_context::<Site>();
    let address = site.url(&href(&dataset_route(&view.id)));
    let citation = citation_text(&view, &site, &address);
    let license = site.license;
    view! {
        <section class="pass-on" aria-labelledby="cach-trich-dan">
            <ShareButton url=address/>
            <h2 class="pass-on__title" id="cach-trich-dan">"Cách trích dẫn"</h2>
            <p class="citation" data-testid="citation">{citation}</p>
            <p class="pass-on__license">
                "Số liệu dùng theo giấy phép "
                <a rel="license" href=license.url>{license.name}</a>
                ". Mô tả cho máy đọc: "
                <a href=href(&metadata_route(&view.id)) rel="external" type="application/json">
                    "siêu dữ liệu (JSON)"
                </a>
                "."
            </p>
        </section>
    }
}
