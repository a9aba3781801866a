using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Project;

/// <summary>
/// nanoFramework packages must come as one consistent set (a library built against CoreLibrary 1.17.11 will not load
/// with another mscorlib), and .nfproj files name versions twice: in packages.config and in every HintPath.
/// firmware/nanoframework-packages.txt is the one list; these tests hold every project to it.
/// </summary>
[TestClass]
public class PackageVersionTests
{
    private static readonly string ListFile = RepoPaths.Combine("firmware", "nanoframework-packages.txt");

    /// <summary>id → version from the list (comments and blank lines skipped).</summary>
    public static Dictionary<string, string> Pinned()
    {
        var pinned = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in File.ReadAllLines(ListFile))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.AreEqual(2, parts.Length, "bad line in nanoframework-packages.txt: " + line);
            Assert.IsTrue(pinned.TryAdd(parts[0], parts[1]), "listed twice: " + parts[0]);
        }
        return pinned;
    }

    [TestMethod]
    public void ListPinsTheCoreLibraryTheNanoCheckBuildUses()
    {
        Dictionary<string, string> pinned = Pinned();
        Assert.AreEqual("1.17.11", pinned["nanoFramework.CoreLibrary"]);
        string nanoCheck = File.ReadAllText(RepoPaths.Combine("build", "NanoCheck", "Reader.Core.NanoCheck.csproj"));
        StringAssert.Contains(nanoCheck, "nanoframework.corelibrary/" + pinned["nanoFramework.CoreLibrary"] + "/");
    }

    [TestMethod]
    public void EveryPackagesConfigMatchesTheList()
    {
        Dictionary<string, string> pinned = Pinned();
        string[] configs = RepoFiles("packages.config");
        Assert.IsTrue(configs.Length >= 3, "expected the core, the test and the ESP32 packages.config, found " + configs.Length);

        var problems = new List<string>();
        foreach (string config in configs)
        {
            foreach (XElement package in XDocument.Load(config).Descendants("package"))
            {
                string id = (string)package.Attribute("id");
                string version = (string)package.Attribute("version");
                string where = Rel(config) + ": " + id + " " + version;
                if (!pinned.TryGetValue(id, out string expected)) problems.Add(where + " is not in the list");
                else if (version != expected) problems.Add(where + " but the list says " + expected);
                if ((string)package.Attribute("targetFramework") != "netnano1.0") problems.Add(where + " targetFramework is not netnano1.0");
            }
        }
        Assert.AreEqual("", string.Join("; ", problems));
    }

    [TestMethod]
    public void EveryNfprojHintPathMatchesTheListAndItsPackagesConfig()
    {
        Dictionary<string, string> pinned = Pinned();
        string[] projects = RepoFiles("*.nfproj");
        Assert.IsTrue(projects.Length >= 3, "expected Reader.Core, NFUnitTest and Reader.Esp32 .nfproj, found " + projects.Length);

        var problems = new List<string>();
        foreach (string project in projects)
        {
            string config = Path.Combine(Path.GetDirectoryName(project), "packages.config");
            if (!File.Exists(config)) { problems.Add(Rel(project) + " has no packages.config beside it"); continue; }
            HashSet<string> restored = XDocument.Load(config).Descendants("package")
                .Select(p => (string)p.Attribute("id") + "." + (string)p.Attribute("version"))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);

            string[] hints = XDocument.Load(project).Descendants().Where(e => e.Name.LocalName == "HintPath")
                .Select(e => e.Value.Replace('/', '\\')).ToArray();
            Assert.IsTrue(hints.Length > 0, Rel(project) + " has no HintPath");
            foreach (string hint in hints)
            {
                Match m = Regex.Match(hint, @"(?:^|\\)packages\\([^\\]+)\\");
                if (!m.Success) { problems.Add(Rel(project) + ": HintPath outside packages\\: " + hint); continue; }
                string folder = m.Groups[1].Value;
                // The folder is <id>.<version>; ids contain dots too, so take the longest listed id it starts with.
                string id = pinned.Keys.Where(k => folder.StartsWith(k + ".", StringComparison.OrdinalIgnoreCase))
                    .OrderByDescending(k => k.Length).FirstOrDefault();
                if (id == null) { problems.Add(Rel(project) + ": " + folder + " is not a listed package"); continue; }
                string version = folder.Substring(id.Length + 1);
                if (version != pinned[id]) problems.Add(Rel(project) + ": " + folder + " but the list says " + pinned[id]);
                if (!restored.Contains(folder)) problems.Add(Rel(project) + ": " + folder + " is not in its packages.config");
            }
        }
        Assert.AreEqual("", string.Join("; ", problems));
    }

    /// <summary>Matching files below the repo root, skipping bin/, obj/, packages/ and dot-folders.</summary>
    private static string[] RepoFiles(string pattern)
    {
        return Directory.GetFiles(RepoPaths.Root, pattern, SearchOption.AllDirectories)
            .Where(f => !Rel(f).Split('/').Any(s => s == "bin" || s == "obj" || s == "packages" || s.StartsWith('.')))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }

    private static string Rel(string path) => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/');
}
