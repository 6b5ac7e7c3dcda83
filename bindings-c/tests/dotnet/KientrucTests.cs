// The C# library (bindings-c/dotnet, Kientruc.dll) under Mono: the scenarios of
// examples/projects/expected.json and its variants (from the TSV the Makefile derives), every C
// call reachable, integers out of range, limits, errors as exceptions, the bad-input corpus, and
// handles freed by their SafeHandles.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Kientruc;

static class KientrucTests
{
    static int passed, failed;
    static string root;

    static void Check(bool cond, string what)
    {
        if (cond) passed++;
        else { failed++; Console.Error.WriteLine("FAILED: " + what); }
    }

    /// <summary>The exception <paramref name="a"/> throws; null when it throws none.</summary>
    static KientrucException Thrown(Action a)
    {
        try { a(); } catch (KientrucException e) { return e; }
        return null;
    }

    /// <summary>The status <paramref name="a"/> fails with; Ok when it does not fail.</summary>
    static Status Throws(Action a) => Thrown(a)?.Status ?? Status.Ok;

    static byte[] Read(params string[] parts) => File.ReadAllBytes(Path.Combine(new[] { root }.Concat(parts).ToArray()));
    static byte[] Example(string file) => Read("examples", "projects", file);
    static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    static int Main(string[] args)
    {
        string tsv = args[0];
        root = args[1];
        Scenarios(tsv);
        EveryCallIsReachable();
        ReportsAndRenderings();
        Acceptance();
        OutOfRange();
        Limits();
        ProjectRulePacks();
        BaselinesDiagramsAndLibrary();
        Errors();
        BadInputs();
        Finalizers();
        Console.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Adds the comma-separated files (paths relative to examples/projects; "-" none).</summary>
    static void AddFiles(Options o, string list, bool acceptances)
    {
        if (list == "-") return;
        foreach (var f in list.Split(','))
        {
            var doc = Read("examples", "projects", f);
            if (acceptances) o.AddAcceptance(doc); else o.AddRulePack(doc);
        }
    }

    // Every entry and variant of expected.json: level, failed and review rules, counts.
    static void Scenarios(string tsv)
    {
        int examples = 0, variants = 0;
        foreach (var line in File.ReadAllLines(tsv))
        {
            var p = line.Split('\t');
            Check(p.Length == 11, line + ": 11 columns");
            if (p.Length != 11) continue;
            var what = p[0] + " " + p[1];
            var project = Example(p[0]);
            using (var o = new Options())
            {
                AddFiles(o, p[9], false);
                AddFiles(o, p[10], true);
                // The entry's baseline: a built-in name, or "-" for the one the library chooses.
                Report chosen;
                if (p[8] == "-")
                {
                    chosen = Baseline.CheckChosen(project, null, o);
                    Check((chosen.BaselineChoice(Lang.En) ?? "").StartsWith("Baseline chosen"), what + " baseline choice " + chosen.BaselineChoice(Lang.En));
                }
                else
                    using (var nb = Baseline.Builtin(p[8])) chosen = nb.Check(project, o);
                using (var r = chosen)
                {
                    var outcomes = r.Outcomes();
                    Func<Outcome, string> Ids = x => string.Join(",", outcomes.Where(kv => kv.Value == x).Select(kv => kv.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray());
                    Func<string, string> Want = s => s == "-" ? "" : s;
                    Check(r.LevelId == p[2], what + " level " + r.LevelId);
                    Check(Ids(Outcome.Fail) == Want(p[3]), what + " fail " + Ids(Outcome.Fail));
                    Check(Ids(Outcome.Review) == Want(p[4]), what + " review " + Ids(Outcome.Review));
                    Check((ulong)r.Counts.Accepted == ulong.Parse(p[7]), what + " accepted " + r.Counts.Accepted);
                    // A variant lists no extras or waived counts.
                    if (p[5] != "-") Check((ulong)r.Counts.Extras == ulong.Parse(p[5]), what + " extras " + r.Counts.Extras);
                    if (p[6] != "-") Check((ulong)r.Counts.Waived == ulong.Parse(p[6]), what + " waived " + r.Counts.Waived);
                }
            }
            if (p[1] == "-") examples++; else variants++;
        }
        Check(examples >= 8, "examples: " + examples);
        Check(variants >= 2, "variants (a rule pack and an acceptance): " + variants);
    }

    // Every function of include/kientruc.h has its P/Invoke declaration, and every declaration a
    // public member of the library that calls it (each is exercised below).
    static void EveryCallIsReachable()
    {
        var header = File.ReadAllText(Path.Combine(root, "bindings-c", "include", "kientruc.h"));
        var functions = Regex.Matches(header, @"\b(kt_[a-z_]+)\(").Cast<Match>().Select(m => m.Groups[1].Value).Distinct().ToList();
        Check(functions.Count >= 40, "header functions: " + functions.Count);
        var native = typeof(Baseline).Assembly.GetType("Kientruc.Native");
        foreach (var f in functions)
            Check(native.GetMethod(f, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic) != null, f + " is declared in Native.cs");
        var declared = native.GetMethods(BindingFlags.Static | BindingFlags.Public).Where(m => m.Name.StartsWith("kt_")).Select(m => m.Name);
        foreach (var d in declared) Check(functions.Contains(d), d + " is in the header");
        // Every Native declaration is called from the library's sources (not only declared).
        var sources = string.Join("\n", Directory.GetFiles(Path.Combine(root, "bindings-c", "dotnet"), "*.cs").Where(f => !f.EndsWith("Native.cs")).Select(File.ReadAllText))
            + Regex.Replace(File.ReadAllText(Path.Combine(root, "bindings-c", "dotnet", "Native.cs")), @"\[DllImport[^\n]*", "");
        foreach (var f in functions) Check(Regex.IsMatch(sources, @"\b" + f + @"\("), f + " is called by the library");
    }

    static void ReportsAndRenderings()
    {
        using (var b = Baseline.Default())
        {
            var land = Example("point-to-point-land.json");
            using (var r = b.Check(land))
            {
                Check(r.Level == Level.NonConformant && r.LevelId == "non-conformant", "level");
                Check(r.LevelName(Lang.En) == "Non-conformant" && r.LevelName() == "Không tuân thủ", "level names");
                var f = r.Findings(Lang.En);
                Check(f.Count == 2 && r.FindingCount == 2 && f[0].Rule == "CONF-05" && f[0].Suggestion.Contains("provincial:lgsp"), "findings");
                Check(r.Findings(Lang.Vi)[0].Message.Contains("trực tiếp"), "Vietnamese message");
                Check((ulong)r.Counts.Error == 2, "counts");
                Check(r.Subject == "point-to-point-land" && r.SubjectName(Lang.En).Length > 0, "subject");
                Check(r.BaselineId == "quang-ngai-2.0" && r.Framework == "vn-egov-2.0", "baseline and framework");
                Check(r.AsOf == "2024-06-01", "as of " + r.AsOf);
                Check(r.Regime == "nd73-2019/nd85-2016/nd13-2023/nd47-2020+nd47-2024", "regime " + r.Regime);
                Check(r.RegimeName(Lang.Vi) != r.RegimeName(Lang.En), "regime names");
                Check(r.Render(Format.Html, Lang.En).StartsWith("<!DOCTYPE html>"), "html");
                Check(r.Render(Format.Sarif).Contains("\"2.1.0\""), "sarif");
                Check(r.Render(Format.Markdown, Lang.En).StartsWith("# Architecture conformance report"), "markdown");
                Check(r.Render(Format.Text, Lang.En).Contains("Compliance level: Non-conformant"), "text");
                Check(r.Render(Format.Json).Contains("\"report/1\""), "json");
                Check(r.Render(Format.Csv, Lang.En).Contains("\r\npoint-to-point-land,"), "csv");
            }
            // In 2026 the district no longer exists (CONF-13) and ND 331/2026 applies.
            using (var o = new Options { AsOf = "2026-09-01" })
            using (var r = b.Check(land, o))
            {
                Check(r.Render(Format.Json).Contains("nd331-2026") && r.AsOf == "2026-09-01", "as of 2026");
                Check(r.Outcomes()["CONF-13"] == Outcome.Fail, "Bình Sơn district is gone in 2026");
            }
            // A batch with its portfolio summary.
            var files = new[] { "hanh-minh-website-rented-hosting.json", "district-one-stop.json", "hanh-minh-website-bad-waiver.json" };
            var reports = files.Select(f => b.Check(Example(f))).ToList();
            var csv = Report.RenderMany(reports, Format.Csv, Lang.En).Split(new[] { "\r\n" }, StringSplitOptions.None);
            Check(csv[0] == "Project id,Project name,Owner,Budget (VND),Compliance level,Errors,To review", "csv header " + csv[0]);
            Check(csv[1].StartsWith("hanh-minh-website-rented-hosting,") && csv[1].EndsWith(",Compliant,0,2"), "csv row " + csv[1]);
            Check(csv[3].Contains("Not assessed"), "csv not assessed " + csv[3]);
            Check(Report.RenderMany(reports, Format.Text, Lang.En).StartsWith("PORTFOLIO SUMMARY"), "batch text");
            Check(Report.RenderMany(reports, Format.Json).Contains("\"portfolio/1\""), "batch json");
            Check(Report.RenderMany(new Report[0], Format.Csv, Lang.En).StartsWith("Project id,"), "empty batch");
            // The reports are still usable after the batch.
            Check(reports[0].Level == Level.Compliant, "reports outlive the batch");
            foreach (var r in reports) r.Dispose();
            bool refused = false;
            try { Report.RenderMany(reports, Format.Csv); } catch (ObjectDisposedException) { refused = true; }
            Check(refused, "a disposed report is refused, not read");
        }
    }

    static void Acceptance()
    {
        using (var b = Baseline.Default())
        {
            // The appraiser's acceptance (tests/faces/), as in every other face.
            var rented = Example("hanh-minh-website-rented-hosting.json");
            var accept = Read("tests", "faces", "accept-rented-hosting.json");
            using (var r = b.Check(rented))
            {
                var f = r.Findings().Single(x => x.Rule == "CONF-11");
                Check(f.Outcome == "review" && f.Waiver != null && f.Waiver.Outcome == "fail" && f.Waiver.AcceptedBy == null, "justified, not accepted");
                Check(f.Waiver != null && f.Waiver.Reason.StartsWith("Thuê máy chủ"), "justification's reason");
                Check(r.Findings().Single(x => x.Rule == "CONF-13").Waiver == null, "no justification");
                Check((ulong)r.Counts.Accepted == 0 && (ulong)r.Counts.Waived == 1, "counts before acceptance");
            }
            using (var o = new Options().AddAcceptance(accept))
            using (var r = b.Check(rented, o))
            {
                Check(r.Level == Level.Compliant, "accepted: still compliant, level " + r.LevelId);
                Check((ulong)r.Counts.Accepted == 1, "counts.accepted " + r.Counts.Accepted);
                var outcomes = r.Outcomes();
                Check(outcomes["CONF-11"] == Outcome.Accepted && outcomes["CONF-13"] == Outcome.Review, "outcomes with acceptance");
                var f = r.Findings().Single(x => x.Rule == "CONF-11");
                Check(f.Outcome == "accepted" && f.Waiver.AcceptedBy == "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi" && f.Waiver.AcceptedDate == "2024-04-01", "acceptance recorded");
            }
            using (var o = new Options())
            {
                var e = Thrown(() => o.AddAcceptance(Utf8("{\"kientruc\": \"acceptance/1\",,}")));
                Check(e != null && e.Status == Status.Parse && e.Code == "parse" && e.Message.Contains("<acceptance 0>"), "acceptance parse error: " + e?.Message);
                Check(Throws(() => o.AddAcceptance(Utf8("{\"kientruc\": \"project/1\", \"id\": \"x\"}"))) == Status.Schema, "not an acceptance");
            }
            using (var r = b.Check(Read("tests", "faces", "waive-everything.json")))
                Check(r.Level == Level.NonConformant && r.Outcomes()["CONF-07"] == Outcome.Fail, "waiving everything is still non-conformant: " + r.LevelId);
            using (var r = b.Check(Example("hanh-minh-website-bad-waiver.json")))
                Check(r.Level == Level.NotAssessed && r.LevelId == "not-assessed", "not-assessed: " + r.LevelId);
            var subsite = Example("phuoc-giang-portal-subsite-2026.json");
            using (var r = Baseline.CheckChosen(subsite, "quang-ngai-2.0"))
                Check(r.BaselineChoice(Lang.En).StartsWith("Baseline as named"), "named baseline choice");
            using (var r = b.Check(subsite))
                Check(r.BaselineChoice() == null, "no choice when the caller gives the baseline");
            Check(Throws(() => Baseline.CheckChosen(subsite, "no-such-baseline")) == Status.UnknownBaseline, "unknown baseline name");
        }
    }

    // Any integer can be put in a C# enum: the library refuses one out of range.
    static void OutOfRange()
    {
        using (var b = Baseline.Default())
        using (var r = b.Check(Example("point-to-point-land.json")))
        using (var o = new Options())
        {
            foreach (uint bad in new uint[] { 6, 11, 1000, uint.MaxValue })
            {
                var lang = (Lang)Math.Max(bad, 2u);
                var cases = new Dictionary<string, Action>
                {
                    ["render format"] = () => r.Render((Format)bad),
                    ["render lang"] = () => r.Render(Format.Json, lang),
                    ["batch format"] = () => Report.RenderMany(new[] { r }, (Format)bad),
                    ["batch lang"] = () => Report.RenderMany(new[] { r }, Format.Csv, lang),
                    ["finding field"] = () => r.FindingField(0, (Field)Math.Max(bad, 11u)),
                    ["finding lang"] = () => r.FindingField(0, Field.Message, lang),
                    ["report property"] = () => r.Property((Info)Math.Max(bad, 7u)),
                    ["report property lang"] = () => r.Property(Info.SubjectName, lang),
                    ["baseline choice lang"] = () => r.BaselineChoice(lang),
                    ["level id"] = () => Library.LevelId((Level)Math.Max(bad, 8u)),
                    ["level name"] = () => Library.LevelName((Level)Math.Max(bad, 8u)),
                    ["level name lang"] = () => Library.LevelName(Level.Compliant, lang),
                    ["set limit"] = () => o.SetLimit((Limit)bad, 1),
                    ["get limit"] = () => o.GetLimit((Limit)bad),
                    ["diagram format"] = () => b.Diagram(null, (DiagramFormat)Math.Max(bad, 3u)),
                    ["diagram lang"] = () => b.Diagram(null, DiagramFormat.Svg, lang),
                };
                foreach (var c in cases)
                {
                    var e = Thrown(c.Value);
                    Check(e != null && e.Status == Status.InvalidArgument && e.Code == "invalid-argument" && e.Message.Contains("unknown"), c.Key + " " + bad + ": " + (e == null ? "no exception" : e.Status + " " + e.Message));
                }
            }
            foreach (int bad in new[] { 7, 98, 103, 1000, -1 })
                Check(Library.StatusCode((Status)bad) == null, "no code for status " + bad);
            Check(o.GetLimit(Limit.MaxComponents) == 10000, "limits unchanged by refused values");
        }
    }

    // Limits set from C# change the outcome of an oversized input.
    static void Limits()
    {
        using (var b = Baseline.Default())
        {
            var big = "{\"kientruc\":\"project/1\",\"id\":\"x\",\"name\":\"" + new string('a', 1 << 21) + "\"}";
            var e = Thrown(() => b.Check(Utf8(big)));
            Check(e != null && e.Status == Status.Limit && e.Message.Contains("max_string_bytes"), "a long name is over the default limit: " + e?.Message);
            using (var o = new Options().SetLimit(Limit.MaxStringBytes, 1 << 22))
            using (var r = b.Check(Utf8(big), o))
                Check(r.Subject == "x" && o.GetLimit(Limit.MaxStringBytes) == 1 << 22, "a raised limit reads it");
            var oneStop = Example("one-stop-upgrade.json");
            using (var o = new Options().SetLimit(Limit.MaxComponents, 1))
            {
                Check(Throws(() => b.Check(oneStop, o)) == Status.Limit, "max_components");
                Check(Throws(() => Baseline.CheckChosen(oneStop, null, o)) == Status.Limit, "max_components, chosen baseline");
                Check(Throws(() => b.Diagram(oneStop, DiagramFormat.Svg, Lang.Vi, o)) == Status.Limit, "max_components, diagram");
            }
            var model = Read("core", "data", "baselines", "quang-ngai-2.0.json");
            using (var tiny = new Options().SetLimit(Limit.MaxBytes, 100))
            {
                Check(Throws(() => Baseline.FromJson(model, tiny)) == Status.Limit, "baseline max_bytes");
                Check(Throws(() => Baseline.ValidateModel(model, tiny)) == Status.Limit, "model max_bytes");
                Check(Throws(() => Library.ExportArchimate(model, tiny)) == Status.Limit, "export max_bytes");
                Check(Throws(() => Library.ImportArchimate(Utf8(Library.ExportArchimate(model)), tiny)) == Status.Limit, "import max_bytes");
                Check(Throws(() => tiny.AddRulePack(Read("examples", "rulepacks", "quang-ngai-projects.json"))) == Status.Limit, "rule pack max_bytes");
            }
            using (var few = new Options().SetLimit(Limit.MaxElements, 3))
                Check(Throws(() => Baseline.ValidateModel(model, few)) == Status.Limit, "max_elements");
        }
    }

    // issue 14: a project rule pack changes a verdict.
    static void ProjectRulePacks()
    {
        var oneStop = Example("one-stop-upgrade.json");
        using (var b = Baseline.Default())
        using (var o = new Options().AddRulePack(Read("examples", "rulepacks", "quang-ngai-projects.json")))
        {
            using (var r = b.Check(oneStop)) Check(r.Level == Level.FullyConformant, "without the pack");
            using (var r = b.Check(oneStop, o))
            {
                Check(r.Level == Level.Compliant, "with the pack: " + r.LevelId);
                Check(r.Outcomes()["qng-projects/new-citizen-systems-report"] == Outcome.Fail, "the pack's rule fails");
            }
            using (var r = Baseline.CheckChosen(oneStop, "quang-ngai-2.0", o)) Check(r.Level == Level.Compliant, "with the pack, chosen baseline");
            var e = Thrown(() => o.AddRulePack(Utf8("{\"kientruc\": \"rulepack/1\",")));
            Check(e != null && e.Status == Status.Parse && e.Message.Contains("<rulepack 1>"), "a broken pack: " + e?.Message);
        }
        // Model rule packs in a validation.
        using (var o = new Options().AddRulePack(Read("examples", "rulepacks", "quang-ngai-extra.json")))
        using (var r = Baseline.ValidateModel(Read("examples", "models", "valid-commune.json"), o))
            Check(r.Findings().Select(f => f.Rule).Distinct().Count(x => x.StartsWith("qng-extra/")) == 4, "model rule pack findings");
    }

    static void BaselinesDiagramsAndLibrary()
    {
        Check(Regex.IsMatch(Library.Version, @"^\d+\.\d+\.\d+"), "version");
        var names = Library.BuiltinBaselines();
        Check(names.Contains("quang-ngai-2.0") && names.Length >= 2, "built-in baselines: " + string.Join(",", names));
        foreach (var n in names) using (var b = Baseline.Builtin(n)) Check(b.Validate().Level == Level.None, n + " loads");
        Check(Library.StringArray("[\"a\\\"b\",\"c\\u00e9\"]").SequenceEqual(new[] { "a\"b", "cé" }), "JSON strings");
        using (var b = Baseline.Default())
        {
            var json = b.ToJson();
            Check(json.Contains("\"model/1\""), "baseline export");
            var lgsp = Example("lgsp-extension.json");
            using (var again = Baseline.FromJson(Utf8(json)))
            using (var r1 = b.Check(lgsp))
            using (var r2 = again.Check(lgsp))
                Check(r1.Render(Format.Json) == r2.Render(Format.Json) && r2.LevelId == "fully-conformant", "the export reads back");
            using (var v = b.Validate()) Check((ulong)v.Counts.Error == 0 && v.BaselineId == null, "a baseline validates clean");
            using (var o = new Options { AsOf = "2025-01-15" })
            using (var v = b.Validate(o)) Check(v.AsOf == "2025-01-15", "validation as of a date: " + v.AsOf);
            var svg = b.Diagram();
            Check(svg.StartsWith("<svg ") && svg.Contains("</svg>") && svg == b.Diagram(), "diagram SVG, deterministic");
            Check(b.Diagram(null, DiagramFormat.Dot, Lang.En).StartsWith("digraph "), "diagram DOT");
            Check(b.Diagram(null, DiagramFormat.Mermaid).Contains("flowchart TB"), "diagram Mermaid");
            Check(b.Diagram(Example("one-stop-upgrade.json")).Contains("dvc-xay-dung"), "diagram with a project");
        }
        Check(Library.RulesJson().Contains("\"CONF-14\""), "rules");
        Check(Library.Schema("project").Contains("\"$schema\""), "schema");
        Check(Throws(() => Library.Schema("nonsense")) == Status.InvalidArgument, "unknown schema");
        var model = Read("core", "data", "baselines", "quang-ngai-2.0.json");
        var xml = Library.ExportArchimate(model);
        Check(xml.StartsWith("<?xml"), "ArchiMate export");
        var back = Library.ImportArchimate(Utf8(xml));
        Check(back.Contains("\"national:population\"") && Library.ExportArchimate(Utf8(back)) == xml, "ArchiMate round trip");
        Check(Library.LevelName(Level.Compliant) == "Cơ bản tuân thủ, cần bổ sung thông tin" && Library.LevelId(Level.None) == "", "level names and ids");
        Check(Library.StatusCode(Status.UnknownBaseline) == "unknown-baseline", "status code");
    }

    static void Errors()
    {
        using (var b = Baseline.Default())
        {
            Check(Throws(() => b.Check(Utf8("{\"kientruc\": \"project/1\",,}"))) == Status.Parse, "parse error");
            Check(Throws(() => b.Check(new byte[] { 0x7b, 0xff, 0x7d })) == Status.Encoding, "encoding error");
            var e = Thrown(() => b.Check(Utf8("{\"kientruc\":\"project/1\",\"id\":7}")));
            Check(e != null && e.Status == Status.Schema && e.Code == "schema" && e.Message.Contains("$.id"), "schema error with the JSON path: " + e?.Message);
            using (var o = new Options())
            {
                Check(Throws(() => o.AsOf = "2024-02-30") == Status.InvalidArgument && o.AsOf == null, "bad date");
                o.AsOf = "2024-03-01";
                Check(Throws(() => o.AsOf = "2024-13-01") == Status.InvalidArgument && o.AsOf == "2024-03-01", "a bad date leaves the date");
            }
        }
        Check(Throws(() => Baseline.Builtin("ha-noi-9.9")) == Status.UnknownBaseline, "unknown baseline");
        using (var own = Baseline.FromJson(Read("core", "data", "baselines", "quang-ngai-2.0.json")))
        using (var r = own.Check(Example("lgsp-extension.json")))
            Check(r.LevelId == "fully-conformant", "baseline from JSON");
    }

    // The bad-input corpus: the same code as every other face.
    static void BadInputs()
    {
        int bad = 0;
        using (var b = Baseline.Default())
        {
            foreach (var line in File.ReadAllLines(Path.Combine(root, "tests", "bad-inputs", "expected.tsv")))
            {
                if (line.Length == 0 || line.StartsWith("#")) continue;
                var c = line.Split('\t');
                var data = Read("tests", "bad-inputs", c[0]);
                string got;
                try
                {
                    using (var r = c[1] == "model" ? Baseline.ValidateModel(data) : b.Check(data))
                    {
                        var rule = c[2].StartsWith("finding:") ? c[2].Substring(8) : null;
                        got = rule == null ? "ok" : r.Findings(Lang.En).Any(f => f.Rule == rule) ? c[2] : "finding missing";
                    }
                }
                catch (KientrucException e) { got = "error:" + e.Code; }
                Check(got == c[2], c[0] + ": expected " + c[2] + ", got " + got);
                bad++;
            }
        }
        Check(bad >= 40, "bad-input corpus size " + bad);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Abandon(int n)
    {
        // Handles left to the finalizer: n baselines, n reports and n options, never disposed.
        for (int i = 0; i < n; i++)
        {
            var o = new Options();
            Baseline.Default().Check(Utf8("{\"kientruc\":\"project/1\",\"id\":\"x\"}"), o);
        }
    }

    // Handles left to the finalizer are released too: the library's objects are freed.
    static void Finalizers()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = Native.Released;
        Abandon(200);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long released = Native.Released - before;
        // 600 handles; a conservative collector may keep the few still referenced from a register.
        Check(released >= 500, "finalizers released " + released + " of 600 handles");
        // Dispose releases at once, and only once.
        before = Native.Released;
        var b = Baseline.Default();
        b.Dispose();
        b.Dispose();
        Check(Native.Released - before == 1, "dispose releases once");
    }
}
