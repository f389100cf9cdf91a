namespace KpiTracker.Application.Features.Evidence;

internal static class EvidenceEndpoints
{
    public static void MapEvidence(this IEndpointRouteBuilder api) =>
        api.MapGroup("/cycles/{year:int}/submissions/{governorate}/{indicator}/evidence").WithTags("Evidence").RequireAuthorization()
            .MapSlices(UploadEvidence.UploadEvidenceEndpoint.Map, ListEvidence.ListEvidenceEndpoint.Map,
                DownloadEvidence.DownloadEvidenceEndpoint.Map, DeleteEvidence.DeleteEvidenceEndpoint.Map);
}
