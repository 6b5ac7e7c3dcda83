//! Reads a JSON file and parses it into `serde_json::Value`, as the floor of the comparison.
//! Prints the time of the parse alone and the number of top-level array items, so that the work
//! cannot be optimised away.
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: value-parse FILE");
    let t0 = Instant::now();
    let bytes = std::fs::read(&path).expect("readable file");
    let t1 = Instant::now();
    let v: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
    let t2 = Instant::now();
    let items: usize = v
        .as_object()
        .map(|o| o.values().filter_map(|x| x.as_array()).map(Vec::len).sum())
        .unwrap_or(0);
    println!(
        "{{\"items\":{items},\"read_ms\":{:.1},\"parse_ms\":{:.1}}}",
        (t1 - t0).as_secs_f64() * 1e3,
        (t2 - t1).as_secs_f64() * 1e3
    );
}
