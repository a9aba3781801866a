using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Host.Cards;
using Reader.Host.Commands;
using Reader.Host.Platform;
using Reader.Host.Simulator;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Simulator;

/// <summary>The real serial path: <c>reader run</c> on System.IO.Ports drives the simulator behind a pseudo-terminal in real time.</summary>
[TestClass]
[DoNotParallelize]
public class SerialPathTests
{
    [TestMethod]
    public void RunReadsACardThroughSystemIoPortsOnAPty()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("pseudo-terminals are tested on Linux");
            return;
        }
        string path = Path.Combine(Path.GetTempPath(), "reader-run-" + Guid.NewGuid().ToString("N")[..8]);
        using var host = new PtySimulatorHost(path, new SystemClock());
        var card = CardFile.Load(RepoPaths.Combine("cards", "synthetic-visa-qvsdc.json"));
        host.With(s => s.Place(card.ToVirtualCard()));
        host.Start();
        var run = CommandRunner.Run(RunCommand.Run, "--port", path, "--seconds", "3");
        Assert.AreEqual(0, run.ExitCode, run.Output + run.Error);
        StringAssert.Contains(run.Output, "PN532 IC 32 v1.6");
        StringAssert.Contains(run.Output, "pan=476173******1298");
        StringAssert.Contains(run.Output, "controller: 42-bit frame, id 9818961298");
        Assert.IsFalse(run.Output.Contains(card.Expect.Pan), "full PAN printed");
    }

    [TestMethod]
    public void RunSaysClearlyWhenNoPn532Answers()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("pseudo-terminals are tested on Linux");
            return;
        }
        string path = Path.Combine(Path.GetTempPath(), "reader-mute-" + Guid.NewGuid().ToString("N")[..8]);
        using var host = new PtySimulatorHost(path, new SystemClock());
        host.With(s => s.Faults.MuteAnswers = 1000);
        host.Start();
        var run = CommandRunner.Run(RunCommand.Run, "--port", path, "--seconds", "1");
        Assert.AreEqual(ExitCodes.InputError, run.ExitCode);
        StringAssert.Contains(run.Error, "no PN532 answers");
    }
}
