using System.Collections.Generic;
using Reader.Core.Ports;

namespace Reader.Host.Controller;

/// <summary>One level change on a Wiegand line, at an absolute time in microseconds.</summary>
public readonly record struct LineEdge(long TimeUs, int Line, bool High);

/// <summary>
/// The D0/D1 line pair of the simulated board: an <see cref="IPulseOutput"/> that turns each frame into the level
/// changes a controller's inputs would see (idle high, a low pulse per bit: D0 for 0, D1 for 1).
/// </summary>
public sealed class WiegandLines : IPulseOutput
{
    private readonly IClock _clock;
    private readonly List<LineEdge> _edges = new();

    public WiegandLines(IClock clock) => _clock = clock;

    /// <summary>Every edge so far, in time order.</summary>
    public IReadOnlyList<LineEdge> Edges => _edges;

    /// <summary>Frames accepted.</summary>
    public int Frames { get; private set; }

    /// <summary>When true the output refuses every frame (fault tests).</summary>
    public bool Broken { get; set; }

    public bool Send(byte[] bits, int bitCount, int pulseWidthUs, int bitPeriodUs)
    {
        if (Broken || bitCount <= 0 || bitCount > bits.Length) return false;
        for (int i = 0; i < bitCount; i++) if (bits[i] > 1) return false;
        long start = _clock.NowMs * 1000;
        if (_edges.Count > 0 && _edges[^1].TimeUs >= start) start = _edges[^1].TimeUs + bitPeriodUs;
        for (int i = 0; i < bitCount; i++)
        {
            long t = start + (long)i * bitPeriodUs;
            _edges.Add(new LineEdge(t, bits[i], false));
            _edges.Add(new LineEdge(t + pulseWidthUs, bits[i], true));
        }
        Frames++;
        return true;
    }

    /// <summary>Time the last pulse ended (µs), or -1.</summary>
    public long LastEdgeUs => _edges.Count == 0 ? -1 : _edges[^1].TimeUs;

    public void Clear() => _edges.Clear();
}
