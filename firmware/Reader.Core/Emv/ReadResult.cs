using Reader.Core.Text;

namespace Reader.Core.Emv
{
    /// <summary>Whether a read produced a card number the reader may turn into an ID.</summary>
    public enum ReadOutcome
    {
        NoPan = 0,
        /// <summary>A PAN of 12-19 digits that passed the Luhn check.</summary>
        Pan = 1,
    }

    /// <summary>Why a read ended the way it did. Every no-PAN path names one.</summary>
    public enum ReadReason
    {
        Ok = 0,
        /// <summary>The only PAN found fails the Luhn check (masked fixtures, corrupted data).</summary>
        LuhnFail,
        /// <summary>The PAN found has fewer than 12 or more than 19 digits.</summary>
        BadPanLength,
        /// <summary>The card answered GPO but no record the AFL lists holds a PAN.</summary>
        NoPan,
        /// <summary>SELECT or GPO answered with a refusal (6985, 6283, 6A81, 6700 after the retry...).</summary>
        CardRefused,
        /// <summary>A phone answered GPO with 6986: the wallet wants the user to unlock or authenticate, then tap again.</summary>
        WalletNotAuthorised,
        /// <summary>No payment application could be selected.</summary>
        NoApplication,
        /// <summary>The card or application does not know the EMV commands (6D00/6E00).</summary>
        NotEmv,
        /// <summary>A response was malformed (bad TLV, no status word, truncated) and no PAN could be read.</summary>
        MalformedData,
        /// <summary>The card left the field during the read.</summary>
        CardRemoved,
        /// <summary>The link to the card failed (timeout, RF or chip error).</summary>
        LinkError,
        /// <summary>The card kept the reader busy past the APDU budget.</summary>
        TooManyCommands,
    }

    public static class ReadReasonText
    {
        /// <summary>Reason codes as printed in logs and JSON; the first five are the card corpus's own words.</summary>
        public static string Name(ReadReason reason)
        {
            switch (reason)
            {
                case ReadReason.Ok: return "ok";
                case ReadReason.LuhnFail: return "luhn-fail";
                case ReadReason.BadPanLength: return "bad-pan-length";
                case ReadReason.NoPan: return "no-pan";
                case ReadReason.CardRefused: return "card-refused";
                case ReadReason.WalletNotAuthorised: return "wallet-not-authorised";
                case ReadReason.NoApplication: return "no-application";
                case ReadReason.NotEmv: return "not-emv";
                case ReadReason.MalformedData: return "malformed-data";
                case ReadReason.CardRemoved: return "card-removed";
                case ReadReason.LinkError: return "link-error";
                case ReadReason.TooManyCommands: return "too-many-commands";
                default: return "unknown";
            }
        }
    }

    /// <summary>
    /// The outcome of one read, in buffers reused from read to read. <see cref="Pan"/> holds the digits only when a
    /// PAN was found (valid or not); it is never to be printed: use <see cref="MaskedPan"/>.
    /// </summary>
    public sealed class ReadResult
    {
        public ReadOutcome Outcome;
        public ReadReason Reason;
        public CardScheme Scheme;

        /// <summary>AID of the application the PAN came from (or the last one tried).</summary>
        public readonly byte[] Aid = new byte[16];
        public int AidLength;

        /// <summary>PAN digits ('0'-'9'). Never print them; see <see cref="MaskedPan"/>.</summary>
        public readonly char[] Pan = new char[Emv.Pan.MaxLength];
        public int PanLength;

        /// <summary>The number came from a phone wallet (device token, DPAN) rather than a plastic card.</summary>
        public bool IsPhoneToken;

        /// <summary>Command APDUs sent in this read (GET RESPONSE and retries included).</summary>
        public int ApduCount;

        /// <summary>Last status word received (e.g. 0x9000, 0x6986); -1 when none.</summary>
        public int LastStatusWord;

        public ReadResult()
        {
            Clear();
        }

        public void Clear()
        {
            Outcome = ReadOutcome.NoPan;
            Reason = ReadReason.NoApplication;
            Scheme = CardScheme.Unknown;
            System.Array.Clear(Aid, 0, Aid.Length);
            AidLength = 0;
            System.Array.Clear(Pan, 0, Pan.Length);
            PanLength = 0;
            IsPhoneToken = false;
            ApduCount = 0;
            LastStatusWord = -1;
        }

        /// <summary>First 6 and last 4 digits; empty when no PAN was found.</summary>
        public string MaskedPan()
        {
            return PanMask.Mask(Pan, 0, PanLength);
        }
    }
}
