namespace KpiTracker.Application.Features.Actions;

/// <summary>
/// A governorate's improvement actions under <c>/api/governorates/{governorate}/actions</c> (named by number), and the cycle's
/// requirement of an action per red indicator under <c>/api/cycles/{year}/actions</c>.
/// </summary>
internal static class ActionEndpoints
{
    public static void MapActions(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/governorates/{governorate}/actions").WithTags("Actions").RequireAuthorization().MapSlices(
            ListActions.ListActionsEndpoint.Map, GetImprovementPlan.GetImprovementPlanEndpoint.Map, GetActionDraft.GetActionDraftEndpoint.Map, OpenAction.OpenActionEndpoint.Map,
            UpdateAction.UpdateActionEndpoint.Map, UploadActionEvidence.UploadActionEvidenceEndpoint.Map, DownloadActionEvidence.DownloadActionEvidenceEndpoint.Map,
            DeleteActionEvidence.DeleteActionEvidenceEndpoint.Map);
        api.MapGroup("/cycles/{year:int}/actions").WithTags("Actions").RequireAuthorization().MapSlices(RequireActions.RequireActionsEndpoint.Map, GetRequiredActions.GetRequiredActionsEndpoint.Map);
    }
}
