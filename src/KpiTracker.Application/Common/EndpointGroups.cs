namespace KpiTracker.Application.Common;

/// <summary>How an area file puts its slices' endpoints into one route group.</summary>
internal static class EndpointGroups
{
    /// <summary>Maps each slice into the group in the order given, which is also the order of the OpenAPI document.</summary>
    public static RouteGroupBuilder MapSlices(this RouteGroupBuilder group, params ReadOnlySpan<Action<RouteGroupBuilder>> slices)
    {
        foreach (var map in slices)
            map(group);
        return group;
    }
}
