#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Ports;
using Reader.Core.Tests.Support;
using Reader.Core.VirtualCards;

namespace Reader.Core.Tests.VirtualCards
{
    /// <summary>The replay contract of the shared card corpus (cards/README.md), rule by rule.</summary>
    [TestClass]
    public class ScriptedCardTests
    {
        private const string SelectPpse = "00A404000E325041592E5359532E444446303100";

        private static ScriptedCard MakeCard()
        {
            byte[][] commands = new byte[][]
            {
                Check.Bytes(SelectPpse),
                Check.Bytes("00A4040007A000000003101000"),
                Check.Bytes("80A8000002830000"),
                Check.Bytes("80A8000002830000"),
                Check.Bytes("00B2010C00"),
            };
            byte[][] responses = new byte[][]
            {
                Check.Bytes("6F009000"),
                Check.Bytes("6F019000"),
                Check.Bytes("6700"),
                Check.Bytes("770A9000"),
                Check.Bytes("70009000"),
            };
            return new ScriptedCard(commands, responses);
        }

        private static string Answer(ScriptedCard card, string commandHex)
        {
            byte[] command = Check.Bytes(commandHex);
            byte[] response = new byte[300];
            int n = card.Respond(command, command.Length, response);
            return Reader.Core.Text.Hex.Format(response, 0, n);
        }

        [TestMethod]
        public void SelectMatchesOnNameAndIgnoresLe()
        {
            ScriptedCard card = MakeCard();
            Assert.AreEqual("6F009000", Answer(card, "00A404000E325041592E5359532E4444463031"));
            Assert.AreEqual("6F019000", Answer(card, "00A4040007A0000000031010"));
            Assert.AreEqual("6A82", Answer(card, "00A4040007A0000000041010"));
        }

        [TestMethod]
        public void OtherCommandsIgnoreTheirDataAndRepeatTheLastMatch()
        {
            ScriptedCard card = MakeCard();
            Assert.AreEqual("6700", Answer(card, "80A800000683041122334400"));
            Assert.AreEqual("770A9000", Answer(card, "80A8000002830000"));
            Assert.AreEqual("770A9000", Answer(card, "80A8000002830000"));
        }

        [TestMethod]
        public void UnmatchedCommandsGetTheContractStatusWords()
        {
            ScriptedCard card = MakeCard();
            Assert.AreEqual("6A83", Answer(card, "00B2011400"));
            Assert.AreEqual("6D00", Answer(card, "80CA9F1700"));
            Assert.AreEqual("70009000", Answer(card, "00B2010C"));
        }

        [TestMethod]
        public void ResetStartsTheRecordedOrderAgain()
        {
            ScriptedCard card = MakeCard();
            Assert.AreEqual("6700", Answer(card, "80A8000002830000"));
            card.Reset();
            Assert.AreEqual("6700", Answer(card, "80A8000002830000"));
        }

        [TestMethod]
        public void IdentifiesAsIsoDepWithRandomUid()
        {
            CardTarget target = new CardTarget();
            MakeCard().Identify(target);
            Assert.IsTrue(target.IsIsoDep);
            Assert.IsTrue(target.HasRandomUid);
            Assert.AreEqual(4, target.UidLength);
            Assert.AreEqual(5, target.AtsLength);
            Assert.AreEqual(0x0004, target.Atqa);
        }
    }
}
