/* Lesson page: study time, reading position, self-check answers. Works without it; it only adds. */
(function () {
  "use strict";
  var lesson = document.querySelector("[data-lesson]");
  if (!lesson) return;

  Array.prototype.forEach.call(document.querySelectorAll("[data-selfcheck]"), function (box) {
    box.addEventListener("click", function (event) {
      var choice = event.target.closest(".selfcheck__choice");
      if (!choice) return;
      choice.classList.add(choice.getAttribute("data-correct") === "1" ? "is-right" : "is-wrong");
      var answer = box.querySelector("details");
      if (answer) answer.open = true;
    });
  });
  var url = lesson.getAttribute("data-heartbeat-url");
  if (!url) return; // a preview of an unsaved lesson
  var tokenInput = lesson.querySelector("input[name=csrfmiddlewaretoken]");
  var token = tokenInput ? tokenInput.value : "";
  var blocks = Array.prototype.slice.call(document.querySelectorAll(".lesson__body .block"));
  var visibleSeconds = 0;
  var lastTick = Date.now();
  var INTERVAL = 30000;

  function currentAnchor() {
    var anchor = "";
    for (var i = 0; i < blocks.length; i++) {
      if (blocks[i].getBoundingClientRect().top > 80) break;
      anchor = blocks[i].id;
    }
    return anchor;
  }

  function ratio() {
    var max = document.documentElement.scrollHeight - window.innerHeight;
    return max > 0 ? Math.min(1, Math.max(0, window.scrollY / max)) : 1;
  }

  function tick() {
    var now = Date.now();
    if (document.visibilityState === "visible") visibleSeconds += (now - lastTick) / 1000;
    lastTick = now;
  }

  var offline = window.LmsOffline; // offline.js: study kept on the phone while there is no connection
  var moduleId = lesson.getAttribute("data-module");

  function sitting(extra) {
    tick();
    var item = {seconds: Math.round(visibleSeconds), anchor: currentAnchor(), ratio: Number(ratio().toFixed(3))};
    visibleSeconds = 0;
    for (var key in extra) item[key] = extra[key];
    return item;
  }

  function keepOffline(item) {
    offline.add(moduleId, item);
    if (navigator.onLine) offline.flush();
  }

  function send(useBeacon) {
    var item = sitting({});
    // Once something waits to be sent, everything goes after it in one batch, so that nothing is counted twice.
    if (offline && (!navigator.onLine || offline.pending())) { keepOffline(item); return; }
    var form = new URLSearchParams();
    form.set("csrfmiddlewaretoken", token);
    form.set("seconds", String(item.seconds));
    form.set("anchor", item.anchor);
    form.set("ratio", item.ratio.toFixed(3));
    if (useBeacon && navigator.sendBeacon && navigator.sendBeacon(url, form)) return;
    fetch(url, { method: "POST", credentials: "same-origin", body: form })
      .catch(function () { if (offline) offline.add(moduleId, item); });
  }

  var completeForm = lesson.querySelector("[data-complete-form]");
  if (completeForm && offline) completeForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = completeForm.querySelector("button");
    if (button) button.disabled = true;
    function keep() {
      keepOffline(sitting({completed: true}));
      var note = document.createElement("p");
      note.className = "done";
      note.textContent = "✓ " + (document.querySelector("[data-offline-status]").getAttribute("data-msg-queued") || "");
      completeForm.parentNode.replaceChild(note, completeForm);
    }
    if (!navigator.onLine || offline.pending()) { keep(); return; }
    fetch(completeForm.action, {
      method: "POST", credentials: "same-origin", headers: {"Accept": "application/json"}, body: new FormData(completeForm)
    }).then(function (response) {
      if (!response.ok || response.redirected) throw new Error("not completed");
      return response.json();
    }).then(function (data) { window.location.href = data.next; }, keep);
  });

  setInterval(function () { if (document.visibilityState === "visible") send(false); }, INTERVAL);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") send(true); else lastTick = Date.now();
  });

  var resume = lesson.getAttribute("data-resume");
  if (resume && !location.hash) {
    var target = document.getElementById(resume);
    var link = lesson.querySelector("[data-resume-link]");
    if (target && link) link.addEventListener("click", function (event) {
      event.preventDefault(); target.scrollIntoView();
    });
  }

})();
