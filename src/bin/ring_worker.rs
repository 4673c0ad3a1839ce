//! The ring worker: the same ring code as the page, run in a Web Worker so hashing and placing
//! a large key set never blocks the page (see `ringlock::ring::worker`). Trunk builds it with
//! index.html's `<link data-trunk rel="rust" data-type="worker" data-bin="ring_worker" …>`.

#[cfg(target_arch = "wasm32")]
fn main() {
    ringlock::ring::worker::serve::serve();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ring_worker runs in a browser's Web Worker: build the site with trunk");
}
