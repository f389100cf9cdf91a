using System.Text.RegularExpressions;
using KpiTracker.Application.Common;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace KpiTracker.Web.Hosting.Edge;

/// <summary>
/// Input the endpoints never see whole is still answered as bad input, in every environment, with a code and (where known) the
/// field: a parameter that does not bind, a body over the size limit (413), a body that cannot be parsed, and, as the last
/// line, a value the database refuses as data (a text or number beyond its column). Nothing of such a request is written: its
/// transaction, if it had begun, rolls back with the exception. A request the client abandoned ends quietly.
/// </summary>
internal sealed partial class BadInputProblems(ILogger<BadInputProblems> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // Nobody is listening; 499 is what proxies log for it.
            httpContext.Response.StatusCode = 499;
            return true;
        }

        if (Classify(exception) is not var (status, field, code))
        {
            return false;
        }

        // The handler runs outside the request-localization step: answer in the language that step chose for the request.
        if (httpContext.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>() is { } language)
        {
            System.Globalization.CultureInfo.CurrentCulture = language.RequestCulture.Culture;
            System.Globalization.CultureInfo.CurrentUICulture = language.RequestCulture.UICulture;
        }

        var error = Field(field, code);
        log.LogWarning("Bad input answered {Status} {Code}: {Message}", status, error.Code, exception.Message);
        httpContext.Response.StatusCode = status;
        // The status of a 413 is its own (ResultHttp knows the error kinds, not this one).
        var result = status == StatusCodes.Status413PayloadTooLarge ? TooLarge(error) : ResultHttp.Problem(error);
        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The status, field and code of the bad input an exception stands for, or null for any other exception.</summary>
    private static (int Status, string Field, string Code)? Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "body", "body.too_large_request"),
        BadHttpRequestException bad => (StatusCodes.Status400BadRequest, ParameterOf(bad.Message), "parameter.invalid"),
        InvalidDataException => (StatusCodes.Status400BadRequest, "body", "body.malformed"),
        _ when DataException(exception) => (StatusCodes.Status400BadRequest, "body", "input.invalid"),
        _ => null,
    };

    /// <summary>PostgreSQL's class 22, "data exception": a value too long, out of range, or with a NUL, refused by the database.</summary>
    private static bool DataException(Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException) is { SqlState: var state } && state.StartsWith("22", StringComparison.Ordinal);

    /// <summary>The error in the request's language (so made only once the culture is set).</summary>
    private static AppError Field(string field, string code)
    {
        var message = Messages.Get(code, field);
        return new AppError(ErrorKind.Validation, code, message, [new FieldError(field, code, message)]);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(AppError error) => TypedResults.Problem(
        detail: error.Message, statusCode: StatusCodes.Status413PayloadTooLarge, extensions: new Dictionary<string, object?> { ["code"] = error.Code });

    /// <summary>The parameter a binding failure names ("Failed to bind parameter \"int page\" from \"x\"." → "page"), or "request".</summary>
    private static string ParameterOf(string message) => ParameterName().Match(message) is { Success: true } m ? m.Groups["name"].Value : "request";

    [GeneratedRegex("""parameter "(?:[^" ]+ )?(?<name>[A-Za-z_][A-Za-z0-9_]*)"?""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ParameterName();
}
