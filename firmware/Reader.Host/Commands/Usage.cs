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
    }
}
