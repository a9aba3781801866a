#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using HexText = Reader.Core.Text.Hex;

namespace Reader.Core.Tests.Support
{
    /// <summary>
    /// Assertions shared by the MSTest and nanoFramework.TestFramework builds: both have AreEqual/IsTrue/IsFalse,
    /// so comparisons of byte arrays go through hex strings, which also print expected and found on a mismatch.
    /// </summary>
    public static class Check
    {
        public static void Hex(string expectedHex, byte[] actual, int offset, int count, string label)
        {
            string expected = HexText.Format(HexText.Parse(expectedHex));
            Assert.AreEqual(expected, HexText.Format(actual, offset, count), label);
        }

        public static void Hex(string expectedHex, byte[] actual, string label)
        {
            Hex(expectedHex, actual, 0, actual == null ? 0 : actual.Length, label);
        }

        /// <summary>
        /// Asserts a card number without ever printing it whole: on a mismatch the message shows both masked
        /// (first 6 + last 4), so test output stays free of full PANs.
        /// </summary>
        public static void Pan(string expected, char[] digits, int length, string label)
        {
            string actual = new string(digits, 0, length);
            Assert.IsTrue(expected == actual, label + ": expected " + Reader.Core.Text.PanMask.Mask(expected) + ", found " + Reader.Core.Text.PanMask.Mask(actual));
        }

        /// <summary>Converts a hex literal from a spec table; spaces allowed.</summary>
        public static byte[] Bytes(string hex)
        {
            return HexText.Parse(hex);
        }
    }
}
