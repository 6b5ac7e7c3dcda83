// The project/1 form, drawn from the form description the WebAssembly package gives
// (projectForm: fields, widgets, labels, vocabularies, pickers) and a baseline's catalogue
// (formCatalogue). Nothing here names a field of the format except through that description,
// so a field added to the core appears without editing this file.
//
// The document is a plain object edited in place: a control writes its field, an emptied optional
// field is removed, a new key goes where the schema orders it (keys the form does not know, such
// as "$comment", stay where they are), so a saved file opens and saves again byte for byte.
import { picker, fold } from "./picker.js";
import { Findings } from "./findings.js";
import { el, isEmpty } from "./dom.js";

/** An id made from text: no diacritics, lower case, words joined by "-". */
export function slug(s) {
  return fold(s).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
}

const nameText = (v) => (typeof v === "string" ? v : v?.vi ?? "");
/** Standard names compared as the core does, roughly: case and spaces ignored. */
const sameStandard = (a, b) => a.replace(/\s+/g, "").toLowerCase() === b.replace(/\s+/g, "").toLowerCase();


/** Puts `key` into `obj` where `order` (the schema's field order) places it, in place. */
function setKey(obj, key, value, order) {
  if (Object.hasOwn(obj, key)) { obj[key] = value; return; }
  const idx = order.indexOf(key);
  const entries = Object.entries(obj);
  let pos = entries.findIndex(([k]) => order.indexOf(k) > idx);
  if (pos < 0) pos = entries.length;
  entries.splice(pos, 0, [key, value]);
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, v] of entries) obj[k] = v;
}

export class FormView {
  /**
   * @param {object} o
   * @param {object} o.form the description (projectForm())
   * @param {HTMLElement} o.root where the form is drawn
   * @param {(key: string, ...args) => string} o.t chrome text in the current language
   * @param {() => "vi" | "en"} o.lang
   * @param {(structural: boolean) => void} o.onChange called after every edit
   */
  constructor(o) {
    Object.assign(this, o);
    this.types = new Map(o.form.types.map((t) => [t.name, t]));
    this.vocab = new Map(o.form.vocabularies.map((v) => [v.name, v]));
    this.auto = new WeakSet();
    this.doc = null;
    this.cat = null;
    this.wrappers = new Map();
    this.refreshers = [];
  }

  /** A new, empty document: the kind, and an id that follows the name. */
  blank() {
    const doc = { kientruc: this.form.kind, id: "" };
    this.auto.add(doc);
    return doc;
  }

  /** Shows another document, with every item unfolded. */
  load(doc) {
    this.doc = doc;
    this.root.replaceChildren();
    this.render();
  }

  /** Appends `item` to the root's list `key` (created where the schema orders it); its path. */
  append(key, item) {
    const order = this.types.get(this.form.root).fields.map((x) => x.key);
    if (Array.isArray(this.doc[key])) this.doc[key].push(item);
    else setKey(this.doc, key, [item], order);
    return `${key}[${this.doc[key].length - 1}]`;
  }

  // ---- drawing -----------------------------------------------------------------------------

  /** Draws the whole form again, keeping the focused field, open folds and scroll position. */
  render() {
    const focused = document.activeElement?.closest?.("[data-path]")?.dataset.path;
    const focusedId = document.activeElement?.id;
    const folds = new Map([...this.root.querySelectorAll("details[data-path]")].map((d) => [d.dataset.path, d.open]));
    const y = window.scrollY;
    this.wrappers = new Map();
    this.refreshers = [];
    const rootType = this.types.get(this.form.root);
    const host = { get: () => this.doc, ensure: () => this.doc, prune() {}, siblings: () => [] };
    // Findings about the whole project that name no field go under the section's title.
    const main = el("section", { class: "card", "data-path": "", id: "sec-project", "aria-labelledby": "h-project" },
      el("h2", { id: "h-project", text: this.text(rootType.label) ?? this.form.root }),
      el("div", { class: "notes", id: "f-notes" }));
    this.wrappers.set("", main);
    const sections = [main];
    const inline = [];
    for (const f of rootType.fields) {
      if (f.widget === "hidden") continue;
      const own = !f.advanced && (f.widget === "list" || (f.widget === "object" && this.types.get(f.item).fields.length > 2));
      if (!own) { inline.push(f); continue; }
      const sec = el("section", { class: "card", id: `sec-${f.key}`, "aria-labelledby": `h-${f.key}` });
      sec.append(this.field(f, host, ""));
      sections.push(sec);
    }
    this.fields(main, inline, host, "");
    this.root.replaceChildren(...sections);
    for (const d of this.root.querySelectorAll("details[data-path]")) if (folds.has(d.dataset.path)) d.open = folds.get(d.dataset.path);
    if (focused !== undefined) {
      const target = (focusedId && document.getElementById(focusedId)) || this.control(focused);
      target?.focus({ preventScroll: true });
    }
    window.scrollTo(0, y);
  }

  text(t) { return t ? t[this.lang()] : undefined; }

  /** The fields of one object: the usual ones, then the advanced ones folded under "more". */
  fields(container, fields, host, path) {
    const more = [];
    for (const f of fields) {
      if (f.widget === "hidden") continue;
      if (f.advanced) more.push(f); else container.append(this.field(f, host, path));
    }
    if (more.length) {
      const d = el("details", { class: "more", "data-path": `${path}#more` }, el("summary", { text: this.t("more") }));
      for (const f of more) d.append(this.field(f, host, path));
      container.append(d);
    }
  }

  /** One field: its label, control, help and the place its findings go. */
  field(f, host, parent) {
    const path = parent ? `${parent}.${f.key}` : f.key;
    const id = `f-${path.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    const order = this.types.get(this.typeOf(parent)).fields.map((x) => x.key);
    const get = () => host.get()?.[f.key];
    // An emptied field is removed, except a required text, which stays as "" (the check then
    // says what it lacks).
    const set = (v, structural = false) => {
      if (isEmpty(v) && !(f.required && f.widget === "text")) {
        const o = host.get();
        if (o && Object.hasOwn(o, f.key)) { delete o[f.key]; host.prune(); }
      } else setKey(host.ensure(), f.key, isEmpty(v) ? "" : v, order);
      this.follow(host, f);
      this.onChange(structural);
    };
    const label = this.text(f.label);
    const help = f.help ? el("p", { class: "help", id: `${id}-help`, text: this.text(f.help) }) : null;
    const notes = el("div", { class: "notes", id: `${id}-notes`, "aria-live": "off" });
    const describe = (c) => c.setAttribute("aria-describedby", [help?.id, notes.id].filter(Boolean).join(" "));
    let w;
    switch (f.widget) {
      case "object": {
        w = el("fieldset", { class: "group", "data-path": path }, el("legend", { text: label }));
        if (help) w.append(help);
        w.append(notes);
        const sub = this.objectHost(host, f, order);
        this.fields(w, this.types.get(f.item).fields, sub, path);
        break;
      }
      case "list":
        w = this.list(f, host, path, label, help, notes, order);
        break;
      case "choices": {
        w = el("fieldset", { class: "field checks", "data-path": path }, el("legend", { text: label }));
        const values = this.vocab.get(f.vocabulary).values;
        const box = el("div", { class: "options-row" });
        for (const v of values) {
          const cid = `${id}-${v.id}`;
          const c = el("input", { type: "checkbox", id: cid, value: v.id });
          c.checked = (get() ?? []).includes(v.id);
          c.addEventListener("change", () => {
            const now = new Set(get() ?? []);
            if (c.checked) now.add(v.id); else now.delete(v.id);
            // Vocabulary order, then values the vocabulary does not know (kept, flagged by the check).
            set([...values.map((x) => x.id).filter((x) => now.has(x)), ...[...now].filter((x) => !values.some((y) => y.id === x))]);
          });
          describe(c);
          box.append(el("label", { class: "check", for: cid }, c, ` ${v[this.lang()]}`));
        }
        w.append(box);
        if (help) w.append(help);
        w.append(notes);
        break;
      }
      default: {
        w = el("div", { class: `field w-${f.widget}`, "data-path": path });
        const control = this.control0(f, id, get, set, host);
        w.append(el("label", { for: id, id: `${id}-label`, text: label + (f.required ? " *" : "") }), control.root);
        if (control.extra) w.append(control.extra);
        if (help) w.append(help);
        w.append(notes);
        describe(control.input);
        if (control.refresh) this.refreshers.push(control.refresh);
      }
    }
    this.wrappers.set(path, w);
    return w;
  }

  /** The type name of the object at `path` ("" is the root). */
  typeOf(path) {
    let t = this.types.get(this.form.root);
    for (const part of path.split(".").filter(Boolean)) {
      const key = part.replace(/\[\d+\]$/, "");
      t = this.types.get(t.fields.find((x) => x.key === key).item);
    }
    return t.name;
  }

  /** A host for a nested object: created when a field of it is set, removed when emptied. */
  objectHost(host, f, order) {
    return {
      get: () => host.get()?.[f.key],
      ensure: () => {
        const o = host.ensure();
        if (typeof o[f.key] !== "object" || o[f.key] === null) setKey(o, f.key, {}, order);
        return o[f.key];
      },
      prune: () => {
        const o = host.get();
        if (!f.required && o && o[f.key] && Object.keys(o[f.key]).length === 0) { delete o[f.key]; host.prune(); }
      },
      siblings: () => [],
    };
  }

  /** The simple controls. Returns {root, input, extra?, refresh?}. */
  control0(f, id, get, set, host) {
    const lang = this.lang();
    switch (f.widget) {
      case "name": {
        const vi = el("input", { type: "text", id });
        const en = el("input", { type: "text", id: `${id}-en`, lang: "en" });
        const fill = () => {
          const v = get();
          if (document.activeElement !== vi) vi.value = nameText(v);
          if (document.activeElement !== en) en.value = typeof v === "object" && v ? v.en ?? "" : "";
        };
        const write = () => {
          const was = get();
          const both = en.value !== "" || (typeof was === "object" && was !== null);
          set(both ? { vi: vi.value, en: en.value } : vi.value);
        };
        vi.addEventListener("input", write);
        en.addEventListener("input", write);
        fill();
        const extra = el("div", { class: "name-en" }, el("label", { for: `${id}-en`, text: this.t("english") }), en);
        return { root: vi, input: vi, extra, refresh: fill };
      }
      case "date": {
        const c = el("input", { type: "date", id });
        c.value = get() ?? "";
        c.addEventListener("change", () => set(c.value || undefined));
        return { root: c, input: c };
      }
      case "integer": {
        const c = el("input", { type: "number", id, inputmode: "numeric", step: "1", min: f.min, max: f.max });
        const shown = el("span", { class: "amount", "aria-hidden": "true" });
        const paint = () => { const v = get(); shown.textContent = typeof v === "number" && v >= 10000 ? `= ${v.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB")}` : ""; };
        c.value = get() ?? "";
        // A fraction or a negative number is refused here, in the form's words; a whole number
        // out of the field's range goes to the check, which says which values are allowed.
        c.addEventListener("input", () => {
          const n = c.value === "" ? undefined : Number(c.value);
          const ok = n === undefined || (Number.isInteger(n) && !(n < 0 && (f.min ?? 0) >= 0));
          c.setCustomValidity(ok ? "" : this.t("wholeNumber"));
          if (ok) set(n); else c.reportValidity();
          paint();
        });
        paint();
        return { root: el("div", { class: "with-amount" }, c, shown), input: c };
      }
      case "boolean": {
        const c = el("select", { id });
        for (const [v, k] of [["", "unstated"], ["true", "yes"], ["false", "no"]]) c.append(new Option(this.t(k), v));
        const v = get();
        c.value = v === true ? "true" : v === false ? "false" : "";
        c.addEventListener("change", () => set(c.value === "" ? undefined : c.value === "true"));
        return { root: c, input: c };
      }
      case "choice": {
        const c = el("select", { id });
        c.append(new Option(this.t("choose"), ""));
        for (const v of this.vocab.get(f.vocabulary).values) {
          const o = new Option(v[lang], v.id);
          o.title = v[lang === "vi" ? "en" : "vi"];
          c.append(o);
        }
        const v = get();
        if (v !== undefined && v !== "" && ![...c.options].some((o) => o.value === v)) c.append(new Option(this.t("unknownValue", v), v));
        c.value = v ?? "";
        // Changing a kind changes what else applies (the standards rows): draw again.
        c.addEventListener("change", () => set(c.value === "" ? undefined : c.value, true));
        return { root: c, input: c };
      }
      case "texts":
        return this.texts(f, id, get, set, host);
      case "json": {
        const c = el("textarea", { id, class: "json", rows: "3", spellcheck: "false" });
        c.value = get() === undefined ? "" : JSON.stringify(get());
        c.addEventListener("change", () => {
          try { set(c.value.trim() === "" ? undefined : JSON.parse(c.value)); c.setCustomValidity(""); } catch { c.setCustomValidity(this.t("badJson")); c.reportValidity(); }
        });
        return { root: c, input: c };
      }
      default: { // text
        if (f.pick) return this.pick(f, id, get, set, host, false);
        const c = el(f.multiline ? "textarea" : "input", f.multiline ? { id, rows: "3" } : { type: "text", id });
        // Keeps what is being typed: an id follows the name while the name is typed.
        const fill = () => { if (document.activeElement !== c) c.value = get() ?? ""; };
        fill();
        c.addEventListener("input", () => {
          // An id typed by hand no longer follows the field it was made from.
          if (f.auto) this.auto.delete(host.get());
          const old = get();
          set(c.value);
          if (f.auto && typeof old === "string") this.renamed(old, c.value, host);
        });
        return { root: c, input: c, refresh: fill };
      }
    }
  }

  /** A list of strings: the standards catalogue's rows, or a free list with a picker. */
  texts(f, id, get, set, host) {
    if (f.pick?.source === "standards") return this.standards(f, id, get, set, host);
    return this.pick(f, id, get, set, host, true);
  }

  /** The options a picker offers, read when it opens. */
  options(f) {
    const lang = this.lang();
    const cat = this.cat;
    const p = f.pick ?? { source: "none", free: true };
    const component = (c) => ({ value: c.id, label: nameText(c.name) || c.id, detail: `${this.t("projectComponent")} · ${c.id}` });
    const element = (e) => {
      const valid = e.valid_to ? ` · ${this.t("until", e.valid_to)}` : e.valid_from ? ` · ${this.t("from", e.valid_from)}` : "";
      return {
        value: p.value === "name" ? e.name.vi : e.id,
        label: e.name[lang] || e.name.vi,
        detail: `${e.kind_name[lang]} · ${e.id}${e.eid ? ` · ${e.eid}` : ""}${valid}`,
        search: [e.name.vi, e.name.en, e.id, e.eid, e.kind_name.vi, e.kind_name.en, ...(e.aliases ?? [])].join(" "),
        element: e,
      };
    };
    const elements = () => (cat?.elements ?? []).filter((e) => !p.kinds?.length || p.kinds.includes(e.kind)).map(element);
    const doc = this.doc;
    switch (p.source) {
      case "elements": return elements();
      case "endpoints": return [...(doc.components ?? []).map(component), ...elements()];
      case "components": return (doc.components ?? []).map(component);
      case "functions": return (cat?.functions ?? []).map((x) => ({ value: x.id, label: x.name[lang], detail: x.id }));
      case "domains": return (cat?.domains ?? []).map((x) => ({ value: x.id, label: x.name[lang], detail: x.id }));
      case "masters": return (cat?.masters ?? []).map((x) => ({ value: x.id, label: x.name[lang], detail: `${x.id} · ${x.holder}` }));
      case "baselines": return (cat?.baselines ?? []).map((x) => ({ value: x.id, label: x.name[lang], detail: x.id }));
      case "rules": return (cat?.rules ?? []).map((x) => ({ value: x.id, label: `${x.id} — ${x.title[lang]}`, detail: x.waivable ? "" : this.t("notWaivable") }));
      case "subjects": return [
        { value: doc.id, label: this.t("wholeProject"), detail: doc.id },
        ...(doc.components ?? []).map(component),
        ...(doc.data ?? []).map((d) => ({ value: d.id, label: d.id, detail: this.t("dataStore") })),
        ...(doc.integrations ?? []).map((i) => ({ value: `${i.from}->${i.to}`, label: `${i.from} → ${i.to}`, detail: this.t("exchange") })),
      ];
      default: return [];
    }
  }

  /** The label of a value no option has: an element named by e-ID code or alias, else itself. */
  resolve(v) {
    const e = this.cat?.elements.find((x) => x.id === v || x.eid === v || x.aliases?.includes(v));
    return e ? `${e.name[this.lang()]} (${v})` : v;
  }

  /** A picker: a drop-down list when the choice is short and closed, else a search box. */
  pick(f, id, get, set, host, multiple) {
    const free = multiple ? f.pick?.free ?? true : !!f.pick?.free;
    const dynamic = ["components", "endpoints", "subjects"].includes(f.pick?.source);
    if (!multiple && !free && this.options(f).length <= 30) {
      const c = el("select", { id });
      const fill = () => {
        const v = get() ?? "";
        c.replaceChildren(new Option(this.t("choose"), ""));
        for (const o of this.options(f)) {
          const opt = new Option(o.detail && !dynamic ? `${o.label} (${o.detail.split(" · ").slice(1).join(" · ") || o.detail})` : o.label, o.value);
          c.append(opt);
        }
        if (v && ![...c.options].some((o) => o.value === v)) c.append(new Option(this.resolve(v), v));
        c.value = v;
      };
      fill();
      // Components and integrations change while the form is open: list them afresh.
      if (dynamic) c.addEventListener("focus", fill);
      c.addEventListener("change", () => set(c.value === "" ? undefined : c.value));
      return { root: c, input: c, refresh: fill };
    }
    const p = picker({
      id, multiple, free,
      options: () => this.options(f),
      get, set: (v) => set(v),
      resolve: (v) => this.resolve(v),
      t: (k) => this.t(k),
    });
    return { root: p.root, input: p.input, refresh: () => { if (document.activeElement !== p.input) p.refresh(); } };
  }

  /** Standards: the rows the component's kind implies as check boxes, then any other by search. */
  standards(f, id, get, set, host) {
    const lang = this.lang();
    const kind = host.get()?.kind;
    const rows = (this.cat?.standards ?? []).filter((r) => r.implied_by?.includes(kind));
    const listed = rows.flatMap((r) => r.standards.map((s) => s.name));
    const values = () => get() ?? [];
    const box = el("div", { class: "standards" });
    for (const r of rows) {
      const g = el("div", { class: "row", role: "group", "aria-label": `${r.id} ${r.name[lang]}` },
        el("span", { class: "row-name", text: `${r.id} ${r.name[lang]}` }));
      for (const s of r.standards) {
        const cid = `${id}-${r.id}-${slug(s.name)}`;
        const c = el("input", { type: "checkbox", id: cid });
        c.checked = values().some((v) => sameStandard(v, s.name));
        c.addEventListener("change", () => {
          const rest = values().filter((v) => !sameStandard(v, s.name));
          set(c.checked ? [...values(), s.name] : rest);
        });
        g.append(el("label", { class: "check", for: cid }, c, el("span", { text: s.name }), el("small", { text: `(${this.t(s.status)})` })));
      }
      box.append(g);
    }
    const others = rows.length ? this.t("otherStandards") : this.t("standardsSearch");
    const otherRows = (this.cat?.standards ?? []).filter((r) => !rows.includes(r));
    const p = picker({
      id, multiple: true, free: true,
      options: () => otherRows.flatMap((r) => r.standards.map((s) => ({ value: s.name, label: s.name, detail: `${r.id} ${r.name[lang]} · ${this.t(s.status)}` }))),
      get: () => values().filter((v) => !listed.some((n) => sameStandard(v, n))),
      set: (v) => set([...values().filter((x) => listed.some((n) => sameStandard(x, n))), ...v]),
      t: (k) => this.t(k),
    });
    const root = el("div", {}, box, el("div", { class: "sub-label", id: `${id}-others`, text: others }), p.root);
    p.input.setAttribute("aria-labelledby", `${id}-label ${id}-others`);
    return { root, input: p.input };
  }

  /** A list of objects: one fold per item, remove buttons, and an add button (with the item's
   * required vocabulary fields asked first, e.g. a component's kind). */
  list(f, host, path, label, help, notes, order) {
    const type = this.types.get(f.item);
    const w = el("div", { class: "list", "data-path": path }, el("h2", { id: `h-${f.key}`, text: label }));
    if (help) w.append(help);
    w.append(notes);
    const items = () => host.get()?.[f.key] ?? [];
    const noun = this.text(type.label) ?? f.item;
    items().forEach((item, i) => {
      const ipath = `${path}[${i}]`;
      const title = () => {
        const v = type.title ? item[type.title] : undefined;
        const s = type.title === "name" ? nameText(v) : typeof v === "string" ? v : "";
        return `${noun} ${i + 1}${s ? `: ${s}` : ""}`;
      };
      const legend = el("span", { text: title() });
      this.refreshers.push(() => { legend.textContent = title(); });
      const remove = el("button", { type: "button", class: "remove-item", text: this.t("remove"), "aria-label": `${this.t("remove")} ${title()}` });
      remove.addEventListener("click", () => {
        const list = items();
        list.splice(i, 1);
        if (list.length === 0 && !f.required) { delete host.get()[f.key]; host.prune(); }
        this.onChange(true);
        this.root.querySelector(`#add-${f.key}`)?.focus();
      });
      const d = el("details", { class: "item", "data-path": ipath, open: true },
        el("summary", {}, legend), el("div", { class: "notes", id: `f-${ipath.replace(/[^A-Za-z0-9_-]/g, "_")}-notes` }));
      const sub = { get: () => item, ensure: () => item, prune() {}, siblings: items };
      this.fields(d, type.fields, sub, ipath);
      d.append(el("div", { class: "item-end" }, remove));
      this.wrappers.set(ipath, d);
      w.append(d);
    });
    // The add row: the item's required choices (a component's kind) are asked before adding.
    const asked = type.fields.filter((x) => x.required && x.widget === "choice");
    const row = el("div", { class: "add-row" });
    const selects = asked.map((x) => {
      const sid = `add-${f.key}-${x.key}`;
      const s = el("select", { id: sid });
      s.append(new Option(this.t("choose"), ""));
      for (const v of this.vocab.get(x.vocabulary).values) s.append(new Option(v[this.lang()], v.id));
      row.append(el("label", { for: sid, text: this.text(x.label) }), s);
      return [x, s];
    });
    const add = el("button", { type: "button", id: `add-${f.key}`, class: "add", text: this.text(type.add) ?? `+ ${noun}` });
    const msg = el("span", { class: "add-msg", role: "status" });
    add.addEventListener("click", () => {
      const missing = selects.find(([, s]) => s.value === "");
      if (missing) { msg.textContent = this.t("chooseFirst", this.text(missing[0].label)); missing[1].focus(); return; }
      msg.textContent = "";
      const item = {};
      const itemOrder = type.fields.map((x) => x.key);
      for (const x of type.fields) if (x.required && x.widget !== "choice") setKey(item, x.key, "", itemOrder);
      for (const [x, s] of selects) setKey(item, x.key, s.value, itemOrder);
      const list = host.get()?.[f.key];
      if (Array.isArray(list)) list.push(item); else setKey(host.ensure(), f.key, [item], order);
      if (type.fields.some((x) => x.auto)) this.auto.add(item);
      this.follow({ get: () => item, siblings: items }, null);
      this.onChange(true);
      const n = items().length - 1;
      const first = type.fields.find((x) => x.widget !== "hidden" && !x.advanced && !asked.includes(x));
      this.focusPath(first ? `${path}[${n}].${first.key}` : `${path}[${n}]`);
    });
    row.append(add, msg);
    w.append(row);
    return w;
  }

  /** Ids made from another field follow it while the object keeps its automatic id. */
  follow(host, changed) {
    const obj = host.get();
    if (!obj || !this.auto.has(obj)) return;
    const type = this.types.get(this.typeOfObject(obj));
    for (const x of type?.fields ?? []) {
      if (!x.auto || (changed && changed.key !== x.auto.from)) continue;
      const base = slug(nameText(obj[x.auto.from])) + (x.auto.suffix ?? "");
      const taken = new Set(host.siblings().filter((o) => o !== obj).map((o) => o[x.key]));
      let id = base === (x.auto.suffix ?? "") ? "" : base;
      for (let n = 2; id && taken.has(id); n++) id = `${base}-${n}`;
      const old = obj[x.key];
      if (old === id) continue;
      obj[x.key] = id;
      this.renamed(old, id, host);
      for (const r of this.refreshers) r();
    }
  }

  typeOfObject(obj) {
    if (obj === this.doc) return this.form.root;
    for (const f of this.types.get(this.form.root).fields) {
      if (f.widget === "list" && (this.doc[f.key] ?? []).includes(obj)) return f.item;
    }
    return undefined;
  }

  /** A component renamed: the references to it (integrations, data stores, justifications)
   * follow; these are the fields whose picker offers the project's components. */
  renamed(old, id, host) {
    if (!old || old === id || !(this.doc.components ?? []).includes(host.get())) return;
    const refs = [];
    for (const t of this.form.types) for (const f of t.fields) if (["components", "endpoints", "subjects"].includes(f.pick?.source)) refs.push([t.name, f.key]);
    for (const f of this.types.get(this.form.root).fields) {
      if (f.widget !== "list") continue;
      for (const item of this.doc[f.key] ?? []) {
        for (const [tn, key] of refs) {
          if (tn !== f.item || typeof item[key] !== "string") continue;
          if (item[key] === old) item[key] = id;
          else if (item[key].includes("->")) item[key] = item[key].split("->").map((e) => (e === old ? id : e)).join("->");
        }
      }
    }
  }

  refresh() { for (const r of this.refreshers) r(); }
}

// Placing findings and errors next to their fields, and going to a field: findings.js.
Object.assign(FormView.prototype, Findings);
