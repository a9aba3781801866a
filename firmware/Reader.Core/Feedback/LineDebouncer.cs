namespace Reader.Core.Feedback
{
    /// <summary>
    /// One input line's debounced level: a new raw level is accepted once it has held for the debounce time, so
    /// contact bounce and relay chatter on long cables do not reach the feedback. Pure C# (host-tested:
    /// tests/Reader.Host.Tests/Feedback/LineDebouncerTests.cs); no allocation.
    /// </summary>
    public sealed class LineDebouncer
    {
        private readonly int _debounceMs;
        private bool _candidate;
        private long _candidateSinceMs;

        public LineDebouncer(bool initialLevel, long nowMs, int debounceMs)
        {
            Level = initialLevel;
            _candidate = initialLevel;
            _candidateSinceMs = nowMs;
            _debounceMs = debounceMs;
        }

        /// <summary>The debounced level.</summary>
        public bool Level { get; private set; }

        /// <summary>Feeds one raw sample; returns true when <see cref="Level"/> changed.</summary>
        public bool Update(bool raw, long nowMs)
        {
            if (raw != _candidate)
            {
                _candidate = raw;
                _candidateSinceMs = nowMs;
            }

            if (_candidate != Level && nowMs - _candidateSinceMs >= _debounceMs)
            {
                Level = _candidate;
                return true;
            }

            return false;
        }
    }
}
