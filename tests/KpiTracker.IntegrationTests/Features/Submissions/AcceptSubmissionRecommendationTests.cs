using KpiTracker.Domain.Collection;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>
/// The governorate reviewer's recommendation, given with the accept (an optional body): kept on the accepted revision, shown on
/// the item; refused beside its field when it breaks the text rules.
/// </summary>
public sealed class AcceptSubmissionRecommendationTests(Infrastructure.DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task The_recommendation_is_stored_on_the_revision_and_shown_in_the_item()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 80, analysis = "Two units opened late." });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");

        using (var refused = await ActAsync(Reviewer, "OM-BS", "LSP-01", "accept", new { recommendation = "x\u2066y" }))
        {
            var problem = await ProblemAsync(refused);
            Assert.Equal(400, problem.Status);
            Assert.Equal(["text.bidi_control"], problem.Fields["recommendation"]);
        }

        Assert.Equal(SubmissionState.Submitted, (await GetAsync(Client, "OM-BS", "LSP-01")).State);
        var accepted = await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept", new { recommendation = "  ربط خطة التوظيف بمواعيد افتتاح الوحدات.  " });
        Assert.Equal((SubmissionState.Accepted, "ربط خطة التوظيف بمواعيد افتتاح الوحدات.", "reviewer.bs"), (accepted.State, accepted.Recommendation, accepted.RecommendedBy));

        var item = await GetAsync(Client, "OM-BS", "LSP-01");
        Assert.Equal(("Two units opened late.", accepted.Recommendation), (item.Analysis, item.Recommendation));
        var stored = await Fixture.WithDbAsync(db =>
            db.Submissions.Where(s => s.Year == Year && s.OrgUnitCode == "OM-BS" && s.IndicatorCode == "LSP-01").SelectMany(s => s.Revisions).SingleAsync());
        Assert.Equal((accepted.Recommendation, "reviewer.bs"), (stored.Recommendation, stored.RecommendedBy));
    }

    [Fact]
    public async Task An_accept_without_a_body_keeps_no_recommendation()
    {
        await SaveAsync(OwnerMa, "OM-MA", "LSP-01", new { value = 95 });
        await ActOkAsync(OwnerMa, "OM-MA", "LSP-01", "submit");
        var accepted = await ActOkAsync(ReviewerMa, "OM-MA", "LSP-01", "accept");
        Assert.Equal((SubmissionState.Accepted, (string?)null), (accepted.State, accepted.Recommendation));
    }
}
