namespace Reader.Core.Ports
{
    /// <summary>Outcome of a card-link operation, named by what the caller does next.</summary>
    public enum LinkStatus
    {
        /// <summary>Done; the data is valid.</summary>
        Ok = 0,
        /// <summary>No card answered the poll: keep polling.</summary>
        NoCard = 1,
        /// <summary>The chip or the card did not answer in time.</summary>
        Timeout = 2,
        /// <summary>A frame from the chip was corrupt and could not be recovered.</summary>
        FrameError = 3,
        /// <summary>The RF exchange with the card failed (CRC, parity, protocol): the card is probably gone.</summary>
        RfError = 4,
        /// <summary>The chip reported an internal error or answered something unexpected.</summary>
        ChipError = 5,
        /// <summary>The operation was aborted by the host.</summary>
        Aborted = 6,
        /// <summary>The answer does not fit the caller's buffer; nothing was overrun.</summary>
        BufferTooSmall = 7,
        /// <summary>The card left the field.</summary>
        CardRemoved = 8,
    }

    /// <summary>Names for <see cref="LinkStatus"/>: enum names do not exist at run time on nanoFramework.</summary>
    public static class LinkStatusText
    {
        public static string Name(LinkStatus status)
        {
            switch (status)
            {
                case LinkStatus.Ok: return "ok";
                case LinkStatus.NoCard: return "no-card";
                case LinkStatus.Timeout: return "timeout";
                case LinkStatus.FrameError: return "frame-error";
                case LinkStatus.RfError: return "rf-error";
                case LinkStatus.ChipError: return "chip-error";
                case LinkStatus.Aborted: return "aborted";
                case LinkStatus.BufferTooSmall: return "buffer-too-small";
                case LinkStatus.CardRemoved: return "card-removed";
                default: return "unknown";
            }
        }
    }
}
