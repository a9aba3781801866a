using System;
using System.Linq;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Emv;
using Reader.Core.Wiegand;
using Reader.Host.Platform;

namespace Reader.Host.Tests.Reliability;

/// <summary>Properties over random inputs (CsCheck): TLV, DOL filling, PAN extraction, Luhn, Wiegand round trip.</summary>
[TestClass]
public class PropertyTests
{
    [TestMethod]
    public void TlvDecodingNeverThrowsAndNeverPointsOutsideTheBuffer()
    {
        Gen.Byte.Array[0, 300].Sample(data =>
        {
            int p = 0, steps = 0;
            while (p < data.Length && steps++ < 400)
            {
                var status = TlvReader.Decode(data, p, data.Length, out int tag, out int offset, out int length, out int consumed);
                if (status != TlvStatus.Ok) break;
                Assert.IsTrue(offset >= p && length >= 0 && offset + length <= data.Length, "value outside the buffer");
                Assert.IsTrue(consumed > 0);
                p += consumed;
            }
            TlvReader.Find(data, 0, data.Length, 0x5A, out int o, out int l);
            Assert.IsTrue(o + l <= data.Length);
        }, iter: 20000);
    }

    private static byte[] Tlv(int tag, byte[] value)
    {
        var header = tag > 0xFF ? new[] { (byte)(tag >> 8), (byte)tag } : new[] { (byte)tag };
        var len = value.Length < 0x80 ? new[] { (byte)value.Length } : value.Length < 0x100 ? new byte[] { 0x81, (byte)value.Length } : new byte[] { 0x82, (byte)(value.Length >> 8), (byte)value.Length };
        return header.Concat(len).Concat(value).ToArray();
    }

    [TestMethod]
    public void EncodedTlvsDecodeBackToTheSameTagsAndValues()
    {
        var gen = Gen.Select(Gen.OneOf(0x5A, 0x57, 0x9F6B, 0x50, 0x9F38, 0x87, 0x4F), Gen.Byte.Array[0, 400]);
        gen.Array[1, 5].Sample(items =>
        {
            byte[] data = items.SelectMany(i => Tlv(i.Item1, i.Item2)).ToArray();
            var reader = new TlvReader(data, 0, data.Length);
            foreach (var (tag, value) in items)
            {
                Assert.AreEqual(TlvStatus.Ok, reader.TryRead(out int t, out int o, out int l));
                Assert.AreEqual(tag, t);
                CollectionAssert.AreEqual(value, data.Skip(o).Take(l).ToArray());
            }
            Assert.IsTrue(reader.AtEnd);
        }, iter: 5000);
    }

    [TestMethod]
    public void DolFillingHonoursEveryRequestedLength()
    {
        var entry = Gen.Select(Gen.OneOf(0x9F66, 0x9F02, 0x9F03, 0x9F1A, 0x95, 0x5F2A, 0x9A, 0x9C, 0x9F37, 0x9F35, 0x9F4E, 0x9F52, 0xDF01), Gen.Int[0, 40]);
        entry.Array[0, 12].Sample(entries =>
        {
            byte[] dol = entries.SelectMany(e => (e.Item1 > 0xFF ? new[] { (byte)(e.Item1 >> 8), (byte)e.Item1 } : new[] { (byte)e.Item1 }).Append((byte)e.Item2)).ToArray();
            var filler = new DolFiller(new TerminalConfig(), ManualClock.Fixed(), new HostRandom(3));
            filler.NewTransaction();
            var output = new byte[600];
            int n = filler.Fill(dol, 0, dol.Length, output, 0);
            int expected = entries.Sum(e => e.Item2);
            Assert.AreEqual(expected <= DolFiller.MaxDataLength ? expected : -1, n);
        }, iter: 5000);
    }

    private static bool ReferenceLuhn(string digits)
    {
        int sum = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            int d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10 == 0;
    }

    [TestMethod]
    public void PanCarriersGiveBackTheDigitsAndLuhnAgreesWithAReference()
    {
        Gen.Char['0', '9'].Array[12, 19].Select(c => new string(c)).Sample(pan =>
        {
            var digits = new char[19];
            string bcd = pan.Length % 2 == 0 ? pan : pan + "F";
            byte[] fiveA = Reader.Core.Text.Hex.Parse(bcd);
            Assert.AreEqual(pan.Length, Pan.FromApplicationPan(fiveA, 0, fiveA.Length, digits));
            Assert.IsTrue(pan == new string(digits, 0, pan.Length), "digits differ (not printed)");
            string t2 = pan + "D2812201" + (pan.Length % 2 == 0 ? "" : "F");
            byte[] track2 = Reader.Core.Text.Hex.Parse(t2.Length % 2 == 0 ? t2 : t2 + "F");
            Assert.AreEqual(pan.Length, Pan.FromTrack2(track2, 0, track2.Length, digits));
            Assert.IsTrue(pan == new string(digits, 0, pan.Length), "digits differ (not printed)");
            byte[] track1 = System.Text.Encoding.ASCII.GetBytes("B" + pan + "^NAME/TEST^2812");
            Assert.AreEqual(pan.Length, Pan.FromTrack1(track1, 0, track1.Length, digits));
            Assert.AreEqual(ReferenceLuhn(pan), Pan.LuhnValid(pan.ToCharArray(), pan.Length));
        }, iter: 10000);
    }

    [TestMethod]
    public void WiegandRoundTripsAndCatchesEverySingleBitFlip()
    {
        Gen.Select(Gen.Int[6, 66], Gen.ULong, Gen.OneOf(WiegandParity.Halves, WiegandParity.Whole)).Sample((bits, raw, parity) =>
        {
            var format = WiegandFormat.Parse("W" + bits, parity);
            ulong payload = format.PayloadBits == 64 ? raw : raw & format.MaxPayload;
            var frame = new byte[66];
            Assert.IsTrue(WiegandCodec.TryEncode(format, payload, frame));
            Assert.AreEqual(WiegandDecodeStatus.Ok, WiegandCodec.TryDecode(format, frame, bits, out ulong back));
            Assert.AreEqual(payload, back);
            int flip = (int)(raw % (ulong)bits);
            frame[flip] ^= 1;
            // Halves parity covers every bit; whole parity leaves the forced-zero first bit to its own check.
            Assert.AreEqual(WiegandDecodeStatus.ParityError, WiegandCodec.TryDecode(format, frame, bits, out _), $"W{bits} {parity} bit {flip}");
        }, iter: 20000);
    }
}
