namespace Reader.Core.Wiegand
{
    /// <summary>How a frame protects its payload (wiegand.md §5).</summary>
    public enum WiegandParity
    {
        /// <summary>
        /// First bit even parity over the first half of the payload, last bit odd parity over the second half. With an
        /// odd payload the halves share the middle bit: that is exactly H10302/H10304's 37-bit rule.
        /// </summary>
        Halves = 0,
        /// <summary>First bit 0, last bit even parity over the whole payload (a common "WIEGAND42" variant).</summary>
        Whole = 1,
        /// <summary>No parity bits: the frame is the payload.</summary>
        None = 2,
    }

    /// <summary>
    /// A Wiegand frame layout: total bits, parity scheme, and for the HID formats the split of the payload into
    /// facility code and card number. The payload is at most 64 bits, so it travels as a ulong.
    /// </summary>
    public sealed class WiegandFormat
    {
        public const int MinBits = 4;
        public const int MaxBits = 66;

        public readonly string Name;
        public readonly int Bits;
        public readonly WiegandParity Parity;

        /// <summary>Facility-code bits at the top of the payload (H10301: 8, H10306/H10304: 16), 0 for raw formats.</summary>
        public readonly int FacilityBits;

        public WiegandFormat(string name, int bits, WiegandParity parity, int facilityBits)
        {
            int payload = parity == WiegandParity.None ? bits : bits - 2;
            if (bits < MinBits || bits > MaxBits || payload < 1 || payload > 64 || facilityBits < 0 || facilityBits >= payload)
            {
                throw new System.ArgumentException("no such Wiegand layout: " + name);
            }
            Name = name;
            Bits = bits;
            Parity = parity;
            FacilityBits = facilityBits;
        }

        /// <summary>Payload bits (the frame less its parity bits).</summary>
        public int PayloadBits
        {
            get { return Parity == WiegandParity.None ? Bits : Bits - 2; }
        }

        /// <summary>Card-number bits below the facility code.</summary>
        public int CardNumberBits
        {
            get { return PayloadBits - FacilityBits; }
        }

        /// <summary>Largest payload value.</summary>
        public ulong MaxPayload
        {
            get { return PayloadBits == 64 ? ulong.MaxValue : (1UL << PayloadBits) - 1; }
        }

        /// <summary>Decimal digits that always fit the payload (wiegand.md §7: W34 holds 9, not 10).</summary>
        public int DecimalDigitsThatFit
        {
            get
            {
                int digits = 0;
                ulong max = MaxPayload;
                ulong all9 = 9;
                while (digits < 19 && all9 <= max)
                {
                    digits++;
                    all9 = all9 * 10 + 9;
                }
                return digits;
            }
        }

        public static readonly WiegandFormat H10301 = new WiegandFormat("H10301", 26, WiegandParity.Halves, 8);
        public static readonly WiegandFormat W26 = new WiegandFormat("W26", 26, WiegandParity.Halves, 0);
        public static readonly WiegandFormat W34 = new WiegandFormat("W34", 34, WiegandParity.Halves, 0);
        public static readonly WiegandFormat H10306 = new WiegandFormat("H10306", 34, WiegandParity.Halves, 16);
        public static readonly WiegandFormat H10302 = new WiegandFormat("H10302", 37, WiegandParity.Halves, 0);
        public static readonly WiegandFormat H10304 = new WiegandFormat("H10304", 37, WiegandParity.Halves, 16);
        public static readonly WiegandFormat W42 = new WiegandFormat("W42", 42, WiegandParity.Halves, 0);
        public static readonly WiegandFormat W58 = new WiegandFormat("W58", 58, WiegandParity.Halves, 0);
        public static readonly WiegandFormat W66 = new WiegandFormat("W66", 66, WiegandParity.Halves, 0);

        /// <summary>The default frame: 10 decimal digits need 34 bits, so 42 (40-bit payload) is the first common size that fits.</summary>
        public static WiegandFormat Default
        {
            get { return W42; }
        }

        /// <summary>
        /// Parses a format name: H10301, H10302, H10304, H10306, W26, W34, W37 (= H10302), W42, W58, W66, or WN / RAWN
        /// for a raw N-bit frame (4-66) with halves parity. <paramref name="parity"/> overrides the parity of raw
        /// frames. Null when the name is unknown.
        /// </summary>
        public static WiegandFormat Parse(string name, WiegandParity parity)
        {
            if (name == null) return null;
            string n = name.Trim().ToUpper();
            if (n == "H10301") return H10301;
            if (n == "H10306") return H10306;
            if (n == "H10302" || n == "W37") return H10302;
            if (n == "H10304") return H10304;
            int start;
            if (n.StartsWith("RAW")) start = 3;
            else if (n.StartsWith("W")) start = 1;
            else return null;
            int bits = 0;
            if (start >= n.Length || n.Length - start > 2) return null;
            for (int i = start; i < n.Length; i++)
            {
                char c = n[i];
                if (c < '0' || c > '9') return null;
                bits = bits * 10 + (c - '0');
            }
            int payload = parity == WiegandParity.None ? bits : bits - 2;
            if (bits < MinBits || bits > MaxBits || payload < 1 || payload > 64) return null;
            if (parity == WiegandParity.Halves)
            {
                if (bits == 26) return W26;
                if (bits == 34) return W34;
                if (bits == 42) return W42;
                if (bits == 58) return W58;
                if (bits == 66) return W66;
            }
            return new WiegandFormat("W" + bits.ToString(), bits, parity, 0);
        }

        public static WiegandFormat Parse(string name)
        {
            return Parse(name, WiegandParity.Halves);
        }
    }
}
