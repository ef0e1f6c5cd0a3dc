//! The home page: the newest articles.

use tinso::api::PageData;
use tinso::href;
use tinso_content::site::Content;
use tinso_model::archive::latest;
use tinso_model::head::{HeadTags, PageKind};
use tinso_model::route::LATEST_FILE;

use crate::previews;
use crate::render::{to_json, Shell};
use crate::site::OutputFile;

/// `index.html` and the list it shows, `data/` [`LATEST_FILE`].
pub fn pages(shell: &Shell, content: &Content) -> Vec<OutputFile> {
    let site = &content.site;
    let home_path = href("/");
    let home = HeadTags {
        site,
        title: "",
        description: &site.description,
        path: Some(&home_path),
        kind: PageKind::Website,
        image: Some(&previews::site_card(&content.site)),
    };
    // The newest articles only: the home page does not grow with the archive.
    let latest = latest(&content.index);
    let latest_json = to_json(&latest);
    let preloaded = PageData::Home(latest);
    vec![
        OutputFile {
            file: "index.html".into(),
            html: shell.page(&home, "/", preloaded),
        },
        OutputFile {
            file: format!("data/{LATEST_FILE}"),
            html: latest_json,
        },
    ]
}
