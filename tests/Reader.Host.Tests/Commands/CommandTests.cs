using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Host.Commands;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Commands;

[TestClass]
public class CommandTests
{
    [TestMethod]
    public void WiegandPrintsTheReferenceFrameAndWritesAnSvg()
    {
        string svg = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName() + ".svg");
        try
        {
            var run = CommandRunner.Run(WiegandCommand.Run, "9999999999", "--format", "W42", "--svg", svg);
            Assert.AreEqual(0, run.ExitCode, run.Error);
            StringAssert.Contains(run.Output, "binary  000000010010101000000101111100011111111111");
            StringAssert.Contains(run.Output, "hex     4A817C7FF");
            string text = File.ReadAllText(svg);
            StringAssert.StartsWith(text, "<svg");
            StringAssert.Contains(text, ">D0<");
            StringAssert.Contains(text, ">D1<");
        }
        finally
        {
            File.Delete(svg);
        }
    }

    [TestMethod]
    public void WiegandAcceptsFacilityAndCardNumberAndRefusesWhatDoesNotFit()
    {
        var run = CommandRunner.Run(WiegandCommand.Run, "123:45678", "--format", "H10301");
        Assert.AreEqual(0, run.ExitCode);
        StringAssert.Contains(run.Output, "hex     2F764DD");
        var tooBig = CommandRunner.Run(WiegandCommand.Run, "9999999999", "--format", "W34");
        Assert.AreEqual(1, tooBig.ExitCode);
        StringAssert.Contains(tooBig.Error, "9 decimal digits always fit");
    }

    [TestMethod]
    public void TheShippedConfigurationIsValidAndSecretsAreNotPrinted()
    {
        var run = CommandRunner.Run(ConfigCommand.Run, "check", RepoPaths.Combine("config", "reader.conf"));
        Assert.AreEqual(0, run.ExitCode, run.Output);
        StringAssert.Contains(run.Output, "W42, 42 bits");

        string file = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
        File.WriteAllText(file, "id.mode = hmac\nid.hmac_key = 00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF\nwifi.ssid = door\nwifi.password = hunter2hunter2\n");
        try
        {
            var secret = CommandRunner.Run(ConfigCommand.Run, "check", file);
            Assert.AreEqual(0, secret.ExitCode, secret.Output);
            StringAssert.Contains(secret.Output, "key set (32 bytes)");
            Assert.IsFalse(secret.Output.Contains("00112233"));
            Assert.IsFalse(secret.Output.Contains("hunter2"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void ABadConfigurationFailsWithLineNumbers()
    {
        string file = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
        File.WriteAllText(file, "wiegand.format = W34\nbogus = 1\n");
        try
        {
            var run = CommandRunner.Run(ConfigCommand.Run, "check", file);
            Assert.AreEqual(1, run.ExitCode);
            StringAssert.Contains(run.Output, "line 2: bogus: unknown key");
            StringAssert.Contains(run.Output, "use W42 or longer, or last 9 digits");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void DemoTapsTheTrayAndShowsEveryOutcome()
    {
        var run = CommandRunner.Run(DemoCommand.Run, "--cards", RepoPaths.Combine("cards"));
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Output, "GRANTED");
        StringAssert.Contains(run.Output, "DENIED");
        StringAssert.Contains(run.Output, "held off");
        StringAssert.Contains(run.Output, "reason wallet-not-authorised");
        StringAssert.Contains(run.Output, "feedback  wallet-not-authorised");
        StringAssert.Contains(run.Output, "reason luhn-fail");
        StringAssert.Contains(run.Output, "(from uid)");
        StringAssert.Contains(run.Output, "taps 9, IDs sent 5, held off 1, no ID 3");
    }
}
