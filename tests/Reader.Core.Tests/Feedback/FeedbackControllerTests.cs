#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Feedback;
using Reader.Core.Tests.Support;

namespace Reader.Core.Tests.Feedback
{
    /// <summary>The feedback modes as a truth table, pattern timing and the 30 s beeper safety release.</summary>
    [TestClass]
    public class FeedbackControllerTests
    {
        private const int R = FeedbackPattern.Red;
        private const int G = FeedbackPattern.Green;
        private const int B = FeedbackPattern.Buzz;

        // Rows: mode, local pattern playing?, controller LED line, beeper line → expected output.
        // One-wire LED: high = red, low = green. Beeper active low.
        [TestMethod]
        public void ModeTruthTable()
        {
            Row(FeedbackMode.Local, false, true, true, R);
            Row(FeedbackMode.Local, false, false, false, R);
            Row(FeedbackMode.Local, true, false, false, G | B);
            Row(FeedbackMode.Follow, false, true, true, R);
            Row(FeedbackMode.Follow, false, false, true, G);
            Row(FeedbackMode.Follow, false, true, false, R | B);
            Row(FeedbackMode.Follow, true, true, true, R);
            Row(FeedbackMode.Override, false, true, true, R);
            Row(FeedbackMode.Override, true, true, true, G | B);
            Row(FeedbackMode.Override, true, false, true, G);
            Row(FeedbackMode.Override, true, true, false, R | B);
            Row(FeedbackMode.Override, false, false, false, G | B);
        }

        private static void Row(FeedbackMode mode, bool localPlaying, bool ledLine, bool beeperLine, int expected)
        {
            RecordingIndicator indicator = new RecordingIndicator();
            FeedbackController controller = new FeedbackController(indicator, mode, ControllerLedWiring.OneWire);
            controller.ControllerLines(ledLine, true, beeperLine, 0);
            if (localPlaying) controller.Play(FeedbackPattern.ReadOk, 0);
            int output = controller.Tick(10);
            string label = "mode " + ((int)mode).ToString() + " local " + localPlaying + " led " + ledLine + " beeper " + beeperLine;
            Assert.AreEqual(expected, output, label);
            Assert.AreEqual((expected & R) != 0, indicator.Red, label);
            Assert.AreEqual((expected & G) != 0, indicator.Green, label);
            Assert.AreEqual((expected & B) != 0, indicator.Buzzer, label);
        }

        [TestMethod]
        public void TwoWireLedLinesAreEachActiveLow()
        {
            RecordingIndicator indicator = new RecordingIndicator();
            FeedbackController controller = new FeedbackController(indicator, FeedbackMode.Follow, ControllerLedWiring.TwoWire);
            controller.ControllerLines(true, true, true, 0);
            Assert.AreEqual(0, controller.Tick(1));
            controller.ControllerLines(true, false, true, 0);
            Assert.AreEqual(G, controller.Tick(2));
            controller.ControllerLines(false, false, true, 0);
            Assert.AreEqual(R | G, controller.Tick(3));
        }

        [TestMethod]
        public void APatternPlaysItsStepsThenReturnsToReady()
        {
            RecordingIndicator indicator = new RecordingIndicator();
            FeedbackController controller = new FeedbackController(indicator, FeedbackMode.Local, ControllerLedWiring.OneWire);
            controller.Play(FeedbackPattern.CardUnreadable, 1000);
            Assert.AreEqual(R | G | B, controller.Tick(1000));
            Assert.AreEqual(0, controller.Tick(1100));
            Assert.AreEqual(R | G | B, controller.Tick(1250));
            Assert.AreEqual(R, controller.Tick(1000 + FeedbackPattern.CardUnreadable.TotalMs));
            Assert.IsNull(controller.Playing);
        }

        [TestMethod]
        public void AStuckBeeperLineIsReleasedAfterThirtySeconds()
        {
            RecordingIndicator indicator = new RecordingIndicator();
            FeedbackController controller = new FeedbackController(indicator, FeedbackMode.Follow, ControllerLedWiring.OneWire);
            controller.ControllerLines(true, true, false, 0);
            Assert.AreEqual(R | B, controller.Tick(29999));
            Assert.AreEqual(R, controller.Tick(30000));
            Assert.IsFalse(indicator.Buzzer);
            controller.ControllerLines(true, true, true, 31000);
            controller.ControllerLines(true, true, false, 32000);
            Assert.AreEqual(R | B, controller.Tick(32001));
        }

        [TestMethod]
        public void EveryNamedPatternIsDistinct()
        {
            FeedbackPattern[] all = new FeedbackPattern[]
            {
                FeedbackPattern.Ready, FeedbackPattern.ReadOk, FeedbackPattern.Granted, FeedbackPattern.Denied,
                FeedbackPattern.CardUnreadable, FeedbackPattern.WalletNotAuthorised, FeedbackPattern.HardwareFault,
            };
            for (int i = 0; i < all.Length; i++)
            {
                for (int j = i + 1; j < all.Length; j++)
                {
                    Assert.IsFalse(Same(all[i], all[j]), all[i].Name + " vs " + all[j].Name);
                }
            }
        }

        private static bool Same(FeedbackPattern a, FeedbackPattern b)
        {
            if (a.Steps.Length != b.Steps.Length) return false;
            for (int i = 0; i < a.Steps.Length; i++)
            {
                if (a.Steps[i] != b.Steps[i] || a.DurationsMs[i] != b.DurationsMs[i]) return false;
            }
            return true;
        }
    }
}
