using Reader.Core.Ports;

namespace Reader.Core.Wiegand
{
    /// <summary>What happened to a frame handed to <see cref="WiegandSender"/>.</summary>
    public enum WiegandSendStatus
    {
        Sent = 0,
        /// <summary>The previous frame's gap has not passed: try again later (nothing was sent).</summary>
        Busy = 1,
        /// <summary>The payload does not fit the format (nothing was sent).</summary>
        DoesNotFit = 2,
        /// <summary>The output refused the frame (nothing was sent).</summary>
        OutputFailed = 3,
    }

    /// <summary>
    /// Encodes payloads in the configured format and hands whole frames to the pulse output, keeping the configured
    /// silence between frames. One reusable bit buffer; nothing allocated per frame.
    /// </summary>
    public sealed class WiegandSender
    {
        private readonly IPulseOutput _output;
        private readonly IClock _clock;
        private readonly byte[] _bits = new byte[WiegandFormat.MaxBits];
        private long _nextAllowedMs = long.MinValue;

        public WiegandSender(IPulseOutput output, IClock clock, WiegandFormat format, WiegandTiming timing)
        {
            _output = output;
            _clock = clock;
            Format = format;
            Timing = timing;
        }

        public WiegandFormat Format { get; private set; }

        public WiegandTiming Timing { get; private set; }

        /// <summary>The bits of the last frame sent (transmission order).</summary>
        public byte[] LastFrame
        {
            get { return _bits; }
        }

        public WiegandSendStatus Send(ulong payload)
        {
            long now = _clock.NowMs;
            if (now < _nextAllowedMs) return WiegandSendStatus.Busy;
            if (!WiegandCodec.TryEncode(Format, payload, _bits)) return WiegandSendStatus.DoesNotFit;
            if (!_output.Send(_bits, Format.Bits, Timing.PulseUs, Timing.PeriodUs)) return WiegandSendStatus.OutputFailed;
            _nextAllowedMs = now + Timing.FrameDurationUs(Format.Bits) / 1000 + 1 + Timing.GapMs;
            return WiegandSendStatus.Sent;
        }
    }
}
