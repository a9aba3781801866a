namespace Reader.Core.Emv
{
    /// <summary>
    /// What the reader knows about AIDs (reference: emv.md §4, from proxmark3's AID list, devnied's scheme enum and
    /// public traces): the scheme an AID belongs to, the scheme a BIN belongs to, and the short list tried by direct
    /// SELECT when a card has neither PPSE nor PSE.
    /// </summary>
    public static class AidTable
    {
        // Prefix → scheme, longest prefixes first where they overlap (Maestro inside Mastercard's RID).
        private static readonly byte[][] Prefixes = new byte[][]
        {
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x04, 0x30, 0x60 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x05 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x03 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x04 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x25 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x65 },
            new byte[] { 0xA0, 0x00, 0x00, 0x01, 0x52 },
            new byte[] { 0xA0, 0x00, 0x00, 0x03, 0x24 },
            new byte[] { 0xA0, 0x00, 0x00, 0x03, 0x33 },
            new byte[] { 0xA0, 0x00, 0x00, 0x06, 0x58 },
            new byte[] { 0xA0, 0x00, 0x00, 0x02, 0x77 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x42 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x59 },
            new byte[] { 0xA0, 0x00, 0x00, 0x03, 0x59 },
            new byte[] { 0xD2, 0x76, 0x00, 0x00, 0x25 },
        };

        private static readonly CardScheme[] PrefixSchemes = new CardScheme[]
        {
            CardScheme.Maestro,
            CardScheme.Maestro,
            CardScheme.Visa,
            CardScheme.Mastercard,
            CardScheme.Amex,
            CardScheme.Jcb,
            CardScheme.Discover,
            CardScheme.Discover,
            CardScheme.UnionPay,
            CardScheme.Mir,
            CardScheme.Interac,
            CardScheme.Cb,
            CardScheme.Girocard,
            CardScheme.Girocard,
            CardScheme.Girocard,
        };

        /// <summary>
        /// Tried in order by direct SELECT when PPSE and PSE give nothing: the two most common full AIDs (contact-only
        /// cards answer only exact names), then registered application provider IDs (RIDs), which select by partial
        /// name (ISO 7816-4) on cards that allow it. Short on purpose: every entry is one APDU on a card that is not
        /// a payment card. Phones always answer PPSE, so they never see this list.
        /// </summary>
        public static readonly byte[][] DirectSelection = new byte[][]
        {
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x03, 0x10, 0x10 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x04, 0x10, 0x10 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x03 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x04 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x25 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x65 },
            new byte[] { 0xA0, 0x00, 0x00, 0x01, 0x52 },
            new byte[] { 0xA0, 0x00, 0x00, 0x03, 0x33 },
            new byte[] { 0xA0, 0x00, 0x00, 0x06, 0x58 },
            new byte[] { 0xA0, 0x00, 0x00, 0x02, 0x77 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x42 },
            new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x59 },
        };

        /// <summary>Scheme of an AID by its registered prefix; Unknown when none matches.</summary>
        public static CardScheme SchemeOfAid(byte[] aid, int offset, int length)
        {
            for (int i = 0; i < Prefixes.Length; i++)
            {
                byte[] prefix = Prefixes[i];
                if (length < prefix.Length) continue;
                bool match = true;
                for (int j = 0; j < prefix.Length && match; j++) match = aid[offset + j] == prefix[j];
                if (match) return PrefixSchemes[i];
            }
            return CardScheme.Unknown;
        }

        /// <summary>Scheme of a PAN by its issuer identification number (the leading digits).</summary>
        public static CardScheme SchemeOfPan(char[] pan, int length)
        {
            if (length < 6) return CardScheme.Unknown;
            int d1 = pan[0] - '0';
            int d2 = Prefix(pan, 2);
            int d3 = Prefix(pan, 3);
            int d4 = Prefix(pan, 4);
            if (d1 == 4) return CardScheme.Visa;
            if (d2 == 34 || d2 == 37) return CardScheme.Amex;
            if (d4 >= 2200 && d4 <= 2204) return CardScheme.Mir;
            if ((d2 >= 51 && d2 <= 55) || (d4 >= 2221 && d4 <= 2720)) return CardScheme.Mastercard;
            if (d4 >= 3528 && d4 <= 3589) return CardScheme.Jcb;
            if (d4 == 6011 || (d3 >= 644 && d3 <= 649) || d2 == 65 || d2 == 36 || (d3 >= 300 && d3 <= 305) || d2 == 38 || d2 == 39)
            {
                return CardScheme.Discover;
            }
            if (d2 == 62) return CardScheme.UnionPay;
            if (d2 == 50 || (d2 >= 56 && d2 <= 58) || d1 == 6) return CardScheme.Maestro;
            return CardScheme.Unknown;
        }

        private static int Prefix(char[] pan, int digits)
        {
            int value = 0;
            for (int i = 0; i < digits; i++) value = value * 10 + (pan[i] - '0');
            return value;
        }
    }
}
