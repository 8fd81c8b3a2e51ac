/* Offline study on the learner's phone (docs/decisions/0009-offline-study.md):
   - registers the service worker that shows saved pages without a connection;
   - keeps study done offline (time, reading position, "I have finished") and sends it in one batch when the
     connection is back (window.LmsOffline, used by lesson.js);
   - saves a course's lessons on the phone from the course page, and lists saved lessons on the offline page;
   - forgets everything kept for another account that used this phone before.
   Without this script (or without service workers) every page still works online. */
(function () {
  "use strict";
  var PAGES = "lms-pages-v1", MEDIA = "lms-media-v1"; // the service worker's cache names
  var QUEUE = "lms-offline-study", TITLES = "lms-offline-titles", OWNER = "lms-offline-owner";
  var HEADER = "X-Study-Offline";
  var body = document.body;
  var learner = body.getAttribute("data-learner");
  var syncUrl = body.getAttribute("data-offline-sync");
  var status = document.querySelector("[data-offline-status]");
  var hasCaches = "caches" in window;

  function read(key, fallback) {
    try { return JSON.parse(localStorage.getItem(key)) || fallback; } catch (error) { return fallback; }
  }
  function write(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (error) { /* storage full or disabled */ }
  }

  function say(kind) {
    if (!status) return;
    var text = status.getAttribute("data-msg-" + kind);
    if (!text) return;
    status.textContent = text;
    status.hidden = false;
  }
  function showConnection() {
    if (!navigator.onLine) say("offline");
    else if (status && status.textContent === status.getAttribute("data-msg-offline")) status.hidden = true;
  }

  // Another account used this phone before: its saved pages and unsent study are not this learner's.
  if (learner && localStorage.getItem(OWNER) !== learner) {
    localStorage.removeItem(QUEUE);
    localStorage.removeItem(TITLES);
    if (hasCaches) { caches.delete(PAGES); caches.delete(MEDIA); }
    try { localStorage.setItem(OWNER, learner); } catch (error) { /* private mode */ }
  }

  if (learner && "serviceWorker" in navigator) {
    navigator.serviceWorker.register(body.getAttribute("data-service-worker"), {scope: "/"}).catch(function () {});
  }

  // --- Study kept while offline -------------------------------------------------------------------------------
  function queue() {
    var kept = read(QUEUE, null);
    return kept && kept.learner === learner ? kept : {learner: learner, sittings: {}};
  }
  function merge(target, module, item) {
    var sitting = target.sittings[module] || {module: Number(module), seconds: 0, anchor: "", completed: false};
    sitting.seconds = Math.min(86400, sitting.seconds + (item.seconds || 0));
    if (item.anchor) sitting.anchor = item.anchor;
    if (item.ratio !== undefined && item.ratio !== null) sitting.ratio = item.ratio;
    sitting.completed = sitting.completed || !!item.completed;
    target.sittings[module] = sitting;
  }
  function pending() { return Object.keys(queue().sittings).length > 0; }
  function add(module, item) {
    var kept = queue();
    merge(kept, module, item);
    write(QUEUE, kept);
  }
  function token() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  var flushing = null;
  function flush() {
    if (flushing) return flushing;
    if (!learner || !syncUrl || !navigator.onLine) return Promise.resolve(false);
    var sending = queue();
    var sittings = Object.keys(sending.sittings).map(function (key) { return sending.sittings[key]; });
    if (!sittings.length) return Promise.resolve(true);
    write(QUEUE, {learner: learner, sittings: {}}); // what the page adds meanwhile starts a new batch
    function putBack() {
      var kept = queue();
      sittings.forEach(function (item) { merge(kept, item.module, item); });
      write(QUEUE, kept);
    }
    flushing = fetch(syncUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": token()},
      body: JSON.stringify({learner: Number(learner), sittings: sittings})
    }).then(function (response) {
      var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
      if (response.ok && json && !response.redirected) { say("sent"); return true; }
      if (json && (response.status === 400 || response.status === 409)) { say("refused"); return true; }
      putBack(); // logged out meanwhile (a redirect to the login page), a refused token, or a server error
      say(response.redirected || response.status === 403 ? "login" : "queued");
      return false;
    }, function () { putBack(); return false; }).then(function (done) { flushing = null; return done; });
    return flushing;
  }

  window.LmsOffline = {add: add, pending: pending, flush: flush, say: say};

  window.addEventListener("online", function () { showConnection(); flush(); });
  window.addEventListener("offline", showConnection);
  showConnection();
  if (pending()) flush();

  // Logging out clears the phone: send what is waiting first.
  var logout = document.querySelector("form[data-logout]");
  if (logout) logout.addEventListener("submit", function (event) {
    if (!pending() || !navigator.onLine) return;
    event.preventDefault();
    flush().then(function () { logout.submit(); });
  });

  if (!hasCaches) return;

  // --- Saved lessons ---------------------------------------------------------------------------------------------
  var lesson = document.querySelector("[data-lesson]");
  var heading = document.querySelector("h1");
  if (lesson && heading) {
    var titles = read(TITLES, {});
    titles[location.pathname] = heading.textContent.trim();
    write(TITLES, titles);
  }

  function isSaved(url) {
    return caches.open(PAGES).then(function (cache) { return cache.match(url, {ignoreVary: true}); });
  }

  function saveLesson(link) {
    var url = link.getAttribute("href");
    // The header tells the server this is a copy being saved, not the learner opening the lesson.
    return fetch(url, {credentials: "same-origin", headers: {"X-Offline-Save": "1"}}).then(function (response) {
      if (response.status !== 200 || response.headers.get(HEADER) !== "keep") throw new Error("not saved");
      var copy = response.clone();
      return caches.open(PAGES).then(function (cache) { return cache.put(url, copy); }).then(function () {
        return response.text();
      });
    }).then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var titles = read(TITLES, {});
      var title = page.querySelector("h1");
      titles[new URL(url, location.href).pathname] = title ? title.textContent.trim() : link.textContent.trim();
      write(TITLES, titles);
      var images = Array.prototype.map.call(page.querySelectorAll("img[src]"), function (img) {
        return new URL(img.getAttribute("src"), location.href);
      }).filter(function (src) { return src.origin === location.origin; });
      return caches.open(MEDIA).then(function (cache) {
        return Promise.all(images.map(function (src) { return cache.add(src.href).catch(function () {}); }));
      });
    });
  }

  function markSaved(link, label) {
    if (link.querySelector(".module__saved")) return;
    var badge = document.createElement("span");
    badge.className = "module__saved";
    badge.textContent = label;
    link.appendChild(badge);
  }

  var box = document.querySelector("[data-offline-save]");
  if (box && "serviceWorker" in navigator) {
    var links = Array.prototype.slice.call(document.querySelectorAll("a[data-offline-lesson]"));
    var button = box.querySelector("[data-offline-save-button]");
    var progress = box.querySelector("[data-offline-save-status]");
    var label = box.getAttribute("data-msg-saved");
    box.hidden = false;
    links.forEach(function (link) {
      isSaved(link.getAttribute("href")).then(function (hit) { if (hit) markSaved(link, label); });
    });
    var report = function (kind, done) {
      progress.textContent = box.getAttribute("data-msg-" + kind)
        .replace("%(done)s", String(done)).replace("%(total)s", String(links.length));
    };
    button.addEventListener("click", function () {
      button.disabled = true;
      var done = 0;
      report("progress", 0);
      links.reduce(function (previous, link) {
        return previous.then(function () {
          return saveLesson(link).then(function () { done += 1; markSaved(link, label); report("progress", done); });
        });
      }, Promise.resolve()).then(function () { report("done", done); }, function () { report("failed", done); })
        .then(function () { button.disabled = false; });
    });
  }

  var list = document.querySelector("[data-offline-saved-list]");
  if (list) {
    var saved = read(TITLES, {});
    Object.keys(saved).forEach(function (path) {
      isSaved(path).then(function (hit) {
        if (!hit) return;
        var item = document.createElement("li");
        var anchor = document.createElement("a");
        anchor.href = path;
        anchor.textContent = saved[path];
        item.appendChild(anchor);
        list.querySelector("ul").appendChild(item);
        list.hidden = false;
      });
    });
  }
})();
