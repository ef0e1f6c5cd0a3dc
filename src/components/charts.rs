//! A chart as a `<figure>`: title, the SVG (`role="img"`, described from
//! the data), a layer of marks, the data table, CSV, SVG and PNG downloads, and
//! the source with its notes. What the marks and the table's button do
//! (details on hover, keyboard focus or touch; the table shown and hidden)
//! is `js/charts.js`'s, on every chart of the page: the same for a
//! prerendered chart and one the app draws, before the app starts and after.
//!
//! Everything drawn was laid out at build time ([`ChartView`]): this only
//! turns shapes into SVG elements. The marks are links in a second SVG over
//! the picture, because an image's children are presentational and cannot
//! hold focusable controls.

use leptos::prelude::*;
use tinso_model::chart_view::mark_id;
use tinso_model::route::{article_route, csv_route, dataset_route, png_route, svg_route};
use tinso_model::{ChartView, Mark, Shape, ShapeKind};

use crate::href;

/// How the chart's title is set: as the page's heading, or under a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleLevel {
    /// The dataset's own page: `<h1>`.
    Page,
    /// Inside an article's "Số liệu" section: `<h3>`, linking to the dataset's page.
    Section,
    /// Alone in another site's frame (`/nhung/<id>`): `<h1>` linking to the
    /// dataset's page; every link opens a new tab (this site's pages refuse
    /// to be framed); no downloads, which the page linked offers.
    Embed,
}

#[component]
pub fn ChartFigure(view: ChartView, level: TitleLevel) -> impl IntoView {
    let ChartView {
        id,
        title,
        description,
        summary,
        kind,
        article,
        article_title,
        width,
        height,
        shapes,
        marks,
        columns,
        rows,
        notes,
        ..
    } = view;
    let title_id = format!("tieu-de-{id}");
    let summary_id = format!("mo-ta-{id}");
    let tip_id = format!("chi-tiet-{id}");
    let table_id = format!("bang-{id}");
    let caption_id = format!("bang-ten-{id}");
    let view_box = format!("0 0 {width} {height}");
    let article_href = href(&article_route(&article));
    let embedded = level == TitleLevel::Embed;
    // Links out of a frame open a new tab; elsewhere they stay in the page.
    let new_tab = embedded.then_some("_blank");

    let heading = match level {
        TitleLevel::Page => {
            view! { <h1 class="chart__title" id=title_id.clone()>{title.clone()}</h1> }.into_any()
        }
        TitleLevel::Section => view! {
            <h3 class="chart__title" id=title_id.clone()>
                <a href=href(&dataset_route(&id))>{title.clone()}</a>
            </h3>
        }
        .into_any(),
        TitleLevel::Embed => view! {
            <h1 class="chart__title" id=title_id.clone()>
                <a href=href(&dataset_route(&id)) target="_blank">{title.clone()}</a>
            </h1>
        }
        .into_any(),
    };
    let picture = shapes.into_iter().map(shape).collect_view();
    let hits = marks
        .iter()
        .enumerate()
        .map(|(i, mark)| {
            // Under its article, a mark links to a place on the same page.
            let page = if level == TitleLevel::Section {
                ""
            } else {
                &article_href
            };
            hit(i, mark, page, &tip_id, new_tab)
        })
        .collect_view();
    let table_cells = rows
        .into_iter()
        .map(|row| {
            let mut cells = row.into_iter();
            let head = cells.next().unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{head}</th>
                    {cells.map(|cell| view! { <td>{cell}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();

    view! {
        <figure class="chart" id=format!("bieu-do-{id}") aria-labelledby=title_id.clone()
            data-testid="chart">
            {heading}
            <p class="chart__kind">{kind}</p>
            <p class="chart__description">{description}</p>
            <div class="chart__plot">
                <svg class="chart__svg" role="img" viewBox=view_box.clone() width=width height=height
                    aria-labelledby=title_id.clone() aria-describedby=summary_id.clone()>
                    <desc id=summary_id.clone()>{summary}</desc>
                    {picture}
                </svg>
                <svg class="chart__hits" viewBox=view_box width=width height=height
                    role="group" aria-label="Các mục của biểu đồ">
                    {hits}
                </svg>
                // The open mark's details, shown here by js/charts.js.
                <div id=tip_id.clone()></div>
            </div>
            <div class="chart__actions">
                <button type="button" class="chart__button" aria-controls=table_id.clone()
                    aria-expanded="false">
                    "Xem bảng dữ liệu"
                </button>
                // In a frame, the page linked back offers the downloads.
                {(!embedded).then(|| view! {
                <a class="chart__button" href=href(&csv_route(&id)) download=format!("{id}.csv")
                    rel="external">"Tải CSV"</a>
                <a class="chart__button" href=href(&svg_route(&id)) download=format!("{id}.svg")
                    rel="external">"Tải SVG"</a>
                <a class="chart__button" href=href(&png_route(&id)) download=format!("{id}.png")
                    rel="external">"Tải PNG"</a>
                })}
            </div>
            // Focusable: on a narrow screen the table scrolls sideways by keyboard too.
            <div class="chart__table" id=table_id hidden
                role="region" tabindex="0" aria-labelledby=caption_id.clone()>
                <table>
                    <caption id=caption_id.clone()>{format!("Bảng dữ liệu: {title}")}</caption>
                    <thead>
                        <tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>{table_cells}</tbody>
                </table>
            </div>
            <figcaption class="chart__caption">
                <p>
                    "Nguồn: bài “"<a href=article_href target=new_tab>{article_title}</a>"”. "
                    "Mỗi số được trích nguyên văn. "
                    <span class="chart__hint">"Di chuột, chạm hoặc dùng phím Tab trên từng mục để xem câu gốc."</span>
                </p>
                {notes.into_iter().map(|note| view! { <p class="chart__note">{note}</p> }).collect_view()}
            </figcaption>
        </figure>
    }
}

/// One drawn element.
fn shape(shape: Shape) -> AnyView {
    let Shape {
        kind,
        x,
        y,
        w,
        h,
        class,
        text,
    } = shape;
    match kind {
        ShapeKind::Rect => view! { <rect class=class x=x y=y width=w height=h></rect> }.into_any(),
        ShapeKind::Line => view! { <line class=class x1=x y1=y x2=w y2=h></line> }.into_any(),
        ShapeKind::Circle => view! { <circle class=class cx=x cy=y r=w></circle> }.into_any(),
        ShapeKind::Text => view! { <text class=class x=x y=y>{text}</text> }.into_any(),
    }
}

/// The link over one mark, to the sentence its value comes from; its
/// details are its row of the table (see the module's doc).
fn hit(
    index: usize,
    mark: &Mark,
    article_page: &str,
    tip_id: &str,
    target: Option<&'static str>,
) -> impl IntoView {
    let link = mark
        .sentence
        .as_ref()
        .map(|sentence| format!("{article_page}#{sentence}"));
    // Inside <g> the macro makes an SVG <a> (alone, <a> would be HTML's).
    view! {
        <g>
            <a class="chart__hit" id=mark_id(&mark.value) href=link rel="external" target=target
                data-index=index aria-label=mark.name.clone() aria-describedby=tip_id.to_owned()>
                <rect x=mark.x y=mark.y width=mark.w height=mark.h></rect>
            </a>
        </g>
    }
}
