using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Submissions.GetReviewQueuePage;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Features.Evidence;
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
    public async Task The_queue_opens_on_the_submitted_items_oldest_first_and_lists_every_item_one_click_away()
    {
        await SaveAsync(Owner, "OM-BS", "PAO-02", new { value = 3 });
        using (var upload = await EvidenceApi.UploadAsync(Owner, "OM-BS", "PAO-02", "count.pdf", EvidenceSamples.Pdf()))
        {
            Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        }

        await ActOkAsync(Owner, "OM-BS", "PAO-02", "submit");
        Fixture.Clock.SetUtcNow(InWindow.AddDays(2));
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        Fixture.Clock.SetUtcNow(InWindow.AddDays(3).AddHours(1));

        var waiting = await Reviewer.GetStringAsync(new Uri("/review", UriKind.Relative));
        var all = await Reviewer.GetStringAsync(new Uri("/review?state=all", UriKind.Relative));

        // PAO-02 has waited three days, LSP-01 one: the oldest first, against the framework's order.
        Assert.Equal(["PAO-02", "LSP-01"], Rows(waiting));
        Assert.Equal(["3", "1"], [.. Regex.Matches(waiting, "class=\"waited\">(\\d*)</td>").Select(m => m.Groups[1].Value)]);
        Assert.Contains("id=\"tab-waiting\" aria-current=\"page\"", waiting, StringComparison.Ordinal);
        Assert.Equal(["PAO-02", "LSP-01"], Rows(all).Take(2));
        Assert.True(Rows(all).Length > 2, "every item of the governorate, drafts included");
        Assert.Contains("id=\"tab-all\" aria-current=\"page\"", all, StringComparison.Ordinal);
        // The overdue rule is the code's own number of days.
        Assert.Matches($"id=\"overdue-rule\">[^<]*{KpiTracker.Application.Features.Submissions.WorkQueues.ReviewWait.Days}", waiting);
    }

    [Fact]
    public async Task The_all_governorates_queue_filters_by_governorate_and_pages_fifty_items_at_a_time()
    {
        var first = (await QueryAsync(new GetReviewQueuePageQuery(null, null, false, false))).Value;
        var second = (await QueryAsync(new GetReviewQueuePageQuery(null, null, false, false, Page: 2))).Value;
        var beyond = (await QueryAsync(new GetReviewQueuePageQuery(null, null, false, false, Page: 99))).Value;
        var muscat = (await QueryAsync(new GetReviewQueuePageQuery(null, null, false, false, "OM-MA"))).Value;

        Assert.Equal(11, first.Governorates.Count);
        Assert.Equal((GetReviewQueuePageQuery.PageSize, 1), (first.Items.Count, first.Page));
        Assert.Equal((first.Total + GetReviewQueuePageQuery.PageSize - 1) / GetReviewQueuePageQuery.PageSize, first.Pages);
        Assert.Empty(first.Items.Select(Key).Intersect(second.Items.Select(Key)));
        Assert.Equal(first.Pages, beyond.Page);
        Assert.All(muscat.Items, i => Assert.Equal("OM-MA", i.Item.Governorate));
        Assert.Equal(first.Total / 11, muscat.Total);

        var html = await Central2.GetStringAsync(new Uri("/review?state=all&governorate=OM-MA", UriKind.Relative));
        Assert.DoesNotContain("data-governorate=\"OM-BS\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"OM-MA\" selected", html, StringComparison.Ordinal);

        static string Key(QueueItem i) => $"{i.Item.Governorate}/{i.Item.Indicator}";
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
