using System;
using nanoFramework.Hardware.Esp32;
using Reader.Core.Ports;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// Random bytes for the EMV unpredictable number (tag 9F37). <see cref="Random"/> is mixed with the microsecond
    /// timer, whose low bits depend on when a card was tapped. The UN only has to be unpredictable to the card, not
    /// secret: this is not a key generator.
    /// </summary>
    public sealed class DeviceRandom : IRandomSource
    {
        private readonly Random _random;

        public DeviceRandom()
        {
            _random = new Random((int)HighResTimer.GetCurrent());
        }

        public void NextBytes(byte[] buffer, int offset, int count)
        {
            ulong micros = HighResTimer.GetCurrent();
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = (byte)(_random.Next(256) ^ (int)(micros >> ((i & 3) * 8)));
            }
        }
    }
}
