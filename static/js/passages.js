// Responding to a passage (issue #19) — progressive enhancement only. Without this file every
// paragraph's marker (¶) leads to "Reageer op deze alinea", where the passage is chosen as a
// sentence or as words from … to …. With it, selecting words in one paragraph of the paper
// offers one link, "Reageer op deze passage", to the same compose page with those words
// (?passage=…&voor=…) preselected by the server (reflections/writing.py initial_words).
//
// Selecting by keyboard. Chromium extends an existing *range* selection with Shift+arrows in
// ordinary page text, but not a collapsed caret unless the reader has turned on caret browsing
// (F7), and Firefox extends neither; so a click followed by Shift+arrows would do nothing.
// Focusability does not change that: tabindex="-1" on the paper body (main#inhoud already has
// it, and takes focus on a click) makes no difference to Shift+arrows (tried in Chromium), and
// a tab stop per paragraph would bury the page's links under dozens of stops. Instead,
// Shift+arrow (with Ctrl or Alt: by word) in the paper's text extends the selection here with
// Selection.modify(), which Chromium, Firefox and Safari implement. Someone who cannot place a
// caret at all (keyboard only, without caret browsing) has the marker's route, which needs no
// selection.
//
// The link goes into the paragraph, just before its marker: Tab from a selection reaches it
// first, and a screen reader meets it with the paragraph it belongs to. (After the paragraph
// would put an <a> directly inside a <ul> for a list item.) Tab with focus on the page rather
// than on a link (a click in the text focuses main#inhoud) moves to the link as well, since
// browsers differ in where they start sequential navigation after a selection.
(function () {
  "use strict";

  var body = document.querySelector(".paper-body");
  // Markers are also shown on a version that takes no more reflections, for the paragraphs
  // that have some; the links to respond (.compose-link, "Reageer op deze sectie") only on one
  // that takes them.
  if (
    !body ||
    !body.querySelector(".passage-marker") ||
    !body.querySelector("a.compose-link") ||
    !window.getSelection
  ) {
    return;
  }

  var BLOCK_ID = /-p\d+$/;
  var PREFIX_CHARS = 32; // papers/passages.py CONTEXT_CHARS: the text before, to tell places apart
  var DEBOUNCE_MS = 200; // touch: the selection changes many times while its handles move
  var PRESS_MS = 1000; // how long the link outlives its selection after a tap on it
  var GAP_PX = 6;
  var EDGE_PX = 8;
  var WORD_CHAR = wordCharPattern();
  var EXTEND_KEYS = {
    ArrowLeft: ["backward", "character"],
    ArrowRight: ["forward", "character"],
    ArrowUp: ["backward", "line"],
    ArrowDown: ["forward", "line"],
    Home: ["backward", "lineboundary"],
    End: ["forward", "lineboundary"]
  };

  var english = /^en(-|$)/i.test(document.documentElement.lang || "");
  var action = document.createElement("a");
  action.className = "button button--small passage-action";
  action.textContent = english ? "Respond to this passage" : "Reageer op deze passage";
  action.hidden = true;

  var timer = null;
  var timerIsDue = false;
  var pressedAt = 0;
  var mouseIsDown = false;
  var dismissed = null; // the passage Escape closed the link for, until the selection changes
  var returnFocus = null; // where focus was before Tab moved it to the link

  // The words of a passage are the server's words (papers/passages.py WORD_RE: [\w’'-]).
  function wordCharPattern() {
    try {
      return new RegExp("[\\p{L}\\p{N}\\p{M}_’'-]", "u");
    } catch (e) {
      return /[A-Za-z0-9_\u00C0-\u024F’'-]/;
    }
  }

  function markerOf(block) {
    for (var child = block.firstElementChild; child; child = child.nextElementSibling) {
      if (child.classList.contains("passage-marker")) {
        return child;
      }
    }
    return null;
  }

  // The paragraph or list item (with its own marker) that a node is in, or null.
  function blockOf(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentNode);
    while (element && element !== body && element !== document.body) {
      if ((element.tagName === "P" || element.tagName === "LI") && BLOCK_ID.test(element.id)) {
        return body.contains(element) && markerOf(element) ? element : null;
      }
      element = element.parentNode;
    }
    return null;
  }

  // The block's own text nodes, as the server reads its text: not the marker (nor this link),
  // and not a nested list, whose items are passages of their own.
  function ownTextNodes(block) {
    var nodes = [];
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, null);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (isOwnText(node, block)) {
        nodes.push(node);
      }
    }
    return nodes;
  }

  function isOwnText(node, block) {
    var element = node.parentNode;
    for (; element && element !== block; element = element.parentNode) {
      if (
        element === action ||
        element.tagName === "UL" ||
        element.tagName === "OL" ||
        (element.classList && element.classList.contains("passage-marker"))
      ) {
        return false;
      }
    }
    return true;
  }

  // Where a boundary point falls in the block's own text: 0 before it, its length after it.
  function offsetOf(nodes, container, offset) {
    var position = 0;
    var around = document.createRange();
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i] === container) {
        return position + offset;
      }
      around.selectNodeContents(nodes[i]);
      if (around.comparePoint(container, offset) <= 0) {
        return position;
      }
      position += nodes[i].length;
    }
    return position;
  }

  function pointAt(nodes, position) {
    for (var i = 0; i < nodes.length; i++) {
      if (position <= nodes[i].length || i === nodes.length - 1) {
        return { node: nodes[i], offset: Math.min(position, nodes[i].length) };
      }
      position -= nodes[i].length;
    }
    return null;
  }

  // Whether the part of the range outside the block is only white space: a triple click
  // selects a paragraph up to the start of the next one.
  function onlyBlankOutside(range, block) {
    var inside = document.createRange();
    inside.selectNodeContents(block);
    if (range.compareBoundaryPoints(Range.START_TO_START, inside) < 0) {
      var before = range.cloneRange();
      before.setEnd(block, 0);
      if (/\S/.test(before.toString())) {
        return false;
      }
    }
    if (range.compareBoundaryPoints(Range.END_TO_END, inside) > 0) {
      var after = range.cloneRange();
      after.setStart(block, block.childNodes.length);
      if (/\S/.test(after.toString())) {
        return false;
      }
    }
    return true;
  }

  function collapse(text) {
    return text.replace(/\s+/g, " ");
  }

  function isWordChar(character) {
    return character !== undefined && character !== "" && WORD_CHAR.test(character);
  }

  // The selection as a passage of one paragraph, or null.
  function selectedPassage() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    var range = selection.getRangeAt(0);
    var first = blockOf(range.startContainer);
    var last = blockOf(range.endContainer);
    var block = first || last;
    if (!block) {
      return null;
    }
    if (first !== last) {
      var other = block === first ? last : first;
      if ((other && block.contains(other)) || !onlyBlankOutside(range, block)) {
        return null;
      }
    }
    var nodes = ownTextNodes(block);
    var text = nodes
      .map(function (node) {
        return node.data;
      })
      .join("");
    var start = offsetOf(nodes, range.startContainer, range.startOffset);
    var end = offsetOf(nodes, range.endContainer, range.endOffset);
    // Whole words: the server chooses a passage by its words, so half a word would not be
    // found; a selection made with a mouse rarely starts exactly at a word.
    while (start > 0 && isWordChar(text.charAt(start)) && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    while (end < text.length && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end))) {
      end++;
    }
    var words = collapse(text.slice(start, end)).trim();
    if (!words || !WORD_CHAR.test(words)) {
      return null;
    }
    var href = composeUrl(markerOf(block), words, textBefore(text, start));
    if (!href) {
      return null;
    }
    var marked = document.createRange();
    var from = pointAt(nodes, start);
    var to = pointAt(nodes, end);
    marked.setStart(from.node, from.offset);
    marked.setEnd(to.node, to.offset);
    return { block: block, href: href, range: marked };
  }

  // At most PREFIX_CHARS of the paragraph before the passage, from the start of a word.
  function textBefore(text, start) {
    var before = collapse(text.slice(0, start)).replace(/^ /, "");
    if (before.length <= PREFIX_CHARS) {
      return before;
    }
    var cut = before.length - PREFIX_CHARS;
    while (cut < before.length && isWordChar(before.charAt(cut - 1)) &&
        isWordChar(before.charAt(cut))) {
      cut++;
    }
    return before.slice(cut).replace(/^ /, "");
  }

  // The marker links to the paragraph's reflections (…/reflecties/?sectie=…&alinea=…); the
  // compose page for it is …/reageren/ with the same paragraph.
  function composeUrl(marker, words, before) {
    var url = new URL(marker.href, document.baseURI);
    if (!/\/reflecties\/$/.test(url.pathname)) {
      return null;
    }
    var sectie = url.searchParams.get("sectie");
    var alinea = url.searchParams.get("alinea");
    if (!sectie || !alinea) {
      return null;
    }
    return (
      url.pathname.replace(/\/reflecties\/$/, "/reageren/") +
      "?sectie=" + encodeURIComponent(sectie) +
      "&alinea=" + encodeURIComponent(alinea) +
      "&passage=" + encodeURIComponent(words) +
      "&voor=" + encodeURIComponent(before)
    );
  }

  function show(found) {
    var marker = markerOf(found.block);
    if (action.parentNode !== found.block || action.nextSibling !== marker) {
      found.block.insertBefore(action, marker);
    }
    action.setAttribute("href", found.href);
    action.hidden = false;
    place(found.range);
  }

  function hide() {
    action.hidden = true;
    if (action.parentNode) {
      action.parentNode.removeChild(action);
    }
  }

  // Below the end of the selection, so that it covers none of the selected words (above its
  // first line when there is no room below); further down on a touch screen, clear of the
  // selection handles.
  function place(range) {
    var rects = range.getClientRects();
    if (!rects.length) {
      return;
    }
    var firstLine = rects[0];
    var lastLine = rects[rects.length - 1];
    var viewportWidth = document.documentElement.clientWidth;
    var viewportHeight = document.documentElement.clientHeight;
    var width = action.offsetWidth;
    var height = action.offsetHeight;
    var below = GAP_PX + (window.matchMedia && matchMedia("(pointer: coarse)").matches ? 22 : 0);
    var top = lastLine.bottom + below;
    if (top + height > viewportHeight && firstLine.top - GAP_PX - height >= 0) {
      top = firstLine.top - GAP_PX - height;
    }
    var left = Math.max(lastLine.left, lastLine.right - width);
    left = Math.max(EDGE_PX, Math.min(left, viewportWidth - width - EDGE_PX));
    var origin = containingBlockOrigin();
    action.style.left = Math.round(left - origin.left) + "px";
    action.style.top = Math.round(top - origin.top) + "px";
  }

  // Where the link's containing block starts, in viewport coordinates: a positioned
  // ancestor's padding box, or else the page itself.
  function containingBlockOrigin() {
    var parent = action.offsetParent;
    if (parent && parent !== document.body && getComputedStyle(parent).position !== "static") {
      var box = parent.getBoundingClientRect();
      return {
        left: box.left + parent.clientLeft - parent.scrollLeft,
        top: box.top + parent.clientTop - parent.scrollTop
      };
    }
    return { left: -window.pageXOffset, top: -window.pageYOffset };
  }

  function update() {
    timer = null;
    var found = selectedPassage();
    if (!found) {
      dismissed = null;
      if (Date.now() - pressedAt < PRESS_MS) {
        schedule(PRESS_MS);
      } else if (document.activeElement !== action) {
        hide();
      }
      return;
    }
    if (found.href === dismissed) {
      return;
    }
    dismissed = null;
    show(found);
  }

  // selectionchange arrives after the mouseup or keyup that ended a selection: it may put off
  // an update that waits for more changes, never one that is due now.
  function schedule(delay) {
    if (timer !== null) {
      if (timerIsDue && delay > 0) {
        return;
      }
      clearTimeout(timer);
    }
    timerIsDue = delay === 0;
    timer = setTimeout(update, delay);
  }

  function isEditable(element) {
    return (
      element &&
      (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName))
    );
  }

  // Shift+arrow in the paper's text extends the selection, also from a caret (see the top of
  // this file). Firefox without caret browsing extends neither, so every step is taken here;
  // Selection.modify() is what the browsers' own editing commands do.
  function extendSelection(event) {
    var move = EXTEND_KEYS[event.key];
    var selection = window.getSelection();
    if (!move || !event.shiftKey || event.metaKey || !selection.modify) {
      return;
    }
    if (selection.rangeCount === 0 || isEditable(event.target)) {
      return;
    }
    var inText = selection.isCollapsed ?
      blockOf(selection.focusNode) :
      body.contains(selection.focusNode);
    if (!inText) {
      return;
    }
    var byWord = (event.ctrlKey || event.altKey) && move[1] === "character";
    selection.modify("extend", move[0], byWord ? "word" : move[1]);
    event.preventDefault();
  }

  // Keys come faster than timers: the link must hold the selection as it is now.
  function flush() {
    if (timer !== null) {
      clearTimeout(timer);
      update();
    }
  }

  function focusAction(event) {
    flush();
    var active = document.activeElement;
    var block = action.parentNode;
    if (!block || action.hidden || active === action || event.shiftKey || event.altKey ||
        event.ctrlKey || event.metaKey) {
      return;
    }
    // Only from the page itself (or a container of the paragraph), never from a link or a
    // field: Tab from those keeps its usual order.
    if (active && active !== document.body && !active.contains(block)) {
      return;
    }
    returnFocus = active;
    action.focus();
    event.preventDefault();
  }

  function dismiss() {
    if (action.hidden) {
      return;
    }
    dismissed = action.getAttribute("href");
    var hadFocus = document.activeElement === action;
    hide();
    if (hadFocus && returnFocus && document.contains(returnFocus) && returnFocus.focus) {
      returnFocus.focus({ preventScroll: true });
    }
  }

  document.addEventListener("selectionchange", function () {
    if (!mouseIsDown) {
      schedule(DEBOUNCE_MS);
    }
  });
  document.addEventListener("mousedown", function (event) {
    if (event.button === 0 && event.target !== action) {
      mouseIsDown = true;
    }
  });
  document.addEventListener("mouseup", function () {
    if (mouseIsDown) {
      mouseIsDown = false;
      schedule(0);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented) {
      return;
    }
    if (event.key === "Escape") {
      dismiss();
    } else if (event.key === "Tab") {
      focusAction(event);
    } else {
      extendSelection(event);
    }
  });
  document.addEventListener("keyup", function (event) {
    if (event.shiftKey || event.key === "Shift") {
      schedule(0);
    }
  });
  window.addEventListener("resize", function () {
    if (!action.hidden) {
      schedule(DEBOUNCE_MS);
    }
  });
  // A press on the link keeps the selection (and so the link) until the click follows it.
  action.addEventListener("mousedown", function (event) {
    event.preventDefault();
  });
  // A tap on the link may end the selection before the click arrives (phones): the link
  // stays a moment longer, or the click would find it gone.
  action.addEventListener("pointerdown", function () {
    pressedAt = Date.now();
  });
  action.addEventListener("blur", function () {
    schedule(DEBOUNCE_MS);
  });
})();
