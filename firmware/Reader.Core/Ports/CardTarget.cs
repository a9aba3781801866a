namespace Reader.Core.Ports
{
    /// <summary>
    /// What a poll found: ISO 14443-3 type A identity and, for ISO-DEP cards, the ATS.
    /// Reused across polls; buffers are sized for the largest legal values.
    /// </summary>
    public sealed class CardTarget
    {
        /// <summary>Largest type A UID (triple size).</summary>
        public const int MaxUidLength = 10;

        /// <summary>Largest ATS the reader keeps (TL byte included).</summary>
        public const int MaxAtsLength = 64;

        public readonly byte[] Uid = new byte[MaxUidLength];
        public int UidLength;

        /// <summary>SENS_RES (ATQA), most significant byte first as the PN532 reports it.</summary>
        public int Atqa;

        /// <summary>SEL_RES (SAK).</summary>
        public byte Sak;

        /// <summary>ATS including its TL byte, when the card is ISO-DEP and automatic RATS is on.</summary>
        public readonly byte[] Ats = new byte[MaxAtsLength];
        public int AtsLength;

        /// <summary>SAK bit 6 (0x20): the card speaks ISO 14443-4, so it can carry EMV APDUs.</summary>
        public bool IsIsoDep
        {
            get { return (Sak & 0x20) != 0; }
        }

        /// <summary>
        /// A 4-byte UID starting 0x08 is random (ISO 14443-3 "RID"): phones and many bank cards make a new one per tap,
        /// so it must never become an ID.
        /// </summary>
        public bool HasRandomUid
        {
            get { return UidLength == 4 && Uid[0] == 0x08; }
        }

        public void Clear()
        {
            System.Array.Clear(Uid, 0, Uid.Length);
            System.Array.Clear(Ats, 0, Ats.Length);
            UidLength = 0;
            AtsLength = 0;
            Atqa = 0;
            Sak = 0;
        }

        public void CopyFrom(CardTarget other)
        {
            System.Array.Copy(other.Uid, Uid, MaxUidLength);
            System.Array.Copy(other.Ats, Ats, MaxAtsLength);
            UidLength = other.UidLength;
            AtsLength = other.AtsLength;
            Atqa = other.Atqa;
            Sak = other.Sak;
        }
    }
}
