using System.Text.Json;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Submissions.AcceptSubmission;
using KpiTracker.Application.Features.Submissions.DecideNotApplicable;
using KpiTracker.Application.Features.Submissions.GetGovernorateProgress;
using KpiTracker.Application.Features.Submissions.GetSubmission;
using KpiTracker.Application.Features.Submissions.ListRevisions;
using KpiTracker.Application.Features.Submissions.ListSubmissions;
using KpiTracker.Application.Features.Submissions.ReopenSubmission;
using KpiTracker.Application.Features.Submissions.RequestNotApplicable;
using KpiTracker.Application.Features.Submissions.ReturnSubmission;
using KpiTracker.Application.Features.Submissions.SaveDraft;
using KpiTracker.Application.Features.Submissions.SubmitValue;
using KpiTracker.Application.Features.Submissions.VerifySubmission;
using KpiTracker.Domain.Collection;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Submissions;

/// <summary>
/// Items of a cycle under <c>/api/cycles/{year}/submissions/{governorate}/{indicator}</c>. Every write names the version it
/// read in <c>If-Match</c> (the ETag of the GET; <c>*</c> for "whatever is current"): missing → 428, stale → 409 with the
/// item as it is now. Every POST accepts <c>Idempotency-Key</c>.
/// </summary>
internal static class SubmissionEndpoints
{
    private const string Item = "/{governorate}/{indicator}";

    public static void MapSubmissions(this IEndpointRouteBuilder api)
    {
        var items = api.MapGroup("/cycles/{year:int}/submissions").WithTags("Submissions").RequireAuthorization();

        items.MapGet("/", async (int year, string? governorate, string? state, string? indicator, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListSubmissionsQuery(year, governorate, state, indicator), ct)).ToHttp())
            .WithName("ListSubmissions")
            .WithSummary("The cycle's items in the caller's scope; filters: governorate, state, indicator.")
            .Produces<IReadOnlyList<SubmissionSummaryDto>>()
            .ProducesValidationProblem();

        api.MapGet("/cycles/{year:int}/governorates/{governorate}/progress", async (int year, string governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetGovernorateProgressQuery(year, governorate), ct)).ToHttp())
            .RequireAuthorization()
            .WithTags("Submissions")
            .WithName("GetGovernorateProgress")
            .WithSummary("One governorate's items counted per state, its data quality components now (completeness, timeliness, first-pass acceptance, evidence reviewed, items without open flags; each 0–100, higher is better) and its latest run's DQI; for its reviewer, the central team and auditors.")
            .Produces<GovernorateProgressDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        items.MapGet(Item, async (int year, string governorate, string indicator, HttpResponse response, ISender sender, CancellationToken ct) =>
                Respond(response, await sender.Send(new GetSubmissionQuery(year, governorate, indicator), ct)))
            .WithName("GetSubmission")
            .WithSummary("One item with its current revision, warnings and the caller's actions; the ETag is its version.")
            .Produces<SubmissionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        items.MapPut(Item, async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
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
                    : Respond(request.HttpContext.Response, await sender.Send(new SaveDraftCommand(year, governorate, indicator, version, input, given), ct));
            })
            .WithName("SaveDraft")
            .WithSummary("Owner: saves the draft. Numbers as JSON numbers or decimal strings; needs If-Match.")
            .Accepts<DraftRequest>("application/json")
            .Produces<SubmissionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        MapAction(items, "submit", "SubmitValue", "Owner: submits the saved draft for review.", (k, v) => new SubmitValueCommand(k.Year, k.Governorate, k.Indicator, v));
        MapAction(items, "accept", "AcceptSubmission", "Governorate reviewer: accepts a submitted value.", (k, v) => new AcceptSubmissionCommand(k.Year, k.Governorate, k.Indicator, v));
        MapAction(items, "verify", "VerifySubmission", "Central team: verifies an accepted value.", (k, v) => new VerifySubmissionCommand(k.Year, k.Governorate, k.Indicator, v));
        MapAction<ReturnRequest>(
            items,
            "return",
            "ReturnSubmission",
            "Reviewer (submitted) or central team (accepted, verified): returns the item with a reason code and text.",
            (k, v, b) => new ReturnSubmissionCommand(k.Year, k.Governorate, k.Indicator, v, b.Reason, b.Text));
        MapAction<ReasonRequest>(
            items,
            "request-na",
            "RequestNotApplicable",
            "Owner: asks for not applicable, with a reason.",
            (k, v, b) => new RequestNotApplicableCommand(k.Year, k.Governorate, k.Indicator, v, b.Reason));
        MapAction<DecisionRequest>(
            items,
            "grant-na",
            "DecideNotApplicable",
            "Central team: grants (grant: true) or refuses (grant: false, with a reason) a not-applicable request.",
            (k, v, b) => new DecideNotApplicableCommand(k.Year, k.Governorate, k.Indicator, v, b.Grant ?? true, b.Reason));
        MapAction<ReasonRequest>(
            items,
            "reopen",
            "ReopenSubmission",
            "Central team, after close: reopens a locked or missing item as a new revision, with a reason.",
            (k, v, b) => new ReopenSubmissionCommand(k.Year, k.Governorate, k.Indicator, v, b.Reason));

        items.MapGet(Item + "/revisions", async (int year, string governorate, string indicator, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListRevisionsQuery(year, governorate, indicator), ct)).ToHttp())
            .WithName("ListRevisions")
            .WithSummary("Every revision of the item, newest first, with its workflow history.")
            .Produces<IReadOnlyList<RevisionDto>>();
    }

    private static IResult Respond(HttpResponse response, Result<SubmissionDto> result) =>
        result.ToHttp(dto =>
        {
            ETags.Set(response, dto.Version);
            return TypedResults.Ok(dto);
        });

    private static void MapAction(RouteGroupBuilder items, string action, string name, string summary, Func<SubmissionKey, uint?, ICommand<Result<SubmissionDto>>> command) =>
        items.MapPost($"{Item}/{action}", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (version, versionError) = ETags.ReadIfMatch(request);
                return versionError is not null
                    ? ResultHttp.Problem(versionError)
                    : Respond(request.HttpContext.Response, await sender.Send(command(new SubmissionKey(year, governorate, indicator), version), ct));
            })
            .WithName(name)
            .WithSummary(summary + " Needs If-Match; accepts Idempotency-Key.")
            .Produces<SubmissionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static void MapAction<TBody>(RouteGroupBuilder items, string action, string name, string summary, Func<SubmissionKey, uint?, TBody, ICommand<Result<SubmissionDto>>> command)
        where TBody : class =>
        items.MapPost($"{Item}/{action}", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (version, versionError) = ETags.ReadIfMatch(request);
                if (versionError is not null)
                {
                    return ResultHttp.Problem(versionError);
                }

                var (body, error) = await JsonRequest.ReadAsync<TBody>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : Respond(request.HttpContext.Response, await sender.Send(command(new SubmissionKey(year, governorate, indicator), version, body!), ct));
            })
            .WithName(name)
            .WithSummary(summary + " Needs If-Match; accepts Idempotency-Key.")
            .Accepts<TBody>("application/json")
            .Produces<SubmissionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>
    /// The draft as sent. A member left out keeps what is stored; a member sent as <c>null</c> clears it (see
    /// <see cref="ValueInput.Over"/>), so every member is read as a <see cref="JsonElement"/>, whose kind tells the two apart.
    /// Numbers may be JSON numbers or strings and are read exactly by <see cref="DecimalInput"/> (a JSON number's own text is
    /// used, so 1e309 or 0.1234567 reach the rules instead of failing or rounding in a double).
    /// </summary>
    internal sealed record DraftRequest(
        JsonElement Value,
        JsonElement Numerator,
        JsonElement Denominator,
        JsonElement LikertMean,
        JsonElement SampleSize,
        JsonElement Population,
        JsonElement ResponseRate,
        JsonElement Instrument,
        JsonElement Comment,
        JsonElement Justification)
    {
        public (ValueInput Input, EntryFields Given, List<FieldError> Errors) ToInput()
        {
            var errors = new List<FieldError>();
            var given = EntryFields.None;
            string? Read(JsonElement element, string field, EntryFields member, bool number)
            {
                if (element.ValueKind != JsonValueKind.Undefined)
                {
                    given |= member;
                }

                switch (element.ValueKind)
                {
                    case JsonValueKind.Undefined or JsonValueKind.Null:
                        return null;
                    case JsonValueKind.Number when number:
                        return element.GetRawText();
                    case JsonValueKind.String:
                        return element.GetString();
                    default:
                        var code = number ? "type.number" : "body.field_type";
                        errors.Add(new FieldError(field, code, Messages.Get(code)));
                        return null;
                }
            }

            var input = new ValueInput
            {
                Value = Read(Value, "value", EntryFields.Value, number: true),
                Numerator = Read(Numerator, "numerator", EntryFields.Numerator, number: true),
                Denominator = Read(Denominator, "denominator", EntryFields.Denominator, number: true),
                LikertMean = Read(LikertMean, "likertMean", EntryFields.LikertMean, number: true),
                SampleSize = Read(SampleSize, "sampleSize", EntryFields.SampleSize, number: true),
                Population = Read(Population, "population", EntryFields.Population, number: true),
                ResponseRate = Read(ResponseRate, "responseRate", EntryFields.ResponseRate, number: true),
                Instrument = Read(Instrument, "instrument", EntryFields.Instrument, number: false),
                Comment = Read(Comment, "comment", EntryFields.Comment, number: false),
                Justification = Read(Justification, "justification", EntryFields.Justification, number: false),
            };
            return (input, given, errors);
        }
    }

    internal sealed record ReturnRequest(string? Reason, string? Text);

    internal sealed record ReasonRequest(string? Reason);

    internal sealed record DecisionRequest(bool? Grant, string? Reason);
}
