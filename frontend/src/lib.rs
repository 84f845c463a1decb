//! The browser entry point: hydrates the islands of a server-rendered page.
// Linking the app crate registers its islands with wasm-bindgen.
#[allow(unused_imports)]
use app::*;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
