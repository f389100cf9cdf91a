using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiTracker.Application.Common.Auditing;

/// <summary>
/// What the audit log keeps of one refused access (403, or 404 where the object is out of the caller's scope): who was refused
/// is the audit record's own. Whoever refuses only describes it, on the failure (<see cref="AppError.Refusal"/>) or on
/// <see cref="AccessRefusedException"/>; <see cref="RefusalAudit"/> writes it, after the refused change rolled back.
/// </summary>
public sealed record AccessRefusal(string Outcome)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The message refused (a command or query type name).</summary>
    public string? Message { get; init; }

    public string? Permission { get; init; }

    public string? OrgUnit { get; init; }

    public string? Indicator { get; init; }

    public Guid? Flag { get; init; }

    /// <summary>An endpoint refused by its route policy, before any message was sent.</summary>
    public string? Path { get; init; }

    public string? Method { get; init; }

    public string Entity => Path is null ? "access" : "endpoint";

    public string? Key => Path ?? OrgUnit;

    public string Detail() => JsonSerializer.Serialize(
        new { message = Message, permission = Permission, orgUnit = OrgUnit, indicator = Indicator, flag = Flag, method = Method, outcome = Outcome }, Json);
}

/// <summary>Refuses a message whose answer is not a <see cref="Result{T}"/>; audited like a refusal carried by a result.</summary>
public sealed class AccessRefusedException(AccessRefusal refusal, string message) : UnauthorizedAccessException(message)
{
    public AccessRefusal Refusal { get; } = refusal;
}
