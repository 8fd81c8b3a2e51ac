/* Offline study (docs/decisions/0009-offline-study.md). Pages come from the network first; a page the server
   marked as a learner's own study page is also kept, and shown from the phone when there is no connection.
   Nothing is kept unless the server said so; requests other than GET are never touched. */
"use strict";
var VERSION = "__VERSION__";
var ASSETS = "lms-assets-" + VERSION; // replaced with each new version of the script or of an asset
var PAGES = "lms-pages-v1"; // kept across versions: a new release must not delete the lessons a learner saved
var MEDIA = "lms-media-v1";
var PRECACHE = {{ assets|safe }};
var OFFLINE_PAGE = {{ offline_page|safe }};
var HEADER = {{ header|safe }};
var MEDIA_PREFIX = {{ media_url|safe }};
// The admin and documents (which may be restricted) are left to the browser alone.
var UNTOUCHED = ["/admin/", "/documents/"];

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(ASSETS)
      .then(function (cache) { return cache.addAll(PRECACHE.concat([OFFLINE_PAGE])); })
      .then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("lms-assets-") === 0 && name !== ASSETS;
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function put(cacheName, request, response) {
  var copy = response.clone();
  return caches.open(cacheName).then(function (cache) { return cache.put(request, copy); });
}

function fromPhone(request) {
  // Saved pages vary on the cookie, which a page's own requests never show: match on the address alone.
  return caches.match(request, {ignoreVary: true});
}

function networkFirst(event) {
  var request = event.request;
  return fetch(request).then(function (response) {
    var path = new URL(request.url).pathname;
    if (response.status === 200 && response.headers.get(HEADER) === "keep") {
      event.waitUntil(put(PAGES, request, response));
    } else if (PRECACHE.indexOf(path) !== -1 && response.status === 200) {
      event.waitUntil(put(ASSETS, request, response));
    } else if (response.status === 404 || response.status === 410) {
      event.waitUntil(caches.open(PAGES).then(function (cache) { return cache.delete(request); }));
    }
    return response;
  }, function () {
    return fromPhone(request).then(function (saved) {
      if (saved) return saved;
      if (request.mode === "navigate") return caches.match(OFFLINE_PAGE);
      return Response.error();
    });
  });
}

function mediaFirstFromPhone(event) {
  // Uploaded media are never rewritten in place (a new upload gets a new name): the phone's copy stays right.
  var request = event.request;
  return fromPhone(request).then(function (saved) {
    return saved || fetch(request).then(function (response) {
      if (response.status === 200) event.waitUntil(put(MEDIA, request, response));
      return response;
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (UNTOUCHED.some(function (prefix) { return url.pathname.indexOf(prefix) === 0; })) return;
  if (MEDIA_PREFIX && url.pathname.indexOf(MEDIA_PREFIX) === 0) {
    event.respondWith(mediaFirstFromPhone(event));
    return;
  }
  event.respondWith(networkFirst(event));
});
