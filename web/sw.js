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
var scope = new URL(self.registration.scope);

self.addEventListener('install', function (event) {
  // What is there: a site without one of the engines still works from the cache with the other.
  event.waitUntil(caches.open(SHELL_CACHE).then(function (cache) {
    return Promise.all(SHELL.map(function (name) {
      return fetch(new URL(name, scope), {cache: 'no-cache'}).then(function (response) {
        return response.ok ? cache.put(new URL(name, scope), response) : null;
      }, function () { return null; });
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      return key.indexOf('trackside-') === 0 && key !== SHELL_CACHE && key !== DATA_CACHE;
    }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

function shellName(url) {
  if (url.origin !== scope.origin || url.pathname.indexOf(scope.pathname) !== 0) return null;
  var name = url.pathname.slice(scope.pathname.length);
  return name === '' ? 'index.html' : SHELL.indexOf(name) >= 0 ? name : null;
}

// Network first, keeping each good answer; the cache when the network fails.
function shell(request, name) {
  var key = new URL(name, scope).href;
  return fetch(request).then(function (response) {
    // A redirected answer may not answer a later navigation; keep only direct ones.
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(SHELL_CACHE).then(function (cache) { return cache.put(key, copy); });
    }
    return response;
  }, function (error) {
    return caches.match(key, {cacheName: SHELL_CACHE}).then(function (cached) {
      if (cached) return cached;
      throw error;
    });
  });
}

// The cached copy at once when there is one; the network's answer refreshes it either way.
function schedule(event) {
  var request = event.request;
  return caches.open(DATA_CACHE).then(function (cache) {
    return cache.match(request).then(function (cached) {
      var fresh = fetch(request).then(function (response) {
        if (response.ok) return cache.put(request, response.clone()).then(function () { return response; });
        return response;
      });
      if (!cached) return fresh;
      event.waitUntil(fresh.then(null, function () {}));
      return cached;
    });
  });
}

// boot.js names the schedule it fetched before this worker ran (the first visit): keep a copy for the next one.
self.addEventListener('message', function (event) {
  var url = event.data && typeof event.data.schedule === 'string' ? new URL(event.data.schedule) : null;
  if (!url || url.origin !== scope.origin || shellName(url)) return;
  event.waitUntil(caches.open(DATA_CACHE).then(function (cache) {
    return cache.match(url.href).then(function (cached) {
      return cached || fetch(url.href).then(function (response) {
        return response.ok ? cache.put(url.href, response) : null;
      });
    });
  }).then(null, function () {}));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  var name = shellName(url);
  if (request.mode === 'navigate' && name !== 'index.html') return; // other pages of the site are not ours
  event.respondWith(name ? shell(request, name) : schedule(event));
});
