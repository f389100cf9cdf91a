namespace KpiTracker.Application.Features.Submissions.SaveDraft;

internal static class SaveDraftEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapPut(SubmissionHttp.Item, async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (version, versionError) = ETags.ReadIfMatch(request);
                if (versionError is not null)
                {
                    return ResultHttp.Problem(versionError);
                }

                var (body, error) = await JsonRequest.ReadAsync<DraftRequest>(request, ct);
                if (error is not null)
                {
                    return ResultHttp.Problem(error);
                }

                var (input, given, inputErrors) = body!.ToInput();
                return inputErrors.Count > 0
                    ? ResultHttp.Problem(AppError.Validation(inputErrors))
                    : SubmissionHttp.Respond(request.HttpContext.Response, await sender.Send(new SaveDraftCommand(year, governorate, indicator, version, input, given), ct));
            })
            .WithName("SaveDraft")
            .WithSummary("Owner: saves the draft. Numbers as JSON numbers or decimal strings; needs If-Match.")
            .Accepts<DraftRequest>("application/json")
            .Produces<SubmissionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
