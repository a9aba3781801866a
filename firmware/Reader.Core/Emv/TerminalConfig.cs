namespace Reader.Core.Emv
{
    /// <summary>
    /// The terminal data a card may ask for in its PDOL (reference: emv.md §5.3-§6). Values are raw bytes in their
    /// EMV format; the DOL filler fits them to the length each card requests. Date, time and the unpredictable
    /// number are not stored: they come from the clock and random ports at each read.
    /// </summary>
    public sealed class TerminalConfig
    {
        /// <summary>
        /// 9F66 TTQ: mag-stripe, contactless VSDC, qVSDC and contact supported, online PIN and signature, contact
        /// offline PIN, issuer update and consumer-device CVM (so phones take their CDCVM path). Used by devnied and
        /// metrodroid, the readers that handle both cards and phones. Byte 4 is RFU and stays 00.
        /// </summary>
        public byte[] Ttq = new byte[] { 0xF6, 0x20, 0xC0, 0x00 };

        /// <summary>
        /// 9F66 for the one retry after a GPO refusal (6985): qVSDC + contact + online PIN + signature, online
        /// cryptogram required, CDCVM: what real terminals send.
        /// </summary>
        public byte[] AlternativeTtq = new byte[] { 0x36, 0x80, 0x40, 0x00 };

        /// <summary>9F02 Amount, Authorised (n12): 0.00 — nothing is being paid (metrodroid moved to 0.00 for Android Pay).</summary>
        public byte[] AmountAuthorised = new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };

        /// <summary>9F03 Amount, Other (n12).</summary>
        public byte[] AmountOther = new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };

        /// <summary>9F1A Terminal Country Code (n3, ISO 3166 numeric): 0250 France by default; set the site's.</summary>
        public byte[] CountryCode = new byte[] { 0x02, 0x50 };

        /// <summary>5F2A Transaction Currency Code (n3, ISO 4217 numeric): 0978 EUR by default; set the site's.</summary>
        public byte[] CurrencyCode = new byte[] { 0x09, 0x78 };

        /// <summary>9C Transaction Type (n2): 00 goods and services.</summary>
        public byte TransactionType = 0x00;

        /// <summary>9F35 Terminal Type (n2): 22 attended, offline with online capability (devnied's value).</summary>
        public byte TerminalType = 0x22;

        /// <summary>9F33 Terminal Capabilities (b).</summary>
        public byte[] TerminalCapabilities = new byte[] { 0xE0, 0xA0, 0x00 };

        /// <summary>9F40 Additional Terminal Capabilities (b).</summary>
        public byte[] AdditionalCapabilities = new byte[] { 0x8E, 0x00, 0xB0, 0x50, 0x05 };

        /// <summary>9F4E Merchant Name and Location (ans): non-empty, as wallets may dislike an all-zero name.</summary>
        public byte[] MerchantName = new byte[] { 0x41, 0x43, 0x43, 0x45, 0x53, 0x53, 0x20, 0x52, 0x45, 0x41, 0x44, 0x45, 0x52 };

        /// <summary>9F58 Merchant Type Indicator (Interac).</summary>
        public byte MerchantTypeIndicator = 0x01;

        /// <summary>9F59 Terminal Transaction Information (Interac).</summary>
        public byte[] TerminalTransactionInformation = new byte[] { 0xC0, 0x80, 0x00 };

        /// <summary>9F5A Terminal Transaction Type (Interac).</summary>
        public byte TerminalTransactionType = 0x00;

        /// <summary>Most APDUs one read may send, whatever the card answers.</summary>
        public int MaxApdus = 32;
    }
}
