/* Organizer's certificates page: while a class's certificates are being issued, poll the progress and move the
   bar; reload when done so the list shows them. */
(function () {
  "use strict";
  var box = document.getElementById("issuance");
  if (!box || !box.hasAttribute("data-running")) return;
  var url = box.getAttribute("data-progress-url");
  var bar = box.querySelector(".progress__bar");
  var meter = box.querySelector("[role=progressbar]");
  var text = box.querySelector("[data-progress-text]");
  function poll() {
    fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var done = data.issued + data.skipped;
        var percent = data.total ? Math.round(100 * done / data.total) : 100;
        if (bar) bar.style.width = percent + "%";
        if (meter) meter.setAttribute("aria-valuenow", done);
        if (text) text.textContent = done + " / " + data.total;
        if (data.done) { window.location.reload(); } else { setTimeout(poll, 700); }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  poll();
})();
