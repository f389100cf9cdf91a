namespace KpiTracker.Application.Features.Actions.DeleteActionEvidence;

internal static class DeleteActionEvidenceEndpoint
{
    public static void Map(RouteGroupBuilder actions) =>
        actions.MapDelete("/{number:int}/evidence/{id:guid}", async (string governorate, int number, Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeleteActionEvidenceCommand(governorate, number, id), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeleteActionEvidence")
            .WithSummary("Reviewer: removes an evidence file from an action while it is open.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
