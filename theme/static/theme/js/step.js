/* Theme step: conditional follow-ups, table totals, and a warning for unsaved changes.
   Everything works without this script too: the server applies the same conditions. */
(function () {
  "use strict";
  var form = document.getElementById("step-form");
  if (!form) { return; }

  function valuesOf(code) {
    var inputs = form.querySelectorAll('[name="q__' + code + '"]');
    var values = [];
    inputs.forEach(function (input) {
      if ((input.type === "radio" || input.type === "checkbox")) {
        if (input.checked) { values.push(input.value); }
      } else if (input.value) {
        values.push(input.value);
      }
    });
    return values;
  }

  function present(code) {
    return form.querySelector('[name="q__' + code + '"]') !== null;
  }

  function updateConditions() {
    form.querySelectorAll("[data-condition-question]").forEach(function (block) {
      var target = block.getAttribute("data-condition-question");
      if (!present(target)) { return; } // on another step: the server decided
      var targetBlock = document.getElementById("vraag-" + target);
      var targetVisible = !targetBlock || !targetBlock.hidden;
      var expected = block.getAttribute("data-condition-value");
      var holds = targetVisible && valuesOf(target).indexOf(expected) !== -1;
      block.hidden = !holds;
    });
  }

  function parseNumber(text) {
    var cleaned = (text || "").replace(/[\s\u00a0\u202f€%]/g, "");
    if (!cleaned) { return 0; }
    if (cleaned.indexOf(",") !== -1) { cleaned = cleaned.replace(/\./g, "").replace(",", "."); }
    else if (/^\d{1,3}(\.\d{3})+$/.test(cleaned)) { cleaned = cleaned.replace(/\./g, ""); }
    var number = Number(cleaned);
    return isNaN(number) ? 0 : number;
  }

  function updateTotals() {
    form.querySelectorAll('table.table-input[data-totals="true"]').forEach(function (table) {
      table.querySelectorAll("[data-total-for]").forEach(function (cell) {
        var column = cell.getAttribute("data-total-for");
        var sum = 0;
        table.querySelectorAll('input[data-column="' + column + '"]').forEach(function (input) {
          sum += parseNumber(input.value);
        });
        cell.textContent = sum.toLocaleString("nl-BE");
      });
    });
  }

  if (form.hasAttribute("data-preview")) {
    // The page editor's preview: everything reacts, nothing is sent.
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("input", function () { updateConditions(); updateTotals(); });
    form.addEventListener("change", function () { updateConditions(); updateTotals(); });
    updateConditions();
    updateTotals();
    return;
  }

  // What was typed is kept in this tab (sessionStorage) until the server confirms the save:
  // a save that meets an ended session goes to the login, and back on this step the typed
  // answers are put back.
  var draftKey = "vtm-draft:" + window.location.pathname;
  var ANSWER_FIELD = /^[qse]__/;

  function readDraft() {
    try { return JSON.parse(window.sessionStorage.getItem(draftKey) || "null"); }
    catch (error) { return null; }
  }

  function writeDraft(submitted) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name || !ANSWER_FIELD.test(input.name)) { return; }
      if (input.type === "radio" || input.type === "checkbox") {
        fields[input.name] = fields[input.name] || [];
        if (input.checked) { fields[input.name].push(input.value); }
      } else {
        fields[input.name] = [input.value];
      }
    });
    try {
      window.sessionStorage.setItem(
        draftKey, JSON.stringify({ fields: fields, submitted: submitted, at: Date.now() }));
    } catch (error) { /* storage full or off: the warning on leaving still protects */ }
  }

  function restoreDraft(draft) {
    var restored = 0;
    Array.prototype.forEach.call(form.elements, function (input) {
      var values = draft.fields[input.name];
      if (!values) { return; }
      if (input.type === "radio" || input.type === "checkbox") {
        var checked = values.indexOf(input.value) !== -1;
        if (input.checked !== checked) { input.checked = checked; restored += 1; }
      } else if (input.value !== values[0]) {
        input.value = values[0];
        restored += 1;
      }
    });
    return restored;
  }

  // A save that went through shows its message on the page that follows (this step or the
  // next one): what was submitted is kept by the server, no draft is needed any more.
  if (document.querySelector(".message--success")) {
    for (var i = window.sessionStorage.length - 1; i >= 0; i -= 1) {
      var key = window.sessionStorage.key(i);
      if (key && key.indexOf("vtm-draft:") === 0) { window.sessionStorage.removeItem(key); }
    }
  }
  var draft = readDraft();
  if (draft && draft.submitted) {
    var fresh = Date.now() - (draft.at || 0) < 24 * 3600 * 1000;
    // Only on the first page after a new login: the save met an ended session.
    if (fresh && form.hasAttribute("data-fresh-login") &&
        !document.getElementById("foutenoverzicht") && restoreDraft(draft) > 0) {
      var notice = document.getElementById("draft-restored");
      if (notice) { notice.hidden = false; }
    } else {
      window.sessionStorage.removeItem(draftKey);
    }
  }

  var dirty = Boolean(draft && draft.submitted && document.getElementById("draft-restored") &&
    !document.getElementById("draft-restored").hidden);
  form.addEventListener("input", function () {
    dirty = true; writeDraft(false); updateConditions(); updateTotals();
  });
  form.addEventListener("change", function () {
    dirty = true; writeDraft(false); updateConditions(); updateTotals();
  });
  form.addEventListener("submit", function () { dirty = false; writeDraft(true); });
  window.addEventListener("beforeunload", function (event) {
    if (!dirty) { return undefined; }
    event.preventDefault();
    event.returnValue = form.getAttribute("data-unsaved-warning");
    return event.returnValue;
  });
  document.querySelectorAll("a[href]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (dirty && !window.confirm(form.getAttribute("data-unsaved-warning"))) {
        event.preventDefault();
      } else {
        dirty = false;
        window.sessionStorage.removeItem(draftKey); // left on purpose: nothing to put back
      }
    });
  });
  updateConditions();
  updateTotals();
  var summary = document.getElementById("foutenoverzicht");
  if (summary) {
    // Each link in the list of errors takes the focus into its question's first field.
    summary.querySelectorAll("a[data-focus]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var block = document.getElementById(link.getAttribute("data-focus"));
        var field = block && block.querySelector("input:not([type=hidden]), select, textarea");
        if (!field) { return; }
        event.preventDefault();
        block.scrollIntoView();
        field.focus();
      });
    });
    // Move the focus to the list of errors, so that it is announced and each links to its field.
    summary.focus();
    window.addEventListener("load", function () { summary.focus(); });
  }
})();
