#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Text;

namespace Reader.Core.Tests.Text
{
    [TestClass]
    public class PanMaskTests
    {
        [TestMethod]
        public void ShowsFirstSixAndLastFour()
        {
            Assert.AreEqual("476134******0050", PanMask.Mask("4761340000000050"));
            Assert.AreEqual("374245*****1007", PanMask.Mask("374245001741007"));
            Assert.AreEqual("400000*********0006", PanMask.Mask("4000000000000000006"));
        }

        [TestMethod]
        public void HidesEverythingWhenTooShortToHideAnything()
        {
            Assert.AreEqual("**********", PanMask.Mask("1234567890"));
            Assert.AreEqual("", PanMask.Mask(""));
        }
    
        [TestMethod]
        public void MasksBcdAndAsciiPansInsideAnApduDump()
        {
            // 5A 08 with a BCD PAN, then the same PAN in ASCII as a track 1 (56) would carry it.
            string bcd = "701A5A084761340000000050" + "9000";
            Assert.AreEqual("701A5A084761************9000", PanMask.MaskDigitRuns(bcd));
            Assert.IsFalse(PanMask.MaskDigitRuns(bcd).Contains("4761340000000050"));

            string ascii = "5610" + "42" + "34373631333430303030303030303530" + "5E";
            string masked = PanMask.MaskDigitRuns(ascii);
            Assert.IsFalse(masked.Contains("34373631333430303030303030303530"));
            Assert.AreEqual(ascii.Length, masked.Length);
            Assert.IsTrue(masked.StartsWith("561042"));
            Assert.IsTrue(masked.EndsWith("5305E"));
        }

        [TestMethod]
        public void LeavesShortDigitRunsAlone()
        {
            Assert.AreEqual("9F6604F620C0009F1A020250", PanMask.MaskDigitRuns("9F6604F620C0009F1A020250"));
            Assert.AreEqual("", PanMask.MaskDigitRuns(""));
        }
    }
}
