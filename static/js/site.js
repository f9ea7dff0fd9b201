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
    // Focus without scrolling: a script's scroll this early ends the browser's own keeping of
    // the #melding fragment in view while the page still takes its layout (a phone's narrow
    // column), and left the message 800 px down at 320 px.
    landing.focus({ preventScroll: true });
    // Once the page has its final layout, bring the message into view in any case (a browser
    // that does not keep the fragment in view); a frame later, after that layout is painted.
    window.addEventListener("load", function () {
      window.requestAnimationFrame(function () {
        landing.scrollIntoView();
      });
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
