namespace KpiTracker.Application.Features.Commitments;

/// <summary>
/// Commitments under <c>/api/cycles/{year}/commitments</c>: <c>{year}</c> is the cycle whose results they are proposed from;
/// they are for the cycle after it. The "met" read takes the cycle they are for.
/// </summary>
internal static class CommitmentEndpoints
{
    public static void MapCommitments(this IEndpointRouteBuilder api) =>
        api.MapGroup("/cycles").WithTags("Commitments").RequireAuthorization().MapSlices(
            ListCommitments.ListCommitmentsEndpoint.Map, GetCommitments.GetCommitmentsEndpoint.Map,
            ProposeCommitments.ProposeCommitmentsEndpoint.Map, DecideCommitment.DecideCommitmentEndpoint.Map,
            GetCommitmentsMet.GetCommitmentsMetEndpoint.Map, DownloadCommitmentTemplate.DownloadCommitmentTemplateEndpoint.Map,
            ImportCommitmentTemplate.ImportCommitmentTemplateEndpoint.Map);
}
