using Reader.Core.Ports;

namespace Reader.Core.Feedback
{
    /// <summary>Who drives the reader's LED and buzzer (wiegand.md §3).</summary>
    public enum FeedbackMode
    {
        /// <summary>Only the reader's own patterns; the controller's lines are ignored.</summary>
        Local = 0,
        /// <summary>Only the controller's LED and beeper lines; the reader's own patterns are not shown.</summary>
        Follow = 1,
        /// <summary>The reader's patterns, except while the controller drives a line (green LED or beeper): the controller wins.</summary>
        Override = 2,
    }

    /// <summary>How the controller's LED reaches the reader.</summary>
    public enum ControllerLedWiring
    {
        /// <summary>One line: high or open = red, low = green (HID convention).</summary>
        OneWire = 0,
        /// <summary>Two lines, red and green, each active low.</summary>
        TwoWire = 1,
    }

    /// <summary>
    /// Drives the LED and buzzer from the reader's patterns and the controller's lines. Driven by Tick(nowMs) from
    /// the reader loop (no threads, no timers); writes to the indicator only when something changes.
    /// A beeper line held low longer than <see cref="BeeperSafetyMs"/> is ignored until it is released, so a stuck
    /// line cannot keep the buzzer on.
    /// </summary>
    public sealed class FeedbackController
    {
        public const int BeeperSafetyMs = 30000;

        private readonly IIndicator _indicator;
        private readonly FeedbackMode _mode;
        private readonly ControllerLedWiring _wiring;

        private FeedbackPattern _pattern;
        private long _patternStartMs;

        private bool _ledLine = true;
        private bool _ledGreenLine = true;
        private bool _beeperLine = true;
        private long _beeperLowSinceMs;
        private bool _beeperStuck;

        private int _lastOutput = -1;

        public FeedbackController(IIndicator indicator, FeedbackMode mode, ControllerLedWiring wiring)
        {
            _indicator = indicator;
            _mode = mode;
            _wiring = wiring;
        }

        /// <summary>The pattern now playing, or null when idle.</summary>
        public FeedbackPattern Playing
        {
            get { return _pattern; }
        }

        /// <summary>Starts a pattern (replacing any other).</summary>
        public void Play(FeedbackPattern pattern, long nowMs)
        {
            _pattern = pattern;
            _patternStartMs = nowMs;
            Tick(nowMs);
        }

        /// <summary>The controller's line levels (true = high). In one-wire mode <paramref name="ledGreen"/> is ignored.</summary>
        public void ControllerLines(bool led, bool ledGreen, bool beeper, long nowMs)
        {
            if (!beeper && _beeperLine) _beeperLowSinceMs = nowMs;
            if (beeper) _beeperStuck = false;
            _ledLine = led;
            _ledGreenLine = ledGreen;
            _beeperLine = beeper;
        }

        /// <summary>Updates the outputs for the time now. Returns the output flags (FeedbackPattern.Red/Green/Buzz).</summary>
        public int Tick(long nowMs)
        {
            if (!_beeperLine && nowMs - _beeperLowSinceMs >= BeeperSafetyMs) _beeperStuck = true;

            int local = LocalOutput(nowMs);
            int controller = ControllerOutput();
            int output;
            if (_mode == FeedbackMode.Local)
            {
                output = local;
            }
            else if (_mode == FeedbackMode.Follow)
            {
                output = controller;
            }
            else
            {
                bool controllerActive = ControllerDrivesLed() || ControllerBeeps();
                output = controllerActive ? controller : local;
            }

            if (output != _lastOutput)
            {
                _indicator.SetLed((output & FeedbackPattern.Red) != 0, (output & FeedbackPattern.Green) != 0);
                _indicator.SetBuzzer((output & FeedbackPattern.Buzz) != 0);
                _lastOutput = output;
            }
            return output;
        }

        private int LocalOutput(long nowMs)
        {
            if (_pattern != null)
            {
                long elapsed = nowMs - _patternStartMs;
                int[] durations = _pattern.DurationsMs;
                for (int i = 0; i < durations.Length; i++)
                {
                    if (elapsed < durations[i]) return _pattern.Steps[i];
                    elapsed -= durations[i];
                }
                _pattern = null;
            }
            return FeedbackPattern.Ready.Steps[0];
        }

        private int ControllerOutput()
        {
            int output;
            if (_wiring == ControllerLedWiring.OneWire)
            {
                output = _ledLine ? FeedbackPattern.Red : FeedbackPattern.Green;
            }
            else
            {
                output = (_ledLine ? 0 : FeedbackPattern.Red) | (_ledGreenLine ? 0 : FeedbackPattern.Green);
            }
            if (ControllerBeeps()) output |= FeedbackPattern.Buzz;
            return output;
        }

        /// <summary>The controller asks for something other than the idle look: green (one-wire low) or any line low (two-wire).</summary>
        private bool ControllerDrivesLed()
        {
            return _wiring == ControllerLedWiring.OneWire ? !_ledLine : (!_ledLine || !_ledGreenLine);
        }

        private bool ControllerBeeps()
        {
            return !_beeperLine && !_beeperStuck;
        }
    }
}
