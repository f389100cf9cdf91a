using KpiTracker.Application.Features.Submissions.AcceptSubmission;
using KpiTracker.Application.Features.Submissions.DecideNotApplicable;
using KpiTracker.Application.Features.Submissions.GetGovernorateProgress;
using KpiTracker.Application.Features.Submissions.GetSubmission;
using KpiTracker.Application.Features.Submissions.ListRevisions;
using KpiTracker.Application.Features.Submissions.ListSubmissions;
using KpiTracker.Application.Features.Submissions.ReopenSubmission;
using KpiTracker.Application.Features.Submissions.RequestNotApplicable;
using KpiTracker.Application.Features.Submissions.ReturnSubmission;
using KpiTracker.Application.Features.Submissions.SaveDraft;
using KpiTracker.Application.Features.Submissions.SubmitValue;
using KpiTracker.Application.Features.Submissions.VerifySubmission;

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
        var items = api.MapGroup("/cycles/{year:int}/submissions").WithTags("Submissions").RequireAuthorization();
        ListSubmissionsEndpoint.Map(items);
        GetGovernorateProgressEndpoint.Map(api);
        GetSubmissionEndpoint.Map(items);
        SaveDraftEndpoint.Map(items);
        SubmitValueEndpoint.Map(items);
        AcceptSubmissionEndpoint.Map(items);
        VerifySubmissionEndpoint.Map(items);
        ReturnSubmissionEndpoint.Map(items);
        RequestNotApplicableEndpoint.Map(items);
        DecideNotApplicableEndpoint.Map(items);
        ReopenSubmissionEndpoint.Map(items);
        ListRevisionsEndpoint.Map(items);
    }
}
