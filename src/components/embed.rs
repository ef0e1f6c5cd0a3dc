//! A chart alone, for another site's frame (`/nhung/<id>`): the chart with
//! its source line, and a link back to its page here. The prerenderer
//! writes the page; the app never runs in it (js/embed.js tells the parent
//! page its height, js/charts.js opens a mark's details).

use leptos::prelude::*;
use tinso_model::route::dataset_route;
use tinso_model::ChartView;

use crate::components::charts::{ChartFigure, TitleLevel};
use crate::href;

#[component]
pub fn EmbeddedChart(view: ChartView, site_name: String) -> impl IntoView {
    let back = href(&dataset_route(&view.id));
    view! {
        <main class="embed" id="noi-dung">
            <ChartFigure view level=TitleLevel::Embed/>
            <p class="embed__back">
                <a href=back target="_blank">"Xem bảng số liệu, tải về và trích dẫn trên " {site_name}</a>
            </p>
        </main>
    }
}
