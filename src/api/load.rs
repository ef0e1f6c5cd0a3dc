//! The loading state a page renders from, and the effect that fills it.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::FetchError;

/// Where a data request stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(FetchError),
}

/// Fetches with `fetch(key())`, again whenever `key` changes (a new slug)
/// and whenever the returned callback is run (the "Thử lại" button).
/// Starts from `initial`; unless that is `Loading`, the first fetch is
/// skipped (the page came with its data).
///
/// A signal and a spawned task instead of `LocalResource` + `<Suspense>`:
/// the same behaviour for less wasm (docs/budget.md). A late answer to an
/// older request is ignored.
pub fn load<K, T, Fut>(
    key: impl Fn() -> K + 'static,
    fetch: impl Fn(K) -> Fut + 'static,
    initial: Load<T>,
) -> (ReadSignal<Load<T>>, Callback<()>)
where
    K: 'static,
    T: Send + Sync + 'static,
    Fut: Future<Output = Result<T, FetchError>> + 'static,
{
    let mut preloaded = !matches!(initial, Load::Loading);
    let (state, set_state) = signal(initial);
    let (attempt, set_attempt) = signal(0_u32);
    let latest = Rc::new(Cell::new(0_u32));
    let fetch = Rc::new(fetch);
    Effect::new(move |_| {
        attempt.track();
        let key = key();
        if std::mem::take(&mut preloaded) {
            return;
        }
        let request = fetch(key);
        let generation = latest.get().wrapping_add(1);
        latest.set(generation);
        set_state.set(Load::Loading);
        let latest = Rc::clone(&latest);
        spawn_local(async move {
            let result = request.await;
            if latest.get() == generation {
                set_state.set(match result {
                    Ok(value) => Load::Ready(value),
                    Err(error) => Load::Failed(error),
                });
            }
        });
    });
    (
        state,
        Callback::new(move |()| set_attempt.update(|n| *n += 1)),
    )
}
