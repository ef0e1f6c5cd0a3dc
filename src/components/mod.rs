//! Views that are functions of their data: no fetching here, so the same
//! component can be rendered from any source of data.

pub mod archive;
pub mod article;
pub mod article_list;
pub mod charts;
pub mod embed;
pub mod head;
pub mod layout;
pub mod search;
pub mod share;
pub mod status;
