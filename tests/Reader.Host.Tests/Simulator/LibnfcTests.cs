using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Text;
using Reader.Core.VirtualCards;
using Reader.Host.Platform;
using Reader.Host.Simulator;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Simulator;

/// <summary>
/// libnfc, a PN532 client nobody on this project wrote, drives the simulator over a pseudo-terminal.
/// Needs the Debian packages libnfc-bin and libnfc-pn53x-examples (.ci/run installs them); skipped with a message
/// when they are absent, failed when CI=true.
/// </summary>
[TestClass]
[DoNotParallelize]
public class LibnfcTests
{
    private static string Tool(string name)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            string path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
        }
        string message = $"{name} is not installed (apt-get install libnfc-bin libnfc-examples libnfc-pn53x-examples): libnfc check skipped";
        if (RepoPaths.InCi) Assert.Fail(message + " — but CI must have it");
        Assert.Inconclusive(message);
        return null;
    }

    private static (int Exit, string Output) RunTool(string tool, string args, string device, int timeoutMs)
    {
        var info = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["LIBNFC_DEVICE"] = $"pn532_uart:{device}:115200";
        info.Environment["LIBNFC_AUTO_SCAN"] = "false";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMs))
        {
            process.Kill(true);
            Assert.Fail($"{Path.GetFileName(tool)} did not finish within {timeoutMs} ms");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static PtySimulatorHost StartSimulator(IVirtualCard card)
    {
        string path = Path.Combine(Path.GetTempPath(), "reader-pn532-" + Guid.NewGuid().ToString("N")[..8]);
        var host = new PtySimulatorHost(path, new SystemClock());
        if (card != null) host.With(s => s.Place(card));
        host.Start();
        return host;
    }

    private static string Link(PtySimulatorHost host) => host.SlavePath;

    [TestMethod]
    public void NfcListSeesTheVirtualCardWithItsUidAtqaSakAndAts()
    {
        string nfcList = Tool("nfc-list");
        using var host = StartSimulator(new ScriptedCard(new byte[0][], new byte[0][]));
        var (exit, output) = RunTool(nfcList, "", Link(host), 20000);
        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "1 ISO14443A passive target(s) found");
        StringAssert.Contains(output, "ATQA (SENS_RES): 00  04");
        StringAssert.Contains(output, "08  a1  b2  c3");
        StringAssert.Contains(output, "SAK (SEL_RES): 20");
        StringAssert.Contains(output, "ATS: 78  80  70  02");
    }

    [TestMethod]
    public void NfcListSeesASevenByteBadge()
    {
        string nfcList = Tool("nfc-list");
        using var host = StartSimulator(new ScriptedCard(new byte[0][], new byte[0][], Hex.Parse("04AF68DAC85A80"), 0x44, 0x08, null));
        var (exit, output) = RunTool(nfcList, "", Link(host), 20000);
        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "ATQA (SENS_RES): 00  44");
        StringAssert.Contains(output, "04  af  68  da  c8  5a  80");
        StringAssert.Contains(output, "SAK (SEL_RES): 08");
    }

    [TestMethod]
    public void NfcListWithAnEmptyFieldFindsNothing()
    {
        string nfcList = Tool("nfc-list");
        using var host = StartSimulator(null);
        var (exit, output) = RunTool(nfcList, "", Link(host), 20000);
        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "NFC device: user defined device opened");
        Assert.IsFalse(output.Contains("passive target(s) found"), output);
    }

    [TestMethod]
    public void TamashellSendsSelectPpseThroughInDataExchangeIncludingAnAnswerLongerThan255Bytes()
    {
        string tamashell = Tool("pn53x-tamashell");
        var profile = Reader.Host.Cards.CardFile.Load(RepoPaths.Combine("cards", "synthetic-visa-qvsdc.json"));
        using var host = StartSimulator(profile.ToVirtualCard());
        string script = Path.GetTempFileName();
        File.WriteAllText(script, "4a 01 00\n40 01 00 a4 04 00 0e 32 50 41 59 2e 53 59 53 2e 44 44 46 30 31 00\n");
        var (exit, output) = RunTool(tamashell, script, Link(host), 20000);
        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "Rx: 01  01  00  04  20  04  08  a1  b2  c3  05  78  80  70  02");
        // The PPSE answer of the profile, status byte 00 first, 9000 last.
        StringAssert.Contains(output, "Rx: 00  6f  29  84  0e  32  50  41  59");
        StringAssert.Contains(output, "87  01  01  90  00");

        // A 260-byte answer: the simulator sends an extended frame (LEN > 255) and libnfc reassembles it.
        host.With(s => { s.Remove(); s.Place(new DriverAgainstSimulatorTests.LongAnswerCard(260)); });
        var (exit2, output2) = RunTool(tamashell, script, Link(host), 20000);
        Assert.AreEqual(0, exit2, output2);
        int start = output2.LastIndexOf("Rx: 00  00  07  0e", StringComparison.Ordinal);
        Assert.IsTrue(start >= 0, output2);
        string line = output2[start..].Split('\n')[0].Trim();
        // "Rx: 00  00  07 ..." — the first token carries the status byte.
        int bytes = line.Split("  ", StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.AreEqual(261, bytes, "status byte + 260-byte R-APDU");
        StringAssert.EndsWith(line, "90  00");
        File.Delete(script);
    }
}
