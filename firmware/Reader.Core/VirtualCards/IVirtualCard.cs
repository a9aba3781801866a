using Reader.Core.Ports;

namespace Reader.Core.VirtualCards
{
    /// <summary>
    /// A card or phone in software: answers command APDUs at the ISO-DEP level. Backs the in-memory link,
    /// trace replay and the PN532 simulator alike, so every test path sees the same card.
    /// </summary>
    public interface IVirtualCard
    {
        /// <summary>Fills the type A identity the card shows when polled (UID, ATQA, SAK, ATS).</summary>
        void Identify(CardTarget target);

        /// <summary>The card enters the field: restart any per-session state.</summary>
        void Reset();

        /// <summary>
        /// Answers one command APDU, writing the response APDU (data + SW) at <paramref name="response"/>[0].
        /// Returns its length, or -1 when the card gives no answer at all (mute).
        /// </summary>
        int Respond(byte[] command, int commandLength, byte[] response);
    }
}
