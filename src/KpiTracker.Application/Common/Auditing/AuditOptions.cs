namespace KpiTracker.Application.Common.Auditing;

/// <summary>The audit log's settings: <c>Kpi:Audit</c> (docs/SECURITY.md, "The audit log").</summary>
public sealed class AuditOptions
{
    public const string Section = "Kpi:Audit";

    /// <summary>The MAC keys, base64 (32 bytes or more each), separated by spaces, commas or new lines; the last one signs.</summary>
    public string? MacKey { get; set; }

    /// <summary>A file holding the MAC keys in the same form (one a line: append a new key to rotate). Not together with <see cref="MacKey"/>.</summary>
    public string? MacKeyFile { get; set; }

    /// <summary>The file the chain's head is appended to (one JSON line per export); unset, the head is not exported.</summary>
    public string? HeadExportPath { get; set; }

    /// <summary>How far the database's time of a record may lie from the time the application signed it.</summary>
    public TimeSpan ClockTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Refused accesses written in full per user and minute; the rest of that minute is one summary record.</summary>
    public int RefusalsPerMinute { get; set; } = 10;
}
