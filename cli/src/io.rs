//! File reading and output writing: the only I/O of kientruc. Errors become the core's `Io` error.

use kientruc::Error;
use std::io::{IsTerminal, Write};
use std::path::Path;

/// Reads a file, or standard input for `-`.
pub fn read(path: &Path) -> Result<Vec<u8>, Error> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|e| Error::Io {
            path: "<stdin>".into(),
            message: e.to_string(),
        })?;
        return Ok(buf);
    }
    std::fs::read(path).map_err(|e| Error::Io {
        path: path.display().to_string(),
        message: match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".into(),
            std::io::ErrorKind::IsADirectory => "is a directory, not a file".into(),
            _ => e.to_string(),
        },
    })
}

/// The name errors use for a path.
pub fn label(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        path.display().to_string()
    }
}

/// Writes `text` to `output`, or to standard output when `None`.
pub fn write(output: Option<&Path>, text: &str) -> Result<(), Error> {
    match output {
        Some(p) => std::fs::write(p, text).map_err(|e| Error::Io {
            path: p.display().to_string(),
            message: e.to_string(),
        }),
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`kientruc ... | head`) is not an error worth reporting.
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Io {
                    path: "<stdout>".into(),
                    message: e.to_string(),
                }),
                _ => Ok(()),
            }
        }
    }
}

/// Whether colour suits standard output: a terminal, no `NO_COLOR`, and no `-o` file.
pub fn colour(output: Option<&Path>) -> bool {
    output.is_none() && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Prints an error the documented way: `kientruc: error[<code>]: <file>:<line>:<col>: <message>`,
/// the message in `lang`.
pub fn report_error(e: &Error, lang: kientruc::Lang) {
    eprintln!("kientruc: error[{}]: {}", e.code(), e.message(lang));
}
