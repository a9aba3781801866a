using System;
using System.IO;

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
