using System.Globalization;
using System.Text;
using Reader.Core.Wiegand;

namespace Reader.Host.Controller;

/// <summary>
/// Draws a Wiegand frame as an SVG timing diagram: D0 and D1 idle high, one low pulse per bit, bit values and
/// parity bits labelled. Pulses are drawn wider than to scale (50 µs in a 2 ms period would be a hairline) and the
/// diagram says so.
/// </summary>
public static class WiegandDiagram
{
    public static string Svg(WiegandFormat format, byte[] bits, WiegandTiming timing, string title)
    {
        const int left = 70, top = 60, cell = 22, high = 0, low = 26, gapBetweenLines = 80;
        int n = format.Bits;
        int width = left + n * cell + 40;
        int height = top + 2 * gapBetweenLines + 90;
        var svg = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        svg.AppendLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"monospace\" font-size=\"12\">");
        svg.AppendLine($"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>");
        svg.AppendLine($"<text x=\"{left}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{Escape(title)}</text>");
        svg.AppendLine($"<text x=\"{left}\" y=\"40\">{format.Name}: {n} bits, pulse {timing.PulseUs} µs, bit period {timing.PeriodUs} µs, frame {timing.FrameDurationUs(n) / 1000.0:0.0} ms; pulses drawn wider than scale</text>");
        for (int line = 0; line < 2; line++)
        {
            int y0 = top + 20 + line * gapBetweenLines;
            svg.AppendLine($"<text x=\"10\" y=\"{y0 + 14}\" font-weight=\"bold\">D{line}</text>");
            var path = new StringBuilder($"M {left - 20} {y0 + high}");
            for (int i = 0; i < n; i++)
            {
                int x = left + i * cell + 4;
                if (bits[i] == line)
                {
                    path.Append(inv, $" L {x} {y0 + high} L {x} {y0 + low} L {x + 8} {y0 + low} L {x + 8} {y0 + high}");
                }
            }
            path.Append($" L {left + n * cell + 20} {y0 + high}");
            string colour = line == 0 ? "#1a7f37" : "#555555";
            svg.AppendLine($"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
        }
        int labels = top + 2 * gapBetweenLines + 20;
        for (int i = 0; i < n; i++)
        {
            int x = left + i * cell + 8;
            bool parity = format.Parity != WiegandParity.None && (i == 0 || i == n - 1);
            string fill = parity ? "#b35900" : "black";
            svg.AppendLine($"<text x=\"{x}\" y=\"{labels}\" fill=\"{fill}\" text-anchor=\"middle\">{bits[i]}</text>");
            if (i % 5 == 0 || i == n - 1) svg.AppendLine($"<text x=\"{x}\" y=\"{labels + 16}\" fill=\"#888\" font-size=\"9\" text-anchor=\"middle\">{i + 1}</text>");
        }
        svg.AppendLine($"<text x=\"{left}\" y=\"{labels + 38}\" fill=\"#b35900\">parity bits (first: even over the first half, last: odd over the second half)</text>");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
