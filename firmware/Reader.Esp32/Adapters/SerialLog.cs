using System;
using Reader.Core.Ports;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// Log lines to the debug channel (COM1 / USB): Visual Studio's Output window or any nanoFramework debugger
    /// client shows them. Callers never pass a full PAN or a secret (PanMask; Wi-Fi password and HMAC key are never
    /// logged). Each line is prefixed with the seconds since boot.
    /// </summary>
    public sealed class SerialLog : ILogSink
    {
        public void Log(string line)
        {
            long ms = Environment.TickCount64;
            Console.WriteLine((ms / 1000).ToString() + "." + (ms % 1000).ToString("D3") + " " + line);
        }
    }
}
