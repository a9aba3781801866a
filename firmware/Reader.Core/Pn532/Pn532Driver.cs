using Reader.Core.Ports;

namespace Reader.Core.Pn532
{
    /// <summary>PN532 command codes (UM0701-02 §7); the answer code is the command + 1.</summary>
    public static class Pn532Command
    {
        public const byte Diagnose = 0x00;
        public const byte GetFirmwareVersion = 0x02;
        public const byte ReadRegister = 0x06;
        public const byte WriteRegister = 0x08;
        public const byte SetParameters = 0x12;
        public const byte SamConfiguration = 0x14;
        public const byte PowerDown = 0x16;
        public const byte RfConfiguration = 0x32;
        public const byte InDataExchange = 0x40;
        public const byte InCommunicateThru = 0x42;
        public const byte InDeselect = 0x44;
        public const byte InListPassiveTarget = 0x4A;
        public const byte InRelease = 0x52;
        public const byte InSelect = 0x54;
        public const byte InAutoPoll = 0x60;
    }

    /// <summary>Every wait of the driver, in milliseconds; all bounded, all settable.</summary>
    public sealed class Pn532Options
    {
        /// <summary>Wait for the ACK of a command. UM §6.2.3 says 15 ms; hosts tolerate late ACKs, so the command is resent once after this.</summary>
        public int AckTimeoutMs = 30;

        /// <summary>Wait for the answer of a simple command (SAMConfiguration, GetFirmwareVersion, RFConfiguration...).</summary>
        public int CommandTimeoutMs = 200;

        /// <summary>Wait for an InListPassiveTarget answer; the chip's own retry count (MaxRetries) normally ends it first.</summary>
        public int PollTimeoutMs = 150;

        /// <summary>Wait for an InDataExchange answer: phones and GPO cryptograms are slow, and WTX can stretch it (≥ 1 s).</summary>
        public int ExchangeTimeoutMs = 1500;

        /// <summary>Passive activation retries per poll (RFConfiguration item 05, third byte). 0xFF would wait forever.</summary>
        public byte PassiveActivationRetries = 0x02;

        /// <summary>Consecutive failed commands after which the driver wakes and configures the chip again.</summary>
        public int FailuresBeforeReinit = 3;

        /// <summary>Attempts of the whole wake-up sequence.</summary>
        public int InitAttempts = 3;
    }

    /// <summary>
    /// The project's own PN532 driver over a byte channel (HSU): frames, ACK/NACK, wake-up, polling with bounded
    /// retries, APDUs through InDataExchange with MI chaining and extended frames, ACK-abort of a command that timed
    /// out, and recovery. It is the <see cref="ICardLink"/> the EMV engine runs on, on the device and on a PC.
    /// Results are <see cref="LinkStatus"/> values; the raw chip status is kept in <see cref="LastChipStatus"/>.
    /// All buffers are allocated once.
    /// </summary>
    public sealed class Pn532Driver : ICardLink
    {
        /// <summary>Largest response APDU the driver reassembles from MI chaining.</summary>
        public const int MaxResponse = 1024;

        private static readonly byte[] WakeUp = new byte[] { 0x55, 0x55, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

        private readonly IByteChannel _channel;
        private readonly IClock _clock;
        private readonly Pn532Options _options;

        private readonly byte[] _txData = new byte[Pn532Frame.MaxLength];
        private readonly byte[] _txFrame = new byte[Pn532Frame.MaxFrameSize];
        private int _txFrameLength;
        private readonly byte[] _rx = new byte[2 * Pn532Frame.MaxFrameSize];
        private int _rxLength;
        private readonly byte[] _answer = new byte[Pn532Frame.MaxLength];
        private int _answerLength;

        private bool _initialised;
        private int _failures;
        private bool _targetListed;

        public Pn532Driver(IByteChannel channel, IClock clock, Pn532Options options)
        {
            _channel = channel;
            _clock = clock;
            _options = options;
        }

        /// <summary>Last status byte of InDataExchange / InRelease (bits 5-0 = error code, UM §7.1 table 13).</summary>
        public int LastChipStatus;

        /// <summary>IC, version, revision and support byte from GetFirmwareVersion (e.g. 32 01 06 07).</summary>
        public readonly byte[] Firmware = new byte[4];

        /// <summary>Times the driver woke and configured the chip.</summary>
        public int Initialisations;

        /// <summary>NACKs sent after bad checksums, and ACK-aborts sent after timeouts.</summary>
        public int Nacks;
        public int Aborts;

        /// <summary>"PN532 v1.6" style text of the firmware answer.</summary>
        public string FirmwareText()
        {
            return "IC " + Firmware[0].ToString("X2") + " v" + Firmware[1].ToString() + "." + Firmware[2].ToString() + " support " + Firmware[3].ToString("X2");
        }

        /// <summary>
        /// Wake-up (55 55 + 14 × 00, then SAMConfiguration normal mode: the chip starts in Low VBat), firmware probe,
        /// SetParameters (AutoATR_RES + AutoRATS), finite passive-activation retries, RF field on. Retried.
        /// </summary>
        public LinkStatus Initialise()
        {
            LinkStatus status = LinkStatus.Timeout;
            for (int attempt = 0; attempt < _options.InitAttempts; attempt++)
            {
                status = InitialiseOnce();
                if (status == LinkStatus.Ok)
                {
                    _initialised = true;
                    _failures = 0;
                    Initialisations++;
                    return status;
                }
            }
            _initialised = false;
            return status;
        }

        private LinkStatus InitialiseOnce()
        {
            _channel.DiscardInput();
            _channel.Write(WakeUp, 0, WakeUp.Length);
            _txData[0] = Pn532Command.SamConfiguration;
            _txData[1] = 0x01;
            _txData[2] = 0x14;
            _txData[3] = 0x01;
            LinkStatus status = Command(4, _options.CommandTimeoutMs);
            if (status != LinkStatus.Ok) return status;

            _txData[0] = Pn532Command.GetFirmwareVersion;
            status = Command(1, _options.CommandTimeoutMs);
            if (status != LinkStatus.Ok) return status;
            if (_answerLength < 4) return LinkStatus.ChipError;
            System.Array.Copy(_answer, 0, Firmware, 0, 4);

            _txData[0] = Pn532Command.SetParameters;
            _txData[1] = 0x14;
            status = Command(2, _options.CommandTimeoutMs);
            if (status != LinkStatus.Ok) return status;

            _txData[0] = Pn532Command.RfConfiguration;
            _txData[1] = 0x05;
            _txData[2] = 0xFF;
            _txData[3] = 0x01;
            _txData[4] = _options.PassiveActivationRetries;
            status = Command(5, _options.CommandTimeoutMs);
            if (status != LinkStatus.Ok) return status;

            return SetField(true);
        }

        /// <summary>RF field on or off (RFConfiguration item 01). Cycling it between sessions resets cards left on the reader.</summary>
        public LinkStatus SetField(bool on)
        {
            _txData[0] = Pn532Command.RfConfiguration;
            _txData[1] = 0x01;
            _txData[2] = on ? (byte)0x01 : (byte)0x00;
            return Command(3, _options.CommandTimeoutMs);
        }

        public LinkStatus Poll(CardTarget target)
        {
            target.Clear();
            if (!_initialised)
            {
                LinkStatus init = Initialise();
                if (init != LinkStatus.Ok) return init;
            }
            _txData[0] = Pn532Command.InListPassiveTarget;
            _txData[1] = 0x01;
            _txData[2] = 0x00;
            LinkStatus status = Command(3, _options.PollTimeoutMs);
            if (status != LinkStatus.Ok) return Failed(status);
            _failures = 0;
            // 4B NbTg [Tg SENS_RES(2) SEL_RES NFCIDLength NFCID1... [ATS...]]
            if (_answerLength < 1 || _answer[0] == 0) return LinkStatus.NoCard;
            if (_answerLength < 6) return LinkStatus.ChipError;
            target.Atqa = (_answer[2] << 8) | _answer[3];
            target.Sak = _answer[4];
            int uidLength = _answer[5];
            if ((uidLength != 4 && uidLength != 7 && uidLength != 10) || 6 + uidLength > _answerLength)
            {
                target.Clear();
                return LinkStatus.ChipError;
            }
            System.Array.Copy(_answer, 6, target.Uid, 0, uidLength);
            target.UidLength = uidLength;
            int ats = 6 + uidLength;
            if (ats < _answerLength)
            {
                int atsLength = _answer[ats];
                if (atsLength >= 1 && ats + atsLength <= _answerLength && atsLength <= CardTarget.MaxAtsLength)
                {
                    System.Array.Copy(_answer, ats, target.Ats, 0, atsLength);
                    target.AtsLength = atsLength;
                }
            }
            _targetListed = true;
            return LinkStatus.Ok;
        }

        /// <summary>
        /// One APDU through InDataExchange (the PN532 handles ISO-DEP framing, WTX and chaining with the card). A
        /// response with MI set is continued with an empty InDataExchange until the chip clears MI.
        /// </summary>
        public LinkStatus Exchange(byte[] command, int commandLength, byte[] response, out int responseLength)
        {
            responseLength = 0;
            if (!_targetListed) return LinkStatus.CardRemoved;
            if (commandLength + 2 > _txData.Length) return LinkStatus.BufferTooSmall;
            _txData[0] = Pn532Command.InDataExchange;
            _txData[1] = 0x01;
            System.Array.Copy(command, 0, _txData, 2, commandLength);
            int length = commandLength + 2;
            int total = 0;
            for (int round = 0; round < 16; round++)
            {
                LinkStatus status = Command(length, _options.ExchangeTimeoutMs);
                if (status != LinkStatus.Ok)
                {
                    _targetListed = false;
                    return Failed(status);
                }
                if (_answerLength < 1) return Failed(LinkStatus.ChipError);
                int chipStatus = _answer[0];
                LastChipStatus = chipStatus;
                int error = chipStatus & 0x3F;
                if (error != 0)
                {
                    _failures = 0;
                    _targetListed = false;
                    return ChipStatusToLink(error);
                }
                int part = _answerLength - 1;
                if (total + part > response.Length)
                {
                    return LinkStatus.BufferTooSmall;
                }
                System.Array.Copy(_answer, 1, response, total, part);
                total += part;
                if ((chipStatus & 0x40) == 0)
                {
                    _failures = 0;
                    responseLength = total;
                    return LinkStatus.Ok;
                }
                // MI: the card has more; ask for it with an empty InDataExchange.
                _txData[0] = Pn532Command.InDataExchange;
                _txData[1] = 0x01;
                length = 2;
            }
            return LinkStatus.ChipError;
        }

        public void Release()
        {
            if (!_initialised) return;
            _txData[0] = Pn532Command.InRelease;
            _txData[1] = 0x00;
            Command(2, _options.CommandTimeoutMs);
            _targetListed = false;
        }

        /// <summary>Status byte error codes (UM §7.1) as link outcomes: 01 = the target did not answer (gone); RF errors; chip errors.</summary>
        public static LinkStatus ChipStatusToLink(int error)
        {
            switch (error)
            {
                case 0x00: return LinkStatus.Ok;
                case 0x01: return LinkStatus.CardRemoved;
                case 0x02:
                case 0x03:
                case 0x04:
                case 0x05:
                case 0x06:
                case 0x0A:
                case 0x0B:
                case 0x13:
                case 0x23:
                    return LinkStatus.RfError;
                case 0x29:
                case 0x2B:
                    return LinkStatus.CardRemoved;
                case 0x07:
                case 0x09:
                case 0x0E:
                    return LinkStatus.BufferTooSmall;
                default:
                    return LinkStatus.ChipError;
            }
        }

        private LinkStatus Failed(LinkStatus status)
        {
            if (++_failures >= _options.FailuresBeforeReinit)
            {
                // Repeated failures: wake and configure the chip again on the next poll.
                _initialised = false;
                _failures = 0;
            }
            return status;
        }

        /// <summary>
        /// Sends <see cref="_txData"/>[0..length) as a command, waits for its ACK (resending once if none comes) and
        /// its answer, checks the answer code, and leaves the answer's data (after the code) in <see cref="_answer"/>.
        /// A bad checksum is answered with NACK (up to twice); a timeout is answered with ACK, which aborts the command.
        /// </summary>
        private LinkStatus Command(int length, int timeoutMs)
        {
            _answerLength = 0;
            byte code = _txData[0];
            _txFrameLength = Pn532Frame.Build(Pn532Frame.HostToPn532, _txData, 0, length, _txFrame);
            if (_txFrameLength < 0) return LinkStatus.BufferTooSmall;
            _channel.DiscardInput();
            _rxLength = 0;

            bool acked = false;
            for (int send = 0; send < 2 && !acked; send++)
            {
                if (!_channel.Write(_txFrame, 0, _txFrameLength)) return LinkStatus.ChipError;
                FrameKind kind = Receive(_options.AckTimeoutMs);
                if (kind == FrameKind.Ack) acked = true;
                else if (kind == FrameKind.Error) return LinkStatus.ChipError;
                else if (kind == FrameKind.Information)
                {
                    // The ACK was lost but the answer came: accept it.
                    return TakeAnswer(code);
                }
            }
            if (!acked)
            {
                // No ACK at all: abort whatever the chip may still be doing before the next command.
                Aborts++;
                _channel.Write(Pn532Frame.AckFrame, 0, Pn532Frame.AckFrame.Length);
                _channel.DiscardInput();
                return LinkStatus.Timeout;
            }

            int nacks = 0;
            while (true)
            {
                FrameKind kind = Receive(timeoutMs);
                if (kind == FrameKind.Information) return TakeAnswer(code);
                if (kind == FrameKind.Error) return LinkStatus.ChipError;
                if (kind == FrameKind.BadChecksum && nacks < 2)
                {
                    nacks++;
                    Nacks++;
                    _rxLength = 0;
                    _channel.DiscardInput();
                    _channel.Write(Pn532Frame.NackFrame, 0, Pn532Frame.NackFrame.Length);
                    continue;
                }
                if (kind == FrameKind.Ack) continue;
                if (kind == FrameKind.BadChecksum) return LinkStatus.FrameError;
                // Timeout: abort the command so the chip is ready for the next one.
                Aborts++;
                _channel.Write(Pn532Frame.AckFrame, 0, Pn532Frame.AckFrame.Length);
                _channel.DiscardInput();
                return LinkStatus.Timeout;
            }
        }

        private LinkStatus TakeAnswer(byte code)
        {
            if (_answerLength < 1 || _answer[0] != code + 1)
            {
                _answerLength = 0;
                return LinkStatus.ChipError;
            }
            // Drop the answer code; keep only its data.
            _answerLength--;
            System.Array.Copy(_answer, 1, _answer, 0, _answerLength);
            return LinkStatus.Ok;
        }

        /// <summary>
        /// Reads until one frame is complete or the deadline passes (NeedMore on timeout). Information frames go to
        /// <see cref="_answer"/> (TFI must be D5). Bytes after the frame stay in the buffer for the next call.
        /// </summary>
        private FrameKind Receive(int timeoutMs)
        {
            long deadline = _clock.NowMs + timeoutMs;
            while (true)
            {
                if (_rxLength > 0)
                {
                    byte tfi;
                    int dataOffset, dataLength, consumed;
                    FrameKind kind = Pn532Frame.TryParse(_rx, 0, _rxLength, out tfi, out dataOffset, out dataLength, out consumed);
                    if (kind == FrameKind.Information && tfi == Pn532Frame.Pn532ToHost)
                    {
                        System.Array.Copy(_rx, dataOffset, _answer, 0, dataLength);
                        _answerLength = dataLength;
                    }
                    else if (kind == FrameKind.Information)
                    {
                        kind = FrameKind.BadChecksum;
                    }
                    Drop(consumed);
                    if (kind != FrameKind.NeedMore) return kind;
                }
                long left = deadline - _clock.NowMs;
                if (left <= 0) return FrameKind.NeedMore;
                if (_rxLength >= _rx.Length) Drop(_rxLength / 2);
                int n = _channel.Read(_rx, _rxLength, _rx.Length - _rxLength, (int)left);
                if (n > 0) _rxLength += n;
            }
        }

        private void Drop(int count)
        {
            if (count <= 0) return;
            if (count >= _rxLength)
            {
                _rxLength = 0;
                return;
            }
            System.Array.Copy(_rx, count, _rx, 0, _rxLength - count);
            _rxLength -= count;
        }
    }
}
