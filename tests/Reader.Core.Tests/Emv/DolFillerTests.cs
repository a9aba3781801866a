#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Emv;
using Reader.Core.Tests.Support;

namespace Reader.Core.Tests.Emv
{
    /// <summary>PDOL filling (EMV Book 3 §5.4; emv.md §5.2).</summary>
    [TestClass]
    public class DolFillerTests
    {
        private static string Fill(string dolHex, TerminalConfig terminal)
        {
            DolFiller filler = new DolFiller(terminal, new FixedClock(), new CountingRandom());
            filler.NewTransaction();
            byte[] dol = Check.Bytes(dolHex);
            byte[] output = new byte[300];
            int n = filler.Fill(dol, 0, dol.Length, output, 0);
            return n < 0 ? "error" : Reader.Core.Text.Hex.Format(output, 0, n);
        }

        [TestMethod]
        public void FillsTheTypicalVisaPdolExactly()
        {
            // 9F66 04, 9F02 06, 9F03 06, 9F1A 02, 95 05, 5F2A 02, 9A 03, 9C 01, 9F37 04 (Visa PDOL, emv.md §5.3).
            string data = Fill("9F66049F02069F03069F1A0295055F2A029A039C019F3704", new TerminalConfig());
            Assert.AreEqual("F620C000" + "000000000000" + "000000000000" + "0250" + "0000000000" + "0978" + "261124" + "00" + "11223344", data);
        }

        [TestMethod]
        public void TheLastPdolByteIsTheUnpredictableNumberNotLe()
        {
            // dotnet/iot wrote Le over the last PDOL byte (emv.md §14): the UN must survive whole.
            string data = Fill("9F3704", new TerminalConfig());
            Assert.AreEqual("11223344", data);
        }

        [TestMethod]
        public void NumericValuesAreRightJustifiedOrCutOnTheLeft()
        {
            TerminalConfig terminal = new TerminalConfig();
            terminal.AmountAuthorised = Check.Bytes("000000000199");
            Assert.AreEqual("00000000000199", Fill("9F0207", terminal));
            Assert.AreEqual("0199", Fill("9F0202", terminal));
            Assert.AreEqual("000250", Fill("9F1A03", terminal));
        }

        [TestMethod]
        public void BinaryAndTextValuesAreLeftJustifiedOrCutOnTheRight()
        {
            Assert.AreEqual("F620C00000", Fill("9F6605", new TerminalConfig()));
            Assert.AreEqual("F620", Fill("9F6602", new TerminalConfig()));
            TerminalConfig terminal = new TerminalConfig();
            terminal.MerchantName = Check.Bytes("414243");
            Assert.AreEqual("4142430000", Fill("9F4E05", terminal));
        }

        [TestMethod]
        public void CompressedNumericPadsWithF()
        {
            byte[] output = new byte[4];
            DolFiller.Fit(Check.Bytes("1234"), 2, ValueFormat.CompressedNumeric, output, 0, 4);
            Check.Hex("1234FFFF", output, "cn padding");
        }

        [TestMethod]
        public void UnknownTagsAreZerosAndRepeatedTagsAreFilledEachTime()
        {
            // 9A twice, as a real Visa PDOL did (russss/python-emv#22), and 9F52 (JCB) unknown to the reader.
            Assert.AreEqual("261124" + "0000" + "261124", Fill("9A039F52029A03", new TerminalConfig()));
        }

        [TestMethod]
        public void MalformedOrOversizedDolsAreRefused()
        {
            Assert.AreEqual("error", Fill("9F", new TerminalConfig()));
            Assert.AreEqual("error", Fill("9F66", new TerminalConfig()));
            Assert.AreEqual("error", Fill("9F4EFF9F4EFF", new TerminalConfig()));
        }

        [TestMethod]
        public void AlternativeTtqIsUsedOnlyWhenAsked()
        {
            DolFiller filler = new DolFiller(new TerminalConfig(), new FixedClock(), new CountingRandom());
            filler.NewTransaction();
            filler.UseAlternativeTtq(true);
            byte[] dol = Check.Bytes("9F6604");
            byte[] output = new byte[4];
            Assert.AreEqual(4, filler.Fill(dol, 0, dol.Length, output, 0));
            Check.Hex("36804000", output, "alternative TTQ");
        }
    }
}
