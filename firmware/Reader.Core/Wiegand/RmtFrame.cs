namespace Reader.Core.Wiegand
{
    /// <summary>
    /// A Wiegand frame as ESP32 RMT items for the two lines, built into reusable buffers. Pure C# (no device API), so
    /// the host tests decode it back into waveforms (tests/Reader.Host.Tests/Wiegand/RmtFrameTests.cs).
    ///
    /// Per bit, both lines get the same number of items with the same durations, so they stay in step:
    /// <code>
    ///   line carrying the bit:  [pulse, active][rest, idle]  (+ [a, idle][b, idle] ... while rest &gt; 32767 ticks)
    ///   other line:             [pulse, idle  ][rest, idle]  (+ same)
    ///   bit period = pulse + rest
    /// </code>
    /// Item layout (4 bytes, little-endian rmt_item32_t, as nanoFramework's RmtCommandSerializer writes it):
    /// duration0 low, duration0 high | level0 &lt;&lt; 7, duration1 low, duration1 high | level1 &lt;&lt; 7.
    /// A zero duration is the RMT end marker, so no duration is ever 0.
    /// </summary>
    public sealed class RmtFrame
    {
        /// <summary>Largest RMT item duration (15 bits).</summary>
        public const int MaxTicks = 32767;

        /// <summary>Longest frame accepted (W66 plus room for raw formats).</summary>
        public const int MaxBits = 80;

        public const int BytesPerItem = 4;

        private int _shapeBits = -1;
        private int _shapePulse = -1;
        private int _shapePeriod = -1;

        /// <summary>Items for DATA0 (pulses for 0 bits). Exactly <see cref="ItemCount"/> items long.</summary>
        public byte[] D0 { get; private set; } = new byte[0];

        /// <summary>Items for DATA1 (pulses for 1 bits). Same length and durations as <see cref="D0"/>.</summary>
        public byte[] D1 { get; private set; } = new byte[0];

        public int ItemCount
        {
            get { return D0.Length / BytesPerItem; }
        }

        /// <summary>Frame duration in ticks (bits × period).</summary>
        public long DurationTicks
        {
            get { return _shapeBits <= 0 ? 0 : (long)_shapeBits * _shapePeriod; }
        }

        /// <summary>
        /// Builds the items. <paramref name="bits"/>[i] is 0 or 1 in transmission order (parity included);
        /// the active level is high (inverting output stage). Returns false and leaves the buffers untouched when
        /// the frame or the timing is out of range. Allocates only when the frame shape (bits, pulse, period) changes.
        /// </summary>
        public bool Build(byte[] bits, int bitCount, int pulseTicks, int periodTicks)
        {
            if (bits == null || bitCount <= 0 || bitCount > MaxBits || bitCount > bits.Length) return false;
            if (pulseTicks < 1 || pulseTicks > MaxTicks || periodTicks <= pulseTicks) return false;
            for (int i = 0; i < bitCount; i++)
            {
                if (bits[i] > 1) return false;
            }

            if (bitCount != _shapeBits || pulseTicks != _shapePulse || periodTicks != _shapePeriod)
            {
                int bytes = bitCount * ItemsPerBit(pulseTicks, periodTicks) * BytesPerItem;
                D0 = new byte[bytes];
                D1 = new byte[bytes];
                _shapeBits = bitCount;
                _shapePulse = pulseTicks;
                _shapePeriod = periodTicks;
            }

            int at = 0;
            for (int i = 0; i < bitCount; i++)
            {
                at = WriteBit(bits[i] == 0, bits[i] == 1, at, pulseTicks, periodTicks);
            }

            return true;
        }

        /// <summary>The first item holds the pulse and up to 32767 ticks of rest; each further item up to 2 × 32767.</summary>
        public static int ItemsPerBit(int pulseTicks, int periodTicks)
        {
            int rest = periodTicks - pulseTicks;
            if (rest <= MaxTicks) return 1;
            int extra = rest - MaxTicks;
            return 1 + (extra + 2 * MaxTicks - 1) / (2 * MaxTicks);
        }

        private int WriteBit(bool pulseOnD0, bool pulseOnD1, int at, int pulse, int period)
        {
            int rest = period - pulse;
            int firstRest = rest <= MaxTicks ? rest : MaxTicks;
            Item(D0, at, pulse, pulseOnD0, firstRest, false);
            Item(D1, at, pulse, pulseOnD1, firstRest, false);
            at += BytesPerItem;

            rest -= firstRest;
            while (rest > 0)
            {
                int chunk = rest <= 2 * MaxTicks ? rest : 2 * MaxTicks;
                int a = chunk / 2;
                int b = chunk - a;
                // A 1-tick remainder becomes 2 ticks (1 µs late) rather than a zero duration, which would end the frame.
                if (a == 0) { a = 1; b = 1; }
                Item(D0, at, a, false, b, false);
                Item(D1, at, a, false, b, false);
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
    }
}
