namespace TutorBot.Calculators.Presets;

/// <summary>
/// An accelerator's dense BF16 peak, memory, memory bandwidth (bytes/s) and NVLink bandwidth per GPU (bytes/s, both
/// directions together, as the data sheets state it).
/// </summary>
public sealed record GpuPreset(string Name, string DisplayName, double PeakTflops, double MemoryBytes, double MemoryBandwidth, double NvlinkBandwidth)
{
    /// <summary>What one GPU can send while it receives as much: half the bidirectional NVLink figure.</summary>
    public double NvlinkPerDirection => NvlinkBandwidth / 2;
}
