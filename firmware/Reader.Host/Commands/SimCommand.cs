using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Reader.Host.Cards;
using Reader.Host.Platform;
using Reader.Host.Simulator;

namespace Reader.Host.Commands;

/// <summary>
/// <c>reader sim --pty PATH [--card FILE|DIR]... [--dwell MS] [--gap MS] [--trace] [--seconds N]</c>: the simulated
/// PN532 behind a pseudo-terminal at PATH (a symlink to /dev/pts/N), so libnfc, <c>reader run --port PATH</c> or any
/// PN532 software can drive it. The cards are placed in the field in turn, each for --dwell ms (default 3000) with
/// --gap ms (default 1000) of empty field between; without cards the field stays empty. Ctrl-C stops it.
/// </summary>
public static class SimCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string path = null;
        var cardPaths = new List<string>();
        int dwell = 3000, gap = 1000, seconds = 0;
        bool trace = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--pty" when i + 1 < args.Length: path = args[++i]; break;
                case "--card" when i + 1 < args.Length: cardPaths.Add(args[++i]); break;
                case "--dwell" when i + 1 < args.Length && int.TryParse(args[i + 1], out dwell): i++; break;
                case "--gap" when i + 1 < args.Length && int.TryParse(args[i + 1], out gap): i++; break;
                case "--seconds" when i + 1 < args.Length && int.TryParse(args[i + 1], out seconds): i++; break;
                case "--trace": trace = true; break;
                default:
                    error.WriteLine("usage: reader sim --pty PATH [--card FILE|DIR]... [--dwell MS] [--gap MS] [--trace] [--seconds N]");
                    return ExitCodes.Usage;
            }
        }
        if (path == null)
        {
            error.WriteLine("sim: --pty PATH is required");
            return ExitCodes.Usage;
        }
        List<CardFile> cards;
        try
        {
            cards = CardFile.LoadAll(cardPaths);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            error.WriteLine($"sim: {e.Message}");
            return ExitCodes.InputError;
        }

        using var host = new PtySimulatorHost(path, new SystemClock());
        if (trace) host.Simulator.Trace = line => { lock (output) output.WriteLine(line); };
        host.Start();
        output.WriteLine($"sim: PN532 v1.6 simulator on {path} -> {host.SlavePath} (libnfc: LIBNFC_DEVICE=pn532_uart:{path}:115200)");
        output.WriteLine(cards.Count == 0 ? "sim: no cards: the field stays empty" : $"sim: {cards.Count} card(s), {dwell} ms in the field, {gap} ms apart");
        output.Flush();

        using var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Set(); };
        var started = DateTime.UtcNow;
        int index = 0;
        while (!stop.IsSet && (seconds == 0 || (DateTime.UtcNow - started).TotalSeconds < seconds))
        {
            if (cards.Count == 0)
            {
                stop.Wait(200);
                continue;
            }
            CardFile card = cards[index++ % cards.Count];
            host.With(s => s.Place(card.ToVirtualCard()));
            output.WriteLine($"sim: card in field: {card.Name}");
            output.Flush();
            if (stop.Wait(dwell)) break;
            host.With(s => s.Remove());
            output.WriteLine("sim: field empty");
            output.Flush();
            if (stop.Wait(gap)) break;
        }
        return ExitCodes.Ok;
    }
}
