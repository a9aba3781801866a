#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Wiegand;

namespace Reader.Core.Tests.Wiegand
{
    /// <summary>Every vector of wiegand.md §6 (computed there with an independent encoder; H10301 rows agree with Proxmark), both ways.</summary>
    [TestClass]
    public class WiegandCodecTests
    {
        private static void Vector(WiegandFormat format, ulong payload, string frameHex, string label)
        {
            byte[] bits = new byte[WiegandFormat.MaxBits];
            Assert.IsTrue(WiegandCodec.TryEncode(format, payload, bits), label);
            Assert.AreEqual(frameHex, WiegandCodec.FrameHex(bits, format.Bits), label);
            ulong decoded;
            Assert.AreEqual((int)WiegandDecodeStatus.Ok, (int)WiegandCodec.TryDecode(format, bits, format.Bits, out decoded), label);
            Assert.AreEqual(payload, decoded, label);
            // Any single flipped bit must be caught by parity.
            for (int i = 0; i < format.Bits; i++)
            {
                bits[i] ^= 1;
                Assert.AreEqual((int)WiegandDecodeStatus.ParityError, (int)WiegandCodec.TryDecode(format, bits, format.Bits, out decoded), label + " bit " + i);
                bits[i] ^= 1;
            }
        }

        private static ulong FcCn(WiegandFormat format, ulong fc, ulong cn)
        {
            ulong payload;
            Assert.IsTrue(WiegandCodec.TryCombine(format, fc, cn, out payload));
            return payload;
        }

        [TestMethod]
        public void H10301Vectors()
        {
            Vector(WiegandFormat.H10301, FcCn(WiegandFormat.H10301, 1, 1), "2020002", "H10301 FC=1 CN=1");
            Vector(WiegandFormat.H10301, FcCn(WiegandFormat.H10301, 123, 45678), "2F764DD", "H10301 FC=123 CN=45678");
        }

        [TestMethod]
        public void RawVectors()
        {
            Vector(WiegandFormat.W26, 0xABCDEF, "3579BDF", "W26 raw ABCDEF");
            Vector(WiegandFormat.W34, 0x12345678, "22468ACF1", "W34 raw 12345678");
            Vector(WiegandFormat.W34, 0xFFFFFFFF, "1FFFFFFFF", "W34 raw FFFFFFFF");
            Vector(WiegandFormat.W42, 9999999999, "4A817C7FF", "W42 raw 9999999999");
            Vector(WiegandFormat.W58, 0x04AF68DAC85A80, "2095ED1B590B501", "W58 raw 7-byte UID");
            Vector(WiegandFormat.W66, 0x0123456789ABCDEF, "2468ACF13579BDF", "W66 raw 0123456789ABCDEF");
        }

        [TestMethod]
        public void ThirtySevenBitVectorsWithOverlappingHalves()
        {
            Vector(WiegandFormat.H10302, 1, "2", "H10302 CN=1");
            Vector(WiegandFormat.H10302, 123456789, "100EB79A2B", "H10302 CN=123456789");
            Vector(WiegandFormat.H10304, FcCn(WiegandFormat.H10304, 1, 1), "1000100002", "H10304 FC=1 CN=1");
            Vector(WiegandFormat.H10304, FcCn(WiegandFormat.H10304, 12345, 123456), "30393C481", "H10304 FC=12345 CN=123456");
        }

        [TestMethod]
        public void HmacExampleFramesFromTheReference()
        {
            // wiegand.md §9.4: payloads of HMAC-SHA256("example-site-key", "4111111111111111").
            Vector(WiegandFormat.W34, 0x6FB66768, "2DF6CCED1", "HMAC k=32 in W34");
            Vector(WiegandFormat.W42, 0x6FB667680D, "2DF6CCED01A", "HMAC k=40 in W42");
            Vector(WiegandFormat.W58, 0x6FB667680D65E7, "DF6CCED01ACBCF", "HMAC k=56 in W58");
        }

        [TestMethod]
        public void PayloadsThatDoNotFitAreRefusedWithNothingWritten()
        {
            byte[] bits = new byte[WiegandFormat.MaxBits];
            bits[0] = 7;
            Assert.IsFalse(WiegandCodec.TryEncode(WiegandFormat.W34, 9999999999, bits));
            Assert.AreEqual((byte)7, bits[0]);
            Assert.IsFalse(WiegandCodec.TryEncode(WiegandFormat.W26, 0x1000000, bits));
            ulong payload;
            Assert.IsFalse(WiegandCodec.TryCombine(WiegandFormat.H10301, 256, 1, out payload));
            Assert.IsFalse(WiegandCodec.TryCombine(WiegandFormat.H10301, 1, 65536, out payload));
        }

        [TestMethod]
        public void WrongLengthsAreRejected()
        {
            byte[] bits = new byte[WiegandFormat.MaxBits];
            WiegandCodec.TryEncode(WiegandFormat.W42, 12345, bits);
            ulong payload;
            Assert.AreEqual((int)WiegandDecodeStatus.WrongLength, (int)WiegandCodec.TryDecode(WiegandFormat.W42, bits, 41, out payload));
            Assert.AreEqual((int)WiegandDecodeStatus.WrongLength, (int)WiegandCodec.TryDecode(WiegandFormat.W42, bits, 43, out payload));
        }

        [TestMethod]
        public void WholeAndNoParityVariants()
        {
            WiegandFormat whole = WiegandFormat.Parse("W42", WiegandParity.Whole);
            byte[] bits = new byte[WiegandFormat.MaxBits];
            Assert.IsTrue(WiegandCodec.TryEncode(whole, 0x0000000003, bits));
            Assert.AreEqual((byte)0, bits[0]);
            Assert.AreEqual((byte)0, bits[41]);
            Assert.IsTrue(WiegandCodec.TryEncode(whole, 0x0000000001, bits));
            Assert.AreEqual((byte)1, bits[41]);
            WiegandFormat none = WiegandFormat.Parse("W32", WiegandParity.None);
            Assert.AreEqual(32, none.PayloadBits);
            Assert.IsTrue(WiegandCodec.TryEncode(none, 0x80000001, bits));
            Assert.AreEqual("80000001", WiegandCodec.FrameHex(bits, 32));
        }

        [TestMethod]
        public void FormatNamesAndCapacity()
        {
            Assert.AreEqual(42, WiegandFormat.Parse("w42").Bits);
            Assert.AreEqual(37, WiegandFormat.Parse("W37").Bits);
            Assert.AreEqual(50, WiegandFormat.Parse("RAW50").Bits);
            Assert.IsNull(WiegandFormat.Parse("W67"));
            Assert.IsNull(WiegandFormat.Parse("W3"));
            Assert.IsNull(WiegandFormat.Parse("X42"));
            Assert.AreEqual(7, WiegandFormat.W26.DecimalDigitsThatFit);
            Assert.AreEqual(9, WiegandFormat.W34.DecimalDigitsThatFit);
            Assert.AreEqual(12, WiegandFormat.W42.DecimalDigitsThatFit);
            Assert.AreEqual(16, WiegandFormat.W58.DecimalDigitsThatFit);
            Assert.AreEqual(19, WiegandFormat.W66.DecimalDigitsThatFit);
        }
    }
}
