// Findings next to their fields: where a finding of the check belongs in the form (its subject
// and the field its rule is about, from the form description's `focus`), the notes under the
// fields, the errors of a document that does not read, and going to a field. Mixed into FormView
// (form.js); `this` is the view.
import { el, isEmpty } from "./dom.js";

export const Findings = {
  /** The nearest drawn place for `path`: itself, else its parents. */
  wrapper(path) {
    let p = path;
    for (;;) {
      if (this.wrappers.has(p)) return this.wrappers.get(p);
      if (p === "") return undefined;
      const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
      p = cut < 0 ? "" : p.slice(0, cut);
    }
  },

  /** The first control of the place drawn for `path`. */
  control(path) {
    const w = this.wrapper(path);
    return w?.querySelector("input:not([type=hidden]), select, textarea, button, summary") ?? w;
  },

  /** Opens the folds around the field at `path`, scrolls to it and focuses its control. */
  focusPath(path) {
    const c = this.control(path);
    if (!c) return;
    for (let d = c.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
    c.scrollIntoView({ block: "center" });
    c.focus({ preventScroll: true });
  },

  /** Where a finding belongs: its subject (the project, a component, a data store, an
   * integration "from->to", or a path such as waivers[0]) and the field its rule is about. */
  pathOf(finding) {
    const doc = this.doc;
    const s = finding.subject;
    let item = "";
    const inList = (key, match) => {
      const i = (doc[key] ?? []).findIndex(match);
      return i >= 0 ? `${key}[${i}]` : undefined;
    };
    const path = /^[a-z_]+\[\d+\]$/.test(s) ? s : undefined;
    item = path
      ?? (s === doc.id ? "" : undefined)
      ?? inList("components", (c) => c.id === s)
      ?? inList("data", (d) => d.id === s)
      ?? inList("integrations", (x) => `${x.from}->${x.to}` === s)
      ?? inList("components", (c) => s.startsWith(`${c.id}:`))
      ?? "";
    // Format problems name the field's path in their message.
    const named = /\$((?:\.[A-Za-z_][\w-]*|\[\d+\])+)/.exec(finding.message.en);
    if (named) return named[1].replace(/^\./, "");
    const type = this.types.get(this.typeOf(item));
    for (const key of this.form.focus[finding.rule] ?? []) {
      if (type?.fields.some((x) => x.key === key)) return item ? `${item}.${key}` : key;
    }
    for (const key of this.form.focus[finding.rule] ?? []) {
      if (this.types.get(this.form.root).fields.some((x) => x.key === key)) return key;
    }
    return item;
  },

  /** Shows each finding under its field, and links the field to it for screen readers. */
  showNotes(findings, render) {
    for (const n of this.root.querySelectorAll(".notes")) n.replaceChildren();
    for (const f of findings) {
      const w = this.wrapper(this.pathOf(f));
      const notes = w && (w.querySelector(":scope > .notes") ?? w.querySelector(".notes"));
      if (notes) notes.append(render(f));
    }
    // A fold says how many findings it hides, so that none goes unseen.
    for (const d of this.root.querySelectorAll("details")) {
      const summary = d.querySelector(":scope > summary");
      let count = summary.querySelector(".count");
      if (!count) { count = el("span", { class: "count" }); summary.append(count); }
      const n = d.querySelectorAll(".note").length;
      count.textContent = n ? this.t("findingsHere", n) : "";
    }
  },

  /** What an error of the document at `path` means in the form's words, when it can say: the
   * required fields of the object there that are still empty (a year span with one year). */
  explain(path) {
    const p = (path ?? "").replace(/^\$\.?/, "");
    const obj = p.split(/[.[\]]/).filter(Boolean).reduce((o, k) => o?.[k], this.doc);
    if (!obj || typeof obj !== "object" || Array.isArray(obj)) return undefined;
    let type;
    try { type = this.types.get(this.typeOf(p)); } catch { return undefined; }
    const missing = (type?.fields ?? []).filter((f) => f.required && f.widget !== "hidden" && isEmpty(obj[f.key]));
    return missing.length ? this.t("missing", missing.map((f) => this.text(f.label)).join(", ")) : undefined;
  },

  /** Shows an error of the document (it does not read) under the field its path names. */
  showError(path, message) {
    for (const n of this.root.querySelectorAll(".notes")) n.replaceChildren();
    const w = path && this.wrapper(path.replace(/^\$\.?/, ""));
    const notes = w && (w.querySelector(":scope > .notes") ?? w.querySelector(".notes"));
    if (notes) notes.append(el("p", { class: "note error", text: message }));
  }

};
