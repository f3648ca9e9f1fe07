/* Portal KKG search box (overrides/partials/search.html): Material's look, Pagefind's index.
 *
 * Every byte counts for readers on metered mobile data:
 * - nothing under pagefind/ is requested until the reader opens the search (focus,
 *   the header's search button, or the "/" "s" "f" shortcuts), so a page view costs
 *   no search bytes;
 * - a query runs once typing pauses, so Pagefind fetches the index chunks of the
 *   words typed rather than of every prefix on the way;
 * - filters are fetched only when the reader asks for them ("Saring").
 * Result URLs and the bundle are found from Material's base URL, so the site works
 * under a sub-path such as /portal-kkg/.
 */
(() => {
  "use strict";

  const box = document.querySelector("[data-kkg-search]");
  if (!box) return;

  const PAGE_SIZE = 10;
  const TYPING_PAUSE_MS = 300;
  const KIND_FILTER = "kategori"; // these two names are set in kkg_site/types/cari/pagefind.py
  const SUMMARY_META = "keterangan";
  const SHORTCUTS = ["/", "s", "f"]; // Material's search shortcuts
  const TEXT = {
    all: "Semua",
    failed: "Pencarian tidak dapat dimuat. Periksa sambungan internet, lalu coba lagi.",
  };

  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
  const toggle = document.getElementById("__search");
  const form = box.querySelector("form");
  const input = form.elements.query;
  const panel = box.querySelector(".md-search-result");
  const filterBox = box.querySelector(".kkg-cari__filters");
  const filterButton = filterBox.querySelector("button");
  const status = box.querySelector(".md-search-result__meta");
  const list = box.querySelector(".md-search-result__list");
  const more = box.querySelector(".kkg-cari__more");
  const collator = new Intl.Collator("id", { numeric: true });

  let engine = null; // Promise of the Pagefind module, made on first use
  let results = []; // every match of the latest search; their data is fetched PAGE_SIZE at a time
  let shown = 0;
  let generation = 0; // a newer search makes the rendering of older ones stop
  let typing = 0; // timer of the search that runs when typing pauses

  function translate(key, count) {
    return config.translations[key].replace("#", count);
  }

  function load() {
    engine ??= import(new URL("pagefind/pagefind.js", base).href)
      .then(async (pagefind) => {
        // noWorker (Pagefind 1.5): search on the page instead of downloading a web worker too.
        await pagefind.options({ baseUrl: base.pathname, noWorker: true });
        pagefind.init(); // fetches the index's entry and the Indonesian WebAssembly while the reader types
        return pagefind;
      })
      .catch((error) => {
        engine = null; // offline for a moment: the next search tries again
        throw error;
      });
    return engine;
  }

  /* Filters in the order a teacher narrows a search: what kind of page, then subject and
     class, then the other facts; a filter not listed comes last, alphabetically. */
  const FILTER_ORDER = [KIND_FILTER, "mapel", "kelas", "fase", "jenis materi", "semester", "tahun", "jenis kegiatan", "status", "bidang", "jenis rapat"];
  const rank = (name) => (FILTER_ORDER.includes(name) ? FILTER_ORDER.indexOf(name) : FILTER_ORDER.length);

  async function showFilters() {
    filterButton.disabled = true;
    let available;
    try {
      available = await (await load()).filters();
    } catch {
      status.textContent = TEXT.failed;
      filterButton.disabled = false;
      return;
    }
    const names = Object.keys(available)
      .filter((name) => Object.keys(available[name]).length > 1)
      .sort((a, b) => rank(a) - rank(b) || collator.compare(a, b));
    filterBox.append(
      ...names.map((name) => {
        const select = document.createElement("select");
        select.name = name;
        select.append(new Option(TEXT.all, ""));
        for (const value of Object.keys(available[name]).sort(collator.compare)) {
          select.append(new Option(value, value));
        }
        const label = document.createElement("label");
        label.append(name[0].toUpperCase() + name.slice(1), select);
        return label;
      }),
    );
    filterButton.hidden = true;
    filterBox.querySelector("select")?.focus();
  }

  function chosenFilters() {
    const chosen = {};
    for (const select of filterBox.querySelectorAll("select")) {
      if (select.value) chosen[select.name] = select.value;
    }
    return chosen;
  }

  function busy(state) {
    panel.setAttribute("aria-busy", String(state)); // also tells tests the results are complete
  }

  function searchSoon() {
    busy(true);
    clearTimeout(typing);
    typing = setTimeout(search, TYPING_PAUSE_MS);
  }

  async function search() {
    clearTimeout(typing);
    const ticket = ++generation;
    const query = input.value.trim();
    const filters = chosenFilters();
    busy(true);
    if (!query && Object.keys(filters).length === 0) {
      show([], translate("search.result.placeholder"));
      busy(false);
      return;
    }
    let found;
    try {
      found = await (await load()).search(query || null, { filters });
    } catch {
      if (ticket === generation) {
        show([], TEXT.failed);
        busy(false);
      }
      return;
    }
    if (ticket !== generation) return; // overtaken by a newer search
    const count = found.results.length;
    const summary =
      count === 0 ? translate("search.result.none")
      : count === 1 ? translate("search.result.one")
      : translate("search.result.other", count);
    show(found.results, summary);
    await showMore(ticket);
  }

  function show(matches, summary) {
    results = matches;
    shown = 0;
    status.textContent = summary;
    list.replaceChildren();
    more.hidden = true;
  }

  async function showMore(ticket) {
    busy(true);
    const page = results.slice(shown, shown + PAGE_SIZE);
    shown += page.length;
    const pages = await Promise.all(page.map((result) => result.data()));
    if (ticket !== generation) return;
    list.append(...pages.map(renderResult));
    more.hidden = shown >= results.length;
    busy(false);
  }

  function renderResult(data) {
    const item = document.createElement("li");
    item.className = "md-search-result__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = data.url;
    link.tabIndex = -1; // reached with the arrow keys, as in Material
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const icon = document.createElement("div");
    icon.className = "md-search-result__icon md-icon";
    const title = document.createElement("h1");
    title.textContent = data.meta.title;
    const details = document.createElement("p");
    details.className = "kkg-cari__details";
    details.textContent = data.meta[SUMMARY_META] || "";
    const excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and adds only <mark>
    article.append(icon, title, details, excerpt);
    link.append(article);
    item.append(link);
    return item;
  }

  function open() {
    toggle.checked = true;
    input.focus();
    input.select();
  }

  function close() {
    toggle.checked = false;
    input.blur();
  }

  function isEditable(element) {
    return element.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(element.tagName);
  }

  function moveFocus(step) {
    const stops = [input, ...list.querySelectorAll(".md-search-result__link")];
    const here = stops.indexOf(document.activeElement);
    stops[(Math.max(here, 0) + step + stops.length) % stops.length].focus();
  }

  input.addEventListener("focus", () => {
    toggle.checked = true;
    load().catch(() => {}); // Pagefind's code downloads while the reader types; errors show on search
  });
  input.addEventListener("input", searchSoon);
  filterButton.addEventListener("click", showFilters);
  filterBox.addEventListener("change", search);
  more.addEventListener("click", () => showMore(generation));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    list.querySelector(".md-search-result__link")?.click();
  });
  form.addEventListener("reset", () => setTimeout(() => { search(); input.focus(); }));
  list.addEventListener("click", (event) => {
    if (event.target.closest("a")) close();
  });
  toggle.addEventListener("change", () => (toggle.checked ? input.focus() : input.blur()));

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (!toggle.checked) {
      if (SHORTCUTS.includes(event.key) && !isEditable(event.target)) {
        event.preventDefault();
        open();
      }
      return;
    }
    if (event.key === "Escape") {
      close();
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && event.target.tagName !== "SELECT") {
      event.preventDefault();
      moveFocus(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key.length === 1 && event.target.matches?.(".md-search-result__link")) {
      input.focus(); // typing on a focused result goes on with the query
    }
  });
})();
