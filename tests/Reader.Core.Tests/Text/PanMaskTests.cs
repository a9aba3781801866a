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
    }
}
