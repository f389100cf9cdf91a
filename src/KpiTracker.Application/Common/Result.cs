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

/// <summary>A result seen without its value type, as the pipeline behaviours see it.</summary>
public interface IOutcome
{
    /// <summary>The error of a failed result; null on success.</summary>
    AppError? Failure { get; }
}

public sealed class Result<T> : IOutcome
{
    private readonly T? _value;

    private Result(T? value, AppError? error)
    {
        _value = value;
        Error = error;
    }

    public AppError? Error { get; }

    AppError? IOutcome.Failure => Error;

    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error!.Code}");

#pragma warning disable CA1000 // Result<T>.Success/Failure read best at the call site; there is no non-generic home for them.
    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(AppError error) => new(default, error);
#pragma warning restore CA1000

#pragma warning disable CA2225 // The named factories Success/Failure exist; the operators keep handlers short.
    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(AppError error) => Failure(error);
#pragma warning restore CA2225
}

/// <summary>Builds a failed <c>Result&lt;T&gt;</c> for any response type, so pipeline behaviours can short-circuit without knowing T.</summary>
internal static class Failures<TResponse>
{
    public static readonly Func<AppError, TResponse>? Create = Build();

    private static Func<AppError, TResponse>? Build()
    {
        var type = typeof(TResponse);
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Result<>))
        {
            return null;
        }

        var method = type.GetMethod(nameof(Result<object>.Failure))!;
        return error => (TResponse)method.Invoke(null, [error])!;
    }
}
