namespace KpiTracker.Application.Features.Actions.GetImprovementPlan;

internal static class GetImprovementPlanEndpoint
{
    public static void Map(RouteGroupBuilder actions) =>
        actions.MapGet("/plan", async (string governorate, int year, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetImprovementPlanQuery(year, governorate), ct)).ToHttp())
            .WithName("GetImprovementPlan")
            .WithSummary("The scorecard's improvement plan: the run's loop score, actions due and opened in the cycle, weak indicators without one.")
            .Produces<ImprovementPlanDto>();
}
