namespace Reader.Core.Board
{
    /// <summary>
    /// ESP32 GPIO numbers of the reader board. The defaults are the wiring in hardware/ (diagram, pinout table);
    /// a test compares the two. The site configuration may override each one.
    /// Rules behind the defaults: no strapping pins (0, 2, 5, 12, 15) and no pin that toggles at boot (1, 3, 14)
    /// on an output; no flash pins (6-11); controller inputs on input-only pins 34-39 behind level shifting.
    /// </summary>
    public sealed class BoardPins
    {
        /// <summary>UART to the PN532 (HSU): ESP32 TX → PN532 RX. Mapped to COM2.</summary>
        public int Pn532Tx = 17;

        /// <summary>UART from the PN532: PN532 TX → ESP32 RX. Mapped to COM2.</summary>
        public int Pn532Rx = 16;

        /// <summary>Wiegand DATA0 output stage (RMT channel).</summary>
        public int WiegandD0 = 25;

        /// <summary>Wiegand DATA1 output stage (RMT channel).</summary>
        public int WiegandD1 = 26;

        /// <summary>Red half of the bicolour LED driver.</summary>
        public int LedRed = 32;

        /// <summary>Green half of the bicolour LED driver.</summary>
        public int LedGreen = 33;

        /// <summary>Buzzer driver.</summary>
        public int Buzzer = 27;

        /// <summary>Controller's LED line (one-wire mode: high = red, low = green; two-wire mode: the red line).</summary>
        public int ControllerLed = 34;

        /// <summary>Controller's second LED line, used only in two-wire mode (the green line).</summary>
        public int ControllerLedGreen = 36;

        /// <summary>Controller's beeper line (active low).</summary>
        public int ControllerBeeper = 35;
    }
}
