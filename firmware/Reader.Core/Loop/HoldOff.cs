namespace Reader.Core.Loop
{
    /// <summary>
    /// Keeps one tap from sending the same ID twice: an ID equal to the last one sent is held back while the card is
    /// still seen, and for <see cref="WindowMs"/> after it was last seen (default 3 s). A different ID goes at once.
    /// </summary>
    public sealed class HoldOff
    {
        public const int DefaultWindowMs = 3000;

        public readonly int WindowMs;
        private bool _hasLast;
        private ulong _lastId;
        private long _lastSeenMs;

        public HoldOff(int windowMs)
        {
            WindowMs = windowMs;
        }

        /// <summary>True when <paramref name="id"/> may be sent now; records it as sent.</summary>
        public bool Allow(ulong id, long nowMs)
        {
            if (_hasLast && id == _lastId && nowMs - _lastSeenMs < WindowMs)
            {
                _lastSeenMs = nowMs;
                return false;
            }
            _hasLast = true;
            _lastId = id;
            _lastSeenMs = nowMs;
            return true;
        }

        /// <summary>The card that gave the last ID is still in the field: the window restarts from now.</summary>
        public void StillPresent(long nowMs)
        {
            if (_hasLast) _lastSeenMs = nowMs;
        }

        public void Clear()
        {
            _hasLast = false;
        }
    }
}
