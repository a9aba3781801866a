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

namespace Reader.Core.Tests.Support
{
    /// <summary>Remembers what the core asked of the LED and buzzer.</summary>
    public sealed class RecordingIndicator : Reader.Core.Ports.IIndicator
    {
        public bool Red;
        public bool Green;
        public bool Buzzer;
        public int Writes;

        public void SetLed(bool red, bool green)
        {
            Red = red;
            Green = green;
            Writes++;
        }

        public void SetBuzzer(bool on)
        {
            Buzzer = on;
        }
    }

    /// <summary>Keeps the frames the core sent.</summary>
    public sealed class RecordingPulseOutput : Reader.Core.Ports.IPulseOutput
    {
        public int Frames;
        public readonly byte[] LastBits = new byte[66];
        public int LastCount;
        public bool Refuse;

        public bool Send(byte[] bits, int bitCount, int pulseWidthUs, int bitPeriodUs)
        {
            if (Refuse) return false;
            System.Array.Copy(bits, LastBits, bitCount);
            LastCount = bitCount;
            Frames++;
            return true;
        }
    }

    /// <summary>Collects log lines.</summary>
    public sealed class RecordingLog : Reader.Core.Ports.ILogSink
    {
        public string All = "";
        public int Lines;

        public void Log(string line)
        {
            All += line + "\n";
            Lines++;
        }
    }
}
