// Checks a project file against the default baseline; prints the level and the findings.
//   mcs -out:Check.exe Kientruc.cs Check.cs && LD_LIBRARY_PATH=target/release mono Check.exe PROJECT.json
using System;
using System.IO;
using Kientruc;

static class Program
{
    static int Main(string[] args)
    {
        if (args.Length != 1) { Console.Error.WriteLine("usage: Check.exe PROJECT.json"); return 2; }
        try
        {
            using (var baseline = Baseline.Default())
            using (var report = baseline.Check(File.ReadAllBytes(args[0])))
            {
                Console.WriteLine(report.LevelId);
                foreach (var f in report.Findings(Lang.En))
                    Console.WriteLine($"{f.Rule}\t{f.Outcome}\t{f.Subject}\t{f.Message}");
                return (ulong)report.Counts.Error > 0 ? 1 : 0;
            }
        }
        catch (KientrucException e) { Console.Error.WriteLine($"{args[0]}: {e.Status}: {e.Message}"); return 2; }
        catch (IOException e) { Console.Error.WriteLine(e.Message); return 2; }
    }
}
