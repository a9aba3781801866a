using Reader.Core.Ports;
using Reader.Core.VirtualCards;

namespace Reader.Host.Board;

/// <summary>A card link that shows every APDU exchange to an observer (for the demo's transcript).</summary>
public sealed class ObservedLink : ICardLink
{
    private readonly ICardLink _inner;
    private readonly IExchangeObserver _observer;

    public ObservedLink(ICardLink inner, IExchangeObserver observer)
    {
        _inner = inner;
        _observer = observer;
    }

    public LinkStatus Poll(CardTarget target) => _inner.Poll(target);

    public LinkStatus Exchange(byte[] command, int commandLength, byte[] response, out int responseLength)
    {
        LinkStatus status = _inner.Exchange(command, commandLength, response, out responseLength);
        if (status == LinkStatus.Ok) _observer.OnExchange(command, commandLength, response, responseLength);
        return status;
    }

    public void Release() => _inner.Release();
}
