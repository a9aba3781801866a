using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Host.Cards;
using Reader.Host.Commands;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Emv;

/// <summary>No full card number in anything the host tool prints.</summary>
[TestClass]
public class PrivacyTests
{
    [TestMethod]
    public void ReplayPrintsNoFullPanInEitherFormat()
    {
        var folders = new[] { RepoPaths.RequireSharedCards(), RepoPaths.Combine("cards") };
        var pans = CardFile.LoadAll(folders).Where(c => !string.IsNullOrEmpty(c.Expect.Pan)).Select(c => c.Expect.Pan).ToArray();
        Assert.IsTrue(pans.Length >= 20);
        foreach (string format in new[] { "--json", "--text" })
        {
            var args = format == "--json" ? folders.Append("--json").ToArray() : folders;
            var run = CommandRunner.Run(ReplayCommand.Run, args);
            foreach (string pan in pans)
            {
                Assert.IsFalse(run.Output.Contains(pan) || run.Error.Contains(pan), $"a full PAN ending {pan[^4..]} was printed ({format})");
            }
        }
    }

    [TestMethod]
    public void DemoPrintsNoFullPan()
    {
        var run = CommandRunner.Run(DemoCommand.Run, "--cards", RepoPaths.Combine("cards"));
        var pans = CardFile.LoadAll(new[] { RepoPaths.Combine("cards") }).Where(c => !string.IsNullOrEmpty(c.Expect.Pan)).Select(c => c.Expect.Pan);
        foreach (string pan in pans) Assert.IsFalse(run.Output.Contains(pan), $"a full PAN ending {pan[^4..]} was printed by demo");
    }
}
