//! `/so-lieu/:id`: one dataset's chart on a page of its own.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use tinso_model::chart_view::DATASETS_ROUTE;

use crate::api::{fetch_chart, load, FetchError, Load, Preloaded};
use crate::components::charts::{ChartFigure, TitleLevel};
use crate::components::head::PageHead;
use crate::components::status::{LoadError, Skeleton};
use crate::href;
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn DatasetPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let initial = match use_context::<Preloaded>() {
        Some(Preloaded {
            not_found: true, ..
        }) => Load::Failed(FetchError::NotFound),
        Some(Preloaded {
            chart: Some(chart), ..
        }) if params.read_untracked().get("id").as_deref() == Some(chart.id.as_str()) => {
            Load::Ready(chart)
        }
        _ => Load::Loading,
    };
    let (chart, retry) = load(id, fetch_chart, initial);
    move || match chart.get() {
        Load::Loading => view! { <Skeleton/> }.into_any(),
        Load::Ready(chart) => view! {
            <PageHead title=chart.title.clone() description=chart.description.clone()/>
            <nav class="breadcrumb" aria-label="Vị trí">
                <a href=href(DATASETS_ROUTE)>"Số liệu"</a>
            </nav>
            <ChartFigure view=chart level=TitleLevel::Page/>
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
