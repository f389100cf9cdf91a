namespace KpiTracker.Application.Common;

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    Unauthenticated,
    Unprocessable,

    /// <summary>A write that must say which version it read did not (428).</summary>
    PreconditionRequired,

    /// <summary>A body in a format the endpoint does not read (415).</summary>
    UnsupportedMediaType,

    /// <summary>Too many attempts in a short time (429).</summary>
    TooManyRequests,
}

/// <summary>One problem with one input field; <see cref="Field"/> is a JSON path or a property name.</summary>
public sealed record FieldError(string Field, string Code, string Message);

/// <summary>An expected failure, already worded in the caller's language.</summary>
public sealed record AppError(ErrorKind Kind, string Code, string Message, IReadOnlyList<FieldError> Fields)
{
    /// <summary>The object as it is now, sent with a conflict so the client can show it without reading it again.</summary>
    public object? Current { get; init; }

    /// <summary>Set when the failure refuses the caller access: the pipeline audits it after the rollback.</summary>
    public Auditing.AccessRefusal? Refusal { get; init; }

    public static AppError NotFound(string code = "not_found") => new(ErrorKind.NotFound, code, Messages.Get(code), []);

    public static AppError Validation(IReadOnlyList<FieldError> fields) =>
        new(ErrorKind.Validation, "validation", Messages.Get("validation"), fields);

    public static AppError Conflict(string code, params object[] args) => new(ErrorKind.Conflict, code, Messages.Get(code, args), []);
}
