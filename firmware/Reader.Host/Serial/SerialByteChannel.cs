using System;
using System.Diagnostics;
using System.IO;
using System.IO.Ports;
using Reader.Core.Ports;

namespace Reader.Host.Serial;

/// <summary>
/// A PN532 on a serial port (USB-UART adapter, or a pseudo-terminal) through System.IO.Ports: 115200 8N1 by default.
/// Reads wait at most the caller's timeout; writes are whole.
/// </summary>
public sealed class SerialByteChannel : IByteChannel, IDisposable
{
    private readonly SerialPort _port;

    public SerialByteChannel(string device, int baud = 115200)
    {
        _port = new SerialPort(device, baud, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.None,
            ReadTimeout = 50,
            WriteTimeout = 500,
            DtrEnable = false,
            RtsEnable = false,
        };
        _port.Open();
        _port.DiscardInBuffer();
    }

    public bool Write(byte[] buffer, int offset, int count)
    {
        try
        {
            _port.Write(buffer, offset, count);
            return true;
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
        {
            return false;
        }
    }

    public int Read(byte[] buffer, int offset, int count, int timeoutMs)
    {
        if (count <= 0) return 0;
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                int available = _port.BytesToRead;
                if (available > 0) return _port.Read(buffer, offset, Math.Min(count, available));
            }
            catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
            {
                return 0;
            }
            if (watch.ElapsedMilliseconds >= timeoutMs) return 0;
            System.Threading.Thread.Sleep(1);
        }
    }

    public void DiscardInput()
    {
        try
        {
            _port.DiscardInBuffer();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
        }
    }

    public void Dispose() => _port.Dispose();
}
