using Reader.Core.Ports;

namespace Reader.Core.Emv
{
    /// <summary>
    /// Data Object Lists (EMV Book 3 §5.4): a PDOL is a list of (tag, length) pairs; the GPO data is one value per
    /// entry, each exactly the requested length, in list order. Repeated tags are allowed. Values the reader does not
    /// have are zeros. Fitting a value to another length (Book 3 §5.4, emv.md §5.2):
    /// numeric (n) right-justified with leading 00 / rightmost bytes kept; compressed numeric (cn) left-justified
    /// with trailing F / cut on the right; binary and text (b, an, ans) left-justified with trailing 00 / cut on the right.
    /// </summary>
    public sealed class DolFiller
    {
        /// <summary>Largest DOL data the GPO command can carry (Lc 255 less the 83 tag and a 2-byte length).</summary>
        public const int MaxDataLength = 252;

        private readonly TerminalConfig _terminal;
        private readonly IClock _clock;
        private readonly IRandomSource _random;
        private readonly byte[] _value = new byte[MaxDataLength];
        private readonly byte[] _date = new byte[3];
        private readonly byte[] _time = new byte[3];
        private readonly byte[] _unpredictable = new byte[4];
        private bool _useAlternativeTtq;

        public DolFiller(TerminalConfig terminal, IClock clock, IRandomSource random)
        {
            _terminal = terminal;
            _clock = clock;
            _random = random;
        }

        /// <summary>Chooses between the primary and the alternative TTQ for the next GPO.</summary>
        public void UseAlternativeTtq(bool alternative)
        {
            _useAlternativeTtq = alternative;
        }

        /// <summary>Takes a new date, time and unpredictable number for the next read, and the primary TTQ.</summary>
        public void NewTransaction()
        {
            _useAlternativeTtq = false;
            System.DateTime now = _clock.UtcNow;
            _date[0] = Bcd(now.Year % 100);
            _date[1] = Bcd(now.Month);
            _date[2] = Bcd(now.Day);
            _time[0] = Bcd(now.Hour);
            _time[1] = Bcd(now.Minute);
            _time[2] = Bcd(now.Second);
            _random.NextBytes(_unpredictable, 0, 4);
        }

        /// <summary>
        /// Fills the data for the DOL at <paramref name="dol"/>[<paramref name="dolOffset"/>..+<paramref name="dolLength"/>]
        /// into <paramref name="output"/> at <paramref name="outputOffset"/>. Returns the data length, or -1 when the DOL
        /// is malformed or asks for more than <see cref="MaxDataLength"/> bytes.
        /// </summary>
        public int Fill(byte[] dol, int dolOffset, int dolLength, byte[] output, int outputOffset)
        {
            int p = dolOffset;
            int end = dolOffset + dolLength;
            int written = 0;
            while (p < end)
            {
                int tag;
                if (TlvReader.ReadTag(dol, ref p, end, out tag) != TlvStatus.Ok || p >= end) return -1;
                int length = dol[p++];
                if (written + length > MaxDataLength || outputOffset + written + length > output.Length) return -1;
                WriteValue(tag, output, outputOffset + written, length);
                written += length;
            }
            return written;
        }

        private void WriteValue(int tag, byte[] output, int offset, int length)
        {
            switch (tag)
            {
                case 0x9F66: Fit(_useAlternativeTtq ? _terminal.AlternativeTtq : _terminal.Ttq, ValueFormat.Binary, output, offset, length); return;
                case 0x9F02: Fit(_terminal.AmountAuthorised, ValueFormat.Numeric, output, offset, length); return;
                case 0x9F03: Fit(_terminal.AmountOther, ValueFormat.Numeric, output, offset, length); return;
                case 0x9F1A: Fit(_terminal.CountryCode, ValueFormat.Numeric, output, offset, length); return;
                case 0x5F2A: Fit(_terminal.CurrencyCode, ValueFormat.Numeric, output, offset, length); return;
                case 0x9A: Fit(_date, ValueFormat.Numeric, output, offset, length); return;
                case 0x9F21: Fit(_time, ValueFormat.Numeric, output, offset, length); return;
                case 0x9F37: Fit(_unpredictable, ValueFormat.Binary, output, offset, length); return;
                case 0x9F6A: Fit(_unpredictable, ValueFormat.Binary, output, offset, length); return;
                case 0x9C: FitByte(_terminal.TransactionType, ValueFormat.Numeric, output, offset, length); return;
                case 0x9F35: FitByte(_terminal.TerminalType, ValueFormat.Numeric, output, offset, length); return;
                case 0x9F33: Fit(_terminal.TerminalCapabilities, ValueFormat.Binary, output, offset, length); return;
                case 0x9F40: Fit(_terminal.AdditionalCapabilities, ValueFormat.Binary, output, offset, length); return;
                case 0x9F4E: Fit(_terminal.MerchantName, ValueFormat.Text, output, offset, length); return;
                case 0x9F58: FitByte(_terminal.MerchantTypeIndicator, ValueFormat.Binary, output, offset, length); return;
                case 0x9F59: Fit(_terminal.TerminalTransactionInformation, ValueFormat.Binary, output, offset, length); return;
                case 0x9F5A: FitByte(_terminal.TerminalTransactionType, ValueFormat.Binary, output, offset, length); return;
                default:
                    // Unknown to the reader (95 TVR, 9F5C, 9F52, ...): zeros of the requested length.
                    System.Array.Clear(output, offset, length);
                    return;
            }
        }

        private void FitByte(byte value, ValueFormat format, byte[] output, int offset, int length)
        {
            _value[0] = value;
            Fit(_value, 1, format, output, offset, length);
        }

        private static void Fit(byte[] value, ValueFormat format, byte[] output, int offset, int length)
        {
            Fit(value, value.Length, format, output, offset, length);
        }

        /// <summary>Fits <paramref name="valueLength"/> bytes of <paramref name="value"/> into exactly <paramref name="length"/> bytes.</summary>
        public static void Fit(byte[] value, int valueLength, ValueFormat format, byte[] output, int offset, int length)
        {
            if (format == ValueFormat.Numeric)
            {
                int pad = length - valueLength;
                for (int i = 0; i < length; i++)
                {
                    int source = i - pad;
                    output[offset + i] = source >= 0 ? value[source] : (byte)0x00;
                }
                return;
            }
            byte filler = format == ValueFormat.CompressedNumeric ? (byte)0xFF : (byte)0x00;
            for (int i = 0; i < length; i++)
            {
                output[offset + i] = i < valueLength ? value[i] : filler;
            }
        }

        private static byte Bcd(int value)
        {
            return (byte)(((value / 10) << 4) | (value % 10));
        }
    }

    /// <summary>EMV data element formats that decide how a value is fitted to a DOL length.</summary>
    public enum ValueFormat
    {
        /// <summary>b, an, ans: left-justified, trailing 00.</summary>
        Binary = 0,
        /// <summary>ans text: as Binary.</summary>
        Text = 1,
        /// <summary>n: BCD right-justified, leading 00, rightmost bytes kept.</summary>
        Numeric = 2,
        /// <summary>cn: BCD left-justified, trailing F.</summary>
        CompressedNumeric = 3,
    }
}
