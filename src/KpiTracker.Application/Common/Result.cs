namespace KpiTracker.Application.Common;

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
