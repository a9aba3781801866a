using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Emv;
using Reader.Core.Ports;
using Reader.Core.Text;
using Reader.Core.VirtualCards;
using Reader.Host.Cards;
using Reader.Host.Platform;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Reliability;

/// <summary>
/// Mutation fuzzing of card responses through the whole EMV engine, from every corpus card and profile:
/// no exception, no read past the APDU budget, and never a PAN that fails Luhn or length or that is not in the data
/// the card actually sent. READER_FUZZ_EXCHANGES sets the number of exchanges (default 200,000; the documented run
/// used 2,000,000: docs/reliability.md).
/// </summary>
[TestClass]
public class FuzzTests
{
    /// <summary>A card whose answers are mutated at random: bytes flipped, inserted, deleted, truncated, lengths and SWs changed.</summary>
    public sealed class MutatingCard : IVirtualCard
    {
        private readonly IVirtualCard _inner;
        private readonly Random _random;
        public readonly List<string> Sent = new();

        public MutatingCard(IVirtualCard inner, Random random)
        {
            _inner = inner;
            _random = random;
        }

        public void Identify(CardTarget target) => _inner.Identify(target);
        public void Reset() { _inner.Reset(); Sent.Clear(); }

        public int Respond(byte[] command, int commandLength, byte[] response)
        {
            int n = _inner.Respond(command, commandLength, response);
            if (n > 0 && _random.Next(3) != 0) n = Mutate(response, n);
            Sent.Add(Hex.Format(response, 0, Math.Max(n, 0)));
            return n;
        }

        private int Mutate(byte[] r, int n)
        {
            int kind = _random.Next(8);
            int at = _random.Next(n);
            switch (kind)
            {
                case 0: r[at] ^= (byte)(1 << _random.Next(8)); return n;
                case 1: r[at] = (byte)_random.Next(256); return n;
                case 2: return _random.Next(n);                                   // truncated, SW lost
                case 3:                                                            // a byte deleted
                    Array.Copy(r, at + 1, r, at, n - at - 1);
                    return n - 1;
                case 4:                                                            // a byte inserted
                    if (n + 1 >= r.Length) return n;
                    Array.Copy(r, at, r, at + 1, n - at);
                    r[at] = (byte)_random.Next(256);
                    return n + 1;
                case 5:                                                            // another status word
                    int[] sws = { 0x6A82, 0x6985, 0x6986, 0x6700, 0x6D00, 0x6E00, 0x6283, 0x6A83, 0x61FF, 0x6C10, 0x9000 };
                    int sw = sws[_random.Next(sws.Length)];
                    if (n >= 2) { r[n - 2] = (byte)(sw >> 8); r[n - 1] = (byte)sw; }
                    return n;
                case 6:                                                            // a length byte changed
                    if (n > 2) r[1] = (byte)_random.Next(256);
                    return n;
                default:                                                           // data cut, status word kept
                    if (n <= 2) return n;
                    int keep = _random.Next(n - 2);
                    r[keep] = r[n - 2];
                    r[keep + 1] = r[n - 1];
                    return keep + 2;
            }
        }
    }

    public sealed record Result(long Exchanges, long Reads, long Pans, long Exceptions);

    public static Result Run(long exchanges, int seed)
    {
        var cards = CardFile.LoadAll(new[] { RepoPaths.RequireSharedCards(), RepoPaths.Combine("cards") })
            .Where(c => c.Exchanges.Count > 0).ToList();
        var random = new Random(seed);
        var terminal = new TerminalConfig();
        long done = 0, reads = 0, pans = 0, exceptions = 0;
        var result = new ReadResult();
        var target = new CardTarget();
        while (done < exchanges)
        {
            CardFile card = cards[random.Next(cards.Count)];
            var mutating = new MutatingCard(card.ToVirtualCard(), new Random(random.Next()));
            var link = new VirtualCardLink();
            link.Place(mutating);
            link.Poll(target);
            try
            {
                new EmvReader(link, terminal, ManualClock.Fixed(), new HostRandom(reads.GetHashCode())).Read(result);
            }
            catch (Exception e)
            {
                exceptions++;
                Assert.Fail($"{card.Name}: {e.GetType().Name}: {e.Message}");
            }
            reads++;
            done += link.ExchangeCount;
            Assert.IsTrue(result.ApduCount <= terminal.MaxApdus, $"{card.Name}: {result.ApduCount} APDUs");
            if (result.Outcome == ReadOutcome.Pan)
            {
                pans++;
                string pan = new string(result.Pan, 0, result.PanLength);
                Assert.IsTrue(Pan.LengthValid(pan.Length) && Pan.LuhnValid(result.Pan, result.PanLength), $"{card.Name}: an invalid PAN became an ID");
                string ascii = string.Concat(pan.Select(c => ((int)c).ToString("X2")));
                Assert.IsTrue(mutating.Sent.Any(r => r.Contains(pan) || r.Contains(ascii)), $"{card.Name}: the PAN is not in what the card sent");
            }
        }
        return new Result(done, reads, pans, exceptions);
    }

    [TestMethod]
    public void MutatedCardsNeverCrashTheEngineNorGiveAnInvalidPan()
    {
        long count = long.TryParse(Environment.GetEnvironmentVariable("READER_FUZZ_EXCHANGES"), out long n) ? n : 200_000;
        var result = Run(count, 20261124);
        Console.WriteLine($"fuzz: {result.Exchanges} mutated exchanges, {result.Reads} reads, {result.Pans} valid PANs, {result.Exceptions} exceptions");
        Assert.IsTrue(result.Exchanges >= count);
        Assert.AreEqual(0, result.Exceptions);
    }

    /// <summary>Every cut of every response that carries the PAN, with and without its status word: never a PAN.</summary>
    [TestMethod]
    public void TruncatedResponsesNeverGiveAPan()
    {
        var cards = CardFile.LoadAll(new[] { RepoPaths.RequireSharedCards(), RepoPaths.Combine("cards") }).Where(c => c.Expect.Outcome == "id").ToList();
        int cases = 0;
        foreach (CardFile card in cards)
        {
            string pan = card.Expect.Pan;
            for (int i = 0; i < card.Exchanges.Count; i++)
            {
                string response = card.Exchanges[i].Response;
                if (!response.Contains(pan[..12])) continue;
                byte[] full = Hex.Parse(response);
                for (int cut = 0; cut < full.Length - 2; cut++)
                {
                    foreach (bool keepSw in new[] { false, true })
                    {
                        var copy = CardFile.Load(card.Path);
                        byte[] data = full.Take(cut).Concat(keepSw ? full[^2..] : Array.Empty<byte>()).ToArray();
                        copy.Exchanges[i].Response = Hex.Format(data);
                        var replay = Reader.Host.Emv.CardReplay.Run(copy);
                        cases++;
                        if (replay.Result.Outcome == ReadOutcome.Pan)
                        {
                            // Only acceptable when another, complete response of the card carries the same PAN.
                            Assert.IsTrue(card.Exchanges.Where((x, j) => j != i).Any(x => x.Response.Contains(pan[..12])),
                                $"{card.Name}: response {i + 1} cut to {cut} bytes{(keepSw ? " + SW" : "")} still gave a PAN");
                        }
                    }
                }
            }
        }
        Console.WriteLine($"truncation: {cases} cut responses");
        Assert.IsTrue(cases > 1000);
    }
}
