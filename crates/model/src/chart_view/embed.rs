//! Embedding a chart in another site's page: the code to paste (an iframe
//! of `/nhung/<id>` and a few lines that fit its height to the chart, told
//! by the embed page with `postMessage`), and the oEmbed description that
//! lets a CMS do the same from the dataset page's address.

use serde::{Deserialize, Serialize};

use super::card::{CARD_HEIGHT, CARD_WIDTH};
use super::ChartView;
use crate::article::Site;
use crate::head::escape_html;

/// The message an embed page sends its parent: `{type, height}`.
pub const HEIGHT_MESSAGE: &str = "tinso:height";

/// The width the code asks for at most; the frame is as wide as its column
/// below that.
pub const EMBED_MAX_WIDTH: u32 = 720;

/// The frame's height before the embed page tells it its own: the chart
/// at its widest, with its title, description and source.
pub fn embed_height(view: &ChartView) -> u32 {
    let chart = f64::from(view.height) * f64::from(EMBED_MAX_WIDTH) / f64::from(view.width);
    chart.round() as u32 + 260
}

/// The origin (scheme and host) of the site's address: what the code's
/// listener accepts messages from.
pub fn site_origin(site: &Site) -> &str {
    let after_scheme = site.base_url.find("://").map_or(0, |i| i + 3);
    match site.base_url[after_scheme..].find('/') {
        Some(slash) => &site.base_url[..after_scheme + slash],
        None => &site.base_url,
    }
}

/// The HTML another site pastes: the iframe, and a listener that sets its
/// height from the embed page's messages (only from the site's origin, and
/// only for the frame that sent it). `embed_url` is the absolute address of
/// `/nhung/<id>`.
pub fn embed_code(view: &ChartView, site: &Site, embed_url: &str) -> String {
    let title = escape_html(&format!("Biểu đồ: {} ({})", view.title, site.name));
    let origin = site_origin(site);
    format!(
        "<iframe src=\"{}\" title=\"{title}\" width=\"100%\" height=\"{}\" style=\"border:0;width:100%;max-width:{EMBED_MAX_WIDTH}px\" loading=\"lazy\" data-tinso-embed></iframe>\n<script>addEventListener(\"message\",function(e){{if(e.origin!==\"{origin}\"||!e.data||e.data.type!==\"{HEIGHT_MESSAGE}\")return;document.querySelectorAll(\"iframe[data-tinso-embed]\").forEach(function(f){{if(f.contentWindow===e.source)f.style.height=e.data.height+\"px\"}})}})</script>",
        escape_html(embed_url),
        embed_height(view),
    )
}

/// `/nhung/<id>.oembed.json`: oEmbed 1.0, type `rich`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OEmbed {
    pub version: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub provider_name: String,
    pub provider_url: String,
    pub html: String,
    pub width: u32,
    pub height: u32,
    pub thumbnail_url: String,
    pub thumbnail_width: u32,
    pub thumbnail_height: u32,
}

impl OEmbed {
    /// The oEmbed of `view`; `embed_url` as for [`embed_code`], `card_url`
    /// the absolute address of its preview card.
    pub fn build(view: &ChartView, site: &Site, embed_url: &str, card_url: &str) -> OEmbed {
        OEmbed {
            version: "1.0".into(),
            kind: "rich".into(),
            title: view.title.clone(),
            provider_name: site.name.clone(),
            provider_url: format!("{}/", site.base_url),
            html: embed_code(view, site, embed_url),
            width: EMBED_MAX_WIDTH,
            height: embed_height(view),
            thumbnail_url: card_url.to_owned(),
            thumbnail_width: CARD_WIDTH,
            thumbnail_height: CARD_HEIGHT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::License;

    fn site(base_url: &str) -> Site {
        Site {
            format_version: 1,
            name: "Tin & Số".into(),
            tagline: "t".into(),
            description: "d".into(),
            base_url: base_url.into(),
            license: License {
                name: "CC BY 4.0".into(),
                url: "https://creativecommons.org/licenses/by/4.0/".into(),
            },
        }
    }

    #[test]
    fn messages_are_taken_from_the_sites_origin_only() {
        assert_eq!(
            site_origin(&site("https://tinvaso.example")),
            "https://tinvaso.example"
        );
        assert_eq!(
            site_origin(&site("https://báo.example/tin")),
            "https://báo.example"
        );
        assert_eq!(
            site_origin(&site("http://127.0.0.1:8080")),
            "http://127.0.0.1:8080"
        );
    }
}
