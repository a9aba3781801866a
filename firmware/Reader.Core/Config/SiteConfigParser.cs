using Reader.Core.Feedback;
using Reader.Core.Identity;
using Reader.Core.Text;
using Reader.Core.Wiegand;

namespace Reader.Core.Config
{
    /// <summary>
    /// Parses the site configuration: one <c>key = value</c> per line, <c># comments</c>, blank lines ignored, keys
    /// case-insensitive. Unknown keys and bad values are collected as line-numbered errors (at most
    /// <see cref="MaxErrors"/>); nothing throws. After the lines, the whole is checked (the ID must fit the frame).
    /// Error messages never quote a value, since a line may hold a secret.
    /// </summary>
    public static class SiteConfigParser
    {
        public const int MaxErrors = 20;
        public const int MaxLines = 500;
        public const int MaxLineLength = 200;

        /// <summary>Parses <paramref name="text"/> into <paramref name="config"/>. Returns true when there was no error.</summary>
        public static bool Parse(string text, SiteConfig config, ConfigErrors errors)
        {
            string[] lines = text.Split(new char[] { '\n' });
            if (lines.Length > MaxLines)
            {
                errors.Add(MaxLines + 1, "too many lines (at most " + MaxLines.ToString() + ")");
                return false;
            }
            for (int i = 0; i < lines.Length; i++)
            {
                int lineNumber = i + 1;
                string line = lines[i].Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                if (line.Length > MaxLineLength)
                {
                    errors.Add(lineNumber, "line longer than " + MaxLineLength.ToString() + " characters");
                    continue;
                }
                int equals = line.IndexOf('=');
                if (equals <= 0)
                {
                    errors.Add(lineNumber, "expected key = value");
                    continue;
                }
                string key = line.Substring(0, equals).Trim().ToLower();
                string value = line.Substring(equals + 1).Trim();
                int hash = value.IndexOf(" #");
                if (hash >= 0) value = value.Substring(0, hash).Trim();
                string error = Apply(config, key, value);
                if (error != null) errors.Add(lineNumber, key + ": " + error);
            }
            CheckWhole(config, errors);
            return errors.Count == 0;
        }

        private static void CheckWhole(SiteConfig config, ConfigErrors errors)
        {
            WiegandFormat format = config.Format;
            if (format == null)
            {
                errors.Add(0, "wiegand.format: unknown format");
                return;
            }
            string timing = config.Timing.Validate();
            if (timing != null) errors.Add(0, "wiegand timing: " + timing);
            if (config.IdMode == IdMode.Hmac && (config.HmacKey == null || config.HmacKey.Length < 16))
            {
                errors.Add(0, "id.hmac_key: HMAC mode needs a key of at least 16 bytes (32 recommended)");
            }
            if (config.IdMode == IdMode.LastDigits)
            {
                IdPolicy probe = new IdPolicy(IdMode.LastDigits, config.IdDigits, null, config.CardRule, false);
                string fit = probe.CheckFits(format);
                if (fit != null) errors.Add(0, "id.digits: " + fit);
            }
        }

        private static string Apply(SiteConfig c, string key, string value)
        {
            switch (key)
            {
                case "wiegand.format":
                    if (WiegandFormat.Parse(value, c.Parity) == null && WiegandFormat.Parse(value, WiegandParity.None) == null)
                        return "unknown format (W26, W34, W37, W42, W58, W66, H10301, H10302, H10304, H10306 or WN for 4-66 bits)";
                    c.FormatName = value;
                    return null;
                case "wiegand.parity":
                    if (value == "halves") c.Parity = WiegandParity.Halves;
                    else if (value == "whole") c.Parity = WiegandParity.Whole;
                    else if (value == "none") c.Parity = WiegandParity.None;
                    else return "must be halves, whole or none";
                    return null;
                case "wiegand.pulse_us": return Int(value, WiegandTiming.MinPulseUs, WiegandTiming.MaxPulseUs, ref c.Timing.PulseUs);
                case "wiegand.period_us": return Int(value, WiegandTiming.MinPeriodUs, WiegandTiming.MaxPeriodUs, ref c.Timing.PeriodUs);
                case "wiegand.gap_ms": return Int(value, WiegandTiming.MinGapMs, WiegandTiming.MaxGapMs, ref c.Timing.GapMs);
                case "id.mode":
                    if (value == "last-digits") c.IdMode = IdMode.LastDigits;
                    else if (value == "hmac") c.IdMode = IdMode.Hmac;
                    else return "must be last-digits or hmac";
                    return null;
                case "id.digits": return Int(value, 1, LastDigits.MaxCount, ref c.IdDigits);
                case "id.hmac_key":
                    byte[] hmacKey = Hex.TryParse(value);
                    if (hmacKey == null || hmacKey.Length < 16 || hmacKey.Length > 64) return "must be 16-64 bytes of hex (32 recommended)";
                    c.HmacKey = hmacKey;
                    return null;
                case "id.cards":
                    if (value == "emv-only") c.CardRule = CardRule.EmvOnly;
                    else if (value == "emv-then-uid") c.CardRule = CardRule.EmvThenUid;
                    else if (value == "uid-only") c.CardRule = CardRule.UidOnly;
                    else return "must be emv-only, emv-then-uid or uid-only";
                    return null;
                case "id.uid_order":
                    if (value == "as-read") c.UidReversed = false;
                    else if (value == "reversed") c.UidReversed = true;
                    else return "must be as-read or reversed";
                    return null;
                case "holdoff.ms": return Int(value, 0, 60000, ref c.HoldOffMs);
                case "feedback.mode":
                    if (value == "local") c.FeedbackMode = FeedbackMode.Local;
                    else if (value == "follow") c.FeedbackMode = FeedbackMode.Follow;
                    else if (value == "override") c.FeedbackMode = FeedbackMode.Override;
                    else return "must be local, follow or override";
                    return null;
                case "controller.led":
                    if (value == "one-wire") c.LedWiring = ControllerLedWiring.OneWire;
                    else if (value == "two-wire") c.LedWiring = ControllerLedWiring.TwoWire;
                    else return "must be one-wire or two-wire";
                    return null;
                case "pins.pn532_tx": return Pin(value, true, ref c.Pins.Pn532Tx);
                case "pins.pn532_rx": return Pin(value, false, ref c.Pins.Pn532Rx);
                case "pins.wiegand_d0": return Pin(value, true, ref c.Pins.WiegandD0);
                case "pins.wiegand_d1": return Pin(value, true, ref c.Pins.WiegandD1);
                case "pins.led_red": return Pin(value, true, ref c.Pins.LedRed);
                case "pins.led_green": return Pin(value, true, ref c.Pins.LedGreen);
                case "pins.buzzer": return Pin(value, true, ref c.Pins.Buzzer);
                case "pins.controller_led": return Pin(value, false, ref c.Pins.ControllerLed);
                case "pins.controller_led_green": return Pin(value, false, ref c.Pins.ControllerLedGreen);
                case "pins.controller_beeper": return Pin(value, false, ref c.Pins.ControllerBeeper);
                case "emv.country": return Bcd(value, c.Terminal.CountryCode);
                case "emv.currency": return Bcd(value, c.Terminal.CurrencyCode);
                case "wifi.ssid":
                    if (value.Length > 32) return "at most 32 characters";
                    c.WifiSsid = value;
                    return null;
                case "wifi.password":
                    if (value.Length > 0 && (value.Length < 8 || value.Length > 63)) return "must be 8-63 characters";
                    c.WifiPassword = value;
                    return null;
                case "sntp.server":
                    c.SntpServer = value;
                    return null;
                default:
                    return "unknown key";
            }
        }

        /// <summary>Parses a whole number into <paramref name="result"/>; on error <paramref name="result"/> keeps its value.</summary>
        private static string Int(string value, int min, int max, ref int result)
        {
            if (value.Length == 0 || value.Length > 6) return "must be a whole number from " + min.ToString() + " to " + max.ToString();
            int n = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char ch = value[i];
                if (ch < '0' || ch > '9') return "must be a whole number from " + min.ToString() + " to " + max.ToString();
                n = n * 10 + (ch - '0');
            }
            if (n < min || n > max) return "must be from " + min.ToString() + " to " + max.ToString();
            result = n;
            return null;
        }

        /// <summary>ESP32 GPIO: outputs on 0-33 without the flash pins 6-11; inputs may also use 34-39.</summary>
        private static string Pin(string value, bool output, ref int result)
        {
            int pin = -1;
            string error = Int(value, 0, 39, ref pin);
            if (error != null) return error;
            if (pin >= 6 && pin <= 11) return "GPIO 6-11 are wired to the flash";
            if (output && pin >= 34) return "GPIO 34-39 are input-only";
            result = pin;
            return null;
        }

        /// <summary>A 3- or 4-digit ISO numeric code as two BCD bytes (0250 → 02 50).</summary>
        private static string Bcd(string value, byte[] target)
        {
            if (value.Length < 3 || value.Length > 4) return "must be a 3- or 4-digit ISO numeric code";
            int n = 0;
            string error = Int(value, 0, 9999, ref n);
            if (error != null) return "must be a 3- or 4-digit ISO numeric code";
            target[0] = (byte)(((n / 1000) << 4) | ((n / 100) % 10));
            target[1] = (byte)((((n / 10) % 10) << 4) | (n % 10));
            return null;
        }
    }

    /// <summary>Line-numbered configuration errors (line 0: about the file as a whole).</summary>
    public sealed class ConfigErrors
    {
        private readonly int[] _lines = new int[SiteConfigParser.MaxErrors];
        private readonly string[] _messages = new string[SiteConfigParser.MaxErrors];

        public int Count;

        /// <summary>More errors were found than kept.</summary>
        public bool Truncated;

        public void Add(int line, string message)
        {
            if (Count >= _lines.Length)
            {
                Truncated = true;
                return;
            }
            _lines[Count] = line;
            _messages[Count] = message;
            Count++;
        }

        public int Line(int index)
        {
            return _lines[index];
        }

        public string Message(int index)
        {
            return _messages[index];
        }

        /// <summary>"line N: message" (or "config: message" for the whole file).</summary>
        public string Describe(int index)
        {
            return (_lines[index] == 0 ? "config" : "line " + _lines[index].ToString()) + ": " + _messages[index];
        }
    }
}
