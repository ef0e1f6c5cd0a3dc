//! The pages shown in place of another: the 404 page, for an address that
//! names no page, and the offline page, which the service worker shows for
//! a page never read when there is no network.

use tinso::api::PageData;
use tinso_content::site::Content;
use tinso_model::head::{HeadTags, PageKind};
use tinso_model::route::{NOT_FOUND_FILE, NOT_FOUND_ROUTE, OFFLINE_ROUTE};

use super::index_file;
use crate::render::Shell;
use crate::site::OutputFile;

/// `404.html`.
pub fn not_found(shell: &Shell, content: &Content) -> Vec<OutputFile> {
    let head = HeadTags {
        site: &content.site,
        title: tinso::pages::not_found::TITLE,
        description: tinso::pages::not_found::DESCRIPTION,
        path: None,
        kind: PageKind::Website,
        image: None,
    };
    vec![OutputFile {
        file: NOT_FOUND_FILE.into(),
        html: shell.page(&head, NOT_FOUND_ROUTE, PageData::NotFound),
    }]
}

/// What the service worker shows for a page never read, offline.
pub fn offline(shell: &Shell, content: &Content) -> Vec<OutputFile> {
    let head = HeadTags {
        site: &content.site,
        title: tinso::pages::offline::TITLE,
        description: tinso::pages::offline::DESCRIPTION,
        path: None,
        kind: PageKind::Website,
        image: None,
    };
    vec![OutputFile {
        file: index_file(OFFLINE_ROUTE),
        html: shell.page(&head, OFFLINE_ROUTE, PageData::Empty),
    }]
}
