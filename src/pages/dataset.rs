//! `/so-lieu/:id`: one dataset's chart on a page of its own.

use leptos::prelude::*;
use tinso_model::route::DATASETS_ROUTE;

use crate::api::{fetch_chart, load, take_preloaded, FetchError, Load, PageData};
use crate::components::charts::{ChartFigure, TitleLevel};
use crate::components::head::PageHead;
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
                <ChartFigure view=chart level=TitleLevel::Page/>
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
