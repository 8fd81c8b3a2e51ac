// Activation codes: the sheet's print button, and one submission per issuing form (a second tap would only
// show the same sheet again, but need not be sent at all).
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
document.querySelectorAll("button[data-once]").forEach(function (button) {
  button.form.addEventListener("submit", function () { button.disabled = true; });
});
