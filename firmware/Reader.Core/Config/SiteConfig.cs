using Reader.Core.Board;
using Reader.Core.Emv;
using Reader.Core.Feedback;
using Reader.Core.Identity;
using Reader.Core.Wiegand;

namespace Reader.Core.Config
{
    /// <summary>
    /// Everything a site sets, with the documented defaults (docs/config.md). Filled by <see cref="SiteConfigParser"/>
    /// from the plain <c>key = value</c> file the device reads at boot and <c>reader config check</c> validates.
    /// </summary>
    public sealed class SiteConfig
    {
        public string FormatName = "W42";
        public WiegandParity Parity = WiegandParity.Halves;
        public readonly WiegandTiming Timing = new WiegandTiming();

        public IdMode IdMode = IdMode.LastDigits;
        public int IdDigits = LastDigits.DefaultCount;
        public CardRule CardRule = CardRule.EmvThenUid;
        public bool UidReversed;

        /// <summary>HMAC site key. Never printed: see <see cref="DescribeSecret"/>.</summary>
        public byte[] HmacKey;

        public int HoldOffMs = Loop.HoldOff.DefaultWindowMs;

        public FeedbackMode FeedbackMode = FeedbackMode.Override;
        public ControllerLedWiring LedWiring = ControllerLedWiring.OneWire;

        public readonly BoardPins Pins = new BoardPins();
        public readonly TerminalConfig Terminal = new TerminalConfig();

        public string WifiSsid;

        /// <summary>Wi-Fi password. Never printed.</summary>
        public string WifiPassword;

        public string SntpServer;

        /// <summary>The Wiegand format the names and parity describe (null if the name is not a format).</summary>
        public WiegandFormat Format
        {
            get { return WiegandFormat.Parse(FormatName, Parity); }
        }

        /// <summary>The ID policy these settings describe. Call after a successful parse.</summary>
        public IdPolicy CreateIdPolicy()
        {
            return new IdPolicy(IdMode, IdDigits, HmacKey, CardRule, UidReversed);
        }

        /// <summary>"not set" or "set (N bytes)": how a secret is shown.</summary>
        public static string DescribeSecret(byte[] secret)
        {
            return secret == null || secret.Length == 0 ? "not set" : "set (" + secret.Length.ToString() + " bytes)";
        }

        public static string DescribeSecret(string secret)
        {
            return secret == null || secret.Length == 0 ? "not set" : "set";
        }
    }
}
