namespace Reader.Core.Ports
{
    /// <summary>
    /// Where the core writes its log lines (serial console on the device, stdout on a PC).
    /// Callers never pass a full PAN: see <see cref="Reader.Core.Text.PanMask"/>.
    /// </summary>
    public interface ILogSink
    {
        void Log(string line);
    }
}
