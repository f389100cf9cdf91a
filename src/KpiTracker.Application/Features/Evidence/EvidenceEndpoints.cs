using KpiTracker.Application.Features.Evidence.DeleteEvidence;
using KpiTracker.Application.Features.Evidence.DownloadEvidence;
using KpiTracker.Application.Features.Evidence.ListEvidence;
using KpiTracker.Application.Features.Evidence.UploadEvidence;

namespace KpiTracker.Application.Features.Evidence;

internal static class EvidenceEndpoints
{
    public static void MapEvidence(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/cycles/{year:int}/submissions/{governorate}/{indicator}/evidence").WithTags("Evidence").RequireAuthorization();
        UploadEvidenceEndpoint.Map(group);
        ListEvidenceEndpoint.Map(group);
        DownloadEvidenceEndpoint.Map(group);
        DeleteEvidenceEndpoint.Map(group);
    }
}
