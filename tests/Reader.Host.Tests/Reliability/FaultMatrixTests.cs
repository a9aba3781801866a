using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Config;
using Reader.Core.Loop;
using Reader.Core.Ports;
using Reader.Host.Board;
using Reader.Host.Cards;
using Reader.Host.Simulator;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Reliability;

/// <summary>
/// Every profile card × (removal after each APDU, and each UART fault kind armed at each PN532 command of the tap),
/// through the whole board: core PN532 driver, wire-level simulator, reader loop, Wiegand lines, virtual controller.
/// Each case must return to polling within a bounded simulated time, and the controller must receive either no frame
/// or exactly the frame of the fault-free tap: never a partial or a wrong one.
/// </summary>
[TestClass]
public class FaultMatrixTests
{
    public sealed record Tally(int Cases, int CorrectFrames, int NoFrame);

    private static readonly string[] FaultKinds = { "drop-ack", "bad-checksum", "flip-byte", "truncate", "mute", "error-frame", "garbage", "late-answer" };

    private static void Arm(Pn532Faults faults, string kind)
    {
        switch (kind)
        {
            case "drop-ack": faults.DropAcks = 1; break;
            case "bad-checksum": faults.BadChecksums = 1; break;
            case "flip-byte": faults.FlipBytes = 1; break;
            case "truncate": faults.TruncateNextAnswer = 4; break;
            case "mute": faults.MuteAnswers = 1; break;
            case "error-frame": faults.ErrorFrames = 1; break;
            case "garbage": faults.GarbageBeforeNextAnswer = new byte[] { 0x98, 0x80, 0x00, 0xFF, 0x03 }; break;
            case "late-answer": faults.LateAnswers = 1; break;
        }
    }

    /// <summary>Runs one tap; returns the decoded frames and whether the loop is back to polling.</summary>
    private static (List<ulong> Payloads, int Rejected, bool BackToPolling, long SimulatedMs) Tap(CardFile card, Action<SimulatedPn532, int> arm)
    {
        var pn532 = new SimulatedPn532();
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Initialise());
        var board = new SimulatedBoard(pn532.Driver, new SiteConfig(), pn532.Clock);
        int baseCommands = pn532.Simulator.Commands;
        pn532.Simulator.Place(card.ToVirtualCard());
        arm(pn532, baseCommands);
        long start = pn532.Clock.NowMs;
        board.Loop.Step();
        board.Run(300);
        pn532.Simulator.Remove();
        // Back to polling: within a few steps the loop reports an empty field.
        bool polling = false;
        for (int i = 0; i < 10 && !polling; i++) polling = board.Loop.Step() == TapOutcome.NoCard;
        board.Run(500);
        long took = pn532.Clock.NowMs - start;
        var frames = board.Controller.Frames;
        return (frames.Where(f => f.Accepted).Select(f => f.Payload).ToList(), frames.Count(f => !f.Accepted), polling, took);
    }

    public static Tally Run(IEnumerable<CardFile> cards)
    {
        int cases = 0, correct = 0, none = 0;
        foreach (CardFile card in cards)
        {
            var clean = Tap(card, (_, _) => { });
            Assert.IsTrue(clean.Payloads.Count <= 1, card.Name);
            ulong? expected = clean.Payloads.Count == 1 ? clean.Payloads[0] : null;
            int apdus = card.Exchanges.Count + 2;

            void Check((List<ulong> Payloads, int Rejected, bool BackToPolling, long SimulatedMs) r, string label)
            {
                cases++;
                Assert.IsTrue(r.BackToPolling, $"{label}: not back to polling");
                Assert.IsTrue(r.SimulatedMs < 20000, $"{label}: took {r.SimulatedMs} ms");
                Assert.AreEqual(0, r.Rejected, $"{label}: the controller saw a partial or corrupt frame");
                Assert.IsTrue(r.Payloads.Count <= 1, $"{label}: more than one frame");
                if (r.Payloads.Count == 0) none++;
                else
                {
                    Assert.AreEqual(expected, r.Payloads[0], $"{label}: a wrong ID was sent");
                    correct++;
                }
            }

            for (int k = 1; k <= apdus; k++)
            {
                int at = k;
                Check(Tap(card, (p, _) => p.Simulator.Faults.RemoveCardAtApdu = at), $"{card.Name} removed at APDU {k}");
            }
            int commands = 4 + 2 * apdus;
            foreach (string kind in FaultKinds)
            {
                for (int c = 1; c <= commands; c++)
                {
                    int at = c;
                    Check(Tap(card, (p, first) => p.Simulator.BeforeCommand = n => { if (n == first + at) Arm(p.Simulator.Faults, kind); }),
                        $"{card.Name} {kind} at command {c}");
                }
            }
        }
        return new Tally(cases, correct, none);
    }

    [TestMethod]
    public void NoFaultMakesTheReaderHangOrSendAWrongOrPartialFrame()
    {
        var cards = CardFile.LoadAll(new[] { RepoPaths.Combine("cards") })
            .Where(c => c.Name is "synthetic-visa-qvsdc" or "synthetic-mastercard-mchip" or "synthetic-phone-visa-token"
                or "synthetic-girocard-19-digits" or "synthetic-mifare-classic-4-byte-uid" or "synthetic-phone-wallet-locked")
            .ToList();
        Assert.AreEqual(6, cards.Count);
        Tally tally = Run(cards);
        Console.WriteLine($"fault matrix: {tally.Cases} cases, {tally.CorrectFrames} correct frames, {tally.NoFrame} without frame, 0 wrong or partial");
        Assert.IsTrue(tally.Cases > 300);
        Assert.IsTrue(tally.CorrectFrames > 0 && tally.NoFrame > 0);
    }
}
