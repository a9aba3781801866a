namespace Reader.Core.Ports
{
    /// <summary>The reader's own LED (bicolour: red, green, both = amber) and buzzer.</summary>
    public interface IIndicator
    {
        void SetLed(bool red, bool green);

        void SetBuzzer(bool on);
    }
}
