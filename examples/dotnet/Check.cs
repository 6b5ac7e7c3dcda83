// Checks a project file against the baseline the library chooses, with the province's rule packs
// given after it; prints the level and the findings. Uses the C# library Kientruc.dll
// (bindings-c/dotnet, built by `make -C bindings-c dotnet-lib` into target/c):
//   mcs -r:target/c/Kientruc.dll -out:target/c/Check.exe examples/dotnet/Check.cs
//   LD_LIBRARY_PATH=target/release mono target/c/Check.exe PROJECT.json [RULEPACK.json ...]
using System;
using System.IO;
using System.Linq;
using Kientruc;

static class Program
{
    static int Main(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: Check.exe PROJECT.json [RULEPACK.json ...]"); return 2; }
        try
        {
            using (var options = new Options())
            {
                foreach (var pack in args.Skip(1)) options.AddRulePack(File.ReadAllBytes(pack));
                using (var report = Baseline.CheckChosen(File.ReadAllBytes(args[0]), null, options))
                {
                    Console.WriteLine(report.LevelId);
                    foreach (var f in report.Findings(Lang.En))
                        Console.WriteLine($"{f.Rule}\t{f.Outcome}\t{f.Subject}\t{f.Message}");
                    return (ulong)report.Counts.Error > 0 ? 1 : 0;
                }
            }
        }
        catch (KientrucException e) { Console.Error.WriteLine($"{args[0]}: {e.Code}: {e.Message}"); return 2; }
        catch (IOException e) { Console.Error.WriteLine(e.Message); return 2; }
    }
}
