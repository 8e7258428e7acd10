// The layered page: the sections below the first layer start closed, and open when the reader clicks their
// heading, follows a link to anything inside them (from the first layer, the contents or another section), or
// prints the page. Without this script every section stays open.
(function () {
  "use strict";
  var sections = Array.prototype.slice.call(document.querySelectorAll("details.policy-section"));

  function openAt(id) {
    var target = id ? document.getElementById(id) : null;
    // A link to a whole section (the contents) lands on the <section> around its <details>; anything else is inside.
    var section = target ? (target.closest("details.policy-section") ||
                            target.querySelector(":scope > details.policy-section")) : null;
    if (section) {
      section.open = true;
    }
    return target;
  }

  function fromHash() {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch (error) {
      return "";
    }
  }

  sections.forEach(function (section) {
    section.open = false;
  });
  var linked = openAt(fromHash());
  if (linked) {
    linked.scrollIntoView();
  }

  // Open before the browser scrolls, so a link lands on text that is shown; hashchange covers the back button.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link) {
      openAt(decodeURIComponent(link.getAttribute("href").slice(1)));
    }
  });
  window.addEventListener("hashchange", function () {
    var target = openAt(fromHash());
    if (target) {
      target.scrollIntoView();
    }
  });

  var before = [];
  window.addEventListener("beforeprint", function () {
    before = sections.map(function (section) { return section.open; });
    sections.forEach(function (section) { section.open = true; });
  });
  window.addEventListener("afterprint", function () {
    sections.forEach(function (section, index) { section.open = before[index]; });
  });
})();
