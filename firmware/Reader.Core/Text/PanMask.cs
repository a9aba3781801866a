namespace Reader.Core.Text
{
    /// <summary>
    /// The only way a PAN is shown to a person: first 6 and last 4 digits, the rest as '*'
    /// (PCI DSS display rule). Numbers too short to hide anything are fully masked.
    /// </summary>
    public static class PanMask
    {
        public const int ShownPrefix = 6;
        public const int ShownSuffix = 4;

        /// <summary>Masks <paramref name="count"/> digit characters starting at <paramref name="offset"/>.</summary>
        public static string Mask(char[] digits, int offset, int count)
        {
            if (count <= 0) return string.Empty;
            char[] masked = new char[count];
            bool showEnds = count > ShownPrefix + ShownSuffix;
            for (int i = 0; i < count; i++)
            {
                bool show = showEnds && (i < ShownPrefix || i >= count - ShownSuffix);
                masked[i] = show ? digits[offset + i] : '*';
            }
            return new string(masked);
        }

        public static string Mask(string digits)
        {
            if (digits == null) return string.Empty;
            return Mask(digits.ToCharArray(), 0, digits.Length);
        }
    
        /// <summary>Shortest run of decimal digits treated as a possible card number by <see cref="MaskDigitRuns"/>.</summary>
        public const int MinimumPanDigits = 12;

        /// <summary>
        /// Masks, in place, every run of at least 12 decimal digits in a hex dump or text line, keeping its first 6 and
        /// last 4. A PAN shows up that way in an APDU dump whether it is BCD (5A, 57, 9F6B: the digits themselves) or
        /// ASCII (56: "3x" pairs are decimal too), so transcripts can be printed without knowing where the PAN is.
        /// Returns the number of characters masked.
        /// </summary>
        public static int MaskDigitRuns(char[] text, int offset, int count)
        {
            int masked = 0;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    i++;
                    continue;
                }
                int start = i;
                while (i < end && text[i] >= '0' && text[i] <= '9') i++;
                int length = i - start;
                if (length < MinimumPanDigits) continue;
                for (int j = start + ShownPrefix; j < i - ShownSuffix; j++)
                {
                    text[j] = '*';
                    masked++;
                }
            }
            return masked;
        }

        /// <summary>String form of <see cref="MaskDigitRuns(char[], int, int)"/>.</summary>
        public static string MaskDigitRuns(string text)
        {
            if (text == null) return string.Empty;
            char[] chars = text.ToCharArray();
            return MaskDigitRuns(chars, 0, chars.Length) == 0 ? text : new string(chars);
        }
    }
}
