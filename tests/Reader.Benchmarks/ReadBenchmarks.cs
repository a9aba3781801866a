using BenchmarkDotNet.Attributes;
using Reader.Core.Emv;
using Reader.Core.Feedback;
using Reader.Core.Identity;
using Reader.Core.Loop;
using Reader.Core.Ports;
using Reader.Core.VirtualCards;
using Reader.Core.Wiegand;
using Reader.Host.Cards;
using Reader.Host.Controller;
using Reader.Host.Platform;
using System.IO;

namespace Reader.Benchmarks;

/// <summary>Allocations per read (Visa and Mastercard profiles) and per empty poll of the reader loop.</summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private VirtualCardLink _visaLink, _mastercardLink, _emptyLink;
    private IVirtualCard _visa, _mastercard;
    private EmvReader _visaReader, _mastercardReader;
    private readonly ReadResult _result = new();
    private readonly CardTarget _target = new();
    private ReaderLoop _loop;

    private sealed class NoIndicator : IIndicator
    {
        public void SetLed(bool red, bool green) { }
        public void SetBuzzer(bool on) { }
    }

    private sealed class NoLog : ILogSink
    {
        public void Log(string line) { }
    }

    [GlobalSetup]
    public void Setup()
    {
        _visa = CardFile.Load(Path.Combine(Paths.Cards, "synthetic-visa-qvsdc.json")).ToVirtualCard();
        _mastercard = CardFile.Load(Path.Combine(Paths.Cards, "synthetic-mastercard-mchip.json")).ToVirtualCard();
        _visaLink = new VirtualCardLink();
        _mastercardLink = new VirtualCardLink();
        var clock = ManualClock.Fixed();
        _visaReader = new EmvReader(_visaLink, new TerminalConfig(), clock, new HostRandom(1));
        _mastercardReader = new EmvReader(_mastercardLink, new TerminalConfig(), clock, new HostRandom(1));

        _emptyLink = new VirtualCardLink();
        var emv = new EmvReader(_emptyLink, new TerminalConfig(), clock, new HostRandom(1));
        var sender = new WiegandSender(new WiegandLines(clock), clock, WiegandFormat.W42, new WiegandTiming());
        var feedback = new FeedbackController(new NoIndicator(), FeedbackMode.Override, ControllerLedWiring.OneWire);
        _loop = new ReaderLoop(_emptyLink, emv, IdPolicy.Default(), sender, feedback, new HoldOff(3000), clock, new NoLog());
    }

    /// <summary>One whole read of the Visa profile (PPSE, SELECT, GPO): APDUs = 3.</summary>
    [Benchmark]
    public int VisaRead()
    {
        _visaLink.Place(_visa);
        _visaLink.Poll(_target);
        _visaReader.Read(_result);
        return _result.ApduCount;
    }

    /// <summary>One whole read of the Mastercard profile (PPSE, SELECT, GPO, READ RECORD): APDUs = 4.</summary>
    [Benchmark]
    public int MastercardRead()
    {
        _mastercardLink.Place(_mastercard);
        _mastercardLink.Poll(_target);
        _mastercardReader.Read(_result);
        return _result.ApduCount;
    }

    /// <summary>One step of the reader loop with no card in the field (target: 0 bytes allocated).</summary>
    [Benchmark]
    public TapOutcome EmptyPoll() => _loop.Step();
}
