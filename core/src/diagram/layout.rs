//! A hand-written layout: bands stacked top to bottom in the framework's order, each with its
//! title in a column on the left; the band's nodes are boxes of one width in a grid of at most
//! [`COLUMNS`] columns, filled column by column after ordering them by the mean position of their
//! neighbours in other bands (a few barycentre sweeps, which keeps most edges short and
//! uncrossed); names wrap into lines by an estimate of their width. Edges are cubic curves from
//! the bottom or top side of one box to the top or bottom side of the other, the attachment
//! points spread along each side in the order of the other ends, so arrowheads do not pile up.
//! Everything is computed in `f64` from the input alone, so the output is deterministic.

use super::{ComponentClass, Diagram, EdgeKind};

/// Most columns in a band.
pub const COLUMNS: usize = 8;
/// Width of a node's box, px.
pub const BOX_W: f64 = 152.0;
const GAP_X: f64 = 22.0;
const GAP_Y: f64 = 30.0;
const PAD: f64 = 7.0;
/// Font size of node labels, px.
pub const FONT: f64 = 11.0;
/// Line height of node labels, px.
pub const LINE_H: f64 = 14.0;
/// Font size of the title, px.
pub const TITLE_FONT: f64 = 18.0;
/// Font size of the subtitle, px.
pub const SUBTITLE_FONT: f64 = 13.0;
/// Font size of band titles, px.
pub const BAND_FONT: f64 = 13.0;
/// Font size of the legend, px.
pub const LEGEND_FONT: f64 = 11.0;
const MARGIN: f64 = 16.0;
const HEADER_W: f64 = 168.0;
const BAND_PAD: f64 = 16.0;

/// A rectangle, px, from the top left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// The horizontal centre.
    pub fn cx(&self) -> f64 {
        self.x + self.w / 2.0
    }
}

/// Where a band is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct BandBox {
    /// The band's rectangle.
    pub rect: Rect,
    /// Width of the title column.
    pub header_w: f64,
    /// The title, wrapped to the title column.
    pub title_lines: Vec<String>,
}

/// Where a node is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeBox {
    /// The box.
    pub rect: Rect,
    /// The label, wrapped to the box.
    pub lines: Vec<String>,
}

/// A cubic curve from `start` to `end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgePath {
    /// The first point.
    pub start: (f64, f64),
    /// The first control point.
    pub c1: (f64, f64),
    /// The second control point.
    pub c2: (f64, f64),
    /// The last point.
    pub end: (f64, f64),
    /// Where a label goes: in the gap next to the start, clear of boxes.
    pub label: (f64, f64),
}

impl EdgePath {
    /// The point halfway along the curve's parameter.
    pub fn mid(&self) -> (f64, f64) {
        let f = |a: f64, b: f64, c: f64, d: f64| (a + 3.0 * b + 3.0 * c + d) / 8.0;
        (
            f(self.start.0, self.c1.0, self.c2.0, self.end.0),
            f(self.start.1, self.c1.1, self.c2.1, self.end.1),
        )
    }
}

/// What a legend entry shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LegendKey {
    /// A baseline element.
    Element,
    /// A planned element (dashed).
    Planned,
    /// A class of project component.
    Class(ComponentClass),
    /// A kind of edge.
    Edge(EdgeKind),
}

/// An entry of the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    /// Left of its swatch.
    pub x: f64,
    /// Top of its swatch.
    pub y: f64,
    /// What it shows.
    pub key: LegendKey,
    /// Its text.
    pub text: String,
}

/// Positions of everything in the diagram, px.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The image's width.
    pub width: f64,
    /// The image's height.
    pub height: f64,
    /// Title lines, then subtitle lines, with their font sizes and baselines.
    pub title: Vec<(String, f64, f64)>,
    /// One per band of the diagram, in the same order.
    pub bands: Vec<BandBox>,
    /// One per node of the diagram, in the same order.
    pub nodes: Vec<NodeBox>,
    /// One per edge of the diagram, in the same order.
    pub edges: Vec<EdgePath>,
    /// The legend's title and its baseline.
    pub legend_title: (String, f64),
    /// The legend's entries.
    pub legend: Vec<LegendItem>,
}

/// An estimate of the width of `s` at `font` px in a sans-serif face such as DejaVu Sans or Noto
/// Sans (wider than most, so the estimate errs on the safe side).
pub fn text_width(s: &str, font: f64) -> f64 {
    s.chars()
        .map(|c| {
            if c == ' ' {
                0.32
            } else if c.is_uppercase() || c.is_ascii_digit() {
                0.69
            } else if matches!(
                c,
                'i' | 'l' | 'í' | 'ì' | 'ỉ' | 'ĩ' | 'ị' | '.' | ',' | '(' | ')'
            ) {
                0.34
            } else if matches!(c, 'm' | 'w' | 'M' | 'W') {
                0.88
            } else {
                0.59
            }
        })
        .sum::<f64>()
        * font
}

/// `text` broken into lines no wider than `max_w` at `font` px: at spaces, and inside a word only
/// when the word alone is too wide.
pub fn wrap(text: &str, max_w: f64, font: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        // A word breaks after its hyphens before it breaks anywhere else.
        let pieces: Vec<&str> = word.split_inclusive('-').collect();
        for (k, piece) in pieces.into_iter().enumerate() {
            let glue = if line.is_empty() || k > 0 { "" } else { " " };
            let candidate = format!("{line}{glue}{piece}");
            if text_width(&candidate, font) <= max_w {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // The piece alone: split it if it does not fit.
            for c in piece.chars() {
                line.push(c);
                if text_width(&line, font) > max_w && line.chars().count() > 1 {
                    line.pop();
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                }
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Rows and used columns of a band of `n` nodes.
fn grid(n: usize) -> (usize, usize) {
    if n == 0 {
        return (0, 0);
    }
    let rows = n.div_ceil(COLUMNS);
    (rows, n.div_ceil(rows))
}

pub(super) fn layout(d: &Diagram) -> Layout {
    let content_w = COLUMNS as f64 * BOX_W + (COLUMNS - 1) as f64 * GAP_X;
    let content_x = MARGIN + HEADER_W + GAP_X;
    let width = content_x + content_w + MARGIN;
    let inner = BOX_W - 2.0 * PAD;
    let lines: Vec<Vec<String>> = d
        .nodes
        .iter()
        .map(|n| wrap(&n.label, inner, FONT))
        .collect();

    // Members of each band, in input order, then ordered by barycentres.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); d.bands.len()];
    for (i, n) in d.nodes.iter().enumerate() {
        if let Some(m) = members.get_mut(n.band) {
            m.push(i);
        }
    }
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); d.nodes.len()];
    for e in &d.edges {
        if e.from != e.to {
            neighbours[e.from].push(e.to);
            neighbours[e.to].push(e.from);
        }
    }
    // The x centre of each node when its band is laid out in `order`.
    let place = |order: &[usize], xs: &mut [f64]| {
        let (rows, cols) = grid(order.len());
        let used = cols as f64 * BOX_W + cols.saturating_sub(1) as f64 * GAP_X;
        let x0 = content_x + (content_w - used) / 2.0;
        for (k, &n) in order.iter().enumerate() {
            let col = k / rows.max(1);
            xs[n] = x0 + col as f64 * (BOX_W + GAP_X) + BOX_W / 2.0;
        }
    };
    let mut xs = vec![0.0; d.nodes.len()];
    for m in &members {
        place(m, &mut xs);
    }
    let nb = members.len();
    for sweep in 0..6 {
        let order: Vec<usize> = if sweep % 2 == 0 {
            (0..nb).collect()
        } else {
            (0..nb).rev().collect()
        };
        for b in order {
            let keys: Vec<(f64, usize)> = members[b]
                .iter()
                .map(|&n| {
                    let others: Vec<f64> = neighbours[n]
                        .iter()
                        .filter(|&&o| {
                            d.nodes[o].band != b
                                || matches!(d.nodes[n].origin, super::Origin::Component(_))
                        })
                        .map(|&o| xs[o])
                        .collect();
                    let key = if others.is_empty() {
                        xs[n]
                    } else {
                        others.iter().sum::<f64>() / others.len() as f64
                    };
                    (key, n)
                })
                .collect();
            let mut sorted = keys.clone();
            // Stable: equal keys keep their current order.
            sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
            members[b] = sorted.into_iter().map(|(_, n)| n).collect();
            place(&members[b], &mut xs);
        }
    }

    // Title.
    let mut y = MARGIN;
    let mut title = Vec::new();
    for l in wrap(&d.title, width - 2.0 * MARGIN, TITLE_FONT) {
        y += TITLE_FONT * 1.3;
        title.push((l, TITLE_FONT, y));
    }
    if let Some(s) = &d.subtitle {
        for l in wrap(s, width - 2.0 * MARGIN, SUBTITLE_FONT) {
            y += SUBTITLE_FONT * 1.4;
            title.push((l, SUBTITLE_FONT, y));
        }
    }
    y += 14.0;

    // Bands and nodes.
    let mut bands = Vec::with_capacity(nb);
    let mut nodes = vec![
        NodeBox {
            rect: Rect {
                x: 0.0,
                y: 0.0,
                w: BOX_W,
                h: 0.0,
            },
            lines: Vec::new(),
        };
        d.nodes.len()
    ];
    // Row of each node within its band, for routing.
    let mut row_of = vec![0usize; d.nodes.len()];
    for (b, band) in d.bands.iter().enumerate() {
        let title_lines = wrap(&band.name, HEADER_W - 16.0, BAND_FONT);
        let title_h = title_lines.len() as f64 * BAND_FONT * 1.3 + 2.0 * BAND_PAD;
        let m = &members[b];
        let (rows, _) = grid(m.len());
        let mut heights = vec![0.0f64; rows];
        for (k, &n) in m.iter().enumerate() {
            let r = k % rows.max(1);
            row_of[n] = r;
            heights[r] = heights[r].max(lines[n].len() as f64 * LINE_H + 2.0 * PAD);
        }
        let rows_h: f64 =
            heights.iter().sum::<f64>() + rows.saturating_sub(1) as f64 * GAP_Y + 2.0 * BAND_PAD;
        let band_h = rows_h.max(title_h).max(56.0);
        let top = y + (band_h - (rows_h - 2.0 * BAND_PAD)) / 2.0;
        let mut row_y = Vec::with_capacity(rows);
        let mut ry = top;
        for h in &heights {
            row_y.push(ry);
            ry += h + GAP_Y;
        }
        for (k, &n) in m.iter().enumerate() {
            let r = k % rows.max(1);
            nodes[n] = NodeBox {
                rect: Rect {
                    x: xs[n] - BOX_W / 2.0,
                    y: row_y[r],
                    w: BOX_W,
                    h: heights[r],
                },
                lines: lines[n].clone(),
            };
        }
        bands.push(BandBox {
            rect: Rect {
                x: MARGIN,
                y,
                w: width - 2.0 * MARGIN,
                h: band_h,
            },
            header_w: HEADER_W,
            title_lines,
        });
        y += band_h + 6.0;
    }

    let mut edges = route(d, &nodes, &row_of);
    // Integration labels: moved along the gap until they overlap no earlier label.
    let mut placed: Vec<Rect> = Vec::new();
    for (e, p) in d.edges.iter().zip(edges.iter_mut()) {
        if !matches!(e.kind, EdgeKind::Integration(_)) {
            continue;
        }
        let w = text_width(&e.label, 10.0) + 8.0;
        let at = |x: f64, y: f64| Rect {
            x: x - w / 2.0,
            y: y - 7.0,
            w,
            h: 14.0,
        };
        let overlaps = |r: &Rect, placed: &[Rect]| {
            placed.iter().any(|o| {
                r.x < o.x + o.w + 2.0 && o.x < r.x + r.w + 2.0 && r.y < o.y + o.h && o.y < r.y + r.h
            })
        };
        let (x0, y0) = p.label;
        let mut best = at(x0, y0);
        for k in 1..12 {
            if !overlaps(&best, &placed) {
                break;
            }
            // Sideways first, alternating right and left.
            let dx = (k as f64 / 2.0).ceil() * (w / 2.0 + 4.0);
            let x = if k % 2 == 1 { x0 + dx } else { x0 - dx };
            best = at(x, y0);
        }
        p.label = (best.x + w / 2.0, best.y + 7.0);
        placed.push(best);
    }

    // Legend.
    y += 10.0;
    let legend_title = (
        crate::labels::ui("diagram.legend", d.lang).to_string(),
        y + 12.0,
    );
    y += 22.0;
    let mut keys: Vec<(LegendKey, String)> = vec![(
        LegendKey::Element,
        crate::labels::ui("diagram.architecture-element", d.lang).into(),
    )];
    if d.nodes.iter().any(|n| n.planned) {
        keys.push((
            LegendKey::Planned,
            crate::labels::ui("diagram.planned-element", d.lang).into(),
        ));
    }
    for c in d.classes() {
        keys.push((LegendKey::Class(c), c.label(d.lang).into()));
    }
    let mut seen: Vec<String> = Vec::new();
    for e in &d.edges {
        let id = e.kind.id();
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let text = match &e.kind {
            EdgeKind::Integration(Some(v)) if v == "direct" => {
                crate::labels::ui("diagram.project-integration-direct-not", d.lang).to_string()
            }
            EdgeKind::Integration(_) => {
                crate::labels::ui("diagram.project-integration", d.lang).to_string()
            }
            _ => e.label.clone(),
        };
        keys.push((LegendKey::Edge(e.kind.clone()), text));
    }
    let mut legend = Vec::new();
    let mut x = MARGIN;
    for (key, text) in keys {
        let w = 46.0 + text_width(&text, LEGEND_FONT) + 24.0;
        if x + w > width - MARGIN && x > MARGIN {
            x = MARGIN;
            y += 24.0;
        }
        legend.push(LegendItem { x, y, key, text });
        x += w;
    }
    y += 24.0 + MARGIN;
    Layout {
        width,
        height: y,
        title,
        bands,
        nodes,
        edges,
        legend_title,
        legend,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Side {
    Top,
    Bottom,
}

/// The curves of the edges, with attachment points spread along each box side.
fn route(d: &Diagram, nodes: &[NodeBox], row_of: &[usize]) -> Vec<EdgePath> {
    // For each edge end: (node, side).
    let sides: Vec<(Side, Side)> = d
        .edges
        .iter()
        .map(|e| {
            let (a, b) = (&d.nodes[e.from], &d.nodes[e.to]);
            let down = if a.band != b.band {
                a.band < b.band
            } else if row_of[e.from] != row_of[e.to] {
                row_of[e.from] < row_of[e.to]
            } else {
                // Same row: both ends on the bottom side, the curve dips into the gap below.
                return (Side::Bottom, Side::Bottom);
            };
            if down {
                (Side::Bottom, Side::Top)
            } else {
                (Side::Top, Side::Bottom)
            }
        })
        .collect();
    // Attachment slots: per (node, side), the ends there sorted by the other end's x.
    // (x of the other end, edge, whether this end is the edge's start)
    type Slot = (f64, usize, bool);
    let mut slots: std::collections::BTreeMap<(usize, Side), Vec<Slot>> = Default::default();
    for (i, e) in d.edges.iter().enumerate() {
        let (sa, sb) = sides[i];
        slots
            .entry((e.from, sa))
            .or_default()
            .push((nodes[e.to].rect.cx(), i, true));
        slots
            .entry((e.to, sb))
            .or_default()
            .push((nodes[e.from].rect.cx(), i, false));
    }
    let mut at: Vec<[(f64, f64); 2]> = vec![[(0.0, 0.0); 2]; d.edges.len()];
    for ((n, side), mut list) in slots {
        list.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let r = nodes[n].rect;
        let k = list.len() as f64;
        let span = (r.w - 16.0).max(0.0);
        for (j, (_, e, is_from)) in list.into_iter().enumerate() {
            let x = r.x + 8.0 + span * (j as f64 + 1.0) / (k + 1.0);
            let y = match side {
                Side::Top => r.y,
                Side::Bottom => r.y + r.h,
            };
            at[e][if is_from { 0 } else { 1 }] = (x, y);
        }
    }
    d.edges
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let (start, end) = (at[i][0], at[i][1]);
            let (sa, sb) = sides[i];
            let dy = ((end.1 - start.1).abs() * 0.45).max(24.0);
            let (c1, c2) = match (sa, sb) {
                (Side::Bottom, Side::Top) => ((start.0, start.1 + dy), (end.0, end.1 - dy)),
                (Side::Top, Side::Bottom) => ((start.0, start.1 - dy), (end.0, end.1 + dy)),
                _ => {
                    let g = GAP_Y * 0.8;
                    ((start.0, start.1 + g), (end.0, end.1 + g))
                }
            };
            let mut p = EdgePath {
                start,
                c1,
                c2,
                end,
                label: (0.0, 0.0),
            };
            p.label = match (sa, sb) {
                (Side::Bottom, Side::Top) => (start.0, start.1 + 13.0),
                (Side::Top, Side::Bottom) => (start.0, start.1 - 13.0),
                _ => p.mid(),
            };
            p
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_and_inside_long_words() {
        let l = wrap("Hệ thống thông tin giải quyết TTHC tỉnh", 80.0, 11.0);
        assert!(l.len() > 1);
        assert_eq!(l.join(" "), "Hệ thống thông tin giải quyết TTHC tỉnh");
        for line in &l {
            assert!(text_width(line, 11.0) <= 80.0, "{line}");
        }
        let l = wrap("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 50.0, 11.0);
        assert!(l.len() > 1);
        assert_eq!(wrap("", 50.0, 11.0), vec![String::new()]);
        let l = wrap("Provincial administrative-procedure system", 120.0, 11.0);
        assert!(l.iter().any(|x| x.ends_with("administrative-")), "{l:?}");
    }
}
