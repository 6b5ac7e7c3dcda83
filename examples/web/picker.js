// A search box that picks one value or several from a list (ARIA combobox with a listbox popup):
// typing filters the options by every word, ignoring case and diacritics ("ha nh minh" finds
// "Hành Minh"); arrows move, Enter picks, Escape closes; with `free`, typed text is kept as is.
// Options are read when the list opens, so they follow the form (the project's components).

/** Folds text for searching: lower case, no diacritics, đ → d (as the core's text::fold). */
export function fold(s) {
  return String(s ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

const MAX_SHOWN = 60;
let serial = 0;

function node(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * @param {object} o
 * @param {string} o.id the input's id (its <label for> is the caller's)
 * @param {boolean} o.multiple several values (an array) instead of one (a string)
 * @param {boolean} o.free typed text that matches no option may be kept
 * @param {() => {value: string, label: string, detail?: string, search?: string}[]} o.options
 * @param {() => string | string[] | undefined} o.get the current value
 * @param {(v: string | string[] | undefined) => void} o.set
 * @param {(v: string) => string} [o.resolve] the label of a value no option has
 * @param {(key: string) => string} o.t chrome text ("search", "remove", "noMatch", "selected")
 */
export function picker(o) {
  const n = ++serial;
  const root = node("div", "picker");
  const chips = node("ul", "chips");
  chips.setAttribute("aria-label", o.t("selected"));
  const input = node("input");
  input.type = "text";
  input.id = o.id;
  input.autocomplete = "off";
  input.spellcheck = false;
  input.placeholder = o.t("search");
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  const list = node("ul", "options");
  list.id = `picker-list-${n}`;
  list.setAttribute("role", "listbox");
  list.hidden = true;
  input.setAttribute("aria-controls", list.id);
  if (o.multiple) root.append(chips);
  root.append(input, list);

  let shown = [];
  let active = -1;
  const values = () => {
    const v = o.get();
    return Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v];
  };
  const labelOf = (v) => o.options().find((x) => x.value === v)?.label ?? (v && o.resolve ? o.resolve(v) : v);

  function paintChips() {
    if (!o.multiple) {
      const v = values()[0];
      input.value = v === undefined ? "" : labelOf(v);
      return;
    }
    chips.replaceChildren();
    for (const v of values()) {
      const li = node("li", "chip");
      const text = labelOf(v);
      li.append(node("span", "", text));
      if (text !== v) li.title = v;
      const x = node("button", "remove", "×");
      x.type = "button";
      x.setAttribute("aria-label", `${o.t("remove")} ${text}`);
      x.addEventListener("click", () => {
        o.set(values().filter((y) => y !== v));
        paintChips();
        input.focus();
      });
      li.append(x);
      chips.append(li);
    }
  }

  function open() {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    const taken = new Set(o.multiple ? values() : []);
    // In a single picker the box shows the current label: list everything until the user types.
    const query = !o.multiple && input.value === labelOf(values()[0] ?? "") ? [] : words;
    shown = o.options().filter((x) => !taken.has(x.value) && query.every((w) => fold(x.search ?? `${x.label} ${x.detail ?? ""} ${x.value}`).includes(w)));
    list.replaceChildren();
    for (const [i, x] of shown.slice(0, MAX_SHOWN).entries()) {
      const li = node("li", "option");
      li.id = `${list.id}-${i}`;
      li.setAttribute("role", "option");
      li.append(node("span", "label", x.label));
      if (x.detail) li.append(node("span", "detail", x.detail));
      li.addEventListener("mousedown", (e) => { e.preventDefault(); pick(x.value); });
      list.append(li);
    }
    if (shown.length === 0) {
      const li = node("li", "empty", o.free && input.value.trim() ? o.t("enterToAdd") : o.t("noMatch"));
      li.setAttribute("aria-disabled", "true");
      list.append(li);
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    move(shown.length && words.length ? 0 : -1);
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function move(i) {
    const items = list.querySelectorAll("[role=option]");
    items.forEach((li, k) => li.setAttribute("aria-selected", String(k === i)));
    active = i;
    if (i >= 0 && items[i]) {
      input.setAttribute("aria-activedescendant", items[i].id);
      items[i].scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  function pick(v) {
    if (o.multiple) {
      if (!values().includes(v)) o.set([...values(), v]);
      input.value = "";
    } else o.set(v);
    paintChips();
    close();
  }

  // A single picker commits what is in the box when leaving it: an emptied box clears the value,
  // free text is kept, anything else goes back to the current value.
  function commitTyped() {
    const text = input.value.trim();
    if (o.multiple) {
      if (o.free && text) pick(text);
      return;
    }
    if (text === "") { if (values().length) o.set(undefined); }
    else if (text !== labelOf(values()[0] ?? "")) {
      const exact = o.options().find((x) => fold(x.label) === fold(text) || fold(x.value) === fold(text));
      if (exact) o.set(exact.value);
      else if (o.free) o.set(text);
    }
    paintChips();
  }

  input.addEventListener("input", open);
  input.addEventListener("focus", () => { if (!o.multiple) input.select(); });
  input.addEventListener("click", () => { if (list.hidden) open(); });
  input.addEventListener("blur", () => { close(); commitTyped(); });
  input.addEventListener("keydown", (e) => {
    const count = Math.min(shown.length, MAX_SHOWN);
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (list.hidden) open(); else move(count ? (active + 1) % count : -1);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (!list.hidden) move(count ? (active - 1 + count) % count : -1);
    } else if (e.key === "Enter") {
      if (list.hidden) return;
      e.preventDefault();
      if (active >= 0 && shown[active]) pick(shown[active].value);
      else if (o.free && input.value.trim()) pick(input.value.trim());
    } else if (e.key === "Escape") {
      if (!list.hidden) { e.preventDefault(); close(); paintChips(); }
    } else if (e.key === "Backspace" && o.multiple && input.value === "" && values().length) {
      o.set(values().slice(0, -1));
      paintChips();
    }
  });
  paintChips();
  return { root, input, refresh: paintChips };
}
