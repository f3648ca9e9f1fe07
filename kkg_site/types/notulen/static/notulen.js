/* Portal KKG: the minutes pages (notulen/).
 *
 * The decision register's filter: it shows the decisions whose text, meeting
 * title or date hold every word typed, and hides a meeting with none. The filter
 * is hidden in the HTML, so a reader without this script sees no control that
 * does nothing. (Print buttons: assets/kkg.js.)
 */
(function () {
  "use strict";

  var box = document.getElementById("kkg-saring");
  if (!box) return;
  var count = document.getElementById("kkg-saring-jumlah");
  /* Each meeting is a heading followed by the list of its decisions. A decision keeps
     its number in the minutes while the ones before it are hidden. */
  var meetings = Array.prototype.map.call(document.querySelectorAll(".kkg-register h3 + ol"), function (list) {
    var heading = list.previousElementSibling;
    return {
      parts: [heading, list],
      decisions: Array.prototype.map.call(list.children, function (item, position) {
        item.value = position + 1;
        return { item: item, text: (item.textContent + " " + heading.textContent).toLowerCase() };
      })
    };
  });
  box.parentNode.hidden = false;
  box.addEventListener("input", function () {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    meetings.forEach(function (meeting) {
      var matched = 0;
      meeting.decisions.forEach(function (decision) {
        var match = words.every(function (word) { return decision.text.indexOf(word) !== -1; });
        decision.item.hidden = !match;
        if (match) matched += 1;
      });
      meeting.parts.forEach(function (part) { part.hidden = !matched; });
      shown += matched;
    });
    count.textContent = words.length ? shown + " keputusan cocok" : "";
  });
})();
