using Reader.Core.Ports;

namespace Reader.Core.Tests.Support
{
    /// <summary>A clock that stands still unless a test moves it.</summary>
    public sealed class FixedClock : IClock
    {
        public long Now;
        public System.DateTime Utc = new System.DateTime(2026, 11, 24, 12, 34, 56);

        public long NowMs
        {
            get { return Now; }
        }

        public System.DateTime UtcNow
        {
            get { return Utc; }
        }
    }

    /// <summary>Random bytes that are not random: 0x11, 0x22, 0x33, ... so GPO data is predictable.</summary>
    public sealed class CountingRandom : IRandomSource
    {
        public void NextBytes(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++) buffer[offset + i] = (byte)(0x11 * (i + 1));
        }
    }
}
