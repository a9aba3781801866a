using System;
using System.IO;
using System.Threading;
using Reader.Core.Config;
using Reader.Core.Emv;
using Reader.Core.Feedback;
using Reader.Core.Loop;
using Reader.Core.Pn532;
using Reader.Core.Ports;
using Reader.Core.Wiegand;
using Reader.Host.Board;
using Reader.Host.Controller;
using Reader.Host.Platform;
using Reader.Host.Serial;

namespace Reader.Host.Commands;

/// <summary>
/// <c>reader run --port DEVICE [--baud 115200] [--config FILE] [--seconds N]</c>: the reader loop on a real PN532
/// attached by serial (a USB-UART adapter in HSU mode), or on <c>reader sim --pty</c>. Wiegand frames go to the
/// virtual controller, which prints what it decoded; log lines show each tap with the card number masked.
/// </summary>
public static class RunCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string port = null, configFile = null;
        int baud = 115200, seconds = 0;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length: port = args[++i]; break;
                case "--config" when i + 1 < args.Length: configFile = args[++i]; break;
                case "--baud" when i + 1 < args.Length && int.TryParse(args[i + 1], out baud): i++; break;
                case "--seconds" when i + 1 < args.Length && int.TryParse(args[i + 1], out seconds): i++; break;
                default:
                    error.WriteLine("usage: reader run --port DEVICE [--baud 115200] [--config FILE] [--seconds N]");
                    return ExitCodes.Usage;
            }
        }
        if (port == null)
        {
            error.WriteLine("run: --port DEVICE is required (e.g. /dev/ttyUSB0 or COM3)");
            return ExitCodes.Usage;
        }
        SiteConfig config = SiteConfigFile.Load(configFile, error);
        if (config == null) return ExitCodes.Failed;

        SerialByteChannel channel;
        try
        {
            channel = new SerialByteChannel(port, baud);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine($"run: cannot open {port}: {e.Message}");
            return ExitCodes.InputError;
        }
        using (channel)
        {
            var clock = new SystemClock();
            var log = new WriterLog(output);
            var driver = new Pn532Driver(channel, clock, new Pn532Options());
            LinkStatus init = driver.Initialise();
            if (init != LinkStatus.Ok)
            {
                error.WriteLine($"run: no PN532 answers on {port} ({LinkStatusText.Name(init)}): check wiring, HSU mode switches and baud rate");
                return ExitCodes.InputError;
            }
            output.WriteLine($"run: PN532 {driver.FirmwareText()} on {port}; {config.Format.Name} frames to the virtual controller; Ctrl-C stops");
            var lines = new WiegandLines(clock);
            var controller = new VirtualController(config.Format);
            var sender = new WiegandSender(lines, clock, config.Format, config.Timing);
            var feedback = new FeedbackController(new RecordingIndicator(), config.FeedbackMode, config.LedWiring);
            var loop = new ReaderLoop(driver, new EmvReader(driver, config.Terminal, clock, new HostRandom(null)), config.CreateIdPolicy(),
                sender, feedback, new HoldOff(config.HoldOffMs), clock, log);

            using var stop = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Set(); };
            var started = DateTime.UtcNow;
            int frames = 0;
            while (!stop.IsSet && (seconds == 0 || (DateTime.UtcNow - started).TotalSeconds < seconds))
            {
                loop.Step();
                controller.Update(lines.Edges, clock.NowMs * 1000 + 200_000);
                for (; frames < controller.Frames.Count; frames++)
                {
                    var f = controller.Frames[frames];
                    output.WriteLine(f.Accepted ? $"controller: {f.BitCount}-bit frame, id {f.Payload}" : $"controller: rejected frame ({f.Problem})");
                }
                stop.Wait(20);
            }
            var k = loop.Counters;
            output.WriteLine($"run: {k.Polls} polls, {k.Taps} taps, {k.Sent} IDs sent, {k.NoId} without ID, {k.LinkFaults} link faults, {driver.Initialisations} chip initialisations");
        }
        return ExitCodes.Ok;
    }
}
