//! Style rules written at run time, for a rule a class cannot express because its selector
//! names a value only known at run time (which of the ring's nodes is lit).
//!
//! The page's policy (`style-src 'self'`, index.html) blocks `<style>` elements and `style`
//! attributes, whether in the HTML or set by script. It does not govern the CSSOM: a constructed
//! `CSSStyleSheet` adopted by the document, like `element.style` (what `~style` in `html!`
//! sets), is allowed. (Dynamic values in one element's declarations use `~style`.)

use wasm_bindgen::JsValue;
use web_sys::CssStyleSheet;
use yew::prelude::*;

/// Keep `rules` (CSS text; empty for none) in the page while the component is mounted. Where
/// the browser cannot construct style sheets the rules are left out: the page still works.
#[hook]
pub fn use_style_sheet(rules: String) {
    let sheet = use_memo((), |_| CssStyleSheet::new().ok());
    {
        let sheet = sheet.clone();
        use_effect_with((), move |_| {
            adopt(sheet.as_ref().as_ref(), true);
            move || adopt(sheet.as_ref().as_ref(), false)
        });
    }
    use_effect_with(rules, move |rules| {
        if let Some(sheet) = sheet.as_ref() {
            // A rule the browser cannot parse is dropped by it, as in a CSS file.
            let _ = sheet.replace_sync(rules);
        }
    });
}

/// Add `sheet` to (or remove it from) the document's adopted sheets. A new array is assigned:
/// older browsers expose the list as a frozen array that cannot be changed in place.
fn adopt(sheet: Option<&CssStyleSheet>, on: bool) {
    let (Some(sheet), Some(document)) = (sheet, web_sys::window().and_then(|w| w.document()))
    else {
        return;
    };
    let mine: &JsValue = sheet.as_ref();
    let list = js_sys::Array::new();
    for other in document.adopted_style_sheets().iter() {
        if other != *mine {
            list.push(&other);
        }
    }
    if on {
        list.push(mine);
    }
    document.set_adopted_style_sheets(&list);
}
