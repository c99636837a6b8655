// Trackside engine loader, shared by the hosted page (boot.js) and the embed (embed.js). Not a file of the site:
// the build (tools/minify/assemble.mjs) puts this fragment and one of those two into one function, written as
// target/dist/boot.js and target/dist/trackside-embed.js, so both choose the engine the same way.
//
// It starts a WebAssembly (WasmGC) engine where the browser has it (trackside-own.wasm for a schedule in our own
// format, trackside.wasm for the rest: see OWN_FORMAT), else the JavaScript build of the same Java code; a wasm
// module that fails to load or compile falls back to JS instead of showing an error. ?engine=js or ?engine=wasm
// forces one (tests, benchmarks). Each engine is loaded at most once per page, and each viewer root is then
// mounted on the one its schedule needs (BrowserMain.mount, OwnFormatMain.mount). The page gets one global,
// `Trackside`: the build wraps TeaVM's wasm runtime (which would define `TeaVM`) and the JS engine (which would
// define `main` and `mount`, or call an AMD `define`) so that they leave their exports there instead.
// In the single-file offline page (offline-template.html) boot.js is inline and the engines and the schedule are
// elements of the page: script#trackside-wasm (base64), #trackside-js (text) and #trackside-schedule (JSON).
var ns = self.Trackside || (self.Trackside = {});
var base = document.currentScript && document.currentScript.src ? new URL('.', document.currentScript.src).href : '';
var web = /^https?:$/.test(location.protocol);
// A module declaring one GC struct type: validates only where WasmGC is supported.
var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 120, 0]);
var roots = [];

// Schedules that declare our own format first thing, as TracksideWriter writes them ({"format":
// "trackside-schedule", ...), are read by trackside-own.wasm: the wasm engine without the readers of other tools'
// formats, 15 KB gzip smaller. Everything else (frab, pretalx, Sessionize; ours with "format" further down; an
// error page) gets trackside.wasm, which reads every format. Told apart by the first bytes that arrive, so the
// engine's download starts long before the rest of a large schedule is in.
var OWN_FORMAT = /^[\uFEFF \t\n\r]*\{[ \t\n\r]*"format"[ \t\n\r]*:[ \t\n\r]*"trackside-schedule"/;
var OWN_WASM = 'trackside-own.wasm';
var ALL_WASM = 'trackside.wasm';

function wasmFor(text) {
  return OWN_FORMAT.test(text) ? OWN_WASM : ALL_WASM;
}
ns.wasmFor = wasmFor; // for "Save for offline" (offline.js), which puts that engine in the page

// Start fetching the schedule at href now, while the engine loads, instead of letting the viewer ask only once the
// engine runs: {url, take(callback(status, statusText, text)), wasm: a promise of the wasm engine's file for it}.
// The engine is `known` when the caller has chosen it already (first.js's preload), or when no wasm engine will run
// (the JavaScript engine reads every format: it starts at once), else the schedule's first bytes choose. In the
// offline page the schedule is inline, answered as if fetched. A schedule that cannot be fetched gets the smaller
// engine, which says so as well as the other.
function fetchSchedule(href, known) {
  var answer = null;
  var waiting = [];
  var chosen;
  if (!known && !wasmWanted()) known = ALL_WASM;
  var wasm = known ? Promise.resolve(known) : new Promise(function (resolve) { chosen = resolve; });
  var inline = embedded('schedule');
  (inline && inline.getAttribute('data-src') === href
    ? Promise.resolve([200, '', inline.textContent])
    : fetch(href).then(function (response) {
      if (chosen && response.ok && response.body) {
        firstBytes(response.clone()).then(function (head) { chosen(wasmFor(head)); });
      }
      return response.text().then(function (text) { return [response.status, response.statusText, text]; });
    })
  ).then(null, function () {
    return [0, '', null];
  }).then(function (result) {
    answer = result;
    if (chosen) chosen(result[0] === 200 ? wasmFor(result[2]) : OWN_WASM); // unless the first bytes chose already
    waiting.forEach(function (take) { take(result[0], result[1], result[2]); });
  });
  return {
    url: href,
    wasm: wasm,
    take: function (take) {
      if (answer) take(answer[0], answer[1], answer[2]);
      else waiting.push(take);
    }
  };
}

// The first chunk of a response's body as text (a copy's: the page reads the whole body from the original).
function firstBytes(response) {
  var reader = response.body.getReader();
  return reader.read().then(function (chunk) {
    reader.cancel();
    return new TextDecoder().decode(chunk.value ? chunk.value.subarray(0, 256) : new Uint8Array(0), {stream: true});
  }, function () {
    return ''; // the whole text decides
  });
}

// Leaves the schedule's answer on the root element, where ScheduleLoader takes it. The URL rule (?src=, else
// data-src) is ScheduleViewer.start's, repeated by the callers; an address it does not expect is fetched again
// there. The loaded text stays on the root as tracksideSchedule for "Save for offline" (offline.js).
function prefetch(root, fetched) {
  fetched.take(function (status, statusText, text) {
    if (status === 200) root.tracksideSchedule = {url: fetched.url, text: text};
  });
  root.tracksidePrefetch = fetched;
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

// The German texts for a wasm engine, which leaves them out (2 KB gzip; the JS engine has them built in), where the
// viewer at root is German by the viewer's rule (ScheduleViewer: ?lang= on the hosted page, else the viewer's lang
// attribute, else the page's): messages-de.json (in the single-file page, its copy there), fetched beside the engine
// and left on ns.messages.de for LoadedLanguages.java. Without it the viewer is in English. Null for another language.
function germanTexts(root) {
  var tag = (!root.hasAttribute('data-embed') && new URLSearchParams(location.search).get('lang'))
    || root.getAttribute('lang') || document.documentElement.lang;
  if (!/^de([-_]|$)/i.test(tag || '')) return null;
  var inline = embedded('messages-de');
  return ns.german || (ns.german = (inline ? Promise.resolve(JSON.parse(inline.textContent))
    : fetch(base + 'messages-de.json').then(function (response) {
      if (!response.ok) throw new Error('messages-de.json: HTTP ' + response.status);
      return response.json();
    })).then(function (de) {
      ns.messages = {de: de};
    }, function (e) {
      console.warn('Trackside: the German texts could not be loaded; showing English.', e);
    }));
}

// The page's engines, each loaded on first use and shared by every viewer after it (kept on the namespace: a page
// with both boot.js and trackside-embed.js loads each once too): promises of {name, file, mount} by file name.
var engines = ns.engines || (ns.engines = {});

function startJs() {
  if (engines['trackside.js']) return engines['trackside.js'];
  return engines['trackside.js'] = scriptOrInline('trackside.js', 'js')
    .then(function () { return {name: 'js', file: 'trackside.js', mount: ns.js.mount}; });
}

// A script of the site, or in the single-file page its copy there (text: any end tag of a script in it escaped with
// a backslash, the same in JavaScript).
function scriptOrInline(file, name) {
  var inline = embedded(name);
  return inline ? new Promise(function (resolve) {
    var s = document.createElement('script');
    s.textContent = inline.textContent;
    document.head.appendChild(s);
    resolve();
  }) : script(file);
}

// The formatter of abstracts and bios (trackside-markup.js, ns.markup), which the wasm engines leave out and load the
// first time a visitor opens a talk or a speaker, or downloads a calendar: once per page (LoadedMarkup.java). If it
// cannot load (offline, before the service worker had it), the texts are shown as written, unformatted.
ns.loadMarkup = function (done) {
  (engines.markup || (engines.markup = scriptOrInline('trackside-markup.js', 'markup').then(null, function (e) {
    console.warn('Trackside: the formatter of abstracts could not be loaded; showing them unformatted.', e);
    ns.markup = {
      render: function (text, into) {
        var p = document.createElement('p');
        p.className = 'c-markup';
        p.textContent = text;
        into.appendChild(p);
      },
      plain: function (text) { return text; }
    };
  }))).then(function () { done(); });
};

// TeaVM's wasm runtime, which both wasm engines use: a script of the hosted page (already run there), else loaded
// once.
function runtime() {
  return ns.runtime || (ns.runtime = ns.TeaVM && ns.TeaVM.wasmGC ? Promise.resolve()
    : script('classes.wasm-runtime.js'));
}

function startWasm(file) {
  var url = base + file;
  // A URL lets the loader compile while the module streams in, and lets the browser keep the compiled code in
  // its cache for the next visit (Chrome does so for streamed modules over 128 KB): repeat visits skip the
  // baseline compile. (TeaVM's own loader took any page with a global `process` for Node.js; the build cuts that
  // out of it, tools/minify/assemble.mjs, so an embed's host may define one.)
  var inline = embedded('wasm');
  var source = inline ? Promise.resolve(inline.textContent).then(function (text) {
    var bytes = atob(text), array = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
    return array;
  }) : Promise.resolve(url);
  return Promise.all([source, runtime()])
    .then(function (loaded) { return ns.TeaVM.wasmGC.load(loaded[0]); })
    .then(function (teavm) { return {name: 'wasm', file: file, mount: teavm.exports.mount}; });
}

function wasmWanted() {
  var forced = new URLSearchParams(location.search).get('engine');
  return forced !== 'js' && (forced === 'wasm' || hasWasmGc());
}

// The engine for a schedule whose wasm engine is `file` (OWN_WASM or ALL_WASM): that one where the browser has
// WasmGC, else (or if it fails to load) the JavaScript engine, which reads every format. The single-file offline
// page carries the wasm engine for its schedule only (script#trackside-wasm).
function loadEngine(file) {
  var wanted = wasmWanted();
  if (wanted && !engines[file]) {
    engines[file] = startWasm(file).catch(function (e) {
      console.warn('Trackside: WebAssembly engine unavailable, using JavaScript.', e);
      return startJs();
    });
  }
  var engine = wanted ? engines[file] : startJs(); // its fetch under way before the warm-up below
  if (!ns.intlWarm) {
    ns.intlWarm = true;
    // A page's first Intl.DateTimeFormat loads the browser's date and zone data: 20-40 ms measured here. Paid now,
    // while the engine loads and compiles, instead of on the way to the first frame (the viewer's clock format).
    try {
      new Intl.DateTimeFormat(document.documentElement.lang || undefined,
        {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'}).format(0);
    } catch (e) { /* the viewer reports what it cannot format */ }
  }
  return engine;
}

// Shows a viewer in root (which holds index.html's viewer markup), reading the schedule at href (fetched: the
// fetch of it that the caller started already, or none). The promise gives the engine's file (trackside-own.wasm,
// trackside.wasm or trackside.js), or undefined when no engine could start.
function start(root, href, fetched) {
  roots.push(root);
  if (!fetched || fetched.url !== href) fetched = href ? fetchSchedule(href) : {wasm: Promise.resolve(ALL_WASM)};
  if (href) prefetch(root, fetched);
  var texts = wasmWanted() && germanTexts(root);
  return Promise.all([fetched.wasm.then(loadEngine), texts]).then(function (both) {
    var loaded = both[0];
    performance.mark('trackside-engine');
    root.setAttribute('data-engine', loaded.name);
    followToolbar(root);
    try {
      loaded.mount(root);
    } catch (e) {
      fail(root, e);
    }
    return loaded.file;
  }, function (e) {
    fail(root, e);
  });
}

// A wasm engine's viewer hands a schedule to the JavaScript engine, before drawing anything, where it cannot read it
// as that engine does: JSON that JSON.parse reads differently from Gson's reader (a number it would rewrite, a
// repeated or integer field name: see NativeJson.java) and any document with an error, whose line and column only
// Gson's reader finds. The wasm engines leave Gson out (6 KB gzip each); such documents cost the JS engine's download.
ns.handOver = function (root, url, text) {
  performance.mark('trackside-handed-over');
  root.tracksidePrefetch = {url: url, take: function (take) { take(200, '', text); }};
  startJs().then(function (loaded) {
    root.setAttribute('data-engine', loaded.name);
    loaded.mount(root);
  }).then(null, function (e) {
    fail(root, e);
  });
};

// Keeps the sticky toolbar's height, which the width and the language change, on the viewer as --ts-toolbar: the
// grid's scroller fits below it (style.css), so the grid's sticky room names never slide under the toolbar. Set in
// the next frame, and only when it changed: set at once, a page whose scroll bar it brings changes the toolbar's width
// in the same frame, and the browser reports a ResizeObserver loop as an error.
function followToolbar(root) {
  var bar = root.querySelector('.c-toolbar');
  var last = -1;
  if (!bar || !self.ResizeObserver) return;
  new ResizeObserver(function () {
    requestAnimationFrame(function () {
      if (bar.offsetHeight !== last) root.style.setProperty('--ts-toolbar', (last = bar.offsetHeight) + 'px');
    });
  }).observe(bar);
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
