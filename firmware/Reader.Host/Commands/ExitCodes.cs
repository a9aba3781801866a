namespace Reader.Host.Commands;

/// <summary>Process exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Success (for replay: every card matched its expectation).</summary>
    public const int Ok = 0;

    /// <summary>The command ran, and what it checked failed (a card mismatched, a config is invalid).</summary>
    public const int Failed = 1;

    /// <summary>Wrong arguments.</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read (missing file, serial port that will not open).</summary>
    public const int InputError = 3;
}
