#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Emv;
using Reader.Core.Feedback;
using Reader.Core.Identity;
using Reader.Core.Loop;
using Reader.Core.Ports;
using Reader.Core.Tests.Support;
using Reader.Core.VirtualCards;
using Reader.Core.Wiegand;

namespace Reader.Core.Tests.Loop
{
    /// <summary>Whole taps through the loop: read, ID, hold-off, Wiegand frame, feedback, log.</summary>
    [TestClass]
    public class ReaderLoopTests
    {
        private const string Visa = "A0000000031010";
        private const string Pan = "4761340000000050";

        private static VirtualCardLink link;
        private static FixedClock clock;
        private static RecordingPulseOutput output;
        private static RecordingIndicator indicator;
        private static RecordingLog log;
        private static ReaderLoop loop;

        private static void Build(WiegandFormat format, IdPolicy policy)
        {
            link = new VirtualCardLink();
            clock = new FixedClock();
            clock.Now = 100000;
            output = new RecordingPulseOutput();
            indicator = new RecordingIndicator();
            log = new RecordingLog();
            EmvReader emv = new EmvReader(link, new TerminalConfig(), clock, new CountingRandom());
            WiegandSender sender = new WiegandSender(output, clock, format, new WiegandTiming());
            FeedbackController feedback = new FeedbackController(indicator, FeedbackMode.Local, ControllerLedWiring.OneWire);
            loop = new ReaderLoop(link, emv, policy, sender, feedback, new HoldOff(3000), clock, log);
        }

        private static CardScript VisaCard(string gpoAnswer)
        {
            return new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                "00A4040007A000000003101000", CardScript.Fci(Visa, ""),
                "80A8000002830000", gpoAnswer,
            });
        }

        private static string GoodGpo()
        {
            return CardScript.Tlv("77", "5713" + Pan + "D17122011252345100000F") + "9000";
        }

        private static void Poll(int times)
        {
            for (int i = 0; i < times; i++)
            {
                clock.Now += 100;
                loop.Step();
            }
        }

        [TestMethod]
        public void ACardTapSendsItsLastTenDigitsInW42()
        {
            Build(WiegandFormat.W42, IdPolicy.Default());
            Assert.AreEqual((int)TapOutcome.NoCard, (int)loop.Step());
            link.Place(VisaCard(GoodGpo()));
            Assert.AreEqual((int)TapOutcome.Sent, (int)loop.Step());
            Assert.AreEqual(1, output.Frames);
            Assert.AreEqual(42, output.LastCount);
            ulong payload;
            Assert.AreEqual((int)WiegandDecodeStatus.Ok, (int)WiegandCodec.TryDecode(WiegandFormat.W42, output.LastBits, 42, out payload));
            Assert.AreEqual((ulong)50, payload);
            Assert.AreEqual("read-ok", loop.Last.Pattern.Name);
            Assert.IsTrue(indicator.Green);
            Assert.IsTrue(log.All.Contains("476134******0050"));
            Assert.IsFalse(log.All.Contains(Pan));
        }

        [TestMethod]
        public void ACardLeftOnTheReaderOrTappedAgainSoonIsNotSentTwice()
        {
            Build(WiegandFormat.W42, IdPolicy.Default());
            link.Place(VisaCard(GoodGpo()));
            Assert.AreEqual((int)TapOutcome.Sent, (int)loop.Step());
            Poll(20);
            clock.Now += 100;
            Assert.AreEqual((int)TapOutcome.StillPresent, (int)loop.Step());
            Assert.AreEqual(1, output.Frames);

            link.Remove();
            Poll(3);
            link.Place(VisaCard(GoodGpo()));
            clock.Now += 1000;
            Assert.AreEqual((int)TapOutcome.HeldOff, (int)loop.Step());
            Assert.AreEqual(1, output.Frames);

            link.Remove();
            Poll(3);
            clock.Now += 5000;
            link.Place(VisaCard(GoodGpo()));
            Assert.AreEqual((int)TapOutcome.Sent, (int)loop.Step());
            Assert.AreEqual(2, output.Frames);
        }

        [TestMethod]
        public void ALockedPhoneGetsItsOwnPatternAndNothingIsSent()
        {
            Build(WiegandFormat.W42, IdPolicy.Default());
            link.Place(VisaCard("6986"));
            Assert.AreEqual((int)TapOutcome.NoId, (int)loop.Step());
            Assert.AreEqual("wallet-not-authorised", loop.Last.Reason);
            Assert.AreEqual("wallet-not-authorised", loop.Last.Pattern.Name);
            Assert.AreEqual(0, output.Frames);
            Assert.AreEqual(1, loop.Counters.ByReason[(int)ReadReason.WalletNotAuthorised]);
            Assert.IsTrue(log.All.Contains("sw=6986"));
        }

        [TestMethod]
        public void APhoneUnlockedWhileStillHeldIsReadAgain()
        {
            Build(WiegandFormat.W42, IdPolicy.Default());
            link.Place(new PhoneThatUnlocks(VisaCard("6986"), VisaCard(GoodGpo())));
            Assert.AreEqual((int)TapOutcome.NoId, (int)loop.Step());
            clock.Now += 200;
            Assert.AreEqual((int)TapOutcome.StillPresent, (int)loop.Step());
            clock.Now += ReaderLoop.RetryAfterFailureMs;
            Assert.AreEqual((int)TapOutcome.Sent, (int)loop.Step());
            Assert.AreEqual(1, output.Frames);
        }

        [TestMethod]
        public void ACardPulledAwayMidReadSendsNothing()
        {
            Build(WiegandFormat.W42, IdPolicy.Default());
            link.Place(VisaCard(GoodGpo()));
            link.RemoveAfter(2);
            Assert.AreEqual((int)TapOutcome.NoId, (int)loop.Step());
            Assert.AreEqual("card-removed", loop.Last.Reason);
            Assert.AreEqual("card-unreadable", loop.Last.Pattern.Name);
            Assert.AreEqual(0, output.Frames);
        }

        [TestMethod]
        public void ABadgeIsSentByItsUidAndABankCardNeverIs()
        {
            Build(WiegandFormat.W58, IdPolicy.Default());
            byte[] uid = Check.Bytes("04AF68DAC85A80");
            link.Place(new ScriptedCard(new byte[0][], new byte[0][], uid, 0x44, 0x08, null));
            Assert.AreEqual((int)TapOutcome.Sent, (int)loop.Step());
            Assert.AreEqual("uid", loop.Last.Source);
            ulong payload;
            WiegandCodec.TryDecode(WiegandFormat.W58, output.LastBits, 58, out payload);
            Assert.AreEqual((ulong)0x04AF68DAC85A80, payload);

            // A bank card whose read fails (Luhn) must not fall back to its UID, even a fixed one.
            Build(WiegandFormat.W58, IdPolicy.Default());
            link.Place(new CardScript(new string[]
            {
                CardScript.SelectPpse, CardScript.Ppse(Visa, 1),
                "00A4040007A000000003101000", CardScript.Fci(Visa, ""),
                "80A8000002830000", CardScript.Tlv("77", "57134761340000000051D17122011252345100000F") + "9000",
            }));
            Assert.AreEqual((int)TapOutcome.NoId, (int)loop.Step());
            Assert.AreEqual("luhn-fail", loop.Last.Reason);
            Assert.AreEqual(0, output.Frames);
        }

        [TestMethod]
        public void ARandomUidCardWithoutEmvGivesNoId()
        {
            Build(WiegandFormat.W42, IdPolicy.Default());
            link.Place(new ScriptedCard(new byte[0][], new byte[0][], Check.Bytes("08123456"), 0x04, 0x08, null));
            Assert.AreEqual((int)TapOutcome.NoId, (int)loop.Step());
            Assert.AreEqual("random-uid", loop.Last.Reason);
            Assert.AreEqual(0, output.Frames);
        }

        [TestMethod]
        public void AnOutputThatRefusesLeavesNoHalfFrameAndSaysSo()
        {
            Build(WiegandFormat.W42, IdPolicy.Default());
            output.Refuse = true;
            link.Place(VisaCard(GoodGpo()));
            Assert.AreEqual((int)TapOutcome.NoId, (int)loop.Step());
            Assert.AreEqual("wiegand-output-failed", loop.Last.Reason);
            Assert.AreEqual(0, output.Frames);
        }

        [TestMethod]
        public void TwoCardsInQuickSuccessionAreBothSentWithTheGapBetween()
        {
            Build(WiegandFormat.W42, IdPolicy.Default());
            link.Place(VisaCard(GoodGpo()));
            Assert.AreEqual((int)TapOutcome.Sent, (int)loop.Step());
            link.Remove();
            clock.Now += 10;
            loop.Step();
            clock.Now += 10;
            loop.Step();
            link.Place(VisaCard(CardScript.Tlv("77", "57134111111111111111D17122011252345100000F") + "9000"));
            clock.Now += 10;
            Assert.AreEqual((int)TapOutcome.Sent, (int)loop.Step());
            Assert.AreEqual(1, output.Frames, "the second frame waits for the gap");
            clock.Now += 400;
            loop.Tick();
            Assert.AreEqual(2, output.Frames);
        }
    
        /// <summary>A phone whose wallet is locked in the first session and unlocked in the next ones.</summary>
        private sealed class PhoneThatUnlocks : IVirtualCard
        {
            private readonly IVirtualCard _locked;
            private readonly IVirtualCard _unlocked;
            private int _sessions;

            public PhoneThatUnlocks(IVirtualCard locked, IVirtualCard unlocked)
            {
                _locked = locked;
                _unlocked = unlocked;
            }

            private IVirtualCard Current
            {
                get { return _sessions <= 1 ? _locked : _unlocked; }
            }

            public void Identify(CardTarget target)
            {
                Current.Identify(target);
            }

            public void Reset()
            {
                _sessions++;
                Current.Reset();
            }

            public int Respond(byte[] command, int commandLength, byte[] response)
            {
                return Current.Respond(command, commandLength, response);
            }
        }
    }
}
