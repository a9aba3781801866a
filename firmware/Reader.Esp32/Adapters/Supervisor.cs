using System;
using System.Threading;
using nanoFramework.Runtime.Native;
using Reader.Core.Ports;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// Managed watchdog. nanoFramework 1.x exposes no watchdog API to C# (the firmware's own hardware watchdog,
    /// NF_FEATURE_WATCHDOG, guards the native side only), so a timer checks that the reader loop still turns:
    /// the loop calls <see cref="Feed"/> every iteration; if no feed arrives for <see cref="StallMs"/> the device
    /// reboots (<see cref="Power.RebootDevice"/>). A hang inside native code that also stops the timer thread is left
    /// to the firmware watchdog.
    ///
    /// It also counts consecutive PN532 faults reported by the loop and tells the caller when to re-initialise the
    /// chip and when to give up and reboot.
    /// </summary>
    public sealed class Supervisor
    {
        public const int DefaultStallMs = 30000;
        public const int CheckPeriodMs = 5000;

        /// <summary>Consecutive faults after which the PN532 is re-initialised.</summary>
        public const int ReinitAfterFaults = 3;

        /// <summary>Failed re-initialisations after which the device reboots.</summary>
        public const int RebootAfterReinits = 5;

        private readonly ILogSink _log;
        private readonly Timer _timer;
        // Low 32 bits of the tick count: one int store is never torn, and the unchecked difference of two
        // wrapped values is still the elapsed time (for gaps under 24 days).
        private int _lastFeedMs;
        private int _faults;
        private int _reinits;

        public Supervisor(int stallMs, ILogSink log)
        {
            StallMs = stallMs;
            _log = log;
            _lastFeedMs = (int)Environment.TickCount64;
            _timer = new Timer(Check, null, CheckPeriodMs, CheckPeriodMs);
        }

        public int StallMs { get; }

        /// <summary>Called by the loop each turn. No allocation.</summary>
        public void Feed()
        {
            _lastFeedMs = (int)Environment.TickCount64;
        }

        /// <summary>The PN532 answered normally: clear the fault counts.</summary>
        public void ChipOk()
        {
            _faults = 0;
            _reinits = 0;
        }

        /// <summary>
        /// The PN532 failed (timeout, frame error, chip error). Returns true when the caller should re-initialise it
        /// now. Reboots the device when re-initialisation keeps failing.
        /// </summary>
        public bool ChipFault()
        {
            _faults++;
            if (_faults < ReinitAfterFaults) return false;
            _faults = 0;
            _reinits++;
            if (_reinits > RebootAfterReinits) Reboot("PN532 still failing after " + RebootAfterReinits.ToString() + " re-inits");
            return true;
        }

        public void Reboot(string reason)
        {
            _log.Log("supervisor: rebooting: " + reason);
            Thread.Sleep(100); // let the line out
            Power.RebootDevice();
        }

        private void Check(object state)
        {
            int silentMs = unchecked((int)Environment.TickCount64 - _lastFeedMs);
            if (silentMs > StallMs) Reboot("reader loop stalled for " + silentMs.ToString() + " ms");
        }
    }
}
