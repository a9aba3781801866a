using System;
using Reader.Core.Ports;
using System.Device.Gpio;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// The reader's own bicolour LED (red and green halves; both on = amber) and buzzer, each on a GPIO driving a
    /// transistor (high = on). Writes only on change, so calling it every loop turn costs a comparison.
    /// </summary>
    public sealed class GpioIndicator : IIndicator, IDisposable
    {
        private readonly GpioController _gpio;
        private readonly GpioPin _red;
        private readonly GpioPin _green;
        private readonly GpioPin _buzzer;
        private bool _redOn;
        private bool _greenOn;
        private bool _buzzerOn;

        public GpioIndicator(GpioController gpio, int redPin, int greenPin, int buzzerPin)
        {
            _gpio = gpio;
            _red = gpio.OpenPin(redPin, PinMode.Output);
            _green = gpio.OpenPin(greenPin, PinMode.Output);
            _buzzer = gpio.OpenPin(buzzerPin, PinMode.Output);
            _red.Write(PinValue.Low);
            _green.Write(PinValue.Low);
            _buzzer.Write(PinValue.Low);
        }

        public void SetLed(bool red, bool green)
        {
            if (red != _redOn)
            {
                _red.Write(red ? PinValue.High : PinValue.Low);
                _redOn = red;
            }

            if (green != _greenOn)
            {
                _green.Write(green ? PinValue.High : PinValue.Low);
                _greenOn = green;
            }
        }

        public void SetBuzzer(bool on)
        {
            if (on == _buzzerOn) return;
            _buzzer.Write(on ? PinValue.High : PinValue.Low);
            _buzzerOn = on;
        }

        public void AllOff()
        {
            SetLed(false, false);
            SetBuzzer(false);
        }

        public void Dispose()
        {
            AllOff();
            _gpio.ClosePin(_red.PinNumber);
            _gpio.ClosePin(_green.PinNumber);
            _gpio.ClosePin(_buzzer.PinNumber);
        }
    }
}
