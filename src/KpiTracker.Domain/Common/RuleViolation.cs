namespace KpiTracker.Domain.Common;

/// <summary>A broken domain rule: which field, which rule (a stable code), and optional arguments for the message.</summary>
public sealed record RuleViolation(string Field, string Code, params object[] Args);
