namespace Reader.Core.Wiegand
{
    /// <summary>
    /// Pulse timing (wiegand.md §1): SIA envelope 20-100 µs pulses, 200 µs-20 ms bit period; frames apart by at least
    /// 100 ms so every decoder (ESPHome ends frames after 100 ms of silence) has closed the previous one.
    /// </summary>
    public sealed class WiegandTiming
    {
        public const int MinPulseUs = 20;
        public const int MaxPulseUs = 200;
        public const int MinPeriodUs = 500;
        public const int MaxPeriodUs = 10000;
        public const int MinGapMs = 100;
        public const int MaxGapMs = 10000;

        /// <summary>Pulse width, µs (default 50).</summary>
        public int PulseUs = 50;

        /// <summary>Bit period, start to start, µs (default 2000).</summary>
        public int PeriodUs = 2000;

        /// <summary>Silence after a frame before the next, ms (default 250).</summary>
        public int GapMs = 250;

        /// <summary>Null when valid, else what is wrong and the allowed range.</summary>
        public string Validate()
        {
            if (PulseUs < MinPulseUs || PulseUs > MaxPulseUs) return "pulse width must be 20-200 µs";
            if (PeriodUs < MinPeriodUs || PeriodUs > MaxPeriodUs) return "bit period must be 500-10000 µs";
            if (PeriodUs < PulseUs * 4) return "bit period must be at least 4 pulse widths";
            if (GapMs < MinGapMs || GapMs > MaxGapMs) return "frame gap must be 100-10000 ms";
            return null;
        }

        /// <summary>Time the frame is on the wire, µs.</summary>
        public long FrameDurationUs(int bits)
        {
            return (long)(bits - 1) * PeriodUs + PulseUs;
        }
    }
}
