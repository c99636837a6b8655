// Trackside boot: start the WebAssembly (WasmGC) engine where the browser has it, else the JavaScript build of the
// same Java code. A wasm module that fails to load or compile falls back to JS instead of showing an error.
// ?engine=js or ?engine=wasm forces one (tests, benchmarks).
// In the single-file offline page (offline-template.html) this script is inline and the engines and the schedule
// are elements of the page: script#trackside-wasm (base64), #trackside-js (text) and #trackside-schedule (JSON).
(function () {
  'use strict';
  var root = document.getElementById('trackside');
  var src = document.currentScript.src;
  var base = src ? new URL('.', src).href : '';
  var web = /^https?:$/.test(location.protocol);
  var forced = new URLSearchParams(location.search).get('engine');
  // A module declaring one GC struct type: validates only where WasmGC is supported.
  var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 120, 0]);

  // Start fetching the schedule now, while the engine loads, and leave the answer on the root element for the
  // viewer (ScheduleLoader takes it) instead of letting it ask only once the engine runs. The URL rule (?src=,
  // else data-src) is ScheduleViewer.start's, repeated here; an address it does not expect is fetched again there.
  // In the offline page the schedule is inline, answered as if fetched. The loaded text stays on the root as
  // tracksideSchedule for "Save for offline" (offline.js).
  function prefetch(href) {
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
  function fail(e) {
    console.error('Trackside could not start:', e);
    var alert = root.querySelector('[data-role=alert]');
    alert.textContent = 'The schedule viewer could not start: ' + (e && e.message ? e.message : e);
    alert.setAttribute('role', 'alert');
    alert.hidden = false;
    root.setAttribute('data-state', 'error');
  }

  function run(engine, main) {
    performance.mark('trackside-engine');
    root.setAttribute('data-engine', engine);
    try {
      main([]);
    } catch (e) {
      fail(e);
    }
    if (web && root.getAttribute('data-offline') === 'sw' && navigator.serviceWorker) {
      if (document.readyState === 'complete') idle(engine);
      else addEventListener('load', function () { idle(engine); });
    }
  }

  function idle(engine) {
    var later = function () { keepOffline(engine); };
    if (window.requestIdleCallback) requestIdleCallback(later, {timeout: 2000});
    else setTimeout(later, 500);
  }

  // The hosted page (index.html opts in with data-offline="sw"; an embed does not), once loaded and idle, registers
  // a service worker (sw.js) that serves the page, its engine (named in the worker's address: cached while
  // installing) and its schedule from its cache, also without a network; and names the files it used, which the
  // worker fetches again to keep their new versions for the next visit.
  function keepOffline(engine) {
    navigator.serviceWorker.register(base + 'sw.js?engine=' + engine).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      registration.active.postMessage({keep: [location.href].concat(performance.getEntriesByType('resource')
        .map(function (e) { return e.name; }))});
    }).then(null, function (e) {
      console.warn('Trackside: no service worker', e);
    });
  }

  function startJs() {
    var inline = embedded('js');
    // Inline, the build is text (any end tag of a script in it escaped with a backslash: the same in JavaScript).
    return (inline ? new Promise(function (resolve) {
      var s = document.createElement('script');
      s.textContent = inline.textContent;
      document.head.appendChild(s);
      resolve();
    }) : script('trackside.js')).then(function () { run('js', window.main); });
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
    var runtime = typeof TeaVM === 'object' && TeaVM.wasmGC ? null : script('classes.wasm-runtime.js');
    return Promise.all([source, runtime])
      .then(function (loaded) { return TeaVM.wasmGC.load(loaded[0]); })
      .then(function (teavm) { run('wasm', teavm.exports.main); });
  }

  // Safety net: an error the viewer did not catch (a wasm trap cannot be caught in Java) still ends in a message
  // rather than a page stuck on "loading". Errors after the viewer is ready are logged only: it keeps working.
  window.addEventListener('error', function (event) {
    var state = root.getAttribute('data-state');
    if (state !== 'ready' && state !== 'error' && root.hasAttribute('data-engine')) {
      fail(new Error('internal error: ' + (event.error && event.error.message || event.message)));
    }
  });

  // On a web server (not the saved file), "Save for offline" writes the single-file page: offline.js, loaded on
  // the first press, takes the button over.
  var save = web && root.querySelector('[data-role=save-offline]');
  if (save) {
    save.hidden = false;
    save.onclick = function load() {
      save.onclick = null;
      script('offline.js').then(null, function (e) {
        console.error('Trackside: no offline.js', e);
        root.querySelector('[data-role=save-offline-failed]').hidden = false;
        save.onclick = load;
      });
    };
  }

  performance.mark('trackside-boot');
  prefetch(new URLSearchParams(location.search).get('src') || root.getAttribute('data-src'));
  if (forced !== 'js' && (forced === 'wasm' || hasWasmGc())) {
    startWasm().catch(function (e) {
      console.warn('Trackside: WebAssembly engine unavailable, using JavaScript.', e);
      return startJs();
    }).catch(fail);
  } else {
    startJs().catch(fail);
  }
})();
