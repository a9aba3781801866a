using System.Threading;
using Reader.Core.Ports;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// Start-up checks a person at the door can see and hear: red, green, amber, one short beep (about 0.8 s in all).
    /// A silent or missing colour means a wiring or driver fault. The PN532 half of the self-test (firmware version)
    /// runs in Program.cs because it needs the driver.
    /// </summary>
    public static class BootSelfTest
    {
        public const int StepMs = 200;
        public const int BeepMs = 100;

        public static void IndicatorPattern(GpioIndicator indicator, ILogSink log)
        {
            log.Log("self-test: LED red, green, amber, beep");
            indicator.SetLed(true, false);
            Thread.Sleep(StepMs);
            indicator.SetLed(false, true);
            Thread.Sleep(StepMs);
            indicator.SetLed(true, true);
            Thread.Sleep(StepMs);
            indicator.SetLed(false, false);
            indicator.SetBuzzer(true);
            Thread.Sleep(BeepMs);
            indicator.SetBuzzer(false);
        }
    }
}
