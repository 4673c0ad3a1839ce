//! The messages between the page and the ring worker, as plain JS objects. Key arrays travel
//! as typed arrays whose buffers are transferred, not copied or serialised.

use js_sys::{Array, BigUint64Array, Object, Reflect, Uint32Array, Uint8Array};
use ringlock_core::KeyParts;
use wasm_bindgen::{JsCast, JsValue};

/// What the worker says.
pub enum FromWorker {
    /// Started and listening: the page may send its job.
    Ready,
    /// Keys hashed so far.
    Progress(u64, usize),
    /// The keys, placed, still in the worker's buffers.
    Done(u64, Arrived),
    /// The scenario could not be built (the page then builds it itself and reports why).
    Failed(u64, String),
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn message(kind: &str, id: u64) -> Object {
    let object = Object::new();
    set(&object, "kind", &JsValue::from_str(kind));
    set(&object, "id", &JsValue::from_f64(id as f64));
    object
}

/// The page's job: build the scenario of this fragment.
pub fn job(id: u64, fragment: &str) -> JsValue {
    let object = message("job", id);
    set(&object, "fragment", &JsValue::from_str(fragment));
    object.into()
}

/// The job in a message from the page, if it is one.
pub fn read_job(value: &JsValue) -> Option<(u64, String)> {
    (get(value, "kind").as_string()? == "job")
        .then(|| {
            Some((
                get(value, "id").as_f64()? as u64,
                get(value, "fragment").as_string()?,
            ))
        })
        .flatten()
}

/// "Ready".
pub fn ready() -> JsValue {
    message("ready", 0).into()
}

/// Keys hashed so far.
pub fn progress(id: u64, hashed: usize) -> JsValue {
    let object = message("progress", id);
    set(&object, "hashed", &JsValue::from_f64(hashed as f64));
    object.into()
}

/// Why the job failed.
pub fn failed(id: u64, why: &str) -> JsValue {
    let object = message("failed", id);
    set(&object, "why", &JsValue::from_str(why));
    object.into()
}

/// The placed keys, and the buffers to transfer with them.
pub fn done(id: u64, parts: &KeyParts) -> (JsValue, Array) {
    let object = message("done", id);
    let transfer = Array::new();
    let put = |key: &str, array: JsValue, buffer: JsValue| {
        set(&object, key, &array);
        transfer.push(&buffer);
    };
    let bytes = |v: &[u8]| {
        let a = Uint8Array::from(v);
        let b = a.buffer().into();
        (a.into(), b)
    };
    let words = |v: &[u32]| {
        let a = Uint32Array::from(v);
        let b = a.buffer().into();
        (a.into(), b)
    };
    let longs = |v: &[u64]| {
        let a = BigUint64Array::from(v);
        let b = a.buffer().into();
        (a.into(), b)
    };
    let (a, b) = bytes(parts.arena.as_bytes());
    put("arena", a, b);
    let (a, b) = words(&parts.ends);
    put("ends", a, b);
    let (a, b) = longs(&parts.positions);
    put("positions", a, b);
    let (a, b) = bytes(&parts.articles);
    put("articles", a, b);
    let (a, b) = longs(&parts.sorted_pos);
    put("sortedPos", a, b);
    let (a, b) = words(&parts.sorted_id);
    put("sortedId", a, b);
    let (a, b) = words(&parts.owner);
    put("owner", a, b);
    (object.into(), transfer)
}

fn typed<T: JsCast>(value: &JsValue, key: &str) -> Result<T, String> {
    get(value, key)
        .dyn_into::<T>()
        .map_err(|_| format!("the worker's {key} is not the expected typed array"))
}

/// Read a message from the worker.
pub fn read(value: &JsValue) -> Result<FromWorker, String> {
    let id = get(value, "id").as_f64().unwrap_or(0.0) as u64;
    match get(value, "kind").as_string().as_deref() {
        Some("ready") => Ok(FromWorker::Ready),
        Some("progress") => Ok(FromWorker::Progress(
            id,
            get(value, "hashed").as_f64().unwrap_or(0.0) as usize,
        )),
        Some("failed") => Ok(FromWorker::Failed(
            id,
            get(value, "why").as_string().unwrap_or_default(),
        )),
        Some("done") => Ok(FromWorker::Done(
            id,
            Arrived {
                message: value.clone(),
                longs: None,
            },
        )),
        _ => Err("a message the page does not know".to_string()),
    }
}

/// The keys of a `done` message, copied into the page's memory in two steps, each meant for a
/// task of its own: at a million keys the copy is ≈ 29 MB, which in one task held the main
/// thread for ≈ 30 ms.
pub struct Arrived {
    message: JsValue,
    /// The 8-byte arrays (positions, sorted positions), once the first step copied them.
    longs: Option<(Vec<u64>, Vec<u64>)>,
}

impl Arrived {
    /// Copy the next part: `Ok(None)` after the first step (the 8-byte arrays, more than half
    /// the bytes), the whole [`KeyParts`] after the second.
    pub fn step(&mut self) -> Result<Option<KeyParts>, String> {
        let value = &self.message;
        let Some((positions, sorted_pos)) = self.longs.take() else {
            self.longs = Some((
                typed::<BigUint64Array>(value, "positions")?.to_vec(),
                typed::<BigUint64Array>(value, "sortedPos")?.to_vec(),
            ));
            return Ok(None);
        };
        let arena = String::from_utf8(typed::<Uint8Array>(value, "arena")?.to_vec())
            .map_err(|_| "the worker's key names are not UTF-8".to_string())?;
        Ok(Some(KeyParts {
            arena,
            ends: typed::<Uint32Array>(value, "ends")?.to_vec(),
            positions,
            articles: typed::<Uint8Array>(value, "articles")?.to_vec(),
            sorted_pos,
            sorted_id: typed::<Uint32Array>(value, "sortedId")?.to_vec(),
            owner: typed::<Uint32Array>(value, "owner")?.to_vec(),
        }))
    }
}
