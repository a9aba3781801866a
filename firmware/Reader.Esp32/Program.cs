using System;
using System.Device.Gpio;
using System.Threading;
using Reader.Core.Config;
using Reader.Core.Emv;
using Reader.Core.Feedback;
using Reader.Core.Loop;
using Reader.Core.Pn532;
using Reader.Core.Ports;
using Reader.Core.Wiegand;
using Reader.Esp32.Adapters;

namespace Reader.Esp32
{
    /// <summary>
    /// Device entry point: wiring only. Reads and validates the site configuration, builds the adapters (Adapters/),
    /// hands them to the core (PN532 driver, EMV engine, ID policy, Wiegand sender, feedback, reader loop) and runs the
    /// loop forever under the supervisor. All logic lives in Reader.Core; nothing here looks at card data, and nothing
    /// here logs a PAN or a secret.
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            var log = new SerialLog();
            var clock = new DeviceClock();
            log.Log("Reader starting");

            // 1. Site configuration: the core parser; on any error, log the line-numbered messages (they never quote
            //    a value) and run on the documented defaults, so the reader still works at the door.
            SiteConfig site = new SiteConfig();
            string configText = ConfigStore.ReadText(ConfigStore.DefaultPath, log);
            if (configText != null)
            {
                var errors = new ConfigErrors();
                if (!SiteConfigParser.Parse(configText, site, errors))
                {
                    for (int i = 0; i < errors.Count; i++) log.Log("config: " + errors.Describe(i));
                    log.Log("config: errors in " + ConfigStore.DefaultPath + ", using the defaults");
                    site = new SiteConfig();
                }
                else
                {
                    log.Log("config: " + ConfigStore.DefaultPath + " loaded");
                }
            }
            else
            {
                log.Log("config: no " + ConfigStore.DefaultPath + ", using the defaults");
            }
            WiegandFormat format = site.Format;
            log.Log("config: " + format.Name + " frames, hold-off " + site.HoldOffMs.ToString() + " ms, HMAC key "
                + SiteConfig.DescribeSecret(site.HmacKey) + ", Wi-Fi password " + SiteConfig.DescribeSecret(site.WifiPassword));

            // 2. Device adapters.
            var pins = site.Pins;
            var gpio = new GpioController();
            var indicator = new GpioIndicator(gpio, pins.LedRed, pins.LedGreen, pins.Buzzer);
            var controllerLines = new ControllerInputs(gpio, pins.ControllerLed, pins.ControllerLedGreen, pins.ControllerBeeper,
                site.LedWiring == ControllerLedWiring.TwoWire, ControllerInputs.DefaultDebounceMs);
            var channel = new SerialPortChannel(pins.Pn532Tx, pins.Pn532Rx);
            var pulses = new RmtPulseOutput(pins.WiegandD0, pins.WiegandD1);
            var random = new DeviceRandom();
            var supervisor = new Supervisor(Supervisor.DefaultStallMs, log);

            BootSelfTest.IndicatorPattern(indicator, log);

            // 3. Network time in the background; the reader never waits for it.
            new Network(site.WifiSsid, site.WifiPassword, site.SntpServer, log).Start();
            if (!clock.HasRealTime) log.Log("clock: not set yet (RTC default epoch)");

            // 4. Core objects.
            var pn532 = new Pn532Driver(channel, clock, new Pn532Options());
            var feedback = new FeedbackController(indicator, site.FeedbackMode, site.LedWiring);
            if (pn532.Initialise() == LinkStatus.Ok)
            {
                log.Log("self-test: PN532 " + pn532.FirmwareText());
            }
            else
            {
                log.Log("self-test: PN532 not answering (check wiring and the HSU mode switches); retrying while polling");
                feedback.Play(FeedbackPattern.HardwareFault, clock.NowMs);
            }
            var emv = new EmvReader(pn532, site.Terminal, clock, random);
            var sender = new WiegandSender(pulses, clock, format, site.Timing);
            var loop = new ReaderLoop(pn532, emv, site.CreateIdPolicy(), sender, feedback, new HoldOff(site.HoldOffMs), clock, log);

            // Free managed heap after wiring (compacting GC): the figure docs/device.md's memory budget asks for.
            log.Log("heap: " + nanoFramework.Runtime.Native.GC.Run(true).ToString() + " bytes free after start-up");

            // 5. Run forever: sample the controller lines, one loop step, report chip health to the supervisor.
            while (true)
            {
                controllerLines.Sample(clock.NowMs);
                loop.ControllerLines(controllerLines.LedLevel, controllerLines.LedGreenLevel, controllerLines.BeeperLevel);
                TapOutcome outcome = loop.Step();
                if (outcome != TapOutcome.LinkFault)
                {
                    supervisor.ChipOk();
                }
                else if (supervisor.ChipFault())
                {
                    log.Log("reader: re-initialising the PN532");
                    pn532.Initialise();
                }
                supervisor.Feed();
                Thread.Sleep(5);
            }
        }
    }
}
