namespace Reader.Core.Ports
{
    /// <summary>Time for the core: a monotonic millisecond counter and the calendar date (UTC).</summary>
    public interface IClock
    {
        /// <summary>Milliseconds since an arbitrary start; never goes backwards.</summary>
        long NowMs { get; }

        /// <summary>Current UTC date and time. May be a default epoch until network time arrives.</summary>
        System.DateTime UtcNow { get; }
    }
}
