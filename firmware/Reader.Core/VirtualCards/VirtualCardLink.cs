using Reader.Core.Ports;

namespace Reader.Core.VirtualCards
{
    /// <summary>
    /// A card link straight to a virtual card, with no chip in between: for unit tests, replay and benchmarks.
    /// Counts APDUs and bytes so tests can check the engine takes the minimal path.
    /// </summary>
    public sealed class VirtualCardLink : ICardLink
    {
        private IVirtualCard _card;
        private bool _entered;
        private int _removeAfterExchanges = -1;

        /// <summary>Command APDUs sent since the card was placed.</summary>
        public int ExchangeCount;

        /// <summary>Command plus response bytes since the card was placed.</summary>
        public int ByteCount;

        /// <summary>Optional observer of every exchange (for transcripts); null for none.</summary>
        public IExchangeObserver Observer;

        /// <summary>Puts a card in the field; it is reset on the next poll.</summary>
        public void Place(IVirtualCard card)
        {
            _card = card;
            _entered = false;
            _removeAfterExchanges = -1;
            ExchangeCount = 0;
            ByteCount = 0;
        }

        /// <summary>Takes the card away.</summary>
        public void Remove()
        {
            _card = null;
        }

        /// <summary>The card is pulled away after it has answered this many exchanges (fault tests).</summary>
        public void RemoveAfter(int exchanges)
        {
            _removeAfterExchanges = exchanges;
        }

        public LinkStatus Poll(CardTarget target)
        {
            if (_card == null)
            {
                target.Clear();
                return LinkStatus.NoCard;
            }
            if (!_entered)
            {
                _card.Reset();
                _entered = true;
            }
            _card.Identify(target);
            return LinkStatus.Ok;
        }

        public LinkStatus Exchange(byte[] command, int commandLength, byte[] response, out int responseLength)
        {
            responseLength = 0;
            if (_card == null) return LinkStatus.CardRemoved;
            if (_removeAfterExchanges >= 0 && ExchangeCount >= _removeAfterExchanges)
            {
                _card = null;
                return LinkStatus.CardRemoved;
            }
            ExchangeCount++;
            int n = _card.Respond(command, commandLength, response);
            if (n < 0) return LinkStatus.Timeout;
            responseLength = n;
            ByteCount += commandLength + n;
            if (Observer != null) Observer.OnExchange(command, commandLength, response, n);
            return LinkStatus.Ok;
        }

        public void Release()
        {
            _entered = false;
        }
    }

    /// <summary>Sees each APDU exchange (for printing transcripts with the PAN masked).</summary>
    public interface IExchangeObserver
    {
        void OnExchange(byte[] command, int commandLength, byte[] response, int responseLength);
    }
}
