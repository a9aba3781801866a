using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Ports;
using Reader.Host.Cards;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Cards;

[TestClass]
public class CardFileTests
{
    [TestMethod]
    public void LoadsEveryCorpusFileIntoAVirtualCard()
    {
        string corpus = RepoPaths.RequireSharedCards();
        var cards = CardFile.LoadAll(new[] { corpus });
        Assert.IsTrue(cards.Count >= 29, $"expected the whole corpus, got {cards.Count} files");
        foreach (CardFile card in cards)
        {
            Assert.IsTrue(card.Exchanges.Count > 0, card.Name);
            var virtualCard = card.ToVirtualCard();
            Assert.AreEqual(card.Exchanges.Count, virtualCard.Count, card.Name);
        }
    }

    [TestMethod]
    public void ProfileIdentityReachesThePoll()
    {
        string dir = Path.Combine(Path.GetTempPath(), "cardfile-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        string file = Path.Combine(dir, "uid.json");
        File.WriteAllText(file, """
            { "name": "badge", "identity": { "uid": "04AF68DAC85A80", "atqa": 68, "sak": 0, "ats": "" },
              "exchanges": [], "expect": { "outcome": "id", "id": "1316541240961664" } }
            """);
        try
        {
            CardFile card = CardFile.Load(file);
            var target = new CardTarget();
            card.ToVirtualCard().Identify(target);
            Assert.AreEqual(7, target.UidLength);
            Assert.AreEqual(0x44, target.Atqa);
            Assert.IsFalse(target.IsIsoDep);
            Assert.AreEqual(0, target.AtsLength);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void RejectsBadHexWithTheFileName()
    {
        string file = Path.Combine(Path.GetTempPath(), "bad-" + Path.GetRandomFileName() + ".json");
        File.WriteAllText(file, """{ "name": "bad", "exchanges": [ { "c": "00A4ZZ", "r": "9000" } ], "expect": { "outcome": "id" } }""");
        try
        {
            var e = Assert.ThrowsExactly<InvalidDataException>(() => CardFile.Load(file));
            StringAssert.Contains(e.Message, file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
