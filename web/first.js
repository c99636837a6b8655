// Trackside's first screen: the build wrote the first day of the page's schedule into index.html (`prerender`), as
// the grid and as the list, painted before any other script runs. This script runs before it is painted and shows
// it (html.ts-first, see first.css) only where the viewer will start on that screen: no state in the address (a
// view, a day, a search, a session; ?src=, ?lang=, ?now=; ?engine= changes nothing drawn), not during the conference
// (the viewer opens today), and the conference's time zone. Anywhere else the page waits for the viewer as before.
(function () {
  var html = document.documentElement, meta = document.querySelector('meta[name=trackside-first]');
  if (!meta) return;
  var span = meta.content.split(' '), now = Date.now(), zone = null, query = new URLSearchParams(location.search);
  // The wasm engine, fetched now rather than once boot.js has run and seen the schedule's first bytes: for data-src's
  // schedule the one prerender named (trackside-own.wasm or trackside.wasm, as engine.js would choose), for another
  // schedule (?src=) trackside.wasm, which reads every format. Not where the JavaScript engine will run (engine.js's
  // WasmGC probe: a module declaring one GC struct type). boot.js then starts the engine named in data-ts-wasm.
  var wasm = query.has('src') ? 'trackside.wasm' : meta.getAttribute('data-wasm');
  if (wasm && query.get('engine') !== 'js' && wasmGc()) {
    html.setAttribute('data-ts-wasm', wasm);
    preload(wasm);
  }
  // A schedule given with ?src=: fetched from here too, not once boot.js runs (10-25 ms later); boot.js's fetch()
  // takes this response (same URL, mode and credentials).
  if (query.get('src')) preload(query.get('src'));
  query.delete('engine'); // ?engine=js|wasm (tests, benchmarks) draws the same screen
  try { zone = localStorage.getItem(meta.getAttribute('data-key')); } catch (e) { /* storage blocked */ }
  if (query.toString() || location.hash.length > 1 || (now >= +span[0] && now < +span[1]) || zone === 'local'
      || !placed()) return;
  // The grid from 700 px on, else the list (ScheduleViewer.NARROW_PX); first.css shows the one the viewer starts in.
  html.setAttribute('data-ts-view', matchMedia('(min-width: 700px)').matches ? 'grid' : 'list');
  html.classList.add('ts-first');

  function preload(href) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }

  function wasmGc() {
    try {
      return WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 120, 0]));
    } catch (e) {
      return false;
    }
  }

  // Whether first.css, which places the first screen, has loaded (this script runs after the stylesheets before it):
  // a site copied without it shows "Loading…" rather than the first screen unplaced.
  function placed() {
    for (var i = 0; i < document.styleSheets.length; i++) {
      var sheet = document.styleSheets[i];
      try {
        if (/\/first\.css$/.test(sheet.href || '') && sheet.cssRules.length > 0) return true;
      } catch (e) { /* not readable */ }
    }
    return false;
  }
})();
