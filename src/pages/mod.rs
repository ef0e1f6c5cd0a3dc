//! One file per route. Pages fetch their data and hand it to components.

pub mod article;
pub mod home;
pub mod not_found;
