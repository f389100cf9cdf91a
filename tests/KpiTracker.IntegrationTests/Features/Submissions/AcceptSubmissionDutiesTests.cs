using System.Net.Http.Json;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>
/// Segregation of duties on the review path (#20 item 5): whoever submitted a revision may not accept or verify it, and whoever
/// accepted it may not verify it, though they hold every role needed; single and batch verification alike.
/// </summary>
public sealed class AcceptSubmissionDutiesTests(Infrastructure.DatabaseFixture fixture) : CollectionTest(fixture)
{
    private const string VerificationsUrl = "/api/cycles/2025/verifications";

    [Fact]
    public async Task The_submitter_may_not_accept_or_verify_their_own_value()
    {
        var dual = await Fixture.Users.CreateAsync("dual.bs", (Role.IndicatorOwner, "OM-BS", "LSP-01"), (Role.GovernorateReviewer, "OM-BS", null), (Role.CentralTeam, null, null));
        using var english = await Fixture.Users.ClientForAsync(dual, "en");
        using var arabic = await Fixture.Users.ClientForAsync(dual, "ar");
        await SaveAsync(english, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(english, "OM-BS", "LSP-01", "submit");

        using var accept = await ActAsync(arabic, "OM-BS", "LSP-01", "accept");
        var refusal = await ProblemAsync(accept);
        Assert.Equal((403, "submission.own_submission"), (refusal.Status, refusal.Code));
        Assert.Contains("أنت من أرسل هذه القيمة", refusal.Text, StringComparison.Ordinal);
        Assert.Equal(SubmissionState.Submitted, (await GetAsync(Client, "OM-BS", "LSP-01")).State);

        var accepted = await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        using var verify = await ActAsync(english, "OM-BS", "LSP-01", "verify");
        var verifyRefusal = await ProblemAsync(verify);
        Assert.Equal((403, "submission.own_submission"), (verifyRefusal.Status, verifyRefusal.Code));
        Assert.Contains("someone else must review it", verifyRefusal.Text, StringComparison.Ordinal);

        using var batch = await english.PostAsJsonAsync(VerificationsUrl, new { items = new[] { new { governorate = "OM-BS", indicator = "LSP-01", version = accepted.Version } } });
        var batchRefusal = await ProblemAsync(batch);
        Assert.Equal((409, "verifications.refused"), (batchRefusal.Status, batchRefusal.Code));
        Assert.Equal(["submission.own_submission"], batchRefusal.Fields["items[0]"]);
        Assert.Equal(SubmissionState.Accepted, (await GetAsync(Client, "OM-BS", "LSP-01")).State);

        Assert.Equal(SubmissionState.Verified, (await ActOkAsync(Client, "OM-BS", "LSP-01", "verify")).State);
    }

    [Fact]
    public async Task The_accepter_may_not_verify_what_they_accepted()
    {
        var dual = await Fixture.Users.CreateAsync("dual.ma", (Role.GovernorateReviewer, "OM-MA", null), (Role.CentralTeam, null, null));
        using var client = await Fixture.Users.ClientForAsync(dual, "en");
        await SaveAsync(OwnerMa, "OM-MA", "LSP-01", new { value = 64 });
        await ActOkAsync(OwnerMa, "OM-MA", "LSP-01", "submit");
        var accepted = await ActOkAsync(client, "OM-MA", "LSP-01", "accept");

        using var verify = await ActAsync(client, "OM-MA", "LSP-01", "verify");
        using var batch = await client.PostAsJsonAsync(VerificationsUrl, new { items = new[] { new { governorate = "OM-MA", indicator = "LSP-01", version = accepted.Version } } });

        var single = await ProblemAsync(verify);
        Assert.Equal((403, "submission.own_acceptance"), (single.Status, single.Code));
        Assert.Equal(["submission.own_acceptance"], (await ProblemAsync(batch)).Fields["items[0]"]);
        Assert.Equal(SubmissionState.Verified, (await ActOkAsync(Central2, "OM-MA", "LSP-01", "verify")).State);
    }
}
