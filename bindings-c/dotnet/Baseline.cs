// kt_baseline and the calls that read a document against one: checks, validations, the overall
// diagram, the baseline's export.
using System;

namespace Kientruc
{
    public sealed class Baseline : IDisposable
    {
        readonly BaselineHandle h;
        Baseline(BaselineHandle handle) { h = handle; }

        /// <summary>The embedded default baseline (quang-ngai-2.0).</summary>
        public static Baseline Default()
        {
            Native.Check(Native.kt_baseline_default(out var h));
            return new Baseline(h);
        }

        /// <summary>An embedded baseline by name (<see cref="Library.BuiltinBaselines"/>).</summary>
        public static Baseline Builtin(string name)
        {
            var b = System.Text.Encoding.UTF8.GetBytes(name);
            Native.Check(Native.kt_baseline_builtin(b, (UIntPtr)b.Length, out var h));
            return new Baseline(h);
        }

        /// <summary>A baseline from a model/1 document (UTF-8 JSON bytes), under the options' limits.</summary>
        public static Baseline FromJson(byte[] json, Options options = null)
        {
            Native.Check(Native.kt_baseline_from_json(json, (UIntPtr)json.Length, Native.Of(options), out var h));
            return new Baseline(h);
        }

        /// <summary>The baseline as a model/1 JSON document (its export; <see cref="FromJson"/> reads it back).</summary>
        public string ToJson()
        {
            Native.Check(Native.kt_baseline_to_json(h, out var s, out _));
            return Native.Take(s);
        }

        /// <summary>Checks a project (UTF-8 JSON bytes) with the options' limits, date, project
        /// rule packs and acceptances (null: the defaults).</summary>
        public Report Check(byte[] project, Options options = null)
        {
            Native.Check(Native.kt_baseline_check(h, project, (UIntPtr)project.Length, Native.Of(options), out var r));
            return new Report(r);
        }

        /// <summary>Checks a project (UTF-8 JSON bytes) against the baseline the library chooses:
        /// <paramref name="baseline"/> (a built-in or family name), else the project's own baseline,
        /// else the one in force on the check date; <see cref="Report.BaselineChoice"/> says why.</summary>
        public static Report CheckChosen(byte[] project, string baseline = null, Options options = null)
        {
            Native.Check(Native.kt_check(project, (UIntPtr)project.Length, Native.Z(baseline), Native.Of(options), out var r));
            return new Report(r);
        }

        /// <summary>Validates an architecture model (model/1, UTF-8 JSON bytes) against its
        /// framework, with the options' limits, date and model rule packs.</summary>
        public static Report ValidateModel(byte[] model, Options options = null)
        {
            Native.Check(Native.kt_validate_model(model, (UIntPtr)model.Length, Native.Of(options), out var r));
            return new Report(r);
        }

        /// <summary>Validates the baseline's own model, with the options' date and model rule packs.</summary>
        public Report Validate(Options options = null)
        {
            Native.Check(Native.kt_baseline_validate(h, Native.Of(options), out var r));
            return new Report(r);
        }

        /// <summary>The overall diagram (sơ đồ tổng thể) of the baseline, with a project's
        /// components drawn in when <paramref name="project"/> (UTF-8 JSON bytes) is given.</summary>
        public string Diagram(byte[] project = null, DiagramFormat format = DiagramFormat.Svg, Lang lang = Lang.Vi, Options options = null)
        {
            Native.Check(Native.kt_diagram(h, project, (UIntPtr)(project?.Length ?? 0), format, lang, Native.Of(options), out var s, out _));
            return Native.Take(s);
        }

        public void Dispose() => h.Dispose();
    }
}
