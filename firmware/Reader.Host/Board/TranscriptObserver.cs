using System.Collections.Generic;
using Reader.Core.Text;
using Reader.Core.VirtualCards;

namespace Reader.Host.Board;

/// <summary>Keeps each APDU exchange as text with every card-number-like digit run masked.</summary>
public sealed class TranscriptObserver : IExchangeObserver
{
    public List<string> Lines { get; } = new();

    public void OnExchange(byte[] command, int commandLength, byte[] response, int responseLength)
    {
        Lines.Add($"  -> {Name(command, commandLength),-12} {Shorten(PanMask.MaskDigitRuns(Hex.Format(command, 0, commandLength)))}");
        string sw = responseLength >= 2 ? Hex.Format(response, responseLength - 2, 2) : "(none)";
        string data = responseLength > 2 ? PanMask.MaskDigitRuns(Hex.Format(response, 0, responseLength - 2)) : "";
        Lines.Add($"  <- {sw,-12} {Shorten(data)}{(responseLength > 2 ? $" ({responseLength - 2} bytes)" : "")}");
    }

    private static string Shorten(string hex) => hex.Length <= 64 ? hex : hex[..60] + "...";

    private static string Name(byte[] c, int length)
    {
        if (length < 4) return "?";
        return (c[0], c[1]) switch
        {
            (0x00, 0xA4) when length > 6 && c[5] == 0x32 => "SELECT PPSE",
            (0x00, 0xA4) when length > 6 && c[5] == 0x31 => "SELECT PSE",
            (0x00, 0xA4) => "SELECT AID",
            (0x80, 0xA8) => "GPO",
            (0x00, 0xB2) => "READ RECORD",
            (0x00, 0xC0) => "GET RESPONSE",
            _ => "APDU",
        };
    }
}
