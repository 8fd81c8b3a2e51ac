/* Quiz page: autosave every change (and again when the connection comes back), show the time left.
   The server keeps the answers and enforces the time; without this script the form still submits. */
(function () {
  "use strict";
  var form = document.querySelector("[data-quiz]");
  if (!form) return;
  var url = form.getAttribute("data-save-url");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var status = form.querySelector("[data-status]");
  var pending = false, saving = false, timer = null, submitting = false;

  function collect() {
    var answers = {};
    Array.prototype.forEach.call(form.querySelectorAll("[data-question]"), function (item) {
      var id = item.getAttribute("data-question");
      if (item.getAttribute("data-kind") === "short") {
        answers[id] = item.querySelector("input[type=text]").value;
      } else {
        answers[id] = Array.prototype.map.call(item.querySelectorAll("input:checked"), function (input) {
          return parseInt(input.value, 10);
        });
      }
    });
    return answers;
  }

  function say(text) { if (status) status.textContent = text; }

  function save() {
    if (saving || submitting) { pending = true; return; }
    saving = true; pending = false;
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": token},
      body: JSON.stringify({answers: collect()})
    }).then(function (response) {
      return response.json().then(function (data) { return {ok: response.ok, data: data}; });
    }).then(function (result) {
      saving = false;
      if (result.ok) {
        say("✓ " + form.getAttribute("data-label-saved") + " " + result.data.saved_at);
        if (pending) save();
      } else if (result.data.submitted) {
        window.location.reload(); // time is up on the server: show the review
      } else {
        say(result.data.error || "!");
      }
    }).catch(function () {
      saving = false; pending = true;
      say("⚠ " + form.getAttribute("data-label-offline"));
    });
  }

  function soon() { clearTimeout(timer); timer = setTimeout(save, 600); }
  form.addEventListener("change", soon);
  form.addEventListener("input", soon);
  window.addEventListener("online", function () { if (pending) save(); });
  setInterval(function () { if (pending && navigator.onLine !== false) save(); }, 10000);
  form.addEventListener("submit", function () { submitting = true; });

  var remaining = form.getAttribute("data-remaining");
  var clock = form.querySelector("[data-timer]");
  if (remaining !== null && clock) {
    var ends = Date.now() + parseInt(remaining, 10) * 1000;
    var tick = function () {
      var left = Math.max(0, Math.round((ends - Date.now()) / 1000));
      clock.textContent = Math.floor(left / 60) + ":" + ("0" + (left % 60)).slice(-2);
      if (left === 0 && !submitting) { submitting = true; form.submit(); }
    };
    tick();
    setInterval(tick, 1000);
  }
})();
