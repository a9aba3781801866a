using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Reader.Host.Tests.Support;

/// <summary>Where things are, found from the test binary upwards (the folder holding Reader.sln).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    /// <summary>The shared card corpus beside the repo (../shared/cards), or null when it is absent.</summary>
    public static string SharedCards
    {
        get
        {
            string path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "cards"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>
    /// The shared corpus folder. When it is absent the calling test is skipped (inconclusive) with a message,
    /// except under CI (CI=true), where it always exists and its absence is a failure.
    /// </summary>
    public static string RequireSharedCards()
    {
        string path = SharedCards;
        if (path != null) return path;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail("../shared/cards is missing, but CI always has it");
        Assert.Inconclusive("../shared/cards is absent: corpus tests skipped");
        return null;
    }

    /// <summary>True when running under CI (CI=true): tests that would skip for a missing tool fail instead.</summary>
    public static bool InCi => Environment.GetEnvironmentVariable("CI") == "true";

    private static string FindRoot()
    {
        string dir = AppContext.BaseDirectory;
        while (dir != null)
        {
            if (File.Exists(Path.Combine(dir, "Reader.sln"))) return dir;
            dir = Path.GetDirectoryName(dir);
        }
        throw new InvalidOperationException("Reader.sln not found above " + AppContext.BaseDirectory);
    }
}
