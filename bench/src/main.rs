//! One kientruc operation per process, for the comparison script (`bench/compare.py`), which runs
//! each under `/usr/bin/time -v` for wall time and peak memory. Each mode prints one JSON line:
//! its own timings and what it found, so the script can check the answers agree.
//!
//!   kientruc-bench load FILE          read and load a model/1 file
//!   kientruc-bench validate FILE      load and validate; findings per rule
//!   kientruc-bench check-one [N]      median time of one project check (N runs)
//!   kientruc-bench portfolio DIR      parse and check every proposal in DIR, on all cores
//!   kientruc-bench import-archimate FILE   read an ArchiMate exchange file into a model
//!   kientruc-bench xml-scan FILE      the floor of that: every event of the file by quick-xml,
//!                                     nothing kept

use kientruc::{Baseline, Framework, Model, Project};
use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Instant;

/// The proposal the README's main command checks, for the one-project measurement.
const HANH_MINH: &str = include_str!("../../examples/projects/hanh-minh-website.json");

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn load(path: &str) -> Result<(Model, f64, f64), String> {
    let t = Instant::now();
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let read_ms = ms(t);
    let t = Instant::now();
    let m = Model::from_json(&bytes, path).map_err(|e| e.to_string())?;
    Ok((m, read_ms, ms(t)))
}

fn run(args: &[String]) -> Result<String, String> {
    match args {
        [mode, path] if mode == "load" => {
            let (m, read_ms, load_ms) = load(path)?;
            let line = format!(
                "{{\"elements\":{},\"relations\":{},\"read_ms\":{read_ms:.1},\"load_ms\":{load_ms:.1}}}",
                m.elements().len(),
                m.relations().len()
            );
            std::mem::forget(m);
            Ok(line)
        }
        [mode, path] if mode == "validate" => {
            let (m, read_ms, load_ms) = load(path)?;
            let fw = Framework::builtin(&m.doc().framework).map_err(|e| e.to_string())?;
            let t = Instant::now();
            let r = kientruc::validate(&m, &fw, &Default::default());
            let validate_ms = ms(t);
            let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
            for f in &r.findings {
                *by_rule.entry(f.rule.as_str()).or_default() += 1;
            }
            let line = format!(
                "{{\"elements\":{},\"read_ms\":{read_ms:.1},\"load_ms\":{load_ms:.1},\"validate_ms\":{validate_ms:.1},\"by_rule\":{}}}",
                m.elements().len(),
                serde_json::to_string(&by_rule).map_err(|e| e.to_string())?
            );
            // The process ends here: freeing millions of strings one by one would only add to
            // the wall time what the operating system does at once on exit.
            std::mem::forget(r);
            std::mem::forget(m);
            Ok(line)
        }
        [mode, rest @ ..] if mode == "check-one" => {
            let n: usize = rest.first().and_then(|s| s.parse().ok()).unwrap_or(2000);
            let b = Baseline::default_builtin().map_err(|e| e.to_string())?;
            let mut times = Vec::with_capacity(n);
            let mut level = None;
            for _ in 0..n {
                // Parsing is part of the call, as it is in every face.
                let t = Instant::now();
                let p = Project::from_json(HANH_MINH.as_bytes(), "hanh-minh-website.json")
                    .map_err(|e| e.to_string())?;
                let r = kientruc::check(&p, &b, &Default::default());
                times.push(t.elapsed().as_secs_f64() * 1e6);
                level = r.level;
            }
            times.sort_by(f64::total_cmp);
            Ok(format!(
                "{{\"runs\":{n},\"median_us\":{:.2},\"level\":{}}}",
                times[n / 2],
                serde_json::to_string(&level).map_err(|e| e.to_string())?
            ))
        }
        [mode, dir] if mode == "portfolio" => {
            let t = Instant::now();
            let mut paths: Vec<_> = std::fs::read_dir(dir)
                .map_err(|e| format!("{dir}: {e}"))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            paths.sort();
            let b = Baseline::default_builtin().map_err(|e| e.to_string())?;
            let reports: Vec<_> = {
                use rayon::prelude::*;
                paths
                    .par_iter()
                    .map(|p| {
                        let bytes = std::fs::read(p).map_err(|e| e.to_string())?;
                        let project = Project::from_json(&bytes, &p.display().to_string())
                            .map_err(|e| e.to_string())?;
                        Ok::<_, String>(kientruc::check(&project, &b, &Default::default()))
                    })
                    .collect()
            };
            let mut levels: BTreeMap<String, usize> = BTreeMap::new();
            for r in reports {
                let level = match serde_json::to_value(r?.level) {
                    Ok(serde_json::Value::String(s)) => s,
                    _ => "none".to_string(),
                };
                *levels.entry(level).or_default() += 1;
            }
            Ok(format!(
                "{{\"projects\":{},\"total_ms\":{:.1},\"levels\":{}}}",
                paths.len(),
                ms(t),
                serde_json::to_string(&levels).map_err(|e| e.to_string())?
            ))
        }
        [mode, path] if mode == "import-archimate" => {
            let t = Instant::now();
            let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
            // The 1M-element file (1.9 GB) is above the default input limits, which are for
            // documents from strangers; a benchmark measures the reader, not the limit.
            let mut limits = kientruc::Limits::default();
            for name in ["max_bytes", "max_elements", "max_relations"] {
                limits.set(name, usize::MAX);
            }
            let x = kientruc::archimate::parse_with(&bytes, path, &limits).map_err(|e| e.to_string())?;
            let doc = kientruc::archimate::to_model(&x);
            let line = format!(
                "{{\"elements\":{},\"relations\":{},\"total_ms\":{:.1}}}",
                doc.elements.len(),
                doc.relations.len(),
                ms(t)
            );
            std::mem::forget((x, doc));
            Ok(line)
        }
        [mode, path] if mode == "xml-scan" => {
            let t = Instant::now();
            let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
            let (elements, relations) = xml_scan(&bytes)?;
            Ok(format!(
                "{{\"elements\":{elements},\"relations\":{relations},\"total_ms\":{:.1}}}",
                ms(t)
            ))
        }
        _ => Err("usage: kientruc-bench load|validate|import-archimate|xml-scan FILE | check-one [N] | portfolio DIR".into()),
    }
}

/// A bare quick-xml pass over an exchange file: every event read, the `<element>` and
/// `<relationship>` starts counted (so the pass cannot be optimised away), nothing decoded or kept.
fn xml_scan(bytes: &[u8]) -> Result<(usize, usize), String> {
    use quick_xml::events::Event;
    // Borrowing events from the bytes (no copy into a buffer): quick-xml's fastest mode.
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let (mut elements, mut relations) = (0, 0);
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"element" => elements += 1,
                b"relationship" => relations += 1,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((elements, relations))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("kientruc-bench: {e}");
            ExitCode::from(2)
        }
    }
}
