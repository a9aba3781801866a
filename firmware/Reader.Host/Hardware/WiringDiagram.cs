using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Reader.Host.Hardware;

/// <summary>
/// Draws hardware/wiring.svg from hardware/pinout.csv: the controller terminal block with its wire colours, the
/// supply, the output stages, the level shifters, the ESP32 DevKitC with every signal's GPIO, and the PN532 in HSU
/// mode. The pinout table is the text source; a test checks that the committed SVG is what this draws.
/// </summary>
public static class WiringDiagram
{
    private sealed record Block(string Id, int X, int Y, int W, int H, string Title, string[] Lines, string Fill);

    public static string Svg(IReadOnlyList<PinoutRow> rows)
    {

        var blocks = new[]
        {
            new Block("j1", 20, 90, 210, 330, "J1 controller cable", new[]
            {
                "+12 V ......... red", "GND ............ black", "D0 ............. green", "D1 ............. white",
                "LED (red/1-wire) brown", "LED green ...... orange", "BEEPER ......... yellow", "drain ... controller GND",
            }, "#f4f4f4"),
            new Block("psu", 290, 20, 250, 90, "Supply", new[] { "F1 500 mA polyfuse, D2 reverse diode", "U1 buck 12 V -> 5 V (1 A)", "5 V -> DevKitC 5V pin and PN532 VCC" }, "#fff4e0"),
            new Block("wg", 290, 130, 250, 110, "Q1, Q2  2N7002 open-drain", new[] { "gate: 100 R series, 100 k pull-down", "(off while the ESP32 boots)", "drain -> D0 / D1; source -> GND", "GPIO high = line low = pulse" }, "#e8f4ea"),
            new Block("ls", 290, 260, 250, 110, "Q6, Q7, Q8  BSS138 level shifters", new[] { "gate -> 3.3 V", "source -> GPIO, 10 k pull-up to 3.3 V", "drain -> controller line, 10 k to 5 V", "(ESP32 inputs are not 5 V tolerant)" }, "#e8eefa"),
            new Block("ind", 290, 390, 250, 100, "Q3, Q4, Q5  MMBT3904 low-side", new[] { "1 k base resistors", "LED1 red/green common anode, 680 R", "BZ1 active buzzer 5 V, D1 flyback" }, "#fbeaea"),
            new Block("esp", 610, 90, 250, 400, "ESP32 DevKitC", new string[0], "#eef7ff"),
            new Block("pn", 930, 150, 230, 170, "PN532 module (HSU)", new[] { "mode switches: SEL0 = 0, SEL1 = 0", "VCC 5 V, GND", "RXD <- ESP32 TX", "TXD -> ESP32 RX", "115200 8N1" }, "#f6f0ff"),
        };

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1190\" height=\"560\" viewBox=\"0 0 1190 560\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append("<rect width=\"1190\" height=\"560\" fill=\"white\"/>\n");
        svg.Append("<text x=\"20\" y=\"40\" font-size=\"17\" font-weight=\"bold\">Reader wiring</text>\n");
        foreach (var b in blocks)
        {
            svg.Append($"<rect x=\"{b.X}\" y=\"{b.Y}\" width=\"{b.W}\" height=\"{b.H}\" rx=\"6\" fill=\"{b.Fill}\" stroke=\"#333\"/>\n");
            svg.Append($"<text x=\"{b.X + 10}\" y=\"{b.Y + 20}\" font-weight=\"bold\">{Escape(b.Title)}</text>\n");
            for (int i = 0; i < b.Lines.Length; i++)
                svg.Append($"<text x=\"{b.X + 10}\" y=\"{b.Y + 42 + i * 18}\">{Escape(b.Lines[i])}</text>\n");
        }

        // ESP32 pins: one row per GPIO signal, in table order.
        var pins = rows.Where(r => r.GpioNumber >= 0).ToList();
        int y0 = 130;
        var pinY = new Dictionary<string, int>();
        for (int i = 0; i < pins.Count; i++)
        {
            int y = y0 + i * 34;
            pinY[pins[i].Signal] = y;
            string text = $"GPIO{pins[i].Gpio}  {pins[i].Signal} ({pins[i].Direction})";
            svg.Append($"<text x=\"620\" y=\"{y + 4}\">{Escape(text)}</text>\n");
        }

        void Wire(int x1, int y1, int x2, int y2, string colour, string label, int mid = -1)
        {
            if (mid < 0) mid = (x1 + x2) / 2;
            svg.Append($"<path d=\"M {x1} {y1} L {mid} {y1} L {mid} {y2} L {x2} {y2}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>\n");
            if (label != null) svg.Append($"<text x=\"{mid + 4}\" y=\"{y2 - 4}\" font-size=\"10\" fill=\"#333\">{Escape(label)}</text>\n");
        }

        // ESP32 -> stages (left side of the ESP32 box); each wire has its own vertical run so none overlap.
        Wire(610, pinY["WiegandD0"], 540, 170, "#1a7f37", null, 556);
        Wire(610, pinY["WiegandD1"], 540, 200, "#777", null, 563);
        Wire(610, pinY["ControllerLed"], 540, 300, "#8b4513", null, 570);
        Wire(610, pinY["ControllerLedGreen"], 540, 320, "#e67e00", null, 577);
        Wire(610, pinY["ControllerBeeper"], 540, 340, "#c9a800", null, 584);
        Wire(610, pinY["LedRed"], 540, 420, "#c00", null, 591);
        Wire(610, pinY["LedGreen"], 540, 440, "#080", null, 598);
        Wire(610, pinY["Buzzer"], 540, 460, "#333", null, 605);
        // ESP32 -> PN532 (right side).
        Wire(860, pinY["Pn532Tx"], 930, 240, "#5b2c83", null);
        Wire(860, pinY["Pn532Rx"], 930, 258, "#5b2c83", null);
        // Supply and cable.
        Wire(230, 130, 290, 60, "#c00", null);
        Wire(540, 60, 735, 90, "#c00", "5 V");
        Wire(230, 166, 290, 185, "#1a7f37", "D0");
        Wire(230, 184, 290, 205, "#777", "D1");
        Wire(230, 202, 290, 305, "#8b4513", "LED");
        Wire(230, 220, 290, 325, "#e67e00", "LED-G");
        Wire(230, 238, 290, 345, "#c9a800", "BEEP");
        svg.Append("<text x=\"20\" y=\"520\" fill=\"#555\">No strapping pins (0, 2, 5, 12, 15) and no boot-toggling pins (1, 3, 14) on outputs; controller inputs on input-only GPIO 34-39 with external pull-ups.</text>\n");
        svg.Append("<text x=\"20\" y=\"540\" fill=\"#555\">Outputs idle low with pull-downs: nothing pulses on D0/D1 while the ESP32 boots. Common ground with the controller.</text>\n");
        svg.Append("<text x=\"890\" y=\"540\" fill=\"#555\" font-size=\"10\">generated from hardware/pinout.csv</text>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
