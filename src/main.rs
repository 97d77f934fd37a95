//! The wasm entry point: starts the widget on the page that loads it (`lib::start`).

fn main() {
    leadership_radar::start();
}
