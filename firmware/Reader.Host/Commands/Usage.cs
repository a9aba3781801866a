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
        output.WriteLine("  demo [--config FILE]          the whole reader on the simulated board: a tray of cards and phones tapped in turn");
        output.WriteLine("  sim --pty PATH [--card FILE|DIR]...  the simulated PN532 on a pseudo-terminal (for libnfc, run)");
        output.WriteLine("  run --port DEVICE [--config FILE]    the reader loop on a real PN532 (USB-UART, HSU mode)");
        output.WriteLine("  replay FILE|DIR... [--json]   read recorded or synthetic cards, check each against its expectation");
        output.WriteLine("  wiegand ID [--format W42] [--svg FILE]  show a Wiegand frame's bits; draw its D0/D1 timing diagram");
        output.WriteLine("  config check FILE             validate a site configuration file");
        output.WriteLine("  hardware wiring --svg FILE    draw the wiring diagram from hardware/pinout.csv");
        output.WriteLine("  tlv HEX                       decode EMV BER-TLV with tag names (card numbers masked)");
    }
}
