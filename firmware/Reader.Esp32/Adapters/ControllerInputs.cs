using System;
using System.Device.Gpio;
using Reader.Core.Feedback;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// The access controller's LED and beeper lines, read as GPIO inputs (input-only pins 34-39 behind level
    /// shifting; those pins have no internal pull resistors, the board provides them). Levels are raw (true = high);
    /// what a level means (active-low beeper, one-wire or two-wire LED mode) is the feedback controller's business.
    /// Call <see cref="Sample"/> from the loop every few ms; it allocates nothing.
    /// </summary>
    public sealed class ControllerInputs
    {
        public const int DefaultDebounceMs = 20;

        private readonly GpioPin _led;
        private readonly GpioPin _ledGreen;
        private readonly GpioPin _beeper;
        private readonly LineDebouncer _ledLine;
        private readonly LineDebouncer _ledGreenLine;
        private readonly LineDebouncer _beeperLine;

        public ControllerInputs(GpioController gpio, int ledPin, int ledGreenPin, int beeperPin, bool twoWireLed, int debounceMs)
        {
            _led = gpio.OpenPin(ledPin, PinMode.Input);
            _ledGreen = twoWireLed ? gpio.OpenPin(ledGreenPin, PinMode.Input) : null;
            _beeper = gpio.OpenPin(beeperPin, PinMode.Input);

            long now = Environment.TickCount64;
            _ledLine = new LineDebouncer(High(_led), now, debounceMs);
            _ledGreenLine = new LineDebouncer(High(_ledGreen), now, debounceMs);
            _beeperLine = new LineDebouncer(High(_beeper), now, debounceMs);
        }

        /// <summary>Debounced level of the controller's LED line (the red line in two-wire mode).</summary>
        public bool LedLevel
        {
            get { return _ledLine.Level; }
        }

        /// <summary>Debounced level of the green LED line (two-wire mode only; false otherwise).</summary>
        public bool LedGreenLevel
        {
            get { return _ledGreenLine.Level; }
        }

        /// <summary>Debounced level of the beeper line.</summary>
        public bool BeeperLevel
        {
            get { return _beeperLine.Level; }
        }

        /// <summary>Reads the lines once and updates the debounced levels. Returns true when any level changed.</summary>
        public bool Sample(long nowMs)
        {
            bool changed = _ledLine.Update(High(_led), nowMs);
            if (_ledGreen != null) changed |= _ledGreenLine.Update(High(_ledGreen), nowMs);
            changed |= _beeperLine.Update(High(_beeper), nowMs);
            return changed;
        }

        private static bool High(GpioPin pin)
        {
            return pin != null && pin.Read() == PinValue.High;
        }
    }
}
