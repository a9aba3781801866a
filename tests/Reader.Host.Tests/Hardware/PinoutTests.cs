using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Reader.Core.Board;
using Reader.Core.Config;
using Reader.Host.Hardware;
using Reader.Host.Tests.Support;

namespace Reader.Host.Tests.Hardware;

/// <summary>The firmware's default pins, the pinout table, the wiring diagram and the default configuration agree.</summary>
[TestClass]
public class PinoutTests
{
    private static List<PinoutRow> Rows() => PinoutRow.Load(RepoPaths.Combine("hardware", "pinout.csv"));

    [TestMethod]
    public void EveryFirmwarePinMatchesThePinoutTable()
    {
        var pins = new BoardPins();
        var rows = Rows().Where(r => r.GpioNumber >= 0).ToDictionary(r => r.Signal);
        var fields = typeof(BoardPins).GetFields().Where(f => f.FieldType == typeof(int)).ToList();
        Assert.AreEqual(fields.Count, rows.Count, "one table row per BoardPins field");
        foreach (var field in fields)
        {
            Assert.IsTrue(rows.ContainsKey(field.Name), $"{field.Name} is missing from hardware/pinout.csv");
            Assert.AreEqual((int)field.GetValue(pins), rows[field.Name].GpioNumber, field.Name);
        }
    }

    [TestMethod]
    public void NoOutputUsesAStrappingFlashOrInputOnlyPinAndNoPinIsShared()
    {
        var rows = Rows().Where(r => r.GpioNumber >= 0).ToList();
        foreach (var r in rows.Where(r => r.Direction == "output"))
        {
            CollectionAssert.DoesNotContain(new[] { 0, 1, 2, 3, 5, 12, 14, 15 }, r.GpioNumber, $"{r.Signal}: strapping or boot-toggling pin");
            Assert.IsFalse(r.GpioNumber is >= 6 and <= 11, $"{r.Signal}: flash pin");
            Assert.IsTrue(r.GpioNumber < 34, $"{r.Signal}: input-only pin");
        }
        Assert.AreEqual(rows.Count, rows.Select(r => r.GpioNumber).Distinct().Count(), "two signals share a GPIO");
    }

    [TestMethod]
    public void TheCommittedDiagramIsWhatThePinoutDraws()
    {
        string committed = File.ReadAllText(RepoPaths.Combine("hardware", "wiring.svg"));
        Assert.AreEqual(WiringDiagram.Svg(Rows()), committed, "regenerate: reader hardware wiring --svg hardware/wiring.svg");
        foreach (var r in Rows().Where(r => r.GpioNumber >= 0)) StringAssert.Contains(committed, $"GPIO{r.Gpio}  {r.Signal}");
    }

    [TestMethod]
    public void TheDefaultConfigurationUsesTheSamePins()
    {
        var config = new SiteConfig();
        var errors = new ConfigErrors();
        Assert.IsTrue(SiteConfigParser.Parse(File.ReadAllText(RepoPaths.Combine("config", "reader.conf")), config, errors));
        var defaults = new BoardPins();
        foreach (var field in typeof(BoardPins).GetFields())
            Assert.AreEqual(field.GetValue(defaults), field.GetValue(config.Pins), $"config/reader.conf pins differ for {field.Name}");
    }
}
