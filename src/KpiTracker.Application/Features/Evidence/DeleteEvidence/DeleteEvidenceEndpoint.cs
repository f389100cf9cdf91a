namespace KpiTracker.Application.Features.Evidence.DeleteEvidence;

internal static class DeleteEvidenceEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/{id:guid}", async (int year, string governorate, string indicator, Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeleteEvidenceCommand(year, governorate, indicator, id), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeleteEvidence")
            .WithSummary("Owner: removes an evidence file while the item is a draft or returned.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
