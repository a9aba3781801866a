using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Wiegand;
using Reader.Host.Controller;
using Reader.Host.Platform;

namespace Reader.Host.Tests.Controller;

/// <summary>Encoder → virtual pulse output → virtual controller, both ends in one process, for every format; and corrupted pulse trains.</summary>
[TestClass]
public class VirtualControllerTests
{
    private static (VirtualController Controller, WiegandLines Lines, ManualClock Clock) Setup(WiegandFormat format)
    {
        var clock = ManualClock.Fixed();
        return (new VirtualController(format), new WiegandLines(clock), clock);
    }

    public static IEnumerable<object[]> Vectors() => new[]
    {
        new object[] { "H10301", 0x7BB26EUL }, new object[] { "W26", 0xABCDEFUL }, new object[] { "W34", 0x12345678UL },
        new object[] { "W34", 0xFFFFFFFFUL }, new object[] { "W42", 9999999999UL }, new object[] { "W58", 0x04AF68DAC85A80UL },
        new object[] { "W66", 0x0123456789ABCDEFUL }, new object[] { "H10302", 123456789UL }, new object[] { "H10304", 6472458816UL },
    };

    [TestMethod]
    [DynamicData(nameof(Vectors))]
    public void EveryFormatRoundTripsThroughRealPulseTimings(string formatName, ulong payload)
    {
        var format = WiegandFormat.Parse(formatName);
        var (controller, lines, clock) = Setup(format);
        var sender = new WiegandSender(lines, clock, format, new WiegandTiming());
        Assert.AreEqual(WiegandSendStatus.Sent, sender.Send(payload));
        controller.Update(lines.Edges, clock.NowMs * 1000 + 50_000);
        Assert.AreEqual(0, controller.Frames.Count, "a frame must not end before 100 ms of silence");
        controller.Update(lines.Edges, clock.NowMs * 1000 + 300_000);
        Assert.AreEqual(1, controller.Frames.Count);
        var frame = controller.Frames[0];
        Assert.IsTrue(frame.Accepted, frame.Problem);
        Assert.AreEqual(format.Bits, frame.BitCount);
        Assert.AreEqual(payload, frame.Payload);
    }

    private static List<LineEdge> Frame(WiegandFormat format, ulong payload, int pulseUs = 50, int periodUs = 2000)
    {
        var clock = ManualClock.Fixed();
        var lines = new WiegandLines(clock);
        var bits = new byte[66];
        WiegandCodec.TryEncode(format, payload, bits);
        lines.Send(bits, format.Bits, pulseUs, periodUs);
        return lines.Edges.ToList();
    }

    private static DecodedFrame Decode(WiegandFormat format, List<LineEdge> edges)
    {
        var controller = new VirtualController(format);
        controller.Update(edges, edges[^1].TimeUs + 1_000_000);
        Assert.AreEqual(1, controller.Frames.Count);
        return controller.Frames[0];
    }

    [TestMethod]
    public void AMissingBitIsRejected()
    {
        var edges = Frame(WiegandFormat.W42, 1234567890);
        edges.RemoveRange(20, 2);
        var frame = Decode(WiegandFormat.W42, edges);
        Assert.IsFalse(frame.Accepted);
        StringAssert.Contains(frame.Problem, "41 bits");
    }

    [TestMethod]
    public void AFlippedBitFailsParity()
    {
        var edges = Frame(WiegandFormat.W42, 1234567890);
        int i = 10;
        edges[i] = edges[i] with { Line = 1 - edges[i].Line };
        edges[i + 1] = edges[i + 1] with { Line = 1 - edges[i + 1].Line };
        var frame = Decode(WiegandFormat.W42, edges);
        Assert.IsFalse(frame.Accepted);
        Assert.AreEqual("parity error", frame.Problem);
    }

    [TestMethod]
    public void TooShortAndTooLongPulsesAreRejected()
    {
        Assert.IsFalse(Decode(WiegandFormat.W26, Frame(WiegandFormat.W26, 1, pulseUs: 10)).Accepted);
        Assert.IsFalse(Decode(WiegandFormat.W26, Frame(WiegandFormat.W26, 1, pulseUs: 150)).Accepted);
        Assert.IsTrue(Decode(WiegandFormat.W26, Frame(WiegandFormat.W26, 1, pulseUs: 20)).Accepted);
        Assert.IsTrue(Decode(WiegandFormat.W26, Frame(WiegandFormat.W26, 1, pulseUs: 100)).Accepted);
    }

    [TestMethod]
    public void AGlitchBetweenBitsIsRejected()
    {
        var edges = Frame(WiegandFormat.W34, 42);
        long t = edges[5].TimeUs + 100;
        edges.Insert(6, new LineEdge(t, 1, false));
        edges.Insert(7, new LineEdge(t + 30, 1, true));
        var frame = Decode(WiegandFormat.W34, edges);
        Assert.IsFalse(frame.Accepted);
        StringAssert.Contains(frame.Problem, "bit interval");
    }

    [TestMethod]
    public void OverlappingPulsesOnBothLinesAreRejected()
    {
        var edges = Frame(WiegandFormat.W26, 0xABCDEF);
        edges.Insert(1, new LineEdge(edges[0].TimeUs + 10, 1 - edges[0].Line, false));
        edges.Insert(3, new LineEdge(edges[0].TimeUs + 60, 1 - edges[0].Line, true));
        var frame = Decode(WiegandFormat.W26, edges.OrderBy(e => e.TimeUs).ToList());
        Assert.IsFalse(frame.Accepted);
    }

    [TestMethod]
    public void TheAccessListDrivesTheLedAndBeeperLines()
    {
        var format = WiegandFormat.W42;
        var (controller, lines, clock) = Setup(format);
        controller.Grant(50);
        var sender = new WiegandSender(lines, clock, format, new WiegandTiming());
        sender.Send(50);
        long end = lines.LastEdgeUs / 1000;
        controller.Update(lines.Edges, (end + 150) * 1000);
        Assert.IsTrue(controller.Frames[0].Granted);
        var (led, _, beeper) = controller.Lines(end + 10);
        Assert.IsFalse(led, "one-wire LED low = green");
        Assert.IsFalse(beeper);
        Assert.AreEqual((true, true, true), controller.Lines(end + 5000));

        clock.Advance(5000);
        sender.Send(51);
        end = lines.LastEdgeUs / 1000;
        controller.Update(lines.Edges, (end + 150) * 1000);
        Assert.IsFalse(controller.Frames[1].Granted);
        Assert.IsTrue(controller.Lines(end + 10).Led, "denied: LED stays red");
        Assert.IsFalse(controller.Lines(end + 10).Beeper);
    }
}
