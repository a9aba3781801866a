namespace Reader.Core.Text
{
    /// <summary>
    /// Hex conversion without the host-only helpers (Convert.ToHexString, string.Format specifiers).
    /// Uppercase, no separators unless asked.
    /// </summary>
    public static class Hex
    {
        private const string Digits = "0123456789ABCDEF";

        /// <summary>Value of one hex digit, or -1.</summary>
        public static int NibbleValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            return -1;
        }

        public static char NibbleChar(int value)
        {
            return Digits[value & 0x0F];
        }

        /// <summary>
        /// Parses hex digits, ignoring spaces, dashes and colons. Returns null when a character is not hex
        /// or the digit count is odd.
        /// </summary>
        public static byte[] TryParse(string text)
        {
            if (text == null) return null;
            int digits = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (IsSeparator(c)) continue;
                if (NibbleValue(c) < 0) return null;
                digits++;
            }
            if ((digits & 1) != 0) return null;
            byte[] result = new byte[digits / 2];
            int high = -1;
            int index = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (IsSeparator(c)) continue;
                int v = NibbleValue(c);
                if (high < 0)
                {
                    high = v;
                }
                else
                {
                    result[index++] = (byte)((high << 4) | v);
                    high = -1;
                }
            }
            return result;
        }

        /// <summary>Parses hex or throws <see cref="System.ArgumentException"/> (for literals in tests and tables).</summary>
        public static byte[] Parse(string text)
        {
            byte[] result = TryParse(text);
            if (result == null) throw new System.ArgumentException("not hex: " + text);
            return result;
        }

        public static string Format(byte[] data)
        {
            return data == null ? string.Empty : Format(data, 0, data.Length, false);
        }

        public static string Format(byte[] data, int offset, int count)
        {
            return Format(data, offset, count, false);
        }

        /// <summary>Formats bytes as uppercase hex, optionally separated by spaces.</summary>
        public static string Format(byte[] data, int offset, int count, bool spaced)
        {
            if (count <= 0) return string.Empty;
            int length = spaced ? count * 3 - 1 : count * 2;
            char[] chars = new char[length];
            int p = 0;
            for (int i = 0; i < count; i++)
            {
                if (spaced && i > 0) chars[p++] = ' ';
                byte b = data[offset + i];
                chars[p++] = Digits[b >> 4];
                chars[p++] = Digits[b & 0x0F];
            }
            return new string(chars);
        }

        /// <summary>Writes two hex digits for <paramref name="value"/> into <paramref name="chars"/>; returns the new position.</summary>
        public static int Write(byte value, char[] chars, int position)
        {
            chars[position] = Digits[value >> 4];
            chars[position + 1] = Digits[value & 0x0F];
            return position + 2;
        }

        private static bool IsSeparator(char c)
        {
            return c == ' ' || c == '-' || c == ':' || c == '\t' || c == '\r' || c == '\n';
        }
    }
}
