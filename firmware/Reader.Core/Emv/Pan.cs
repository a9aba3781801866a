namespace Reader.Core.Emv
{
    /// <summary>
    /// Card-number extraction and checks (EMV Book 3 Annex A; ISO/IEC 7813 for track data):
    /// 5A Application PAN (BCD, F-padded), 57 Track 2 Equivalent Data and 9F6B Track 2 Data (BCD: PAN, separator D,
    /// expiry, ...), 56 Track 1 Data (ASCII: format code, PAN, '^', name, ...). A PAN is 12-19 digits (ISO/IEC 7812)
    /// and must pass the Luhn check.
    /// </summary>
    public static class Pan
    {
        public const int MinLength = 12;
        public const int MaxLength = 19;

        /// <summary>
        /// Digits of a 5A value: nibbles until an F pad or the end. Returns the digit count written to
        /// <paramref name="digits"/>, or -1 when a nibble is A-E, the value holds more than 19 digits, or an F is
        /// followed by anything but F.
        /// </summary>
        public static int FromApplicationPan(byte[] buffer, int offset, int count, char[] digits)
        {
            int n = 0;
            bool padding = false;
            for (int i = 0; i < count * 2; i++)
            {
                int nibble = Nibble(buffer, offset, i);
                if (padding)
                {
                    if (nibble != 0x0F) return -1;
                    continue;
                }
                if (nibble == 0x0F)
                {
                    padding = true;
                    continue;
                }
                if (nibble > 9 || n >= MaxLength) return -1;
                digits[n++] = (char)('0' + nibble);
            }
            return n;
        }

        /// <summary>
        /// Digits of a track 2 value (57 or 9F6B) before the D separator. -1 when there is no separator within the
        /// first 20 nibbles, or a non-digit comes before it.
        /// </summary>
        public static int FromTrack2(byte[] buffer, int offset, int count, char[] digits)
        {
            int n = 0;
            for (int i = 0; i < count * 2; i++)
            {
                int nibble = Nibble(buffer, offset, i);
                if (nibble == 0x0D) return n;
                if (nibble > 9 || n >= MaxLength) return -1;
                digits[n++] = (char)('0' + nibble);
            }
            return -1;
        }

        /// <summary>
        /// Digits of a track 1 value (56): optional '%', one format-code letter, the PAN, then '^'. -1 when the
        /// layout does not match.
        /// </summary>
        public static int FromTrack1(byte[] buffer, int offset, int count, char[] digits)
        {
            int p = offset;
            int end = offset + count;
            if (p < end && buffer[p] == (byte)'%') p++;
            if (p >= end || buffer[p] < (byte)'A' || buffer[p] > (byte)'Z') return -1;
            p++;
            int n = 0;
            while (p < end)
            {
                byte b = buffer[p++];
                if (b == (byte)'^') return n;
                if (b == (byte)' ') continue;
                if (b < (byte)'0' || b > (byte)'9' || n >= MaxLength) return -1;
                digits[n++] = (char)b;
            }
            return -1;
        }

        /// <summary>Luhn (ISO/IEC 7812-1 Annex B) over the first <paramref name="count"/> digits.</summary>
        public static bool LuhnValid(char[] digits, int count)
        {
            if (count < 2) return false;
            int sum = 0;
            bool doubleIt = false;
            for (int i = count - 1; i >= 0; i--)
            {
                int d = digits[i] - '0';
                if (d < 0 || d > 9) return false;
                if (doubleIt)
                {
                    d *= 2;
                    if (d > 9) d -= 9;
                }
                sum += d;
                doubleIt = !doubleIt;
            }
            return sum % 10 == 0;
        }

        /// <summary>12 to 19 digits.</summary>
        public static bool LengthValid(int count)
        {
            return count >= MinLength && count <= MaxLength;
        }

        private static int Nibble(byte[] buffer, int offset, int index)
        {
            byte b = buffer[offset + index / 2];
            return (index & 1) == 0 ? b >> 4 : b & 0x0F;
        }
    }
}
