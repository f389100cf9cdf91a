namespace KpiTracker.Application.Features.Submissions;

/// <summary>
/// Items of a cycle under <c>/api/cycles/{year}/submissions/{governorate}/{indicator}</c>. Every write names the version it
/// read in <c>If-Match</c> (the ETag of the GET; <c>*</c> for "whatever is current"): missing → 428, stale → 409 with the
/// item as it is now. Every POST accepts <c>Idempotency-Key</c>.
/// </summary>
internal static class SubmissionEndpoints
{
    public static void MapSubmissions(this IEndpointRouteBuilder api)
    {
        var items = api.MapGroup("/cycles/{year:int}/submissions").WithTags("Submissions").RequireAuthorization()
            .MapSlices(ListSubmissions.ListSubmissionsEndpoint.Map);
        GetGovernorateProgress.GetGovernorateProgressEndpoint.Map(api);
        VerifySubmissions.VerifySubmissionsEndpoint.Map(api);
        items.MapSlices(
            GetSubmission.GetSubmissionEndpoint.Map, SaveDraft.SaveDraftEndpoint.Map, SubmitValue.SubmitValueEndpoint.Map,
            AcceptSubmission.AcceptSubmissionEndpoint.Map, VerifySubmission.VerifySubmissionEndpoint.Map,
            ReturnSubmission.ReturnSubmissionEndpoint.Map, RequestNotApplicable.RequestNotApplicableEndpoint.Map,
            DecideNotApplicable.DecideNotApplicableEndpoint.Map, ReopenSubmission.ReopenSubmissionEndpoint.Map,
            ListRevisions.ListRevisionsEndpoint.Map);
    }
}
