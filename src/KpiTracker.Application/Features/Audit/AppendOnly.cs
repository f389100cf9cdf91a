using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace KpiTracker.Application.Features.Audit;

/// <summary>
/// Opens a file for appending with O_APPEND. .NET's <see cref="FileMode.Append"/> opens the file for writing and seeks to
/// its end instead, which a file marked append-only (<c>chattr +a</c>) refuses; with O_APPEND every write lands at the end,
/// whatever other processes append meanwhile.
/// </summary>
internal static class AppendOnly
{
    private const int WriteOnly = 0x1, Create = 0x40, Append = 0x400, CloseOnExec = 0x80000;

    public static FileStream Open(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        }

        var fd = OpenFile(System.Text.Encoding.UTF8.GetBytes(path + "\0"), WriteOnly | Create | Append | CloseOnExec, Convert.ToInt32("640", 8));
        if (fd < 0)
        {
            throw new IOException($"Cannot open {path} for appending", new Win32Exception(Marshal.GetLastPInvokeError()));
        }

        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Write, bufferSize: 0);
    }

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in this project; the path goes as NUL-terminated UTF-8 bytes, blittable.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int OpenFile(byte[] path, int flags, int mode);
#pragma warning restore SYSLIB1054
}
