using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Emv;
using Reader.Core.Feedback;
using Reader.Core.Identity;
using Reader.Core.Loop;
using Reader.Core.Ports;
using Reader.Core.VirtualCards;
using Reader.Core.Wiegand;
using Reader.Host.Cards;
using Reader.Host.Platform;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Reliability;

/// <summary>100,000 simulated taps through the reader loop: managed memory stays flat (READER_SOAK_TAPS overrides the count).</summary>
[TestClass]
public class SoakTests
{
    private sealed class CountingOutput : IPulseOutput
    {
        public long Frames;
        public bool Send(byte[] bits, int bitCount, int pulseWidthUs, int bitPeriodUs) { Frames++; return true; }
    }

    private sealed class NoIndicator : IIndicator
    {
        public void SetLed(bool red, bool green) { }
        public void SetBuzzer(bool on) { }
    }

    private sealed class CountingLog : ILogSink
    {
        public long Lines;
        public void Log(string line) => Lines++;
    }

    [TestMethod]
    public void HundredThousandTapsKeepMemoryFlat()
    {
        int taps = int.TryParse(Environment.GetEnvironmentVariable("READER_SOAK_TAPS"), out int n) ? n : 100_000;
        var cards = CardFile.LoadAll(new[] { RepoPaths.Combine("cards") }).Select(c => c.ToVirtualCard()).ToArray();
        var clock = ManualClock.Fixed();
        var link = new VirtualCardLink();
        var output = new CountingOutput();
        var log = new CountingLog();
        var loop = new ReaderLoop(link, new EmvReader(link, new TerminalConfig(), clock, new HostRandom(5)), IdPolicy.Default(),
            new WiegandSender(output, clock, WiegandFormat.W58, new WiegandTiming()),
            new FeedbackController(new NoIndicator(), FeedbackMode.Local, ControllerLedWiring.OneWire), new HoldOff(3000), clock, log);

        long before = 0;
        for (int i = 0; i < taps; i++)
        {
            if (i == 1000) before = GC.GetTotalMemory(true);
            link.Place(cards[i % cards.Length]);
            clock.Advance(50);
            loop.Step();
            link.Remove();
            for (int k = 0; k < 3; k++)
            {
                clock.Advance(100);
                loop.Step();
            }
            clock.Advance(3000);
        }
        long after = GC.GetTotalMemory(true);
        Console.WriteLine($"soak: {taps} taps, {loop.Counters.Sent} IDs sent, {loop.Counters.NoId} without ID, {loop.Counters.HeldOff} held off; " +
                          $"managed memory after warm-up {before} B, at the end {after} B (growth {after - before} B)");
        Assert.AreEqual(taps, loop.Counters.Taps);
        Assert.AreEqual(loop.Counters.Sent, output.Frames);
        Assert.IsTrue(after - before < 64 * 1024, $"memory grew by {after - before} bytes");
    }
}
