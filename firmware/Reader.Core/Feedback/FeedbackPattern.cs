namespace Reader.Core.Feedback
{
    /// <summary>
    /// A named LED + buzzer sequence, as data: steps of (red, green, buzzer) held for a duration. Played once, then
    /// the reader returns to its idle look (docs/feedback.md shows each one).
    /// </summary>
    public sealed class FeedbackPattern
    {
        public const byte Red = 1;
        public const byte Green = 2;
        public const byte Amber = Red | Green;
        public const byte Buzz = 4;

        public readonly string Name;
        public readonly byte[] Steps;
        public readonly int[] DurationsMs;

        public FeedbackPattern(string name, byte[] steps, int[] durationsMs)
        {
            if (steps.Length != durationsMs.Length || steps.Length == 0) throw new System.ArgumentException("steps and durations must pair up");
            Name = name;
            Steps = steps;
            DurationsMs = durationsMs;
        }

        public int TotalMs
        {
            get
            {
                int total = 0;
                for (int i = 0; i < DurationsMs.Length; i++) total += DurationsMs[i];
                return total;
            }
        }

        /// <summary>Idle: steady red, silent (most controllers turn it green when they grant).</summary>
        public static readonly FeedbackPattern Ready = new FeedbackPattern("ready", new byte[] { Red }, new int[] { 1 });

        /// <summary>A card was read and its ID sent: green with one short beep.</summary>
        public static readonly FeedbackPattern ReadOk = new FeedbackPattern("read-ok",
            new byte[] { Green | Buzz, Green }, new int[] { 100, 400 });

        /// <summary>Access granted (controller's answer): green for 2 s with one long beep.</summary>
        public static readonly FeedbackPattern Granted = new FeedbackPattern("granted",
            new byte[] { Green | Buzz, Green }, new int[] { 300, 1700 });

        /// <summary>Access denied (controller's answer): red flashing three times, three beeps.</summary>
        public static readonly FeedbackPattern Denied = new FeedbackPattern("denied",
            new byte[] { Red | Buzz, 0, Red | Buzz, 0, Red | Buzz, 0 }, new int[] { 150, 150, 150, 150, 150, 150 });

        /// <summary>The card could not be read (no EMV application, bad data, Luhn failure, pulled away): amber blinks twice with two short beeps.</summary>
        public static readonly FeedbackPattern CardUnreadable = new FeedbackPattern("card-unreadable",
            new byte[] { Amber | Buzz, 0, Amber | Buzz, 0 }, new int[] { 80, 120, 80, 420 });

        /// <summary>A phone answered 6986: unlock or authenticate the wallet and tap again. Green/amber alternating, one long and two short beeps.</summary>
        public static readonly FeedbackPattern WalletNotAuthorised = new FeedbackPattern("wallet-not-authorised",
            new byte[] { Green | Buzz, Amber, Green | Buzz, Amber, Green | Buzz, Amber }, new int[] { 400, 200, 80, 200, 80, 640 });

        /// <summary>The reader itself is faulty (PN532 not answering): fast red flashing with a long beep.</summary>
        public static readonly FeedbackPattern HardwareFault = new FeedbackPattern("hardware-fault",
            new byte[] { Red | Buzz, 0, Red, 0, Red, 0, Red, 0 }, new int[] { 1000, 100, 100, 100, 100, 100, 100, 500 });
    }
}
