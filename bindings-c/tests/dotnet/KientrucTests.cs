// The same scenarios under Mono through P/Invoke: the example projects' levels and rule ids
// (from the TSV the Makefile derives from examples/projects/expected.json), errors as exceptions,
// and many handles freed by their SafeHandles.
using System;
using System.IO;
using System.Linq;
using System.Text;
using Kientruc;

static class KientrucTests
{
    static int passed, failed;

    static void Check(bool cond, string what)
    {
        if (cond) passed++;
        else { failed++; Console.Error.WriteLine("FAILED: " + what); }
    }

    static Status Throws(Action a)
    {
        try { a(); } catch (KientrucException e) { return e.Status; }
        return Status.Ok;
    }

    static int Main(string[] args)
    {
        string tsv = args[0], root = args[1];
        Check(!string.IsNullOrEmpty(Baseline.Version), "version");
        using (var b = Baseline.Default())
        {
            int examples = 0;
            foreach (var line in File.ReadAllLines(tsv))
            {
                var p = line.Split('\t');
                Check(p.Length == 7, p[0] + " has extras, waived and baseline columns");
                var project = File.ReadAllBytes(Path.Combine(root, "examples", "projects", p[0]));
                // The entry's baseline: a built-in name, or "-" for the one the library chooses.
                Report chosen = null;
                if (p[6] == "-")
                {
                    chosen = Baseline.CheckChosen(project);
                    Check((chosen.BaselineChoice(Lang.En) ?? "").StartsWith("Baseline chosen"), p[0] + " baseline choice " + chosen.BaselineChoice(Lang.En));
                }
                else
                    using (var nb = Baseline.Builtin(p[6])) chosen = nb.Check(project);
                using (var r = chosen)
                {
                    var o = r.Outcomes();
                    Func<Outcome, string> Ids = x => string.Join(",", o.Where(kv => kv.Value == x).Select(kv => kv.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray());
                    Func<string, string> Want = s => s == "-" ? "" : s;
                    Check(r.LevelId == p[1], p[0] + " level " + r.LevelId);
                    Check(Ids(Outcome.Fail) == Want(p[2]), p[0] + " fail " + Ids(Outcome.Fail));
                    Check(Ids(Outcome.Review) == Want(p[3]), p[0] + " review " + Ids(Outcome.Review));
                    Check((ulong)r.Counts.Extras == ulong.Parse(p[4]), p[0] + " extras " + r.Counts.Extras);
                    Check((ulong)r.Counts.Waived == ulong.Parse(p[5]), p[0] + " waived " + r.Counts.Waived);
                }
                examples++;
            }
            Check(examples >= 8, "examples");
            var subsite = File.ReadAllBytes(Path.Combine(root, "examples", "projects", "phuoc-giang-portal-subsite-2026.json"));
            using (var r = Baseline.CheckChosen(subsite, "quang-ngai-2.0"))
                Check(r.BaselineChoice(Lang.En).StartsWith("Baseline as named"), "named baseline choice");
            using (var r = b.Check(subsite))
                Check(r.BaselineChoice() == null, "no choice when the caller gives the baseline");
            Check(Throws(() => Baseline.CheckChosen(subsite, "no-such-baseline")) == Status.UnknownBaseline, "unknown baseline name");

            var land = File.ReadAllBytes(Path.Combine(root, "examples", "projects", "point-to-point-land.json"));
            using (var r = b.Check(land))
            {
                Check(r.Level == Level.NonConformant, "level enum");
                var f = r.Findings(Lang.En);
                Check(f.Count == 2 && f[0].Rule == "CONF-05" && f[0].Suggestion.Contains("provincial:lgsp"), "findings");
                Check(r.Findings(Lang.Vi)[0].Message.Contains("trực tiếp"), "Vietnamese message");
                Check((ulong)r.Counts.Error == 2, "counts");
                Check(r.Render(Format.Html, Lang.En).StartsWith("<!DOCTYPE html>"), "html");
                Check(r.Render(Format.Sarif).Contains("\"2.1.0\""), "sarif");
            }
            // In 2026 the district no longer exists (CONF-13) and ND 331/2026 applies.
            using (var r = b.Check(land, "2026-09-01"))
            {
                Check(r.Render(Format.Json).Contains("nd331-2026"), "as of 2026");
                Check(r.Outcomes()["CONF-13"] == Outcome.Fail, "Bình Sơn district is gone in 2026");
            }

            // The appraiser's acceptance (tests/faces/), as in every other face.
            var rented = File.ReadAllBytes(Path.Combine(root, "examples", "projects", "hanh-minh-website-rented-hosting.json"));
            var accept = File.ReadAllBytes(Path.Combine(root, "tests", "faces", "accept-rented-hosting.json"));
            using (var r = b.Check(rented))
            {
                var f = r.Findings().Single(x => x.Rule == "CONF-11");
                Check(f.Outcome == "review" && f.Waiver != null && f.Waiver.Outcome == "fail" && f.Waiver.AcceptedBy == null, "justified, not accepted");
                Check(f.Waiver != null && f.Waiver.Reason.StartsWith("Thuê máy chủ"), "justification's reason");
                Check(r.Findings().Single(x => x.Rule == "CONF-13").Waiver == null, "no justification");
                Check((ulong)r.Counts.Accepted == 0 && (ulong)r.Counts.Waived == 1, "counts before acceptance");
            }
            using (var r = b.Check(rented, new[] { accept }))
            {
                Check(r.Level == Level.Compliant, "accepted: still compliant, level " + r.LevelId);
                Check((ulong)r.Counts.Accepted == 1, "counts.accepted " + r.Counts.Accepted);
                var o = r.Outcomes();
                Check(o["CONF-11"] == Outcome.Accepted && o["CONF-13"] == Outcome.Review, "outcomes with acceptance");
                var f = r.Findings().Single(x => x.Rule == "CONF-11");
                Check(f.Outcome == "accepted" && f.Waiver.AcceptedBy == "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi" && f.Waiver.AcceptedDate == "2024-04-01", "acceptance recorded");
            }
            Check(Throws(() => b.Check(rented, new[] { accept, Encoding.UTF8.GetBytes("{\"kientruc\": \"acceptance/1\",,}") })) == Status.Parse, "acceptance parse error");
            Check(Throws(() => b.Check(rented, new[] { Encoding.UTF8.GetBytes("{\"kientruc\": \"project/1\", \"id\": \"x\"}") })) == Status.Schema, "not an acceptance");
            using (var r = b.Check(File.ReadAllBytes(Path.Combine(root, "tests", "faces", "waive-everything.json")), new byte[0][]))
                Check(r.Level == Level.NonConformant && r.Outcomes()["CONF-07"] == Outcome.Fail, "waiving everything is still non-conformant: " + r.LevelId);
            using (var r = b.Check(File.ReadAllBytes(Path.Combine(root, "examples", "projects", "hanh-minh-website-bad-waiver.json"))))
                Check(r.Level == Level.NotAssessed && r.LevelId == "not-assessed", "not-assessed: " + r.LevelId);

            Check(Throws(() => b.Check(Encoding.UTF8.GetBytes("{\"kientruc\": \"project/1\",,}"))) == Status.Parse, "parse error");
            Check(Throws(() => b.Check(new byte[] { 0x7b, 0xff, 0x7d })) == Status.Encoding, "encoding error");
            Check(Throws(() => b.Check(Encoding.UTF8.GetBytes("{\"kientruc\":\"project/1\",\"id\":7}"))) == Status.Schema, "schema error");
            Check(Throws(() => b.Check(Encoding.UTF8.GetBytes("{}"), "2024-02-30")) == Status.InvalidArgument, "bad date");
            try { b.Check(Encoding.UTF8.GetBytes("{\"kientruc\":\"project/1\",\"id\":7}")); }
            catch (KientrucException e) { Check(e.Message.Contains("$.id"), "message has the JSON path: " + e.Message); }
        }
        Check(Throws(() => Baseline.Builtin("ha-noi-9.9")) == Status.UnknownBaseline, "unknown baseline");
        using (var own = Baseline.FromJson(File.ReadAllBytes(Path.Combine(root, "core", "data", "baselines", "quang-ngai-2.0.json"))))
            Check(own.Check(File.ReadAllBytes(Path.Combine(root, "examples", "projects", "lgsp-extension.json"))).LevelId == "fully-conformant", "baseline from JSON");

        // The bad-input corpus: the same code as every other face.
        int bad = 0;
        using (var b = Baseline.Default())
        {
            var dir = Path.Combine(root, "tests", "bad-inputs");
            foreach (var line in File.ReadAllLines(Path.Combine(dir, "expected.tsv")))
            {
                if (line.Length == 0 || line.StartsWith("#")) continue;
                var c = line.Split('\t');
                var data = File.ReadAllBytes(Path.Combine(dir, c[0]));
                string got;
                try
                {
                    using (var r = c[1] == "model" ? Baseline.ValidateModel(data) : b.Check(data))
                    {
                        var rule = c[2].StartsWith("finding:") ? c[2].Substring(8) : null;
                        got = rule == null ? "ok" : r.Findings(Lang.En).Any(f => f.Rule == rule) ? c[2] : "finding missing";
                    }
                }
                catch (KientrucException e)
                {
                    got = "error:" + new[] { "ok", "parse", "encoding", "schema", "limit", "unknown-baseline", "io" }
                        .ElementAtOrDefault((int)e.Status) ?? e.Status.ToString();
                }
                Check(got == c[2], c[0] + ": expected " + c[2] + ", got " + got);
                bad++;
            }
        }
        Check(bad >= 40, "bad-input corpus size");

        // Handles left to the finalizer are released too.
        for (int i = 0; i < 200; i++) Baseline.Default().Check(Encoding.UTF8.GetBytes("{\"kientruc\":\"project/1\",\"id\":\"x\"}"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Check(true, "finalizers ran");

        Console.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
