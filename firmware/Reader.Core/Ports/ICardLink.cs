namespace Reader.Core.Ports
{
    /// <summary>
    /// The one abstract exchange the EMV engine talks to: poll for a card, exchange APDUs, release it.
    /// Implemented by the PN532 driver, by an in-memory link over a virtual card, and by trace replay.
    /// </summary>
    public interface ICardLink
    {
        /// <summary>
        /// Looks for one type A card. <see cref="LinkStatus.Ok"/> fills <paramref name="target"/>;
        /// <see cref="LinkStatus.NoCard"/> when the field is empty. Never blocks longer than the link's poll timeout.
        /// </summary>
        LinkStatus Poll(CardTarget target);

        /// <summary>
        /// Sends a command APDU and receives the whole response APDU (data + SW1 SW2) into
        /// <paramref name="response"/>. <paramref name="responseLength"/> is 0 unless the result is Ok.
        /// </summary>
        LinkStatus Exchange(byte[] command, int commandLength, byte[] response, out int responseLength);

        /// <summary>Lets the card go (deselect) so the next poll starts clean.</summary>
        void Release();
    }
}
