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

  function send(useBeacon) {
    tick();
    var form = new URLSearchParams();
    form.set("csrfmiddlewaretoken", token);
    form.set("seconds", String(Math.round(visibleSeconds)));
    form.set("anchor", currentAnchor());
    form.set("ratio", ratio().toFixed(3));
    visibleSeconds = 0;
    if (useBeacon && navigator.sendBeacon && navigator.sendBeacon(url, form)) return;
    fetch(url, { method: "POST", credentials: "same-origin", body: form })
      .catch(function () { /* offline: the next heartbeat carries on */ });
  }

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
