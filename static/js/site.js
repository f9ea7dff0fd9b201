// Progressive enhancement only: every page works without this file.
// After a form comes back with errors, move focus to its error summary, so that a
// keyboard or screen-reader user starts there (without JavaScript the form's
// action="#fouten" already scrolls the page to it).
// The warning before posting (#29) comes first on its page, and takes focus the same way.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary") || document.querySelector(".preview--warning");
  if (summary) {
    summary.focus();
    return;
  }
  // A message shown where the reader lands (the moderation queue, at the next card): focus
  // there, so a screen reader reads it and the keyboard continues from it.
  var landing = document.getElementById("melding");
  if (landing && location.hash === "#melding") {
    landing.focus();
    // Once the page has its final layout (its styles, a phone's narrow column), bring the
    // message back into view: focusing this early scrolled to where it stood before.
    window.addEventListener("load", function () {
      landing.scrollIntoView();
    });
  }
});

// A link to one reflection (#reflectie-12, from an email or a feed) may point into a folded
// list of reflections on the paper page (<details>, #29): open the folds around it and go
// there. Chromium opens them by itself; other browsers would stay at the top.
(function () {
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) {
      return;
    }
    var opened = false;
    for (var fold = target.closest("details"); fold; fold = fold.parentElement.closest("details")) {
      if (!fold.open) {
        fold.open = true;
        opened = true;
      }
    }
    if (opened) {
      target.scrollIntoView();
    }
  }
  document.addEventListener("DOMContentLoaded", reveal);
  window.addEventListener("hashchange", reveal);
})();
