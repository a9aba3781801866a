using System.IO;
using Reader.Core.Wiegand;
using Reader.Host.Controller;

namespace Reader.Host.Commands;

/// <summary>
/// <c>reader wiegand ID [--format W42] [--parity halves|whole|none] [--svg FILE]</c>: prints the frame bits in
/// transmission order (parity marked) and the frame as hex; optionally writes the D0/D1 timing diagram.
/// The ID is decimal; for H10301/H10306/H10304 it may be FC:CN.
/// </summary>
public static class WiegandCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string id = null, formatName = "W42", svg = null, parityName = "halves";
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length: formatName = args[++i]; break;
                case "--svg" when i + 1 < args.Length: svg = args[++i]; break;
                case "--parity" when i + 1 < args.Length: parityName = args[++i]; break;
                default:
                    if (args[i].StartsWith('-') || id != null) return Usage(error);
                    id = args[i];
                    break;
            }
        }
        if (id == null) return Usage(error);
        WiegandParity parity = parityName switch { "whole" => WiegandParity.Whole, "none" => WiegandParity.None, "halves" => WiegandParity.Halves, _ => (WiegandParity)(-1) };
        if ((int)parity < 0) return Usage(error);
        WiegandFormat format = WiegandFormat.Parse(formatName, parity);
        if (format == null)
        {
            error.WriteLine($"wiegand: unknown format {formatName}");
            return ExitCodes.Usage;
        }

        ulong payload;
        int colon = id.IndexOf(':');
        if (colon > 0)
        {
            if (format.FacilityBits == 0 || !ulong.TryParse(id[..colon], out ulong fc) || !ulong.TryParse(id[(colon + 1)..], out ulong cn)
                || !WiegandCodec.TryCombine(format, fc, cn, out payload))
            {
                error.WriteLine($"wiegand: FC:CN does not fit {format.Name} (facility {format.FacilityBits} bits, card number {format.CardNumberBits} bits)");
                return ExitCodes.Failed;
            }
        }
        else if (!ulong.TryParse(id, out payload))
        {
            error.WriteLine("wiegand: the ID must be a decimal number (or FC:CN)");
            return ExitCodes.Usage;
        }

        var bits = new byte[WiegandFormat.MaxBits];
        if (!WiegandCodec.TryEncode(format, payload, bits))
        {
            error.WriteLine($"wiegand: {payload} does not fit {format.Name}: its payload is {format.PayloadBits} bits (max {format.MaxPayload}, {format.DecimalDigitsThatFit} decimal digits always fit)");
            return ExitCodes.Failed;
        }
        output.WriteLine($"format  {format.Name} ({format.Bits} bits, payload {format.PayloadBits} bits, parity {parityName})");
        output.WriteLine($"id      {payload} (0x{payload:X})");
        var line = new System.Text.StringBuilder();
        for (int i = 0; i < format.Bits; i++)
        {
            bool parityBit = format.Parity != WiegandParity.None && (i == 0 || i == format.Bits - 1);
            if (parityBit && i > 0) line.Append(' ');
            line.Append(parityBit ? (bits[i] == 1 ? 'P' : 'p') : (char)('0' + bits[i]));
            if (parityBit && i == 0) line.Append(' ');
        }
        output.WriteLine($"bits    {line}   (first bit sent first; p/P = parity bit 0/1)");
        var plain = new char[format.Bits];
        for (int i = 0; i < format.Bits; i++) plain[i] = (char)('0' + bits[i]);
        output.WriteLine($"binary  {new string(plain)}");
        output.WriteLine($"hex     {WiegandCodec.FrameHex(bits, format.Bits)}");
        if (svg != null)
        {
            File.WriteAllText(svg, WiegandDiagram.Svg(format, bits, new WiegandTiming(), $"Wiegand {format.Name}, ID {payload}"));
            output.WriteLine($"svg     {svg}");
        }
        return ExitCodes.Ok;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("usage: reader wiegand ID [--format W42] [--parity halves|whole|none] [--svg FILE]");
        return ExitCodes.Usage;
    }
}
