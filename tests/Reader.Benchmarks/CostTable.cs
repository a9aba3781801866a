using System;
using System.IO;
using System.Linq;
using Reader.Benchmarks.Baseline;
using Reader.Core.Emv;
using Reader.Core.Ports;
using Reader.Core.VirtualCards;
using Reader.Host.Cards;
using Reader.Host.Platform;
using Reader.Host.Simulator;

namespace Reader.Benchmarks;

/// <summary>Per card: the engine's APDUs and bytes vs the naive prototype, and the PN532 link bytes and time at 115200 baud.</summary>
public static class CostTable
{
    public const int Baud = 115200;

    public static void Print(string[] dirs, TextWriter output)
    {
        var cards = CardFile.LoadAll(dirs.Where(Directory.Exists)).Where(c => c.Identity == null || c.Identity.Sak == 0x20).ToList();
        output.WriteLine("| card | engine APDUs | engine APDU bytes | engine PAN | naive APDUs | naive APDU bytes | naive PAN | PN532 link bytes | link time at 115200 baud |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        int engineApdus = 0, naiveApdus = 0, engineRight = 0, naiveRight = 0, expectId = 0;
        long engineBytes = 0, naiveBytes = 0, linkBytes = 0;
        foreach (CardFile card in cards)
        {
            // The engine over an in-memory link (APDU level).
            var link = new VirtualCardLink();
            link.Place(card.ToVirtualCard());
            var target = new CardTarget();
            link.Poll(target);
            var result = new ReadResult();
            new EmvReader(link, new TerminalConfig(), ManualClock.Fixed(), new HostRandom(1)).Read(result);
            string pan = result.Outcome == ReadOutcome.Pan ? new string(result.Pan, 0, result.PanLength) : null;

            // The naive prototype strategy over the same card.
            var naiveLink = new VirtualCardLink();
            naiveLink.Place(card.ToVirtualCard());
            var naive = new NaivePrototypeReader(naiveLink);
            string naivePan = naive.Read();

            // The engine over the core PN532 driver and the wire-level simulator: bytes on the UART both ways.
            var pn532 = new SimulatedPn532();
            pn532.Driver.Initialise();
            pn532.Simulator.Place(card.ToVirtualCard());
            long before = pn532.Channel.BytesWritten + pn532.Channel.BytesRead;
            pn532.Driver.Poll(new CardTarget());
            new EmvReader(pn532.Driver, new TerminalConfig(), pn532.Clock, new HostRandom(1)).Read(new ReadResult());
            pn532.Driver.Release();
            long wire = pn532.Channel.BytesWritten + pn532.Channel.BytesRead - before;

            bool wantId = card.Expect.Outcome == "id";
            bool engineOk = wantId ? pan == card.Expect.Pan : pan == null;
            bool naiveOk = wantId ? naivePan == card.Expect.Pan : naivePan == null;
            engineApdus += link.ExchangeCount;
            engineBytes += link.ByteCount;
            naiveApdus += naive.ApduCount;
            naiveBytes += naive.ByteCount;
            linkBytes += wire;
            if (engineOk) engineRight++;
            if (naiveOk) naiveRight++;
            if (wantId) expectId++;
            output.WriteLine($"| {card.Name} | {link.ExchangeCount} | {link.ByteCount} | {(engineOk ? "right" : "WRONG")} | {naive.ApduCount} | {naive.ByteCount} | {(naiveOk ? "right" : naivePan == null ? "missed" : "WRONG")} | {wire} | {wire * 10.0 * 1000 / Baud:0.0} ms |");
        }
        output.WriteLine($"| **all {cards.Count} cards** | {engineApdus} | {engineBytes} | {engineRight} right | {naiveApdus} | {naiveBytes} | {naiveRight} right | {linkBytes} | {linkBytes * 10.0 * 1000 / Baud:0} ms |");
        output.WriteLine();
        output.WriteLine($"cards expecting an ID: {expectId}. 'right' = the expected PAN for id cards, no PAN for no-id cards (the naive strategy has no Luhn check, so it 'reads' masked numbers).");
    }
}
