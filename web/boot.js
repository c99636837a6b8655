// Trackside boot for the hosted page (index.html, and the single-file offline page): starts the viewer in
// #trackside, offers "Save for offline" and registers the service worker. The build prepends engine.js, which
// chooses and loads the engine (tools/minify/assemble.mjs writes both as target/dist/boot.js).
var root = document.getElementById('trackside');

function idle(engine) {
  var later = function () { keepOffline(engine); };
  if (window.requestIdleCallback) requestIdleCallback(later, {timeout: 2000});
  else setTimeout(later, 500);
}

// The hosted page (index.html opts in with data-offline="sw"; an embed does not), once loaded and idle, registers
// a service worker (sw.js) that serves the page, its engine (the file named in the worker's address: cached while
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

// A promise settled once the page's first contentful frame is on screen (or after 200 ms: a tab in the background
// paints nothing).
function painted() {
  return new Promise(function (resolve) {
    setTimeout(resolve, 200);
    try {
      new PerformanceObserver(function (list) {
        if (list.getEntriesByName('first-contentful-paint').length) resolve();
      }).observe({type: 'paint', buffered: true});
    } catch (e) {
      resolve();
    }
  });
}

performance.mark('trackside-boot');
// With the first screen written into the page shown (first.js), the viewer starts (engine, schedule) once that is
// on screen: started before, its work held the page's first frame until the viewer had drawn the same screen
// itself, about 150 ms later. Elsewhere it starts at once.
function boot() {
  var href = new URLSearchParams(location.search).get('src') || root.getAttribute('data-src');
  // The wasm engine first.js preloaded, if it did, rather than the one the schedule's first bytes would choose: the
  // same for data-src, and for ?src= the one that reads every format, on its way since the page's head was read.
  var fetched = href ? fetchSchedule(href, document.documentElement.getAttribute('data-ts-wasm')) : null;
  start(root, href, fetched).then(function (engine) {
    if (engine && web && root.getAttribute('data-offline') === 'sw' && navigator.serviceWorker) {
      if (document.readyState === 'complete') idle(engine);
      else addEventListener('load', function () { idle(engine); });
    }
  });
}
if (document.documentElement.classList.contains('ts-first')) painted().then(boot);
else boot();
