// An article's page marks its sentences and names with ids "char=B,E", the fragments of their
// IRIs. A fragment of any other span (a word, a clause, a phrase) has no element of its own: this
// script finds the sentence that holds it, scrolls to it and marks it. Without script the page
// still opens at its top.
(function () {
  "use strict";
  function span(id) {
    var m = /^char=(\d+),(\d+)$/.exec(id);
    return m ? [Number(m[1]), Number(m[2])] : null;
  }
  function show() {
    var id = decodeURIComponent(location.hash.replace(/^#/, ""));
    var wanted = span(id);
    var previous = document.querySelector(".fragment-target");
    if (previous) {
      previous.classList.remove("fragment-target");
    }
    if (!wanted || document.getElementById(id)) {
      return;
    }
    var sentences = document.querySelectorAll("span.sentence[id]");
    for (var i = 0; i < sentences.length; i++) {
      var s = span(sentences[i].id);
      if (s && s[0] <= wanted[0] && wanted[1] <= s[1]) {
        sentences[i].classList.add("fragment-target");
        sentences[i].scrollIntoView({ block: "center" });
        return;
      }
    }
  }
  window.addEventListener("hashchange", show);
  show();
})();
