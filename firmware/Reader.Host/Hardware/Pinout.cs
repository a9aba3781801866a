using System;
using System.Collections.Generic;
using System.IO;

namespace Reader.Host.Hardware;

/// <summary>One row of hardware/pinout.csv.</summary>
public sealed record PinoutRow(string Signal, string Gpio, string Direction, string ConnectsTo, string Notes)
{
    /// <summary>The GPIO number, or -1 for power rows.</summary>
    public int GpioNumber => int.TryParse(Gpio, out int n) ? n : -1;

    /// <summary>Reads the pinout table (header line first; fields without commas inside).</summary>
    public static List<PinoutRow> Load(string path)
    {
        var rows = new List<PinoutRow>();
        string[] lines = File.ReadAllLines(path);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            string[] f = lines[i].Split(',');
            if (f.Length != 5) throw new InvalidDataException($"{path}:{i + 1}: expected 5 fields, found {f.Length}");
            rows.Add(new PinoutRow(f[0], f[1], f[2], f[3], f[4]));
        }
        return rows;
    }
}
