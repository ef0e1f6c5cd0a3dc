//! Pictures: each chart as a PNG to download, and the link-preview cards
//! (1200×630) of articles, datasets and the site, drawn natively with resvg
//! from the same SVG the site serves (chart_view::svg_document, card_svg),
//! in DejaVu Sans, which covers Vietnamese (scripts/setup installs it).

use std::sync::Arc;

use resvg::{tiny_skia, usvg};
use tinso::href;
use tinso_content::site::Content;
use tinso_model::chart_view::{card_alt, card_svg, svg_document, CARD_HEIGHT, CARD_WIDTH};
use tinso_model::head::PreviewImage;
use tinso_model::route::{article_card_route, dataset_card_route, png_route, SITE_CARD_ROUTE};
use tinso_model::{Article, ArticleCharts, ChartView, Site};

/// The fonts the pictures are drawn in (Debian's fonts-dejavu-core).
pub const FONT_FILES: [&str; 2] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];
const FONT_FAMILY: &str = "DejaVu Sans";

/// The PNG download's width: twice the widest the page shows a chart (its
/// column is about 600 px).
pub const DOWNLOAD_WIDTH: u32 = 1200;

/// One written picture: its path in DIST_DIR and its bytes.
pub struct Picture {
    pub file: String,
    pub png: Vec<u8>,
}

/// Draws SVG to PNG with the fonts loaded once.
pub struct Rasterizer {
    options: usvg::Options<'static>,
}

impl Rasterizer {
    /// Loads [`FONT_FILES`]; an error says how to install them.
    pub fn new() -> Result<Rasterizer, String> {
        let mut fonts = usvg::fontdb::Database::new();
        for file in FONT_FILES {
            let data = std::fs::read(file).map_err(|e| {
                format!("{file}: cannot be read ({e}); scripts/setup installs it (Debian: fonts-dejavu-core)")
            })?;
            fonts.load_font_data(data);
        }
        fonts.set_sans_serif_family(FONT_FAMILY);
        let options = usvg::Options {
            font_family: FONT_FAMILY.into(),
            fontdb: Arc::new(fonts),
            ..usvg::Options::default()
        };
        Ok(Rasterizer { options })
    }

    /// Parses `svg`, its text laid out in the loaded fonts.
    pub fn tree(&self, svg: &str) -> Result<usvg::Tree, String> {
        usvg::Tree::from_str(svg, &self.options).map_err(|e| e.to_string())
    }

    /// `svg` drawn `width` pixels wide, its proportions kept.
    pub fn png(&self, svg: &str, width: u32) -> Result<Vec<u8>, String> {
        let tree = self.tree(svg)?;
        let size = tree.size();
        let scale = width as f32 / size.width();
        let height = (size.height() * scale).round() as u32;
        let mut pixmap =
            tiny_skia::Pixmap::new(width, height).ok_or("a picture of no size".to_owned())?;
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        pixmap.encode_png().map_err(|e| e.to_string())
    }
}

/// The site's own card, for pages without a chart.
pub fn site_card(site: &Site) -> PreviewImage {
    card(site, SITE_CARD_ROUTE, card_alt(site, "", None))
}

/// An article's card: its title and first chart, or the site's card.
pub fn article_card(site: &Site, article: &Article, charts: &ArticleCharts) -> PreviewImage {
    match charts.charts.first() {
        Some(chart) => card(
            site,
            &article_card_route(&article.slug),
            card_alt(site, &article.title, Some(chart)),
        ),
        None => site_card(site),
    }
}

/// A dataset page's card: its title and its chart.
pub fn dataset_card(site: &Site, view: &ChartView) -> PreviewImage {
    card(
        site,
        &dataset_card_route(&view.id),
        card_alt(site, &view.title, Some(view)),
    )
}

fn card(site: &Site, route: &str, alt: String) -> PreviewImage {
    PreviewImage {
        url: site.url(&href(route)),
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        alt,
    }
}

/// Every picture of the site: the site's card, each article's card (those
/// with charts), and for each chart its PNG download and its page's card.
pub fn pictures(content: &Content, all_charts: &[ArticleCharts]) -> Result<Vec<Picture>, String> {
    let site = &content.site;
    let rasterizer = Rasterizer::new()?;
    let file = |route: &str| route.trim_start_matches('/').to_owned();
    let draw = |svg: &str, width: u32, route: &str| {
        rasterizer
            .png(svg, width)
            .map_err(|e| format!("{}: cannot be drawn: {e}", file(route)))
    };
    let mut pictures = vec![Picture {
        file: file(SITE_CARD_ROUTE),
        png: draw(
            &card_svg(site, &site.tagline, None),
            CARD_WIDTH,
            SITE_CARD_ROUTE,
        )?,
    }];
    for (article, charts) in content.articles.iter().zip(all_charts) {
        if let Some(first) = charts.charts.first() {
            pictures.push(Picture {
                file: file(&article_card_route(&article.slug)),
                png: draw(
                    &card_svg(site, &article.title, Some(first)),
                    CARD_WIDTH,
                    &article_card_route(&article.slug),
                )?,
            });
        }
        for view in &charts.charts {
            pictures.push(Picture {
                file: file(&dataset_card_route(&view.id)),
                png: draw(
                    &card_svg(site, &view.title, Some(view)),
                    CARD_WIDTH,
                    &dataset_card_route(&view.id),
                )?,
            });
            pictures.push(Picture {
                file: file(&png_route(&view.id)),
                png: draw(
                    &svg_document(view, site),
                    DOWNLOAD_WIDTH,
                    &png_route(&view.id),
                )?,
            });
        }
    }
    Ok(pictures)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::path::Path;

    use super::*;

    fn seed() -> (Content, Vec<ArticleCharts>) {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
        let content = tinso_content::site::check(&data).unwrap();
        let charts = content
            .articles
            .iter()
            .map(|article| {
                let stats = content.stats_of(&article.slug);
                ArticleCharts::build(article, stats)
            })
            .collect();
        (content, charts)
    }

    /// Width and height from a PNG's header.
    fn png_size(png: &[u8]) -> (u32, u32) {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let number = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        (number(16), number(20))
    }

    #[test]
    fn every_card_is_1200_by_630_and_every_picture_differs() {
        let (content, charts) = seed();
        let pictures = pictures(&content, &charts).unwrap();
        // The site's card, the seed's, and a card and a download per dataset.
        let datasets = charts[0].charts.len();
        assert_eq!(pictures.len(), 2 + 2 * datasets);
        for picture in &pictures {
            let (width, height) = png_size(&picture.png);
            if picture.file.starts_with("anh/") {
                assert_eq!(
                    (width, height),
                    (CARD_WIDTH, CARD_HEIGHT),
                    "{}",
                    picture.file
                );
            } else {
                assert_eq!(width, DOWNLOAD_WIDTH, "{}", picture.file);
                assert!(height > 200, "{}", picture.file);
            }
        }
        let distinct: HashSet<&[u8]> = pictures.iter().map(|p| p.png.as_slice()).collect();
        assert_eq!(distinct.len(), pictures.len());
    }

    /// The boxes of every text of `svg` as the rasterizer lays it out.
    fn text_boxes(rasterizer: &Rasterizer, svg: &str) -> Vec<(String, usvg::Rect)> {
        fn walk(group: &usvg::Group, found: &mut Vec<(String, usvg::Rect)>) {
            for node in group.children() {
                match node {
                    usvg::Node::Group(group) => walk(group, found),
                    usvg::Node::Text(text) => {
                        let words: String = text.chunks().iter().map(|c| c.text()).collect();
                        found.push((words, text.abs_bounding_box()));
                    }
                    _ => {}
                }
            }
        }
        let mut found = Vec::new();
        walk(rasterizer.tree(svg).unwrap().root(), &mut found);
        found
    }

    /// Every pair of boxes that intersect, in words.
    fn overlaps(boxes: &[(String, usvg::Rect)]) -> Vec<String> {
        let mut found = Vec::new();
        for (i, (a, box_a)) in boxes.iter().enumerate() {
            for (b, box_b) in &boxes[i + 1..] {
                let apart = box_a.right() <= box_b.left()
                    || box_b.right() <= box_a.left()
                    || box_a.bottom() <= box_b.top()
                    || box_b.bottom() <= box_a.top();
                if !apart {
                    found.push(format!("\"{a}\" {box_a:?} overlaps \"{b}\" {box_b:?}"));
                }
            }
        }
        found
    }

    #[test]
    fn no_text_of_a_picture_overlaps_another_in_the_pictures_font() {
        let (content, charts) = seed();
        let site = &content.site;
        let rasterizer = Rasterizer::new().unwrap();
        let mut svgs = vec![card_svg(site, &site.tagline, None)];
        for view in &charts[0].charts {
            svgs.push(svg_document(view, site));
            svgs.push(card_svg(site, &view.title, Some(view)));
        }
        for svg in &svgs {
            let boxes = text_boxes(&rasterizer, svg);
            assert!(boxes.len() > 2);
            let found = overlaps(&boxes);
            assert!(found.is_empty(), "{found:#?}");
        }
        // The check sees two words drawn over each other.
        let clash = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="0" y="20">Một</text><text x="10" y="24">Hai</text></svg>"#;
        assert_eq!(overlaps(&text_boxes(&rasterizer, clash)).len(), 1);
    }
}
