#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Emv;
using Reader.Core.Tests.Support;

namespace Reader.Core.Tests.Emv
{
    /// <summary>PAN carriers and checks; Luhn vectors from emv.md §9 (test cards of the public traces).</summary>
    [TestClass]
    public class PanTests
    {
        private static bool Luhn(string digits)
        {
            return Pan.LuhnValid(digits.ToCharArray(), digits.Length);
        }

        [TestMethod]
        public void LuhnVectors()
        {
            Assert.IsTrue(Luhn("4111111111111111"));
            Assert.IsFalse(Luhn("4111111111111112"));
            Assert.IsTrue(Luhn("79927398713"));
            Assert.IsFalse(Luhn("79927398710"));
            Assert.IsTrue(Luhn("374245001741007"));
            Assert.IsTrue(Luhn("374245455400001"));
            Assert.IsTrue(Luhn("5413330089600044"));
            Assert.IsTrue(Luhn("5413330056003511"));
            Assert.IsTrue(Luhn("4761340000000050"));
            Assert.IsTrue(Luhn("6210948000000011"));
            Assert.IsTrue(Luhn("3540829999421012"));
            Assert.IsTrue(Luhn("4000000000000000006"));
            Assert.IsFalse(Luhn("4761340000**0050"));
        }

        [TestMethod]
        public void LengthIsTwelveToNineteen()
        {
            Assert.IsFalse(Pan.LengthValid(11));
            Assert.IsTrue(Pan.LengthValid(12));
            Assert.IsTrue(Pan.LengthValid(19));
            Assert.IsFalse(Pan.LengthValid(20));
        }

        [TestMethod]
        public void ApplicationPanStopsAtFPadding()
        {
            char[] digits = new char[19];
            byte[] even = Check.Bytes("4761340000000050");
            Assert.AreEqual(16, Pan.FromApplicationPan(even, 0, even.Length, digits));
            Check.Pan("4761340000000050", digits, 16, "digits");
            byte[] odd = Check.Bytes("374245001741007F");
            Assert.AreEqual(15, Pan.FromApplicationPan(odd, 0, odd.Length, digits));
            byte[] nineteen = Check.Bytes("4000000000000000006F");
            Assert.AreEqual(19, Pan.FromApplicationPan(nineteen, 0, nineteen.Length, digits));
        }

        [TestMethod]
        public void ApplicationPanRejectsHexDigitsAndDataAfterPadding()
        {
            char[] digits = new char[19];
            byte[] letters = Check.Bytes("47613400000000A0");
            Assert.AreEqual(-1, Pan.FromApplicationPan(letters, 0, letters.Length, digits));
            byte[] afterPad = Check.Bytes("47613400F1");
            Assert.AreEqual(-1, Pan.FromApplicationPan(afterPad, 0, afterPad.Length, digits));
            byte[] tooLong = Check.Bytes("40000000000000000000006F");
            Assert.AreEqual(-1, Pan.FromApplicationPan(tooLong, 0, tooLong.Length, digits));
        }

        [TestMethod]
        public void Track2TakesDigitsBeforeTheSeparator()
        {
            // 57 of the binaryfoo Visa contact trace: PAN D YYMM service code ...
            char[] digits = new char[19];
            byte[] track2 = Check.Bytes("4761340000000050D17122011252345100");
            Assert.AreEqual(16, Pan.FromTrack2(track2, 0, track2.Length, digits));
            Check.Pan("4761340000000050", digits, 16, "digits");
            byte[] noSeparator = Check.Bytes("47613400000000501712");
            Assert.AreEqual(-1, Pan.FromTrack2(noSeparator, 0, noSeparator.Length, digits));
        }

        [TestMethod]
        public void Track1TakesDigitsBetweenFormatCodeAndCaret()
        {
            char[] digits = new char[19];
            // "B5413330056003511^TEST/CARD^2512..." in ASCII.
            byte[] track1 = Check.Bytes("42353431333333303035363030333531315E544553542F434152445E32353132");
            Assert.AreEqual(16, Pan.FromTrack1(track1, 0, track1.Length, digits));
            Check.Pan("5413330056003511", digits, 16, "digits");
            byte[] noCaret = Check.Bytes("4235343133");
            Assert.AreEqual(-1, Pan.FromTrack1(noCaret, 0, noCaret.Length, digits));
        }

        [TestMethod]
        public void SchemeFromBin()
        {
            Assert.AreEqual((int)CardScheme.Visa, (int)AidTable.SchemeOfPan("4761340000000050".ToCharArray(), 16));
            Assert.AreEqual((int)CardScheme.Mastercard, (int)AidTable.SchemeOfPan("5413330089600044".ToCharArray(), 16));
            Assert.AreEqual((int)CardScheme.Mastercard, (int)AidTable.SchemeOfPan("2221000000000009".ToCharArray(), 16));
            Assert.AreEqual((int)CardScheme.Mir, (int)AidTable.SchemeOfPan("2200000000000004".ToCharArray(), 16));
            Assert.AreEqual((int)CardScheme.Amex, (int)AidTable.SchemeOfPan("374245001741007".ToCharArray(), 15));
            Assert.AreEqual((int)CardScheme.Jcb, (int)AidTable.SchemeOfPan("3540829999421012".ToCharArray(), 16));
            Assert.AreEqual((int)CardScheme.UnionPay, (int)AidTable.SchemeOfPan("6210948000000011".ToCharArray(), 16));
            Assert.AreEqual((int)CardScheme.Discover, (int)AidTable.SchemeOfPan("6011000990139424".ToCharArray(), 16));
            Assert.AreEqual((int)CardScheme.Maestro, (int)AidTable.SchemeOfPan("6759649826438453".ToCharArray(), 16));
        }

        [TestMethod]
        public void SchemeFromAidPrefersMaestroInsideMastercardsRid()
        {
            Assert.AreEqual((int)CardScheme.Maestro, (int)AidTable.SchemeOfAid(Check.Bytes("A0000000043060"), 0, 7));
            Assert.AreEqual((int)CardScheme.Mastercard, (int)AidTable.SchemeOfAid(Check.Bytes("A0000000041010"), 0, 7));
            Assert.AreEqual((int)CardScheme.Mir, (int)AidTable.SchemeOfAid(Check.Bytes("A0000006581010"), 0, 7));
            Assert.AreEqual((int)CardScheme.Girocard, (int)AidTable.SchemeOfAid(Check.Bytes("D27600002547410100"), 0, 9));
            Assert.AreEqual((int)CardScheme.Unknown, (int)AidTable.SchemeOfAid(Check.Bytes("D9999999991010"), 0, 7));
        }
    }
}
