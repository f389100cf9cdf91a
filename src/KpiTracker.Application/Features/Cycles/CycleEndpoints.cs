namespace KpiTracker.Application.Features.Cycles;

internal static class CycleEndpoints
{
    public static void MapCycles(this IEndpointRouteBuilder api) =>
        api.MapGroup("/cycles").WithTags("Cycles").RequireAuthorization().MapSlices(
            ListCycles.ListCyclesEndpoint.Map, CreateCycle.CreateCycleEndpoint.Map, GetCycle.GetCycleEndpoint.Map,
            UpdateCalendar.UpdateCalendarEndpoint.Map, SetTargetOverride.SetTargetOverrideEndpoint.Map,
            OpenCycle.OpenCycleEndpoint.Map, CloseCycle.CloseCycleEndpoint.Map);
}
