using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Host.Cards;
using Reader.Host.Commands;
using Reader.Host.Emv;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Emv;

/// <summary>The EMV engine over every recorded card of the shared corpus and every profile of the project.</summary>
[TestClass]
public class ReplayTests
{
    [TestMethod]
    public void EveryCorpusCardMatchesItsExpectation()
    {
        var cards = CardFile.LoadAll(new[] { RepoPaths.RequireSharedCards() });
        var failures = cards.Select(c => CardReplay.Run(c)).Where(r => !r.Pass)
            .Select(r => $"{r.Card.Name}: got {r.Outcome}/{r.Reason}, expected {r.Card.Expect.Outcome}").ToArray();
        Assert.AreEqual("", string.Join("; ", failures));
        Assert.IsTrue(cards.Count >= 29);
    }

    [TestMethod]
    public void EveryProjectProfileMatchesItsExpectation()
    {
        var cards = CardFile.LoadAll(new[] { RepoPaths.Combine("cards") });
        var failures = cards.Select(c => CardReplay.Run(c)).Where(r => !r.Pass)
            .Select(r => $"{r.Card.Name}: got {r.Outcome}/{r.Reason}, expected {r.Card.Expect.Outcome}").ToArray();
        Assert.AreEqual("", string.Join("; ", failures));
        Assert.IsTrue(cards.Count >= 20);
    }

    [TestMethod]
    public void ProfilesCoverEverySchemeAndThePhoneCases()
    {
        var cards = CardFile.LoadAll(new[] { RepoPaths.Combine("cards") });
        string[] schemes = cards.Select(c => CardReplay.Run(c)).Where(r => r.Outcome == "id")
            .Select(r => Reader.Core.Emv.CardSchemeText.Name(r.Result.Scheme)).Distinct().ToArray();
        foreach (string scheme in new[] { "Visa", "Mastercard", "Maestro", "Mir", "UnionPay", "American Express", "JCB", "Discover", "Interac", "girocard", "CB" })
            CollectionAssert.Contains(schemes, scheme);
        var replays = cards.Select(c => CardReplay.Run(c)).ToArray();
        Assert.IsTrue(replays.Any(r => r.Result.IsPhoneToken && r.Outcome == "id"), "a phone token read");
        Assert.IsTrue(replays.Any(r => r.Reason == "wallet-not-authorised"), "a phone answering 6986");
        Assert.IsTrue(replays.Any(r => r.Reason == "luhn-fail"), "a Luhn-failing card");
        Assert.IsTrue(replays.Any(r => r.Reason == "malformed-data"), "a malformed card");
    }

    [TestMethod]
    public void HappyPathCardsTakeTheMinimalNumberOfApdus()
    {
        // PPSE + SELECT + GPO (+ READ RECORDs up to the first with the PAN), checked against each card's own data.
        var expected = new (string Card, int Apdus)[]
        {
            ("synthetic-visa-qvsdc", 3), ("synthetic-mastercard-mchip", 4), ("synthetic-girocard-19-digits", 7),
            ("synthetic-phone-visa-token", 3), ("synthetic-cb-visa-cobadged", 3),
        };
        foreach (var (name, apdus) in expected)
        {
            var card = CardFile.Load(RepoPaths.Combine("cards", name + ".json"));
            Assert.AreEqual(apdus, CardReplay.Run(card).Result.ApduCount, name);
        }
    }

    [TestMethod]
    public void JsonOutputHasOneObjectPerCardAndTheSummaryLine()
    {
        var run = CommandRunner.Run(ReplayCommand.Run, RepoPaths.Combine("cards"), "--json");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        string[] lines = run.Output.TrimEnd().Split('\n');
        string summary = lines[^1];
        Assert.AreEqual($"{lines.Length - 1} passed, 0 failed", summary);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        foreach (string field in new[] { "file", "outcome", "reason", "scheme", "aid", "pan_masked", "id", "apdus" })
            Assert.IsTrue(first.RootElement.TryGetProperty(field, out _), field);
        var visa = lines.Select(l => l.Trim()).First(l => l.Contains("synthetic-visa-qvsdc"));
        using JsonDocument doc = JsonDocument.Parse(visa);
        Assert.AreEqual("id", doc.RootElement.GetProperty("outcome").GetString());
        Assert.AreEqual("A0000000031010", doc.RootElement.GetProperty("aid").GetString());
        Assert.AreEqual(10, doc.RootElement.GetProperty("id").GetString().Length);
        var wiegand = doc.RootElement.GetProperty("wiegand");
        Assert.AreEqual("W42", wiegand.GetProperty("format").GetString());
        string bits = wiegand.GetProperty("bits").GetString();
        Assert.AreEqual(42, bits.Length);
        var frame = bits.Select(c => (byte)(c - '0')).ToArray();
        Assert.AreEqual(Reader.Core.Wiegand.WiegandDecodeStatus.Ok, Reader.Core.Wiegand.WiegandCodec.TryDecode(Reader.Core.Wiegand.WiegandFormat.W42, frame, 42, out ulong payload));
        Assert.AreEqual(ulong.Parse(doc.RootElement.GetProperty("id").GetString()), payload);
        StringAssert.Matches(doc.RootElement.GetProperty("pan_masked").GetString(), new System.Text.RegularExpressions.Regex(@"^476173\*{6}\d{4}$"));
    }

    [TestMethod]
    public void AFailingCardMakesTheCommandFail()
    {
        string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "replay-" + System.IO.Path.GetRandomFileName());
        System.IO.Directory.CreateDirectory(dir);
        try
        {
            string text = System.IO.File.ReadAllText(RepoPaths.Combine("cards", "synthetic-visa-qvsdc.json"))
                .Replace("\"outcome\": \"id\"", "\"outcome\": \"no-id\"");
            System.IO.File.WriteAllText(System.IO.Path.Combine(dir, "wrong.json"), text);
            var run = CommandRunner.Run(ReplayCommand.Run, dir);
            Assert.AreEqual(1, run.ExitCode);
            StringAssert.EndsWith(run.Output.TrimEnd(), "0 passed, 1 failed");
            StringAssert.StartsWith(run.Output, "FAIL");
        }
        finally
        {
            System.IO.Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void TlvCommandNamesTagsAndMasksPans()
    {
        var run = CommandRunner.Run(TlvCommand.Run, "70175A0847613400000000505F24032812319F6E0420700000");
        Assert.AreEqual(0, run.ExitCode);
        StringAssert.Contains(run.Output, "5A Application PAN (8 bytes): 476134******0050");
        StringAssert.Contains(run.Output, "  5F24 Application Expiration Date (3 bytes): 281231");
        Assert.IsFalse(run.Output.Contains("4761340000000050"));
        var bad = CommandRunner.Run(TlvCommand.Run, "70105A08");
        Assert.AreEqual(1, bad.ExitCode);
        StringAssert.Contains(bad.Output, "error at byte 0: truncated");
    }

    [TestMethod]
    public void ASiteConfigurationChangesTheIdAndFrame()
    {
        string file = System.IO.Path.GetTempFileName();
        System.IO.File.WriteAllText(file, "wiegand.format = W58\nid.mode = hmac\nid.hmac_key = 6578616D706C652D736974652D6B6579\n");
        try
        {
            var run = CommandRunner.Run(ReplayCommand.Run, RepoPaths.Combine("cards", "synthetic-visa-qvsdc.json"), "--json", "--config", file);
            Assert.AreEqual(0, run.ExitCode, run.Error);
            using JsonDocument doc = JsonDocument.Parse(run.Output.Split('\n')[0]);
            Assert.AreEqual(58, doc.RootElement.GetProperty("wiegand").GetProperty("bits").GetString().Length);
            Assert.AreNotEqual("9818961298", doc.RootElement.GetProperty("id").GetString());
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }
}
