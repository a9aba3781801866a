using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Project;

/// <summary>
/// A .nfproj lists its sources one by one (no globbing) while the host .csproj globs them, so a file added on one
/// side only would build on the PC and break the device build. These tests keep the two in step.
/// </summary>
[TestClass]
public class NfprojSyncTests
{
    [TestMethod]
    [DataRow("firmware/Reader.Core", "Reader.Core.nfproj")]
    [DataRow("tests/Reader.Core.Tests", "NFUnitTest.nfproj")]
    [DataRow("firmware/Reader.Esp32", "Reader.Esp32.nfproj")]
    public void NfprojListsExactlyTheSourceFiles(string folder, string nfproj)
    {
        string dir = RepoPaths.Combine(folder.Split('/'));
        string[] onDisk = SourceFiles(dir);
        string[] listed = CompileItems(Path.Combine(dir, nfproj));

        string[] missingFromNfproj = onDisk.Except(listed, StringComparer.Ordinal).ToArray();
        string[] missingOnDisk = listed.Except(onDisk, StringComparer.Ordinal).ToArray();
        Assert.AreEqual("", string.Join(", ", missingFromNfproj), $"source files not listed in {nfproj}");
        Assert.AreEqual("", string.Join(", ", missingOnDisk), $"{nfproj} lists files that do not exist");
        Assert.IsTrue(onDisk.Length > 0, "no sources found in " + dir);
    }

    /// <summary>Every .cs file below the folder, bin/ and obj/ excluded, as forward-slash relative paths.</summary>
    public static string[] SourceFiles(string dir)
    {
        return Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The Compile Include paths of an MSBuild project, as forward-slash relative paths.</summary>
    public static string[] CompileItems(string project)
    {
        XDocument doc = XDocument.Load(project);
        return doc.Descendants().Where(e => e.Name.LocalName == "Compile")
            .Select(e => (string)e.Attribute("Include"))
            .Select(p => p.Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }
}
