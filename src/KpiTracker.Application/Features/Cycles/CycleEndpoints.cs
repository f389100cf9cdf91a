using KpiTracker.Application.Features.Cycles.CloseCycle;
using KpiTracker.Application.Features.Cycles.CreateCycle;
using KpiTracker.Application.Features.Cycles.GetCycle;
using KpiTracker.Application.Features.Cycles.ListCycles;
using KpiTracker.Application.Features.Cycles.OpenCycle;
using KpiTracker.Application.Features.Cycles.SetTargetOverride;
using KpiTracker.Application.Features.Cycles.UpdateCalendar;

namespace KpiTracker.Application.Features.Cycles;

internal static class CycleEndpoints
{
    public static void MapCycles(this IEndpointRouteBuilder api)
    {
        var cycles = api.MapGroup("/cycles").WithTags("Cycles").RequireAuthorization();
        ListCyclesEndpoint.Map(cycles);
        CreateCycleEndpoint.Map(cycles);
        GetCycleEndpoint.Map(cycles);
        UpdateCalendarEndpoint.Map(cycles);
        SetTargetOverrideEndpoint.Map(cycles);
        OpenCycleEndpoint.Map(cycles);
        CloseCycleEndpoint.Map(cycles);
    }
}
