using System.Collections.Generic;
using Reader.Core.Config;
using Reader.Core.Emv;
using Reader.Core.Feedback;
using Reader.Core.Loop;
using Reader.Core.Ports;
using Reader.Core.Wiegand;
using Reader.Host.Controller;
using Reader.Host.Platform;

namespace Reader.Host.Board;

/// <summary>
/// The whole reader on a PC: the core's reader loop over a card link (the wire-level PN532 simulator or an in-memory
/// link), Wiegand lines into a virtual controller that decodes the pulses and answers on its LED/beeper lines, which
/// feed back into the reader's feedback controller. Time is simulated (a manual clock), so runs are reproducible.
/// </summary>
public sealed class SimulatedBoard
{
    public ManualClock Clock { get; }
    public WiegandLines Lines { get; }
    public VirtualController Controller { get; }
    public RecordingIndicator Indicator { get; } = new();
    public ReaderLoop Loop { get; }
    public WiegandFormat Format { get; }
    public List<string> LogLines { get; } = new();

    public SimulatedBoard(ICardLink link, SiteConfig config, ManualClock clock = null)
    {
        Clock = clock ?? ManualClock.Fixed();
        Format = config.Format;
        Lines = new WiegandLines(Clock);
        Controller = new VirtualController(Format) { TwoWireLed = config.LedWiring == ControllerLedWiring.TwoWire };
        var emv = new EmvReader(link, config.Terminal, Clock, new HostRandom(7));
        var sender = new WiegandSender(Lines, Clock, Format, config.Timing);
        var feedback = new FeedbackController(Indicator, config.FeedbackMode, config.LedWiring);
        Loop = new ReaderLoop(link, emv, config.CreateIdPolicy(), sender, feedback, new HoldOff(config.HoldOffMs), Clock, new ListLog(LogLines));
    }

    /// <summary>Advances simulated time in small steps, ticking the controller and the reader's feedback.</summary>
    public void Run(long ms, int stepMs = 10)
    {
        for (long t = 0; t < ms; t += stepMs)
        {
            Clock.Advance(stepMs);
            Controller.Update(Lines.Edges, Clock.NowMs * 1000);
            var (led, green, beeper) = Controller.Lines(Clock.NowMs);
            Loop.ControllerLines(led, green, beeper);
            Loop.Tick();
            Indicator.Sample(Clock.NowMs);
        }
    }

    private sealed class ListLog : ILogSink
    {
        private readonly List<string> _lines;
        public ListLog(List<string> lines) => _lines = lines;
        public void Log(string line) => _lines.Add(line);
    }
}

/// <summary>The reader's LED and buzzer as a timeline of changes, for printing what a person would see and hear.</summary>
public sealed class RecordingIndicator : IIndicator
{
    private bool _red, _green, _buzzer;
    private string _last = "";

    public List<(long Ms, string State)> Timeline { get; } = new();

    public void SetLed(bool red, bool green) { _red = red; _green = green; }
    public void SetBuzzer(bool on) => _buzzer = on;

    /// <summary>"red", "green", "amber" or "off", plus "+beep".</summary>
    public string State => (_red && _green ? "amber" : _red ? "red" : _green ? "green" : "off") + (_buzzer ? "+beep" : "");

    public void Sample(long nowMs)
    {
        string state = State;
        if (state == _last) return;
        Timeline.Add((nowMs, state));
        _last = state;
    }
}
