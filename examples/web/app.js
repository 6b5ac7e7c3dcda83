// The offline page: a form for a project proposal (project/1), checked as it is typed, with the
// findings next to the fields, the overall diagram, a round trip through JSON files and the
// printable dossier. Everything runs in the browser through the WebAssembly package.
// Level names come from the library (levelName), as every report prints them.
import init, { Baseline, check, diagram, dossierHtml, formCatalogue, levelName, projectForm } from "./pkg/kientruc_wasm.js";
import { FormView } from "./form.js";

const date = (d, lang) => (lang === "vi" && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d.split("-").reverse().join("/") : d);
const UI = {
  vi: {
    title: "Kiểm tra sự tuân thủ Kiến trúc Chính quyền điện tử",
    lead: "Điền phần kiến trúc của hồ sơ dự án; kết quả kiểm tra cập nhật ngay khi nhập. Mọi xử lý diễn ra trên máy của bạn, không gửi dữ liệu đi đâu.",
    newDoc: "Hồ sơ mới", open: "Mở tệp JSON…", save: "Lưu JSON", print: "In báo cáo thẩm định",
    example: "Ví dụ", choose: "— chọn —", language: "Ngôn ngữ", results: "Kết quả kiểm tra", check: "Mở JSON này trong biểu mẫu",
    diagram: "Sơ đồ tổng thể, có các thành phần của dự án", power: "JSON của hồ sơ (dành cho người dùng thành thạo)",
    jsonLabel: "Hồ sơ dự án (JSON, project/1)",
    drop: "Thả tệp JSON vào đây để mở", download: "Tải báo cáo", level: "Mức tuân thủ",
    groups: { error: "Lỗi", warning: "Cảnh báo", review: "Cần làm rõ", accepted: "Đã chấp nhận giải trình", info: "Thông tin" },
    basis: "Căn cứ", suggestion: "Đề xuất", none: "Không có phát hiện nào.",
    waiver: "Giải trình của chủ đầu tư", pending: "cần thẩm định giải trình",
    acceptedBy: (a) => `được ${a.by} chấp nhận ngày ${date(a.date, "vi")}${a.note ? `: ${a.note}` : ""}`,
    acceptance: "Ý kiến chấp nhận giải trình của cơ quan thẩm định (JSON, acceptance/1, không bắt buộc)",
    at: (l, c) => `dòng ${l}, cột ${c}`, path: "vị trí",
    counts: (c) => `${c.pass} đạt, ${c.fail} không đạt, ${c.review} cần làm rõ, ${c.not_applicable} không áp dụng; ${c.extras} thành phần ngoài Kiến trúc; giải trình: ${c.waived} (${c.accepted} đã được chấp nhận)`,
    more: "Thông tin khác", english: "Tên tiếng Anh (không bắt buộc)", unstated: "— chưa nêu —", yes: "Có", no: "Không",
    unknownValue: (v) => `⚠ «${v}» (không thuộc danh mục)`, badJson: "Không phải JSON hợp lệ",
    projectComponent: "Thành phần của dự án", until: (d) => `đến ${date(d, "vi")}`, from: (d) => `từ ${date(d, "vi")}`,
    notWaivable: "quy định bắt buộc: giải trình không có hiệu lực", wholeProject: "Cả dự án", dataStore: "Kho dữ liệu", exchange: "Kết nối",
    mandatory: "bắt buộc", recommended: "khuyến nghị", "mandatory-one-of": "bắt buộc một trong",
    otherStandards: "Tiêu chuẩn khác (gõ tên để tìm)", standardsSearch: "Gõ tên tiêu chuẩn để tìm",
    remove: "Xóa", chooseFirst: (l) => `Chọn «${l}» trước.`, search: "Gõ để tìm (không cần dấu)…", selected: "Đã chọn",
    noMatch: "Không có kết quả", enterToAdd: "Nhấn Enter để thêm giá trị này",
    missing: (l) => `Chưa điền đủ: cần ${l}.`, wholeNumber: "Nhập một số nguyên không âm, không có dấu chấm.",
    findingsHere: (n) => `(${n} phát hiện)`,
    goTo: "Đến trường liên quan", justify: "Giải trình", confirmNew: "Bỏ nội dung đang soạn để bắt đầu hồ sơ mới?",
    opened: (f) => `Đã mở ${f}.`, saved: (f) => `Đã lưu ${f}.`, notJson: (f) => `${f}: không đọc được.`, blocked: "Trình duyệt chặn cửa sổ mới: đã tải báo cáo HTML về máy.",
  },
  en: {
    title: "E-government architecture conformance check",
    lead: "Fill in the architecture part of a project proposal; the check updates as you type. Everything runs on your machine; nothing is sent anywhere.",
    newDoc: "New proposal", open: "Open a JSON file…", save: "Save JSON", print: "Print the appraisal report",
    example: "Example", choose: "— choose —", language: "Language", results: "Check result", check: "Open this JSON in the form",
    diagram: "Overall diagram, with the project's components", power: "The proposal's JSON (for power users)",
    jsonLabel: "Project proposal (JSON, project/1)",
    drop: "Drop a JSON file here to open it", download: "Download the report", level: "Compliance level",
    groups: { error: "Errors", warning: "Warnings", review: "To review", accepted: "Justifications accepted", info: "Information" },
    basis: "Basis", suggestion: "Suggestion", none: "No findings.",
    waiver: "The investor's justification", pending: "to be appraised",
    acceptedBy: (a) => `accepted by ${a.by} on ${a.date}${a.note ? `: ${a.note}` : ""}`,
    acceptance: "The appraiser's acceptance of justifications (JSON, acceptance/1, optional)",
    at: (l, c) => `line ${l}, column ${c}`, path: "at",
    counts: (c) => `${c.pass} pass, ${c.fail} fail, ${c.review} review, ${c.not_applicable} not applicable; ${c.extras} components outside the architecture; justifications: ${c.waived} (${c.accepted} accepted)`,
    more: "More", english: "English name (optional)", unstated: "— not stated —", yes: "Yes", no: "No",
    unknownValue: (v) => `⚠ '${v}' (not in the vocabulary)`, badJson: "Not valid JSON",
    projectComponent: "Project component", until: (d) => `until ${d}`, from: (d) => `from ${d}`,
    notWaivable: "mandatory provision: a justification has no effect", wholeProject: "The whole project", dataStore: "Data store", exchange: "Data exchange",
    mandatory: "mandatory", recommended: "recommended", "mandatory-one-of": "mandatory, one of",
    otherStandards: "Other standards (type a name)", standardsSearch: "Type a standard's name",
    remove: "Remove", chooseFirst: (l) => `Choose '${l}' first.`, search: "Type to search…", selected: "Selected",
    noMatch: "No match", enterToAdd: "Press Enter to add this value",
    missing: (l) => `Incomplete: ${l} needed.`, wholeNumber: "Enter a whole number, not negative, without separators.",
    findingsHere: (n) => `(${n} finding${n > 1 ? "s" : ""})`,
    goTo: "Go to the field", justify: "Justify", confirmNew: "Discard this proposal and start a new one?",
    opened: (f) => `Opened ${f}.`, saved: (f) => `Saved ${f}.`, notJson: (f) => `${f}: cannot be read.`, blocked: "The browser blocked the new window: the HTML report was downloaded.",
  },
};
/** How long typing must pause before the check runs again. */
const DEBOUNCE_MS = 250;

const $ = (id) => document.getElementById(id);
const lang = () => $("lang").value;
const t = (key, ...args) => {
  const v = UI[lang()][key];
  return typeof v === "function" ? v(...args) : v ?? key;
};
let view = null;
let report = null;
let timer = 0;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const serialise = () => `${JSON.stringify(view.doc, null, 2)}\n`;
const options = () => {
  const accept = $("accept").value.trim();
  return accept ? { accept } : undefined;
};

// ---- checking ------------------------------------------------------------------------------

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

/** Checks the document as it stands and shows the result, next to the fields too. */
function run() {
  clearTimeout(timer);
  const text = serialise();
  if (document.activeElement !== $("input")) $("input").value = text;
  $("error").textContent = "";
  report?.free();
  report = null;
  try {
    report = check(text, options());
  } catch (e) {
    showError(e);
    return;
  }
  // The pickers offer the elements of the baseline the check used.
  if (report.baseline && report.baseline !== view.cat?.baseline.id) {
    view.cat = formCatalogue(report.baseline);
    view.render();
  }
  render();
  try {
    $("diagram").innerHTML = diagram(text, options(), lang());
  } catch {
    $("diagram").replaceChildren();
  }
  document.body.dataset.checked = String(Number(document.body.dataset.checked ?? 0) + 1);
}

const group = (f) => (f.outcome === "accepted" ? "accepted" : f.severity === "info" ? "info" : f.outcome === "fail" ? f.severity : "review");

/** A finding under its field: what is wrong and what to do. */
function note(f) {
  const L = lang();
  const n = el("p", `note ${group(f)}`);
  n.dataset.rule = f.rule;
  n.append(el("strong", "", `${f.rule} `), f.message[L]);
  n.append(el("span", "fix", `${t("suggestion")}: ${f.suggestion[L]}`));
  return n;
}

function render() {
  if (!report) return;
  const L = lang();
  $("result").hidden = false;
  $("level").textContent = `${t("level")}: ${levelName(report.level, L)}`;
  $("level").dataset.level = report.level;
  $("summary").textContent = t("counts", report.counts);
  $("choice").textContent = report.baselineChoice?.[L] ?? "";
  const findings = report.findings;
  view.showNotes(findings, note);
  const box = $("findings");
  box.replaceChildren();
  if (findings.length === 0) box.append(el("p", "", t("none")));
  const waiverList = view.form.types.find((ty) => ty.name === view.form.root).fields
    .find((x) => x.widget === "list" && view.types.get(x.item).fields.some((y) => y.pick?.source === "rules"));
  for (const g of ["error", "warning", "review", "accepted", "info"]) {
    const list = findings.filter((f) => group(f) === g);
    if (list.length === 0) continue;
    const section = el("div", "group");
    section.append(el("h3", "", `${t("groups")[g]} (${list.length})`));
    for (const f of list) {
      const item = el("div", `finding ${g}`);
      item.dataset.rule = f.rule;
      const path = view.pathOf(f);
      item.dataset.path = path;
      const about = f.subject && f.subject !== view.doc.id ? ` [${f.subject}]` : "";
      const go = el("button", "goto", `${f.rule}${about} ${f.message[L]}`);
      go.type = "button";
      go.title = t("goTo");
      go.addEventListener("click", () => view.focusPath(path));
      item.append(go);
      const basis = [f.basis.instrument, f.basis.article].filter(Boolean).join(", ") + (f.basis.status === "secondary" ? " (secondary)" : "");
      item.append(el("div", "meta", `${t("basis")}: ${basis}`));
      item.append(el("div", "meta", `${t("suggestion")}: ${f.suggestion[L]}`));
      if (f.waiver) {
        // The proposal's justification, and the appraiser's acceptance once given.
        item.append(el("div", `waiver${f.waiver.accepted ? " accepted" : ""}`,
          `${t("waiver")}: «${f.waiver.reason}» — ${f.waiver.accepted ? t("acceptedBy", f.waiver.accepted) : t("pending")}`));
      } else if (waiverList && (g === "error" || g === "warning" || g === "review") && view.cat?.rules.some((r) => r.id === f.rule && r.waivable)) {
        const j = el("button", "justify", t("justify"));
        j.type = "button";
        j.addEventListener("click", () => justify(waiverList, f));
        item.append(j);
      }
      section.append(item);
    }
    box.append(section);
  }
}

/** Adds a justification of a finding (its rule and subject filled in) and goes to its reason. */
function justify(listField, f) {
  const type = view.types.get(listField.item);
  const item = {};
  for (const x of type.fields) {
    if (x.pick?.source === "rules") item[x.key] = f.rule;
    else if (x.pick?.source === "subjects") item[x.key] = f.subject;
    else if (x.required) item[x.key] = "";
  }
  const path = view.append(listField.key, item);
  changed(true);
  const reason = type.fields.find((x) => x.multiline) ?? type.fields.find((x) => !x.pick && x.widget === "text");
  view.focusPath(reason ? `${path}.${reason.key}` : path);
}

function showError(e) {
  $("result").hidden = true;
  let where = "";
  if (e.line) where = ` (${t("at", e.line, e.column)})`;
  else if (e.path) where = ` (${t("path")} ${e.path})`;
  // An object the form left incomplete is said in the form's words; the core's message stays
  // for the other errors (a pasted document that does not read).
  const hint = view?.doc ? view.explain(e.path) : undefined;
  $("error").textContent = hint ?? `${e.code ? `[${e.code}] ` : ""}${e.message}${where}`;
  view?.showError(e.path, hint ?? e.message);
}

function changed(structural) {
  if (structural) view.render();
  else view.refresh();
  schedule();
}

// ---- files ---------------------------------------------------------------------------------

/** Opens JSON text into the form; text that is not a project shows the core's error. */
function openText(text, name) {
  let doc;
  try {
    doc = JSON.parse(text);
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw new Error();
  } catch {
    try { check(text).free(); } catch (e) { showError(e); }
    $("status").textContent = t("notJson", name);
    return false;
  }
  view.load(doc);
  $("input").value = text;
  $("status").textContent = t("opened", name);
  run();
  return true;
}

function download(text, type, name) {
  const a = el("a");
  a.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function save() {
  const name = `${view.doc.id || "du-an"}.json`;
  download(serialise(), "application/json", name);
  $("status").textContent = t("saved", name);
}

function downloadReport(format) {
  if (!report) return;
  const L = lang();
  const [text, type, ext] = {
    json: [report.toJson(), "application/json", "json"],
    sarif: [report.toSarif(L), "application/sarif+json", "sarif"],
    md: [report.toMarkdown(L), "text/markdown", "md"],
    html: [report.toHtml(L), "text/html", "html"],
  }[format];
  download(text, type, `${report.subject}.${ext}`);
}

/** The dossier (HTML, with the diagram) in a new tab, with the print dialog open. */
function printDossier() {
  let html;
  try {
    html = dossierHtml(serialise(), options(), lang());
  } catch (e) {
    showError(e);
    return;
  }
  const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
  const w = window.open(url, "_blank");
  if (!w) {
    download(html, "text/html", `${view.doc.id || "du-an"}.html`);
    $("status").textContent = t("blocked");
    return;
  }
  w.addEventListener("load", () => { w.focus(); w.print(); });
}

function translate() {
  document.documentElement.lang = lang();
  for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
  if (view?.doc) { view.render(); render(); run(); }
}

async function main() {
  await init();
  const form = projectForm();
  view = new FormView({ form, root: $("form"), t, lang, onChange: changed });
  view.cat = formCatalogue(Baseline.default().id);
  view.load(view.blank());
  $("form").addEventListener("submit", (e) => e.preventDefault());

  const examples = await (await fetch("examples/index.json")).json();
  for (const f of examples) $("example").append(new Option(f.replace(/\.json$/, ""), f));
  $("example").addEventListener("change", async () => {
    const f = $("example").value;
    if (f) openText(await (await fetch(`examples/${f}`)).text(), f);
  });
  $("new").addEventListener("click", () => {
    if (!confirm(t("confirmNew"))) return;
    view.load(view.blank());
    $("example").value = "";
    run();
  });
  $("open").addEventListener("click", () => $("file").click());
  $("file").addEventListener("change", async () => {
    const file = $("file").files[0];
    if (file) openText(await file.text(), file.name);
    $("file").value = "";
  });
  $("save").addEventListener("click", save);
  $("print").addEventListener("click", printDossier);
  $("check").addEventListener("click", () => {
    // The pasted JSON goes into the form once it reads; until then the core says what is wrong.
    const text = $("input").value;
    try { check(text, options()).free(); } catch (e) { showError(e); return; }
    openText(text, "JSON");
  });
  $("accept").addEventListener("input", schedule);
  $("lang").addEventListener("change", translate);
  for (const b of document.querySelectorAll("[data-format]")) b.addEventListener("click", () => downloadReport(b.dataset.format));
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "s") { e.preventDefault(); save(); }
  });
  // A file dropped anywhere on the page opens in the form.
  let depth = 0;
  document.addEventListener("dragenter", (e) => { if (e.dataTransfer?.types.includes("Files")) { depth++; $("drop").hidden = false; } });
  document.addEventListener("dragleave", () => { if (--depth <= 0) { depth = 0; $("drop").hidden = true; } });
  document.addEventListener("dragover", (e) => e.preventDefault());
  document.addEventListener("drop", async (e) => {
    e.preventDefault();
    depth = 0;
    $("drop").hidden = true;
    const file = e.dataTransfer.files[0];
    if (file) openText(await file.text(), file.name);
  });
  // Printing the page itself shows every folded part.
  window.addEventListener("beforeprint", () => { for (const d of document.querySelectorAll("details")) { d.dataset.wasOpen = d.open; d.open = true; } });
  window.addEventListener("afterprint", () => { for (const d of document.querySelectorAll("details")) d.open = d.dataset.wasOpen === "true"; });
  translate();
  document.body.dataset.ready = "true";
}

main().catch(showError);
