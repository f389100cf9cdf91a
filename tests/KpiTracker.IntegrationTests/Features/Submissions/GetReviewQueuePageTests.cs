using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Submissions.GetReviewQueuePage;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>The review queue, rendered from its one query: the reviewer's governorate, its filters and the overdue rule.</summary>
public sealed class GetReviewQueuePageTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task The_queue_filters_by_state_and_criterion_within_the_reviewers_governorate()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");

        var all = await Reviewer.GetStringAsync(new Uri("/review", UriKind.Relative));
        var submitted = await Reviewer.GetStringAsync(new Uri("/review?state=submitted", UriKind.Relative));
        var otherCriterion = await Reviewer.GetStringAsync(new Uri("/review?state=submitted&criterion=HCC", UriKind.Relative));

        Assert.DoesNotContain("data-governorate=\"OM-MA\"", all, StringComparison.Ordinal);
        Assert.Contains("id=\"review-progress-OM-BS\"", all, StringComparison.Ordinal);
        Assert.Equal(["LSP-01"], Rows(submitted));
        Assert.Contains("<option value=\"LSP\"", submitted, StringComparison.Ordinal);
        Assert.Empty(Rows(otherCriterion));
    }

    [Fact]
    public async Task An_item_waiting_longer_than_five_days_is_overdue()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        Assert.Empty(Rows(await Reviewer.GetStringAsync(new Uri("/review?overdue=true", UriKind.Relative))));

        Fixture.Clock.SetUtcNow(InWindow.AddDays(6));
        var overdue = await Reviewer.GetStringAsync(new Uri("/review?overdue=true", UriKind.Relative));

        Assert.Equal(["LSP-01"], Rows(overdue));
        Assert.Contains("class=\"badge overdue\"", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_central_team_verifies_so_sees_the_queue_of_every_governorate()
    {
        var queue = (await QueryAsync(new GetReviewQueuePageQuery(SubmissionState.Draft, null, false, false))).Value;

        Assert.True(queue.Allowed);
        Assert.Contains(queue.Items, i => i.Item.Governorate == "OM-MA");
        Assert.All(queue.Items, i => Assert.Equal(SubmissionState.Draft, i.Item.State));
        Assert.All(queue.Items, i => Assert.NotNull(i.Label));
    }

    private static string[] Rows(string html) =>
        [.. Regex.Matches(html, "<tr data-indicator=\"([A-Z]+-\\d+)\" data-governorate=").Select(m => m.Groups[1].Value)];
}
