using System;
using System.IO;
using System.Linq;
using Reader.Core.Config;
using Reader.Core.Loop;
using Reader.Host.Simulator;
using Reader.Host.Board;
using Reader.Host.Cards;

namespace Reader.Host.Commands;

/// <summary>
/// <c>reader demo [--cards DIR] [--all] [--config FILE]</c>: the whole reader on the simulated board. A tray of the project's
/// own virtual cards and phones is tapped in turn; each tap shows the APDU exchange (card numbers masked), the outcome,
/// the ID, the Wiegand frame as the virtual controller decoded it, and the LED/buzzer pattern. <c>--all</c> taps every
/// card of the folder instead of the tray (e.g. <c>--cards ../shared/cards --all</c>).
/// </summary>
public static class DemoCommand
{
    /// <summary>The tray, in tapping order: cards of several schemes, phones, and cards that must give no ID.</summary>
    public static readonly string[] Tray =
    {
        "synthetic-visa-qvsdc", "synthetic-visa-qvsdc", "synthetic-mastercard-mchip", "synthetic-phone-visa-token", "synthetic-phone-wallet-locked",
        "synthetic-girocard-19-digits", "synthetic-luhn-fail", "synthetic-malformed-tlv", "synthetic-mifare-classic-4-byte-uid",
    };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string cardsDir = FindCards();
        string configFile = null;
        bool all = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--all") all = true;
            else if (args[i] == "--cards" && i + 1 < args.Length) cardsDir = args[++i];
            else if (args[i] == "--config" && i + 1 < args.Length) configFile = args[++i];
            else
            {
                error.WriteLine("usage: reader demo [--cards DIR] [--all] [--config FILE]");
                return ExitCodes.Usage;
            }
        }
        if (cardsDir == null || !Directory.Exists(cardsDir))
        {
            error.WriteLine("demo: the card profiles folder (cards/) was not found; pass --cards DIR");
            return ExitCodes.InputError;
        }
        SiteConfig config = SiteConfigFile.Load(configFile, error);
        if (config == null) return ExitCodes.Failed;

        // The reader talks to the wire-level PN532 simulator through the core's own PN532 driver, as on the device.
        var pn532 = new SimulatedPn532();
        if (pn532.Driver.Initialise() != Reader.Core.Ports.LinkStatus.Ok)
        {
            error.WriteLine("demo: the simulated PN532 did not start");
            return ExitCodes.Failed;
        }
        var transcript = new TranscriptObserver();
        var board = new SimulatedBoard(new ObservedLink(pn532.Driver, transcript), config, pn532.Clock);
        var cards = CardFile.LoadAll(new[] { cardsDir }).ToDictionary(c => c.Name);
        string[] tray = all ? cards.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray() : Tray;

        // The controller's access list: the first Visa, the phone and the badge are enrolled; the others are not.
        foreach (string enrolled in new[] { "synthetic-visa-qvsdc", "synthetic-phone-visa-token" })
        {
            if (cards.TryGetValue(enrolled, out var c) && c.Expect.Pan is { } pan) board.Controller.Grant(ulong.Parse(pan[^config.IdDigits..]));
        }
        board.Controller.Grant(0x1A2B3C4D);

        output.WriteLine($"Reader demo: simulated board (PN532 {pn532.Driver.FirmwareText()} simulator over HSU frames), {config.Format.Name} frames, ID = {(config.IdMode == Reader.Core.Identity.IdMode.Hmac ? "HMAC" : $"last {config.IdDigits} digits")}, feedback {config.FeedbackMode}");
        output.WriteLine($"controller access list: {string.Join(", ", new[] { "synthetic-visa-qvsdc", "synthetic-phone-visa-token", "synthetic-mifare-classic-4-byte-uid" })}");
        int tap = 0;
        for (int t = 0; t < tray.Length; t++)
        {
            string name = tray[t];
            // The same card twice in a row is tapped again at once: the hold-off keeps its ID from going twice.
            bool quickRetapNext = t + 1 < tray.Length && tray[t + 1] == name;
            if (!cards.TryGetValue(name, out CardFile card)) continue;
            tap++;
            output.WriteLine();
            output.WriteLine($"=== tap {tap}: {card.Name} ({card.Form}, {card.Scheme})");
            transcript.Lines.Clear();
            int framesBefore = board.Controller.Frames.Count;
            int timelineBefore = board.Indicator.Timeline.Count;
            int logBefore = board.LogLines.Count;

            pn532.Simulator.Place(card.ToVirtualCard());
            TapOutcome outcome = board.Loop.Step();
            board.Run(2500);
            pn532.Simulator.Remove();
            board.Run(200);
            board.Loop.Step();
            board.Loop.Step();
            if (!quickRetapNext) board.Run(3500);

            foreach (string line in transcript.Lines) output.WriteLine(line);
            TapReport r = board.Loop.Last;
            output.WriteLine($"  outcome   {Describe(outcome)}; reason {r.Reason}; {r.Read.ApduCount} APDUs");
            if (r.Read.PanLength > 0) output.WriteLine($"  card      {Reader.Core.Emv.CardSchemeText.Name(r.Read.Scheme)} {r.Read.MaskedPan()}{(r.Read.IsPhoneToken ? " (phone wallet token)" : "")}");
            if (outcome == TapOutcome.Sent) output.WriteLine($"  id        {r.Payload} (from {r.Source})");
            foreach (var frame in board.Controller.Frames.Skip(framesBefore))
            {
                output.WriteLine(frame.Accepted
                    ? $"  wiegand   controller decoded {frame.BitCount} bits {frame.Bits} -> id {frame.Payload}: {(frame.Granted ? "GRANTED" : "DENIED")}"
                    : $"  wiegand   controller rejected a frame: {frame.Problem}");
            }
            if (board.Controller.Frames.Count == framesBefore) output.WriteLine("  wiegand   nothing sent");
            string pattern = r.Pattern?.Name ?? "none";
            string lights = string.Join(" -> ", board.Indicator.Timeline.Skip(timelineBefore).Select(t => t.State));
            output.WriteLine($"  feedback  {pattern}: {lights}");
            foreach (string line in board.LogLines.Skip(logBefore)) output.WriteLine($"  log       {line}");
        }
        output.WriteLine();
        var k = board.Loop.Counters;
        output.WriteLine($"taps {k.Taps}, IDs sent {k.Sent}, held off {k.HeldOff}, no ID {k.NoId}, link faults {k.LinkFaults}");
        return ExitCodes.Ok;
    }

    private static string Describe(TapOutcome outcome) => outcome switch
    {
        TapOutcome.Sent => "ID sent",
        TapOutcome.NoId => "no ID",
        TapOutcome.HeldOff => "held off (same ID just sent)",
        TapOutcome.StillPresent => "card still present",
        TapOutcome.LinkFault => "PN532 link fault",
        _ => "no card",
    };

    /// <summary>cards/ of the repository, looked for from the current folder and from the tool's own folder upwards.</summary>
    public static string FindCards()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (string dir = start; dir != null; dir = Path.GetDirectoryName(dir))
            {
                string candidate = Path.Combine(dir, "cards");
                if (File.Exists(Path.Combine(dir, "Reader.sln")) && Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
