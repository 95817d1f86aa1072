/* The Print button (overrides/partials/toolkit-print.html): hidden until this runs, since
   without JavaScript it could do nothing; then it opens the browser's print dialogue. */
document.querySelectorAll("[data-toolkit-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
