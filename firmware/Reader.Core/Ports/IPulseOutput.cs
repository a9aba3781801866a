namespace Reader.Core.Ports
{
    /// <summary>
    /// The Wiegand D0/D1 outputs (RMT channels on the device, a virtual line pair on a PC). A frame is sent whole or
    /// not at all: the implementation checks everything before the first pulse leaves.
    /// </summary>
    public interface IPulseOutput
    {
        /// <summary>
        /// Sends one frame: <paramref name="bits"/>[i] is 0 (pulse on D0) or 1 (pulse on D1), in transmission order,
        /// parity included. Returns false, having sent nothing, when it cannot send the whole frame.
        /// </summary>
        bool Send(byte[] bits, int bitCount, int pulseWidthUs, int bitPeriodUs);
    }
}
