using Reader.Core.Emv;
using Reader.Core.Feedback;
using Reader.Core.Identity;
using Reader.Core.Ports;
using Reader.Core.Wiegand;

namespace Reader.Core.Loop
{
    /// <summary>What one step of the loop did, named by what happens next.</summary>
    public enum TapOutcome
    {
        /// <summary>No card: keep polling.</summary>
        NoCard = 0,
        /// <summary>The card that was just read is still in the field: nothing read, nothing sent.</summary>
        StillPresent = 1,
        /// <summary>An ID was sent as a whole Wiegand frame.</summary>
        Sent = 2,
        /// <summary>The ID equals the one just sent (card left on the reader, or tapped again within the window): not sent.</summary>
        HeldOff = 3,
        /// <summary>The card gave no ID; <see cref="TapReport.Reason"/> says why. Nothing was sent.</summary>
        NoId = 4,
        /// <summary>The link to the PN532 failed; the reader keeps polling and recovers.</summary>
        LinkFault = 5,
    }

    /// <summary>The reader's own reasons beyond the EMV ones, as printed in logs.</summary>
    public static class TapReason
    {
        public const string RandomUid = "random-uid";
        public const string UidNotAllowed = "uid-not-allowed";
        public const string DoesNotFit = "id-does-not-fit";
        public const string OutputFailed = "wiegand-output-failed";
    }

    /// <summary>The last tap, in fields reused from tap to tap.</summary>
    public sealed class TapReport
    {
        public TapOutcome Outcome;

        /// <summary>Kebab-case reason (EMV reason names, or a <see cref="TapReason"/>); "ok" when sent.</summary>
        public string Reason = "ok";

        /// <summary>"emv" or "uid".</summary>
        public string Source = "";

        public ulong Payload;
        public readonly ReadResult Read = new ReadResult();
        public readonly CardTarget Target = new CardTarget();
        public FeedbackPattern Pattern;
        public LinkStatus Link;
    }

    /// <summary>Counters since start: taps, IDs sent, hold-offs, failures by reason, link faults.</summary>
    public sealed class ReaderCounters
    {
        public int Polls;
        public int Taps;
        public int Sent;
        public int HeldOff;
        public int NoId;
        public int LinkFaults;

        /// <summary>No-ID reads by <see cref="ReadReason"/> (index = the enum value).</summary>
        public readonly int[] ByReason = new int[(int)ReadReason.TooManyCommands + 1];

        public int RandomUids;
        public int DoesNotFit;
    }

    /// <summary>
    /// The reader: poll → read (EMV, or UID for non-payment cards) → ID → hold-off → Wiegand → feedback. Every path
    /// ends with a reason, a feedback pattern, a masked log line and polling again; nothing is sent unless a whole,
    /// valid ID exists. Call <see cref="Step"/> in a loop; it never blocks longer than one poll or one card read.
    /// No allocation while no card is present.
    /// </summary>
    public sealed class ReaderLoop
    {
        /// <summary>After a failed read with the card still there, wait this long before reading it again (phones unlock, cards settle).</summary>
        public const int RetryAfterFailureMs = 1000;

        /// <summary>Consecutive polls without the card before it counts as gone.</summary>
        public const int AbsentPollsForRemoval = 2;

        /// <summary>Consecutive link faults before the hardware-fault pattern plays.</summary>
        public const int FaultsForHardwarePattern = 3;

        private readonly ICardLink _link;
        private readonly EmvReader _emv;
        private readonly IdPolicy _policy;
        private readonly WiegandSender _sender;
        private readonly FeedbackController _feedback;
        private readonly HoldOff _holdOff;
        private readonly IClock _clock;
        private readonly ILogSink _log;

        private bool _cardInField;
        private int _absentPolls;
        private long _retryAtMs;
        private int _consecutiveFaults;
        private bool _pending;
        private ulong _pendingPayload;

        public readonly ReaderCounters Counters = new ReaderCounters();
        public readonly TapReport Last = new TapReport();

        public ReaderLoop(ICardLink link, EmvReader emv, IdPolicy policy, WiegandSender sender, FeedbackController feedback,
            HoldOff holdOff, IClock clock, ILogSink log)
        {
            _link = link;
            _emv = emv;
            _policy = policy;
            _sender = sender;
            _feedback = feedback;
            _holdOff = holdOff;
            _clock = clock;
            _log = log;
        }

        /// <summary>The controller's LED/beeper line levels (true = high), for the feedback modes.</summary>
        public void ControllerLines(bool led, bool ledGreen, bool beeper)
        {
            _feedback.ControllerLines(led, ledGreen, beeper, _clock.NowMs);
        }

        /// <summary>Updates LED and buzzer without polling (for callers that poll less often than they tick).</summary>
        public void Tick()
        {
            _feedback.Tick(_clock.NowMs);
            if (_pending) SendPending();
        }

        /// <summary>One poll and, when a new card is there, one whole read.</summary>
        public TapOutcome Step()
        {
            Tick();
            Counters.Polls++;
            CardTarget target = Last.Target;
            LinkStatus status = _link.Poll(target);
            long now = _clock.NowMs;

            if (status == LinkStatus.NoCard)
            {
                _consecutiveFaults = 0;
                if (_cardInField && ++_absentPolls >= AbsentPollsForRemoval) _cardInField = false;
                return TapOutcome.NoCard;
            }
            if (status != LinkStatus.Ok)
            {
                Counters.LinkFaults++;
                Last.Link = status;
                if (++_consecutiveFaults == FaultsForHardwarePattern)
                {
                    _feedback.Play(FeedbackPattern.HardwareFault, now);
                    _log.Log("reader: PN532 link " + LinkStatusText.Name(status) + " " + _consecutiveFaults.ToString() + " times in a row");
                }
                return TapOutcome.LinkFault;
            }
            _consecutiveFaults = 0;
            _absentPolls = 0;

            if (_cardInField && now < _retryAtMs)
            {
                _holdOff.StillPresent(now);
                _link.Release();
                return TapOutcome.StillPresent;
            }
            _cardInField = true;
            return ReadCard(target, now);
        }

        private TapOutcome ReadCard(CardTarget target, long now)
        {
            Counters.Taps++;
            TapReport report = Last;
            ReadResult read = report.Read;
            read.Clear();
            report.Payload = 0;
            report.Source = "";
            report.Link = LinkStatus.Ok;

            bool haveId = false;
            string reason;
            bool tryUid;
            if (target.IsIsoDep && _policy.Rule != CardRule.UidOnly)
            {
                _emv.Read(read);
                reason = ReadReasonText.Name(read.Reason);
                // A UID stands in only for cards that are not payment cards at all: a bank card that failed to read
                // must never fall back to its UID.
                tryUid = read.Reason == ReadReason.NoApplication || read.Reason == ReadReason.NotEmv;
                if (read.Outcome == ReadOutcome.Pan)
                {
                    IdStatus idStatus = _policy.FromPan(read.Pan, read.PanLength, _sender.Format.PayloadBits, out report.Payload);
                    haveId = idStatus == IdStatus.Ok;
                    report.Source = "emv";
                    if (!haveId) reason = Describe(idStatus);
                }
            }
            else
            {
                reason = ReadReasonText.Name(ReadReason.NotEmv);
                tryUid = true;
            }
            if (!haveId && tryUid && _policy.Rule != CardRule.EmvOnly)
            {
                IdStatus idStatus = _policy.FromUid(target, _sender.Format.PayloadBits, out report.Payload);
                if (idStatus == IdStatus.Ok)
                {
                    haveId = true;
                    report.Source = "uid";
                    reason = "ok";
                }
                else if (idStatus == IdStatus.RandomUid)
                {
                    reason = TapReason.RandomUid;
                    Counters.RandomUids++;
                }
                else if (idStatus == IdStatus.DoesNotFit)
                {
                    reason = TapReason.DoesNotFit;
                }
            }
            _link.Release();

            if (!haveId) return NoId(report, read, reason, now);

            if (!_holdOff.Allow(report.Payload, now))
            {
                Counters.HeldOff++;
                report.Outcome = TapOutcome.HeldOff;
                report.Reason = "held-off";
                report.Pattern = null;
                _retryAtMs = long.MaxValue;
                return TapOutcome.HeldOff;
            }
            _retryAtMs = long.MaxValue;
            WiegandSendStatus sent = _sender.Send(report.Payload);
            if (sent == WiegandSendStatus.Busy)
            {
                _pending = true;
                _pendingPayload = report.Payload;
                sent = WiegandSendStatus.Sent;
            }
            if (sent != WiegandSendStatus.Sent)
            {
                Counters.DoesNotFit++;
                return NoId(report, read, sent == WiegandSendStatus.DoesNotFit ? TapReason.DoesNotFit : TapReason.OutputFailed, now);
            }
            Counters.Sent++;
            report.Outcome = TapOutcome.Sent;
            report.Reason = "ok";
            report.Pattern = FeedbackPattern.ReadOk;
            _feedback.Play(FeedbackPattern.ReadOk, now);
            _log.Log("tap: " + report.Source + " " + Describe(read, target) + " id sent (" + _sender.Format.Name + ") apdus=" + read.ApduCount.ToString());
            return TapOutcome.Sent;
        }

        private TapOutcome NoId(TapReport report, ReadResult read, string reason, long now)
        {
            Counters.NoId++;
            if (read.Outcome != ReadOutcome.Pan || reason != "ok") Counters.ByReason[(int)read.Reason]++;
            report.Outcome = TapOutcome.NoId;
            report.Reason = reason;
            report.Payload = 0;
            report.Pattern = read.Reason == ReadReason.WalletNotAuthorised ? FeedbackPattern.WalletNotAuthorised : FeedbackPattern.CardUnreadable;
            _feedback.Play(report.Pattern, now);
            _retryAtMs = now + RetryAfterFailureMs;
            string sw = read.LastStatusWord < 0 ? "none" : read.LastStatusWord.ToString("X4");
            _log.Log("tap: no id, reason " + reason + " " + Describe(read, report.Target) + " sw=" + sw + " apdus=" + read.ApduCount.ToString());
            return TapOutcome.NoId;
        }

        private void SendPending()
        {
            WiegandSendStatus sent = _sender.Send(_pendingPayload);
            if (sent == WiegandSendStatus.Busy) return;
            _pending = false;
            if (sent != WiegandSendStatus.Sent) _log.Log("reader: queued frame not sent (" + (sent == WiegandSendStatus.DoesNotFit ? TapReason.DoesNotFit : TapReason.OutputFailed) + ")");
        }

        /// <summary>Scheme, AID and masked PAN for the log; never the full number.</summary>
        private static string Describe(ReadResult read, CardTarget target)
        {
            if (read.AidLength == 0 && read.PanLength == 0)
            {
                return "card sak=" + target.Sak.ToString("X2") + " uid-bytes=" + target.UidLength.ToString();
            }
            string pan = read.PanLength > 0 ? read.MaskedPan() : "-";
            return CardSchemeText.Name(read.Scheme) + " aid=" + Text.Hex.Format(read.Aid, 0, read.AidLength) + " pan=" + pan
                + (read.IsPhoneToken ? " (phone token)" : "");
        }

        private static string Describe(IdStatus status)
        {
            switch (status)
            {
                case IdStatus.DoesNotFit: return TapReason.DoesNotFit;
                case IdStatus.RandomUid: return TapReason.RandomUid;
                default: return TapReason.UidNotAllowed;
            }
        }
    }
}
