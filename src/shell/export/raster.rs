//! The picture as a PNG: the SVG document drawn on an offscreen canvas at [`PNG_SCALE`] times
//! its size (an `Image` read from a `blob:` URL, which the page's `img-src` allows), then saved
//! through another `blob:` URL and an `<a download>`.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement};

use super::picture::PNG_SCALE;
use crate::ui::download::download_blob;

/// Whether the export worked, told once.
type Report = Rc<Cell<Option<Box<dyn FnOnce(bool)>>>>;

/// The PNG's pixel size for an SVG of `size` user units.
pub fn png_size(size: (f64, f64)) -> (u32, u32) {
    (
        (size.0 * PNG_SCALE).round() as u32,
        (size.1 * PNG_SCALE).round() as u32,
    )
}

/// Draw `svg` (a document of `size` user units) and save it as `file_name`; `done` is told
/// whether it worked (it runs later: the image loads asynchronously).
pub fn save_png(svg: &str, size: (f64, f64), file_name: &str, done: impl FnOnce(bool) + 'static) {
    let (w, h) = png_size(size);
    let url = ObjectUrl::from(Blob::new_with_options(svg, Some("image/svg+xml")));
    let Ok(image) = HtmlImageElement::new() else {
        return done(false);
    };
    let name = file_name.to_string();
    let href = url.to_string();
    // Whichever comes first (error, a refused canvas, the saved file) reports, once.
    let report: Report = Rc::new(Cell::new(Some(Box::new(done))));
    let tell = |report: &Report, ok: bool| {
        if let Some(done) = report.take() {
            done(ok);
        }
    };
    let on_error = {
        let report = report.clone();
        EventListener::once(&image, "error", move |_| tell(&report, false))
    };
    let loaded = image.clone();
    let on_load = EventListener::once(&image, "load", move |_| {
        // The URL stays alive until the image has been read.
        drop(url);
        let Some(canvas) = draw(&loaded, w, h) else {
            return tell(&report, false);
        };
        let later = report.clone();
        let callback = Closure::once_into_js(move |blob: JsValue| {
            let saved = blob
                .dyn_into::<web_sys::Blob>()
                .ok()
                .is_some_and(|b| download_blob(&name, Blob::from(b)).is_ok());
            tell(&later, saved);
        });
        if canvas.to_blob(callback.unchecked_ref()).is_err() {
            tell(&report, false);
        }
    });
    image.set_width(w);
    image.set_height(h);
    image.set_src(&href);
    // Each listener fires at most once and holds only this export's image and data.
    std::mem::forget((on_load, on_error));
}

fn draw(image: &HtmlImageElement, w: u32, h: u32) -> Option<HtmlCanvasElement> {
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        image,
        0.0,
        0.0,
        f64::from(w),
        f64::from(h),
    )
    .ok()?;
    Some(canvas)
}
