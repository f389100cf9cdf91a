using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Flags.ConfirmFlag;
using KpiTracker.Application.Features.Flags.ListFlags;
using KpiTracker.Application.Features.Flags.ScanOutliers;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Flags;

internal static class FlagEndpoints
{
    public static void MapFlags(this IEndpointRouteBuilder api)
    {
        var flags = api.MapGroup("/cycles/{year:int}").WithTags("Outlier flags").RequireAuthorization();

        flags.MapGet("/flags", async (int year, string? governorate, string? status, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListFlagsQuery(year, governorate, status), ct)).ToHttp())
            .WithName("ListFlags")
            .WithSummary("Outlier flags of the cycle in the caller's scope; filters: governorate, status (open, confirmed, returned).")
            .Produces<IReadOnlyList<FlagDto>>()
            .ProducesValidationProblem();

        flags.MapPost("/flags/scan", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new ScanOutliersCommand(year), ct)).ToHttp())
            .WithName("ScanOutliers")
            .WithSummary("Scans submitted, accepted, verified and locked values for outliers; running it again adds no duplicates. Accepts Idempotency-Key.")
            .Produces<ScanResultDto>();

        flags.MapPost("/flags/{id:guid}/confirm", async (int year, Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<ConfirmRequest>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(new ConfirmFlagCommand(year, id, body!.Reason), ct)).ToHttp();
            })
            .WithName("ConfirmFlag")
            .WithSummary("Reviewer: confirms a flagged value with a reason (to dispute it, return the item instead). Accepts Idempotency-Key.")
            .Accepts<ConfirmRequest>("application/json")
            .Produces<FlagDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record ConfirmRequest(string? Reason);
}
