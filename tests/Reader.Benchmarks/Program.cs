using System;
using System.IO;
using BenchmarkDotNet.Running;

namespace Reader.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Reader.Benchmarks -- table [CARD DIRS...]</c>: APDUs, APDU bytes and PN532 link
/// cost per read for every card, the EMV engine against the naive prototype strategy.
/// <c>dotnet run -c Release --project tests/Reader.Benchmarks -- bench [BenchmarkDotNet options]</c>: allocations per read
/// and per empty poll.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "table")
        {
            string[] dirs = args.Length > 1 ? args[1..] : new[] { Paths.Cards, Paths.SharedCards };
            CostTable.Print(dirs, Console.Out);
            return 0;
        }
        if (args.Length > 0 && args[0] == "bench")
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
            return 0;
        }
        Console.Error.WriteLine("usage: Reader.Benchmarks table [DIR...] | bench [BenchmarkDotNet options, e.g. --filter * --job short]");
        return 2;
    }
}

public static class Paths
{
    public static string Root
    {
        get
        {
            for (string dir = AppContext.BaseDirectory; dir != null; dir = Path.GetDirectoryName(dir))
                if (File.Exists(Path.Combine(dir, "Reader.sln"))) return dir;
            return Directory.GetCurrentDirectory();
        }
    }

    public static string Cards => Path.Combine(Root, "cards");
    public static string SharedCards => Path.GetFullPath(Path.Combine(Root, "..", "shared", "cards"));
}
