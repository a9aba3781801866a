using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Reader.Core.VirtualCards;
using Reader.Host.Platform;

namespace Reader.Host.Simulator;

/// <summary>
/// Runs a <see cref="Pn532Simulator"/> behind a pseudo-terminal in real time: one thread reads the master and feeds
/// the simulator; the other sends its answers when they fall due. Cards come and go on a schedule.
/// </summary>
public sealed class PtySimulatorHost : IDisposable
{
    private readonly PseudoTerminal _pty;
    private readonly Thread _reader;
    private readonly Thread _writer;
    private readonly object _gate = new();
    private volatile bool _stop;

    public PtySimulatorHost(string path, SystemClock clock)
    {
        Clock = clock;
        Simulator = new Pn532Simulator(clock);
        _pty = new PseudoTerminal(path);
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "pty-read" };
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "pty-write" };
    }

    public Pn532Simulator Simulator { get; }
    public SystemClock Clock { get; }
    public string SlavePath => _pty.SlavePath;

    public void Start()
    {
        _reader.Start();
        _writer.Start();
    }

    /// <summary>Runs an action on the simulator under its lock (placing and removing cards).</summary>
    public void With(Action<Pn532Simulator> action)
    {
        lock (_gate) action(Simulator);
    }

    private void ReadLoop()
    {
        var buffer = new byte[512];
        while (!_stop)
        {
            int n;
            try
            {
                n = _pty.Master.Read(buffer, 0, buffer.Length);
            }
            catch (IOException)
            {
                // No client has the slave open (EIO): wait for one.
                Thread.Sleep(20);
                continue;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            if (n <= 0)
            {
                Thread.Sleep(5);
                continue;
            }
            lock (_gate) Simulator.Receive(buffer, 0, n);
        }
    }

    private void WriteLoop()
    {
        var buffer = new byte[1024];
        while (!_stop)
        {
            int n;
            lock (_gate) n = Simulator.Read(buffer, 0, buffer.Length);
            if (n > 0)
            {
                try
                {
                    _pty.Master.Write(buffer, 0, n);
                    _pty.Master.Flush();
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException)
                {
                    return;
                }
            }
            else
            {
                Thread.Sleep(1);
            }
        }
    }

    public void Dispose()
    {
        _stop = true;
        _pty.Dispose();
    }
}
