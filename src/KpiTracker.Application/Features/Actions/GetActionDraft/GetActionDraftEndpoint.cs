namespace KpiTracker.Application.Features.Actions.GetActionDraft;

internal static class GetActionDraftEndpoint
{
    public static void Map(RouteGroupBuilder actions) =>
        actions.MapGet("/draft", async (string governorate, int year, string indicator, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetActionDraftQuery(year, governorate, indicator), ct)).ToHttp())
            .WithName("GetActionDraft")
            .WithSummary("Reviewer: what an action on this indicator would start from (light, baseline, proposed expected value, people).")
            .Produces<ActionDraftDto>();
}
