//! The `kientruc` command. A thin layer: argument parsing, file I/O and exit codes; every check
//! and every renderer lives in the core.

mod commands;
mod io;
mod synthetic;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "kientruc",
    version,
    about = "Kiểm tra Kiến trúc Chính quyền điện tử / Checks Vietnamese e-government architectures",
    long_about = "kientruc kiểm tra mô hình Kiến trúc Chính quyền điện tử và sự tuân thủ Kiến trúc của dự án ứng dụng CNTT.\n\
                  kientruc validates e-government architecture models and checks IT project proposals for conformance.\n\n\
                  Exit codes (check): 0 the project can be funded as it is (fully-conformant, conformant, compliant, consistent);\n\
                  1 non-conformant or irrelevant; 2 unreadable input, bad usage, or a document with input problems (not-assessed).\n\
                  Exit codes (validate): 0 no error findings; 1 error findings; 2 bad usage or unreadable input."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Raise or lower an input limit (max_bytes, max_depth, max_string_bytes, max_elements,
    /// max_relations, max_components); repeatable. See SECURITY.md for the defaults.
    #[arg(long = "limit", global = true, value_name = "NAME=N", value_parser = commands::parse_limit)]
    limits: Vec<(String, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    Vi,
    En,
}

impl From<Lang> for kientruc::Lang {
    fn from(l: Lang) -> Self {
        match l {
            Lang::Vi => kientruc::Lang::Vi,
            Lang::En => kientruc::Lang::En,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
    /// The portfolio summary table alone (id, name, owner, budget, level, errors, to review).
    Csv,
    Sarif,
    Md,
    Html,
}

impl From<CheckFormat> for kientruc::Format {
    fn from(f: CheckFormat) -> Self {
        match f {
            CheckFormat::Text => kientruc::Format::Text,
            CheckFormat::Json => kientruc::Format::Json,
            CheckFormat::Csv => kientruc::Format::Csv,
            CheckFormat::Sarif => kientruc::Format::Sarif,
            CheckFormat::Md => kientruc::Format::Markdown,
            CheckFormat::Html => kientruc::Format::Html,
        }
    }
}

/// The formats of a model validation: those of a check but the portfolio table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    Text,
    Json,
    Sarif,
    Md,
    Html,
}

impl From<ValidateFormat> for kientruc::Format {
    fn from(f: ValidateFormat) -> Self {
        match f {
            ValidateFormat::Text => kientruc::Format::Text,
            ValidateFormat::Json => kientruc::Format::Json,
            ValidateFormat::Sarif => kientruc::Format::Sarif,
            ValidateFormat::Md => kientruc::Format::Markdown,
            ValidateFormat::Html => kientruc::Format::Html,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagramFormat {
    Svg,
    Dot,
    Mermaid,
}

impl From<DiagramFormat> for kientruc::diagram::Format {
    fn from(f: DiagramFormat) -> Self {
        match f {
            DiagramFormat::Svg => kientruc::diagram::Format::Svg,
            DiagramFormat::Dot => kientruc::diagram::Format::Dot,
            DiagramFormat::Mermaid => kientruc::diagram::Format::Mermaid,
        }
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check IT project proposals (project/1) for conformance / Kiểm tra sự tuân thủ Kiến trúc của dự án.
    Check {
        /// Project files (JSON, project/1); `-` reads standard input.
        #[arg(required = true)]
        projects: Vec<PathBuf>,
        /// A built-in baseline name or a model file. Default: the project's `baseline`, else quang-ngai-2.0.
        #[arg(long, value_name = "NAME|FILE")]
        baseline: Option<String>,
        /// Check as of this date (YYYY-MM-DD). Default: the project's appraisal_date, else 1 January of phase.start.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = commands::parse_date)]
        as_of: Option<kientruc::Date>,
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
        /// The appraiser's acceptance of the proposals' waivers (acceptance/1); repeatable.
        #[arg(long = "accept", value_name = "FILE")]
        accept: Vec<PathBuf>,
        /// Province rule packs (rulepack/1) whose component and integration rules apply; repeatable.
        #[arg(long = "rulepack", value_name = "FILE")]
        rulepacks: Vec<PathBuf>,
    },
    /// Draw the overall diagram of a baseline or model, with a project drawn in / Vẽ sơ đồ tổng thể.
    Diagram {
        /// A built-in baseline name or a model file (model/1). Default: the project's `baseline`, else quang-ngai-2.0.
        #[arg(value_name = "BASELINE|MODEL.json")]
        model: Option<String>,
        /// A project (project/1) whose components are drawn in their layers.
        #[arg(long, value_name = "FILE")]
        project: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "svg")]
        format: DiagramFormat,
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Import a model from another format / Nhập mô hình từ định dạng khác.
    Import {
        #[command(subcommand)]
        format: ImportFormat,
    },
    /// Export a baseline or model to another format / Xuất mô hình sang định dạng khác.
    Export {
        #[command(subcommand)]
        format: ExportFormat,
    },
    /// Write a commented project template / Tạo mẫu hồ sơ dự án.
    Init {
        /// Where to write it; standard output when omitted.
        file: Option<PathBuf>,
        /// Where to write it (the same as FILE: `-o` is short for `--output` in every command).
        #[arg(short = 'o', long, conflicts_with = "file")]
        output: Option<PathBuf>,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Validate an architecture model (model/1) / Kiểm tra mô hình kiến trúc.
    Validate {
        /// The model file (JSON model/1, or an ArchiMate exchange file .xml); `-` reads standard input.
        model: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: ValidateFormat,
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
        /// Extra rule packs (rulepack/1) to apply.
        #[arg(long = "rulepack", value_name = "FILE")]
        rulepacks: Vec<PathBuf>,
        /// Validate as of this date (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = commands::parse_date)]
        as_of: Option<kientruc::Date>,
        /// Write the report here instead of standard output.
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Built-in baselines / Các kiến trúc dựng sẵn.
    Baseline {
        #[command(subcommand)]
        action: BaselineAction,
    },
    /// What changed between two versions of an architecture / So sánh hai phiên bản Kiến trúc.
    Diff {
        /// The old version: a built-in baseline name or a model file (model/1).
        old: String,
        /// The new version: a built-in baseline name or a model file (model/1).
        new: String,
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// List the rules / Liệt kê các quy tắc.
    Rules {
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
        /// List only the rules in force on this date, with the citations in force then.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = commands::parse_date)]
        as_of: Option<kientruc::Date>,
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
        /// Also list the rules of these rule packs.
        #[arg(long = "rulepack", value_name = "FILE")]
        rulepacks: Vec<PathBuf>,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Generate synthetic models and proposals for benchmarks / Sinh dữ liệu giả lập để đo hiệu năng.
    Gen {
        #[command(subcommand)]
        what: GenWhat,
    },
    /// List the vocabularies and their values with labels / Liệt kê các bộ giá trị và nhãn.
    Vocab {
        /// One vocabulary (e.g. hosting, "component kind", scope); all when omitted.
        name: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// List the technical standards catalogue / Liệt kê danh mục tiêu chuẩn kỹ thuật.
    Standards {
        /// Only the rows a component kind implies (an id such as portal, or its label).
        #[arg(long, value_name = "K")]
        kind: Option<String>,
        /// A built-in baseline name or a model file whose catalogue to list. Default: quang-ngai-2.0.
        #[arg(long, value_name = "NAME|FILE")]
        baseline: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Print the JSON Schema of a document kind / In JSON Schema của một loại tài liệu.
    Schema {
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(kientruc::schema::NAMES))]
        name: String,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
enum GenWhat {
    /// A national-scale model (model/1) with defects injected at a known rate.
    Model {
        /// About how many elements.
        #[arg(long, default_value_t = 1000)]
        elements: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Defects of each kind per element (0.001 = one in a thousand; 0 = none).
        #[arg(long, default_value_t = 0.001)]
        defect_rate: f64,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
        /// Also write the injected defect counts here, as JSON.
        #[arg(long, value_name = "FILE")]
        manifest: Option<PathBuf>,
    },
    /// A portfolio of proposals (project/1) against the default baseline, one file each.
    Projects {
        #[arg(long, default_value_t = 100)]
        count: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The directory to write them into.
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
enum ImportFormat {
    /// An ArchiMate Model Exchange File (3.x) → a model/1 JSON document.
    Archimate {
        file: PathBuf,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
enum ExportFormat {
    /// A built-in baseline or a model/1 file → an ArchiMate Model Exchange File.
    Archimate {
        /// A built-in baseline name or a model file.
        model: String,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
enum BaselineAction {
    /// List the built-in baselines.
    List {
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
    },
    /// Summarise a baseline (built-in name or model file).
    Show {
        name: String,
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
    },
    /// Print a baseline as JSON (model/1).
    Export {
        name: String,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Start the next version of an architecture from its predecessor, marked "to confirm" /
    /// Khởi tạo phiên bản Kiến trúc kế tiếp từ phiên bản trước.
    New {
        /// The predecessor: a built-in baseline name or a model file (model/1).
        #[arg(long, value_name = "NAME|FILE")]
        from: String,
        /// The new baseline's id, e.g. quang-ngai-3.0.
        #[arg(long)]
        id: String,
        /// Its title (Vietnamese).
        #[arg(long)]
        title: String,
        /// The decision that approves it, e.g. "QĐ 1702/QĐ-UBND ngày 31/12/2024".
        #[arg(long)]
        decision: String,
        /// The day it applies from (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = commands::parse_date)]
        valid_from: kientruc::Date,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut limits = kientruc::Limits::default();
    for (name, n) in &cli.limits {
        // The names were checked by `parse_limit`.
        limits.set(name, *n);
    }
    // Errors are worded in the command's --lang, Vietnamese by default.
    let lang = match &cli.command {
        Command::Check { lang, .. }
        | Command::Validate { lang, .. }
        | Command::Rules { lang, .. }
        | Command::Vocab { lang, .. }
        | Command::Standards { lang, .. }
        | Command::Diff { lang, .. }
        | Command::Baseline {
            action: BaselineAction::Show { lang, .. } | BaselineAction::List { lang },
        } => (*lang).into(),
        _ => kientruc::Lang::Vi,
    };
    let result = match cli.command {
        Command::Check {
            projects,
            baseline,
            as_of,
            format,
            lang,
            output,
            accept,
            rulepacks,
        } => commands::check(
            &limits,
            &projects,
            &accept,
            &rulepacks,
            baseline.as_deref(),
            as_of,
            format,
            lang.into(),
            output.as_deref(),
        ),
        Command::Diagram {
            model,
            project,
            format,
            lang,
            output,
        } => commands::diagram(
            &limits,
            model.as_deref(),
            project.as_deref(),
            format,
            lang.into(),
            output.as_deref(),
        ),
        Command::Init {
            file,
            output,
            force,
        } => commands::init(output.or(file).as_deref(), force),
        Command::Import {
            format: ImportFormat::Archimate { file, output },
        } => commands::import_archimate(&limits, &file, output.as_deref()),
        Command::Export {
            format: ExportFormat::Archimate { model, output },
        } => commands::export_archimate(&limits, &model, output.as_deref()),
        Command::Validate {
            model,
            format,
            lang,
            rulepacks,
            as_of,
            output,
        } => commands::validate(
            &limits,
            &model,
            format,
            lang.into(),
            &rulepacks,
            as_of,
            output.as_deref(),
        ),
        Command::Baseline { action } => match action {
            BaselineAction::List { lang } => commands::baseline_list(lang.into()),
            BaselineAction::Show { name, lang } => {
                commands::baseline_show(&limits, &name, lang.into())
            }
            BaselineAction::Export { name, output } => {
                commands::baseline_export(&limits, &name, output.as_deref())
            }
            BaselineAction::New {
                from,
                id,
                title,
                decision,
                valid_from,
                output,
            } => commands::baseline_new(
                &limits,
                &from,
                &kientruc::model::SuccessorSpec {
                    id,
                    title: kientruc::i18n::Name::Plain(title),
                    decision,
                    valid_from,
                },
                output.as_deref(),
            ),
        },
        Command::Diff {
            old,
            new,
            format,
            lang,
            output,
        } => commands::diff(&limits, &old, &new, format, lang.into(), output.as_deref()),
        Command::Rules {
            format,
            as_of,
            lang,
            rulepacks,
            output,
        } => commands::rules(
            &limits,
            format,
            lang.into(),
            as_of,
            &rulepacks,
            output.as_deref(),
        ),
        Command::Gen { what } => match what {
            GenWhat::Model {
                elements,
                seed,
                defect_rate,
                output,
                manifest,
            } => synthetic::model(
                &kientruc::generate::ModelSpec {
                    elements,
                    seed,
                    defect_rate,
                },
                output.as_deref(),
                manifest.as_deref(),
            ),
            GenWhat::Projects {
                count,
                seed,
                output,
            } => synthetic::projects(count, seed, &output),
        },
        Command::Schema { name, output } => commands::schema(&name, output.as_deref()),
        Command::Vocab {
            name,
            format,
            lang,
            output,
        } => commands::vocab(name.as_deref(), format, lang.into(), output.as_deref()),
        Command::Standards {
            kind,
            baseline,
            format,
            lang,
            output,
        } => commands::standards(
            &limits,
            kind.as_deref(),
            baseline.as_deref(),
            format,
            lang.into(),
            output.as_deref(),
        ),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            io::report_error(&e, lang);
            ExitCode::from(2)
        }
    }
}
