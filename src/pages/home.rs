//! `/`: the newest articles.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use tinso_model::Site;

use crate::api::fetch_index;
use crate::components::article_list::ArticleList;
use crate::components::status::{LoadError, Skeleton};

#[component]
pub fn HomePage() -> impl IntoView {
    let site = expect_context::<Site>();
    let index = LocalResource::new(fetch_index);
    let retry = Callback::new(move |()| index.refetch());
    view! {
        <Title text=""/>
        <Meta name="description" content=site.description/>
        <section class="home" aria-labelledby="home-heading">
            <h1 id="home-heading" class="section-title">"Tin mới nhất"</h1>
            <Suspense fallback=|| view! { <Skeleton lines=2/> }>
                {move || Suspend::new(async move {
                    match index.await {
                        Ok(index) => {
                            let articles = index.newest_first().into_iter().cloned().collect();
                            view! { <ArticleList articles/> }.into_any()
                        }
                        Err(error) => {
                            view! { <LoadError what="danh sách bài viết" error on_retry=retry/> }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </section>
    }
}
