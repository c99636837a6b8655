// Trackside service worker, registered by boot.js for the hosted page only (index.html's data-offline="sw").
// Cache first: the page, its engine and its schedule come from the cache when it has them, so a visit needs no
// network and pays no round trip. The network refreshes them once the page has loaded: boot.js names the files it
// used and the worker fetches each again, keeping any new version for the next visit (stale-while-revalidate, the
// revalidation left until the page is idle instead of competing with its first paint). Requests to other origins
// and other pages of the site are not touched.
'use strict';
var SHELL_CACHE = 'trackside-shell-v1';
var DATA_CACHE = 'trackside-schedules-v1';
var ENGINES = ['trackside-own.wasm', 'trackside.wasm', 'trackside.js'];
var SHELL = ['index.html', 'style.css', 'first.css', 'first.js', 'boot.js', 'classes.wasm-runtime.js',
  'offline.js', 'offline-template.html', 'trackside-markup.js', 'messages-de.json'].concat(ENGINES);
// Installed up front, with the engine the page runs (boot.js names its file in this worker's address,
// sw.js?engine=trackside-own.wasm): a browser never downloads the others, and scripts cached while installing keep
// their compiled code.
var engine = new URL(location.href).searchParams.get('engine');
// A wasm engine's page also gets the formatter of abstracts it loads when a talk is first opened, so that opening one
// offline finds it, and the German texts it loads for a German viewer.
var INSTALL = ['index.html', 'style.css', 'first.css', 'first.js', 'boot.js', 'classes.wasm-runtime.js', 'offline.js',
  'offline-template.html', ENGINES.indexOf(engine) >= 0 ? engine : 'trackside.wasm'];
if (engine !== 'trackside.js') INSTALL.push('trackside-markup.js', 'messages-de.json');
var scope = new URL(self.registration.scope);

// Where the site keeps url: its name in SHELL (the shell cache), its address (the schedules), or null: not ours.
function place(url) {
  if (url.origin !== scope.origin || url.pathname.indexOf(scope.pathname) !== 0) return null;
  var name = url.pathname.slice(scope.pathname.length) || 'index.html';
  return SHELL.indexOf(name) >= 0 ? {cache: SHELL_CACHE, key: new URL(name, scope).href, shell: true}
    : {cache: DATA_CACHE, key: url.href, shell: false};
}

// Puts a good response in the cache unless it holds the same version (ETag or Last-Modified) already: an online
// visit then writes nothing.
function keep(where, response) {
  if (!response.ok || response.redirected) return Promise.resolve();
  return caches.open(where.cache).then(function (cache) {
    return cache.match(where.key).then(function (old) {
      var version = response.headers.get('ETag') || response.headers.get('Last-Modified');
      if (old && version && version === (old.headers.get('ETag') || old.headers.get('Last-Modified'))) return;
      return cache.put(where.key, response);
    });
  });
}

function fetchAndKeep(url) {
  var where = place(new URL(url));
  return where ? fetch(url, {cache: 'no-cache'}).then(function (response) { return keep(where, response); })
    : Promise.resolve();
}

self.addEventListener('install', function (event) {
  // What is there: one missing file costs only itself.
  event.waitUntil(Promise.all(INSTALL.map(function (name) {
    return fetchAndKeep(new URL(name, scope).href).then(null, function () {});
  })).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      return key.indexOf('trackside-') === 0 && key !== SHELL_CACHE && key !== DATA_CACHE;
    }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

// After each visit boot.js names the files the page used (the page, its engine, its schedule): fetched again,
// each new version is kept for the next visit. On the first visit this also keeps what came before the worker.
self.addEventListener('message', function (event) {
  var urls = event.data && event.data.keep;
  if (!Array.isArray(urls)) return;
  event.waitUntil(Promise.all(urls.map(function (url) {
    return fetchAndKeep(String(url)).then(null, function () {});
  })));
});

// The cached copy when there is one; else the network's answer, kept.
function fromCache(event, where) {
  return caches.match(where.key, {cacheName: where.cache}).then(function (cached) {
    return cached || fetch(event.request).then(function (response) {
      return keep(where, response.clone()).then(null, function () {}).then(function () { return response; });
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var where = request.method === 'GET' ? place(new URL(request.url)) : null;
  if (!where) return;
  // Other pages of the site are not ours.
  if (request.mode === 'navigate' && where.key !== new URL('index.html', scope).href) return;
  event.respondWith(fromCache(event, where));
});
