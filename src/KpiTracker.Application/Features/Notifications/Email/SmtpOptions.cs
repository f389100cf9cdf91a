namespace KpiTracker.Application.Features.Notifications.Email;

/// <summary>
/// The <c>Kpi:Smtp</c> section. With no host (the default) nothing is emailed and notifications stay in-app only; with a
/// host and a sender address every notification is also written to the email outbox in its own transaction.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Kpi:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>auto</c> (default: TLS when the server offers it), <c>none</c>, <c>starttls</c> or <c>ssl</c> (TLS on connect).</summary>
    public string Security { get; set; } = "auto";

    /// <summary>Sign-in name; leave empty for a relay that needs none.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Sender address, e.g. <c>KpiTracker &lt;kpi@example.om&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>Seconds to wait for the server on each step.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
