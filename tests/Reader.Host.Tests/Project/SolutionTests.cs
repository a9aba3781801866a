using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Project;

/// <summary>Reader.sln lists every project; Reader.Host.slnf lists exactly the ones the dotnet CLI can build.</summary>
[TestClass]
public class SolutionTests
{
    private static string[] ProjectsOnDisk(string pattern) =>
        new[] { "firmware", "tests", "build" }
            .SelectMany(d => Directory.GetFiles(RepoPaths.Combine(d), pattern, SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(p => Path.GetRelativePath(RepoPaths.Root, p).Replace('/', '\\'))
            .OrderBy(p => p, StringComparer.Ordinal).ToArray();

    [TestMethod]
    public void TheSolutionListsEveryProject()
    {
        string sln = File.ReadAllText(RepoPaths.Combine("Reader.sln"));
        foreach (string project in ProjectsOnDisk("*.csproj").Concat(ProjectsOnDisk("*.nfproj")))
        {
            StringAssert.Contains(sln, $"\"{project}\"", $"{project} is missing from Reader.sln");
        }
    }

    [TestMethod]
    public void TheFilterHoldsTheHostProjectsOnly()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("Reader.Host.slnf")));
        var listed = doc.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.IsFalse(listed.Any(p => p.EndsWith(".nfproj", StringComparison.Ordinal)), "the dotnet CLI cannot build .nfproj");
        foreach (string p in listed) Assert.IsTrue(File.Exists(RepoPaths.Combine(p.Split('\\'))), $"{p} listed in the filter does not exist");
        foreach (string test in ProjectsOnDisk("*.Tests.csproj")) CollectionAssert.Contains(listed, test, $"test project {test} is not run by the README's test command");
        CollectionAssert.Contains(listed, "build\\NanoCheck\\Reader.Core.NanoCheck.csproj");
    }
}
