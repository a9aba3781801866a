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
    public void DemoOverEveryCardPrintsNoFullPan()
    {
        foreach (string folder in new[] { RepoPaths.Combine("cards"), RepoPaths.RequireSharedCards() })
        {
            var run = CommandRunner.Run(DemoCommand.Run, "--cards", folder, "--all");
            Assert.AreEqual(0, run.ExitCode, run.Error);
            var cards = CardFile.LoadAll(new[] { folder });
            StringAssert.Contains(run.Output, $"taps {cards.Count},");
            foreach (string pan in cards.Where(c => !string.IsNullOrEmpty(c.Expect.Pan)).Select(c => c.Expect.Pan))
                Assert.IsFalse(run.Output.Contains(pan) || run.Error.Contains(pan), $"a full PAN ending {pan[^4..]} was printed by demo");
        }
    }
}
