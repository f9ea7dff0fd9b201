// Progressive enhancement only: every page works without this file.
// After a form comes back with errors, move focus to its error summary, so that a
// keyboard or screen-reader user starts there (without JavaScript the form's
// action="#fouten" already scrolls the page to it).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
    return;
  }
  // A message shown where the reader lands (the moderation queue, at the next card): focus
  // there, so a screen reader reads it and the keyboard continues from it.
  var landing = document.getElementById("melding");
  if (landing && location.hash === "#melding") {
    landing.focus();
  }
});
