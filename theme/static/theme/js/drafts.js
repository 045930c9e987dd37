/* A save confirmed by the server ("Uw antwoorden zijn opgeslagen.") on a page that is not a
   step (the rubric's review after "Opslaan en verder" on its last step): the answers typed on
   the steps are kept by the server, so the browser's drafts of them go (see step.js). */
(function () {
  "use strict";
  if (!document.querySelector(".message--success")) { return; }
  try {
    for (var i = window.sessionStorage.length - 1; i >= 0; i -= 1) {
      var key = window.sessionStorage.key(i);
      if (key && key.indexOf("vtm-draft:") === 0) { window.sessionStorage.removeItem(key); }
    }
  } catch (error) { /* storage off: nothing was kept */ }
})();
