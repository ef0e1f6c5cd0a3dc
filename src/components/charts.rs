//! A chart as a `<figure>`: title, the SVG (`role="img"`, described from
//! the data), a layer of marks that open their details on hover, keyboard
//! focus or touch (Esc closes), the data table, CSV and SVG downloads, and
//! the source with its notes.
//!
//! Everything drawn was laid out at build time ([`ChartView`]): this only
//! turns shapes into SVG elements. The marks are links in a second SVG over
//! the picture, because an image's children are presentational and cannot
//! hold focusable controls.

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use tinso_model::chart_view::{csv_route, dataset_route, mark_id, svg_route};
use tinso_model::{article_route, ChartView, Mark, Shape, ShapeKind};

use crate::href;

/// How the chart's title is set: as the page's heading, or under a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleLevel {
    /// The dataset's own page: `<h1>`.
    Page,
    /// Inside an article's "Số liệu" section: `<h3>`, linking to the dataset's page.
    Section,
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

    let (active, set_active) = signal(None::<usize>);
    let (table_open, set_table_open) = signal(false);
    // Esc closes the details wherever focus is (hover leaves it elsewhere).
    #[cfg(target_arch = "wasm32")]
    {
        let listener = window_event_listener(ev::keydown, move |event| {
            if event.key() == "Escape" && active.get_untracked().is_some() {
                set_active.set(None);
            }
        });
        on_cleanup(move || listener.remove());
    }

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
    };
    let picture = shapes.into_iter().map(shape).collect_view();
    let hits = marks
        .iter()
        .enumerate()
        .map(|(i, mark)| hit(i, mark, &article_href, &tip_id))
        .collect_view();
    let tip = move || {
        let mark = marks.get(active.get()?)?.clone();
        // Under the mark, in percent of the chart's height.
        let top = (mark.y + mark.h) * 100 / height.max(1);
        Some(view! {
            <div class="chart__tip" style:top=format!("{top}%")>
                <p class="chart__tip-name">{mark.name}</p>
                {mark.lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                {mark.sentence.map(|_| view! {
                    <p class="chart__tip-hint">"Nhấn Enter hoặc chạm lần nữa để đọc câu này trong bài."</p>
                })}
            </div>
        })
    };
    // One set of listeners for all the marks of the chart (cheaper to set up
    // than listeners on every mark when the app takes over a page).
    // A tap opens a mark's details first and follows its link only on the
    // next tap; Enter, and a click on open details, follow it at once.
    let open_before_press = Rc::new(Cell::new(None::<bool>));
    let pressed = Rc::clone(&open_before_press);
    let on_pointer_over = move |event: ev::PointerEvent| {
        if event.pointer_type() == "mouse" {
            set_active.set(mark_index(&event));
        }
    };
    let on_pointer_leave = move |event: ev::PointerEvent| {
        if event.pointer_type() == "mouse" {
            set_active.set(None);
        }
    };
    let on_pointer_down = move |event: ev::PointerEvent| {
        let index = mark_index(&event);
        pressed.set(Some(index.is_some() && active.get_untracked() == index));
    };
    let on_click = move |event: ev::MouseEvent| {
        let index = mark_index(&event);
        // Taken on every click, so a press elsewhere never stops the next Enter.
        let was_open = open_before_press.take();
        if index.is_some() && was_open == Some(false) {
            event.prevent_default();
            set_active.set(index);
        }
    };
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
            // The marks' listeners sit on this <div>: Chromium makes an <svg>
            // with focus listeners focusable itself.
            <div class="chart__plot"
                on:pointerover=on_pointer_over on:pointerleave=on_pointer_leave
                on:pointerdown=on_pointer_down on:click=on_click
                on:focusin=move |event: ev::FocusEvent| set_active.set(mark_index(&event))
                on:focusout=move |_| set_active.set(None)>
                <svg class="chart__svg" role="img" viewBox=view_box.clone() width=width height=height
                    aria-labelledby=title_id.clone() aria-describedby=summary_id.clone()>
                    <desc id=summary_id.clone()>{summary}</desc>
                    {picture}
                </svg>
                <svg class="chart__hits" viewBox=view_box width=width height=height
                    role="group" aria-label="Các mục của biểu đồ">
                    {hits}
                </svg>
                <div id=tip_id.clone()>{tip}</div>
            </div>
            <div class="chart__actions">
                <button type="button" class="chart__button" aria-controls=table_id.clone()
                    aria-expanded=move || table_open.get().to_string()
                    on:click=move |_| set_table_open.update(|open| *open = !*open)>
                    "Xem bảng dữ liệu"
                </button>
                <a class="chart__button" href=href(&csv_route(&id)) download=format!("{id}.csv")
                    rel="external">"Tải CSV"</a>
                <a class="chart__button" href=href(&svg_route(&id)) download=format!("{id}.svg")
                    rel="external">"Tải SVG"</a>
            </div>
            // Focusable: on a narrow screen the table scrolls sideways by keyboard too.
            <div class="chart__table" id=table_id hidden=move || !table_open.get()
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
                    "Nguồn: bài “"<a href=article_href>{article_title}</a>"”. "
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

/// The link over one mark, to the sentence its value comes from; what it
/// does on hover, focus and tap is handled by its chart (see `ChartFigure`).
fn hit(index: usize, mark: &Mark, article_href: &str, tip_id: &str) -> impl IntoView {
    let link = mark
        .sentence
        .as_ref()
        .map(|sentence| format!("{article_href}#{sentence}"));
    // Inside <g> the macro makes an SVG <a> (alone, <a> would be HTML's).
    view! {
        <g>
            <a class="chart__hit" id=mark_id(&mark.value) href=link rel="external"
                data-index=index aria-label=mark.name.clone() aria-describedby=tip_id.to_owned()>
                <rect x=mark.x y=mark.y width=mark.w height=mark.h></rect>
            </a>
        </g>
    }
}

/// The index of the mark an event happened on, if any.
fn mark_index(event: &web_sys::Event) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target
        .closest(".chart__hit")
        .ok()??
        .get_attribute("data-index")?
        .parse()
        .ok()
}
