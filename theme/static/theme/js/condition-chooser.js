/* The condition of a question in the page editor (Wagtail admin): choose one of the
   earlier questions of the rubric, then one of its answers, from selects instead of typing
   codes. What is stored stays the codes; surveys/rules.py checks them again on save.

   Two sources of earlier questions:
   - the themes before this one: asked once per page from the server
     (surveys.admin_views.ConditionQuestionsView, ?pagina=<id> or ?rubriek=<id>);
   - this theme: read from the form itself, because an editor often adds a yes/no question
     and its follow-up in one go, before saving. A question counts when its block comes
     before the block whose condition is being chosen.

   Registered with telepath as the client side of surveys.blocks.conditions.ConditionSelect
   (the Form widget client-side API of Wagtail's StreamField). */
(function () {
  "use strict";

  var NAME = /^(.*)-(\d+)-value-condition-(question|value)$/;
  var requests = {};

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function inputValue(name) {
    var input = document.querySelector('[name="' + name + '"]');
    return input ? input.value : null;
  }

  /* Which page is being edited: an existing theme, or a new theme under a rubric. */
  function editedPageQuery() {
    var path = window.location.pathname;
    var match = path.match(/\/pages\/(\d+)\/(?:edit|revisions\/\d+\/revert)\/$/);
    if (match) { return "pagina=" + match[1]; }
    match = path.match(/\/pages\/add\/[^/]+\/[^/]+\/(\d+)\/$/);
    if (match) { return "rubriek=" + match[1]; }
    return null;
  }

  function loadEarlierThemes(url) {
    var query = editedPageQuery();
    if (!query || !window.fetch) {
      return Promise.resolve({ questions: [], types: {} });
    }
    var address = url + "?" + query;
    if (!requests[address]) {
      requests[address] = window.fetch(address, {
        credentials: "same-origin",
        headers: { "Accept": "application/json" }
      }).then(function (response) {
        if (!response.ok) { throw new Error("status " + response.status); }
        return response.json();
      }).catch(function () {
        delete requests[address];  // try again the next time the select is opened
        return { questions: [], types: {} };
      });
    }
    return requests[address];
  }

  /* The questions of this theme before the block with ``blockPrefix`` (e.g. "body-3"). */
  function questionsOfThisTheme(streamName, blockPrefix, types, strings) {
    var pattern = new RegExp("^" + escapeRegExp(streamName) + "-(\\d+)-value-code$");
    var self = document.querySelector('[name="' + blockPrefix + '-value-code"]');
    var found = [];
    if (!self) { return found; }
    document.querySelectorAll('input[name$="-value-code"]').forEach(function (input) {
      var match = input.name.match(pattern);
      if (!match) { return; }
      var prefix = streamName + "-" + match[1];
      if (prefix === blockPrefix || inputValue(prefix + "-deleted") === "1") { return; }
      if (!(input.compareDocumentPosition(self) & Node.DOCUMENT_POSITION_FOLLOWING)) { return; }
      var type = types[inputValue(prefix + "-type")];
      var code = input.value.trim();
      if (!type || !code) { return; }
      var answers = type.answers.slice();
      if (type.answers_from) {
        answers = answersFromForm(prefix + "-value-" + type.answers_from);
      }
      found.push({
        code: code,
        text: (inputValue(prefix + "-value-text") || "").trim(),
        theme: strings.thisTheme,
        operator: type.operator,
        answers: answers
      });
    });
    return found;
  }

  /* The options (code, label) of a list of options in the form, e.g. "body-3-value-options". */
  function answersFromForm(listPrefix) {
    var pattern = new RegExp("^" + escapeRegExp(listPrefix) + "-(\\d+)-value-code$");
    var answers = [];
    document.querySelectorAll('input[name^="' + listPrefix + '-"]').forEach(function (input) {
      var match = input.name.match(pattern);
      if (!match) { return; }
      var item = listPrefix + "-" + match[1];
      if (inputValue(item + "-deleted") === "1" || !input.value.trim()) { return; }
      answers.push({
        code: input.value.trim(),
        label: (inputValue(item + "-value-label") || input.value).trim()
      });
    });
    return answers;
  }

  function option(value, text) {
    var element = document.createElement("option");
    element.value = value;
    element.textContent = text;
    return element;
  }

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_match, key) { return values[key]; });
  }

  function BoundConditionSelect(select, definition) {
    this.select = select;
    this.definition = definition;
    this.idForLabel = select.id;
    this.emptyLabel = select.options.length ? select.options[0].textContent : "";
    var match = select.name.match(NAME);
    this.streamName = match ? match[1] : null;
    this.blockPrefix = match ? match[1] + "-" + match[2] : null;
    this.conditionPrefix = select.name.replace(/-(question|value)$/, "");
    select.conditionWidget = this;
    var self = this;
    if (definition.role === "question") {
      // The earlier questions of this theme may have changed since: look again.
      select.addEventListener("focus", function () { self.refresh(); });
      select.addEventListener("change", function () { self.questionChanged(); });
    } else {
      select.addEventListener("focus", function () { self.refresh(); });
    }
  }

  BoundConditionSelect.prototype.getValue = function () { return this.select.value; };
  BoundConditionSelect.prototype.getState = function () { return this.select.value; };
  BoundConditionSelect.prototype.getValueForLabel = function () { return this.select.value; };
  BoundConditionSelect.prototype.getTextLabel = function () { return this.select.value; };
  BoundConditionSelect.prototype.focus = function () { this.select.focus(); };
  BoundConditionSelect.prototype.setInvalid = function (invalid) {
    if (invalid) {
      this.select.setAttribute("aria-invalid", "true");
    } else {
      this.select.removeAttribute("aria-invalid");
    }
  };

  /* The stored code, as an option, selected: it must never get lost. */
  BoundConditionSelect.prototype.setState = function (state) {
    var value = Array.isArray(state) ? (state[0] || "") : (state || "");
    if (value && !Array.prototype.some.call(this.select.options, function (o) {
      return o.value === value;
    })) {
      this.select.appendChild(option(value, value));
    }
    this.select.value = value;
    var self = this;
    window.setTimeout(function () { self.refresh(); }, 0);  // the sibling selects exist by then
  };

  BoundConditionSelect.prototype.sibling = function (role) {
    var input = document.querySelector('[name="' + this.conditionPrefix + "-" + role + '"]');
    return input || null;
  };

  BoundConditionSelect.prototype.candidates = function (data) {
    if (!this.streamName) { return data.questions; }
    return data.questions.concat(
      questionsOfThisTheme(this.streamName, this.blockPrefix, data.types || {},
        this.definition.strings)
    );
  };

  BoundConditionSelect.prototype.refresh = function () {
    var self = this;
    return loadEarlierThemes(this.definition.questionsUrl).then(function (data) {
      var candidates = self.candidates(data);
      if (self.definition.role === "question") {
        self.fillQuestions(candidates);
      } else {
        var question = self.sibling("question");
        var chosen = question ? question.value : "";
        self.fillAnswers(candidates.filter(function (c) { return c.code === chosen; })[0],
          chosen);
      }
      return candidates;
    });
  };

  BoundConditionSelect.prototype.replaceOptions = function (groups, missingText) {
    var current = this.select.value;
    var found = !current;
    var fragment = document.createDocumentFragment();
    fragment.appendChild(option("", this.select.options[0].textContent));
    groups.forEach(function (group) {
      var parent = fragment;
      if (group.label) {
        parent = document.createElement("optgroup");
        parent.label = group.label;
        fragment.appendChild(parent);
      }
      group.options.forEach(function (item) {
        parent.appendChild(option(item.value, item.text));
        if (item.value === current) { found = true; }
      });
    });
    if (!found) {
      fragment.appendChild(option(current, format(missingText, { code: current })));
    }
    this.select.replaceChildren(fragment);
    this.select.value = current;
  };

  BoundConditionSelect.prototype.fillQuestions = function (candidates) {
    var strings = this.definition.strings;
    var groups = [];
    var byTheme = {};
    candidates.forEach(function (question) {
      if (!byTheme[question.theme]) {
        byTheme[question.theme] = {
          label: question.theme === strings.thisTheme
            ? strings.thisTheme : format(strings.theme, { title: question.theme }),
          options: []
        };
        groups.push(byTheme[question.theme]);
      }
      byTheme[question.theme].options.push({
        value: question.code,
        text: question.text ? question.code + " – " + question.text : question.code
      });
    });
    this.replaceOptions(groups, strings.notFound);
  };

  BoundConditionSelect.prototype.fillAnswers = function (question, chosenCode) {
    var answers = question ? question.answers : [];
    this.select.options[0].textContent = chosenCode
      ? this.emptyLabel : this.definition.strings.chooseQuestionFirst;
    this.replaceOptions([{
      label: null,
      options: answers.map(function (answer) {
        return {
          value: answer.code,
          text: answer.label && answer.label !== answer.code
            ? answer.label + " (" + answer.code + ")" : answer.code
        };
      })
    }], this.definition.strings.notFound);
  };

  /* A question was chosen: its operator, and its answers in the answer select. */
  BoundConditionSelect.prototype.questionChanged = function () {
    var self = this;
    this.refresh().then(function (candidates) {
      var chosen = candidates.filter(function (c) { return c.code === self.select.value; })[0];
      var operator = self.sibling("operator");
      if (chosen && operator && operator.value !== chosen.operator) {
        operator.value = chosen.operator;
        operator.dispatchEvent(new Event("change", { bubbles: true }));
      }
      var answer = self.sibling("value");
      if (answer && answer.conditionWidget) {
        var keep = chosen && chosen.answers.some(function (a) { return a.code === answer.value; });
        if (!keep && answer.value) {
          answer.value = "";
          answer.dispatchEvent(new Event("change", { bubbles: true }));
        }
        answer.conditionWidget.refresh();
      }
    });
  };

  function ConditionSelect(html, definition) {
    this.html = html;
    this.definition = definition;
  }

  ConditionSelect.prototype.render = function (
    placeholder, name, id, initialState, _parentCapabilities, options
  ) {
    var html = this.html.replace(/__NAME__/g, name).replace(/__ID__/g, id);
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    var select = template.content.querySelector("select");
    var attributes = (options && options.attributes) || {};
    Object.keys(attributes).forEach(function (key) {  // e.g. aria-describedby of the help text
      if (attributes[key] !== null && attributes[key] !== undefined) {
        select.setAttribute(key, attributes[key]);
      }
    });
    placeholder.replaceWith(template.content);
    var bound = new BoundConditionSelect(select, this.definition);
    bound.setState(initialState);
    return bound;
  };

  ConditionSelect.prototype.getByName = function (name, container) {
    var select = container.querySelector('select[name="' + name + '"]');
    if (!select) { throw new Error('No select found with name "' + name + '"'); }
    return select.conditionWidget || new BoundConditionSelect(select, this.definition);
  };

  window.telepath.register("surveys.widgets.ConditionSelect", ConditionSelect);
})();
