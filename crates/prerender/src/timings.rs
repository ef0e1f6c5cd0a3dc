//! Where a build's time goes, step by step, printed to stderr when
//! `TINSO_TIMINGS` is set (scripts/bench sets it): for finding what to make
//! faster, never part of the output.

use std::time::Instant;

pub struct Timings {
    last: Instant,
    on: bool,
}

impl Timings {
    pub fn new() -> Timings {
        Timings {
            last: Instant::now(),
            on: std::env::var_os("TINSO_TIMINGS").is_some(),
        }
    }

    /// Prints the time since the last step (or the start) for `step`.
    pub fn lap(&mut self, step: &str) {
        let now = Instant::now();
        if self.on {
            eprintln!("  {:>7.2} s  {step}", (now - self.last).as_secs_f64());
        }
        self.last = now;
    }
}
