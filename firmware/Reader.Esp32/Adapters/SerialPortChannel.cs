using System;
using System.IO.Ports;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using Reader.Core.Ports;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// The PN532 HSU link: COM2 at 115200 8N1 on the board's UART pins. Every wait is bounded.
    /// The native <see cref="SerialPort.Read"/> may return fewer bytes than asked and throws when nothing is
    /// buffered, so this adapter only reads what <see cref="SerialPort.BytesToRead"/> says is there.
    /// </summary>
    public sealed class SerialPortChannel : IByteChannel, IDisposable
    {
        public const string PortName = "COM2";
        public const int BaudRate = 115200;

        /// <summary>Native receive buffer: the largest PN532 frame (extended, 262 data bytes) plus an ACK, twice over.</summary>
        public const int ReceiveBufferBytes = 600;

        /// <summary>
        /// After the first byte, a pause this long ends a read: at 115200 baud a byte takes 87 µs, so 3 ms of silence
        /// means the PN532 has finished sending for now.
        /// </summary>
        private const int InterByteGapMs = 3;

        private const int WriteTimeoutMs = 100;
        private const int MaxDiscardRounds = 16;

        private readonly SerialPort _port;
        private readonly byte[] _discard = new byte[64];

        public SerialPortChannel(int txPin, int rxPin)
        {
            // COM2 has no pins until they are mapped (COM1 is the debug/deploy port).
            Configuration.SetPinFunction(txPin, DeviceFunction.COM2_TX);
            Configuration.SetPinFunction(rxPin, DeviceFunction.COM2_RX);

            _port = new SerialPort(PortName, BaudRate, Parity.None, 8, StopBits.One);
            _port.ReadBufferSize = ReceiveBufferBytes; // must be set before Open
            _port.ReadTimeout = 10;                    // safety net only: Read is called when bytes are waiting
            _port.WriteTimeout = WriteTimeoutMs;
            _port.Open();
        }

        public bool Write(byte[] buffer, int offset, int count)
        {
            if (count <= 0) return true;
            try
            {
                _port.Write(buffer, offset, count);
                return true;
            }
            catch (Exception)
            {
                // TimeoutException, IOException or InvalidOperationException: the driver reports a link failure.
                return false;
            }
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (count <= 0) return 0;
            long start = Environment.TickCount64;
            long firstByteDeadline = start + timeoutMs;
            // Once bytes flow, allow the time the asked count needs on the wire (≈ 11.5 bytes/ms) and no more.
            long hardDeadline = firstByteDeadline + InterByteGapMs + count / 8 + 1;
            long lastByteAt = 0;
            int got = 0;

            while (got < count)
            {
                int waiting = BytesWaiting();
                long now = Environment.TickCount64;
                if (waiting > 0)
                {
                    int want = count - got;
                    int n = ReadAvailable(buffer, offset + got, waiting < want ? waiting : want);
                    if (n > 0)
                    {
                        got += n;
                        lastByteAt = now;
                        continue;
                    }
                }

                if (got > 0)
                {
                    if (now - lastByteAt >= InterByteGapMs || now >= hardDeadline) break;
                }
                else if (now >= firstByteDeadline)
                {
                    break;
                }

                Thread.Sleep(1);
            }

            return got;
        }

        public void DiscardInput()
        {
            // SerialPort on nanoFramework has no DiscardInBuffer: drain what is buffered, a bounded number of rounds.
            for (int round = 0; round < MaxDiscardRounds; round++)
            {
                int waiting = BytesWaiting();
                if (waiting <= 0) return;
                ReadAvailable(_discard, 0, waiting < _discard.Length ? waiting : _discard.Length);
            }
        }

        public void Dispose()
        {
            _port.Dispose();
        }

        private int BytesWaiting()
        {
            try
            {
                return _port.BytesToRead;
            }
            catch (Exception)
            {
                return 0;
            }
        }

        private int ReadAvailable(byte[] buffer, int offset, int count)
        {
            try
            {
                return _port.Read(buffer, offset, count);
            }
            catch (Exception)
            {
                // TimeoutException when the buffer emptied between BytesToRead and Read.
                return 0;
            }
        }
    }
}
