//! Browser entry point: start the app (in debug builds, with panics
//! reported to the console first).

fn main() {
    // A release build leaves it out: a panic there ends in the trap that
    // `panic = "abort"` makes, without its message. The hook and its
    // formatting cost the app 988 B brotli.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    #[cfg(target_arch = "wasm32")]
    tinso::mount();
}
