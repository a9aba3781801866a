#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Text;

namespace Reader.Core.Tests.Text
{
    [TestClass]
    public class HexTests
    {
        [TestMethod]
        public void ParsesWithSeparatorsAndBothCases()
        {
            byte[] b = Hex.Parse("00 a4-04:0E ff");
            Assert.AreEqual(5, b.Length);
            Assert.AreEqual((byte)0x00, b[0]);
            Assert.AreEqual((byte)0xA4, b[1]);
            Assert.AreEqual((byte)0x04, b[2]);
            Assert.AreEqual((byte)0x0E, b[3]);
            Assert.AreEqual((byte)0xFF, b[4]);
        }

        [TestMethod]
        public void RejectsOddDigitsAndNonHex()
        {
            Assert.IsNull(Hex.TryParse("ABC"));
            Assert.IsNull(Hex.TryParse("0G"));
            Assert.IsNull(Hex.TryParse(null));
            Assert.AreEqual(0, Hex.TryParse("").Length);
        }

        [TestMethod]
        public void FormatsUppercaseWithOptionalSpaces()
        {
            byte[] b = new byte[] { 0x6F, 0x0a, 0x90, 0x00 };
            Assert.AreEqual("6F0A9000", Hex.Format(b));
            Assert.AreEqual("0A 90", Hex.Format(b, 1, 2, true));
            Assert.AreEqual("", Hex.Format(b, 0, 0, true));
        }
    }
}
