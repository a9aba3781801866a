using System.IO;
using Reader.Core.Config;

namespace Reader.Host.Commands;

/// <summary>Loads a site configuration file for a command, printing line-numbered errors.</summary>
public static class SiteConfigFile
{
    /// <summary>The defaults when <paramref name="path"/> is null; null (errors printed) when the file is unreadable or invalid.</summary>
    public static SiteConfig Load(string path, TextWriter error)
    {
        var config = new SiteConfig();
        if (path == null) return config;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            error.WriteLine($"{path}: {e.Message}");
            return null;
        }
        var errors = new ConfigErrors();
        if (SiteConfigParser.Parse(text, config, errors)) return config;
        for (int i = 0; i < errors.Count; i++) error.WriteLine($"{path}: {errors.Describe(i)}");
        return null;
    }
}
