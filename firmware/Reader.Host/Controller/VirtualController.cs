using System;
using System.Collections.Generic;
using Reader.Core.Wiegand;

namespace Reader.Host.Controller;

/// <summary>What the controller made of a burst of pulses.</summary>
public sealed record DecodedFrame(long EndUs, int BitCount, string Bits, bool Accepted, string Problem, ulong Payload, bool Granted);

/// <summary>
/// An access controller's Wiegand input, decoding pulse timelines the way real decoders do (wiegand.md §8, modelled
/// on ESPHome): a pulse must be 20-100 µs low; consecutive pulses must start 200 µs-20 ms apart; pulses on both lines
/// at once are a fault; the frame ends after <see cref="EndOfFrameUs"/> of silence; its length must be the configured
/// format's and its parity must hold. Accepted IDs are checked against an access list and answered on the LED and
/// beeper lines (active low), as the reader's controller inputs see them.
/// </summary>
public sealed class VirtualController
{
    public const int MinPulseUs = 20;
    public const int MaxPulseUs = 100;
    public const int MinIntervalUs = 200;
    public const int MaxIntervalUs = 20000;

    private readonly WiegandFormat _format;
    private readonly HashSet<ulong> _granted = new();
    private readonly List<DecodedFrame> _frames = new();
    private readonly List<(int Line, long StartUs, long EndUs)> _pulses = new();
    private int _consumedEdges;
    private readonly long[] _fallAt = { -1, -1 };
    private string _problem;
    private long _answerUntilMs = long.MinValue;
    private long _answerStartMs;
    private bool _answerGranted;

    public VirtualController(WiegandFormat format, long endOfFrameUs = 100_000)
    {
        _format = format;
        EndOfFrameUs = endOfFrameUs;
    }

    /// <summary>Silence that ends a frame (ESPHome: 100 ms; monkeyboard: 25 ms).</summary>
    public long EndOfFrameUs { get; }

    public IReadOnlyList<DecodedFrame> Frames => _frames;

    public void Grant(ulong id) => _granted.Add(id);

    /// <summary>The reader's LED input is two-wire (red and green lines) rather than one-wire.</summary>
    public bool TwoWireLed { get; set; }

    /// <summary>Reads new edges from the lines and closes any frame whose silence has lasted long enough.</summary>
    public void Update(IReadOnlyList<LineEdge> edges, long nowUs)
    {
        for (; _consumedEdges < edges.Count; _consumedEdges++)
        {
            LineEdge e = edges[_consumedEdges];
            if (e.TimeUs > nowUs) break;
            CloseIfSilent(e.TimeUs);
            Take(e);
        }
        CloseIfSilent(nowUs);
    }

    private void Take(LineEdge e)
    {
        int other = 1 - e.Line;
        if (!e.High)
        {
            if (_fallAt[other] >= 0) _problem ??= "pulses on D0 and D1 overlap";
            _fallAt[e.Line] = e.TimeUs;
            return;
        }
        long start = _fallAt[e.Line];
        _fallAt[e.Line] = -1;
        if (start < 0) return;
        long width = e.TimeUs - start;
        if (width < MinPulseUs || width > MaxPulseUs) _problem ??= $"pulse of {width} µs outside {MinPulseUs}-{MaxPulseUs} µs";
        if (_pulses.Count > 0)
        {
            long interval = start - _pulses[^1].StartUs;
            if (interval < MinIntervalUs || interval > MaxIntervalUs) _problem ??= $"bit interval of {interval} µs outside {MinIntervalUs} µs-{MaxIntervalUs / 1000} ms";
        }
        _pulses.Add((e.Line, start, e.TimeUs));
    }

    private void CloseIfSilent(long nowUs)
    {
        if (_pulses.Count == 0) return;
        long last = _pulses[^1].EndUs;
        if (nowUs - last < EndOfFrameUs) return;
        var bits = new byte[_pulses.Count];
        var text = new char[_pulses.Count];
        for (int i = 0; i < _pulses.Count; i++)
        {
            bits[i] = (byte)_pulses[i].Line;
            text[i] = (char)('0' + bits[i]);
        }
        string problem = _problem;
        ulong payload = 0;
        if (problem == null)
        {
            if (bits.Length > WiegandFormat.MaxBits)
            {
                problem = $"{bits.Length} bits, expected {_format.Bits}";
            }
            else
            {
                var status = WiegandCodec.TryDecode(_format, bits, bits.Length, out payload);
                if (status == WiegandDecodeStatus.WrongLength) problem = $"{bits.Length} bits, expected {_format.Bits}";
                else if (status == WiegandDecodeStatus.ParityError) problem = "parity error";
            }
        }
        bool accepted = problem == null;
        bool granted = accepted && _granted.Contains(payload);
        _frames.Add(new DecodedFrame(last, bits.Length, new string(text), accepted, problem, accepted ? payload : 0, granted));
        if (accepted)
        {
            _answerGranted = granted;
            _answerStartMs = last / 1000;
            _answerUntilMs = _answerStartMs + (granted ? 2000 : 900);
        }
        _pulses.Clear();
        _problem = null;
    }

    /// <summary>
    /// The controller's output lines at a time (true = high): granted → LED low (green) for 2 s and the beeper low for
    /// the first 300 ms; denied → LED high (red) and three 150 ms beeps. Idle: all high.
    /// </summary>
    public (bool Led, bool LedGreen, bool Beeper) Lines(long nowMs)
    {
        if (nowMs < _answerStartMs || nowMs >= _answerUntilMs) return (true, true, true);
        long t = nowMs - _answerStartMs;
        if (_answerGranted) return TwoWireLed ? (true, false, t >= 300) : (false, true, t >= 300);
        bool beep = t < 750 && t % 300 < 150;
        return TwoWireLed ? (false, true, !beep) : (true, true, !beep);
    }
}
