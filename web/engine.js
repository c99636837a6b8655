// Trackside engine loader, shared by the hosted page (boot.js) and the embed (embed.js). Not a file of the site:
// the build (tools/minify/assemble.mjs) puts this fragment and one of those two into one function, written as
// target/dist/boot.js and target/dist/trackside-embed.js, so both choose the engine the same way.
//
// It starts the WebAssembly (WasmGC) engine where the browser has it, else the JavaScript build of the same Java
// code; a wasm module that fails to load or compile falls back to JS instead of showing an error. ?engine=js or
// ?engine=wasm forces one (tests, benchmarks). The engine is loaded once per page, and each viewer root is then
// mounted on it (BrowserMain.mount). The page gets one global, `Trackside`: the build wraps TeaVM's wasm runtime
// (which would define `TeaVM`) and the JS engine (which would define `main` and `mount`, or call an AMD `define`)
// so that they leave their exports there instead.
// In the single-file offline page (offline-template.html) boot.js is inline and the engines and the schedule are
// elements of the page: script#trackside-wasm (base64), #trackside-js (text) and #trackside-schedule (JSON).
var ns = self.Trackside || (self.Trackside = {});
var base = document.currentScript && document.currentScript.src ? new URL('.', document.currentScript.src).href : '';
var web = /^https?:$/.test(location.protocol);
// A module declaring one GC struct type: validates only where WasmGC is supported.
var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 120, 0]);
var roots = [];

// Start fetching the schedule now, while the engine loads, and leave the answer on the root element for the
// viewer (ScheduleLoader takes it) instead of letting it ask only once the engine runs. The URL rule (?src=,
// else data-src) is ScheduleViewer.start's, repeated by the callers; an address it does not expect is fetched again
// there. In the offline page the schedule is inline, answered as if fetched. The loaded text stays on the root as
// tracksideSchedule for "Save for offline" (offline.js).
function prefetch(root, href) {
  if (!href) return;
  var answer = null;
  var waiting = [];
  var inline = embedded('schedule');
  (inline && inline.getAttribute('data-src') === href
    ? Promise.resolve([200, '', inline.textContent])
    : fetch(href).then(function (response) {
      return response.text().then(function (text) { return [response.status, response.statusText, text]; });
    })
  ).then(null, function () {
    return [0, '', null];
  }).then(function (result) {
    answer = result;
    if (result[0] === 200) root.tracksideSchedule = {url: href, text: result[2]};
    waiting.forEach(function (take) { take(result[0], result[1], result[2]); });
  });
  root.tracksidePrefetch = {
    url: href,
    take: function (take) {
      if (answer) take(answer[0], answer[1], answer[2]);
      else waiting.push(take);
    }
  };
}

function embedded(name) {
  return document.getElementById('trackside-' + name);
}

function hasWasmGc() {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(GC_PROBE);
  } catch (e) {
    return false;
  }
}

function script(src) {
  return new Promise(function (resolve, reject) {
    var s = document.createElement('script');
    s.src = base + src;
    s.onload = resolve;
    s.onerror = function () { reject(new Error('could not load ' + src)); };
    document.head.appendChild(s);
  });
}

// Last resort when no engine runs: the viewer's own error display is part of the engine.
function fail(root, e) {
  console.error('Trackside could not start:', e);
  var alert = root.querySelector('[data-role=alert]');
  alert.textContent = 'The schedule viewer could not start: ' + (e && e.message ? e.message : e);
  alert.setAttribute('role', 'alert');
  alert.hidden = false;
  root.setAttribute('data-state', 'error');
}

function startJs() {
  var inline = embedded('js');
  // Inline, the build is text (any end tag of a script in it escaped with a backslash: the same in JavaScript).
  return (inline ? new Promise(function (resolve) {
    var s = document.createElement('script');
    s.textContent = inline.textContent;
    document.head.appendChild(s);
    resolve();
  }) : script('trackside.js')).then(function () { return {name: 'js', mount: ns.js.mount}; });
}

function startWasm() {
  var url = base + 'trackside.wasm';
  // A URL lets the loader compile while the module streams in, and lets the browser keep the compiled code in
  // its cache for the next visit (Chrome does so for streamed modules over 128 KB): repeat visits skip the
  // baseline compile. Given a URL, though, TeaVM's loader takes any page with a global `process` for Node.js,
  // so such pages (an embed's host may define one) get the bytes instead.
  var inline = embedded('wasm');
  var source = inline ? Promise.resolve(inline.textContent).then(function (text) {
    var bytes = atob(text), array = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
    return array;
  }) : typeof process === 'undefined' ? Promise.resolve(url) : fetch(url).then(function (r) {
    if (!r.ok) throw new Error('trackside.wasm: HTTP ' + r.status);
    return r.arrayBuffer();
  }).then(function (buffer) { return new Uint8Array(buffer); });
  var runtime = ns.TeaVM && ns.TeaVM.wasmGC ? null : script('classes.wasm-runtime.js');
  return Promise.all([source, runtime])
    .then(function (loaded) { return ns.TeaVM.wasmGC.load(loaded[0]); })
    .then(function (teavm) { return {name: 'wasm', mount: teavm.exports.mount}; });
}

// The page's engine, loaded on the first call and shared by every viewer after it (kept on the namespace: a page
// with both boot.js and trackside-embed.js loads it once too): a promise of {name, mount}.
function loadEngine() {
  if (!ns.engine) {
    var forced = new URLSearchParams(location.search).get('engine');
    ns.engine = forced !== 'js' && (forced === 'wasm' || hasWasmGc())
      ? startWasm().catch(function (e) {
        console.warn('Trackside: WebAssembly engine unavailable, using JavaScript.', e);
        return startJs();
      })
      : startJs();
    // A page's first Intl.DateTimeFormat loads the browser's date and zone data: 20-40 ms measured here. Paid now,
    // while the engine loads and compiles, instead of on the way to the first frame (the viewer's clock format).
    try {
      new Intl.DateTimeFormat(document.documentElement.lang || undefined,
        {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'}).format(0);
    } catch (e) { /* the viewer reports what it cannot format */ }
  }
  return ns.engine;
}

// Shows a viewer in root (which holds index.html's viewer markup), reading the schedule at href. The promise
// gives the engine's name, or undefined when no engine could start.
function start(root, href) {
  roots.push(root);
  prefetch(root, href);
  return loadEngine().then(function (loaded) {
    performance.mark('trackside-engine');
    root.setAttribute('data-engine', loaded.name);
    try {
      loaded.mount(root);
    } catch (e) {
      fail(root, e);
    }
    return loaded.name;
  }, function (e) {
    fail(root, e);
  });
}

// Safety net: an error the viewer did not catch (a wasm trap cannot be caught in Java) still ends in a message
// rather than a viewer stuck on "loading". Errors after a viewer is ready are logged only: it keeps working.
window.addEventListener('error', function (event) {
  roots.forEach(function (root) {
    var state = root.getAttribute('data-state');
    if (state !== 'ready' && state !== 'error' && root.hasAttribute('data-engine')) {
      fail(root, new Error('internal error: ' + (event.error && event.error.message || event.message)));
    }
  });
});
