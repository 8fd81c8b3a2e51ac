/* Written reflection: live word count, autosave every 10 s while the text changes, on leaving the field and when
   the page is hidden. The server keeps the text; without this script the Save button does the same. */
(function () {
  "use strict";
  var form = document.querySelector("[data-reflection]");
  if (!form) return;
  var textarea = form.querySelector("textarea[name=text]");
  if (!textarea) return;
  var url = form.getAttribute("action");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var min = parseInt(form.getAttribute("data-min"), 10) || 0;
  var max = parseInt(form.getAttribute("data-max"), 10) || Infinity;
  var counter = form.querySelector("[data-counter]");
  var words = form.querySelector("[data-words]");
  var status = form.querySelector("[data-status]");
  var lastSaved = textarea.value, saving = false, submitting = false;
  var INTERVAL = 10000;

  function count(text) {
    var trimmed = text.trim();
    return trimmed ? trimmed.split(/\s+/).length : 0;
  }

  function showCount() {
    var n = count(textarea.value);
    if (words) words.textContent = String(n);
    if (counter) {
      counter.classList.toggle("is-short", n < min);
      counter.classList.toggle("is-long", n > max);
      counter.classList.toggle("is-ok", n >= min && n <= max);
    }
  }

  function say(text) { if (status) status.textContent = text; }

  function body(text) {
    var data = new FormData();
    data.append("csrfmiddlewaretoken", token);
    data.append("text", text);
    data.append("autosave", "1");
    return data;
  }

  function save() {
    var text = textarea.value;
    if (saving || submitting || text === lastSaved) return;
    saving = true;
    say(form.getAttribute("data-label-saving"));
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {"Accept": "application/json", "X-CSRFToken": token},
      body: body(text)
    }).then(function (response) {
      return response.json().then(function (data) { return {ok: response.ok, data: data}; });
    }).then(function (result) {
      saving = false;
      if (result.ok && result.data.saved) {
        lastSaved = text;
        say("✓ " + result.data.status);
      } else {
        say("⚠ " + ((result.data.errors || []).join(" ") || "!"));
      }
    }).catch(function () {
      saving = false;
      say("⚠ " + form.getAttribute("data-label-offline"));
    });
  }

  function saveOnLeave() {
    var text = textarea.value;
    if (submitting || text === lastSaved || !navigator.sendBeacon) return;
    if (navigator.sendBeacon(url, body(text))) lastSaved = text;
  }

  textarea.addEventListener("input", showCount);
  textarea.addEventListener("blur", save);
  setInterval(save, INTERVAL);
  window.addEventListener("online", save);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") saveOnLeave();
  });
  form.addEventListener("submit", function () { submitting = true; });
  showCount();
})();
