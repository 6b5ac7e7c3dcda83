// kt_report: level, totals, properties, findings, outcomes and renderings, and the batch
// rendering of several reports.
using System;
using System.Collections.Generic;

namespace Kientruc
{
    public sealed class Finding
    {
        public string Rule, Severity, Outcome, Subject, Message, Suggestion, Basis;
        /// <summary>The proposal's justification (giải trình), or null when the finding has none.</summary>
        public Waiver Waiver;
    }

    /// <summary>A finding's justification: its reason, the outcome before it, and the acceptance.</summary>
    public sealed class Waiver
    {
        public string Reason, Outcome;
        /// <summary>Who accepted it and when (YYYY-MM-DD); null while not accepted.</summary>
        public string AcceptedBy, AcceptedDate;
    }

    public sealed class Report : IDisposable
    {
        readonly ReportHandle h;
        internal Report(ReportHandle handle) { h = handle; }

        public Level Level => Native.kt_report_level(h);
        public string LevelId => Library.LevelId(Level);
        /// <summary>The level's display name, as every report prints it.</summary>
        public string LevelName(Lang lang = Lang.Vi) => Library.LevelName(Level, lang);

        public Counts Counts
        {
            get { Native.Check(Native.kt_report_counts(h, out var c)); return c; }
        }

        /// <summary>A property of the report; "" where it has none.</summary>
        public string Property(Info info, Lang lang = Lang.Vi)
        {
            Native.Check(Native.kt_report_info(h, info, lang, out var s, out _));
            return Native.Take(s);
        }

        static string NullIfEmpty(string s) => s.Length == 0 ? null : s;

        /// <summary>The id of the project or model.</summary>
        public string Subject => Property(Info.Subject);
        public string SubjectName(Lang lang = Lang.Vi) => Property(Info.SubjectName, lang);
        /// <summary>The id of the baseline checked against; null for a model validation.</summary>
        public string BaselineId => NullIfEmpty(Property(Info.Baseline));
        public string Framework => Property(Info.Framework);
        /// <summary>The date of the check (YYYY-MM-DD).</summary>
        public string AsOf => NullIfEmpty(Property(Info.AsOf));
        /// <summary>The legal regime's stable id.</summary>
        public string Regime => NullIfEmpty(Property(Info.Regime));
        public string RegimeName(Lang lang = Lang.Vi) => NullIfEmpty(Property(Info.RegimeName, lang));

        /// <summary>Why the library chose the baseline (<see cref="Baseline.CheckChosen"/>); null
        /// when the caller gave the baseline.</summary>
        public string BaselineChoice(Lang lang = Lang.Vi)
        {
            Native.Check(Native.kt_report_baseline_choice(h, lang, out var s, out _));
            return NullIfEmpty(Native.Take(s));
        }

        /// <summary>One field of finding <paramref name="index"/>.</summary>
        public string FindingField(int index, Field field, Lang lang = Lang.Vi)
        {
            Native.Check(Native.kt_report_finding_field(h, (UIntPtr)index, field, lang, out var s, out _));
            return Native.Take(s);
        }

        public int FindingCount => (int)Native.kt_report_finding_count(h);

        public List<Finding> Findings(Lang lang = Lang.Vi)
        {
            var list = new List<Finding>();
            int n = FindingCount;
            for (int i = 0; i < n; i++)
            {
                var reason = FindingField(i, Field.WaiverReason, lang);
                var by = FindingField(i, Field.AcceptedBy, lang);
                list.Add(new Finding
                {
                    Rule = FindingField(i, Field.Rule, lang),
                    Severity = FindingField(i, Field.Severity, lang),
                    Outcome = FindingField(i, Field.Outcome, lang),
                    Subject = FindingField(i, Field.Subject, lang),
                    Message = FindingField(i, Field.Message, lang),
                    Suggestion = FindingField(i, Field.Suggestion, lang),
                    Basis = FindingField(i, Field.Basis, lang),
                    // "" from the library means none.
                    Waiver = reason.Length == 0 ? null : new Waiver
                    {
                        Reason = reason,
                        Outcome = FindingField(i, Field.WaiverOutcome, lang),
                        AcceptedBy = NullIfEmpty(by),
                        AcceptedDate = by.Length == 0 ? null : FindingField(i, Field.AcceptedDate, lang),
                    },
                });
            }
            return list;
        }

        /// <summary>Rule id → outcome.</summary>
        public Dictionary<string, Outcome> Outcomes()
        {
            var d = new Dictionary<string, Outcome>();
            int n = (int)Native.kt_report_outcome_count(h);
            for (int i = 0; i < n; i++)
            {
                Native.Check(Native.kt_report_outcome(h, (UIntPtr)i, out var rule, out var o));
                d[Native.Take(rule)] = o;
            }
            return d;
        }

        public string Render(Format format, Lang lang = Lang.Vi)
        {
            Native.Check(Native.kt_report_render(h, format, lang, out var s, out _));
            return Native.Take(s);
        }

        /// <summary>Several reports as one batch, as `kientruc check A B …` prints them: text,
        /// Markdown and HTML open with the portfolio summary; Csv is that table alone; Json the
        /// reports with the summary.</summary>
        public static string RenderMany(IList<Report> reports, Format format, Lang lang = Lang.Vi)
        {
            var handles = new ReportHandle[reports.Count];
            var raw = new IntPtr[reports.Count];
            var added = new bool[reports.Count];
            try
            {
                // Each handle is kept alive (AddRef) while the library reads it.
                for (int i = 0; i < handles.Length; i++)
                {
                    handles[i] = reports[i].h;
                    handles[i].DangerousAddRef(ref added[i]);
                    raw[i] = handles[i].Raw;
                }
                Native.Check(Native.kt_render_many(raw, (UIntPtr)raw.Length, format, lang, out var s, out _));
                return Native.Take(s);
            }
            finally
            {
                for (int i = 0; i < handles.Length; i++) if (added[i]) handles[i].DangerousRelease();
            }
        }

        public void Dispose() => h.Dispose();
    }
}
