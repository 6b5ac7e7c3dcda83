//! `kientruc gen`: synthetic models and portfolios for benchmarks and comparisons.

use crate::io;
use kientruc::Error;
use kientruc::generate::{self, ModelSpec};
use std::path::Path;
use std::process::ExitCode;

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// Writes the model to `output` (standard output when `None`) and prints the injected defects to
/// standard error; `manifest` also gets them as JSON.
pub fn model(
    spec: &ModelSpec,
    output: Option<&Path>,
    manifest: Option<&Path>,
) -> Result<ExitCode, Error> {
    let (doc, injected) = generate::model(spec);
    match output {
        Some(p) => {
            let file = std::fs::File::create(p).map_err(|e| io_error(p, e))?;
            let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
            generate::write_model(&doc, &mut w)
                .and_then(|_| std::io::Write::flush(&mut w))
                .map_err(|e| io_error(p, e))?;
        }
        None => {
            let mut bytes = Vec::new();
            generate::write_model(&doc, &mut bytes).map_err(|e| io_error(Path::new("-"), e))?;
            io::write(None, &String::from_utf8_lossy(&bytes))?;
        }
    }
    eprintln!(
        "kientruc gen model: {} elements, {} relations (seed {}, defect rate {})",
        doc.elements.len(),
        doc.relations.len(),
        spec.seed,
        spec.defect_rate
    );
    eprintln!("Lỗi đã chèn / injected defects:");
    for (name, rule, n) in injected.by_rule() {
        eprintln!("  {rule}  {name:<22} {n}");
    }
    if let Some(p) = manifest {
        let json = serde_json::json!({
            "elements": doc.elements.len(),
            "relations": doc.relations.len(),
            "seed": spec.seed,
            "defect_rate": spec.defect_rate,
            "injected": injected,
            "by_rule": injected.by_rule().iter().map(|(_, r, n)| (r.to_string(), *n)).collect::<std::collections::BTreeMap<_, _>>(),
        });
        io::write(Some(p), &format!("{json:#}\n"))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `count` proposals as `proposal-NNNNNN.json` files into `dir` (created if missing).
pub fn projects(count: usize, seed: u64, dir: &Path) -> Result<ExitCode, Error> {
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    for p in generate::projects(count, seed) {
        let id = p["id"].as_str().unwrap_or("proposal");
        let path = dir.join(format!("{id}.json"));
        io::write(Some(&path), &format!("{p:#}\n"))?;
    }
    eprintln!(
        "kientruc gen projects: {count} proposals in {} (seed {seed})",
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
