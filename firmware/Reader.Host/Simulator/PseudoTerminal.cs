using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Reader.Host.Simulator;

/// <summary>
/// A Unix pseudo-terminal pair made with posix_openpt: the simulator holds the master, and a symlink at the given
/// path points at the slave (e.g. /dev/pts/7), which any serial-port software (libnfc, System.IO.Ports) opens like a
/// USB-UART. Linux and macOS only.
/// </summary>
public sealed class PseudoTerminal : IDisposable
{
    private const int O_RDWR = 2;
    private const int O_NOCTTY = 0x100;

    [DllImport("libc", SetLastError = true)] private static extern int posix_openpt(int flags);
    [DllImport("libc", SetLastError = true)] private static extern int grantpt(int fd);
    [DllImport("libc", SetLastError = true)] private static extern int unlockpt(int fd);
    [DllImport("libc", SetLastError = true)] private static extern int ptsname_r(int fd, StringBuilder buffer, nuint length);

    private readonly string _link;

    public PseudoTerminal(string link)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) throw new PlatformNotSupportedException("pseudo-terminals need Linux or macOS");
        int fd = posix_openpt(O_RDWR | O_NOCTTY);
        if (fd < 0 || grantpt(fd) != 0 || unlockpt(fd) != 0) throw new IOException($"posix_openpt failed (errno {Marshal.GetLastPInvokeError()})");
        var name = new StringBuilder(128);
        if (ptsname_r(fd, name, 128) != 0) throw new IOException("ptsname_r failed");
        SlavePath = name.ToString();
        // Raw, no echo, 115200 8N1 from the start, before any client sets its own mode.
        using (var stty = Process.Start(new ProcessStartInfo("stty", $"-F {SlavePath} raw -echo 115200 cs8 -cstopb -parenb") { RedirectStandardError = true }))
        {
            stty?.WaitForExit(5000);
        }
        Master = new FileStream(new SafeFileHandle(fd, true), FileAccess.ReadWrite, 1, false);
        _link = link;
        if (File.Exists(link) || new FileInfo(link).LinkTarget != null) File.Delete(link);
        File.CreateSymbolicLink(link, SlavePath);
    }

    /// <summary>The slave device, e.g. /dev/pts/7.</summary>
    public string SlavePath { get; }

    /// <summary>The master side: what the simulator reads and writes.</summary>
    public FileStream Master { get; }

    public void Dispose()
    {
        try { Master.Dispose(); } catch (IOException) { }
        try { if (new FileInfo(_link).LinkTarget != null) File.Delete(_link); } catch (IOException) { }
    }
}
