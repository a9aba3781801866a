#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Emv;
using Reader.Core.Ports;
using Reader.Core.Tests.Support;
using Reader.Core.VirtualCards;

namespace Reader.Core.Tests.Emv
{
    /// <summary>The read algorithm against scripted cards: minimal paths, status words, fallbacks, bad cards.</summary>
    [TestClass]
    public class EmvReaderTests
    {
        private const string Visa = "A0000000031010";
        private const string Mastercard = "A0000000041010";
        private const string VisaPdol = "9F66049F02069F03069F1A0295055F2A029A039C019F3704";
        // Visa test PAN of the binaryfoo trace, as track 2 and as 5A.
        private const string Track2 = "57134761340000000050D17122011252345100000F";
        private const string Pan5A = "5A084761340000000050";
        private const string SelectVisa = "00A4040007A000000003101000";
        private const string Gpo = "80A8000002830000";

        private static ReadResult Read(CardScript card)
        {
            return Read(card, -1);
        }

        private static ReadResult Read(CardScript card, int removeAfter)
        {
            VirtualCardLink link = new VirtualCardLink();
            link.Place(card);
            if (removeAfter >= 0) link.RemoveAfter(removeAfter);
            CardTarget target = new CardTarget();
            Assert.AreEqual((int)LinkStatus.Ok, (int)link.Poll(target));
            EmvReader reader = new EmvReader(link, new TerminalConfig(), new FixedClock(), new CountingRandom());
            ReadResult result = new ReadResult();
            reader.Read(result);
            return result;
        }

        [TestMethod]
        public void VisaWithTrack2InTheGpoAnswerTakesThreeApdus()
        {
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, VisaPdol),
                Gpo, CardScript.Tlv("77", "82022000" + Track2) + "9000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.Pan, (int)result.Outcome);
            Check.Pan("4761340000000050", result.Pan, result.PanLength, "PAN");
            Assert.AreEqual((int)CardScheme.Visa, (int)result.Scheme);
            Assert.AreEqual(3, result.ApduCount);
            Assert.AreEqual(0x9000, result.LastStatusWord);
            // GPO data: 83 length 33, TTQ first, UN last, Le 00 after it.
            Assert.AreEqual("80A80000238321F620C000", card.Sent[2].Substring(0, 22));
            Assert.IsTrue(card.Sent[2].EndsWith("1122334400"));
        }

        [TestMethod]
        public void StopsAtTheFirstRecordHoldingThePan()
        {
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Mastercard, 1),
                "00A4040007A000000004101000", CardScript.Fci(Mastercard, ""),
                Gpo, "800A1980" + "08010200" + "10010100" + "9000",
                "00B2010C00", CardScript.Tlv("70", Pan5A) + "9000",
                "00B2020C00", CardScript.Tlv("70", "5F280200569000"),
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.Pan, (int)result.Outcome);
            Assert.AreEqual(4, result.ApduCount);
            Assert.AreEqual("80A800000283000" + "0", card.Sent[2]);
            Assert.AreEqual("00B2010C00", card.Sent[3]);
        }

        [TestMethod]
        public void SelectsTheApplicationWithTheHighestPriorityFirst()
        {
            string entries = CardScript.Tlv("61", CardScript.Tlv("4F", "A0000000421010") + CardScript.Tlv("87", "02"))
                + CardScript.Tlv("61", CardScript.Tlv("4F", Visa) + CardScript.Tlv("87", "01"));
            string ppse = CardScript.Tlv("6F", CardScript.Tlv("A5", CardScript.Tlv("BF0C", entries))) + "9000";
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, ppse,
                SelectVisa, CardScript.Fci(Visa, ""),
                Gpo, CardScript.Tlv("77", Track2) + "9000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual(SelectVisa, card.Sent[1]);
            Assert.AreEqual((int)ReadOutcome.Pan, (int)result.Outcome);
        }

        [TestMethod]
        public void WalletNotAuthorisedStopsAtOnceWithoutRetries()
        {
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, VisaPdol),
                Gpo, "6986",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.NoPan, (int)result.Outcome);
            Assert.AreEqual((int)ReadReason.WalletNotAuthorised, (int)result.Reason);
            Assert.AreEqual(3, result.ApduCount);
            Assert.AreEqual(0x6986, result.LastStatusWord);
        }

        [TestMethod]
        public void A6985GpoIsRetriedOnceOnAFreshSelectionWithTheAlternativeTtq()
        {
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, "9F6604"),
                Gpo, "6985",
                Gpo, CardScript.Tlv("77", Track2) + "9000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.Pan, (int)result.Outcome);
            Assert.AreEqual(5, result.ApduCount);
            Assert.AreEqual(SelectVisa, card.Sent[3]);
            Assert.AreEqual("80A80000068304368040000" + "0", card.Sent[4]);
        }

        [TestMethod]
        public void A6700GpoIsRetriedWithAnEmptyPdolThenGivesUp()
        {
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, VisaPdol),
                Gpo, "6700",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadReason.CardRefused, (int)result.Reason);
            Assert.AreEqual(5, result.ApduCount);
            Assert.AreEqual("80A8000002830000", card.Sent[4]);
        }

        [TestMethod]
        public void FollowsGetResponseAndWrongLengthHints()
        {
            string fci = CardScript.Fci(Visa, "");
            string fciData = fci.Substring(0, fci.Length - 4);
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, "61" + ((byte)(fciData.Length / 2)).ToString("X2"),
                "00C0000000", fci,
                Gpo, "800619800801010090" + "00",
                "00B2010C00", "6C20",
                "00B2010C00", CardScript.Tlv("70", Pan5A) + "9000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.Pan, (int)result.Outcome);
            Assert.AreEqual("00C00000" + ((byte)(fciData.Length / 2)).ToString("X2"), card.Sent[2]);
            Assert.AreEqual("00B2010C20", card.Sent[5]);
            Assert.AreEqual(6, result.ApduCount);
        }

        [TestMethod]
        public void ReadRecordAnswering6700IsRetriedWithoutLe()
        {
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, ""),
                Gpo, "80061980080101009000",
                "00B2010C00", "6700",
                "00B2010C", CardScript.Tlv("70", Pan5A) + "9000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.Pan, (int)result.Outcome);
            Assert.AreEqual("00B2010C", card.Sent[4]);
        }

        [TestMethod]
        public void WithoutPpseFallsBackToPseThenDirectSelection()
        {
            CardScript card = new CardScript(new string[]
            {
                SelectVisa, CardScript.Fci(Visa, ""),
                Gpo, CardScript.Tlv("77", Track2) + "9000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.Pan, (int)result.Outcome);
            Assert.AreEqual(CardScript.SelectPpse, card.Sent[0]);
            Assert.AreEqual(CardScript.SelectPse, card.Sent[1]);
            Assert.AreEqual(SelectVisa, card.Sent[2]);
            Assert.AreEqual(4, result.ApduCount);
        }

        [TestMethod]
        public void APhoneThatAnswersPpseIsNeverProbedWithOtherAids()
        {
            // PPSE lists an AID the phone then refuses: the reader stops there rather than spraying AIDs.
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, "6A82",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadReason.NoApplication, (int)result.Reason);
            Assert.AreEqual(2, result.ApduCount);
        }

        [TestMethod]
        public void ALuhnFailingPanGivesNoId()
        {
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, ""),
                Gpo, CardScript.Tlv("77", "57134761340000000051D17122011252345100000F") + "9000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.NoPan, (int)result.Outcome);
            Assert.AreEqual((int)ReadReason.LuhnFail, (int)result.Reason);
            Assert.AreEqual("476134******0051", result.MaskedPan());
        }

        [TestMethod]
        public void ATruncatedGpoAnswerWithoutStatusWordGivesNoId()
        {
            // Declares 0x62 bytes, carries fewer, and no status word (the shape of the pm3 Apple Pay capture).
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, ""),
                Gpo, "7762820200409404180101005713476134000000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.NoPan, (int)result.Outcome);
            Assert.AreEqual((int)ReadReason.MalformedData, (int)result.Reason);
            Assert.AreEqual(0, result.PanLength);
        }

        [TestMethod]
        public void ACardPulledAwayMidReadEndsAsCardRemoved()
        {
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, ""),
                Gpo, CardScript.Tlv("77", Track2) + "9000",
            });
            for (int after = 0; after < 3; after++)
            {
                ReadResult result = Read(card, after);
                Assert.AreEqual((int)ReadOutcome.NoPan, (int)result.Outcome, "removed after " + after);
                Assert.AreEqual((int)ReadReason.CardRemoved, (int)result.Reason, "removed after " + after);
            }
        }

        [TestMethod]
        public void AHostileAflCannotExceedTheApduBudget()
        {
            // AFL: SFI 1 records 1..255, every record missing.
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, ""),
                Gpo, "8006198008" + "01FF00" + "9000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadReason.TooManyCommands, (int)result.Reason);
            Assert.AreEqual(new TerminalConfig().MaxApdus, result.ApduCount);
        }

        [TestMethod]
        public void InvalidAflEntriesAreSkipped()
        {
            // SFI 0, first record 0, first > last: all skipped; the valid SFI 2 entry is read.
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, ""),
                Gpo, "8012" + "1980" + "00010100" + "08000100" + "08030100" + "10010100" + "9000",
                "00B2011400", CardScript.Tlv("70", Pan5A) + "9000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.Pan, (int)result.Outcome);
            Assert.AreEqual(4, result.ApduCount);
        }

        [TestMethod]
        public void AGarbledRecordIsSkippedAndTheNextOneRead()
        {
            CardScript card = new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                SelectVisa, CardScript.Fci(Visa, ""),
                Gpo, "800A1980" + "08010100" + "10010100" + "9000",
                "00B2010C00", "00000000",
                "00B2011400", CardScript.Tlv("70", Pan5A) + "9000",
            });
            ReadResult result = Read(card);
            Assert.AreEqual((int)ReadOutcome.Pan, (int)result.Outcome);
            Check.Pan("4761340000000050", result.Pan, result.PanLength, "PAN");
        }
    }
}
