namespace KpiTracker.Application.Features.Actions.ListActions;

internal static class ListActionsEndpoint
{
    public static void Map(RouteGroupBuilder actions) =>
        actions.MapGet("/", async (string governorate, string? status, string? indicator, bool? overdue, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListActionsQuery(governorate, status, indicator, overdue ?? false), ct)).ToHttp())
            .WithName("ListActions")
            .WithSummary("The governorate's improvement actions with their effect once measured; filters: status, indicator, overdue.")
            .Produces<IReadOnlyList<ActionDto>>()
            .ProducesValidationProblem();
}
