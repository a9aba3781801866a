#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Identity;
using Reader.Core.Ports;
using Reader.Core.Tests.Support;
using Reader.Core.Wiegand;

namespace Reader.Core.Tests.Identity
{
    [TestClass]
    public class IdPolicyTests
    {
        private static byte[] Ascii(string s)
        {
            byte[] b = new byte[s.Length];
            for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
            return b;
        }

        private static string Sha(string message)
        {
            Sha256 sha = new Sha256();
            byte[] m = Ascii(message);
            sha.Update(m, 0, m.Length);
            byte[] digest = new byte[32];
            sha.Final(digest, 0);
            return Reader.Core.Text.Hex.Format(digest);
        }

        [TestMethod]
        public void Sha256NistVectors()
        {
            // FIPS 180-4 examples (NIST CSRC "SHA256.pdf"): "abc", the empty string, the 448-bit message.
            Assert.AreEqual("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", Sha("abc"));
            Assert.AreEqual("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", Sha(""));
            Assert.AreEqual("248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1",
                Sha("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        }

        private static string Hmac(string keyHex, byte[] message)
        {
            HmacSha256 hmac = new HmacSha256(Check.Bytes(keyHex));
            byte[] mac = new byte[32];
            hmac.Compute(message, 0, message.Length, mac, 0);
            return Reader.Core.Text.Hex.Format(mac);
        }

        [TestMethod]
        public void HmacRfc4231TestCases()
        {
            // RFC 4231 §4.2, §4.3, §4.6 (truncated to 128 bits there), §4.7.
            Assert.AreEqual("B0344C61D8DB38535CA8AFCEAF0BF12B881DC200C9833DA726E9376C2E32CFF7",
                Hmac("0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B", Ascii("Hi There")));
            Assert.AreEqual("5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843",
                Hmac("4A656665", Ascii("what do ya want for nothing?")));
            Assert.AreEqual("A3B6167473100EE06E0C796C2955552B",
                Hmac("0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C", Ascii("Test With Truncation")).Substring(0, 32));
            string longKey = "";
            for (int i = 0; i < 131; i++) longKey += "AA";
            Assert.AreEqual("60E431591EE0B67F0D8A26AACBF5B77F8E0BC6213728C5140546040F0EE37F54",
                Hmac(longKey, Ascii("Test Using Larger Than Block-Size Key - Hash Key First")));
        }

        [TestMethod]
        public void HmacIdMatchesTheReferenceExample()
        {
            // wiegand.md §9.4: key "example-site-key", PAN 4111111111111111 → 6FB667680D65E7...
            IdPolicy policy = new IdPolicy(IdMode.Hmac, 10, Ascii("example-site-key"), CardRule.EmvThenUid, false);
            char[] pan = "4111111111111111".ToCharArray();
            ulong payload;
            Assert.AreEqual((int)IdStatus.Ok, (int)policy.FromPan(pan, pan.Length, 32, out payload));
            Assert.AreEqual((ulong)0x6FB66768, payload);
            policy.FromPan(pan, pan.Length, 40, out payload);
            Assert.AreEqual((ulong)0x6FB667680D, payload);
            policy.FromPan(pan, pan.Length, 56, out payload);
            Assert.AreEqual((ulong)0x6FB667680D65E7, payload);
        }

        [TestMethod]
        public void LastTenDigitsFitW42ButNotW34()
        {
            IdPolicy policy = IdPolicy.Default();
            Assert.IsNull(policy.CheckFits(WiegandFormat.W42));
            Assert.AreEqual("last 10 digits need 34 bits; W34 carries 32: use W42 or longer, or last 9 digits", policy.CheckFits(WiegandFormat.W34));
            char[] pan = "4761340000000050".ToCharArray();
            ulong payload;
            Assert.AreEqual((int)IdStatus.Ok, (int)policy.FromPan(pan, pan.Length, 40, out payload));
            Assert.AreEqual((ulong)50, payload);
            char[] big = "4761349999999999".ToCharArray();
            Assert.AreEqual((int)IdStatus.DoesNotFit, (int)policy.FromPan(big, big.Length, 32, out payload));
        }

        [TestMethod]
        public void UidRules()
        {
            IdPolicy policy = IdPolicy.Default();
            CardTarget troika = new CardTarget();
            byte[] uid = Check.Bytes("04AF68DAC85A80");
            System.Array.Copy(uid, troika.Uid, 7);
            troika.UidLength = 7;
            ulong payload;
            Assert.AreEqual((int)IdStatus.Ok, (int)policy.FromUid(troika, 56, out payload));
            Assert.AreEqual((ulong)0x04AF68DAC85A80, payload);
            Assert.AreEqual((int)IdStatus.DoesNotFit, (int)policy.FromUid(troika, 32, out payload));

            IdPolicy reversed = new IdPolicy(IdMode.LastDigits, 10, null, CardRule.EmvThenUid, true);
            Assert.AreEqual((int)IdStatus.Ok, (int)reversed.FromUid(troika, 56, out payload));
            Assert.AreEqual((ulong)0x805AC8DA68AF04, payload);

            CardTarget phone = new CardTarget();
            byte[] random = Check.Bytes("08A1B2C3");
            System.Array.Copy(random, phone.Uid, 4);
            phone.UidLength = 4;
            Assert.AreEqual((int)IdStatus.RandomUid, (int)policy.FromUid(phone, 40, out payload));

            IdPolicy emvOnly = new IdPolicy(IdMode.LastDigits, 10, null, CardRule.EmvOnly, false);
            Assert.AreEqual((int)IdStatus.NoIdentity, (int)emvOnly.FromUid(troika, 56, out payload));

            CardTarget triple = new CardTarget();
            for (int i = 0; i < 10; i++) triple.Uid[i] = (byte)(i + 1);
            triple.UidLength = 10;
            Assert.AreEqual((int)IdStatus.Ok, (int)policy.FromUid(triple, 64, out payload));
            Assert.AreEqual((ulong)0x030405060708090A, payload);
        }
    }
}
