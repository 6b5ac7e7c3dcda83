//! The SVG rendering: text as `<text>` elements, styles as presentation attributes (no `<style>`
//! element, so an SVG inlined in an HTML page cannot restyle the page), no script, no external
//! reference. Ids are prefixed with the diagram's id so that several diagrams can share a page.

use super::layout::{
    BAND_FONT, EdgePath, FONT, LEGEND_FONT, LINE_H, Layout, LegendKey, NodeBox, Rect,
};
use super::{ComponentClass, Diagram, EdgeKind, Origin};
use crate::text::escape_markup as esc;
use std::fmt::Write;

/// Fonts that have the Vietnamese letters, then generic fallbacks.
pub const FONT_FAMILY: &str = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

const BAND_FILLS: [&str; 2] = ["#f4f7fb", "#e9eff6"];

/// (fill, stroke) of a node.
fn node_colours(origin: Origin) -> (&'static str, &'static str) {
    match origin {
        Origin::Element => ("#ffffff", "#5a6b80"),
        Origin::Component(c) => class_colours(c),
    }
}

fn class_colours(c: ComponentClass) -> (&'static str, &'static str) {
    match c {
        ComponentClass::New => ("#d3f5dc", "#23834a"),
        ComponentClass::Upgrade => ("#d6ebfb", "#1f63a8"),
        ComponentClass::Replace => ("#fdf1c7", "#a86b00"),
        ComponentClass::Extra => ("#fcdede", "#b42323"),
        ComponentClass::Unspecified => ("#e7e9ee", "#4a5568"),
    }
}

/// (stroke, width, dash) of an edge.
fn edge_style(k: &EdgeKind) -> (&'static str, f64, Option<&'static str>) {
    match k {
        EdgeKind::Relation(r) => match r.as_str() {
            "serves" => ("#3d6fb0", 1.1, None),
            "uses" => ("#7b8794", 1.0, None),
            "exchanges-data-with" => ("#23834a", 1.6, None),
            "realises" => ("#7a4fc4", 1.1, Some("6 3")),
            "hosts" => ("#9a6a1f", 1.1, None),
            "replaces" => ("#b42323", 1.2, Some("6 3")),
            _ => ("#7b8794", 1.0, Some("2 2")),
        },
        EdgeKind::MapsTo => ("#d08700", 1.8, Some("5 3")),
        EdgeKind::Replaces => ("#b42323", 1.8, Some("5 3")),
        EdgeKind::Integration(Some(v)) if v == "direct" => ("#d0342c", 2.2, Some("8 3")),
        EdgeKind::Integration(_) => ("#0f8a7e", 2.2, None),
    }
}

/// Letters, digits, `-`, `_` for ids; anything else becomes `_`.
fn id_part(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Numbers with at most one decimal, without a trailing `.0`.
fn n(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn path_d(p: &EdgePath) -> String {
    format!(
        "M{},{} C{},{} {},{} {},{}",
        n(p.start.0),
        n(p.start.1),
        n(p.c1.0),
        n(p.c1.1),
        n(p.c2.0),
        n(p.c2.1),
        n(p.end.0),
        n(p.end.1)
    )
}

fn text_lines(s: &mut String, lines: &[String], cx: f64, top: f64, font: f64, line_h: f64) {
    let _ = write!(
        s,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"middle\" fill=\"#1a202c\">",
        n(cx),
        n(top),
        n(font)
    );
    for (i, l) in lines.iter().enumerate() {
        let _ = write!(
            s,
            "<tspan x=\"{}\" y=\"{}\">{}</tspan>",
            n(cx),
            n(top + (i as f64 + 1.0) * line_h - (line_h - font) / 2.0 - 1.0),
            esc(l)
        );
    }
    s.push_str("</text>");
}

fn rect(s: &mut String, r: &Rect, fill: &str, stroke: &str, width: f64, dash: Option<&str>) {
    let _ = write!(
        s,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"5\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{}\"{}/>",
        n(r.x),
        n(r.y),
        n(r.w),
        n(r.h),
        n(width),
        dash.map(|d| format!(" stroke-dasharray=\"{d}\""))
            .unwrap_or_default()
    );
}

pub(super) fn render(d: &Diagram, l: &Layout) -> String {
    let p = format!("kt-{}-", id_part(&d.id));
    let mut s = String::with_capacity(4096 + d.nodes.len() * 600 + d.edges.len() * 300);
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kt-diagram\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_FAMILY}\" role=\"img\" aria-labelledby=\"{p}title\" data-model=\"{}\">",
        esc(&d.id),
        w = n(l.width),
        h = n(l.height),
    );
    let full_title = match &d.subtitle {
        Some(sub) => format!("{} · {}", d.title, sub),
        None => d.title.clone(),
    };
    let _ = writeln!(s, "<title id=\"{p}title\">{}</title>", esc(&full_title));
    // One arrowhead per edge colour.
    s.push_str("<defs>\n");
    let mut colours: Vec<&str> = d.edges.iter().map(|e| edge_style(&e.kind).0).collect();
    colours.sort_unstable();
    colours.dedup();
    for c in &colours {
        let _ = writeln!(
            s,
            "<marker id=\"{p}arrow-{}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{c}\"/></marker>",
            &c[1..]
        );
    }
    s.push_str("</defs>\n");
    let _ = writeln!(
        s,
        "<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>",
        n(l.width),
        n(l.height)
    );
    for (text, font, y) in &l.title {
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"{}\" text-anchor=\"middle\" fill=\"#1a202c\">{}</text>",
            n(l.width / 2.0),
            n(*y),
            n(*font),
            if *font > 15.0 { "bold" } else { "normal" },
            esc(text)
        );
    }

    // Bands.
    for (i, (band, b)) in d.bands.iter().zip(&l.bands).enumerate() {
        let r = b.rect;
        let _ = write!(s, "<g class=\"kt-layer\" data-layer=\"{}\">", esc(&band.id));
        rect(&mut s, &r, BAND_FILLS[i % 2], "#c3ccd8", 1.0, None);
        let head = Rect {
            x: r.x,
            y: r.y,
            w: b.header_w,
            h: r.h,
        };
        rect(&mut s, &head, "#2c4a6e", "#2c4a6e", 1.0, None);
        let lh = BAND_FONT * 1.3;
        let top = r.y + (r.h - b.title_lines.len() as f64 * lh) / 2.0;
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#ffffff\">",
            n(head.cx()),
            n(top),
            n(BAND_FONT)
        );
        for (k, line) in b.title_lines.iter().enumerate() {
            let _ = write!(
                s,
                "<tspan x=\"{}\" y=\"{}\">{}</tspan>",
                n(head.cx()),
                n(top + (k as f64 + 1.0) * lh - 3.0),
                esc(line)
            );
        }
        s.push_str("</text></g>\n");
    }

    // Edges under the boxes.
    s.push_str("<g class=\"kt-edges\" fill=\"none\">\n");
    for (e, path) in d.edges.iter().zip(&l.edges) {
        let (stroke, width, dash) = edge_style(&e.kind);
        let (from, to) = (&d.nodes[e.from], &d.nodes[e.to]);
        let _ = writeln!(
            s,
            "<path class=\"kt-edge kt-edge-{}\" data-from=\"{}\" data-to=\"{}\" d=\"{}\" stroke=\"{stroke}\" stroke-width=\"{}\" stroke-opacity=\"0.8\"{} marker-end=\"url(#{p}arrow-{})\"><title>{}</title></path>",
            esc(&e.kind.id()),
            esc(&from.id),
            esc(&to.id),
            path_d(path),
            n(width),
            dash.map(|d| format!(" stroke-dasharray=\"{d}\""))
                .unwrap_or_default(),
            &stroke[1..],
            esc(&format!("{} — {} → {}", e.label, from.label, to.label))
        );
    }
    s.push_str("</g>\n");

    // Boxes.
    for (node, b) in d.nodes.iter().zip(&l.nodes) {
        node_box(&mut s, d, node, b);
    }

    // Labels of integrations, over everything.
    for (e, path) in d.edges.iter().zip(&l.edges) {
        if let EdgeKind::Integration(_) = e.kind {
            let (x, y) = path.label;
            let w = super::layout::text_width(&e.label, 10.0) + 8.0;
            let _ = writeln!(
                s,
                "<g class=\"kt-edge-label\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"{}\" stroke-width=\"0.8\"/><text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1a202c\">{}</text></g>",
                n(x - w / 2.0),
                n(y - 7.0),
                n(w),
                edge_style(&e.kind).0,
                n(x),
                n(y + 3.5),
                esc(&e.label)
            );
        }
    }

    // Legend.
    let _ = writeln!(
        s,
        "<g class=\"kt-legend\"><text x=\"16\" y=\"{}\" font-size=\"12\" font-weight=\"bold\" fill=\"#1a202c\">{}</text>",
        n(l.legend_title.1),
        esc(&l.legend_title.0)
    );
    for item in &l.legend {
        let (x, y) = (item.x, item.y);
        match &item.key {
            LegendKey::Element => rect(
                &mut s,
                &Rect {
                    x,
                    y,
                    w: 36.0,
                    h: 16.0,
                },
                "#ffffff",
                "#5a6b80",
                1.0,
                None,
            ),
            LegendKey::Planned => rect(
                &mut s,
                &Rect {
                    x,
                    y,
                    w: 36.0,
                    h: 16.0,
                },
                "#ffffff",
                "#5a6b80",
                1.0,
                Some("4 2"),
            ),
            LegendKey::Class(c) => {
                let (fill, stroke) = class_colours(*c);
                let _ = write!(s, "<g class=\"kt-status-{}\">", c.id());
                rect(
                    &mut s,
                    &Rect {
                        x,
                        y,
                        w: 36.0,
                        h: 16.0,
                    },
                    fill,
                    stroke,
                    2.0,
                    None,
                );
                s.push_str("</g>");
            }
            LegendKey::Edge(k) => {
                let (stroke, width, dash) = edge_style(k);
                let _ = write!(
                    s,
                    "<path d=\"M{},{} L{},{}\" stroke=\"{stroke}\" stroke-width=\"{}\"{} fill=\"none\" marker-end=\"url(#{p}arrow-{})\"/>",
                    n(x),
                    n(y + 8.0),
                    n(x + 36.0),
                    n(y + 8.0),
                    n(width),
                    dash.map(|d| format!(" stroke-dasharray=\"{d}\""))
                        .unwrap_or_default(),
                    &stroke[1..]
                );
            }
        }
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"#1a202c\">{}</text>",
            n(x + 44.0),
            n(y + 12.0),
            n(LEGEND_FONT),
            esc(&item.text)
        );
    }
    let _ = writeln!(
        s,
        "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\" fill=\"#5a6b80\">{}</text>",
        n(l.width - 16.0),
        n(l.legend_title.1),
        esc(&crate::labels::ui("diagram.relations-is-part-of", d.lang))
    );
    s.push_str("</g>\n</svg>\n");
    s
}

fn node_box(s: &mut String, d: &Diagram, node: &super::Node, b: &NodeBox) {
    let (fill, stroke) = node_colours(node.origin);
    let (class, width) = match node.origin {
        Origin::Element => ("kt-element".to_string(), 1.0),
        Origin::Component(c) => (format!("kt-component kt-status-{}", c.id()), 2.2),
    };
    let _ = write!(
        s,
        "<g class=\"kt-node {class}\" data-id=\"{}\" data-kind=\"{}\"><title>{}</title>",
        esc(&node.id),
        esc(&node.kind),
        esc(&format!(
            "{} [{}] {}",
            node.id,
            node.kind,
            match node.origin {
                Origin::Component(c) => c.label(d.lang),
                Origin::Element => "",
            }
        ))
    );
    rect(
        s,
        &b.rect,
        fill,
        stroke,
        width,
        node.planned.then_some("4 2"),
    );
    let text_h = b.lines.len() as f64 * LINE_H;
    text_lines(
        s,
        &b.lines,
        b.rect.cx(),
        b.rect.y + (b.rect.h - text_h) / 2.0,
        FONT,
        LINE_H,
    );
    s.push_str("</g>\n");
}
