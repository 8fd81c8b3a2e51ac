/* Reload the check-in QR code often enough that it is never more than a few seconds old. */
(function () {
  "use strict";
  var image = document.getElementById("check-in-qr");
  if (!image) return;
  var base = image.getAttribute("src");
  setInterval(function () { image.src = base + "?t=" + Date.now(); }, 5000);
})();
