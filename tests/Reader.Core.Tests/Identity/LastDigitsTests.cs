#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Identity;

namespace Reader.Core.Tests.Identity
{
    [TestClass]
    public class LastDigitsTests
    {
        [TestMethod]
        public void TakesTheLastTenDigitsOfATestPan()
        {
            char[] pan = "4761340000000050".ToCharArray();
            ulong value;
            Assert.IsTrue(LastDigits.TryTake(pan, pan.Length, 10, out value));
            Assert.AreEqual((ulong)50, value);
            Assert.AreEqual("0000000050", LastDigits.Format(value, 10));
        }

        [TestMethod]
        public void TakesAllNineteenDigits()
        {
            char[] pan = "4000000000000000006".ToCharArray();
            ulong value;
            Assert.IsTrue(LastDigits.TryTake(pan, pan.Length, 19, out value));
            Assert.AreEqual((ulong)4000000000000000006, value);
        }

        [TestMethod]
        public void RefusesShortPansBadDigitsAndBadCounts()
        {
            ulong value;
            char[] shortPan = "123456789".ToCharArray();
            Assert.IsFalse(LastDigits.TryTake(shortPan, shortPan.Length, 10, out value));
            char[] masked = "476134******0050".ToCharArray();
            Assert.IsFalse(LastDigits.TryTake(masked, masked.Length, 10, out value));
            Assert.AreEqual((ulong)0, value);
            Assert.IsFalse(LastDigits.TryTake(shortPan, shortPan.Length, 0, out value));
            Assert.IsFalse(LastDigits.TryTake(shortPan, shortPan.Length, 20, out value));
        }
    }
}
