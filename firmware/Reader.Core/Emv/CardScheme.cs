namespace Reader.Core.Emv
{
    /// <summary>Payment scheme of a card, from its AID, else from its BIN.</summary>
    public enum CardScheme
    {
        Unknown = 0,
        Visa,
        Mastercard,
        Maestro,
        Mir,
        UnionPay,
        Amex,
        Jcb,
        Discover,
        Interac,
        Girocard,
        Cb,
    }

    public static class CardSchemeText
    {
        /// <summary>Display names, the same words the card corpus uses.</summary>
        public static string Name(CardScheme scheme)
        {
            switch (scheme)
            {
                case CardScheme.Visa: return "Visa";
                case CardScheme.Mastercard: return "Mastercard";
                case CardScheme.Maestro: return "Maestro";
                case CardScheme.Mir: return "Mir";
                case CardScheme.UnionPay: return "UnionPay";
                case CardScheme.Amex: return "American Express";
                case CardScheme.Jcb: return "JCB";
                case CardScheme.Discover: return "Discover";
                case CardScheme.Interac: return "Interac";
                case CardScheme.Girocard: return "girocard";
                case CardScheme.Cb: return "CB";
                default: return "unknown";
            }
        }
    }
}
