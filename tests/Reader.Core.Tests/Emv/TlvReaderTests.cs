#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Emv;
using Reader.Core.Tests.Support;

namespace Reader.Core.Tests.Emv
{
    /// <summary>BER-TLV as EMV Book 3 Annex B uses it: valid forms, every truncation point, bad lengths and tags.</summary>
    [TestClass]
    public class TlvReaderTests
    {
        // PPSE answer of the binaryfoo Amex trace shape: 6F { 84, A5 { BF0C { 61 { 4F, 87 } } } }.
        private const string Fci = "6F1E840E325041592E5359532E4444463031A50CBF0C0961074F05A000000025";

        [TestMethod]
        public void ReadsOneByteTwoByteAndThreeByteTags()
        {
            byte[] data = Check.Bytes("5A0112 9F6B0134 DF81010156");
            TlvReader reader = new TlvReader(data, 0, data.Length);
            int tag, offset, length;
            Assert.AreEqual((int)TlvStatus.Ok, (int)reader.TryRead(out tag, out offset, out length));
            Assert.AreEqual(0x5A, tag);
            Assert.AreEqual(2, offset);
            Assert.AreEqual(1, length);
            Assert.AreEqual((int)TlvStatus.Ok, (int)reader.TryRead(out tag, out offset, out length));
            Assert.AreEqual(0x9F6B, tag);
            Assert.AreEqual((int)TlvStatus.Ok, (int)reader.TryRead(out tag, out offset, out length));
            Assert.AreEqual(0xDF8101, tag);
            Assert.AreEqual((int)TlvStatus.End, (int)reader.TryRead(out tag, out offset, out length));
        }

        [TestMethod]
        public void ReadsLongLengthForms()
        {
            byte[] data = new byte[3 + 200];
            data[0] = 0x70;
            data[1] = 0x81;
            data[2] = 200;
            TlvReader reader = new TlvReader(data, 0, data.Length);
            int tag, offset, length;
            Assert.AreEqual((int)TlvStatus.Ok, (int)reader.TryRead(out tag, out offset, out length));
            Assert.AreEqual(200, length);
            Assert.AreEqual(3, offset);

            byte[] two = new byte[4 + 300];
            two[0] = 0x70;
            two[1] = 0x82;
            two[2] = 0x01;
            two[3] = 0x2C;
            reader = new TlvReader(two, 0, two.Length);
            Assert.AreEqual((int)TlvStatus.Ok, (int)reader.TryRead(out tag, out offset, out length));
            Assert.AreEqual(300, length);
        }

        [TestMethod]
        public void EveryTruncationOfAnFciIsReportedNotOverrun()
        {
            byte[] full = Check.Bytes(Fci);
            for (int cut = 1; cut < full.Length; cut++)
            {
                TlvReader reader = new TlvReader(full, 0, cut);
                int tag, offset, length;
                TlvStatus status = reader.TryRead(out tag, out offset, out length);
                Assert.AreEqual((int)TlvStatus.Truncated, (int)status, "cut at " + cut);
                Assert.AreEqual(0, tag);
                Assert.AreEqual(0, offset);
                Assert.AreEqual(0, length);
                Assert.AreEqual(0, reader.Position, "the reader must not move on failure");
            }
        }

        [TestMethod]
        public void RejectsIndefiniteAndOverlongLengthsAndFourByteTags()
        {
            int tag, offset, length;
            byte[] indefinite = Check.Bytes("708000");
            Assert.AreEqual((int)TlvStatus.LengthTooLong, (int)new TlvReader(indefinite, 0, 3).TryRead(out tag, out offset, out length));
            byte[] threeBytes = Check.Bytes("7083000001FF");
            Assert.AreEqual((int)TlvStatus.LengthTooLong, (int)new TlvReader(threeBytes, 0, 6).TryRead(out tag, out offset, out length));
            byte[] longTag = Check.Bytes("DF81818101FF");
            Assert.AreEqual((int)TlvStatus.BadTag, (int)new TlvReader(longTag, 0, 6).TryRead(out tag, out offset, out length));
        }

        [TestMethod]
        public void FindsATagInsideNestedTemplates()
        {
            byte[] fci = Check.Bytes(Fci);
            int offset, length;
            Assert.IsTrue(TlvReader.Find(fci, 0, fci.Length, 0x4F, out offset, out length));
            Check.Hex("A000000025", fci, offset, length, "AID under 6F/A5/BF0C/61");
            Assert.IsFalse(TlvReader.Find(fci, 0, fci.Length, 0x9F38, out offset, out length));
        }

        [TestMethod]
        public void FindStopsAtTheDepthLimit()
        {
            // Eight nested 70 templates around a 5A: deeper than MaxDepth, so not found (and no recursion blow-up).
            byte[] data = Check.Bytes("700F700D700B7009700770057003" + "5A0112");
            int offset, length;
            Assert.IsFalse(TlvReader.Find(data, 0, data.Length, 0x5A, out offset, out length));
            byte[] shallow = Check.Bytes("700570035A0112");
            Assert.IsTrue(TlvReader.Find(shallow, 0, shallow.Length, 0x5A, out offset, out length));
        }

        [TestMethod]
        public void SkipsPaddingBetweenObjects()
        {
            byte[] data = Check.Bytes("00005A0112FFFF");
            TlvReader reader = new TlvReader(data, 0, data.Length);
            int tag, offset, length;
            Assert.AreEqual((int)TlvStatus.Ok, (int)reader.TryRead(out tag, out offset, out length));
            Assert.AreEqual(0x5A, tag);
            Assert.AreEqual((int)TlvStatus.End, (int)reader.TryRead(out tag, out offset, out length));
            Assert.IsTrue(reader.AtEnd || reader.Position == 5);
        }
    }
}
