namespace KpiTracker.Application.Features.Submissions;

/// <summary>
/// What every item endpoint shares: the item's route, the ETag on every answer, and, for a change, the version read from
/// <c>If-Match</c> (missing → 428) before the command is sent.
/// </summary>
internal static class SubmissionHttp
{
    public const string Item = "/{governorate}/{indicator}";

    public const string ActionNote = " Needs If-Match; accepts Idempotency-Key.";

    public static IResult Respond(HttpResponse response, Result<SubmissionDto> result) =>
        result.ToHttp(dto =>
        {
            ETags.Set(response, dto.Version);
            return TypedResults.Ok(dto);
        });

    public static async Task<IResult> ActAsync(HttpRequest request, Func<uint?, ValueTask<Result<SubmissionDto>>> send)
    {
        var (version, versionError) = ETags.ReadIfMatch(request);
        return versionError is not null ? ResultHttp.Problem(versionError) : Respond(request.HttpContext.Response, await send(version));
    }

    public static async Task<IResult> ActAsync<TBody>(HttpRequest request, Func<uint?, TBody, ValueTask<Result<SubmissionDto>>> send, CancellationToken cancellationToken)
        where TBody : class
    {
        var (version, versionError) = ETags.ReadIfMatch(request);
        if (versionError is not null)
        {
            return ResultHttp.Problem(versionError);
        }

        var (body, error) = await JsonRequest.ReadAsync<TBody>(request, cancellationToken);
        return error is not null ? ResultHttp.Problem(error) : Respond(request.HttpContext.Response, await send(version, body!));
    }

    /// <summary>The answers of a workflow action: the item, or a refusal, a stale version or a missing <c>If-Match</c>.</summary>
    public static RouteHandlerBuilder ProducesActionResponses(this RouteHandlerBuilder builder) =>
        builder.Produces<SubmissionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
