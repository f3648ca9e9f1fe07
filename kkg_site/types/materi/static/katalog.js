/* Portal KKG: the materials catalog (materi/).
 *
 * Loads materi/index.json once the visitor turns to the form (or the address
 * holds a filter), filters it as the visitor types or picks a facet, updates
 * the counts beside every option, and keeps the filter in the address
 * (?mapel=matematika&kelas=2) so a filtered view can be shared. Results are
 * shown a page at a time, between the form and the subject × class grid; the
 * page writes the form and the counts itself, so nothing moves on load.
 * Without this script the grid links to one list per subject and class.
 * No library, no request to another host.
 *
 * The text filter forgives: a word that no material contains as written is
 * matched against the words of the index by their stem (Indonesian prefixes
 * and suffixes: "pembelajaran" ~ "belajar") or with one typo (two in a long
 * word): "pecahn" finds "pecahan", "formatip" "formatif".
 *
 * The index is compact (its format: INDEX_COLUMNS in kkg_site/types/materi/catalog.py):
 * rows of values under shared column names, and no text that its facets give;
 * decode() rebuilds each material's classes, phases and facts line from them.
 */
(function () {
  "use strict";

  var root = document.querySelector(".kkg-katalog[data-index]");
  var form = root && root.querySelector(".kkg-saring");
  if (!form || !window.fetch || !window.URLSearchParams) return;

  var status = root.querySelector(".kkg-hasil__jumlah");
  var list = root.querySelector(".kkg-hasil");
  var more = root.querySelector(".kkg-hasil__lagi");
  var search = form.elements.q;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var pageSize = parseInt(root.getAttribute("data-page-size"), 10) || 20;
  var indexUrl = new URL(root.getAttribute("data-index"), document.baseURI);
  var items = [];
  var matches = [];
  var shown = 0;
  var loading = null;
  var matchers = {};

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* "Kelas 2", "Kelas 1–3", "Kelas 1, 3", "Fase C (kelas 5–6)", "Semua kelas":
   * the text of class_label() in kkg_site/types/materi/catalog.py; change both. */
  function classLabel(kelas, fase, labels) {
    if (!kelas.length) return fase ? labels.fase[fase] : "Semua kelas";
    var first = kelas[0];
    var last = kelas[kelas.length - 1];
    if (kelas.length === 1) return "Kelas " + first;
    if (last - first === kelas.length - 1) return "Kelas " + first + "–" + last;
    return "Kelas " + kelas.join(", ");
  }

  /* The materials of the index as objects: facet values (kelas and fase always lists),
   * the facts line ("Soal · Matematika · Kelas 2 · Semester ganjil", as on the subject
   * pages: Entry.facts in catalog.py), the text searched, attachment names in full. */
  function decode(data) {
    var labels = data.label;
    var phases = Object.keys(data.fase_kelas);
    var allClasses = [].concat.apply([], phases.map(function (f) { return data.fase_kelas[f]; }));
    return data.materi.map(function (row) {
      var item = {};
      data.kolom.forEach(function (name, i) { item[name] = row[i]; });
      var facts = [labels.jenis[item.jenis], labels.mapel[item.mapel], classLabel(item.kelas, item.fase, labels)];
      if (item.semester) facts.push(labels.semester[item.semester]);
      item.info = facts.join(" · ");
      item.text = (item.judul + " " + item.info + " " + item.cari).toLowerCase();
      item.words = item.text.split(/[^0-9a-z\u00c0-\u024f]+/).filter(Boolean);
      item.kelas = item.kelas.length ? item.kelas : item.fase ? data.fase_kelas[item.fase] : allClasses;
      item.fase = phases.filter(function (f) {
        return data.fase_kelas[f].some(function (k) { return item.kelas.indexOf(k) >= 0; });
      });
      item.berkas.forEach(function (file) {
        if (file[0].charAt(0) === "/") file[0] = item.id + file[0].slice(1);
      });
      return item;
    });
  }

  /* A word without its Indonesian particles, suffixes and prefixes (one of each), kept to
   * at least four letters: "pembelajarannya" -> "belajar", "dikerjakan" -> "kerja". */
  function stem(word) {
    var rules = [/(lah|kah|nya|pun)$/, /(kan|an|i)$/, /^(meng|meny|mem|men|me|peng|peny|pem|pen|per|pe|ber|be|ter|di|ke|se)/];
    return rules.reduce(function (w, rule) {
      var shorter = w.replace(rule, "");
      return shorter.length >= 4 ? shorter : w;
    }, word);
  }

  /* Whether a and b differ by at most `most` letters inserted, removed or changed. */
  function near(a, b, most) {
    if (Math.abs(a.length - b.length) > most) return false;
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        best = Math.min(best, current[j]);
      }
      if (best > most) return false;
      previous = current;
    }
    return previous[b.length] <= most;
  }

  /* How one typed word is matched: as written when some material contains it; otherwise
   * by the index words that share its stem or are a typo away. */
  function matcher(word) {
    if (matchers[word]) return matchers[word];
    var exact = items.some(function (item) { return item.text.indexOf(word) >= 0; });
    var accepted = {};
    if (!exact && word.length >= 4) {
      var root = stem(word);
      var typos = word.length >= 8 ? 2 : 1;
      items.forEach(function (item) {
        item.words.forEach(function (w) {
          if (!(w in accepted)) accepted[w] = stem(w) === root || near(w, word, typos) || near(stem(w), root, 1);
        });
      });
    }
    matchers[word] = exact
      ? function (item) { return item.text.indexOf(word) >= 0; }
      : function (item) { return item.words.some(function (w) { return accepted[w]; }); };
    return matchers[word];
  }

  /* The values an item has for a facet: always a list of strings ("2", "b", "soal"). */
  function valuesOf(item, name) {
    var value = item[name];
    if (value === null || value === undefined) return [];
    return Array.isArray(value) ? value.map(String) : [String(value)];
  }

  function readAddress() {
    var params = new URLSearchParams(location.search);
    search.value = params.get("q") || "";
    selects.forEach(function (select) {
      select.value = params.get(select.name) || "";
      if (select.selectedIndex < 0) select.value = ""; // a value no option has
    });
  }

  function writeAddress() {
    var params = new URLSearchParams();
    if (search.value.trim()) params.set("q", search.value.trim());
    selects.forEach(function (select) {
      if (select.value) params.set(select.name, select.value);
    });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function update() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean).map(matcher);
    var chosen = selects.map(function (select) { return select.value; });
    var counts = selects.map(function () { return {}; });
    matches = [];
    items.forEach(function (item) {
      for (var w = 0; w < words.length; w++) if (!words[w](item)) return;
      // An item counts towards a facet's options when it passes every *other* facet.
      var failed = [];
      for (var i = 0; i < selects.length && failed.length < 2; i++) {
        if (chosen[i] && valuesOf(item, selects[i].name).indexOf(chosen[i]) < 0) failed.push(i);
      }
      if (failed.length > 1) return;
      selects.forEach(function (select, i) {
        if (failed.length && failed[0] !== i) return;
        counts[i][""] = (counts[i][""] || 0) + 1;
        valuesOf(item, select.name).forEach(function (value) {
          counts[i][value] = (counts[i][value] || 0) + 1;
        });
      });
      if (!failed.length) matches.push(item);
    });
    selects.forEach(function (select, i) {
      Array.prototype.forEach.call(select.options, function (option) {
        var label = option.getAttribute("data-label") || "Semua";
        option.textContent = label + " (" + (counts[i][option.value] || 0) + ")";
      });
    });
    status.textContent = matches.length
      ? matches.length + " materi ditemukan"
      : "Tidak ada materi yang cocok. Coba kurangi saringan atau kata pencarian.";
    list.textContent = "";
    shown = 0;
    showMore();
  }

  function card(item) {
    var entry = element("li", "kkg-hasil__item");
    var title = element("a", "kkg-hasil__judul", item.judul);
    title.href = new URL(item.id + "/", indexUrl).href;
    entry.appendChild(title);
    entry.appendChild(element("span", "kkg-meta", item.info));
    if (item.berkas.length) {
      var files = element("span", "kkg-hasil__berkas");
      item.berkas.forEach(function (file) {
        var link = element("a", "", "Unduh " + file[1]);
        link.href = new URL(item.id + "/" + encodeURIComponent(file[0]), indexUrl).href;
        link.setAttribute("download", "");
        link.title = file[0];
        files.appendChild(link);
      });
      entry.appendChild(files);
    }
    return entry;
  }

  function showMore() {
    var end = Math.min(shown + pageSize, matches.length);
    var fragment = document.createDocumentFragment();
    for (; shown < end; shown++) fragment.appendChild(card(matches[shown]));
    list.appendChild(fragment);
    var rest = matches.length - shown;
    more.hidden = rest <= 0;
    more.textContent = "Tampilkan " + Math.min(rest, pageSize) + " lagi (masih " + rest + ")";
  }

  /* The index, fetched once: when the visitor turns to the form, or at once for a filtered address. */
  function load() {
    if (!loading) {
      status.textContent = "Memuat daftar materi…";
      loading = fetch(indexUrl.href)
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (data) { items = decode(data); });
    }
    return loading.then(function () {
      list.hidden = false;
      update();
    }).catch(function () {
      status.textContent = "Daftar materi tidak dapat dimuat; pilih mata pelajaran dan kelas di bawah.";
    });
  }

  function changed() {
    load().then(writeAddress);
  }

  form.hidden = false;
  readAddress();
  form.addEventListener("focusin", load, { once: true });
  form.addEventListener("input", changed);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(changed, 0); });
  more.addEventListener("click", showMore);
  if (location.search) load();
})();
