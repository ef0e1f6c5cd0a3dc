//! One file per route. Pages fetch their data and hand it to components.

pub mod article;
pub mod dataset;
pub mod datasets;
pub mod home;
pub mod not_found;
pub mod search;
