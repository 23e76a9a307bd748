// The workbench's script (reportgen serve): select words to excerpt them, edit the topics, see suggestions.
// Every text from the sources or topics.yaml is put on the page with textContent, never as HTML.
// Every write carries the session's token and the version of topics.yaml this page was made from.
(function () {
  "use strict";

  // The workbench's pages carry the token and version in <meta>; the preview, in #rg-tools (preview_tools.html).
  var tools = document.getElementById("rg-tools");
  function held(name) {
    return tools ? { get: function () { return tools.getAttribute("data-" + name); },
                     set: function (v) { tools.setAttribute("data-" + name, v); } }
      : { get: function () { return document.querySelector('meta[name="rg-' + name + '"]').getAttribute("content"); },
          set: function (v) { document.querySelector('meta[name="rg-' + name + '"]').setAttribute("content", v); } };
  }
  var token = held("token").get();
  var data = JSON.parse(document.getElementById("rg-data").textContent);
  function version() { return held("version").get(); }
  function setVersion(v) { held("version").set(v); }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function status(text) { document.getElementById("rg-status").textContent = text; }

  function api(path, body) {
    var init = { method: body ? "POST" : "GET", credentials: "same-origin",
                 headers: { "X-Reportgen-Token": token } };
    if (body) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.json().then(function (answer) { answer.status = response.status; return answer; });
    });
  }

  // A refusal: check's message, its rule, the hint, and the one line `check` prints; a stale page offers a reload.
  function showAnswer(box, answer, saved) {
    box.replaceChildren();
    box.className = "result " + (answer.ok ? "saved" : answer.stale ? "stale" : "refused");
    if (answer.ok) {
      box.appendChild(el("p", {}, saved));
      if (answer.check && answer.check.errors) {
        box.appendChild(el("p", {}, "The check now reports " + answer.check.errors + " problem(s) elsewhere."));
      }
      return;
    }
    box.appendChild(el("strong", {}, answer.stale ? "Not saved: topics.yaml changed since this page was loaded."
                                                  : "Not saved: reportgen refused it, and nothing was written."));
    (answer.problems || []).forEach(function (p) {
      var item = el("p", { "class": "problem" });
      if (p.rule) { item.appendChild(el("span", { "class": "rule" }, p.rule)); item.appendChild(document.createTextNode(" ")); }
      item.appendChild(el("span", { "class": "message" }, p.message));
      if (p.hint) { item.appendChild(el("span", { "class": "hint" }, "; " + p.hint)); }
      item.appendChild(el("code", {}, p.text));
      box.appendChild(item);
    });
    if (answer.stale) {
      var reload = el("button", { type: "button", "class": "reload" }, "Reload the page");
      reload.addEventListener("click", function () { location.reload(); });
      box.appendChild(reload);
    }
    box.scrollIntoView({ block: "nearest" }); // the reason is read at once, not below the form's fold
  }

  function fillStances(select, topicId, chosen) {
    var topic = data.topics.filter(function (t) { return t.id === topicId; })[0];
    select.replaceChildren(el("option", { value: "" }, "No stance"));
    (topic ? topic.stances : []).forEach(function (s) {
      var option = el("option", { value: s.id }, s.label);
      if (s.id === chosen) { option.selected = true; }
      select.appendChild(option);
    });
  }

  // --- the reading view ------------------------------------------------------------------------
  var reader = document.querySelector("main.reader");
  if (reader) { readingView(reader); }

  function readingView(main) {
    var source = main.getAttribute("data-source");
    var form = document.getElementById("excerpt-form");
    var wordsBox = document.getElementById("words");
    var preview = document.getElementById("quote-preview");
    var topic = document.getElementById("f-topic");
    var analyst = document.getElementById("f-analyst");
    var stance = document.getElementById("f-stance");
    var whose = document.getElementById("f-whose");
    var result = document.getElementById("f-result");
    var current = null; // {para, words: [{start, end, text, button}]}
    var askedFor = 0;
    var WORD = /[\p{L}\p{N}'’\-]/u;

    fillStances(stance, topic.value);
    topic.addEventListener("change", function () { fillStances(stance, topic.value); suggestFor(topic.value); });

    function textOf(para) { return main.querySelector('.txt[data-para="' + para + '"]'); }

    function offsetIn(box, node, offset) {
      var range = document.createRange();
      range.selectNodeContents(box);
      range.setEnd(node, offset);
      return range.toString().length;
    }

    function selected() {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount) { return null; }
      var range = selection.getRangeAt(0);
      var startBox = (range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement)
        .closest(".txt");
      var endBox = (range.endContainer.nodeType === 1 ? range.endContainer : range.endContainer.parentElement)
        .closest(".txt");
      if (!startBox && !endBox) { return null; }
      if (startBox !== endBox || !startBox) {
        status("An excerpt is the words of one paragraph: select within one paragraph (cuts are made in the form).");
        return null;
      }
      var text = startBox.textContent;
      var start = offsetIn(startBox, range.startContainer, range.startOffset);
      var end = offsetIn(startBox, range.endContainer, range.endOffset);
      while (start > 0 && WORD.test(text[start - 1]) && WORD.test(text[start])) { start--; } // whole words only
      while (end < text.length && WORD.test(text[end]) && WORD.test(text[end - 1])) { end++; }
      while (start < end && /\s/.test(text[start])) { start++; }
      while (end > start && /\s/.test(text[end - 1])) { end--; }
      if (start >= end) { return null; }
      return { para: Number(startBox.getAttribute("data-para")), start: start, end: end };
    }

    function spans() {
      var out = [], open = null;
      current.words.forEach(function (w) {
        if (w.button.getAttribute("aria-pressed") === "true") {
          if (open) { open[1] = w.end; } else { open = [w.start, w.end]; out.push(open); }
        } else { open = null; }
      });
      return out;
    }

    function quoteOf(list) {
      var text = textOf(current.para).textContent;
      return list.map(function (s) { return text.slice(s[0], s[1]); }).join(" … ");
    }

    function refresh() {
      var list = spans();
      preview.textContent = list.length ? "“" + quoteOf(list) + "”" : "(every word is cut)";
      var asked = ++askedFor;
      whose.textContent = "Asking the checker whose words these are…";
      if (!list.length) { whose.textContent = ""; return; }
      api("/api/whose", { source: source, para: current.para, spans: list,
                          reported: document.getElementById("f-reported").checked }).then(function (answer) {
        if (asked !== askedFor) { return; }
        if (answer.ok) {
          analyst.value = answer.analyst;
          whose.textContent = "The checker credits these words to " + answer.name + " (" + answer.how + ").";
        } else {
          analyst.value = "";
          whose.textContent = "No analyst can be credited as selected: " +
            (answer.problems || []).map(function (p) { return p.message + (p.hint ? "; " + p.hint : ""); }).join(" ");
        }
      });
    }

    function open(choice) {
      var text = textOf(choice.para).textContent;
      current = { para: choice.para, words: [] };
      wordsBox.replaceChildren();
      var pattern = /\S+/g, match;
      while ((match = pattern.exec(text)) !== null) {
        var start = match.index, end = start + match[0].length;
        if (end <= choice.start || start >= choice.end) { continue; }
        start = Math.max(start, choice.start);
        end = Math.min(end, choice.end);
        var button = el("button", { type: "button", "class": "word", "aria-pressed": "true" }, text.slice(start, end));
        current.words.push({ start: start, end: end, button: button });
        wordsBox.appendChild(button);
        wordsBox.appendChild(document.createTextNode(" "));
      }
      current.words.forEach(function (w) {
        w.button.addEventListener("click", function () {
          w.button.setAttribute("aria-pressed", w.button.getAttribute("aria-pressed") === "true" ? "false" : "true");
          refresh();
        });
      });
      var section = document.getElementById("p-" + choice.para);
      var speaker = section.querySelector(".whose").textContent;
      document.getElementById("sel-where").textContent = "Paragraph " + choice.para + " · " + speaker;
      result.replaceChildren();
      result.className = "result";
      form.hidden = false;
      refresh();
    }

    function openFromSelection() {
      var choice = selected();
      if (choice) { open(choice); status("Words selected in paragraph " + choice.para + ": the form is beside the text."); }
    }

    main.addEventListener("mouseup", function () { setTimeout(openFromSelection, 0); });
    main.addEventListener("keyup", function (event) { if (event.shiftKey) { openFromSelection(); } });
    main.addEventListener("click", function (event) {
      var take = event.target.closest("button.take");
      if (!take) { return; }
      var para = Number(take.getAttribute("data-para"));
      open({ para: para, start: 0, end: textOf(para).textContent.length });
      document.getElementById("excerpt-heading").focus();
    });
    document.getElementById("f-reported").addEventListener("change", function () { if (current) { refresh(); } });
    document.getElementById("f-cancel").addEventListener("click", close);
    form.addEventListener("keydown", function (event) { if (event.key === "Escape") { close(); } });

    function close() {
      form.hidden = true;
      if (current) {
        var take = main.querySelector('button.take[data-para="' + current.para + '"]');
        if (take) { take.focus(); }
      }
      current = null;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!current) { return; }
      var list = spans();
      var save = document.getElementById("f-save");
      save.disabled = true;
      result.replaceChildren(el("p", {}, "Checking and saving…"));
      result.className = "result";
      api("/api/excerpt", {
        version: version(), topic: topic.value, source: source, para: current.para, spans: list,
        analyst: analyst.value, stance: stance.value, note: document.getElementById("f-note").value,
        translation: document.getElementById("f-translation").value,
        reported: document.getElementById("f-reported").checked
      }).then(function (answer) {
        save.disabled = false;
        if (answer.ok) {
          setVersion(answer.version);
          var title = topic.options[topic.selectedIndex].text;
          showAnswer(result, answer, "Saved to “" + title + "” (topics.yaml line " + answer.line + "): " +
                     answer.where + ", " + (analyst.value ? analyst.options[analyst.selectedIndex].text : answer.analyst) +
                     ". The preview has been rebuilt.");
          var section = document.getElementById("p-" + current.para);
          section.classList.add("filed", "just-filed");
          var list2 = section.querySelector(".filed-list") || section.querySelector(".content")
            .appendChild(el("ul", { "class": "filed-list", "aria-label": "Excerpts from paragraph " + current.para }));
          var item = el("li", {}, "New excerpt of ");
          item.appendChild(el("a", { href: "/topics#topic-" + topic.value }, title));
          list2.appendChild(item);
          status("Excerpt saved.");
        } else {
          showAnswer(result, answer);
          status(answer.stale ? "Not saved: topics.yaml changed; reload the page." : "Not saved: refused by the check.");
        }
      }, function () {
        save.disabled = false;
        showAnswer(result, { ok: false, problems: [{ message: "the server did not answer", text: "" }] });
      });
    });

    // Suggestions: `suggest`'s passages for the chosen topic; each a link to its paragraph.
    var suggestTopic = document.getElementById("s-topic");
    var list = document.getElementById("suggestions");
    function suggestFor(topicId) {
      suggestTopic.value = topicId;
      list.replaceChildren(el("li", {}, "Ranking passages…"));
      api("/api/suggest?topic=" + encodeURIComponent(topicId)).then(function (answer) {
        list.replaceChildren();
        if (!answer.ok) { list.appendChild(el("li", {}, (answer.problems || [{}])[0].message)); return; }
        if (!answer.passages.length) { list.appendChild(el("li", {}, "Nothing left to suggest.")); }
        answer.passages.forEach(function (p) {
          var item = el("li");
          var link = el("a", { href: "/read/" + encodeURIComponent(p.source) + "#p-" + p.para, "class": "jump" },
                        p.label + ", ¶ " + p.para);
          item.appendChild(link);
          item.appendChild(el("span", { "class": "who" }, " · " + p.who));
          item.appendChild(el("div", { "class": "snippet" }, p.text));
          list.appendChild(item);
        });
      });
    }
    suggestTopic.addEventListener("change", function () { suggestFor(suggestTopic.value); });
    suggestFor(suggestTopic.value);

    function jumped() {
      var target = location.hash && document.getElementById(location.hash.slice(1));
      if (target && target.classList.contains("para")) { target.focus({ preventScroll: false }); }
    }
    window.addEventListener("hashchange", jumped);
    jumped();
  }

  // --- the preview: a topic's title, question, takeaway and stance labels edited where they stand ------------
  if (tools) { inPlace(); }

  function inPlace() {
    var made = 0;
    // The briefing numbers its topics in order (section#topic-N), as topics.yaml lists them.
    document.querySelectorAll("section.topic[id^='topic-']").forEach(function (section) {
      var topic = data.topics[Number(section.id.slice(6)) - 1];
      if (!topic) { return; }
      offer(section.querySelector("h1"), topic, "title", "Title", topic.title, false);
      offer(section.querySelector("p.question"), topic, "question", "Question", topic.question, true);
      var takeaway = section.querySelector("p.takeaway");
      offer(takeaway || section.querySelector("p.question"), topic, "takeaway",
            takeaway ? "Takeaway" : "A takeaway", topic.takeaway || "", true);
      section.querySelectorAll("h2.stance-heading").forEach(function (heading) {
        var label = heading.firstChild ? heading.firstChild.textContent.trim() : "";
        var stance = topic.stances.filter(function (s) { return s.label === label; })[0];
        if (stance) { offer(heading, topic, "stance-label", "Stance “" + stance.id + "”", stance.label, false, stance.id); }
      });
    });

    function offer(element, topic, field, label, value, multiline, stance) {
      if (!element) { return; }
      var id = "rg-edit-" + (++made);
      var button = el("button", { type: "button", "class": "rg-edit-button", "aria-expanded": "false",
                                  "aria-controls": id }, value ? "Edit" : "Add");
      button.setAttribute("aria-label", (value ? "Edit " : "Add ") + label.toLowerCase() + " of “" + topic.title + "”");
      var form = el("form", { "class": "edit rg-inline", id: id, "data-topic": topic.id, "data-field": field });
      form.hidden = true;
      if (stance) { form.setAttribute("data-stance", stance); }
      form.appendChild(el("label", { "for": id + "-value" }, label + " of “" + topic.title + "”"));
      var input = el(multiline ? "textarea" : "input", { id: id + "-value", name: "value" });
      if (multiline) { input.setAttribute("rows", "3"); }
      input.value = value;
      form.appendChild(input);
      form.appendChild(el("button", { type: "submit" }, "Save"));
      var cancel = el("button", { type: "button" }, "Cancel");
      form.appendChild(cancel);
      form.appendChild(el("div", { "class": "result", role: "status" }));
      element.insertAdjacentElement("afterend", button);
      button.insertAdjacentElement("afterend", form);
      function toggle(open) {
        form.hidden = !open;
        button.setAttribute("aria-expanded", String(open));
        if (open) { input.focus(); } else { button.focus(); }
      }
      button.addEventListener("click", function () { toggle(form.hidden); });
      cancel.addEventListener("click", function () { toggle(false); });
      form.addEventListener("keydown", function (event) { if (event.key === "Escape") { toggle(false); } });
    }
  }

  // --- the topics page (and the preview's forms) ---------------------------------------------------------
  document.querySelectorAll("form.edit").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var box = form.querySelector(".result");
      var body = { version: version(), topic: form.getAttribute("data-topic"), field: form.getAttribute("data-field"),
                   value: form.elements.namedItem("value").value };
      if (form.hasAttribute("data-excerpt")) { body.excerpt = Number(form.getAttribute("data-excerpt")); }
      if (form.hasAttribute("data-stance")) { body.stance = form.getAttribute("data-stance"); }
      if (form.elements.namedItem("stance")) { body.stance = form.elements.namedItem("stance").value; }
      box.textContent = "Saving…";
      api("/api/edit", body).then(function (answer) {
        if (answer.ok) { setVersion(answer.version); }
        showAnswer(box, answer, tools ? "Saved; the page reloads with the change." : "Saved; the preview is updated.");
        status(answer.ok ? "Saved." : "Not saved.");
      });
    });
  });
})();
