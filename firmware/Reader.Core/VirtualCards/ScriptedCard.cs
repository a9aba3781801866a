using Reader.Core.Ports;

namespace Reader.Core.VirtualCards
{
    /// <summary>
    /// A virtual card that answers from a recorded exchange list, following the corpus replay contract
    /// (shared cards/README.md "Replay contract"):
    /// a command matches a recorded one when CLA INS P1 P2 are equal and, for SELECT (INS A4), the data field too;
    /// Le is ignored, and the data field of other commands is ignored; several matches are answered in recorded order,
    /// the last one repeating; an unmatched SELECT gets 6A82, READ RECORD 6A83, anything else 6D00;
    /// replies are returned exactly as recorded.
    /// </summary>
    public sealed class ScriptedCard : IVirtualCard
    {
        private readonly byte[][] _commands;
        private readonly byte[][] _responses;
        private readonly int[] _useCount;
        private readonly byte[] _uid;
        private readonly int _atqa;
        private readonly byte _sak;
        private readonly byte[] _ats;

        /// <summary>ATS of a typical EMV card: TL 05, T0 78 (FSCI 8 = 256 bytes), TA 80, TB 70 (FWI 7), TC 02.</summary>
        public static readonly byte[] DefaultAts = new byte[] { 0x05, 0x78, 0x80, 0x70, 0x02 };

        /// <summary>Random-looking 4-byte UID (first byte 08), as bank cards and phones show.</summary>
        public static readonly byte[] DefaultUid = new byte[] { 0x08, 0xA1, 0xB2, 0xC3 };

        public ScriptedCard(byte[][] commands, byte[][] responses)
            : this(commands, responses, DefaultUid, 0x0004, 0x20, DefaultAts)
        {
        }

        public ScriptedCard(byte[][] commands, byte[][] responses, byte[] uid, int atqa, byte sak, byte[] ats)
        {
            if (commands == null || responses == null || commands.Length != responses.Length)
            {
                throw new System.ArgumentException("commands and responses must pair up");
            }
            _commands = commands;
            _responses = responses;
            _useCount = new int[commands.Length];
            _uid = uid;
            _atqa = atqa;
            _sak = sak;
            _ats = ats;
        }

        /// <summary>Number of recorded exchanges.</summary>
        public int Count
        {
            get { return _commands.Length; }
        }

        public void Identify(CardTarget target)
        {
            target.Clear();
            int uidLength = _uid.Length > CardTarget.MaxUidLength ? CardTarget.MaxUidLength : _uid.Length;
            System.Array.Copy(_uid, target.Uid, uidLength);
            target.UidLength = uidLength;
            target.Atqa = _atqa;
            target.Sak = _sak;
            if (_ats != null && target.IsIsoDep)
            {
                int atsLength = _ats.Length > CardTarget.MaxAtsLength ? CardTarget.MaxAtsLength : _ats.Length;
                System.Array.Copy(_ats, target.Ats, atsLength);
                target.AtsLength = atsLength;
            }
        }

        public void Reset()
        {
            System.Array.Clear(_useCount, 0, _useCount.Length);
        }

        public int Respond(byte[] command, int commandLength, byte[] response)
        {
            if (commandLength < 4)
            {
                return WriteStatus(response, 0x67, 0x00);
            }
            // Rule 4: among the matches, the first not yet used; once all are used, the last one repeats.
            int lastMatch = -1;
            for (int i = 0; i < _commands.Length; i++)
            {
                if (!Matches(_commands[i], command, commandLength)) continue;
                lastMatch = i;
                if (_useCount[i] == 0)
                {
                    _useCount[i]++;
                    return Copy(_responses[i], response);
                }
            }
            if (lastMatch >= 0)
            {
                _useCount[lastMatch]++;
                return Copy(_responses[lastMatch], response);
            }
            // Rule 5: unmatched commands.
            byte ins = command[1];
            if (ins == 0xA4) return WriteStatus(response, 0x6A, 0x82);
            if (ins == 0xB2) return WriteStatus(response, 0x6A, 0x83);
            return WriteStatus(response, 0x6D, 0x00);
        }

        private static bool Matches(byte[] recorded, byte[] command, int commandLength)
        {
            if (recorded.Length < 4) return false;
            for (int i = 0; i < 4; i++)
            {
                if (recorded[i] != command[i]) return false;
            }
            if (command[1] != 0xA4) return true;
            int recordedOffset, recordedCount, offset, count;
            DataField(recorded, recorded.Length, out recordedOffset, out recordedCount);
            DataField(command, commandLength, out offset, out count);
            if (recordedCount != count) return false;
            for (int i = 0; i < count; i++)
            {
                if (recorded[recordedOffset + i] != command[offset + i]) return false;
            }
            return true;
        }

        /// <summary>
        /// Rule 3: 4 bytes = header only; 5 bytes = header + Le; otherwise byte 5 is Lc and the data follows.
        /// A command whose Lc runs past its end has its data cut at the end.
        /// </summary>
        public static void DataField(byte[] command, int length, out int offset, out int count)
        {
            offset = 5;
            count = 0;
            if (length <= 5) return;
            int lc = command[4];
            count = lc;
            if (offset + count > length) count = length - offset;
        }

        private static int Copy(byte[] source, byte[] destination)
        {
            int n = source.Length > destination.Length ? destination.Length : source.Length;
            System.Array.Copy(source, destination, n);
            return n;
        }

        private static int WriteStatus(byte[] response, byte sw1, byte sw2)
        {
            response[0] = sw1;
            response[1] = sw2;
            return 2;
        }
    }
}
