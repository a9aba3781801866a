using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Feedback;

namespace Reader.Host.Tests.Feedback;

[TestClass]
public class LineDebouncerTests
{
    [TestMethod]
    public void StableChangeIsAcceptedAfterTheDebounceTime()
    {
        var line = new LineDebouncer(false, 0, 20);
        Assert.IsFalse(line.Update(true, 5));
        Assert.IsFalse(line.Level);
        Assert.IsFalse(line.Update(true, 24));
        Assert.IsTrue(line.Update(true, 25), "held 20 ms since t=5");
        Assert.IsTrue(line.Level);
        Assert.IsFalse(line.Update(true, 40), "no second change event");
    }

    [TestMethod]
    public void BounceShorterThanTheDebounceTimeIsIgnored()
    {
        var line = new LineDebouncer(true, 0, 20);
        for (int t = 1; t < 200; t += 3)
        {
            // Chatter: low for 3 ms, high for 3 ms, ...
            Assert.IsFalse(line.Update((t / 3) % 2 == 0, t), "t=" + t);
            Assert.IsTrue(line.Level);
        }
    }

    [TestMethod]
    public void AGlitchRestartsTheWait()
    {
        var line = new LineDebouncer(false, 0, 20);
        line.Update(true, 0);
        line.Update(false, 15);   // glitch back
        Assert.IsFalse(line.Update(true, 16));
        Assert.IsFalse(line.Update(true, 35), "only 19 ms since the last change");
        Assert.IsTrue(line.Update(true, 36));
    }
}
