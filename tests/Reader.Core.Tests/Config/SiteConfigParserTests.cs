#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Reader.Core.Config;
using Reader.Core.Feedback;
using Reader.Core.Identity;

namespace Reader.Core.Tests.Config
{
    [TestClass]
    public class SiteConfigParserTests
    {
        private static ConfigErrors Parse(string text, SiteConfig config)
        {
            ConfigErrors errors = new ConfigErrors();
            SiteConfigParser.Parse(text, config, errors);
            return errors;
        }

        [TestMethod]
        public void AnEmptyFileGivesTheDocumentedDefaults()
        {
            SiteConfig config = new SiteConfig();
            Assert.AreEqual(0, Parse("# nothing\n\n", config).Count);
            Assert.AreEqual("W42", config.Format.Name);
            Assert.AreEqual(10, config.IdDigits);
            Assert.AreEqual((int)IdMode.LastDigits, (int)config.IdMode);
            Assert.AreEqual(3000, config.HoldOffMs);
            Assert.AreEqual(50, config.Timing.PulseUs);
            Assert.AreEqual(2000, config.Timing.PeriodUs);
            Assert.AreEqual(250, config.Timing.GapMs);
            Assert.AreEqual(17, config.Pins.Pn532Tx);
        }

        [TestMethod]
        public void ReadsEveryKindOfValue()
        {
            SiteConfig config = new SiteConfig();
            string text = "wiegand.format = W58\r\nid.mode = hmac  # privacy\nid.hmac_key = 000102030405060708090A0B0C0D0E0F\n"
                + "feedback.mode = follow\ncontroller.led = two-wire\npins.buzzer = 4\nemv.country = 826\nemv.currency = 0826\n"
                + "wifi.ssid = door-net\nwifi.password = correct horse\nholdoff.ms = 5000\nid.cards = uid-only\nid.uid_order = reversed\n";
            ConfigErrors errors = Parse(text, config);
            Assert.AreEqual(0, errors.Count, errors.Count > 0 ? errors.Describe(0) : "");
            Assert.AreEqual(58, config.Format.Bits);
            Assert.AreEqual((int)IdMode.Hmac, (int)config.IdMode);
            Assert.AreEqual(16, config.HmacKey.Length);
            Assert.AreEqual((int)FeedbackMode.Follow, (int)config.FeedbackMode);
            Assert.AreEqual((int)ControllerLedWiring.TwoWire, (int)config.LedWiring);
            Assert.AreEqual(4, config.Pins.Buzzer);
            Assert.AreEqual((byte)0x08, config.Terminal.CountryCode[0]);
            Assert.AreEqual((byte)0x26, config.Terminal.CountryCode[1]);
            Assert.AreEqual("door-net", config.WifiSsid);
            Assert.AreEqual(5000, config.HoldOffMs);
            Assert.AreEqual((int)CardRule.UidOnly, (int)config.CardRule);
            Assert.IsTrue(config.UidReversed);
            Assert.AreEqual("set (16 bytes)", SiteConfig.DescribeSecret(config.HmacKey));
        }

        [TestMethod]
        public void BadLinesAreReportedWithTheirNumbersAndWithoutTheirValues()
        {
            SiteConfig config = new SiteConfig();
            string text = "wiegand.format = W42\nfrobnicate = 1\nwiegand.pulse_us = 5\nno equals sign\npins.wiegand_d0 = 35\nid.hmac_key = secretsecret\n";
            ConfigErrors errors = Parse(text, config);
            Assert.AreEqual(5, errors.Count);
            Assert.AreEqual("line 2: frobnicate: unknown key", errors.Describe(0));
            Assert.AreEqual("line 3: wiegand.pulse_us: must be from 20 to 200", errors.Describe(1));
            Assert.AreEqual("line 4: expected key = value", errors.Describe(2));
            Assert.AreEqual("line 5: pins.wiegand_d0: GPIO 34-39 are input-only", errors.Describe(3));
            Assert.AreEqual(6, errors.Line(4));
            Assert.IsFalse(errors.Message(4).Contains("secret"));
        }

        [TestMethod]
        public void TenDigitsInW34AreRefusedWithWhatFits()
        {
            SiteConfig config = new SiteConfig();
            ConfigErrors errors = Parse("wiegand.format = W34\n", config);
            Assert.AreEqual(1, errors.Count);
            Assert.AreEqual("config: id.digits: last 10 digits need 34 bits; W34 carries 32: use W42 or longer, or last 9 digits", errors.Describe(0));
            Assert.AreEqual(0, Parse("wiegand.format = W34\nid.digits = 9\n", new SiteConfig()).Count);
        }

        [TestMethod]
        public void HmacModeWithoutAKeyIsRefused()
        {
            ConfigErrors errors = Parse("id.mode = hmac\n", new SiteConfig());
            Assert.AreEqual(1, errors.Count);
            Assert.IsTrue(errors.Message(0).StartsWith("id.hmac_key"));
        }

        [TestMethod]
        public void ErrorsAreBounded()
        {
            string text = "";
            for (int i = 0; i < 50; i++) text += "bad" + i.ToString() + " = 1\n";
            ConfigErrors errors = Parse(text, new SiteConfig());
            Assert.AreEqual(SiteConfigParser.MaxErrors, errors.Count);
            Assert.IsTrue(errors.Truncated);
        }
    }
}
