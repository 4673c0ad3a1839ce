// Ringlock's wasm in two parts (crates/ringlock-split, scripts/split.mjs): the primary module
// has what the first views run; the secondary (`…_more.wasm`) has the rest and fills the
// primary's table of moved functions when it is instantiated. scripts/split.mjs puts this code
// at the top of trunk's loader (which csp-loader.mjs then moves into boot-*.js) and makes the
// loader call `ringlockSplitStart(init, …)` instead of `init(…)`.
//
// The secondary arrives one of three ways, recorded in `window.ringlockSplit.how`:
// - "eager": a link or a returning visitor opens on a view the primary does not cover, so the
//   secondary is fetched beside the primary and instantiated before the app's main runs;
// - "prefetch": a first visit fetches and compiles it (at low priority, off the main thread) as
//   soon as the app has started, and instantiates it when the browser is idle;
// - "demand": the primary called a moved function first; the `ringlock_split.load` import then
//   instantiates the compiled module if the prefetch has it already (`demandFrom: "prefetch"`),
//   or fetches it (synchronous XHR, the page frozen meanwhile) and compiles it on the spot
//   (`demandFrom: "request"`). e2e/93-bytes checks that a first visit never needs this (or
//   `make split-profile` is due).
const ringlockSplit = (window.ringlockSplit = { how: null, error: null, started: null, compiled: null });

async function ringlockSplitStart(init, { primary, secondary, eager }) {
  let exports = null;
  let compiled = null;
  let compiledModule = null;
  const compile = (priority) => {
    compiled ??= fetch(secondary, { priority }).then((response) => {
      if (!response.ok) throw new Error(`Ringlock could not load ${secondary} (HTTP ${response.status})`);
      const copy = response.clone();
      return WebAssembly.compileStreaming(response).catch(() => copy.arrayBuffer().then((b) => WebAssembly.compile(b)));
    }).then((module) => {
      ringlockSplit.compiled = performance.now();
      return (compiledModule = module);
    });
    return compiled;
  };
  const place = (module, how) => {
    if (ringlockSplit.how) return;
    new WebAssembly.Instance(module, { primary: exports });
    exports['s.loaded'].value = 1;
    ringlockSplit.how = how;
  };
  const loadNow = () => {
    if (ringlockSplit.how) return;
    ringlockSplit.demandStack = new Error().stack;
    if (compiledModule) {
      ringlockSplit.demandFrom = 'prefetch';
      place(compiledModule, 'demand');
      return;
    }
    ringlockSplit.demandFrom = 'request';
    const xhr = new XMLHttpRequest();
    xhr.open('GET', secondary, false);
    xhr.overrideMimeType('text/plain; charset=x-user-defined');
    xhr.send();
    if (xhr.status !== 200) throw new Error(`Ringlock could not load ${secondary} (HTTP ${xhr.status})`);
    const text = xhr.responseText;
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
    place(new WebAssembly.Module(bytes), 'demand');
  };
  if (eager) compile('high');

  // wasm-bindgen's init builds the imports and instantiates; the primary also imports
  // `ringlock_split.load`, added here, and its exports are kept for the secondary's imports.
  const streaming = WebAssembly.instantiateStreaming;
  const plain = WebAssembly.instantiate;
  const withLoad = (imports) => ({ ...imports, ringlock_split: { load: loadNow } });
  const keep = async (result) => {
    exports = (result.instance ?? result).exports;
    if (!exports['s.loaded']) ringlockSplit.how = 'whole';
    else if (eager) {
      // Without the rest the app can still start; a moved function then asks for it again.
      try {
        place(await compile('high'), 'eager');
      } catch (e) {
        ringlockSplit.error = String(e);
      }
    }
    return result;
  };
  WebAssembly.instantiateStreaming = (source, imports) => streaming.call(WebAssembly, source, withLoad(imports)).then(keep);
  WebAssembly.instantiate = (source, imports) => plain.call(WebAssembly, source, withLoad(imports)).then(keep);
  let wasm;
  try {
    wasm = await init({ module_or_path: primary });
  } finally {
    WebAssembly.instantiateStreaming = streaming;
    WebAssembly.instantiate = plain;
  }
  ringlockSplit.started = performance.now();
  if (!ringlockSplit.how) {
    // Fetched and compiled now, so that a click before the browser is idle finds it ready;
    // instantiated (on the main thread) only when idle.
    const ready = compile('low');
    ready.catch((e) => { ringlockSplit.error = String(e); });
    const prefetch = () => ready.then((m) => place(m, 'prefetch')).catch(() => {});
    if (window.requestIdleCallback) requestIdleCallback(prefetch, { timeout: 2000 });
    else setTimeout(prefetch, 100);
  }
  return wasm;
}
