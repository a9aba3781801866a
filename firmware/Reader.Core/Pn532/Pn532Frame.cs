namespace Reader.Core.Pn532
{
    /// <summary>What <see cref="Pn532Frame.TryParse"/> found at the start of the bytes.</summary>
    public enum FrameKind
    {
        /// <summary>Not enough bytes yet for a whole frame: read more.</summary>
        NeedMore = 0,
        /// <summary>ACK 00 00 FF 00 FF 00.</summary>
        Ack = 1,
        /// <summary>NACK 00 00 FF FF 00 00.</summary>
        Nack = 2,
        /// <summary>Application-level error frame 00 00 FF 01 FF 7F 81 00.</summary>
        Error = 3,
        /// <summary>A normal or extended information frame with valid checksums.</summary>
        Information = 4,
        /// <summary>A frame whose length or data checksum is wrong: skip it (the bytes are consumed) and ask again.</summary>
        BadChecksum = 5,
    }

    /// <summary>
    /// PN532 host-link frames (NXP UM0701-02 §6.2):
    /// <code>
    /// normal       00 00 FF LEN LCS TFI PD0 … PDn DCS 00       LEN = |TFI..PDn| (1-255), LEN + LCS = 0, TFI + PD… + DCS = 0
    /// extended     00 00 FF FF FF LENM LENL LCS TFI PD0 … DCS 00   LENM + LENL + LCS = 0 (mod 256), length ≤ 265
    /// ACK          00 00 FF 00 FF 00
    /// NACK         00 00 FF FF 00 00
    /// error        00 00 FF 01 FF 7F 81 00
    /// </code>
    /// TFI is D4 host → PN532 and D5 PN532 → host. Frames are built into caller buffers; parsing is lenient like a real
    /// PN532 (any run of 00/55 before the 00 FF start code, postamble optional) and resynchronises on garbage by
    /// hunting for the next start code, as libnfc and libosdp do.
    /// </summary>
    public static class Pn532Frame
    {
        public const byte HostToPn532 = 0xD4;
        public const byte Pn532ToHost = 0xD5;

        /// <summary>Largest TFI + data length of an extended frame.</summary>
        public const int MaxLength = 265;

        /// <summary>Largest data length (after TFI) in a normal frame, as libnfc uses it.</summary>
        public const int MaxNormalData = 254;

        /// <summary>Bytes of framing around the data of an extended frame: preamble, start code, FF FF, LENM LENL LCS, TFI, DCS, postamble.</summary>
        public const int Overhead = 11;

        /// <summary>A buffer that holds any frame.</summary>
        public const int MaxFrameSize = MaxLength + Overhead;

        public static readonly byte[] AckFrame = new byte[] { 0x00, 0x00, 0xFF, 0x00, 0xFF, 0x00 };
        public static readonly byte[] NackFrame = new byte[] { 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00 };
        public static readonly byte[] ErrorFrame = new byte[] { 0x00, 0x00, 0xFF, 0x01, 0xFF, 0x7F, 0x81, 0x00 };

        /// <summary>
        /// Writes a frame carrying TFI + <paramref name="data"/> into <paramref name="frame"/> (normal up to
        /// <see cref="MaxNormalData"/> data bytes, extended above). Returns the frame length, or -1 when it does not fit.
        /// </summary>
        public static int Build(byte tfi, byte[] data, int offset, int count, byte[] frame)
        {
            int length = count + 1;
            if (length > MaxLength || count < 0) return -1;
            bool extended = count > MaxNormalData;
            int needed = count + (extended ? Overhead : 8);
            if (frame.Length < needed) return -1;
            int p = 0;
            frame[p++] = 0x00;
            frame[p++] = 0x00;
            frame[p++] = 0xFF;
            if (extended)
            {
                frame[p++] = 0xFF;
                frame[p++] = 0xFF;
                frame[p++] = (byte)(length >> 8);
                frame[p++] = (byte)length;
                frame[p++] = (byte)(0x100 - (((length >> 8) + length) & 0xFF));
            }
            else
            {
                frame[p++] = (byte)length;
                frame[p++] = (byte)(0x100 - length);
            }
            frame[p++] = tfi;
            int sum = tfi;
            for (int i = 0; i < count; i++)
            {
                byte b = data[offset + i];
                frame[p++] = b;
                sum += b;
            }
            frame[p++] = (byte)(0x100 - (sum & 0xFF));
            frame[p++] = 0x00;
            return p;
        }

        /// <summary>
        /// Looks for one frame in <paramref name="buffer"/>[<paramref name="offset"/>..+<paramref name="count"/>].
        /// <paramref name="consumed"/> is how many bytes to drop (junk before the frame included; 0 with NeedMore).
        /// For <see cref="FrameKind.Information"/>, <paramref name="tfi"/> and the data position (after TFI) are set.
        /// </summary>
        public static FrameKind TryParse(byte[] buffer, int offset, int count, out byte tfi, out int dataOffset, out int dataLength, out int consumed)
        {
            tfi = 0;
            dataOffset = 0;
            dataLength = 0;
            consumed = 0;
            int end = offset + count;

            // Find the start code 00 FF; anything before it is preamble or junk.
            int start = -1;
            for (int i = offset; i + 1 < end; i++)
            {
                if (buffer[i] == 0x00 && buffer[i + 1] == 0xFF)
                {
                    start = i + 2;
                    break;
                }
            }
            if (start < 0)
            {
                // Keep a trailing 00: it may be the first half of a start code.
                consumed = count > 0 && buffer[end - 1] == 0x00 ? count - 1 : count;
                return FrameKind.NeedMore;
            }
            int p = start;
            if (end - p < 2)
            {
                consumed = start - 2 - offset;
                return FrameKind.NeedMore;
            }
            byte len = buffer[p];
            byte lcs = buffer[p + 1];

            if (len == 0x00 && lcs == 0xFF)
            {
                consumed = Postamble(buffer, p + 2, end) - offset;
                return FrameKind.Ack;
            }
            if (len == 0xFF && lcs == 0x00)
            {
                consumed = Postamble(buffer, p + 2, end) - offset;
                return FrameKind.Nack;
            }

            int length;
            if (len == 0xFF && lcs == 0xFF)
            {
                if (end - p < 5)
                {
                    consumed = start - 2 - offset;
                    return FrameKind.NeedMore;
                }
                int lenM = buffer[p + 2];
                int lenL = buffer[p + 3];
                if (((lenM + lenL + buffer[p + 4]) & 0xFF) != 0)
                {
                    consumed = start - offset;
                    return FrameKind.BadChecksum;
                }
                length = (lenM << 8) | lenL;
                p += 5;
            }
            else
            {
                if (((len + lcs) & 0xFF) != 0)
                {
                    consumed = start - offset;
                    return FrameKind.BadChecksum;
                }
                length = len;
                p += 2;
            }
            if (length == 0 || length > MaxLength)
            {
                consumed = start - offset;
                return FrameKind.BadChecksum;
            }
            if (end - p < length + 1)
            {
                consumed = start - 2 - offset;
                return FrameKind.NeedMore;
            }
            int sum = 0;
            for (int i = 0; i <= length; i++) sum += buffer[p + i];
            if ((sum & 0xFF) != 0)
            {
                consumed = p + length + 1 - offset;
                return FrameKind.BadChecksum;
            }
            if (length == 1 && buffer[p] == 0x7F)
            {
                consumed = Postamble(buffer, p + 2, end) - offset;
                return FrameKind.Error;
            }
            tfi = buffer[p];
            dataOffset = p + 1;
            dataLength = length - 1;
            consumed = Postamble(buffer, p + length + 1, end) - offset;
            return FrameKind.Information;
        }

        /// <summary>Skips one postamble 00 when it is there (it is optional on the wire).</summary>
        private static int Postamble(byte[] buffer, int p, int end)
        {
            return p < end && buffer[p] == 0x00 ? p + 1 : p;
        }
    }
}
