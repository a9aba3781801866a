using System;
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
    /// Per bit, both channels get the same number of RMT items with the same durations, so the two lines stay in step:
    /// <code>
    ///   line carrying the bit:  [pulse, HIGH][rest, LOW]  (+ [chunk, LOW][chunk, LOW] ... if rest &gt; 32767 ticks)
    ///   other line:             [pulse, LOW ][rest, LOW]  (+ same chunks)
    ///   bit period = pulse + rest
    /// </code>
    /// The frame is built whole in preallocated buffers before anything is sent; both channels are then started back
    /// to back (D1 lags D0 by the managed call time, a constant shift of the interleave, harmless while well below the
    /// bit period). The serialised item layout (4 bytes: duration0 low, duration0 high | level0 &lt;&lt; 7, duration1 low,
    /// duration1 high | level1 &lt;&lt; 7) is the one TransmitterChannel.Send produces (RmtCommandSerializer); writing it
    /// directly avoids allocating an RmtCommand per half-bit on every frame.
    /// </summary>
    public sealed class RmtPulseOutput : IDisposable
    {
        /// <summary>80 MHz APB clock / 80 = 1 MHz: one tick per microsecond.</summary>
        public const byte ClockDivider = 80;

        /// <summary>Largest RMT item duration (15 bits).</summary>
        public const int MaxTicks = 32767;

        /// <summary>Longest frame accepted (W66 plus room for raw formats).</summary>
        public const int MaxBits = 80;

        /// <summary>
        /// One ESP32 RMT memory block holds 64 items; two blocks hold 128, enough for a 66-bit frame without the
        /// driver refilling memory from an interrupt mid-frame. A channel with two blocks borrows the next channel's
        /// memory, so D0 and D1 use channels 0 and 2.
        /// </summary>
        public const byte MemoryBlocks = 2;
        public const int ChannelD0 = 0;
        public const int ChannelD1 = 2;

        private const int BytesPerItem = 4;

        private readonly TransmitterChannel _d0;
        private readonly TransmitterChannel _d1;

        // Serialised frames, reallocated only when the frame shape (bits, timing) changes: a site uses one format.
        private byte[] _itemsD0 = new byte[0];
        private byte[] _itemsD1 = new byte[0];
        private int _shapeBits = -1;
        private int _shapePulse = -1;
        private int _shapePeriod = -1;

        /// <summary>Monotonic time (ms) at which the previous frame has left both channels.</summary>
        private long _busyUntilMs;

        public RmtPulseOutput(int pinD0, int pinD1)
        {
            _d0 = new TransmitterChannel(Settings(ChannelD0, pinD0));
            _d1 = new TransmitterChannel(Settings(ChannelD1, pinD1));
        }

        /// <summary>
        /// Sends one frame. <paramref name="bits"/>[i] is 0 or 1, in transmission order (parity included).
        /// Returns false, sending nothing, when the frame or timing is out of range or the channels fail.
        /// Waits (bounded by one frame time) if the previous frame is still on the wire.
        /// </summary>
        public bool Send(byte[] bits, int bitCount, int pulseWidthUs, int bitPeriodUs)
        {
            if (bits == null || bitCount <= 0 || bitCount > MaxBits || bitCount > bits.Length) return false;
            if (pulseWidthUs < 1 || pulseWidthUs > MaxTicks || bitPeriodUs <= pulseWidthUs) return false;

            int itemsPerBit = ItemsPerBit(pulseWidthUs, bitPeriodUs);
            if (itemsPerBit < 1) return false;

            if (bitCount != _shapeBits || pulseWidthUs != _shapePulse || bitPeriodUs != _shapePeriod)
            {
                int bytes = bitCount * itemsPerBit * BytesPerItem;
                _itemsD0 = new byte[bytes];
                _itemsD1 = new byte[bytes];
                _shapeBits = bitCount;
                _shapePulse = pulseWidthUs;
                _shapePeriod = bitPeriodUs;
            }

            int at = 0;
            for (int i = 0; i < bitCount; i++)
            {
                byte bit = bits[i];
                if (bit > 1) return false; // nothing has been sent yet
                at = WriteBit(bit == 0, bit == 1, at, pulseWidthUs, bitPeriodUs);
            }

            WaitWhileBusy();
            try
            {
                // Back to back, nothing allocated in between.
                _d0.SendData(_itemsD0, false);
                _d1.SendData(_itemsD1, false);
            }
            catch (Exception)
            {
                return false;
            }

            _busyUntilMs = Environment.TickCount64 + ((long)bitCount * bitPeriodUs) / 1000 + 2;
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
            settings.BufferSize = MaxBits * 2;
            return settings;
        }

        /// <summary>The first item holds the pulse and up to 32767 ticks of rest; longer rests need more items.</summary>
        private static int ItemsPerBit(int pulse, int period)
        {
            int rest = period - pulse;
            if (rest <= MaxTicks) return 1;
            int extra = rest - MaxTicks;
            // Each extra item carries up to 2 × 32767 ticks, split in two non-zero halves.
            return 1 + (extra + 2 * MaxTicks - 1) / (2 * MaxTicks);
        }

        /// <summary>Writes one bit's items into both buffers; returns the next byte offset.</summary>
        private int WriteBit(bool pulseOnD0, bool pulseOnD1, int at, int pulse, int period)
        {
            int rest = period - pulse;
            int firstRest = rest <= MaxTicks ? rest : MaxTicks;
            Item(_itemsD0, at, pulse, pulseOnD0, firstRest, false);
            Item(_itemsD1, at, pulse, pulseOnD1, firstRest, false);
            at += BytesPerItem;

            rest -= firstRest;
            while (rest > 0)
            {
                int chunk = rest <= 2 * MaxTicks ? rest : 2 * MaxTicks;
                int a = chunk / 2;
                int b = chunk - a;
                // A zero duration is the RMT end marker and would cut the frame: a 1-tick remainder becomes 2 ticks.
                if (a == 0) { a = 1; b = 1; }
                Item(_itemsD0, at, a, false, b, false);
                Item(_itemsD1, at, a, false, b, false);
                at += BytesPerItem;
                rest -= chunk;
            }

            return at;
        }

        private static void Item(byte[] items, int at, int duration0, bool level0, int duration1, bool level1)
        {
            items[at] = (byte)(duration0 & 0xFF);
            items[at + 1] = (byte)(((duration0 >> 8) & 0x7F) | (level0 ? 0x80 : 0));
            items[at + 2] = (byte)(duration1 & 0xFF);
            items[at + 3] = (byte)(((duration1 >> 8) & 0x7F) | (level1 ? 0x80 : 0));
        }

        private void WaitWhileBusy()
        {
            long wait = _busyUntilMs - Environment.TickCount64;
            if (wait > 0) Thread.Sleep((int)wait);
        }
    }
}
