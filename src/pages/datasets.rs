//! `/so-lieu`: every dataset the articles report.

use leptos::prelude::*;
use tinso_model::route::{article_route, dataset_route};
use tinso_model::DatasetSummary;

use crate::api::{fetch_datasets, load, take_preloaded, Load, PageData};
use crate::components::head::PageHead;
use crate::components::status::{LoadError, Skeleton};
use crate::href;

/// The page's heading and description, also its head tags.
pub const TITLE: &str = "Số liệu";
pub const DESCRIPTION: &str =
    "Mọi con số các bài viết nêu, thành biểu đồ: mỗi số kèm câu gốc trong bài, bảng dữ liệu và tệp CSV.";

#[component]
pub fn DatasetsPage() -> impl IntoView {
    let initial = match take_preloaded() {
        Some(PageData::Datasets(datasets)) => Load::Ready(datasets),
        _ => Load::Loading,
    };
    let (index, retry) = load(|| (), |()| fetch_datasets(), initial);
    view! {
        <PageHead title=TITLE description=DESCRIPTION/>
        <section class="datasets" aria-labelledby="datasets-heading">
            <h1 id="datasets-heading" class="section-title">{TITLE}</h1>
            <p class="datasets__intro">{DESCRIPTION}</p>
            {move || match index.get() {
                Load::Loading => view! { <Skeleton lines=2/> }.into_any(),
                Load::Ready(index) if index.datasets.is_empty() => {
                    view! { <p class="empty">"Chưa có bộ số liệu nào."</p> }.into_any()
                }
                Load::Ready(index) => view! {
                    <ul class="dataset-list" data-testid="dataset-list">
                        {index.datasets.into_iter().map(|d| view! { <li><DatasetCard dataset=d/></li> }).collect_view()}
                    </ul>
                }
                .into_any(),
                Load::Failed(error) => {
                    view! { <LoadError what="danh sách số liệu" error on_retry=retry/> }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn DatasetCard(dataset: DatasetSummary) -> impl IntoView {
    view! {
        <article class="teaser">
            <p class="kicker">{format!("{} · {} mục", dataset.kind, dataset.count)}</p>
            <h2 class="teaser__title">
                <a href=href(&dataset_route(&dataset.id))>{dataset.title}</a>
            </h2>
            <p class="teaser__lead">{dataset.description}</p>
            <p class="teaser__date">
                "Từ bài: "<a href=href(&article_route(&dataset.article))>{dataset.article_title}</a>
            </p>
        </article>
    }
}
