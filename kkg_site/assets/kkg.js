/* Portal KKG: small behaviours shared by every page; each does nothing where its markup is absent.
 *
 * - Print buttons ([data-cetak]) are invisible in the HTML and shown here, so that a reader
 *   without this script sees no button that does nothing.
 * - An activity's status ([data-mulai][data-selesai]: ISO instants with their zone) was
 *   written by the build, for the build's day; here it is set for the reader's moment, so
 *   that an activity over at noon no longer reads "Sedang berlangsung" in the evening.
 * - Share buttons open the phone's share sheet (below).
 */
(function () {
  "use strict";

  if (window.print) {
    document.querySelectorAll("[data-cetak]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
      button.classList.add("kkg-cetak--siap");
    });
  }

  /* A page outside the nav (an activity, a material, a report) marks its section's tab. */
  var tabs = Array.prototype.map.call(document.querySelectorAll(".md-tabs__link"), function (link) {
    return { item: link.parentNode, path: new URL(link.href).pathname };
  });
  if (tabs.length && !document.querySelector(".md-tabs__item--active")) {
    var home = tabs.reduce(function (a, b) { return a.path.length <= b.path.length ? a : b; }).path;
    var section = tabs.filter(function (tab) {
      return tab.path !== home && location.pathname.indexOf(tab.path) === 0;
    }).sort(function (a, b) { return b.path.length - a.path.length; })[0];
    if (section) section.item.classList.add("md-tabs__item--active");
  }

  var labels = { "akan-datang": "Akan datang", "sedang-berlangsung": "Sedang berlangsung", "selesai": "Selesai" };
  var now = Date.now();
  document.querySelectorAll("[data-mulai][data-selesai]").forEach(function (badge) {
    var state = now < Date.parse(badge.dataset.mulai) ? "akan-datang"
      : now < Date.parse(badge.dataset.selesai) ? "sedang-berlangsung" : "selesai";
    badge.className = "kkg-badge kkg-badge--" + state;
    badge.textContent = labels[state];
  });
})();

/* Share buttons (macro share, kkg_site/templates/macros.html). Without JavaScript, or in a
   browser without a share sheet, the button is a link that opens WhatsApp with the text.
   Where the browser has one (phones), it opens the phone's share sheet instead, so the
   reader can choose WhatsApp, Telegram, e-mail or a copy. */
(() => {
  if (typeof navigator.share !== "function") return;
  for (const link of document.querySelectorAll("a[data-bagikan-teks]")) link.textContent = "Bagikan";
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-bagikan-teks]");
    if (!link) return;
    event.preventDefault();
    navigator
      .share({ title: document.title, text: link.dataset.bagikanTeks, url: link.dataset.bagikanUrl })
      .catch((error) => {
        if (error.name !== "AbortError") window.location.href = link.href;  // not allowed here: WhatsApp
      });
  });
})();
