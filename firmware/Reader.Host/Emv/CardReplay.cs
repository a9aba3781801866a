using Reader.Core.Emv;
using Reader.Core.Identity;
using Reader.Core.Ports;
using Reader.Core.Text;
using Reader.Core.VirtualCards;
using Reader.Host.Cards;
using Reader.Host.Platform;

namespace Reader.Host.Emv;

/// <summary>One card file read by the EMV engine over an in-memory link, compared with the file's expectation.</summary>
public sealed class CardReplay
{
    public required CardFile Card { get; init; }
    public required ReadResult Result { get; init; }
    public required bool IsoDep { get; init; }

    /// <summary>"id" when the read produced a valid PAN, else "no-id".</summary>
    public string Outcome => Result.Outcome == ReadOutcome.Pan ? "id" : "no-id";

    public string Reason => IsoDep ? ReadReasonText.Name(Result.Reason) : "not-emv";

    /// <summary>The default ID (last 10 digits), or "" when there is none.</summary>
    public string Id
    {
        get
        {
            if (Result.Outcome != ReadOutcome.Pan) return "";
            return LastDigits.TryTake(Result.Pan, Result.PanLength, LastDigits.DefaultCount, out ulong value)
                ? LastDigits.Format(value, LastDigits.DefaultCount) : "";
        }
    }

    public string Aid => Hex.Format(Result.Aid, 0, Result.AidLength);

    /// <summary>Outcome equals the expectation and, for "id", the PAN is exactly the expected one.</summary>
    public bool Pass
    {
        get
        {
            if (Outcome != Card.Expect.Outcome) return false;
            if (Outcome != "id") return true;
            return new string(Result.Pan, 0, Result.PanLength) == Card.Expect.Pan;
        }
    }

    /// <summary>Reads one card with a fixed date and seeded randomness, so every run prints the same.</summary>
    public static CardReplay Run(CardFile card, TerminalConfig terminal = null)
    {
        var link = new VirtualCardLink();
        link.Place(card.ToVirtualCard());
        var reader = new EmvReader(link, terminal ?? new TerminalConfig(), ManualClock.Fixed(), new HostRandom(1));
        var target = new CardTarget();
        var result = new ReadResult();
        bool isoDep = link.Poll(target) == LinkStatus.Ok && target.IsIsoDep;
        if (isoDep) reader.Read(result);
        else result.Reason = ReadReason.NotEmv;
        link.Release();
        return new CardReplay { Card = card, Result = result, IsoDep = isoDep };
    }
}
