// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Tag autocomplete for comma-separated tag fields: suggests existing tags for the part being typed. A field
  // marked data-autocomplete-single takes one tag: the whole value is the term, and a choice replaces it.
  function attachAutocomplete(input) {
    var type = input.getAttribute("data-autocomplete");
    var single = input.hasAttribute("data-autocomplete-single");
    var list = document.createElement("ul");
    list.className = "autocomplete";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.insertAdjacentElement("afterend", list);
    var timer = null;
    var lastTerm = "";

    function current() {
      if (single) return input.value.trim();
      var parts = input.value.split(",");
      return parts[parts.length - 1].trim();
    }

    function choose(name) {
      var parts = single ? [] : input.value.split(",").slice(0, -1);
      parts.push(name);
      input.value = parts.map(function (p) { return p.trim(); }).filter(Boolean).join(", ") + (single ? "" : ", ");
      list.hidden = true;
      input.focus();
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var term = current();
        if (term.length < 1 || term === lastTerm) { if (!term) list.hidden = true; return; }
        lastTerm = term;
        fetch("/autocomplete/" + type + "?term=" + encodeURIComponent(term), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (tags) {
            list.innerHTML = "";
            tags.forEach(function (t) {
              var li = document.createElement("li");
              li.textContent = t.name;
              li.setAttribute("role", "option");
              li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(t.name); });
              list.appendChild(li);
            });
            list.hidden = tags.length === 0;
          })
          .catch(function () { list.hidden = true; });
      }, 150);
    });
    input.addEventListener("blur", function () { setTimeout(function () { list.hidden = true; }, 100); });
  }

  // The header's menus open on hover and on focus without scripts (CSS); Escape closes one and leaves the focus on
  // its link, until the pointer leaves or the focus moves into the menu again.
  function attachMenu(menu) {
    var opener = menu.querySelector("a");
    menu.addEventListener("keydown", function (e) {
      if (e.key !== "Escape" || menu.classList.contains("closed")) return;
      menu.classList.add("closed");
      opener.focus();
    });
    menu.addEventListener("focusin", function (e) { if (e.target !== opener) menu.classList.remove("closed"); });
    menu.addEventListener("mouseleave", function () { menu.classList.remove("closed"); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#header .dropdown").forEach(attachMenu);
    document.querySelectorAll("input[data-autocomplete]").forEach(attachAutocomplete);
    document.querySelectorAll("form[data-chapter-select] select").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });
  });
})();
