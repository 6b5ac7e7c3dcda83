//! The overall diagram: well-formed, self-contained SVG with every element; deterministic; a
//! project's components with their status; DOT and Mermaid name every node.

use kientruc::diagram::{ComponentClass, Diagram, Origin};
use kientruc::{Baseline, Lang, Project};
use quick_xml::events::Event;
use quick_xml::reader::Reader;
use std::collections::BTreeMap;

/// Well-formedness, with quick-xml checking that end tags match.
fn well_formed(svg: &str) {
    let mut r = Reader::from_str(svg);
    r.config_mut().check_end_names = true;
    let mut depth = 0i64;
    loop {
        match r
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed: {e}"))
        {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth -= 1,
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0);
}

fn ids_and_classes(svg: &str) -> BTreeMap<String, String> {
    well_formed(svg);
    let mut r = Reader::from_str(svg);
    let mut ids = BTreeMap::new();
    loop {
        match r.read_event().expect("xml") {
            Event::Start(e) | Event::Empty(e) => {
                let mut id = None;
                let mut class = String::new();
                for a in e.attributes() {
                    let a = a.expect("attribute");
                    let v = a.unescape_value().expect("value").into_owned();
                    match a.key.as_ref() {
                        b"data-id" => id = Some(v),
                        b"class" => class = v,
                        _ => {}
                    }
                }
                if let Some(id) = id {
                    ids.insert(id, class);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    ids
}

fn self_contained(svg: &str) {
    let lower = svg.to_lowercase();
    for bad in [
        "href=\"http",
        "href='http",
        "@import",
        "url(http",
        "url('http",
        "url(\"http",
        "<script",
        "<foreignobject",
        "<image",
        "<?xml-stylesheet",
    ] {
        assert!(!lower.contains(bad), "the SVG contains {bad}");
    }
    // The only URLs are references to the SVG's own markers.
    for (i, _) in lower.match_indices("url(") {
        assert_eq!(&lower[i + 4..i + 5], "#", "{}", &svg[i..i + 40]);
    }
    assert!(svg.contains("Noto Sans") && svg.contains("DejaVu Sans"));
}

#[test]
fn the_baseline_diagram_is_well_formed_self_contained_and_shows_every_element() {
    let b = Baseline::default_builtin().expect("baseline");
    for lang in [Lang::Vi, Lang::En] {
        let d = Diagram::new(&b.model, &b.framework, None, lang);
        let svg = d.to_svg();
        // Deterministic: the same input gives the same bytes.
        assert_eq!(
            svg,
            Diagram::new(&b.model, &b.framework, None, lang).to_svg()
        );
        self_contained(&svg);
        // The legend in Vietnamese has no English word (issue 17, review D16).
        if lang == Lang::Vi {
            assert!(
                svg.contains("Phần tử dự kiến"),
                "a legend of planned elements"
            );
            assert!(!svg.contains("(planned)"), "an English word in the legend");
        }
        let ids = ids_and_classes(&svg);
        for e in b.model.elements() {
            let class = ids
                .get(&e.id)
                .unwrap_or_else(|| panic!("{} is not in the diagram", e.id));
            assert!(class.contains("kt-element"), "{}: {class}", e.id);
        }
        // Every layer of the framework is a band, in the framework's order.
        let layers: Vec<&str> = b
            .framework
            .doc
            .layers
            .iter()
            .map(|l| l.id.as_str())
            .collect();
        let mut at = 0;
        for l in &layers {
            let needle = format!("data-layer=\"{l}\"");
            let pos = svg[at..]
                .find(&needle)
                .unwrap_or_else(|| panic!("layer {l} missing or out of order"));
            at += pos;
            let name = b.framework.layer(l).expect("layer").name.get(lang);
            // Band titles wrap, so look for their first word.
            let first = name.split_whitespace().next().expect("word");
            assert!(svg.contains(first), "{name}");
        }
        // Boxes lie within the picture and do not overlap.
        let l = d.layout();
        for (i, a) in l.nodes.iter().enumerate() {
            assert!(a.rect.x >= 0.0 && a.rect.x + a.rect.w <= l.width);
            assert!(a.rect.y >= 0.0 && a.rect.y + a.rect.h <= l.height);
            for c in &l.nodes[i + 1..] {
                let apart = a.rect.x + a.rect.w <= c.rect.x
                    || c.rect.x + c.rect.w <= a.rect.x
                    || a.rect.y + a.rect.h <= c.rect.y
                    || c.rect.y + c.rect.h <= a.rect.y;
                assert!(apart, "{:?} overlaps {:?}", a.lines, c.lines);
            }
            // The text fits the box by the layout's own estimate.
            for line in &a.lines {
                assert!(
                    kientruc::diagram::layout::text_width(line, kientruc::diagram::layout::FONT)
                        <= a.rect.w - 12.0,
                    "{line}"
                );
            }
        }
        // Part-of and owns are not drawn; serves, uses and realises are.
        assert!(!svg.contains("kt-edge-part-of"));
        for k in ["serves", "uses", "realises", "exchanges-data-with"] {
            assert!(svg.contains(&format!("kt-edge kt-edge-{k}\"")), "{k}");
        }
    }
}

const PROJECT: &str = r#"{
  "kientruc": "project/1", "id": "p<&>\"1", "name": "Dự án <thử> & \"kiểm tra\"",
  "components": [
    {"id": "web", "kind": "portal", "name": "Trang thông tin điện tử xã Hành Minh", "status": "upgrade", "maps_to": ["commune:hanh-minh:website"]},
    {"id": "dvc", "kind": "online-service", "name": "Dịch vụ công mới", "status": "new", "maps_to": ["service:online-public-services"]},
    {"id": "qlvb", "kind": "application", "name": "Quản lý văn bản mới", "status": "replace", "replaces": "provincial:document-management"},
    {"id": "app-x", "kind": "application", "name": "Phần mềm <riêng> & \"lạ\"", "status": "new"},
    {"id": "lan", "kind": "network", "name": "LAN", "maps_to": ["commune:hanh-minh:lan"]}
  ],
  "integrations": [
    {"from": "dvc", "to": "provincial:tthc-system", "via": "lgsp"},
    {"from": "app-x", "to": "national:population", "via": "direct"},
    {"from": "nowhere", "to": "national:population"}
  ]
}"#;

#[test]
fn a_project_is_drawn_in_with_its_status_and_links() {
    let b = Baseline::default_builtin().expect("baseline");
    let p = Project::from_json(PROJECT.as_bytes(), "p.json").expect("project");
    let d = Diagram::new(&b.model, &b.framework, Some(&p.doc), Lang::Vi);
    let svg = d.to_svg();
    assert_eq!(
        svg,
        Diagram::new(&b.model, &b.framework, Some(&p.doc), Lang::Vi).to_svg()
    );
    self_contained(&svg);
    let ids = ids_and_classes(&svg);
    for (id, status) in [
        ("web", "upgrade"),
        ("dvc", "new"),
        ("qlvb", "replace"),
        ("app-x", "extra"),
        ("lan", "unspecified"),
    ] {
        let class = ids.get(id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(
            class.contains(&format!("kt-status-{status}")) && class.contains("kt-component"),
            "{id}: {class}"
        );
    }
    // In the band of their kind.
    let band_of = |id: &str| {
        let n = d
            .nodes
            .iter()
            .find(|n| n.id == id && matches!(n.origin, Origin::Component(_)))
            .expect("node");
        d.bands[n.band].id.clone()
    };
    assert_eq!(band_of("web"), "access-channels");
    assert_eq!(band_of("dvc"), "online-public-services");
    assert_eq!(band_of("qlvb"), "applications-databases");
    assert_eq!(band_of("lan"), "technical-infrastructure");
    // Linked to what they map to, replace and integrate with; unresolved ends are left out.
    for (kind, from, to) in [
        ("maps-to", "web", "commune:hanh-minh:website"),
        (
            "component-replaces",
            "qlvb",
            "provincial:document-management",
        ),
        ("integration", "dvc", "provincial:tthc-system"),
        ("integration-direct", "app-x", "national:population"),
    ] {
        let needle =
            format!("class=\"kt-edge kt-edge-{kind}\" data-from=\"{from}\" data-to=\"{to}\"");
        assert!(svg.contains(&needle), "{needle}");
    }
    assert!(!svg.contains("data-from=\"nowhere\""));
    // The legend names every status present.
    for c in [
        ComponentClass::New,
        ComponentClass::Upgrade,
        ComponentClass::Replace,
        ComponentClass::Extra,
    ] {
        assert!(svg.contains(c.label(Lang::Vi)), "{:?}", c);
    }
    // Names are escaped.
    assert!(svg.contains("Phần mềm &lt;riêng&gt; &amp; &quot;lạ&quot;"));
    assert!(!svg.contains("<riêng>"));

    // DOT and Mermaid name every node, deterministically, with labels escaped.
    let dot = d.to_dot();
    assert_eq!(dot, d.to_dot());
    assert!(dot.starts_with("digraph "));
    assert!(dot.contains("Phần mềm <riêng> & \\\"lạ\\\""));
    assert!(dot.contains("kt-status-extra"));
    let mmd = d.to_mermaid();
    assert!(mmd.contains("flowchart TB"));
    assert!(mmd.contains("Phần mềm #lt;riêng#gt; #amp; #quot;lạ#quot;"));
    assert!(mmd.contains("classDef kt_extra"));
    for (i, n) in d.nodes.iter().enumerate() {
        assert!(dot.contains(&format!("n{i} [label=")), "{}", n.id);
        assert!(mmd.contains(&format!("    n{i}[\"")), "{}", n.id);
    }
    // Balanced braces in DOT (a quick structural check; Graphviz is not a dependency).
    let opens = dot.matches('{').count() - dot.matches("\\{").count();
    let closes = dot.matches('}').count() - dot.matches("\\}").count();
    assert_eq!(opens, closes);
}

#[test]
fn html_report_embeds_the_diagram() {
    let b = Baseline::default_builtin().expect("baseline");
    let p = Project::from_json(PROJECT.as_bytes(), "p.json").expect("project");
    let report = kientruc::check(&p, &b, &Default::default());
    let svg = Diagram::new(&b.model, &b.framework, Some(&p.doc), Lang::Vi).to_svg();
    let html = kientruc::report::to_html_with_diagrams(
        std::slice::from_ref(&report),
        &[],
        &[Some(svg.clone())],
        Lang::Vi,
    );
    assert!(html.contains("<h2>Sơ đồ tổng thể</h2>"));
    assert!(html.contains(svg.trim_end()));
    // Without a diagram the page is what it was.
    assert_eq!(
        kientruc::report::to_html_with_diagrams(std::slice::from_ref(&report), &[], &[], Lang::En),
        kientruc::report::to_html(&report, Lang::En)
    );
    assert!(!kientruc::report::to_html(&report, Lang::En).contains("<svg"));
}

#[test]
fn elements_in_no_layer_go_to_an_other_band() {
    let json = r#"{"kientruc":"model/1","id":"m","framework":"vn-egov-2.0",
      "elements":[{"id":"a","kind":"other","name":"A"},{"id":"b","kind":"portal","name":"B","layer":"nope"},
                  {"id":"c","kind":"application","name":""}],
      "relations":[{"from":"a","to":"c","kind":"uses"},{"from":"a","to":"zzz","kind":"uses"}]}"#;
    let m = kientruc::Model::from_json(json.as_bytes(), "m.json").expect("model");
    let fw = kientruc::Framework::builtin("vn-egov-2.0").expect("fw");
    let d = Diagram::new(&m, &fw, None, Lang::En);
    assert_eq!(d.bands.last().map(|b| b.id.as_str()), Some("other"));
    assert_eq!(d.edges.len(), 1);
    let ids = ids_and_classes(&d.to_svg());
    assert!(ids.contains_key("a") && ids.contains_key("b") && ids.contains_key("c"));
    // An unnamed element shows its id.
    assert!(d.to_svg().contains(">c</tspan>"));
}
