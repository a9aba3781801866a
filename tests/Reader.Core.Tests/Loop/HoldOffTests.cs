#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Loop;

namespace Reader.Core.Tests.Loop
{
    [TestClass]
    public class HoldOffTests
    {
        [TestMethod]
        public void TheSameIdIsHeldWhileTheCardStaysAndForTheWindowAfter()
        {
            HoldOff holdOff = new HoldOff(3000);
            Assert.IsTrue(holdOff.Allow(42, 0));
            Assert.IsFalse(holdOff.Allow(42, 1000));
            holdOff.StillPresent(10000);
            Assert.IsFalse(holdOff.Allow(42, 12999));
            Assert.IsTrue(holdOff.Allow(42, 16000));
        }

        [TestMethod]
        public void ADifferentIdGoesAtOnce()
        {
            HoldOff holdOff = new HoldOff(3000);
            Assert.IsTrue(holdOff.Allow(42, 0));
            Assert.IsTrue(holdOff.Allow(43, 10));
            Assert.IsTrue(holdOff.Allow(42, 20));
        }

        [TestMethod]
        public void AZeroWindowNeverHolds()
        {
            HoldOff holdOff = new HoldOff(0);
            Assert.IsTrue(holdOff.Allow(42, 0));
            Assert.IsTrue(holdOff.Allow(42, 0));
        }
    }
}
