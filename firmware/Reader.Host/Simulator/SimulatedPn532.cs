using Reader.Core.Pn532;
using Reader.Host.Platform;

namespace Reader.Host.Simulator;

/// <summary>The driver wired to the simulator in one process, on simulated time: the board's PN532 for demo, tests and benchmarks.</summary>
public sealed class SimulatedPn532
{
    public SimulatedPn532(ManualClock clock = null, Pn532Options options = null)
    {
        Clock = clock ?? ManualClock.Fixed();
        Simulator = new Pn532Simulator(Clock);
        Channel = new SimulatorChannel(Simulator, Clock);
        Driver = new Pn532Driver(Channel, Clock, options ?? new Pn532Options());
    }

    public ManualClock Clock { get; }
    public Pn532Simulator Simulator { get; }
    public SimulatorChannel Channel { get; }
    public Pn532Driver Driver { get; }
}
