using System;
using Reader.Core.Ports;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// Monotonic milliseconds since boot (<see cref="Environment.TickCount64"/>, package nanoFramework.Runtime.Native)
    /// and the RTC's UTC time. The RTC starts at a default epoch after power-up and is set by SNTP when a network is
    /// there; the reader does not need the date to send an ID (EMV cards accept an odd transaction date for reading).
    /// </summary>
    public sealed class DeviceClock : IClock
    {
        /// <summary>Dates before this year mean the RTC was never set (no SNTP since power-up).</summary>
        public const int FirstPlausibleYear = 2025;

        public long NowMs
        {
            get { return Environment.TickCount64; }
        }

        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        public bool HasRealTime
        {
            get { return DateTime.UtcNow.Year >= FirstPlausibleYear; }
        }
    }
}
