//! One file per route. Pages fetch their data and hand it to components.

pub mod article;
pub mod dataset;
pub mod datasets;
pub mod home;
pub mod not_found;
#[cfg(not(target_arch = "wasm32"))]
pub mod offline;
pub mod search;
