namespace KpiTracker.Domain.Common;

/// <summary>Thrown when code asks the domain for something its rules forbid; callers check rules first, so this is a bug.</summary>
public sealed class DomainException(string message) : Exception(message);
