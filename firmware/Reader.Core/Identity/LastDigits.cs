namespace Reader.Core.Identity
{
    /// <summary>
    /// The client's "truncated ID": the last N digits of the PAN read as a decimal number
    /// (default 10, which needs a 42-bit or longer Wiegand frame: 10 digits take 34 bits).
    /// </summary>
    public static class LastDigits
    {
        public const int DefaultCount = 10;

        /// <summary>Most digits that still fit an unsigned 64-bit value in every case.</summary>
        public const int MaxCount = 19;

        /// <summary>
        /// Reads the last <paramref name="count"/> digits of <paramref name="pan"/> as a number. False (value 0) when
        /// the PAN has fewer digits than asked, a character is not a digit, or the count is out of range.
        /// </summary>
        public static bool TryTake(char[] pan, int panLength, int count, out ulong value)
        {
            value = 0;
            if (pan == null || count < 1 || count > MaxCount || panLength < count || panLength > pan.Length) return false;
            ulong result = 0;
            for (int i = panLength - count; i < panLength; i++)
            {
                char c = pan[i];
                if (c < '0' || c > '9') return false;
                result = result * 10 + (ulong)(c - '0');
            }
            value = result;
            return true;
        }

        /// <summary>Writes <paramref name="value"/> as exactly <paramref name="count"/> decimal digits (leading zeros kept).</summary>
        public static string Format(ulong value, int count)
        {
            char[] digits = new char[count];
            for (int i = count - 1; i >= 0; i--)
            {
                digits[i] = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            return new string(digits);
        }
    }
}
