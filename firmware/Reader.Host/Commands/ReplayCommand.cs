using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Reader.Core.Emv;
using Reader.Host.Cards;
using Reader.Host.Emv;

namespace Reader.Host.Commands;

/// <summary>
/// <c>reader replay FILE|DIR... [--json]</c>: reads recorded or synthetic cards with the EMV engine and checks each
/// result against the file's <c>expect</c>. One line (or JSON object) per card, then "N passed, M failed".
/// </summary>
public static class ReplayCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        bool json = false;
        string configFile = null;
        var paths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "--json") json = true;
            else if (arg == "--config" && i + 1 < args.Length) configFile = args[++i];
            else if (arg.StartsWith("-", StringComparison.Ordinal))
            {
                error.WriteLine($"replay: unknown option {arg}");
                return ExitCodes.Usage;
            }
            else paths.Add(arg);
        }
        if (paths.Count == 0)
        {
            error.WriteLine("usage: reader replay FILE|DIR... [--json] [--config FILE]");
            return ExitCodes.Usage;
        }

        Reader.Core.Config.SiteConfig site = SiteConfigFile.Load(configFile, error);
        if (site == null) return ExitCodes.Failed;
        List<CardFile> cards;
        try
        {
            cards = CardFile.LoadAll(paths);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            error.WriteLine($"replay: {e.Message}");
            return ExitCodes.InputError;
        }

        int passed = 0, failed = 0;
        foreach (CardFile card in cards)
        {
            CardReplay replay = CardReplay.Run(card, site);
            if (replay.Pass) passed++;
            else failed++;
            output.WriteLine(json ? ToJson(replay) : ToLine(replay));
        }
        output.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static string ToLine(CardReplay r)
    {
        string pan = r.Result.PanLength > 0 ? r.Result.MaskedPan() : "-";
        string id = r.Id.Length > 0 ? r.Id : "-";
        string phone = r.Result.IsPhoneToken ? " phone-token" : "";
        return $"{(r.Pass ? "PASS" : "FAIL")} {r.Card.Name,-48} {r.Outcome,-5} {r.Reason,-21} {CardSchemeText.Name(r.Result.Scheme),-16} " +
               $"aid={(r.Aid.Length > 0 ? r.Aid : "-"),-18} pan={pan,-19} id={id,-10} apdus={r.Result.ApduCount}{phone}";
    }

    private static string ToJson(CardReplay r)
    {
        return JsonSerializer.Serialize(new
        {
            file = Path.GetFileName(r.Card.Path),
            outcome = r.Outcome,
            reason = r.Reason,
            scheme = CardSchemeText.Name(r.Result.Scheme),
            aid = r.Aid,
            pan_masked = r.Result.PanLength > 0 ? r.Result.MaskedPan() : "",
            id = r.Id,
            wiegand = r.WiegandBits.Length > 0 ? new { format = r.WiegandFormatName, bits = r.WiegandBits } : null,
            apdus = r.Result.ApduCount,
            last_sw = r.Result.LastStatusWord < 0 ? "" : r.Result.LastStatusWord.ToString("X4"),
            phone_token = r.Result.IsPhoneToken,
            expect = r.Card.Expect.Outcome,
            pass = r.Pass,
        });
    }
}
