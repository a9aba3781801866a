namespace Reader.Core.Wiegand
{
    /// <summary>Why a frame was not accepted by <see cref="WiegandCodec.TryDecode"/>.</summary>
    public enum WiegandDecodeStatus
    {
        Ok = 0,
        WrongLength = 1,
        ParityError = 2,
    }

    /// <summary>
    /// Frame bits ↔ payload, both ways (wiegand.md §5). Bits are written one per byte (0 or 1) in transmission order,
    /// MSB of the payload first, into the caller's buffer: nothing is allocated.
    /// </summary>
    public static class WiegandCodec
    {
        /// <summary>
        /// Writes the frame for <paramref name="payload"/> into <paramref name="bits"/>. False (nothing written) when
        /// the payload does not fit the format or the buffer is too small.
        /// </summary>
        public static bool TryEncode(WiegandFormat format, ulong payload, byte[] bits)
        {
            if (bits == null || bits.Length < format.Bits || payload > format.MaxPayload) return false;
            int p = format.PayloadBits;
            int first = format.Parity == WiegandParity.None ? 0 : 1;
            for (int i = 0; i < p; i++)
            {
                bits[first + i] = (byte)((payload >> (p - 1 - i)) & 1);
            }
            if (format.Parity == WiegandParity.Halves)
            {
                int half = (p + 1) / 2;
                bits[0] = (byte)Ones(bits, 1, half);
                bits[format.Bits - 1] = (byte)(1 - Ones(bits, 1 + p - half, half));
            }
            else if (format.Parity == WiegandParity.Whole)
            {
                bits[0] = 0;
                bits[format.Bits - 1] = (byte)Ones(bits, 1, p);
            }
            return true;
        }

        /// <summary>Reads the payload of a received frame, checking its length and parity.</summary>
        public static WiegandDecodeStatus TryDecode(WiegandFormat format, byte[] bits, int bitCount, out ulong payload)
        {
            payload = 0;
            if (bitCount != format.Bits) return WiegandDecodeStatus.WrongLength;
            int p = format.PayloadBits;
            int first = format.Parity == WiegandParity.None ? 0 : 1;
            if (format.Parity == WiegandParity.Halves)
            {
                int half = (p + 1) / 2;
                if (bits[0] != Ones(bits, 1, half)) return WiegandDecodeStatus.ParityError;
                if (bits[format.Bits - 1] != 1 - Ones(bits, 1 + p - half, half)) return WiegandDecodeStatus.ParityError;
            }
            else if (format.Parity == WiegandParity.Whole)
            {
                if (bits[0] != 0 || bits[format.Bits - 1] != Ones(bits, 1, p)) return WiegandDecodeStatus.ParityError;
            }
            ulong value = 0;
            for (int i = 0; i < p; i++) value = (value << 1) | bits[first + i];
            payload = value;
            return WiegandDecodeStatus.Ok;
        }

        /// <summary>Facility code and card number as one payload (H10301, H10306, H10304). False when either does not fit.</summary>
        public static bool TryCombine(WiegandFormat format, ulong facility, ulong cardNumber, out ulong payload)
        {
            payload = 0;
            int cnBits = format.CardNumberBits;
            ulong cnMax = cnBits >= 64 ? ulong.MaxValue : (1UL << cnBits) - 1;
            ulong fcMax = format.FacilityBits == 0 ? 0 : (1UL << format.FacilityBits) - 1;
            if (cardNumber > cnMax || facility > fcMax) return false;
            payload = (facility << cnBits) | cardNumber;
            return true;
        }

        /// <summary>The whole frame as a number, first bit most significant (how wiegand.md §6 writes its vectors).</summary>
        public static string FrameHex(byte[] bits, int bitCount)
        {
            int digits = (bitCount + 3) / 4;
            char[] chars = new char[digits];
            int bit = bitCount - 1;
            for (int d = digits - 1; d >= 0; d--)
            {
                int nibble = 0;
                for (int k = 0; k < 4 && bit >= 0; k++, bit--) nibble |= bits[bit] << k;
                chars[d] = Reader.Core.Text.Hex.NibbleChar(nibble);
            }
            int skip = 0;
            while (skip < digits - 1 && chars[skip] == '0') skip++;
            return new string(chars, skip, digits - skip);
        }

        private static int Ones(byte[] bits, int offset, int count)
        {
            int parity = 0;
            for (int i = 0; i < count; i++) parity ^= bits[offset + i];
            return parity;
        }
    }
}
