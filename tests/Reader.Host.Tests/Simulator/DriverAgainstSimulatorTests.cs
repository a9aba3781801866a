using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Emv;
using Reader.Core.Ports;
using Reader.Core.Text;
using Reader.Core.VirtualCards;
using Reader.Host.Cards;
using Reader.Host.Simulator;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Simulator;

/// <summary>The core PN532 driver against the wire-level simulator, both ends in one process on simulated time.</summary>
[TestClass]
public class DriverAgainstSimulatorTests
{
    /// <summary>A card answering SELECT PPSE with a response of the given length (data + 9000).</summary>
    public sealed class LongAnswerCard : IVirtualCard
    {
        private readonly int _length;
        public LongAnswerCard(int length) => _length = length;
        public void Identify(CardTarget target) => new ScriptedCard(new byte[0][], new byte[0][]).Identify(target);
        public void Reset() { }
        public int Respond(byte[] command, int commandLength, byte[] response)
        {
            for (int i = 0; i < _length - 2; i++) response[i] = (byte)(i * 7);
            response[_length - 2] = 0x90;
            response[_length - 1] = 0x00;
            return _length;
        }
    }

    private static SimulatedPn532 Ready()
    {
        var pn532 = new SimulatedPn532();
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Initialise());
        return pn532;
    }

    [TestMethod]
    public void InitialisesThroughLowVBatAndReadsTheFirmware()
    {
        var pn532 = Ready();
        Assert.AreEqual("32010607", Hex.Format(pn532.Driver.Firmware));
        Assert.AreEqual(1, pn532.Driver.Initialisations);
    }

    [TestMethod]
    public void PollsNothingThenACardWithItsIdentity()
    {
        var pn532 = Ready();
        var target = new CardTarget();
        Assert.AreEqual(LinkStatus.NoCard, pn532.Driver.Poll(target));
        pn532.Simulator.Place(new ScriptedCard(new byte[0][], new byte[0][], Hex.Parse("04AF68DAC85A80"), 0x44, 0x08, null));
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Poll(target));
        Assert.AreEqual(7, target.UidLength);
        Assert.AreEqual(0x0044, target.Atqa);
        Assert.IsFalse(target.IsIsoDep);
        Assert.AreEqual(0, target.AtsLength);
    }

    [TestMethod]
    [DataRow(100)]
    [DataRow(254)]
    [DataRow(258)]
    [DataRow(600)]
    public void LongAnswersComeBackExactlyThroughExtendedFramesAndMiChaining(int length)
    {
        var pn532 = Ready();
        pn532.Simulator.Place(new LongAnswerCard(length));
        var target = new CardTarget();
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Poll(target));
        var command = Hex.Parse("00A404000E325041592E5359532E444446303100");
        var response = new byte[1024];
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Exchange(command, command.Length, response, out int n));
        Assert.AreEqual(length, n);
        for (int i = 0; i < length - 2; i++) Assert.AreEqual((byte)(i * 7), response[i], $"byte {i}");
    }

    [TestMethod]
    public void EveryCorpusCardAndProfileReadsTheSameOverThePn532AsInMemory()
    {
        var folders = new[] { RepoPaths.RequireSharedCards(), RepoPaths.Combine("cards") };
        foreach (CardFile card in CardFile.LoadAll(folders))
        {
            var pn532 = Ready();
            pn532.Simulator.Place(card.ToVirtualCard());
            var target = new CardTarget();
            Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Poll(target), card.Name);
            var result = new ReadResult();
            if (target.IsIsoDep)
            {
                new EmvReader(pn532.Driver, new TerminalConfig(), pn532.Clock, new Reader.Host.Platform.HostRandom(1)).Read(result);
            }
            var memory = Reader.Host.Emv.CardReplay.Run(card);
            Assert.AreEqual(memory.Result.Outcome, result.Outcome, card.Name);
            Assert.AreEqual(memory.Result.ApduCount, result.ApduCount, card.Name);
            Assert.IsTrue(new string(memory.Result.Pan, 0, memory.Result.PanLength) == new string(result.Pan, 0, result.PanLength), $"{card.Name}: PANs differ ({memory.Result.MaskedPan()} vs {result.MaskedPan()})");
        }
    }

    private static (SimulatedPn532 Pn532, CardTarget Target) WithCard(IVirtualCard card)
    {
        var pn532 = Ready();
        pn532.Simulator.Place(card);
        var target = new CardTarget();
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Poll(target));
        return (pn532, target);
    }

    private static readonly byte[] Select = Hex.Parse("00A404000E325041592E5359532E444446303100");

    [TestMethod]
    public void ABadChecksumIsNackedAndTheResentAnswerAccepted()
    {
        var (pn532, _) = WithCard(new LongAnswerCard(40));
        pn532.Simulator.Faults.BadChecksums = 1;
        var response = new byte[300];
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Exchange(Select, Select.Length, response, out int n));
        Assert.AreEqual(40, n);
        Assert.AreEqual(1, pn532.Driver.Nacks);
    }

    [TestMethod]
    public void AFlippedByteIsNeverAccepted()
    {
        var (pn532, _) = WithCard(new LongAnswerCard(40));
        pn532.Simulator.Faults.FlipBytes = 1;
        var response = new byte[300];
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Exchange(Select, Select.Length, response, out int n));
        for (int i = 0; i < 38; i++) Assert.AreEqual((byte)(i * 7), response[i], "a corrupted byte got through");
        Assert.AreEqual(1, pn532.Driver.Nacks);
    }

    [TestMethod]
    public void ALostAckIsRecoveredByResendingTheCommand()
    {
        var pn532 = Ready();
        pn532.Simulator.Faults.DropAcks = 1;
        Assert.AreEqual(LinkStatus.NoCard, pn532.Driver.Poll(new CardTarget()));
    }

    [TestMethod]
    public void AMuteChipTimesOutWithinTheBoundAndIsAbortedWithAnAck()
    {
        var (pn532, _) = WithCard(new LongAnswerCard(40));
        pn532.Simulator.Faults.MuteAnswers = 1;
        long start = pn532.Clock.NowMs;
        var response = new byte[300];
        Assert.AreEqual(LinkStatus.Timeout, pn532.Driver.Exchange(Select, Select.Length, response, out int n));
        Assert.AreEqual(0, n);
        long took = pn532.Clock.NowMs - start;
        Assert.IsTrue(took <= new Reader.Core.Pn532.Pn532Options().ExchangeTimeoutMs + 100, $"took {took} ms of simulated time");
        Assert.AreEqual(1, pn532.Driver.Aborts);
        // Back to polling: the next poll works.
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Poll(new CardTarget()));
    }

    [TestMethod]
    public void ATruncatedFrameTimesOutAndNothingIsAccepted()
    {
        var (pn532, _) = WithCard(new LongAnswerCard(40));
        pn532.Simulator.Faults.TruncateNextAnswer = 5;
        var response = new byte[300];
        Assert.AreEqual(LinkStatus.Timeout, pn532.Driver.Exchange(Select, Select.Length, response, out int n));
        Assert.AreEqual(0, n);
    }

    [TestMethod]
    public void GarbageBeforeAnAnswerIsSkipped()
    {
        var (pn532, _) = WithCard(new LongAnswerCard(40));
        pn532.Simulator.Faults.GarbageBeforeNextAnswer = Hex.Parse("98809880 1E66 55 FF");
        var response = new byte[300];
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Exchange(Select, Select.Length, response, out int n));
        Assert.AreEqual(40, n);
    }

    [TestMethod]
    public void AnErrorFrameIsAChipError()
    {
        var (pn532, _) = WithCard(new LongAnswerCard(40));
        pn532.Simulator.Faults.ErrorFrames = 1;
        var response = new byte[300];
        Assert.AreEqual(LinkStatus.ChipError, pn532.Driver.Exchange(Select, Select.Length, response, out _));
    }

    [TestMethod]
    public void ALateAnswerWithinTheExchangeTimeoutIsWaitedFor()
    {
        var (pn532, _) = WithCard(new LongAnswerCard(40));
        pn532.Simulator.Faults.AnswerDelayMs = 900;
        var response = new byte[300];
        Assert.AreEqual(LinkStatus.Ok, pn532.Driver.Exchange(Select, Select.Length, response, out int n));
        Assert.AreEqual(40, n);
    }

    [TestMethod]
    public void ACardRemovedMidExchangeIsReportedAndTheReaderPollsAgain()
    {
        var (pn532, _) = WithCard(new LongAnswerCard(40));
        pn532.Simulator.Faults.RemoveCardAtApdu = 1;
        var response = new byte[300];
        Assert.AreEqual(LinkStatus.CardRemoved, pn532.Driver.Exchange(Select, Select.Length, response, out int n));
        Assert.AreEqual(0, n);
        Assert.AreEqual(0x01, pn532.Driver.LastChipStatus & 0x3F);
        Assert.AreEqual(LinkStatus.NoCard, pn532.Driver.Poll(new CardTarget()));
    }

    [TestMethod]
    public void RepeatedFailuresReinitialiseTheChip()
    {
        var pn532 = Ready();
        pn532.Simulator.Faults.MuteAnswers = 3;
        for (int i = 0; i < 3; i++) Assert.AreEqual(LinkStatus.Timeout, pn532.Driver.Poll(new CardTarget()));
        Assert.AreEqual(LinkStatus.NoCard, pn532.Driver.Poll(new CardTarget()));
        Assert.AreEqual(2, pn532.Driver.Initialisations);
    }

    [TestMethod]
    public void AChipThatNeverAnswersFailsInitialisationInBoundedTime()
    {
        var pn532 = new SimulatedPn532();
        pn532.Simulator.Faults.MuteAnswers = 1000;
        long start = pn532.Clock.NowMs;
        Assert.AreEqual(LinkStatus.Timeout, pn532.Driver.Initialise());
        Assert.IsTrue(pn532.Clock.NowMs - start < 2000, "bounded");
    }
}
