// The offline checking page: everything runs in the browser through the WebAssembly package.
// LEVELS below are the names of core/src/report/level.rs (Level::name); keep them the same.
import init, { Baseline, builtinBaselines } from "./pkg/kientruc_wasm.js";

const UI = {
  vi: {
    title: "Kiểm tra sự tuân thủ Kiến trúc Chính quyền điện tử",
    lead: "Dán hoặc kéo thả hồ sơ dự án (JSON, project/1), hoặc chọn một ví dụ. Mọi xử lý diễn ra trên máy của bạn, không gửi dữ liệu đi đâu.",
    example: "Ví dụ", choose: "— chọn —", baseline: "Kiến trúc", language: "Ngôn ngữ", check: "Kiểm tra",
    drop: "Kéo thả tệp JSON vào đây", download: "Tải báo cáo", level: "Mức tuân thủ",
    groups: { error: "Lỗi", warning: "Cảnh báo", review: "Cần làm rõ", accepted: "Đã chấp nhận giải trình", info: "Thông tin" },
    basis: "Căn cứ", suggestion: "Đề xuất", none: "Không có phát hiện nào.",
    waiver: "Giải trình của chủ đầu tư", pending: "cần thẩm định giải trình",
    acceptedBy: (a) => `được ${a.by} chấp nhận ngày ${a.date}${a.note ? `: ${a.note}` : ""}`,
    acceptance: "Ý kiến chấp nhận giải trình của cơ quan thẩm định (JSON, acceptance/1, không bắt buộc)",
    at: (l, c) => `dòng ${l}, cột ${c}`, path: "vị trí",
    counts: (c) => `${c.pass} đạt, ${c.fail} không đạt, ${c.review} cần làm rõ, ${c.not_applicable} không áp dụng; ${c.extras} thành phần ngoài Kiến trúc; giải trình: ${c.waived} (${c.accepted} đã được chấp nhận)`,
  },
  en: {
    title: "E-government architecture conformance check",
    lead: "Paste or drop a project file (JSON, project/1), or pick an example. Everything runs on your machine; nothing is sent anywhere.",
    example: "Example", choose: "— choose —", baseline: "Baseline", language: "Language", check: "Check",
    drop: "Drop a JSON file here", download: "Download the report", level: "Compliance level",
    groups: { error: "Errors", warning: "Warnings", review: "To review", accepted: "Justifications accepted", info: "Information" },
    basis: "Basis", suggestion: "Suggestion", none: "No findings.",
    waiver: "The investor's justification", pending: "to be appraised",
    acceptedBy: (a) => `accepted by ${a.by} on ${a.date}${a.note ? `: ${a.note}` : ""}`,
    acceptance: "The appraiser's acceptance of justifications (JSON, acceptance/1, optional)",
    at: (l, c) => `line ${l}, column ${c}`, path: "at",
    counts: (c) => `${c.pass} pass, ${c.fail} fail, ${c.review} review, ${c.not_applicable} not applicable; ${c.extras} components outside the architecture; justifications: ${c.waived} (${c.accepted} accepted)`,
  },
};
const LEVELS = {
  "not-assessed": { vi: "Chưa đánh giá được: hồ sơ có lỗi", en: "Not assessed: the document has input problems" },
  "non-conformant": { vi: "Không tuân thủ", en: "Non-conformant" },
  "irrelevant": { vi: "Ngoài phạm vi Kiến trúc: cần cập nhật Kiến trúc hoặc giải trình", en: "Irrelevant: outside the architecture; update the architecture or justify it" },
  "fully-conformant": { vi: "Tuân thủ đầy đủ", en: "Fully conformant" },
  "conformant": { vi: "Tuân thủ, có thành phần ngoài Kiến trúc", en: "Conformant" },
  "compliant": { vi: "Cơ bản tuân thủ, cần bổ sung thông tin", en: "Compliant" },
  "consistent": { vi: "Cơ bản tuân thủ, cần bổ sung thông tin; có thành phần ngoài Kiến trúc", en: "Consistent" },
};

const $ = (id) => document.getElementById(id);
let report = null;
const lang = () => $("lang").value;
const t = () => UI[lang()];

function translate() {
  document.documentElement.lang = lang();
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t()[el.dataset.i18n];
  if (report) render();
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function render() {
  const L = lang();
  $("result").hidden = false;
  $("level").textContent = `${t().level}: ${LEVELS[report.level][L]}`;
  $("level").dataset.level = report.level;
  $("summary").textContent = t().counts(report.counts);
  const box = $("findings");
  box.replaceChildren();
  const findings = report.findings;
  if (findings.length === 0) box.append(el("p", "", t().none));
  const group = (f) => (f.outcome === "accepted" ? "accepted" : f.severity === "info" ? "info" : f.outcome === "fail" ? f.severity : "review");
  for (const g of ["error", "warning", "review", "accepted", "info"]) {
    const list = findings.filter((f) => group(f) === g);
    if (list.length === 0) continue;
    const section = el("div", "group");
    section.append(el("h3", "", `${t().groups[g]} (${list.length})`));
    for (const f of list) {
      const item = el("div", `finding ${g}`);
      item.dataset.rule = f.rule;
      item.append(el("div", "", `${f.rule} [${f.subject}] ${f.message[L]}`));
      const basis = [f.basis.instrument, f.basis.article].filter(Boolean).join(", ") + (f.basis.status === "secondary" ? " (secondary)" : "");
      item.append(el("div", "meta", `${t().basis}: ${basis}`));
      item.append(el("div", "meta", `${t().suggestion}: ${f.suggestion[L]}`));
      if (f.waiver) {
        // The proposal's justification, and the appraiser's acceptance once given.
        const w = el("div", `waiver${f.waiver.accepted ? " accepted" : ""}`,
          `${t().waiver}: «${f.waiver.reason}» — ${f.waiver.accepted ? t().acceptedBy(f.waiver.accepted) : t().pending}`);
        item.append(w);
      }
      section.append(item);
    }
    box.append(section);
  }
}

function showError(e) {
  report = null;
  $("result").hidden = true;
  let where = "";
  if (e.line) where = ` (${t().at(e.line, e.column)})`;
  else if (e.path) where = ` (${t().path} ${e.path})`;
  $("error").textContent = `${e.code ? `[${e.code}] ` : ""}${e.message}${where}`;
}

function check() {
  $("error").textContent = "";
  try {
    const baseline = Baseline.builtin($("baseline").value);
    const accept = $("accept").value.trim();
    report = baseline.check($("input").value, accept ? { accept } : undefined);
    render();
  } catch (e) {
    showError(e);
  }
}

function download(format) {
  if (!report) return;
  const L = lang();
  const [text, type, ext] = {
    json: [report.toJson(), "application/json", "json"],
    sarif: [report.toSarif(L), "application/sarif+json", "sarif"],
    md: [report.toMarkdown(L), "text/markdown", "md"],
    html: [report.toHtml(L), "text/html", "html"],
  }[format];
  const a = el("a");
  a.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  a.download = `${report.subject}.${ext}`;
  a.click();
  URL.revokeObjectURL(a.href);
}

async function main() {
  await init();
  for (const name of builtinBaselines()) $("baseline").append(new Option(name, name));
  const examples = await (await fetch("examples/index.json")).json();
  for (const f of examples) $("example").append(new Option(f.replace(/\.json$/, ""), f));
  $("example").addEventListener("change", async () => {
    if (!$("example").value) return;
    $("input").value = await (await fetch(`examples/${$("example").value}`)).text();
    check();
  });
  $("check").addEventListener("click", check);
  $("lang").addEventListener("change", translate);
  for (const b of document.querySelectorAll("[data-format]")) b.addEventListener("click", () => download(b.dataset.format));
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", async (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const file = e.dataTransfer.files[0];
    if (file) { $("input").value = await file.text(); check(); }
  });
  document.body.dataset.ready = "true";
}

main().catch(showError);
