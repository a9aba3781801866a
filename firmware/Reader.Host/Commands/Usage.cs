using System.IO;

namespace Reader.Host.Commands;

/// <summary>The help text. Keep it in step with docs/cli.md.</summary>
public static class Usage
{
    public static void Print(TextWriter output)
    {
        output.WriteLine("reader: the access-control reader on a PC");
        output.WriteLine();
        output.WriteLine("usage: reader <command> [options]");
        output.WriteLine();
        output.WriteLine("commands:");
        output.WriteLine("  replay FILE|DIR... [--json]   read recorded or synthetic cards, check each against its expectation");
        output.WriteLine("  tlv HEX                       decode EMV BER-TLV with tag names (card numbers masked)");
    }
}
