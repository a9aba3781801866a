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
    }
}
