using System.IO;
using Reader.Host.Hardware;

namespace Reader.Host.Commands;

/// <summary><c>reader hardware wiring --svg FILE [--pinout FILE]</c>: draws the wiring diagram from the pinout table.</summary>
public static class HardwareCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string svg = null, pinout = Path.Combine("hardware", "pinout.csv");
        if (args.Length == 0 || args[0] != "wiring") return Usage(error);
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--svg" && i + 1 < args.Length) svg = args[++i];
            else if (args[i] == "--pinout" && i + 1 < args.Length) pinout = args[++i];
            else return Usage(error);
        }
        if (svg == null) return Usage(error);
        try
        {
            File.WriteAllText(svg, WiringDiagram.Svg(PinoutRow.Load(pinout)));
        }
        catch (IOException e)
        {
            error.WriteLine($"hardware: {e.Message}");
            return ExitCodes.InputError;
        }
        output.WriteLine($"hardware: wrote {svg} from {pinout}");
        return ExitCodes.Ok;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("usage: reader hardware wiring --svg FILE [--pinout hardware/pinout.csv]");
        return ExitCodes.Usage;
    }
}
