// The P/Invoke declarations of the C API (include/kientruc.h), one per C function, and the one
// place where a kt_status becomes an exception. Every enumeration crosses as its integer type; the
// library checks the value and answers InvalidArgument for one out of range.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

[assembly: InternalsVisibleTo("KientrucTests")]

namespace Kientruc
{
    static class Native
    {
        const string Lib = "kientruc";

        // Status, errors, strings.
        [DllImport(Lib)] public static extern IntPtr kt_version();
        [DllImport(Lib)] public static extern IntPtr kt_status_code(Status status);
        [DllImport(Lib)] public static extern UIntPtr kt_last_error_length();
        [DllImport(Lib)] public static extern UIntPtr kt_last_error_message(byte[] buf, UIntPtr len);
        [DllImport(Lib)] public static extern void kt_string_free(IntPtr s);

        // Options.
        [DllImport(Lib)] public static extern Status kt_options_new(out OptionsHandle options);
        [DllImport(Lib)] public static extern void kt_options_free(IntPtr options);
        [DllImport(Lib)] public static extern Status kt_options_set_limit(OptionsHandle options, Limit limit, UIntPtr value);
        [DllImport(Lib)] public static extern Status kt_options_limit(OptionsHandle options, Limit limit, out UIntPtr value);
        [DllImport(Lib)] public static extern Status kt_options_set_as_of(OptionsHandle options, byte[] asOf);
        [DllImport(Lib)] public static extern Status kt_options_add_rulepack(OptionsHandle options, byte[] json, UIntPtr len);
        [DllImport(Lib)] public static extern Status kt_options_add_acceptance(OptionsHandle options, byte[] json, UIntPtr len);

        // Baselines and what is read against them.
        [DllImport(Lib)] public static extern Status kt_baseline_default(out BaselineHandle handle);
        [DllImport(Lib)] public static extern Status kt_baseline_builtin(byte[] name, UIntPtr len, out BaselineHandle handle);
        [DllImport(Lib)] public static extern Status kt_baseline_from_json(byte[] json, UIntPtr len, OptionsHandle options, out BaselineHandle handle);
        [DllImport(Lib)] public static extern void kt_baseline_free(IntPtr handle);
        [DllImport(Lib)] public static extern Status kt_baseline_to_json(BaselineHandle b, out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern Status kt_baseline_check(BaselineHandle b, byte[] json, UIntPtr len, OptionsHandle options, out ReportHandle report);
        [DllImport(Lib)] public static extern Status kt_check(byte[] json, UIntPtr len, byte[] baseline, OptionsHandle options, out ReportHandle report);
        [DllImport(Lib)] public static extern Status kt_validate_model(byte[] json, UIntPtr len, OptionsHandle options, out ReportHandle report);
        [DllImport(Lib)] public static extern Status kt_baseline_validate(BaselineHandle b, OptionsHandle options, out ReportHandle report);
        [DllImport(Lib)] public static extern Status kt_diagram(BaselineHandle b, byte[] project, UIntPtr len, DiagramFormat format, Lang lang, OptionsHandle options, out IntPtr s, out UIntPtr outLen);

        // Reports.
        [DllImport(Lib)] public static extern void kt_report_free(IntPtr handle);
        [DllImport(Lib)] public static extern Level kt_report_level(ReportHandle r);
        [DllImport(Lib)] public static extern Status kt_report_counts(ReportHandle r, out Counts counts);
        [DllImport(Lib)] public static extern Status kt_report_info(ReportHandle r, Info info, Lang l, out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern UIntPtr kt_report_finding_count(ReportHandle r);
        [DllImport(Lib)] public static extern Status kt_report_finding_field(ReportHandle r, UIntPtr i, Field f, Lang l, out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern UIntPtr kt_report_outcome_count(ReportHandle r);
        [DllImport(Lib)] public static extern Status kt_report_outcome(ReportHandle r, UIntPtr i, out IntPtr rule, out Outcome o);
        [DllImport(Lib)] public static extern Status kt_report_baseline_choice(ReportHandle r, Lang l, out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern Status kt_report_render(ReportHandle r, Format f, Lang l, out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern Status kt_render_many(IntPtr[] reports, UIntPtr n, Format f, Lang l, out IntPtr s, out UIntPtr len);

        // What the library holds.
        [DllImport(Lib)] public static extern Status kt_level_id(Level level, out IntPtr s);
        [DllImport(Lib)] public static extern Status kt_level_name(Level level, Lang l, out IntPtr s);
        [DllImport(Lib)] public static extern Status kt_builtin_baselines(out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern Status kt_rules_json(out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern Status kt_schema(byte[] name, out IntPtr s, out UIntPtr len);
        [DllImport(Lib)] public static extern Status kt_archimate_import(byte[] xml, UIntPtr len, OptionsHandle options, out IntPtr s, out UIntPtr outLen);
        [DllImport(Lib)] public static extern Status kt_archimate_export(byte[] json, UIntPtr len, OptionsHandle options, out IntPtr s, out UIntPtr outLen);

        /// <summary>Handles released (library objects freed) so far, by SafeHandles disposed or
        /// finalized: the tests read it to see that finalizers free what callers forget.</summary>
        internal static long Released;

        internal static void CountRelease() => Interlocked.Increment(ref Released);

        /// <summary>Throws for any status but Ok, with the thread's last error message: the one
        /// place a status becomes an exception (by its value, never by its message).</summary>
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

        /// <summary>A NUL-terminated UTF-8 copy of <paramref name="s"/>; null stays null.</summary>
        public static byte[] Z(string s) => s == null ? null : Encoding.UTF8.GetBytes(s + "\0");

        /// <summary>The options' handle, or a null handle for the defaults.</summary>
        public static OptionsHandle Of(Options o) => o == null ? OptionsHandle.None : o.Handle;
    }

    public sealed class BaselineHandle : SafeHandle
    {
        public BaselineHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid => handle == IntPtr.Zero;
        protected override bool ReleaseHandle() { Native.kt_baseline_free(handle); Native.CountRelease(); return true; }
    }

    public sealed class ReportHandle : SafeHandle
    {
        public ReportHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid => handle == IntPtr.Zero;
        protected override bool ReleaseHandle() { Native.kt_report_free(handle); Native.CountRelease(); return true; }
        internal IntPtr Raw => handle;
    }

    public sealed class OptionsHandle : SafeHandle
    {
        public OptionsHandle() : base(IntPtr.Zero, true) { }
        /// <summary>A NULL handle: the library's defaults. Never released.</summary>
        internal static readonly OptionsHandle None = new OptionsHandle();
        public override bool IsInvalid => handle == IntPtr.Zero;
        protected override bool ReleaseHandle() { Native.kt_options_free(handle); Native.CountRelease(); return true; }
    }
}
