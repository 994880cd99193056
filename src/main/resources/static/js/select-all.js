// "All" and "None" above a list of checkboxes (the mass-wrangle page): each link names the boxes it ticks or clears
// (data-check-all / data-check-none="NAME"), in its own form. Without scripts the links load the page again with
// every box ticked, or none; with them nothing is reloaded and the rest of the form keeps what was typed.
(function () {
  "use strict";

  function tickAll(link, name, checked) {
    var scope = link.closest("form") || document;
    scope.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
      if (box.name === name) box.checked = checked;
    });
  }

  function attach(attribute, checked) {
    document.querySelectorAll("a[" + attribute + "]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        tickAll(link, link.getAttribute(attribute), checked);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    attach("data-check-all", true);
    attach("data-check-none", false);
  });
})();
