// C# (P/Invoke) wrapper of the kientruc C library: SafeHandles whose ReleaseHandle calls the
// library's _free functions, status codes mapped to exceptions, UTF-8 in and out.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace Kientruc
{
    /// <summary>The C API's kt_status values.</summary>
    public enum Status
    {
        Ok = 0, Parse = 1, Encoding = 2, Schema = 3, Limit = 4, UnknownBaseline = 5, Io = 6,
        Error = 99, NullArgument = 100, InvalidUtf8 = 101, InvalidArgument = 102, Panic = 200,
    }

    public enum Level { None = 0, NonConformant = 1, Irrelevant = 2, FullyConformant = 3, Conformant = 4, Compliant = 5, Consistent = 6, NotAssessed = 7 }
    public enum Outcome { Pass = 0, Fail = 1, Review = 2, NotApplicable = 3, Accepted = 4 }
    public enum Format { Json = 0, Sarif = 1, Markdown = 2, Html = 3, Text = 4 }
    public enum Lang : uint { Vi = 0, En = 1 }
    enum Field { Rule = 0, Severity = 1, Outcome = 2, Subject = 3, Message = 4, Suggestion = 5, Basis = 6, WaiverReason = 7, WaiverOutcome = 8, AcceptedBy = 9, AcceptedDate = 10 }

    /// <summary>Every failure of the library: the status code and the library's message.</summary>
    public class KientrucException : Exception
    {
        public Status Status { get; }
        public KientrucException(Status status, string message) : base(message) { Status = status; }
    }

    /// <summary>kt_counts, field for field (Accepted last, as in C).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Counts
    {
        public UIntPtr Error, Warning, Info, Pass, Fail, Review, NotApplicable, Suppressed, Waived, Extras, Accepted;
    }

    static class Native
    {
        const string Lib = "kientruc";
        [DllImport(Lib)] public static extern IntPtr kt_version();
        [DllImport(Lib)] public static extern UIntPtr kt_last_error_length();
        [DllImport(Lib)] public static extern UIntPtr kt_last_error_message(byte[] buf, UIntPtr len);
        [DllImport(Lib)] public static extern Status kt_baseline_default(out BaselineHandle handle);
        [DllImport(Lib)] public static extern Status kt_baseline_builtin(byte[] name, UIntPtr len, out BaselineHandle handle);
        [DllImport(Lib)] public static extern Status kt_baseline_from_json(byte[] json, UIntPtr len, out BaselineHandle handle);
        [DllImport(Lib)] public static extern void kt_baseline_free(IntPtr handle);
        [DllImport(Lib)] public static extern Status kt_baseline_check(BaselineHandle b, byte[] json, UIntPtr len, byte[] asOf, out ReportHandle report);
        [DllImport(Lib)] public static extern Status kt_baseline_check_with_acceptance(BaselineHandle b, byte[] json, UIntPtr len, IntPtr[] acceptances, UIntPtr[] acceptanceLens, UIntPtr n, byte[] asOf, out ReportHandle report);
        [DllImport(Lib)] public static extern Status kt_check(byte[] json, UIntPtr len, byte[] baseline, byte[] asOf, IntPtr[] acceptances, UIntPtr[] acceptanceLens, UIntPtr n, out ReportHandle report);
        [DllImport(Lib)] public static extern Status kt_report_baseline_choice(ReportHandle r, Lang l, out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern Status kt_validate_model(byte[] json, UIntPtr len, IntPtr packs, IntPtr packLens, UIntPtr nPacks, out ReportHandle report);
        [DllImport(Lib)] public static extern void kt_report_free(IntPtr handle);
        [DllImport(Lib)] public static extern Level kt_report_level(ReportHandle r);
        [DllImport(Lib)] public static extern IntPtr kt_level_id(Level level);
        [DllImport(Lib)] public static extern Status kt_report_counts(ReportHandle r, out Counts counts);
        [DllImport(Lib)] public static extern UIntPtr kt_report_finding_count(ReportHandle r);
        [DllImport(Lib)] public static extern Status kt_report_finding_field(ReportHandle r, UIntPtr i, Field f, Lang l, out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern UIntPtr kt_report_outcome_count(ReportHandle r);
        [DllImport(Lib)] public static extern Status kt_report_outcome(ReportHandle r, UIntPtr i, out IntPtr rule, out Outcome o);
        [DllImport(Lib)] public static extern Status kt_report_render(ReportHandle r, Format f, Lang l, out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern void kt_string_free(IntPtr s);

        /// <summary>Throws for any status but Ok, with the thread's last error message.</summary>
        public static void Check(Status s)
        {
            if (s == Status.Ok) return;
            var buf = new byte[(int)kt_last_error_length() + 1];
            var n = (int)kt_last_error_message(buf, (UIntPtr)buf.Length);
            throw new KientrucException(s, Encoding.UTF8.GetString(buf, 0, n));
        }

        /// <summary>Reads a NUL-terminated UTF-8 string the library owns (static or not).</summary>
        public static string Utf8(IntPtr p)
        {
            if (p == IntPtr.Zero) return null;
            int n = 0;
            while (Marshal.ReadByte(p, n) != 0) n++;
            var bytes = new byte[n];
            Marshal.Copy(p, bytes, 0, n);
            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary>Reads and frees a string the library returned to the caller.</summary>
        public static string Take(IntPtr p)
        {
            try { return Utf8(p); } finally { kt_string_free(p); }
        }

        public static byte[] Z(string s) => s == null ? null : Encoding.UTF8.GetBytes(s + "\0");
    }

    public sealed class BaselineHandle : SafeHandle
    {
        public BaselineHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid => handle == IntPtr.Zero;
        protected override bool ReleaseHandle() { Native.kt_baseline_free(handle); return true; }
    }

    public sealed class ReportHandle : SafeHandle
    {
        public ReportHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid => handle == IntPtr.Zero;
        protected override bool ReleaseHandle() { Native.kt_report_free(handle); return true; }
    }

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

    public sealed class Baseline : IDisposable
    {
        readonly BaselineHandle h;
        Baseline(BaselineHandle handle) { h = handle; }

        public static string Version => Native.Utf8(Native.kt_version());

        public static Baseline Default()
        {
            Native.Check(Native.kt_baseline_default(out var h));
            return new Baseline(h);
        }

        public static Baseline Builtin(string name)
        {
            var b = Encoding.UTF8.GetBytes(name);
            Native.Check(Native.kt_baseline_builtin(b, (UIntPtr)b.Length, out var h));
            return new Baseline(h);
        }

        public static Baseline FromJson(byte[] json)
        {
            Native.Check(Native.kt_baseline_from_json(json, (UIntPtr)json.Length, out var h));
            return new Baseline(h);
        }

        /// <summary>Checks a project (UTF-8 JSON bytes); asOf is "YYYY-MM-DD" or null.</summary>
        public Report Check(byte[] project, string asOf = null)
        {
            Native.Check(Native.kt_baseline_check(h, project, (UIntPtr)project.Length, Native.Z(asOf), out var r));
            return new Report(r);
        }

        /// <summary>Checks a project with the appraiser's acceptance of its justifications: each of
        /// <paramref name="acceptances"/> is an acceptance/1 document (UTF-8 JSON bytes).</summary>
        public Report Check(byte[] project, IList<byte[]> acceptances, string asOf = null)
        {
            using (var a = new PinnedBuffers(acceptances))
            {
                Native.Check(Native.kt_baseline_check_with_acceptance(h, project, (UIntPtr)project.Length, a.Ptrs, a.Lens, a.Count, Native.Z(asOf), out var r));
                return new Report(r);
            }
        }

        /// <summary>Checks a project (UTF-8 JSON bytes) against the baseline the library chooses:
        /// <paramref name="baseline"/> (a built-in or family name), else the project's own baseline,
        /// else the one in force on the check date; <see cref="Report.BaselineChoice"/> says why.
        /// <paramref name="acceptances"/> are acceptance/1 documents (may be null).</summary>
        public static Report CheckChosen(byte[] project, string baseline = null, string asOf = null, IList<byte[]> acceptances = null)
        {
            using (var a = new PinnedBuffers(acceptances))
            {
                Native.Check(Native.kt_check(project, (UIntPtr)project.Length, Native.Z(baseline), Native.Z(asOf), a.Ptrs, a.Lens, a.Count, out var r));
                return new Report(r);
            }
        }

        /// <summary>Validates an architecture model (model/1, UTF-8 JSON bytes) against its framework.</summary>
        public static Report ValidateModel(byte[] model)
        {
            Native.Check(Native.kt_validate_model(model, (UIntPtr)model.Length, IntPtr.Zero, IntPtr.Zero, UIntPtr.Zero, out var r));
            return new Report(r);
        }

        public void Dispose() => h.Dispose();
    }

    /// <summary>Byte buffers pinned for one native call (an array of pointers and one of
    /// lengths); a null list is no buffer. Dispose unpins them.</summary>
    sealed class PinnedBuffers : IDisposable
    {
        readonly GCHandle[] pins;
        public readonly IntPtr[] Ptrs;
        public readonly UIntPtr[] Lens;

        public PinnedBuffers(IList<byte[]> buffers)
        {
            int n = buffers == null ? 0 : buffers.Count;
            pins = new GCHandle[n];
            Ptrs = new IntPtr[n];
            Lens = new UIntPtr[n];
            try
            {
                for (int i = 0; i < n; i++)
                {
                    pins[i] = GCHandle.Alloc(buffers[i], GCHandleType.Pinned);
                    Ptrs[i] = pins[i].AddrOfPinnedObject();
                    Lens[i] = (UIntPtr)buffers[i].Length;
                }
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        public UIntPtr Count => (UIntPtr)Ptrs.Length;

        public void Dispose()
        {
            foreach (var p in pins) if (p.IsAllocated) p.Free();
        }
    }

    public sealed class Report : IDisposable
    {
        readonly ReportHandle h;
        internal Report(ReportHandle handle) { h = handle; }

        public Level Level => Native.kt_report_level(h);
        public string LevelId => Native.Utf8(Native.kt_level_id(Level));

        public Counts Counts
        {
            get { Native.Check(Native.kt_report_counts(h, out var c)); return c; }
        }

        /// <summary>Why the library chose the baseline (<see cref="Baseline.CheckChosen"/>); null
        /// when the caller gave the baseline.</summary>
        public string BaselineChoice(Lang lang = Lang.Vi)
        {
            Native.Check(Native.kt_report_baseline_choice(h, lang, out var s, out _));
            var t = Native.Take(s);
            return t.Length == 0 ? null : t;
        }

        string Field(int i, Field f, Lang lang)
        {
            Native.Check(Native.kt_report_finding_field(h, (UIntPtr)i, f, lang, out var s, out _));
            return Native.Take(s);
        }

        public List<Finding> Findings(Lang lang = Lang.Vi)
        {
            var list = new List<Finding>();
            int n = (int)Native.kt_report_finding_count(h);
            for (int i = 0; i < n; i++)
            {
                var reason = Field(i, Kientruc.Field.WaiverReason, lang);
                var by = Field(i, Kientruc.Field.AcceptedBy, lang);
                list.Add(new Finding
                {
                    Rule = Field(i, Kientruc.Field.Rule, lang),
                    Severity = Field(i, Kientruc.Field.Severity, lang),
                    Outcome = Field(i, Kientruc.Field.Outcome, lang),
                    Subject = Field(i, Kientruc.Field.Subject, lang),
                    Message = Field(i, Kientruc.Field.Message, lang),
                    Suggestion = Field(i, Kientruc.Field.Suggestion, lang),
                    Basis = Field(i, Kientruc.Field.Basis, lang),
                    // "" from the library means none.
                    Waiver = reason.Length == 0 ? null : new Waiver
                    {
                        Reason = reason,
                        Outcome = Field(i, Kientruc.Field.WaiverOutcome, lang),
                        AcceptedBy = by.Length == 0 ? null : by,
                        AcceptedDate = by.Length == 0 ? null : Field(i, Kientruc.Field.AcceptedDate, lang),
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

        public void Dispose() => h.Dispose();
    }
}
