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

  var dirty = false;
  form.addEventListener("input", function () { dirty = true; updateConditions(); updateTotals(); });
  form.addEventListener("change", function () { dirty = true; updateConditions(); updateTotals(); });
  form.addEventListener("submit", function () { dirty = false; });
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
