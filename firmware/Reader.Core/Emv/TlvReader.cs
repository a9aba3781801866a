namespace Reader.Core.Emv
{
    /// <summary>Why a TLV read stopped. Bad input is a status, never an exception.</summary>
    public enum TlvStatus
    {
        Ok = 0,
        /// <summary>No bytes left: the end of the buffer, not an error.</summary>
        End = 1,
        /// <summary>The header or the value runs past the end of the buffer.</summary>
        Truncated = 2,
        /// <summary>A length form this reader does not accept (more than 2 length bytes, or the indefinite form 80).</summary>
        LengthTooLong = 3,
        /// <summary>A tag longer than 3 bytes.</summary>
        BadTag = 4,
        /// <summary>Templates nested deeper than <see cref="TlvReader.MaxDepth"/>.</summary>
        TooDeep = 5,
    }

    /// <summary>
    /// Forward-only BER-TLV reader over (buffer, offset, count) as EMV Book 3 Annex B uses it: tags of 1 to 3 bytes
    /// (low 5 bits 11111 → more tag bytes; bit 8 of a following byte → one more), lengths in short form (0-127) or
    /// long form 81 xx / 82 xx xx. It never reads outside its window; it moves only when a read succeeds and zeroes
    /// its outputs when one fails. Results are positions in the caller's buffer, not copies.
    /// </summary>
    public struct TlvReader
    {
        /// <summary>Deepest template nesting the helpers follow (EMV data is at most 4 deep: 6F/A5/BF0C/61).</summary>
        public const int MaxDepth = 6;

        private readonly byte[] _buffer;
        private readonly int _end;
        private int _position;

        public TlvReader(byte[] buffer, int offset, int count)
        {
            _buffer = buffer;
            _position = offset;
            _end = offset + count;
            if (offset < 0 || count < 0 || buffer == null || _end > buffer.Length)
            {
                throw new System.ArgumentException("window outside the buffer");
            }
        }

        /// <summary>Current position in the buffer.</summary>
        public int Position
        {
            get { return _position; }
        }

        /// <summary>True when no bytes are left.</summary>
        public bool AtEnd
        {
            get { return _position >= _end; }
        }

        /// <summary>
        /// Reads the next TLV. On Ok the reader has moved past it. EMV padding bytes 00 and FF between objects
        /// are skipped (Book 3 Annex B).
        /// </summary>
        public TlvStatus TryRead(out int tag, out int valueOffset, out int valueLength)
        {
            int consumed;
            TlvStatus status = Decode(_buffer, _position, _end, out tag, out valueOffset, out valueLength, out consumed);
            if (status == TlvStatus.Ok) _position += consumed;
            return status;
        }

        /// <summary>The tag of the next TLV without moving; 0 at the end or on bad data.</summary>
        public int PeekTag()
        {
            int tag, valueOffset, valueLength, consumed;
            return Decode(_buffer, _position, _end, out tag, out valueOffset, out valueLength, out consumed) == TlvStatus.Ok ? tag : 0;
        }

        /// <summary>
        /// Decodes one TLV starting at <paramref name="position"/> (padding 00/FF skipped) without reading at or past
        /// <paramref name="end"/>. <paramref name="consumed"/> counts padding, header and value.
        /// </summary>
        public static TlvStatus Decode(byte[] buffer, int position, int end, out int tag, out int valueOffset, out int valueLength, out int consumed)
        {
            tag = 0;
            valueOffset = 0;
            valueLength = 0;
            consumed = 0;
            int p = position;
            while (p < end && (buffer[p] == 0x00 || buffer[p] == 0xFF)) p++;
            if (p >= end) return TlvStatus.End;

            int t;
            TlvStatus tagStatus = ReadTag(buffer, ref p, end, out t);
            if (tagStatus != TlvStatus.Ok) return tagStatus;
            if (p >= end) return TlvStatus.Truncated;
            int length = buffer[p++];
            if (length > 0x7F)
            {
                int lengthBytes = length & 0x7F;
                if (lengthBytes == 0 || lengthBytes > 2) return TlvStatus.LengthTooLong;
                if (p + lengthBytes > end) return TlvStatus.Truncated;
                length = 0;
                for (int i = 0; i < lengthBytes; i++) length = (length << 8) | buffer[p++];
            }
            if (length > end - p) return TlvStatus.Truncated;

            tag = t;
            valueOffset = p;
            valueLength = length;
            consumed = p + length - position;
            return TlvStatus.Ok;
        }

        /// <summary>
        /// Reads a 1-3 byte tag at <paramref name="position"/> (low 5 bits 11111 → more bytes follow; bit 8 of a
        /// following byte → one more) and moves past it. Shared by TLV and DOL parsing.
        /// </summary>
        public static TlvStatus ReadTag(byte[] buffer, ref int position, int end, out int tag)
        {
            tag = 0;
            int p = position;
            if (p >= end) return TlvStatus.Truncated;
            int t = buffer[p++];
            if ((t & 0x1F) == 0x1F)
            {
                int more = 0;
                do
                {
                    if (p >= end) return TlvStatus.Truncated;
                    if (++more > 2) return TlvStatus.BadTag;
                    t = (t << 8) | buffer[p];
                }
                while ((buffer[p++] & 0x80) != 0);
            }
            tag = t;
            position = p;
            return TlvStatus.Ok;
        }

        /// <summary>Constructed tags (bit 6 of the first tag byte) hold further TLVs.</summary>
        public static bool IsConstructed(int tag)
        {
            int first = tag;
            while (first > 0xFF) first >>= 8;
            return (first & 0x20) != 0;
        }

        /// <summary>
        /// Finds the first <paramref name="wanted"/> tag in the window, looking inside constructed templates depth-first
        /// up to <see cref="MaxDepth"/> levels. Stops at the first malformed object (data before it is still searched).
        /// </summary>
        public static bool Find(byte[] buffer, int offset, int count, int wanted, out int valueOffset, out int valueLength)
        {
            return FindAt(buffer, offset, offset + count, wanted, 0, out valueOffset, out valueLength);
        }

        private static bool FindAt(byte[] buffer, int start, int end, int wanted, int depth, out int valueOffset, out int valueLength)
        {
            valueOffset = 0;
            valueLength = 0;
            int p = start;
            while (p < end)
            {
                int tag, vo, vl, consumed;
                if (Decode(buffer, p, end, out tag, out vo, out vl, out consumed) != TlvStatus.Ok) return false;
                if (tag == wanted)
                {
                    valueOffset = vo;
                    valueLength = vl;
                    return true;
                }
                if (IsConstructed(tag) && depth < MaxDepth && FindAt(buffer, vo, vo + vl, wanted, depth + 1, out valueOffset, out valueLength))
                {
                    return true;
                }
                p += consumed;
            }
            return false;
        }
    }
}
