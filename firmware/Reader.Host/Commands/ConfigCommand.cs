using System.IO;
using Reader.Core.Config;
using Reader.Core.Identity;

namespace Reader.Host.Commands;

/// <summary><c>reader config check FILE</c>: validates a site configuration; line-numbered errors, or the effective settings (secrets masked).</summary>
public static class ConfigCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length != 2 || args[0] != "check")
        {
            error.WriteLine("usage: reader config check FILE");
            return ExitCodes.Usage;
        }
        string text;
        try
        {
            text = File.ReadAllText(args[1]);
        }
        catch (IOException e)
        {
            error.WriteLine($"config: {e.Message}");
            return ExitCodes.InputError;
        }
        var config = new SiteConfig();
        var errors = new ConfigErrors();
        if (!SiteConfigParser.Parse(text, config, errors))
        {
            for (int i = 0; i < errors.Count; i++) output.WriteLine($"{args[1]}: {errors.Describe(i)}");
            if (errors.Truncated) output.WriteLine($"{args[1]}: (more errors not shown)");
            output.WriteLine($"{errors.Count} error(s): the reader would ignore this file and use its defaults");
            return ExitCodes.Failed;
        }
        var f = config.Format;
        output.WriteLine($"{args[1]}: ok");
        output.WriteLine($"  wiegand   {f.Name}, {f.Bits} bits, payload {f.PayloadBits} bits; pulse {config.Timing.PulseUs} µs, period {config.Timing.PeriodUs} µs, gap {config.Timing.GapMs} ms");
        string id = config.IdMode == IdMode.Hmac ? $"HMAC-SHA256, first {f.PayloadBits} bits; key {SiteConfig.DescribeSecret(config.HmacKey)}" : $"last {config.IdDigits} digits of the card number";
        output.WriteLine($"  id        {id}; cards {config.CardRule}; UID order {(config.UidReversed ? "reversed" : "as read")}; hold-off {config.HoldOffMs} ms");
        output.WriteLine($"  feedback  {config.FeedbackMode}, controller LED {config.LedWiring}");
        var p = config.Pins;
        output.WriteLine($"  pins      PN532 TX {p.Pn532Tx} RX {p.Pn532Rx}; D0 {p.WiegandD0} D1 {p.WiegandD1}; LED R {p.LedRed} G {p.LedGreen}; buzzer {p.Buzzer}; controller LED {p.ControllerLed}/{p.ControllerLedGreen} beeper {p.ControllerBeeper}");
        output.WriteLine($"  emv       country {config.Terminal.CountryCode[0]:X2}{config.Terminal.CountryCode[1]:X2}, currency {config.Terminal.CurrencyCode[0]:X2}{config.Terminal.CurrencyCode[1]:X2}");
        output.WriteLine($"  network   wifi {(string.IsNullOrEmpty(config.WifiSsid) ? "off" : config.WifiSsid)}, password {SiteConfig.DescribeSecret(config.WifiPassword)}, sntp {config.SntpServer ?? "default"}");
        return ExitCodes.Ok;
    }
}
