using System;
using System.Device.Gpio;
using System.Threading;
using Reader.Core.Board;
using Reader.Core.Ports;
using Reader.Esp32.Adapters;

namespace Reader.Esp32
{
    /// <summary>
    /// Device entry point: wiring only. Reads the site configuration, builds the adapters (Adapters/), hands them to
    /// the core (PN532 driver, EMV engine, ID policy, feedback, reader loop) and runs the loop forever.
    /// All logic lives in Reader.Core; nothing here looks at card data, and nothing here logs a PAN or a secret.
    ///
    /// Every use of a core API that is still being written by another branch is in the section marked CORE WIRING
    /// and in the two small port bridges at the end of this file, so the merge touches this file only.
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            var log = new SerialLog();
            var clock = new DeviceClock();
            log.Log("Reader starting");

            // 1. Site configuration: core parser, defaults on any error (the reader must come up at the door).
            string configText = ConfigStore.ReadText(ConfigStore.DefaultPath, log);
            var pins = new BoardPins();
            // CORE WIRING (config): parse configText with the core's site-config parser. On error, log the parser's
            // line-numbered message (never the line's content: it may hold a secret) and keep the defaults, e.g.
            //   SiteConfig site = SiteConfig.Defaults();
            //   if (configText != null && !SiteConfigParser.TryParse(configText, site, out string error))
            //   { log.Log("config: " + error + "; using defaults"); site = SiteConfig.Defaults(); }
            //   pins = site.Pins;

            // 2. Device adapters.
            var gpio = new GpioController();
            var indicator = new GpioIndicator(gpio, pins.LedRed, pins.LedGreen, pins.Buzzer);
            var controller = new ControllerInputs(gpio, pins.ControllerLed, pins.ControllerLedGreen, pins.ControllerBeeper,
                false /* CORE WIRING: site.TwoWireLed */, ControllerInputs.DefaultDebounceMs);
            var channel = new SerialPortChannel(pins.Pn532Tx, pins.Pn532Rx);
            var pulses = new RmtPulseOutput(pins.WiegandD0, pins.WiegandD1);
            var random = new DeviceRandom();
            var supervisor = new Supervisor(Supervisor.DefaultStallMs, log);

            BootSelfTest.IndicatorPattern(indicator, log);

            // 3. Network time, in the background; the reader never waits for it.
            new Network(null /* CORE WIRING: site.WifiSsid */, null /* site.WifiPassword */, null /* site.NtpServer */, log).Start();
            if (!clock.HasRealTime) log.Log("clock: not set yet (RTC default epoch)");

            // 4. CORE WIRING (core objects), expected shapes:
            //   var pn532 = new Pn532Driver(channel, clock, log);              // Reader.Core.Pn532, an ICardLink
            //   if (!pn532.Initialise(out string firmware)) { log.Log("self-test: PN532 not answering"); BootSelfTest.HardwareFault(indicator, 3000); }
            //   else log.Log("self-test: PN532 firmware " + firmware);
            //   var emv = new EmvReader(pn532, site.Terminal, clock, random);   // Reader.Core.Emv
            //   var loop = new ReaderLoop(pn532, emv, site, new PulsePort(pulses), new IndicatorPort(indicator),
            //                             clock, log);                        // Reader.Core.Loop (the lead's)
            //
            // 5. Run forever. Each turn: sample the controller lines, feed the supervisor, one loop step.
            //   while (true)
            //   {
            //       controller.Sample(clock.NowMs);
            //       loop.ControllerLines(controller.LedLevel, controller.LedGreenLevel, controller.BeeperLevel);
            //       LinkStatus status = loop.Step();
            //       if (status == LinkStatus.Ok || status == LinkStatus.NoCard) supervisor.ChipOk();
            //       else if (status == LinkStatus.Timeout || status == LinkStatus.FrameError || status == LinkStatus.ChipError)
            //       { if (supervisor.ChipFault()) pn532.Initialise(out _); }
            //       supervisor.Feed();
            //   }
            // Free managed heap after wiring (compacting GC): the figure docs/device.md's memory budget asks for.
            log.Log("heap: " + nanoFramework.Runtime.Native.GC.Run(true).ToString() + " bytes free after start-up");

            log.Log("Reader: core not wired yet, idling");
            while (true)
            {
                controller.Sample(clock.NowMs);
                supervisor.Feed();
                Thread.Sleep(10);
            }
        }
    }

    // CORE WIRING (ports): the two bridges from the core's output ports to the device adapters. Their member
    // signatures follow Reader.Core.Ports.IPulseOutput / IIndicator once merged; expected shapes:
    //
    //   internal sealed class PulsePort : IPulseOutput
    //   {
    //       private readonly RmtPulseOutput _rmt;
    //       public PulsePort(RmtPulseOutput rmt) { _rmt = rmt; }
    //       public bool Send(byte[] bits, int bitCount, int pulseWidthUs, int bitPeriodUs)
    //           => _rmt.Send(bits, bitCount, pulseWidthUs, bitPeriodUs);
    //   }
    //
    //   internal sealed class IndicatorPort : IIndicator
    //   {
    //       private readonly GpioIndicator _gpio;
    //       public IndicatorPort(GpioIndicator gpio) { _gpio = gpio; }
    //       public void SetLed(bool red, bool green) => _gpio.SetLed(red, green);
    //       public void SetBuzzer(bool on) => _gpio.SetBuzzer(on);
    //   }
}
