namespace Reader.Core.Ports
{
    /// <summary>
    /// A serial byte stream to a chip (the PN532 UART on the device, a pty or a simulator on a PC).
    /// Transport choice lives in adapters; the PN532 driver only sees this.
    /// </summary>
    public interface IByteChannel
    {
        /// <summary>Writes all <paramref name="count"/> bytes or returns false. No partial writes.</summary>
        bool Write(byte[] buffer, int offset, int count);

        /// <summary>
        /// Reads up to <paramref name="count"/> bytes, waiting at most <paramref name="timeoutMs"/> for the first one.
        /// Returns the number of bytes read (0 on timeout). May return fewer bytes than asked.
        /// </summary>
        int Read(byte[] buffer, int offset, int count, int timeoutMs);

        /// <summary>Drops whatever is waiting in the input buffer.</summary>
        void DiscardInput();
    }
}
