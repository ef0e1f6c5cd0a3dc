//! The `<head>` tags of a page for search engines and link previews: title,
//! description, canonical URL, Open Graph and Twitter card tags, and JSON-LD
//! `NewsArticle` for articles, `Dataset` for dataset pages. Written into the prerendered HTML, which is
//! what crawlers and chat apps read (they do not run the wasm).

use crate::article::{Article, Site};
use crate::chart_view::ChartView;
use crate::format::page_title;

/// What a page is, for its head tags.
pub enum PageKind<'a> {
    /// The home page, or any page that is not an article.
    Website,
    Article(&'a Article),
    /// A dataset's page; `csv`, `article` and `oembed` are the site paths
    /// (base path included) of its CSV, of the article its values come
    /// from and of its chart's oEmbed description.
    Dataset {
        view: &'a ChartView,
        csv: &'a str,
        article: &'a str,
        oembed: &'a str,
    },
}

/// The picture a link preview shows (`og:image`): its absolute URL, size
/// in pixels and the words for readers who cannot see it.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// One page's head: `title` is the page's own ("" for the home page).
pub struct HeadTags<'a> {
    pub site: &'a Site,
    pub title: &'a str,
    pub description: &'a str,
    /// The site path, e.g. `/bai-viet/slug`; `None` for pages that must not
    /// be indexed (the not-found page).
    pub path: Option<&'a str>,
    pub kind: PageKind<'a>,
    /// The link preview's picture; none on pages nobody shares (the 404).
    pub image: Option<&'a PreviewImage>,
}

/// Escapes text for an HTML attribute value or text node.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// JSON that can stand inside `<script>`: every `<` becomes the JSON escape
/// `\u003c` (in JSON it only occurs inside strings), so neither `</script>`
/// nor `<!--` in the data can end or confuse the element.
pub fn json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The person a byline names: "Tin, ảnh: Hoàng Gia Hanh" → "Hoàng Gia
/// Hanh"; none for a newsroom's generic mark ("PV", "Nhóm PV", "CTV"),
/// which names no one.
pub fn byline_author(byline: &str) -> Option<&str> {
    let name = byline
        .split_once(':')
        .map_or(byline, |(_, name)| name)
        .trim();
    let generic = [
        "pv",
        "p.v",
        "nhóm pv",
        "phóng viên",
        "nhóm phóng viên",
        "ctv",
        "btv",
    ];
    (!name.is_empty() && !generic.contains(&name.to_lowercase().as_str())).then_some(name)
}

impl HeadTags<'_> {
    /// The full document title: "Page | Site".
    pub fn document_title(&self) -> String {
        page_title(self.title, &self.site.name)
    }

    /// The absolute URL of the page, if it has one.
    pub fn canonical_url(&self) -> Option<String> {
        self.path.map(|path| self.site.url(path))
    }

    /// The tags, one per line, to put in `<head>` (the `<title>` included).
    pub fn to_html(&self) -> String {
        let title = escape_html(&self.document_title());
        let description = escape_html(self.description);
        let site_name = escape_html(&self.site.name);
        let mut tags = vec![
            format!("<title>{title}</title>"),
            format!(r#"<meta name="description" content="{description}">"#),
        ];
        match self.canonical_url() {
            Some(url) => {
                let url = escape_html(&url);
                tags.push(format!(r#"<link rel="canonical" href="{url}">"#));
                tags.push(format!(r#"<meta property="og:url" content="{url}">"#));
            }
            None => tags.push(r#"<meta name="robots" content="noindex">"#.to_owned()),
        }
        let og_type = match self.kind {
            PageKind::Website | PageKind::Dataset { .. } => "website",
            PageKind::Article(_) => "article",
        };
        let og_title = escape_html(if self.title.is_empty() {
            &self.site.name
        } else {
            self.title
        });
        tags.extend([
            format!(r#"<meta property="og:type" content="{og_type}">"#),
            format!(r#"<meta property="og:title" content="{og_title}">"#),
            format!(r#"<meta property="og:description" content="{description}">"#),
            format!(r#"<meta property="og:site_name" content="{site_name}">"#),
            r#"<meta property="og:locale" content="vi_VN">"#.to_owned(),
        ]);
        // X reads title, description and image from the Open Graph tags
        // where its own are absent; only the card's kind and the image's
        // words are its own. (Bytes count: the article's first response.)
        match self.image {
            Some(image) => {
                let (url, alt) = (escape_html(&image.url), escape_html(&image.alt));
                tags.extend([
                    format!(r#"<meta property="og:image" content="{url}">"#),
                    format!(
                        r#"<meta property="og:image:width" content="{}">"#,
                        image.width
                    ),
                    format!(
                        r#"<meta property="og:image:height" content="{}">"#,
                        image.height
                    ),
                    format!(r#"<meta property="og:image:alt" content="{alt}">"#),
                    r#"<meta name="twitter:card" content="summary_large_image">"#.to_owned(),
                    format!(r#"<meta name="twitter:image:alt" content="{alt}">"#),
                ]);
            }
            None => tags.push(r#"<meta name="twitter:card" content="summary">"#.to_owned()),
        }
        let json_ld = match self.kind {
            PageKind::Website => None,
            PageKind::Article(article) => {
                let published = article.published.to_string();
                tags.push(format!(
                    r#"<meta property="article:published_time" content="{published}">"#
                ));
                let modified = article.updated.unwrap_or(article.published).to_string();
                tags.push(format!(
                    r#"<meta property="article:modified_time" content="{modified}">"#
                ));
                Some(self.news_article_json(article))
            }
            PageKind::Dataset {
                view,
                csv,
                article,
                oembed,
            } => {
                tags.push(format!(
                    r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}">"#,
                    escape_html(&self.site.url(oembed)),
                    escape_html(&view.title)
                ));
                Some(self.dataset_json(view, csv, article))
            }
        };
        if let Some(json) = json_ld {
            tags.push(format!(
                r#"<script type="application/ld+json">{}</script>"#,
                json_for_script(&json)
            ));
        }
        tags.join("\n")
    }

    /// JSON-LD `Dataset` (schema.org) for a dataset's page: what it is, who
    /// made it, when, under which licence, and its CSV.
    fn dataset_json(&self, view: &ChartView, csv: &str, article: &str) -> String {
        let mut value = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Dataset",
            "name": view.title,
            "description": view.description,
            "inLanguage": "vi",
            "datePublished": view.article_published.to_string(),
            "creator": { "@type": "Organization", "name": self.site.name, "url": self.site.base_url },
            "license": self.site.license.url,
            "isBasedOn": self.site.url(article),
            "distribution": [{
                "@type": "DataDownload",
                "encodingFormat": "text/csv",
                "contentUrl": self.site.url(csv),
            }],
        });
        self.add_image(&mut value);
        if let Some(url) = self.canonical_url() {
            value["url"] = serde_json::Value::String(url);
        }
        value.to_string()
    }

    /// The preview picture as JSON-LD `image`, if the page has one.
    fn add_image(&self, value: &mut serde_json::Value) {
        if let Some(image) = self.image {
            value["image"] = serde_json::json!({
                "@type": "ImageObject",
                "url": image.url,
                "width": image.width,
                "height": image.height,
            });
        }
    }

    /// JSON-LD `NewsArticle` (schema.org) for an article page.
    fn news_article_json(&self, article: &Article) -> String {
        let mut value = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "description": article.lead,
            "datePublished": article.published.to_string(),
            "dateModified": article.updated.unwrap_or(article.published).to_string(),
            "inLanguage": "vi",
            "articleSection": article.category.name,
            "publisher": { "@type": "Organization", "name": self.site.name, "url": self.site.base_url },
        });
        if let Some(name) = article.byline.as_deref().and_then(byline_author) {
            value["author"] = serde_json::json!({ "@type": "Person", "name": name });
        }
        if let Some(source) = &article.source_url {
            value["isBasedOn"] = serde_json::Value::String(source.clone());
        }
        self.add_image(&mut value);
        if let Some(url) = self.canonical_url() {
            value["mainEntityOfPage"] = serde_json::Value::String(url.clone());
            value["url"] = serde_json::Value::String(url);
        }
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::License;

    fn site() -> Site {
        Site {
            format_version: 1,
            name: "Tin & Số".into(),
            tagline: "t".into(),
            description: "Mô tả \"trang\"".into(),
            base_url: "https://tinvaso.example".into(),
            license: License {
                name: "CC BY 4.0".into(),
                url: "https://creativecommons.org/licenses/by/4.0/".into(),
            },
        }
    }

    #[test]
    fn escapes_text_for_html() {
        assert_eq!(
            escape_html(r#"<b>"Tin" & 'Số'</b>"#),
            "&lt;b&gt;&quot;Tin&quot; &amp; &#39;Số&#39;&lt;/b&gt;"
        );
        let safe = json_for_script(r#"{"a":"</script><!--<script>"}"#);
        assert_eq!(safe, r#"{"a":"\u003c/script>\u003c!--\u003cscript>"}"#);
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["a"], "</script><!--<script>");
    }

    #[test]
    fn authors_come_from_the_byline() {
        assert_eq!(
            byline_author("Tin, ảnh: Hoàng Gia Hanh"),
            Some("Hoàng Gia Hanh")
        );
        assert_eq!(byline_author("Hoàng Gia Hanh"), Some("Hoàng Gia Hanh"));
        assert_eq!(byline_author("Ảnh: S.C"), Some("S.C"));
        assert_eq!(byline_author("PV"), None);
        assert_eq!(byline_author("Nhóm PV"), None);
    }

    #[test]
    fn the_home_page_head() {
        let site = site();
        let head = HeadTags {
            site: &site,
            title: "",
            description: &site.description,
            path: Some("/"),
            kind: PageKind::Website,
            image: None,
        };
        let html = head.to_html();
        assert!(html.starts_with("<title>Tin &amp; Số</title>\n"));
        assert!(html.contains(r#"<meta name="description" content="Mô tả &quot;trang&quot;">"#));
        assert!(html.contains(r#"<link rel="canonical" href="https://tinvaso.example/">"#));
        assert!(html.contains(r#"<meta property="og:type" content="website">"#));
        assert!(html.contains(r#"<meta property="og:locale" content="vi_VN">"#));
        assert!(!html.contains("ld+json"));
    }

    #[test]
    fn the_not_found_page_is_not_indexed() {
        let site = site();
        let head = HeadTags {
            site: &site,
            title: "Không tìm thấy trang",
            description: "x",
            path: None,
            kind: PageKind::Website,
            image: None,
        };
        let html = head.to_html();
        assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
        assert!(!html.contains("canonical"));
    }

    fn article(byline: Option<&str>, source_url: Option<&str>) -> Article {
        Article {
            format_version: 1,
            slug: "bai-thu".into(),
            title: "Bài thử".into(),
            published: crate::Timestamp::parse("2024-01-02T08:00:00+07:00").unwrap(),
            category: crate::Category {
                slug: "thu".into(),
                name: "Thử".into(),
            },
            lead: "Câu dẫn.".into(),
            body: vec![crate::Block::Paragraph {
                text: "Câu dẫn.".into(),
            }],
            byline: byline.map(str::to_owned),
            credit: None,
            agency: None,
            source_url: source_url.map(str::to_owned),
            updated: None,
        }
    }

    /// The JSON-LD of an article page, parsed.
    fn json_ld(article: &Article) -> serde_json::Value {
        let site = site();
        let head = HeadTags {
            site: &site,
            title: &article.title,
            description: &article.lead,
            path: Some("/bai-viet/bai-thu"),
            kind: PageKind::Article(article),
            image: None,
        };
        let html = head.to_html();
        let start = html.find(r#"<script type="application/ld+json">"#).unwrap();
        let json = &html[start + r#"<script type="application/ld+json">"#.len()..];
        serde_json::from_str(&json[..json.find("</script>").unwrap()]).unwrap()
    }

    #[test]
    fn an_article_names_its_author_and_source_only_when_it_has_them() {
        let named = json_ld(&article(
            Some("Tin, ảnh: Lê Minh Tâm"),
            Some("https://example.vn/a"),
        ));
        assert_eq!(named["author"]["name"], "Lê Minh Tâm");
        assert_eq!(named["isBasedOn"], "https://example.vn/a");
        let unsigned = json_ld(&article(None, None));
        assert!(unsigned.get("author").is_none(), "{unsigned}");
        assert!(unsigned.get("isBasedOn").is_none());
        // A newsroom's mark names no person.
        assert!(json_ld(&article(Some("PV"), None)).get("author").is_none());
    }
}
