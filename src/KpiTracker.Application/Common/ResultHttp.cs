namespace KpiTracker.Application.Common;

/// <summary>Turns a <see cref="Result{T}"/> into the HTTP answer: the value, or ProblemDetails with field errors.</summary>
public static class ResultHttp
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult>? success = null) =>
        result.IsSuccess ? (success?.Invoke(result.Value) ?? TypedResults.Ok(result.Value)) : Problem(result.Error!);

    public static IResult Problem(AppError error)
    {
        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
            ErrorKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
            ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
            ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Current is not null)
        {
            extensions["current"] = error.Current;
        }

        if (error.Fields.Count == 0)
        {
            return TypedResults.Problem(detail: error.Message, statusCode: status, extensions: extensions);
        }

        var errors = error.Fields.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray());
        extensions["fieldCodes"] = error.Fields.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Code).ToArray());
        var problem = new HttpValidationProblemDetails(errors) { Status = status, Detail = error.Message, Title = error.Message };
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }
}
