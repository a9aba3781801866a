using System;
using System.Diagnostics;
using Reader.Core.Ports;

namespace Reader.Host.Platform;

/// <summary>The PC's clock: a monotonic stopwatch and the real UTC date.</summary>
public sealed class SystemClock : IClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    public long NowMs => _watch.ElapsedMilliseconds;
    public DateTime UtcNow => DateTime.UtcNow;
}

/// <summary>A clock that moves only when told to: reproducible output and simulated time.</summary>
public sealed class ManualClock : IClock
{
    public ManualClock(DateTime utc) => UtcNow = utc;

    public long NowMs { get; set; }
    public DateTime UtcNow { get; set; }

    public void Advance(long ms)
    {
        NowMs += ms;
        UtcNow = UtcNow.AddMilliseconds(ms);
    }

    /// <summary>The date every reproducible run uses.</summary>
    public static ManualClock Fixed() => new(new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc));
}

/// <summary>Random bytes from a seeded generator (reproducible) or the OS (seed null).</summary>
public sealed class HostRandom : IRandomSource
{
    private readonly Random _random;
    public HostRandom(int? seed) => _random = seed.HasValue ? new Random(seed.Value) : new Random();
    public void NextBytes(byte[] buffer, int offset, int count) => _random.NextBytes(buffer.AsSpan(offset, count));
}

/// <summary>Log lines to a text writer (stdout by default).</summary>
public sealed class WriterLog : ILogSink
{
    private readonly System.IO.TextWriter _writer;
    public WriterLog(System.IO.TextWriter writer) => _writer = writer;
    public void Log(string line) => _writer.WriteLine(line);
}
