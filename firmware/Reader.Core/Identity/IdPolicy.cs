using Reader.Core.Ports;
using Reader.Core.Wiegand;

namespace Reader.Core.Identity
{
    /// <summary>How a card number becomes the ID sent to the controller (docs/ids.md).</summary>
    public enum IdMode
    {
        /// <summary>Last N digits of the PAN as a decimal number (default, N = 10): the original prototype's "truncated ID".</summary>
        LastDigits = 0,
        /// <summary>First payload bits of HMAC-SHA256(site key, PAN digits in ASCII): no card digits reach the controller.</summary>
        Hmac = 1,
    }

    /// <summary>Which identity of a card is used: its EMV PAN, its fixed UID, or the PAN with the UID as fallback.</summary>
    public enum CardRule
    {
        EmvOnly = 0,
        EmvThenUid = 1,
        UidOnly = 2,
    }

    /// <summary>Why an ID could or could not be made.</summary>
    public enum IdStatus
    {
        Ok = 0,
        /// <summary>No usable identity for this policy (no valid PAN, UID not allowed).</summary>
        NoIdentity = 1,
        /// <summary>The UID is random (first byte 08): it changes every tap, so it is never an ID.</summary>
        RandomUid = 2,
        /// <summary>The identity does not fit the frame's payload.</summary>
        DoesNotFit = 3,
    }

    /// <summary>
    /// The configured ID policy: PAN → ID (last N digits or HMAC) and UID → ID, both as a payload of the Wiegand
    /// format's size. Allocation-free after construction.
    /// </summary>
    public sealed class IdPolicy
    {
        private readonly HmacSha256 _hmac;
        private readonly byte[] _message = new byte[Emv.Pan.MaxLength];
        private readonly byte[] _mac = new byte[Sha256.HashSize];

        public readonly IdMode Mode;
        public readonly int Digits;
        public readonly CardRule Rule;

        /// <summary>Send a UID least significant byte first (as many readers show it) instead of as read.</summary>
        public readonly bool UidReversed;

        public IdPolicy(IdMode mode, int digits, byte[] hmacKey, CardRule rule, bool uidReversed)
        {
            if (mode == IdMode.Hmac && (hmacKey == null || hmacKey.Length < 16))
            {
                throw new System.ArgumentException("HMAC mode needs a site key of at least 16 bytes");
            }
            if (digits < 1 || digits > LastDigits.MaxCount) throw new System.ArgumentException("digits must be 1-19");
            Mode = mode;
            Digits = digits;
            Rule = rule;
            UidReversed = uidReversed;
            if (hmacKey != null) _hmac = new HmacSha256(hmacKey);
        }

        /// <summary>The default: last 10 digits, EMV first then a fixed UID.</summary>
        public static IdPolicy Default()
        {
            return new IdPolicy(IdMode.LastDigits, LastDigits.DefaultCount, null, CardRule.EmvThenUid, false);
        }

        /// <summary>
        /// Null when every PAN-derived ID of this policy fits <paramref name="format"/>; otherwise a message saying
        /// what does fit (used to refuse a site configuration).
        /// </summary>
        public string CheckFits(WiegandFormat format)
        {
            if (Rule == CardRule.UidOnly || Mode != IdMode.LastDigits) return null;
            int fit = format.DecimalDigitsThatFit;
            if (Digits <= fit) return null;
            int bitsNeeded = BitsForDigits(Digits);
            return "last " + Digits.ToString() + " digits need " + bitsNeeded.ToString() + " bits; " + format.Name + " carries "
                + format.PayloadBits.ToString() + ": use " + SmallestFormatFor(bitsNeeded) + " or longer, or last "
                + fit.ToString() + " digits";
        }

        /// <summary>The ID of a valid PAN as a payload of <paramref name="payloadBits"/> bits.</summary>
        public IdStatus FromPan(char[] pan, int panLength, int payloadBits, out ulong payload)
        {
            payload = 0;
            if (Rule == CardRule.UidOnly || panLength <= 0) return IdStatus.NoIdentity;
            if (Mode == IdMode.LastDigits)
            {
                if (!LastDigits.TryTake(pan, panLength, Digits, out payload)) return IdStatus.NoIdentity;
                if (payloadBits < 64 && payload >= (1UL << payloadBits))
                {
                    payload = 0;
                    return IdStatus.DoesNotFit;
                }
                return IdStatus.Ok;
            }
            for (int i = 0; i < panLength; i++) _message[i] = (byte)pan[i];
            _hmac.Compute(_message, 0, panLength, _mac, 0);
            System.Array.Clear(_message, 0, _message.Length);
            ulong top = 0;
            for (int i = 0; i < 8; i++) top = (top << 8) | _mac[i];
            payload = payloadBits >= 64 ? top : top >> (64 - payloadBits);
            return IdStatus.Ok;
        }

        /// <summary>
        /// The ID of a card's fixed UID. Random UIDs (08…) never give one. A UID longer than the payload does not fit,
        /// except a 10-byte UID in a 64-bit payload, which keeps its last 8 bytes (the first is the manufacturer code).
        /// </summary>
        public IdStatus FromUid(CardTarget target, int payloadBits, out ulong payload)
        {
            payload = 0;
            if (Rule == CardRule.EmvOnly || target.UidLength == 0) return IdStatus.NoIdentity;
            if (target.HasRandomUid) return IdStatus.RandomUid;
            int start = 0;
            int count = target.UidLength;
            if (count * 8 > payloadBits)
            {
                if (count == 10 && payloadBits >= 64)
                {
                    start = 2;
                    count = 8;
                }
                else
                {
                    return IdStatus.DoesNotFit;
                }
            }
            ulong value = 0;
            for (int i = 0; i < count; i++)
            {
                int index = UidReversed ? start + count - 1 - i : start + i;
                value = (value << 8) | target.Uid[index];
            }
            payload = value;
            return IdStatus.Ok;
        }

        private static int BitsForDigits(int digits)
        {
            ulong max = 9;
            for (int i = 1; i < digits; i++) max = max * 10 + 9;
            int bits = 0;
            while (bits < 64 && (max >> bits) != 0) bits++;
            return bits;
        }

        private static string SmallestFormatFor(int bits)
        {
            if (bits <= 24) return "W26";
            if (bits <= 32) return "W34";
            if (bits <= 40) return "W42";
            if (bits <= 56) return "W58";
            return "W66";
        }
    }
}
