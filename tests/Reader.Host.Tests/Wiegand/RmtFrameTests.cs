using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Wiegand;

namespace Reader.Host.Tests.Wiegand;

/// <summary>
/// Decodes the RMT items the device would send back into the two line waveforms and checks them against the
/// Wiegand timing: one pulse per bit on the right line, at bit × period, of the asked width, lines in step.
/// </summary>
[TestClass]
public class RmtFrameTests
{
    /// <summary>One level segment of a line: start tick, length, level (true = GPIO high = line pulled low).</summary>
    private readonly record struct Segment(long Start, int Ticks, bool High);

    private static List<Segment> Decode(byte[] items)
    {
        Assert.AreEqual(0, items.Length % RmtFrame.BytesPerItem, "items are 4 bytes each");
        var segments = new List<Segment>();
        long t = 0;
        for (int i = 0; i < items.Length; i += 4)
        {
            for (int half = 0; half < 2; half++)
            {
                int lo = items[i + 2 * half];
                int hi = items[i + 2 * half + 1];
                int ticks = lo | ((hi & 0x7F) << 8);
                Assert.AreNotEqual(0, ticks, $"zero duration (RMT end marker) in item {i / 4}");
                segments.Add(new Segment(t, ticks, (hi & 0x80) != 0));
                t += ticks;
            }
        }
        return segments;
    }

    /// <summary>Start ticks of the high (pulse) segments, checking each pulse's width.</summary>
    private static List<long> Pulses(List<Segment> line, int width)
    {
        var starts = new List<long>();
        foreach (Segment s in line)
        {
            if (!s.High) continue;
            Assert.AreEqual(width, s.Ticks, $"pulse at {s.Start}");
            starts.Add(s.Start);
        }
        return starts;
    }

    private static long Total(List<Segment> line) => line.Count == 0 ? 0 : line[^1].Start + line[^1].Ticks;

    [TestMethod]
    [DataRow(50, 2000, DisplayName = "default 50 µs / 2 ms")]
    [DataRow(20, 200, DisplayName = "fastest legal: 20 µs / 200 µs")]
    [DataRow(100, 20000, DisplayName = "slowest legal: 100 µs / 20 ms")]
    [DataRow(50, 70000, DisplayName = "70 ms period: rest split over extra items")]
    public void EveryBitIsOnePulseOnItsLineAtItsSlot(int pulse, int period)
    {
        // W26 (H10301) for facility 7, card 1234, built by hand: leading even parity over data bits 1-12 (three 1s → 1),
        // 00000111 0000010011010010, trailing odd parity over data bits 13-24 (five 1s → 0).
        byte[] bits = { 1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0 };
        var frame = new RmtFrame();
        Assert.IsTrue(frame.Build(bits, bits.Length, pulse, period));

        List<Segment> d0 = Decode(frame.D0);
        List<Segment> d1 = Decode(frame.D1);
        Assert.AreEqual(frame.D0.Length, frame.D1.Length, "same item count on both lines");
        Assert.AreEqual((long)bits.Length * period, Total(d0));
        Assert.AreEqual((long)bits.Length * period, Total(d1));
        Assert.AreEqual((long)bits.Length * period, frame.DurationTicks);

        List<long> zeros = Pulses(d0, pulse);
        List<long> ones = Pulses(d1, pulse);
        Assert.AreEqual(bits.Length, zeros.Count + ones.Count, "one pulse per bit");
        for (int i = 0; i < bits.Length; i++)
        {
            List<long> line = bits[i] == 0 ? zeros : ones;
            CollectionAssert.Contains(line, (long)i * period, $"bit {i} ({bits[i]}) pulse at {(long)i * period}");
        }
    }

    [TestMethod]
    public void ItemCountFitsTwoRmtMemoryBlocksForW66()
    {
        var frame = new RmtFrame();
        Assert.IsTrue(frame.Build(new byte[66], 66, 50, 2000));
        Assert.AreEqual(66, frame.ItemCount);
        Assert.IsTrue(frame.ItemCount <= 2 * 64, "two 64-item blocks per channel");
    }

    [TestMethod]
    public void LongRestsSplitBelowFifteenBitDurations()
    {
        Assert.AreEqual(1, RmtFrame.ItemsPerBit(50, 50 + 32767));
        Assert.AreEqual(2, RmtFrame.ItemsPerBit(50, 50 + 32768));
        Assert.AreEqual(2, RmtFrame.ItemsPerBit(50, 50 + 32767 + 65534));
        Assert.AreEqual(3, RmtFrame.ItemsPerBit(50, 50 + 32767 + 65535));

        // A 1-tick remainder must not become a zero duration (checked by Decode).
        var frame = new RmtFrame();
        Assert.IsTrue(frame.Build(new byte[] { 1, 0 }, 2, 50, 50 + 32767 + 1));
        Decode(frame.D0);
        Decode(frame.D1);
    }

    [TestMethod]
    public void BuffersAreReusedWhileTheShapeStaysTheSame()
    {
        var frame = new RmtFrame();
        Assert.IsTrue(frame.Build(new byte[] { 1, 0, 1 }, 3, 50, 2000));
        byte[] first = frame.D0;
        Assert.IsTrue(frame.Build(new byte[] { 0, 0, 1 }, 3, 50, 2000));
        Assert.AreSame(first, frame.D0, "no allocation for a same-shape frame");
        Assert.IsTrue(frame.Build(new byte[] { 0, 0, 1, 1 }, 4, 50, 2000));
        Assert.AreNotSame(first, frame.D0);
    }

    [TestMethod]
    [DataRow(new byte[] { 0, 2, 1 }, 3, 50, 2000, DisplayName = "bit value 2")]
    [DataRow(new byte[] { 0, 1 }, 3, 50, 2000, DisplayName = "count beyond array")]
    [DataRow(new byte[] { 0, 1 }, 0, 50, 2000, DisplayName = "empty frame")]
    [DataRow(new byte[] { 0, 1 }, 2, 0, 2000, DisplayName = "zero pulse")]
    [DataRow(new byte[] { 0, 1 }, 2, 2000, 2000, DisplayName = "pulse = period")]
    [DataRow(new byte[] { 0, 1 }, 2, 40000, 80000, DisplayName = "pulse over 15 bits")]
    public void BadFramesAreRefusedAndLeaveTheLastFrameIntact(byte[] bits, int count, int pulse, int period)
    {
        var frame = new RmtFrame();
        Assert.IsTrue(frame.Build(new byte[] { 1, 0, 1 }, 3, 50, 2000));
        byte[] before = (byte[])frame.D0.Clone();
        Assert.IsFalse(frame.Build(bits, count, pulse, period));
        CollectionAssert.AreEqual(before, frame.D0);
    }

    [TestMethod]
    public void OverlongFrameIsRefused()
    {
        Assert.IsFalse(new RmtFrame().Build(new byte[RmtFrame.MaxBits + 1], RmtFrame.MaxBits + 1, 50, 2000));
        Assert.IsFalse(new RmtFrame().Build(null, 1, 50, 2000));
    }
}
