using System;
using System.Collections.Generic;
using Reader.Core.Pn532;
using Reader.Core.Ports;
using Reader.Core.VirtualCards;

namespace Reader.Host.Simulator;

/// <summary>Faults the simulator can inject (deterministic: each is armed, fires, and disarms unless persistent).</summary>
public sealed class Pn532Faults
{
    /// <summary>Drop the ACK of the next N commands.</summary>
    public int DropAcks;
    /// <summary>Send the next N answers with a corrupted data checksum (a NACK makes the simulator resend it intact).</summary>
    public int BadChecksums;
    /// <summary>Flip one data byte of the next N answers, leaving the checksum unchanged (so the checksum no longer matches).</summary>
    public int FlipBytes;
    /// <summary>Drop the last N bytes of the next answer (a frame that never completes).</summary>
    public int TruncateNextAnswer;
    /// <summary>Never answer the next N commands at all (after the ACK).</summary>
    public int MuteAnswers;
    /// <summary>Answer the next N commands with the error frame.</summary>
    public int ErrorFrames;
    /// <summary>Junk bytes sent before the next answer.</summary>
    public byte[] GarbageBeforeNextAnswer;
    /// <summary>Extra delay before every answer, ms (persistent).</summary>
    public int AnswerDelayMs;
    /// <summary>Delay the next N answers by <see cref="LateAnswerMs"/>.</summary>
    public int LateAnswers;
    public int LateAnswerMs = 700;
    /// <summary>The card leaves the field when it receives its N-th APDU of the session (1-based); 0 = never.</summary>
    public int RemoveCardAtApdu;
}

/// <summary>
/// A PN532 in software, speaking the HSU frame protocol as the chip does (reference pn532.md §11): lenient parsing,
/// strict emission, ACK then answer, normal frames up to LEN 255 and extended above, host ACK = abort, host NACK =
/// resend the last answer, syntax-error frame for what it does not know; Low VBat start (the first command is lost
/// unless the 55 55 00... wake-up precedes it); SAMConfiguration, SetParameters (AutoRATS decides whether the ATS is
/// reported), RFConfiguration (stored; MaxRetries honoured as "no card now"), a CIU register map with write-back for
/// libnfc, Diagnose echo, InListPassiveTarget for type A, InDataExchange with MI splitting of long answers,
/// InCommunicateThru answering 43 01 for protocols it does not model, InDeselect/InSelect/InRelease, InAutoPoll, PowerDown.
/// Cards are <see cref="IVirtualCard"/>s that enter and leave the field.
/// </summary>
public sealed class Pn532Simulator
{
    private readonly IClock _clock;
    private readonly byte[] _input = new byte[4096];
    private int _inputLength;
    private readonly Queue<(long AtMs, byte[] Bytes)> _output = new();
    private byte[] _lastAnswerFrame;
    private readonly Dictionary<int, byte> _registers = new();
    private readonly byte[] _frame = new byte[Pn532Frame.MaxFrameSize];

    private bool _awake;
    private bool _autoRats = true;
    private bool _removePrePostAmble;
    private bool _fieldOn = true;
    private IVirtualCard _card;
    private bool _cardActive;
    private bool _cardSelected;
    private int _apdusThisSession;
    private readonly List<byte> _pending = new();
    private readonly CardTarget _target = new();

    public Pn532Simulator(IClock clock)
    {
        _clock = clock;
        // Registers libnfc reads on open, with plausible power-up values.
        foreach (int address in new[] { 0x6302, 0x6303, 0x6305, 0x630D, 0x6338, 0x633C, 0x633D, 0x6339 }) _registers[address] = 0;
        _registers[0x6302] = 0x80;
        _registers[0x6303] = 0x80;
    }

    public Pn532Faults Faults { get; } = new();

    /// <summary>Bytes of an answer larger than this are split with MI (real PN532: about 262).</summary>
    public int MiThreshold { get; set; } = 262;

    /// <summary>Firmware reported by GetFirmwareVersion: a PN532 v1.6.</summary>
    public byte[] Firmware { get; set; } = { 0x32, 0x01, 0x06, 0x07 };

    /// <summary>Start awake (skip the Low VBat state), for clients that do not send the wake-up sequence.</summary>
    public bool StartAwake { set => _awake = value; }

    /// <summary>Frames received and commands executed (for benchmarks and logs).</summary>
    public int Commands { get; private set; }
    public long BytesIn { get; private set; }
    public long BytesOut { get; private set; }

    /// <summary>Called with the 1-based number of each command frame before it is acknowledged (to arm faults at a given frame).</summary>
    public Action<int> BeforeCommand { get; set; }

    /// <summary>Optional trace of every command and answer (hex).</summary>
    public Action<string> Trace { get; set; }

    /// <summary>Places a card in the field (replacing any other).</summary>
    public void Place(IVirtualCard card)
    {
        _card = card;
        _cardActive = false;
        _cardSelected = false;
    }

    /// <summary>Takes the card away.</summary>
    public void Remove()
    {
        _card = null;
        _cardActive = false;
        _cardSelected = false;
    }

    public bool HasCard => _card != null;

    /// <summary>Bytes from the host.</summary>
    public void Receive(byte[] data, int offset, int count)
    {
        BytesIn += count;
        if (_inputLength + count > _input.Length) _inputLength = 0;
        Array.Copy(data, offset, _input, _inputLength, count);
        _inputLength += count;
        Process();
    }

    /// <summary>Time the next output becomes available, or long.MaxValue when none is queued.</summary>
    public long NextOutputAtMs => _output.Count == 0 ? long.MaxValue : _output.Peek().AtMs;

    /// <summary>Takes the output that is due by now.</summary>
    public int Read(byte[] buffer, int offset, int count)
    {
        int n = 0;
        while (n < count && _output.Count > 0 && _output.Peek().AtMs <= _clock.NowMs)
        {
            var (at, bytes) = _output.Dequeue();
            int take = Math.Min(bytes.Length, count - n);
            Array.Copy(bytes, 0, buffer, offset + n, take);
            n += take;
            if (take < bytes.Length)
            {
                var rest = new byte[bytes.Length - take];
                Array.Copy(bytes, take, rest, 0, rest.Length);
                var items = new List<(long, byte[])> { (at, rest) };
                items.AddRange(_output);
                _output.Clear();
                foreach (var item in items) _output.Enqueue(item);
            }
        }
        BytesOut += n;
        return n;
    }

    private void Process()
    {
        while (_inputLength > 0)
        {
            // The wake-up preamble (55 55 00 ...) brings the chip out of Low VBat / PowerDown.
            for (int i = 0; i < _inputLength; i++)
            {
                if (_input[i] == 0x55)
                {
                    _awake = true;
                    break;
                }
            }
            FrameKind kind = Pn532Frame.TryParse(_input, 0, _inputLength, out byte tfi, out int dataOffset, out int dataLength, out int consumed);
            if (kind == FrameKind.NeedMore)
            {
                Consume(consumed);
                return;
            }
            byte[] data = null;
            if (kind == FrameKind.Information)
            {
                data = new byte[dataLength];
                Array.Copy(_input, dataOffset, data, 0, dataLength);
            }
            Consume(consumed);
            switch (kind)
            {
                case FrameKind.Ack:
                    // Abort whatever is pending; a no-op when idle.
                    _output.Clear();
                    break;
                case FrameKind.Nack:
                    if (_lastAnswerFrame != null) Emit(_lastAnswerFrame, 0);
                    break;
                case FrameKind.Information when tfi == Pn532Frame.HostToPn532 && data.Length > 0:
                    if (!_awake)
                    {
                        Trace?.Invoke("(asleep: frame lost)");
                        break;
                    }
                    BeforeCommand?.Invoke(Commands + 1);
                    // A new command aborts the one still running: its answer, if not sent yet, never comes.
                    _output.Clear();
                    Emit(Pn532Frame.AckFrame, 0);
                    if (Faults.DropAcks > 0)
                    {
                        Faults.DropAcks--;
                        _output.Clear();
                    }
                    Execute(data);
                    break;
                default:
                    if (_awake) Emit(Pn532Frame.ErrorFrame, 0);
                    break;
            }
        }
    }

    private void Consume(int count)
    {
        if (count <= 0) return;
        Array.Copy(_input, count, _input, 0, _inputLength - count);
        _inputLength -= count;
    }

    private void Execute(byte[] c)
    {
        Commands++;
        Trace?.Invoke("host " + Reader.Core.Text.Hex.Format(c, 0, c.Length, true));
        byte code = c[0];
        byte[] answer = code switch
        {
            Pn532Command.Diagnose => Diagnose(c),
            Pn532Command.GetFirmwareVersion => Firmware,
            Pn532Command.ReadRegister => ReadRegisters(c),
            Pn532Command.WriteRegister => WriteRegisters(c),
            Pn532Command.SetParameters => SetParameters(c),
            Pn532Command.SamConfiguration => c.Length >= 2 ? Array.Empty<byte>() : null,
            Pn532Command.PowerDown => PowerDown(),
            Pn532Command.RfConfiguration => RfConfiguration(c),
            Pn532Command.InListPassiveTarget => ListPassiveTarget(c),
            Pn532Command.InDataExchange => DataExchange(c),
            Pn532Command.InCommunicateThru => CommunicateThru(c),
            Pn532Command.InDeselect => Deselect(),
            Pn532Command.InSelect => new byte[] { (byte)(_cardActive ? 0x00 : 0x27) },
            Pn532Command.InRelease => Release(),
            Pn532Command.InAutoPoll => AutoPoll(c),
            0x04 => new byte[] { 0x00, (byte)(_fieldOn ? 1 : 0), (byte)(_cardActive ? 1 : 0), 0x00 },
            0x10 => new byte[0],
            _ => null,
        };
        if (answer == null)
        {
            Emit(Pn532Frame.ErrorFrame, Faults.AnswerDelayMs);
            return;
        }
        if (Faults.MuteAnswers > 0)
        {
            Faults.MuteAnswers--;
            return;
        }
        if (Faults.ErrorFrames > 0)
        {
            Faults.ErrorFrames--;
            Emit(Pn532Frame.ErrorFrame, Faults.AnswerDelayMs);
            return;
        }
        var payload = new byte[answer.Length + 1];
        payload[0] = (byte)(code + 1);
        Array.Copy(answer, 0, payload, 1, answer.Length);
        int length = Pn532Frame.Build(Pn532Frame.Pn532ToHost, payload, 0, payload.Length, _frame);
        var frame = new byte[length];
        Array.Copy(_frame, frame, length);
        _lastAnswerFrame = (byte[])frame.Clone();
        Trace?.Invoke("pn532 " + Reader.Core.Text.Hex.Format(payload, 0, Math.Min(payload.Length, 48), true) + (payload.Length > 48 ? " ..." : ""));

        if (Faults.BadChecksums > 0)
        {
            Faults.BadChecksums--;
            frame[length - 2] ^= 0x5A;
        }
        else if (Faults.FlipBytes > 0)
        {
            Faults.FlipBytes--;
            frame[length / 2] ^= 0x01;
        }
        if (Faults.TruncateNextAnswer > 0)
        {
            Array.Resize(ref frame, Math.Max(3, frame.Length - Faults.TruncateNextAnswer));
            Faults.TruncateNextAnswer = 0;
        }
        if (_removePrePostAmble)
        {
            // fRemovePrePostAmble: no leading 00, no trailing 00.
            frame = frame[1..^1];
        }
        if (Faults.GarbageBeforeNextAnswer != null)
        {
            Emit(Faults.GarbageBeforeNextAnswer, Faults.AnswerDelayMs);
            Faults.GarbageBeforeNextAnswer = null;
        }
        int late = 0;
        if (Faults.LateAnswers > 0)
        {
            Faults.LateAnswers--;
            late = Faults.LateAnswerMs;
        }
        Emit(frame, Faults.AnswerDelayMs + CardDelayMs + late);
        CardDelayMs = 0;
    }

    /// <summary>Compute time of the card for the answer being built (from <see cref="IDelayedCard"/>).</summary>
    private int CardDelayMs { get; set; }

    private void Emit(byte[] bytes, int delayMs)
    {
        long at = _clock.NowMs + delayMs;
        if (_output.Count > 0)
        {
            long last = 0;
            foreach (var item in _output) last = item.AtMs;
            if (at < last) at = last;
        }
        _output.Enqueue((at, bytes));
    }

    private static byte[] Diagnose(byte[] c)
    {
        if (c.Length < 2) return null;
        var echo = new byte[c.Length - 1];
        Array.Copy(c, 1, echo, 0, echo.Length);
        return c[1] == 0x00 ? echo : new byte[] { 0x00 };
    }

    private byte[] ReadRegisters(byte[] c)
    {
        if (c.Length < 3 || (c.Length - 1) % 2 != 0) return null;
        var values = new byte[(c.Length - 1) / 2];
        for (int i = 0; i < values.Length; i++)
        {
            int address = (c[1 + 2 * i] << 8) | c[2 + 2 * i];
            values[i] = _registers.TryGetValue(address, out byte v) ? v : (byte)0;
        }
        return values;
    }

    private byte[] WriteRegisters(byte[] c)
    {
        if (c.Length < 4 || (c.Length - 1) % 3 != 0) return null;
        for (int i = 1; i + 2 < c.Length; i += 3) _registers[(c[i] << 8) | c[i + 1]] = c[i + 2];
        return Array.Empty<byte>();
    }

    private byte[] SetParameters(byte[] c)
    {
        if (c.Length != 2) return null;
        _autoRats = (c[1] & 0x10) != 0;
        _removePrePostAmble = (c[1] & 0x40) != 0;
        return Array.Empty<byte>();
    }

    private byte[] PowerDown()
    {
        // Answers, then sleeps: the next command needs the wake-up sequence again.
        _awake = false;
        return new byte[] { 0x00 };
    }

    private byte[] RfConfiguration(byte[] c)
    {
        if (c.Length < 3) return null;
        if (c[1] == 0x01)
        {
            _fieldOn = (c[2] & 0x01) != 0;
            if (!_fieldOn)
            {
                _cardActive = false;
                _cardSelected = false;
            }
        }
        return Array.Empty<byte>();
    }

    private byte[] ListPassiveTarget(byte[] c)
    {
        if (c.Length < 3) return null;
        // Only 106 kbps type A is modelled; FeliCa, type B and Jewel find nothing.
        if (c[2] != 0x00 || !_fieldOn || _card == null) return new byte[] { 0x00 };
        if (!_cardActive)
        {
            _card.Reset();
            _cardActive = true;
            _apdusThisSession = 0;
        }
        _card.Identify(_target);
        _cardSelected = true;
        var answer = new List<byte> { 0x01, 0x01, (byte)(_target.Atqa >> 8), (byte)_target.Atqa, _target.Sak, (byte)_target.UidLength };
        for (int i = 0; i < _target.UidLength; i++) answer.Add(_target.Uid[i]);
        if (_autoRats && _target.IsIsoDep)
        {
            for (int i = 0; i < _target.AtsLength; i++) answer.Add(_target.Ats[i]);
        }
        return answer.ToArray();
    }

    private byte[] DataExchange(byte[] c)
    {
        if (c.Length < 2) return null;
        int tg = c[1] & 0x3F;
        if (tg != 1 || !_cardSelected) return new byte[] { 0x27 };
        if (_pending.Count > 0 && c.Length == 2)
        {
            return NextChunk();
        }
        if (_card == null || !_cardActive) return Gone();
        _apdusThisSession++;
        if (Faults.RemoveCardAtApdu > 0 && _apdusThisSession >= Faults.RemoveCardAtApdu)
        {
            Faults.RemoveCardAtApdu = 0;
            Remove();
            return Gone();
        }
        var command = new byte[c.Length - 2];
        Array.Copy(c, 2, command, 0, command.Length);
        var response = new byte[4096];
        int n = _card.Respond(command, command.Length, response);
        if (_card is IDelayedCard delayed) CardDelayMs = delayed.DelayMs(command);
        if (n < 0) return new byte[] { 0x01 };
        _pending.Clear();
        for (int i = 0; i < n; i++) _pending.Add(response[i]);
        return NextChunk();
    }

    private byte[] Gone()
    {
        _cardSelected = false;
        return new byte[] { 0x01 };
    }

    /// <summary>Status 00 with the rest of the answer, or status 40 (MI) with the next MiThreshold bytes.</summary>
    private byte[] NextChunk()
    {
        int take = Math.Min(_pending.Count, MiThreshold);
        bool more = _pending.Count > take;
        var answer = new byte[take + 1];
        answer[0] = (byte)(more ? 0x40 : 0x00);
        _pending.CopyTo(0, answer, 1, take);
        _pending.RemoveRange(0, take);
        return answer;
    }

    private byte[] CommunicateThru(byte[] c)
    {
        // ISO 14443-4 presence check (R(ACK)/R(NAK) B2/B3) with an ISO-DEP card selected: it answers.
        if (c.Length == 2 && (c[1] & 0xF6) == 0xB2 && _cardSelected && _card != null && _target.IsIsoDep)
        {
            return new byte[] { 0x00, (byte)(c[1] ^ 0x01) };
        }
        return new byte[] { 0x01 };
    }

    private byte[] Deselect()
    {
        _cardSelected = false;
        return new byte[] { 0x00 };
    }

    private byte[] Release()
    {
        _cardSelected = false;
        _cardActive = false;
        _pending.Clear();
        return new byte[] { 0x00 };
    }

    private byte[] AutoPoll(byte[] c)
    {
        if (c.Length < 4) return null;
        bool wantsA = false;
        for (int i = 3; i < c.Length; i++) wantsA |= c[i] == 0x00 || c[i] == 0x10 || c[i] == 0x20;
        if (!wantsA || _card == null || !_fieldOn) return new byte[] { 0x00 };
        byte[] target = ListPassiveTarget(new byte[] { 0x4A, 0x01, 0x00 });
        var answer = new List<byte> { 0x01, (byte)(_target.IsIsoDep ? 0x20 : 0x10), (byte)(target.Length - 1) };
        for (int i = 1; i < target.Length; i++) answer.Add(target[i]);
        return answer.ToArray();
    }
}

/// <summary>A virtual card that takes time to compute some answers (e.g. a phone's GPO).</summary>
public interface IDelayedCard
{
    int DelayMs(byte[] command);
}
