using System;
using System.Device.Gpio;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// The access controller's LED and beeper lines, read as GPIO inputs (input-only pins 34-39 behind level
    /// shifting; those pins have no internal pull resistors, the board provides them). Levels are raw (true = high);
    /// what a level means (active low beeper, one-wire or two-wire LED mode) is the feedback controller's business.
    ///
    /// Debounce: a line's reported level changes only after the raw level has held for <see cref="DebounceMs"/>,
    /// so contact bounce and relay chatter on long cables do not flicker the LED. Call <see cref="Sample"/> from the
    /// loop (every few ms); it allocates nothing.
    /// </summary>
    public sealed class ControllerInputs
    {
        public const int DefaultDebounceMs = 20;

        public const int Led = 0;
        public const int LedGreen = 1;
        public const int Beeper = 2;
        private const int LineCount = 3;

        private readonly GpioPin[] _pins = new GpioPin[LineCount];
        private readonly bool[] _stable = new bool[LineCount];
        private readonly bool[] _candidate = new bool[LineCount];
        private readonly long[] _candidateSince = new long[LineCount];

        public ControllerInputs(GpioController gpio, int ledPin, int ledGreenPin, int beeperPin, bool twoWireLed, int debounceMs)
        {
            DebounceMs = debounceMs;
            _pins[Led] = gpio.OpenPin(ledPin, PinMode.Input);
            _pins[LedGreen] = twoWireLed ? gpio.OpenPin(ledGreenPin, PinMode.Input) : null;
            _pins[Beeper] = gpio.OpenPin(beeperPin, PinMode.Input);

            long now = Environment.TickCount64;
            for (int i = 0; i < LineCount; i++)
            {
                bool level = Raw(i);
                _stable[i] = level;
                _candidate[i] = level;
                _candidateSince[i] = now;
            }
        }

        public int DebounceMs { get; }

        /// <summary>Debounced level of the controller's LED line (the red line in two-wire mode).</summary>
        public bool LedLevel
        {
            get { return _stable[Led]; }
        }

        /// <summary>Debounced level of the green LED line (two-wire mode only; false otherwise).</summary>
        public bool LedGreenLevel
        {
            get { return _stable[LedGreen]; }
        }

        /// <summary>Debounced level of the beeper line.</summary>
        public bool BeeperLevel
        {
            get { return _stable[Beeper]; }
        }

        /// <summary>Reads the lines once and updates the debounced levels. Returns true when any level changed.</summary>
        public bool Sample(long nowMs)
        {
            bool changed = false;
            for (int i = 0; i < LineCount; i++)
            {
                if (_pins[i] == null) continue;
                bool level = Raw(i);
                if (level != _candidate[i])
                {
                    _candidate[i] = level;
                    _candidateSince[i] = nowMs;
                }
                else if (level != _stable[i] && nowMs - _candidateSince[i] >= DebounceMs)
                {
                    _stable[i] = level;
                    changed = true;
                }
            }

            return changed;
        }

        private bool Raw(int line)
        {
            GpioPin pin = _pins[line];
            return pin != null && pin.Read() == PinValue.High;
        }
    }
}
