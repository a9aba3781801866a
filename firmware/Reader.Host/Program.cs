using System;
using Reader.Host.Commands;

namespace Reader.Host;

/// <summary>Entry point of the host tool: one sub-command per ability of the CLI contract (docs/cli.md).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            Usage.Print(Console.Out);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        string[] rest = args[1..];
        switch (args[0])
        {
            // Each command lives in Commands/<Name>Command.cs and returns an exit code from ExitCodes.
            case "demo": return DemoCommand.Run(rest, Console.Out, Console.Error);
            case "sim": return SimCommand.Run(rest, Console.Out, Console.Error);
            case "run": return RunCommand.Run(rest, Console.Out, Console.Error);
            case "replay": return ReplayCommand.Run(rest, Console.Out, Console.Error);
            case "tlv": return TlvCommand.Run(rest, Console.Out, Console.Error);
            case "wiegand": return WiegandCommand.Run(rest, Console.Out, Console.Error);
            case "hardware": return HardwareCommand.Run(rest, Console.Out, Console.Error);
            case "config": return ConfigCommand.Run(rest, Console.Out, Console.Error);
            default:
                Console.Error.WriteLine($"unknown command '{args[0]}'");
                Usage.Print(Console.Error);
                return ExitCodes.Usage;
        }
    }
}
