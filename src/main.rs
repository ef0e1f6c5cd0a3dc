//! Browser entry point: start the app (in debug builds, with panics
//! reported to the console first).

fn main() {
    // A release build reports a panic as the error it ends in ("unreachable"),
    // without the message: the hook and its formatting cost the app 1 KB
    // (988 B brotli) of its 120 KB wasm budget.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    tinso::mount();
}
