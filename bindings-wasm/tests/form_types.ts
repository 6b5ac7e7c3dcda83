// Type-checked (tsc --noEmit) against the generated declarations: the form's exports are typed.
import type { Form, FormCatalogue, FormField, Widget, Pick } from "../pkg/node/kientruc_wasm.js";
import { projectForm, formCatalogue, diagram, dossierHtml } from "../pkg/node/kientruc_wasm.js";

const form: Form = projectForm();
const field: FormField = form.types[0].fields[0];
const widget: Widget = field.widget;
const source: Pick["source"] | undefined = field.pick?.source;
const label: string = field.label.vi;
const focus: string[] | undefined = form.focus["CONF-07"];
const cat: FormCatalogue = formCatalogue("quang-ngai-2.0");
const eid: string | undefined = cat.elements[0].eid;
const status: "mandatory" | "recommended" | "mandatory-one-of" = cat.standards[0].standards[0].status;
const waivable: boolean = cat.rules[0].waivable;
const svg: string = diagram({ kientruc: "project/1", id: "x" }, { baseline: "quang-ngai-2.0" }, "en");
const html: string = dossierHtml("{}", { asOf: "2024-01-01", accept: "{}" });
// @ts-expect-error: only "vi" and "en" exist.
diagram("{}", undefined, "fr");
// @ts-expect-error: a widget is one of the listed kinds.
const bad: Widget = "slider";
export { widget, source, label, focus, eid, status, waivable, svg, html, bad };
