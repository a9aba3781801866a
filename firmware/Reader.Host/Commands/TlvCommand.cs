using System.IO;
using System.Text;
using Reader.Core.Emv;
using Reader.Core.Text;
using Reader.Host.Emv;

namespace Reader.Host.Commands;

/// <summary>
/// <c>reader tlv HEX</c>: decodes EMV BER-TLV as an indented tree with tag names. Values that may hold a card number
/// (5A, 57, 56, 9F6B) are printed with their digits masked. Malformed input is reported with its byte offset.
/// </summary>
public static class TlvCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            error.WriteLine("usage: reader tlv HEX");
            return ExitCodes.Usage;
        }
        byte[] data = Hex.TryParse(string.Join("", args));
        if (data == null)
        {
            error.WriteLine("tlv: not hex (an even number of 0-9 A-F digits, spaces allowed)");
            return ExitCodes.Usage;
        }
        var text = new StringBuilder();
        bool ok = Print(data, 0, data.Length, 0, text);
        output.Write(text.ToString());
        if (!ok) return ExitCodes.Failed;
        return ExitCodes.Ok;
    }

    private static bool Print(byte[] data, int start, int end, int depth, StringBuilder text)
    {
        int p = start;
        while (p < end)
        {
            TlvStatus status = TlvReader.Decode(data, p, end, out int tag, out int valueOffset, out int valueLength, out int consumed);
            if (status == TlvStatus.End) return true;
            string indent = new(' ', depth * 2);
            if (status != TlvStatus.Ok)
            {
                text.AppendLine($"{indent}error at byte {p}: {Describe(status)}");
                return false;
            }
            string tagHex = tag > 0xFFFF ? tag.ToString("X6") : tag > 0xFF ? tag.ToString("X4") : tag.ToString("X2");
            text.Append($"{indent}{tagHex} {TagNames.Name(tag)} ({valueLength} bytes)");
            if (TlvReader.IsConstructed(tag) && depth < TlvReader.MaxDepth)
            {
                text.AppendLine();
                if (!Print(data, valueOffset, valueOffset + valueLength, depth + 1, text)) return false;
            }
            else
            {
                string value = Hex.Format(data, valueOffset, valueLength);
                if (TagNames.MayHoldPan(tag)) value = PanMask.MaskDigitRuns(value);
                text.AppendLine($": {value}{Ascii(tag, data, valueOffset, valueLength)}");
            }
            p += consumed;
        }
        return true;
    }

    private static string Ascii(int tag, byte[] data, int offset, int length)
    {
        if (tag is not (0x50 or 0x84 or 0x9F12 or 0x5F20 or 0x5F2D or 0x9F4E)) return "";
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            byte b = data[offset + i];
            chars[i] = b >= 0x20 && b < 0x7F ? (char)b : '.';
        }
        return $" \"{new string(chars)}\"";
    }

    private static string Describe(TlvStatus status) => status switch
    {
        TlvStatus.Truncated => "truncated (the length runs past the end of the data)",
        TlvStatus.LengthTooLong => "unsupported length form (indefinite, or more than 2 length bytes)",
        TlvStatus.BadTag => "tag longer than 3 bytes",
        TlvStatus.TooDeep => "templates nested too deep",
        _ => "malformed",
    };
}
