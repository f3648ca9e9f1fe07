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
