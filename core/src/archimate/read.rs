//! Reading exchange files with quick-xml, streaming, with the line of every error and concept.

use super::{
    Concept, Exchange, LangString, NAMESPACE, NAMESPACE_2, OrgItem, Property, PropertyDefinition,
    View, ViewConnection, ViewNode,
};
use crate::doc::Limits;
use crate::error::{Error, Location};
use crate::i18n::{Arg, Args};
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

/// Line numbers from byte offsets, counted forward as the reader moves on: each byte of the
/// text is counted once, however many events there are.
struct Lines<'a> {
    text: &'a [u8],
    /// The offset counted to, and the line it is on.
    offset: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// The line of byte `offset`.
    fn at(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            // Backwards (an error's position): counted from the start, once.
            return 1 + memchr::memchr_iter(b'\n', &self.text[..offset]).count();
        }
        self.line += memchr::memchr_iter(b'\n', &self.text[self.offset..offset]).count();
        self.offset = offset;
        self.line
    }
}

/// A parse error at `line` whose message is the label `key` (`archimate.error.*` of the label
/// table) with `args`.
fn err(source: &str, line: usize, key: &str, args: Args<'_>) -> Error {
    Error::Parse {
        source_name: source.into(),
        location: Location {
            line: Some(line),
            column: None,
            path: None,
        },
        message: Box::new(crate::labels::say(&format!("archimate.error.{key}"), &args)),
    }
}

fn local(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

/// Attributes by local name, with prefixes kept where the meaning needs them (`xsi:type`).
fn attrs(e: &BytesStart<'_>, source: &str, line: usize) -> Result<Vec<(String, String)>, Error> {
    let mut out = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|x| {
            err(
                source,
                line,
                "attribute",
                Args::new().with("error", x.to_string()),
            )
        })?;
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        let value = a
            .unescape_value()
            .map_err(|x| {
                let args = Args::new()
                    .with("key", key.as_str())
                    .with("error", x.to_string());
                err(source, line, "attribute-value", args)
            })?
            .into_owned();
        out.push((key, value));
    }
    Ok(out)
}

fn get<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The `xsi:type` attribute, whatever prefix the file binds to the XSI namespace.
fn xsi_type(attrs: &[(String, String)]) -> Option<String> {
    attrs
        .iter()
        .find(|(k, _)| k.ends_with(":type") && !k.starts_with("xmlns"))
        .map(|(_, v)| v.clone())
}

fn lang(attrs: &[(String, String)]) -> Option<String> {
    get(attrs, "xml:lang").map(str::to_string)
}

fn required(
    attrs: &[(String, String)],
    key: &str,
    what: &str,
    source: &str,
    line: usize,
) -> Result<String, Error> {
    get(attrs, key).map(str::to_string).ok_or_else(|| {
        let args = Args::new().with("what", what).with("key", key);
        err(source, line, "missing-attribute", args)
    })
}

/// Characters XML 1.0 does not allow in a document, even as character references.
fn forbidden(c: char) -> bool {
    (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r')
}

/// Parses an exchange file. Structure errors (not XML, a DTD, the 2.x namespace, a missing
/// identifier) are errors with the line; problems between concepts are left to the AMX rules.
pub fn parse(bytes: &[u8], source: &str) -> Result<Exchange, Error> {
    parse_with(bytes, source, &Limits::default())
}

/// [`parse`] with other [`Limits`]: the file's size, the nesting of its XML elements, the length
/// of a text, and the numbers of elements and relationships.
pub fn parse_with(bytes: &[u8], source: &str, limits: &Limits) -> Result<Exchange, Error> {
    if bytes.len() > limits.max_bytes {
        let (limit, found) = (limits.max_bytes, Some(bytes.len()));
        return Err(Limits::exceeded("max_bytes", source, limit, found));
    }
    let text = crate::text::decode(bytes, source)?;
    let mut lines = Lines::new(&text);
    // Byte by byte: the characters XML forbids are all ASCII, and an ASCII byte in UTF-8 is
    // always that character.
    if let Some(at) = text.bytes().position(|b| forbidden(char::from(b))) {
        return Err(err(source, lines.at(at), "control-character", Args::new()));
    }
    let mut reader = Reader::from_str(&text);
    reader.config_mut().expand_empty_elements = true;
    let mut x = Exchange::default();
    let mut stack: Vec<String> = Vec::new();
    let mut buf = String::new();
    let mut buf_lang: Option<String> = None;
    let mut concept: Option<(bool, Concept)> = None; // (is relationship, concept)
    let mut prop: Option<Property> = None;
    let mut def: Option<PropertyDefinition> = None;
    let mut orgs: Vec<OrgItem> = Vec::new();
    let mut view: Option<View> = None;
    let mut saw_root = false;
    let mut in_text = false;
    loop {
        let event = reader.read_event().map_err(|e| {
            let at = lines.at(reader.error_position() as usize);
            err(source, at, "xml", Args::new().with("error", e.to_string()))
        })?;
        // The line of the event's last byte: for a start tag, the line of its `>`.
        let line = lines.at((reader.buffer_position() as usize).saturating_sub(1));
        match event {
            Event::DocType(_) => {
                return Err(err(source, line, "doctype", Args::new()));
            }
            Event::Start(e) => {
                let name = local(&e);
                let a = attrs(&e, source, line)?;
                let parent = stack.last().map(String::as_str).unwrap_or("");
                match (parent, name.as_str()) {
                    ("", "model") => {
                        saw_root = true;
                        // The namespace may be the default one or bound to the root's prefix.
                        let ns = a
                            .iter()
                            .filter(|(k, _)| k == "xmlns" || k.starts_with("xmlns:"))
                            .map(|(_, v)| v.as_str())
                            .find(|v| *v == NAMESPACE || *v == NAMESPACE_2);
                        match ns {
                            Some(NAMESPACE) => {}
                            Some(NAMESPACE_2) => {
                                let args = Args::new()
                                    .with("found", NAMESPACE_2)
                                    .with("namespace", NAMESPACE);
                                return Err(err(source, line, "version-2", args));
                            }
                            _ => {
                                let found: Arg<'_> = match get(&a, "xmlns") {
                                    Some(ns) => ns.into(),
                                    None => crate::labels::text("archimate.error.no-namespace")
                                        .into_owned()
                                        .into(),
                                };
                                let args = Args::new()
                                    .with("namespace", NAMESPACE)
                                    .with("found", found);
                                return Err(err(source, line, "namespace", args));
                            }
                        }
                        x.identifier = required(&a, "identifier", "model", source, line)?;
                    }
                    ("", other) => {
                        let args = Args::new().with("root", other);
                        return Err(err(source, line, "root", args));
                    }
                    ("elements", "element") | ("relationships", "relationship") => {
                        let is_rel = name == "relationship";
                        let ty = xsi_type(&a).ok_or_else(|| {
                            err(
                                source,
                                line,
                                "no-type",
                                Args::new().with("name", name.as_str()),
                            )
                        })?;
                        if !is_rel && !super::table::is_element_type(&ty) {
                            let args = Args::new().with("type", ty.as_str());
                            return Err(err(source, line, "element-type", args));
                        }
                        if is_rel && !super::table::RELATIONSHIP_TYPES.contains(&ty.as_str()) {
                            let args = Args::new()
                                .with("type", ty.as_str())
                                .with("known", super::table::RELATIONSHIP_TYPES.join(", "));
                            return Err(err(source, line, "relationship-type", args));
                        }
                        let c = Concept {
                            identifier: required(&a, "identifier", &name, source, line)?,
                            xsi_type: ty,
                            source: if is_rel {
                                Some(required(&a, "source", &name, source, line)?)
                            } else {
                                None
                            },
                            target: if is_rel {
                                Some(required(&a, "target", &name, source, line)?)
                            } else {
                                None
                            },
                            access_type: get(&a, "accessType").map(str::to_string),
                            is_directed: get(&a, "isDirected").map(|v| v == "true"),
                            modifier: get(&a, "modifier").map(str::to_string),
                            line,
                            ..Concept::default()
                        };
                        concept = Some((is_rel, c));
                    }
                    ("properties", "property") => {
                        prop = Some(Property {
                            definition_ref: required(
                                &a,
                                "propertyDefinitionRef",
                                "property",
                                source,
                                line,
                            )?,
                            values: Vec::new(),
                            line,
                        });
                    }
                    ("propertyDefinitions", "propertyDefinition") => {
                        def = Some(PropertyDefinition {
                            identifier: required(
                                &a,
                                "identifier",
                                "propertyDefinition",
                                source,
                                line,
                            )?,
                            data_type: get(&a, "type").unwrap_or("string").to_string(),
                            names: Vec::new(),
                        });
                    }
                    ("organizations", "item") | ("item", "item") => orgs.push(OrgItem {
                        identifier_ref: get(&a, "identifierRef").map(str::to_string),
                        ..OrgItem::default()
                    }),
                    ("diagrams", "view") => {
                        view = Some(View {
                            identifier: required(&a, "identifier", "view", source, line)?,
                            xsi_type: xsi_type(&a).unwrap_or_default(),
                            line,
                            ..View::default()
                        });
                    }
                    ("view", "node") | ("node", "node") => {
                        if let Some(v) = view.as_mut() {
                            v.nodes.push(ViewNode {
                                identifier: required(&a, "identifier", "node", source, line)?,
                                xsi_type: xsi_type(&a).unwrap_or_default(),
                                element_ref: get(&a, "elementRef").map(str::to_string),
                                line,
                            });
                        }
                    }
                    ("view", "connection") => {
                        if let Some(v) = view.as_mut() {
                            v.connections.push(ViewConnection {
                                identifier: required(&a, "identifier", "connection", source, line)?,
                                relationship_ref: get(&a, "relationshipRef").map(str::to_string),
                                line,
                            });
                        }
                    }
                    _ => {}
                }
                in_text = matches!(name.as_str(), "name" | "documentation" | "value" | "label");
                if in_text {
                    buf.clear();
                    buf_lang = lang(&a);
                }
                stack.push(name);
                if stack.len() > limits.max_depth {
                    return Err(Limits::exceeded(
                        "max_depth",
                        source,
                        limits.max_depth,
                        None,
                    ));
                }
            }
            // Text counts only inside text-bearing elements; whitespace between elements is layout.
            Event::Text(t) if in_text => {
                let s = t.decode().map_err(|e| {
                    err(
                        source,
                        line,
                        "text",
                        Args::new().with("error", e.to_string()),
                    )
                })?;
                buf.push_str(&s);
            }
            Event::CData(t) if in_text => {
                buf.push_str(&String::from_utf8_lossy(&t));
            }
            Event::GeneralRef(r) if in_text => {
                let name = r.decode().map_err(|e| {
                    err(
                        source,
                        line,
                        "entity",
                        Args::new().with("error", e.to_string()),
                    )
                })?;
                let c = match name.as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    other => match r.resolve_char_ref() {
                        Ok(Some(c)) if !forbidden(c) => c,
                        _ => {
                            let args = Args::new().with("name", other);
                            return Err(err(source, line, "unknown-entity", args));
                        }
                    },
                };
                buf.push(c);
            }
            Event::End(_) => {
                in_text = false;
                let name = stack.pop().unwrap_or_default();
                let parent = stack.last().map(String::as_str).unwrap_or("");
                let text = LangString {
                    lang: buf_lang.take(),
                    text: std::mem::take(&mut buf),
                };
                match (parent, name.as_str()) {
                    ("model", "name") => x.names.push(text),
                    ("model", "documentation") => x.documentation.push(text),
                    ("element" | "relationship", "name") => {
                        if let Some((_, c)) = concept.as_mut() {
                            c.names.push(text);
                        }
                    }
                    ("element" | "relationship", "documentation") => {
                        if let Some((_, c)) = concept.as_mut() {
                            c.documentation.push(text);
                        }
                    }
                    ("property", "value") => {
                        if let Some(p) = prop.as_mut() {
                            p.values.push(text);
                        }
                    }
                    ("propertyDefinition", "name") => {
                        if let Some(d) = def.as_mut() {
                            d.names.push(text);
                        }
                    }
                    ("item", "label") => {
                        if let Some(o) = orgs.last_mut() {
                            o.labels.push(text);
                        }
                    }
                    ("view", "name") => {
                        if let Some(v) = view.as_mut() {
                            v.names.push(text);
                        }
                    }
                    ("properties", "property") => {
                        if let Some(p) = prop.take() {
                            // The properties block belongs to the innermost open owner.
                            match (
                                stack.iter().rev().nth(1).map(String::as_str),
                                concept.as_mut(),
                            ) {
                                (Some("element" | "relationship"), Some((_, c))) => {
                                    c.properties.push(p)
                                }
                                (Some("model"), _) => x.properties.push(p),
                                _ => {}
                            }
                        }
                    }
                    ("elements", "element") | ("relationships", "relationship") => {
                        if let Some((is_rel, c)) = concept.take() {
                            if is_rel {
                                x.relationships.push(c)
                            } else {
                                x.elements.push(c)
                            }
                        }
                    }
                    ("propertyDefinitions", "propertyDefinition") => {
                        if let Some(d) = def.take() {
                            x.property_definitions.push(d);
                        }
                    }
                    (_, "item") => {
                        if let Some(item) = orgs.pop() {
                            match orgs.last_mut() {
                                Some(p) => p.children.push(item),
                                None => x.organizations.push(item),
                            }
                        }
                    }
                    ("diagrams", "view") => {
                        if let Some(v) = view.take() {
                            x.views.push(v);
                        }
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
        let over = [
            ("max_string_bytes", limits.max_string_bytes, buf.len()),
            ("max_elements", limits.max_elements, x.elements.len()),
            ("max_relations", limits.max_relations, x.relationships.len()),
        ];
        // Counted while reading, so the total is not known: the error says only that it exceeds.
        if let Some((name, limit, _)) = over.into_iter().find(|(_, l, n)| n > l) {
            return Err(Limits::exceeded(name, source, limit, None));
        }
    }
    if !saw_root {
        return Err(err(source, 1, "no-model", Args::new()));
    }
    Ok(x)
}
