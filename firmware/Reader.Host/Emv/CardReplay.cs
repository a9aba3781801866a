using Reader.Core.Config;
using Reader.Core.Emv;
using Reader.Core.Identity;
using Reader.Core.Ports;
using Reader.Core.Text;
using Reader.Core.Wiegand;
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

    /// <summary>The ID the site's policy makes of the PAN (decimal), or "" when there is none.</summary>
    public string Id { get; init; } = "";

    /// <summary>The Wiegand frame of the ID in the site's format, bits in transmission order, or "".</summary>
    public string WiegandBits { get; init; } = "";

    public string WiegandFormatName { get; init; } = "";

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

    /// <summary>
    /// Reads one card with a fixed date and seeded randomness, so every run prints the same, and makes its ID and
    /// Wiegand frame with the site configuration (defaults: last 10 digits, W42).
    /// </summary>
    public static CardReplay Run(CardFile card, SiteConfig site = null)
    {
        site ??= new SiteConfig();
        var link = new VirtualCardLink();
        link.Place(card.ToVirtualCard());
        var reader = new EmvReader(link, site.Terminal, ManualClock.Fixed(), new HostRandom(1));
        var target = new CardTarget();
        var result = new ReadResult();
        bool isoDep = link.Poll(target) == LinkStatus.Ok && target.IsIsoDep;
        if (isoDep) reader.Read(result);
        else result.Reason = ReadReason.NotEmv;
        link.Release();

        string id = "", bits = "";
        WiegandFormat format = site.Format;
        if (result.Outcome == ReadOutcome.Pan
            && site.CreateIdPolicy().FromPan(result.Pan, result.PanLength, format.PayloadBits, out ulong payload) == IdStatus.Ok)
        {
            id = site.IdMode == IdMode.LastDigits ? LastDigits.Format(payload, site.IdDigits) : payload.ToString();
            var frame = new byte[WiegandFormat.MaxBits];
            if (WiegandCodec.TryEncode(format, payload, frame))
            {
                var text = new char[format.Bits];
                for (int i = 0; i < format.Bits; i++) text[i] = (char)('0' + frame[i]);
                bits = new string(text);
            }
        }
        return new CardReplay { Card = card, Result = result, IsoDep = isoDep, Id = id, WiegandBits = bits, WiegandFormatName = format.Name };
    }
}
