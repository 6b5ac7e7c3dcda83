//! Writing a kientruc model as an exchange file that validates against the 3.1 XSDs: element order
//! as the schema requires, identifiers made valid `xs:ID`s, every field kept in a property.

use super::NAMESPACE;
use super::convert::{fields, mapping};
use super::table::RelationshipTable;
use crate::i18n::Name;
use crate::model::ModelDoc;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

use crate::text::escape_markup as esc;

/// A valid, reversible `xs:ID` for an id: ASCII letters, digits, `-` and `.` stay; anything else
/// becomes `_<hex>_`.
pub(crate) fn xml_id(prefix: &str, id: &str) -> String {
    let mut out = String::from(prefix);
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
            out.push(c);
        } else {
            let _ = write!(out, "_{:x}_", c as u32);
        }
    }
    out
}

fn names(out: &mut String, indent: &str, name: &Name) {
    match name {
        Name::Plain(s) => {
            let _ = writeln!(out, "{indent}<name>{}</name>", esc(s));
        }
        Name::Both(t) => {
            let _ = writeln!(out, "{indent}<name xml:lang=\"vi\">{}</name>", esc(&t.vi));
            let _ = writeln!(out, "{indent}<name xml:lang=\"en\">{}</name>", esc(&t.en));
        }
    }
}

fn properties(
    out: &mut String,
    indent: &str,
    props: &[(String, String)],
    defs: &mut BTreeSet<String>,
) {
    if props.is_empty() {
        return;
    }
    let _ = writeln!(out, "{indent}<properties>");
    for (k, v) in props {
        defs.insert(k.clone());
        let _ = writeln!(
            out,
            "{indent}  <property propertyDefinitionRef=\"{}\"><value>{}</value></property>",
            xml_id("pd-", k),
            esc(v)
        );
    }
    let _ = writeln!(out, "{indent}</properties>");
}

/// The model as an exchange file.
pub fn to_xml(model: &ModelDoc) -> String {
    let m = mapping();
    let prefix = &m.property_prefix;
    let table = RelationshipTable::get();
    let mut defs = BTreeSet::new();
    let mut out = String::with_capacity(256 + model.elements.len() * 600);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<model xmlns=\"{NAMESPACE}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"{NAMESPACE} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd\" identifier=\"{}\">",
        xml_id("m-", &model.id)
    );
    names(&mut out, "  ", &model.name);
    let doc = serde_json::to_value(model).unwrap_or_default();
    let mut model_props: Vec<(String, String)> =
        fields(&doc, &["kientruc", "name", "elements", "relations"])
            .into_iter()
            .map(|(k, v)| (format!("{prefix}{k}"), v))
            .collect();
    model_props.sort();
    properties(&mut out, "  ", &model_props, &mut defs);
    let mut types: HashMap<&str, &str> = HashMap::new();
    // (relationship identifier, source element id, target element id) as written, for the view.
    let mut written: Vec<(String, String, String)> = Vec::new();
    if !model.elements.is_empty() {
        out.push_str("  <elements>\n");
        for e in &model.elements {
            let ty = m.export.get(&e.kind).map_or("Grouping", String::as_str);
            types.insert(e.id.as_str(), ty);
            let _ = writeln!(
                out,
                "    <element identifier=\"{}\" xsi:type=\"{ty}\">",
                xml_id("e-", &e.id)
            );
            names(&mut out, "      ", &e.name);
            let v = serde_json::to_value(e).unwrap_or_default();
            let mut props: Vec<(String, String)> = fields(&v, &["name", "properties"])
                .into_iter()
                .map(|(k, v)| (format!("{prefix}{k}"), v))
                .collect();
            props.extend(e.properties.iter().map(|(k, v)| (k.clone(), v.clone())));
            properties(&mut out, "      ", &props, &mut defs);
            out.push_str("    </element>\n");
        }
        out.push_str("  </elements>\n");
    }
    if !model.relations.is_empty() {
        out.push_str("  <relationships>\n");
        let mut seen: HashMap<String, usize> = HashMap::new();
        for r in &model.relations {
            let mut ident = xml_id("r-", &r.key());
            let n = seen.entry(ident.clone()).or_default();
            *n += 1;
            if *n > 1 {
                let _ = write!(ident, "-{n}");
            }
            let pref = m.relations.get(&r.kind);
            let (mut from, mut to, mut reversed) = (r.from.as_str(), r.to.as_str(), false);
            if pref.is_some_and(|p| p.reverse) {
                std::mem::swap(&mut from, &mut to);
                reversed = true;
            }
            let (fty, tty) = (
                types.get(from).copied().unwrap_or(""),
                types.get(to).copied().unwrap_or(""),
            );
            let ty = match pref {
                Some(p) if table.allows(fty, &p.ty, tty) => p.ty.as_str(),
                // Association is allowed between any two concepts; keep the original direction.
                _ => {
                    if reversed {
                        std::mem::swap(&mut from, &mut to);
                        reversed = false;
                    }
                    "Association"
                }
            };
            let _ = writeln!(
                out,
                "    <relationship identifier=\"{ident}\" source=\"{}\" target=\"{}\" xsi:type=\"{ty}\">",
                xml_id("e-", from),
                xml_id("e-", to)
            );
            written.push((ident.clone(), from.to_string(), to.to_string()));
            let v = serde_json::to_value(r).unwrap_or_default();
            // The ends travel as properties too: a relation to a missing element has no element
            // identifier to resolve back to its id.
            let mut props: Vec<(String, String)> = fields(&v, &["properties"])
                .into_iter()
                .map(|(k, v)| (format!("{prefix}{k}"), v))
                .collect();
            if reversed {
                props.push((format!("{prefix}reversed"), "true".into()));
            }
            props.extend(r.properties.iter().map(|(k, v)| (k.clone(), v.clone())));
            properties(&mut out, "      ", &props, &mut defs);
            out.push_str("    </relationship>\n");
        }
        out.push_str("  </relationships>\n");
    }
    if !defs.is_empty() {
        out.push_str("  <propertyDefinitions>\n");
        for d in &defs {
            let _ = writeln!(
                out,
                "    <propertyDefinition identifier=\"{}\" type=\"string\"><name>{}</name></propertyDefinition>",
                xml_id("pd-", d),
                esc(d)
            );
        }
        out.push_str("  </propertyDefinitions>\n");
    }
    view(&mut out, model, &written);
    out.push_str("</model>\n");
    out
}

/// Models with more elements than this get no view: a picture of them would not be read.
pub const MAX_VIEW_ELEMENTS: usize = 5000;

/// The overall diagram as an ArchiMate view: one container per layer holding its elements at the
/// positions [`crate::diagram`] gives them (absolute coordinates, as the format wants), and a
/// connection for every relationship whose two ends are elements of the file. Written when the
/// model's framework is a built-in one and the model is not too large to look at.
fn view(out: &mut String, model: &ModelDoc, written: &[(String, String, String)]) {
    if model.elements.is_empty() || model.elements.len() > MAX_VIEW_ELEMENTS {
        return;
    }
    let Ok(fw) = crate::Framework::builtin(&model.framework) else {
        return;
    };
    let m = crate::Model::from_doc(model.clone(), Vec::new());
    let d = crate::diagram::Diagram::new(&m, &fw, None, crate::Lang::Vi);
    let l = d.layout();
    let en: Vec<String> = fw
        .doc
        .layers
        .iter()
        .map(|x| x.name.en.clone())
        .chain(std::iter::once("Other (in no layer)".to_string()))
        .collect();
    // The node of each element id: the first element with that id.
    let mut node_of: HashMap<&str, usize> = HashMap::new();
    for (i, e) in model.elements.iter().enumerate() {
        node_of.entry(e.id.as_str()).or_insert(i);
    }
    let int = |v: f64| v.round().max(0.0) as u64;
    out.push_str("  <views>\n    <diagrams>\n");
    out.push_str("      <view identifier=\"v-overall\" xsi:type=\"Diagram\">\n");
    // The view's name in both languages: the label the HTML report heads the diagram with.
    let name = crate::labels::text("report.diagram");
    let _ = writeln!(
        out,
        "        <name xml:lang=\"vi\">{}</name>",
        esc(&name.vi)
    );
    let _ = writeln!(
        out,
        "        <name xml:lang=\"en\">{}</name>",
        esc(&name.en)
    );
    for (b, (band, bx)) in d.bands.iter().zip(&l.bands).enumerate() {
        let members: Vec<usize> = (0..model.elements.len())
            .filter(|&i| d.nodes[i].band == b)
            .collect();
        if members.is_empty() {
            continue;
        }
        let r = bx.rect;
        let _ = writeln!(
            out,
            "        <node identifier=\"g-{b}\" xsi:type=\"Container\" x=\"{}\" y=\"{}\" w=\"{}\" h=\"{}\">",
            int(r.x),
            int(r.y),
            int(r.w).max(1),
            int(r.h).max(1)
        );
        let en_name = if band.id == crate::diagram::OTHER_BAND {
            en.last().cloned().unwrap_or_default()
        } else {
            en.get(b).cloned().unwrap_or_default()
        };
        let _ = writeln!(
            out,
            "          <label xml:lang=\"vi\">{}</label>\n          <label xml:lang=\"en\">{}</label>",
            esc(&band.name),
            esc(&en_name)
        );
        for i in members {
            let r = l.nodes[i].rect;
            let _ = writeln!(
                out,
                "          <node identifier=\"n-{i}\" elementRef=\"{}\" xsi:type=\"Element\" x=\"{}\" y=\"{}\" w=\"{}\" h=\"{}\"/>",
                xml_id("e-", &model.elements[i].id),
                int(r.x),
                int(r.y),
                int(r.w).max(1),
                int(r.h).max(1)
            );
        }
        out.push_str("        </node>\n");
    }
    for (k, (ident, from, to)) in written.iter().enumerate() {
        if let (Some(a), Some(b)) = (node_of.get(from.as_str()), node_of.get(to.as_str())) {
            let _ = writeln!(
                out,
                "        <connection identifier=\"c-{k}\" relationshipRef=\"{ident}\" xsi:type=\"Relationship\" source=\"n-{a}\" target=\"n-{b}\"/>"
            );
        }
    }
    out.push_str("      </view>\n    </diagrams>\n  </views>\n");
}
