namespace Reader.Core.Ports
{
    /// <summary>Random bytes (for the EMV unpredictable number).</summary>
    public interface IRandomSource
    {
        void NextBytes(byte[] buffer, int offset, int count);
    }
}
