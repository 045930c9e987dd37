/* A PDF or export that is being made: ask its status now and then, without reloading the
   page (no timed refresh, WCAG 2.2.1). News goes into the page's live region, and once the
   file is ready, a link to it. Without this script the page's "Nu opnieuw kijken" link works.

   Markup: [data-report-status-url] holding [data-report-status-live] (role="status"),
   [data-report-status-watching] (hidden until this script runs) and
   [data-report-status-fallback]; optionally a [data-report-status-heading] anywhere on the
   page. The status address answers JSON:
   {"state": "building" | "failed" | "ready", "heading": the page's new heading or "",
    "message": "…", "link": {"url", "text"} | null,
    "done": true when nothing will change any more (optional)}. */
(function () {
  "use strict";
  var root = document.querySelector("[data-report-status-url]");
  if (!root || !window.fetch) { return; }

  var statusUrl = root.getAttribute("data-report-status-url");
  var live = root.querySelector("[data-report-status-live]");
  var watching = root.querySelector("[data-report-status-watching]");
  var fallback = root.querySelector("[data-report-status-fallback]");
  var heading = document.querySelector("[data-report-status-heading]");

  var FIRST_DELAY = 2000;        // ms before the first question
  var LONGEST_DELAY = 10000;     // ms between questions, at most
  var GIVE_UP_AFTER = 30 * 60 * 1000;  // then the "Nu opnieuw kijken" link remains
  var started = Date.now();
  var delay = FIRST_DELAY;
  var shown = live ? live.textContent.replace(/\s+/g, " ").trim() : "";

  if (watching) { watching.hidden = false; }

  function show(status) {
    if (heading && status.heading) { heading.textContent = status.heading; }
    var link = status.link;
    var text = status.message + (link ? " " + link.text : "");
    if (!live || text === shown) { return; }  // tell only news, not every answer
    shown = text;
    var paragraph = document.createElement("p");
    paragraph.textContent = status.message;
    if (link) {
      var anchor = document.createElement("a");
      anchor.href = link.url;
      anchor.textContent = link.text;
      anchor.className = "report-status__link";
      paragraph.appendChild(document.createTextNode(" "));
      paragraph.appendChild(anchor);
    }
    live.replaceChildren(paragraph);
  }

  function finish() {
    if (watching) { watching.hidden = true; }
    if (fallback) { fallback.hidden = true; }
  }

  function again() {
    if (Date.now() - started > GIVE_UP_AFTER) {
      if (watching) { watching.hidden = true; }
      return;
    }
    delay = Math.min(Math.round(delay * 1.5), LONGEST_DELAY);
    window.setTimeout(ask, delay);
  }

  function ask() {
    window.fetch(statusUrl, {
      headers: { "Accept": "application/json" },
      credentials: "same-origin",
      cache: "no-store"
    }).then(function (response) {
      if (!response.ok) { throw new Error("status " + response.status); }
      return response.json();
    }).then(function (status) {
      show(status);
      if (status.state === "ready" || status.done) {
        finish();
      } else {
        again();
      }
    }).catch(function () {
      again();  // a hiccup of the network or the server: ask again later
    });
  }

  window.setTimeout(ask, FIRST_DELAY);
})();
