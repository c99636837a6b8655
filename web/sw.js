// Trackside service worker, registered by boot.js for the hosted page only (index.html's data-offline="sw").
// The app shell is cached and served from the network while there is one (so a visitor always gets the deployed
// version, consistent across its files) and from the cache when there is none. Schedules (any other file of the
// site, e.g. demo/x.json or ?src=) are stale-while-revalidate: the cached copy at once, refreshed in the background
// for the next visit. Requests to other origins are not touched.
'use strict';
var SHELL_CACHE = 'trackside-shell-v1';
var DATA_CACHE = 'trackside-schedules-v1';
var SHELL = ['index.html', 'style.css', 'boot.js', 'classes.wasm-runtime.js', 'trackside.wasm', 'trackside.js',
  'offline.js', 'offline-template.html'];
// Installed up front; of the engines only the one the page runs is kept (boot.js names it, see 'message'): a
// browser never downloads both.
var INSTALL = ['index.html', 'style.css', 'boot.js', 'classes.wasm-runtime.js', 'offline.js', 'offline-template.html'];
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
  return where ? fetch(url).then(function (response) { return keep(where, response); }) : Promise.resolve();
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

// On the first visit the page loaded its files before this worker ran; boot.js then names them (its engine, its
// schedule) and they are kept for the next visit.
self.addEventListener('message', function (event) {
  var urls = event.data && event.data.keep;
  if (!Array.isArray(urls)) return;
  event.waitUntil(Promise.all(urls.map(function (url) {
    return fetchAndKeep(String(url)).then(null, function () {});
  })));
});

// Shell: network first, kept; the cache when the network fails.
function shell(event, where) {
  return fetch(event.request).then(function (response) {
    event.waitUntil(keep(where, response.clone()).then(null, function () {}));
    return response;
  }, function (error) {
    return caches.match(where.key, {cacheName: SHELL_CACHE}).then(function (cached) {
      if (cached) return cached;
      throw error;
    });
  });
}

// Schedules: the cached copy at once when there is one; the network's answer refreshes it either way.
function schedule(event, where) {
  var fresh = fetch(event.request).then(function (response) {
    return keep(where, response.clone()).then(null, function () {}).then(function () { return response; });
  });
  return caches.match(where.key, {cacheName: DATA_CACHE}).then(function (cached) {
    if (!cached) return fresh;
    event.waitUntil(fresh.then(null, function () {}));
    return cached;
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var where = request.method === 'GET' ? place(new URL(request.url)) : null;
  if (!where) return;
  // Other pages of the site are not ours.
  if (request.mode === 'navigate' && where.key !== new URL('index.html', scope).href) return;
  event.respondWith(where.shell ? shell(event, where) : schedule(event, where));
});
