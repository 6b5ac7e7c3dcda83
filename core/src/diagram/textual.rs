//! Graphviz DOT and Mermaid renderings. Nodes are named `n<i>` (the i-th node) so that ids with
//! any characters are safe; the real id travels in the DOT `id` attribute and in a comment.

use super::{ComponentClass, Diagram, EdgeKind, Origin};
use std::fmt::Write;

/// A DOT double-quoted string.
fn dq(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn class_dot(c: ComponentClass) -> (&'static str, &'static str) {
    match c {
        ComponentClass::New => ("#d3f5dc", "#23834a"),
        ComponentClass::Upgrade => ("#d6ebfb", "#1f63a8"),
        ComponentClass::Replace => ("#fdf1c7", "#a86b00"),
        ComponentClass::Extra => ("#fcdede", "#b42323"),
        ComponentClass::Unspecified => ("#e7e9ee", "#4a5568"),
    }
}

fn edge_dot(k: &EdgeKind) -> &'static str {
    match k {
        EdgeKind::Relation(r) if r == "realises" || r == "replaces" => "style=dashed",
        EdgeKind::Relation(_) => "",
        EdgeKind::MapsTo => "style=dashed, color=\"#d08700\"",
        EdgeKind::Replaces => "style=dashed, color=\"#b42323\"",
        EdgeKind::Integration(Some(v)) if v == "direct" => "color=\"#d0342c\", penwidth=2",
        EdgeKind::Integration(_) => "color=\"#0f8a7e\", penwidth=2",
    }
}

pub(super) fn dot(d: &Diagram) -> String {
    let mut s = String::new();
    let font = "Noto Sans, DejaVu Sans, Arial, sans-serif";
    let mut label = d.title.clone();
    if let Some(sub) = &d.subtitle {
        label.push('\n');
        label.push_str(sub);
    }
    let _ = writeln!(s, "digraph {} {{", dq(&d.id));
    let _ = writeln!(
        s,
        "  graph [rankdir=TB, newrank=true, compound=true, labelloc=t, fontsize=16, fontname={}, label={}];",
        dq(font),
        dq(&label)
    );
    let _ = writeln!(
        s,
        "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontsize=10, fontname={}];",
        dq(font)
    );
    let _ = writeln!(s, "  edge [fontsize=9, fontname={}];", dq(font));
    for (b, band) in d.bands.iter().enumerate() {
        let _ = writeln!(
            s,
            "  subgraph cluster_{b} {{\n    label={};\n    style=filled; fillcolor=\"{}\"; color=\"#c3ccd8\";",
            dq(&band.name),
            if b % 2 == 0 { "#f4f7fb" } else { "#e9eff6" }
        );
        let mut any = false;
        for (i, node) in d.nodes.iter().enumerate().filter(|(_, n)| n.band == b) {
            any = true;
            let mut attrs = format!("label={}, id={}", dq(&node.label), dq(&node.id));
            match node.origin {
                Origin::Component(c) => {
                    let (fill, stroke) = class_dot(c);
                    let _ = write!(
                        attrs,
                        ", fillcolor=\"{fill}\", color=\"{stroke}\", penwidth=2, class={}",
                        dq(&format!("kt-status-{}", c.id()))
                    );
                }
                Origin::Element if node.planned => {
                    attrs.push_str(", style=\"rounded,filled,dashed\"")
                }
                Origin::Element => {}
            }
            let _ = writeln!(s, "    n{i} [{attrs}];");
        }
        if !any {
            // An empty band still shows, with an invisible point to hold it.
            let _ = writeln!(s, "    band{b} [shape=point, style=invis, label=\"\"];");
        }
        s.push_str("  }\n");
    }
    // Keep the bands in the framework's order: invisible edges between one node of each band.
    let anchors: Vec<String> = (0..d.bands.len())
        .map(|b| {
            d.nodes
                .iter()
                .position(|n| n.band == b)
                .map_or_else(|| format!("band{b}"), |i| format!("n{i}"))
        })
        .collect();
    for w in anchors.windows(2) {
        let _ = writeln!(s, "  {} -> {} [style=invis, weight=10];", w[0], w[1]);
    }
    for e in &d.edges {
        let style = edge_dot(&e.kind);
        let _ = writeln!(
            s,
            "  n{} -> n{} [label={}{}{}];",
            e.from,
            e.to,
            dq(&e.label),
            if style.is_empty() { "" } else { ", " },
            style
        );
    }
    s.push_str("}\n");
    s
}

/// Text for a Mermaid quoted label: quotes, angle brackets and the entity sign as entity codes.
fn mq(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '|' => out.push_str("#124;"),
            '`' => out.push_str("#96;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub(super) fn mermaid(d: &Diagram) -> String {
    let mut s = String::new();
    let mut title = d.title.clone();
    if let Some(sub) = &d.subtitle {
        title.push_str(" · ");
        title.push_str(sub);
    }
    // The front matter title is YAML: a double-quoted scalar.
    let yaml = title.replace('\\', "\\\\").replace('"', "\\\"");
    let _ = writeln!(s, "---\ntitle: \"{yaml}\"\n---\nflowchart TB");
    for (b, band) in d.bands.iter().enumerate() {
        let _ = writeln!(s, "  subgraph L{b}[\"{}\"]", mq(&band.name));
        s.push_str("    direction LR\n");
        for (i, node) in d.nodes.iter().enumerate().filter(|(_, n)| n.band == b) {
            let _ = writeln!(s, "    n{i}[\"{}\"]", mq(&node.label));
        }
        s.push_str("  end\n");
    }
    for w in (0..d.bands.len()).collect::<Vec<_>>().windows(2) {
        let _ = writeln!(s, "  L{} ~~~ L{}", w[0], w[1]);
    }
    for e in &d.edges {
        let arrow = match &e.kind {
            EdgeKind::Relation(r) if r == "realises" || r == "replaces" => "-.->",
            EdgeKind::MapsTo | EdgeKind::Replaces => "-.->",
            EdgeKind::Integration(_) => "==>",
            EdgeKind::Relation(_) => "-->",
        };
        let _ = writeln!(s, "  n{} {arrow}|\"{}\"| n{}", e.from, mq(&e.label), e.to);
    }
    let classes = d.classes();
    for c in &classes {
        let (fill, stroke) = class_dot(*c);
        let _ = writeln!(
            s,
            "  classDef kt_{} fill:{fill},stroke:{stroke},stroke-width:2px",
            c.id()
        );
    }
    if d.nodes.iter().any(|n| n.planned) {
        s.push_str("  classDef kt_planned stroke-dasharray:4 2\n");
    }
    for c in &classes {
        let ids: Vec<String> = d
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.origin == Origin::Component(*c))
            .map(|(i, _)| format!("n{i}"))
            .collect();
        let _ = writeln!(s, "  class {} kt_{}", ids.join(","), c.id());
    }
    let planned: Vec<String> = d
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.planned)
        .map(|(i, _)| format!("n{i}"))
        .collect();
    if !planned.is_empty() {
        let _ = writeln!(s, "  class {} kt_planned", planned.join(","));
    }
    s
}
