using System.Net;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>Items reopened after close: every way through a restatement ends in a final state, and a computed indicator is not reopened.</summary>
public sealed class ReopenSubmissionTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task A_not_applicable_request_on_an_item_reopened_after_close_is_refused_or_granted_by_the_central_team()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        await CloseAsync();

        await ActOkAsync(Client, "OM-BS", "LSP-01", "reopen", new { reason = "The ministry restated the 2025 plan." });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "request-na", new { reason = "The plan was withdrawn." });
        Assert.Contains(SubmissionAction.GrantNa, (await GetAsync(Client, "OM-BS", "LSP-01")).Actions);
        var refused = await ActOkAsync(Client, "OM-BS", "LSP-01", "grant-na", new { grant = false, reason = "A plan exists." });
        Assert.Equal(("refused", SubmissionState.Draft, 2), (refused.NotApplicable.Request, refused.State, refused.Revision));

        // Refused, the owner submits the restated value and it locks again.
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        Assert.Equal(SubmissionState.Locked, (await ActOkAsync(Client, "OM-BS", "LSP-01", "verify")).State);

        // Granted, the reopened item becomes not applicable for good.
        await ActOkAsync(Client, "OM-BS", "LSP-01", "reopen", new { reason = "The plan was withdrawn after all." });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "request-na", new { reason = "The plan was withdrawn in March." });
        var granted = await ActOkAsync(Client, "OM-BS", "LSP-01", "grant-na", new { grant = true });
        Assert.Equal(("granted", SubmissionState.NotApplicable, "not_applicable", 3), (granted.NotApplicable.Request, granted.State, granted.Status, granted.Revision));
        Assert.Empty((await GetAsync(Owner, "OM-BS", "LSP-01")).Actions);
    }

    [Fact]
    public async Task A_request_left_pending_at_close_is_decided_once_the_item_is_reopened()
    {
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "request-na", new { reason = "No plan this year." });
        await CloseAsync();
        Assert.Equal((SubmissionState.Missing, "requested"), ((await GetAsync(Client, "OM-BS", "LSP-01")).State, (await GetAsync(Client, "OM-BS", "LSP-01")).NotApplicable.Request));

        using (var settled = await ActAsync(Client, "OM-BS", "LSP-01", "grant-na", new { grant = true }))
        {
            Assert.Equal((409, "cycle.closed"), ((int)settled.StatusCode, (await ProblemAsync(settled)).Code));
        }

        await ActOkAsync(Client, "OM-BS", "LSP-01", "reopen", new { reason = "Decide the pending request." });
        Assert.Equal(SubmissionState.NotApplicable, (await ActOkAsync(Client, "OM-BS", "LSP-01", "grant-na", new { grant = true })).State);
    }

    [Theory]
    [InlineData("en", "This indicator is computed by the platform when the cycle closes; it cannot be reopened.")]
    [InlineData("ar", "تحتسب المنصة هذا المؤشر عند إغلاق الدورة؛ فلا يُعاد فتحه.")]
    public async Task GOV_02_is_not_reopened_so_its_computed_value_stays(string language, string message)
    {
        await CloseAsync();
        var central = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("central." + language, (Role.CentralTeam, null, null)), language);
        var before = await GetAsync(central, "OM-BS", "GOV-02");
        Assert.Equal(SubmissionState.Locked, before.State);
        Assert.DoesNotContain(SubmissionAction.Reopen, before.Actions);

        using var response = await PostAsync(central, "OM-BS", "GOV-02", "reopen", new { reason = "Recompute." }, before.Version);

        var problem = await ProblemAsync(response);
        Assert.Equal((409, "reopen.computed"), (problem.Status, problem.Code));
        Assert.Contains(message, problem.Text, StringComparison.Ordinal);
        var after = await GetAsync(central, "OM-BS", "GOV-02");
        Assert.Equal((before.State, before.Revision, before.Value, before.Version), (after.State, after.Revision, after.Value, after.Version));
    }

    private async Task CloseAsync()
    {
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 30, 8, 0, 0, TimeSpan.Zero));
        using var closed = await Client.PostAsync(new Uri($"/api/cycles/{Year}/close", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
    }
}
