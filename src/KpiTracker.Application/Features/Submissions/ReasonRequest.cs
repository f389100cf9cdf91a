namespace KpiTracker.Application.Features.Submissions;

/// <summary>The body of the actions that take only a reason (asking for not applicable, reopening).</summary>
internal sealed record ReasonRequest(string? Reason);
