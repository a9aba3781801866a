using System;
using Reader.Core.Ports;
using Reader.Host.Platform;

namespace Reader.Host.Simulator;

/// <summary>
/// The driver's end of an in-process wire to the simulator. Time is simulated: a read that finds nothing moves the
/// manual clock forward to the simulator's next output or to the read's timeout, so timeouts and delays are exact and
/// tests run in microseconds. Counts bytes both ways for link-cost figures.
/// </summary>
public sealed class SimulatorChannel : IByteChannel
{
    private readonly Pn532Simulator _simulator;
    private readonly ManualClock _clock;

    public SimulatorChannel(Pn532Simulator simulator, ManualClock clock)
    {
        _simulator = simulator;
        _clock = clock;
    }

    public long BytesWritten { get; private set; }
    public long BytesRead { get; private set; }

    /// <summary>Optional fault on the host's own writes: called with each write, may corrupt it.</summary>
    public Action<byte[], int, int> OnWrite { get; set; }

    public bool Write(byte[] buffer, int offset, int count)
    {
        BytesWritten += count;
        OnWrite?.Invoke(buffer, offset, count);
        _simulator.Receive(buffer, offset, count);
        return true;
    }

    public int Read(byte[] buffer, int offset, int count, int timeoutMs)
    {
        int n = _simulator.Read(buffer, offset, count);
        if (n == 0)
        {
            long deadline = _clock.NowMs + Math.Max(timeoutMs, 0);
            long next = _simulator.NextOutputAtMs;
            _clock.Advance(Math.Max(0, Math.Min(deadline, next) - _clock.NowMs));
            n = _simulator.Read(buffer, offset, count);
        }
        BytesRead += n;
        return n;
    }

    public void DiscardInput()
    {
        var scratch = new byte[256];
        while (_simulator.Read(scratch, 0, scratch.Length) > 0)
        {
        }
    }
}
