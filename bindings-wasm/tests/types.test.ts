// Type-checked (tsc --noEmit) against the generated declarations: the tightened types hold.
import type { Baseline, Report, Finding, Level, Counts, KientrucError, RuleInfo, Waiver, PortfolioRow, LevelInfo, Limits } from "../pkg/node/kientruc_wasm.js";
import { check, portfolio, toCsv, levels, levelName, validateModel, importArchimate } from "../pkg/node/kientruc_wasm.js";

declare const b: Baseline;
const r: Report = b.check({ kientruc: "project/1", id: "x" }, { asOf: "2024-01-01" });
const accepted: Report = b.check("{}", { accept: [{ kientruc: "acceptance/1", accepted: [] }, "{}"] });
const chosen: Report = check("{}", { baseline: "quang-ngai", asOf: "2026-09-01", accept: "{}", rulepacks: ["{}"], limits: { max_components: 5 } });
const limits: Limits = { max_bytes: 1 << 20, max_depth: 64 };
const validated: Report = validateModel("{}", { asOf: "2024-01-01", rulepacks: [{}], limits });
const exported: string = b.toJson();
const svg: string = b.diagram({ project: "{}", format: "mermaid", lang: "en", limits });
const imported: object = importArchimate("<x/>", { limits });
const all: LevelInfo[] = levels();
const shown: string = levelName(all[0].id, "en") + all[0].name.vi;
const why: string | undefined = chosen.baselineChoice?.en;
const checkedAgainst: string | undefined = chosen.baseline;
const level: Level | undefined = r.level;
const findings: Finding[] = r.findings;
const first: Finding["severity"] = findings[0].severity;
const waiver: Waiver | undefined = findings[0].waiver;
const by: string | undefined = waiver?.accepted?.by;
const counts: Counts = r.counts;
const total: number = counts.error + counts.review + counts.accepted;
const sarif: string = r.toSarif("en");
const md: string = r.toMarkdown();
const rows: PortfolioRow[] = portfolio([r, accepted.toJson()], "en");
const rowLevel: Level | null = rows[0].level;
const csv: string = toCsv([r]);
declare const rules: RuleInfo[];
const basis: string = rules[0].basis.instrument;
declare const e: KientrucError;
const code: string = e.code;
// @ts-expect-error: only "vi" and "en" exist.
r.toHtml("fr");
// @ts-expect-error: accept takes documents, not numbers.
b.check("{}", { accept: 42 });
// @ts-expect-error: a baseline is named by a string.
check("{}", { baseline: 42 });
// @ts-expect-error: limits have the core's names.
b.check("{}", { limits: { maxBytes: 3 } });
// @ts-expect-error: the diagram has three formats.
b.diagram({ format: "png" });
// @ts-expect-error: levelName takes a level id.
levelName("nearly-conformant");
export { why, checkedAgainst, level, first, waiver, by, total, sarif, md, rowLevel, csv, basis, code, validated, exported, svg, imported, shown };
