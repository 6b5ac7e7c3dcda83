// Type-checked (tsc --noEmit) against the generated declarations: the tightened types hold.
import type { Baseline, Report, Finding, Level, Counts, KientrucError, RuleInfo } from "../pkg/node/kientruc_wasm.js";

declare const b: Baseline;
const r: Report = b.check({ kientruc: "project/1", id: "x" }, { asOf: "2024-01-01" });
const level: Level | undefined = r.level;
const findings: Finding[] = r.findings;
const first: Finding["severity"] = findings[0].severity;
const counts: Counts = r.counts;
const total: number = counts.error + counts.review;
const sarif: string = r.toSarif("en");
const md: string = r.toMarkdown();
declare const rules: RuleInfo[];
const basis: string = rules[0].basis.instrument;
declare const e: KientrucError;
const code: string = e.code;
// @ts-expect-error: only "vi" and "en" exist.
r.toHtml("fr");
export { level, first, total, sarif, md, basis, code };
