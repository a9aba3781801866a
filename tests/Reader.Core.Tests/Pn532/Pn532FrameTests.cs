#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Pn532;
using Reader.Core.Tests.Support;

namespace Reader.Core.Tests.Pn532
{
    /// <summary>Frames of NXP UM0701-02 §6.2, with the worked examples of pn532.md §1.1 (checksums verified there).</summary>
    [TestClass]
    public class Pn532FrameTests
    {
        private static string Build(string dataHex)
        {
            byte[] data = Check.Bytes(dataHex);
            byte[] frame = new byte[Pn532Frame.MaxFrameSize];
            int n = Pn532Frame.Build(Pn532Frame.HostToPn532, data, 0, data.Length, frame);
            return Reader.Core.Text.Hex.Format(frame, 0, n);
        }

        [TestMethod]
        public void BuildsTheWorkedHostFrames()
        {
            Assert.AreEqual("0000FF02FED4022A00", Build("02"), "GetFirmwareVersion");
            Assert.AreEqual("0000FF03FDD414011700", Build("1401"), "SAMConfiguration normal");
            Assert.AreEqual("0000FF03FDD412140600", Build("1214"), "SetParameters 0x14");
            Assert.AreEqual("0000FF06FAD43205000102F200", Build("3205000102"), "MaxRetries 00 01 02");
            Assert.AreEqual("0000FF04FCD44A0100E100", Build("4A0100"), "InListPassiveTarget 1x type A");
            Assert.AreEqual("0000FF17E9D44001" + "00A404000E325041592E5359532E444446303100" + "8F00",
                Build("4001" + "00A404000E325041592E5359532E444446303100"), "InDataExchange SELECT PPSE");
            Assert.AreEqual("0000FF03FDD45200DA00", Build("5200"), "InRelease all");
        }

        private static FrameKind Parse(string hex, out string data, out int consumed)
        {
            byte[] buffer = Check.Bytes(hex);
            byte tfi;
            int offset, length;
            FrameKind kind = Pn532Frame.TryParse(buffer, 0, buffer.Length, out tfi, out offset, out length, out consumed);
            data = kind == FrameKind.Information ? Reader.Core.Text.Hex.Format(buffer, offset, length) : "";
            return kind;
        }

        [TestMethod]
        public void ParsesTheWorkedPn532Answers()
        {
            string data;
            int consumed;
            Assert.AreEqual((int)FrameKind.Information, (int)Parse("0000FF06FAD50332010607E800", out data, out consumed));
            Assert.AreEqual("0332010607", data);
            Assert.AreEqual(13, consumed);
            Assert.AreEqual((int)FrameKind.Information, (int)Parse("0000FF11EFD54B0101000420040 8A1B2C3057880700229 00", out data, out consumed));
            Assert.AreEqual("4B010100042004" + "08A1B2C305788070" + "02", data);
        }

        [TestMethod]
        public void AckNackAndErrorFrames()
        {
            string data;
            int consumed;
            Assert.AreEqual((int)FrameKind.Ack, (int)Parse("0000FF00FF00", out data, out consumed));
            Assert.AreEqual(6, consumed);
            Assert.AreEqual((int)FrameKind.Nack, (int)Parse("0000FFFF0000", out data, out consumed));
            Assert.AreEqual((int)FrameKind.Error, (int)Parse("0000FF01FF7F8100", out data, out consumed));
        }

        [TestMethod]
        public void AckAndAnswerInOneReadAreTakenOneAfterTheOther()
        {
            // A real PN532 v1.6 sends them back to back (nfc-tools/libnfc#86).
            byte[] buffer = Check.Bytes("0000FF00FF00" + "0000FF03FDD54B00E000");
            byte tfi;
            int offset, length, consumed;
            Assert.AreEqual((int)FrameKind.Ack, (int)Pn532Frame.TryParse(buffer, 0, buffer.Length, out tfi, out offset, out length, out consumed));
            Assert.AreEqual((int)FrameKind.Information, (int)Pn532Frame.TryParse(buffer, consumed, buffer.Length - consumed, out tfi, out offset, out length, out consumed));
            Assert.AreEqual(2, length);
        }

        [TestMethod]
        public void FramesWithoutPreambleOrPostambleAndAfterJunkAreAccepted()
        {
            string data;
            int consumed;
            Assert.AreEqual((int)FrameKind.Information, (int)Parse("00FF02FED50328", out data, out consumed), "no preamble, no postamble");
            Assert.AreEqual((int)FrameKind.Information, (int)Parse("55555598801E66" + "0000FF02FED5032800", out data, out consumed), "junk before");
            Assert.AreEqual("03", data);
        }

        [TestMethod]
        public void EveryTruncationNeedsMoreAndNeverReadsPastTheEnd()
        {
            byte[] full = Check.Bytes("0000FF06FAD50332010607E800");
            for (int cut = 0; cut < full.Length - 1; cut++)
            {
                byte tfi;
                int offset, length, consumed;
                FrameKind kind = Pn532Frame.TryParse(full, 0, cut, out tfi, out offset, out length, out consumed);
                Assert.AreEqual((int)FrameKind.NeedMore, (int)kind, "cut at " + cut);
            }
        }

        [TestMethod]
        public void BadChecksumsAreReportedAndSkipped()
        {
            string data;
            int consumed;
            Assert.AreEqual((int)FrameKind.BadChecksum, (int)Parse("0000FF06FBD50332010607E800", out data, out consumed), "bad LCS");
            Assert.AreEqual((int)FrameKind.BadChecksum, (int)Parse("0000FF06FAD50332010607E900", out data, out consumed), "bad DCS");
            Assert.IsTrue(consumed > 0);
        }

        [TestMethod]
        public void ExtendedFramesBothWays()
        {
            byte[] data = new byte[300];
            for (int i = 0; i < data.Length; i++) data[i] = (byte)i;
            byte[] frame = new byte[Pn532Frame.MaxFrameSize];
            Assert.AreEqual(-1, Pn532Frame.Build(Pn532Frame.Pn532ToHost, data, 0, 300, frame), "over 264 data bytes");
            int n = Pn532Frame.Build(Pn532Frame.Pn532ToHost, data, 0, 260, frame);
            Check.Hex("0000FFFFFF0105FAD5", frame, 0, 9, "extended header: LENM 01, LENL 05, LCS FA");
            byte tfi;
            int offset, length, consumed;
            Assert.AreEqual((int)FrameKind.Information, (int)Pn532Frame.TryParse(frame, 0, n, out tfi, out offset, out length, out consumed));
            Assert.AreEqual(260, length);
            Assert.AreEqual((byte)0xD5, tfi);
            Assert.AreEqual((byte)7, frame[offset + 7]);
            // 255 data bytes: the first length that needs an extended frame (libnfc: 00 00 FF FF FF 01 00 FF D4 ...).
            n = Pn532Frame.Build(Pn532Frame.HostToPn532, data, 0, 255, frame);
            Check.Hex("0000FFFFFF0100FFD4", frame, 0, 9, "libnfc's 255-byte payload");
        }
    }
}
