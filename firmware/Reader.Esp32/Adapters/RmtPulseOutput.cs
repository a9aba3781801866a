using System;
using Reader.Core.Ports;
using Reader.Core.Wiegand;
using System.Threading;
using nanoFramework.Hardware.Esp32.Rmt;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// Wiegand D0/D1 pulses from two ESP32 RMT transmit channels (1 µs per tick), so pulse width and spacing come from
    /// hardware, not from managed code (managed GPIO cannot hold 20-100 µs pulses).
    ///
    /// Output stage (hardware/): an inverting open-drain transistor per line, so the GPIO idles LOW (line released,
    /// pulled up by the controller) and goes HIGH for a pulse (line pulled low).
    ///
    /// The frame is built whole (<see cref="RmtFrame"/>) before anything is sent; both channels are then started back
    /// to back with nothing allocated in between (D1 lags D0 by the managed call time: a constant shift of the
    /// interleave, harmless while well below the bit period). <c>SendData</c> with our own item array is used instead
    /// of <c>AddCommand</c> + <c>Send</c>, which allocates an RmtCommand per half-bit and a new array per frame.
    /// </summary>
    public sealed class RmtPulseOutput : IPulseOutput, IDisposable
    {
        /// <summary>80 MHz APB clock / 80 = 1 MHz: one tick per microsecond.</summary>
        public const byte ClockDivider = 80;

        /// <summary>
        /// One ESP32 RMT memory block holds 64 items; two hold 128, enough for a 66-bit frame without the driver
        /// refilling memory from an interrupt mid-frame. With the legacy ESP-IDF driver a channel with two blocks
        /// borrows the next channel's memory, so D0 and D1 use channels 0 and 2.
        /// </summary>
        public const byte MemoryBlocks = 2;
        public const int ChannelD0 = 0;
        public const int ChannelD1 = 2;

        private readonly TransmitterChannel _d0;
        private readonly TransmitterChannel _d1;
        private readonly RmtFrame _frame = new RmtFrame();

        /// <summary>Monotonic time (ms) at which the previous frame has left both channels.</summary>
        private long _busyUntilMs;

        public RmtPulseOutput(int pinD0, int pinD1)
        {
            _d0 = new TransmitterChannel(Settings(ChannelD0, pinD0));
            _d1 = new TransmitterChannel(Settings(ChannelD1, pinD1));
        }

        /// <summary>
        /// Sends one frame. <paramref name="bits"/>[i] is 0 or 1, in transmission order (parity included).
        /// Returns false, sending nothing, when the frame or timing is out of range; false too if a channel fails.
        /// Waits (bounded by one frame time) while the previous frame is still on the wire.
        /// </summary>
        public bool Send(byte[] bits, int bitCount, int pulseWidthUs, int bitPeriodUs)
        {
            if (!_frame.Build(bits, bitCount, pulseWidthUs, bitPeriodUs)) return false;

            WaitWhileBusy();
            try
            {
                _d0.SendData(_frame.D0, false);
                _d1.SendData(_frame.D1, false);
            }
            catch (Exception)
            {
                return false;
            }

            _busyUntilMs = Environment.TickCount64 + _frame.DurationTicks / 1000 + 2;
            return true;
        }

        public void Dispose()
        {
            _d0.Dispose();
            _d1.Dispose();
        }

        private static TransmitChannelSettings Settings(int channel, int pin)
        {
            var settings = new TransmitChannelSettings(channel, pin);
            settings.ClockDivider = ClockDivider;
            settings.EnableCarrierWave = false;   // default is a 38 kHz IR carrier
            settings.EnableIdleLevelOutput = true;
            settings.IdleLevel = false;           // GPIO low = line released (inverting stage)
            settings.NumberOfMemoryBlocks = MemoryBlocks;
            settings.BufferSize = RmtFrame.MaxBits * 2;
            return settings;
        }

        private void WaitWhileBusy()
        {
            long wait = _busyUntilMs - Environment.TickCount64;
            if (wait > 0) Thread.Sleep((int)wait);
        }
    }
}
