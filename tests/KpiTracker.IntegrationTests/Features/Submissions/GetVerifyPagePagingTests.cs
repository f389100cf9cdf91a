using KpiTracker.Application.Features.Setup.SeedDemoCollection;
using KpiTracker.Application.Features.Submissions.GetVerifyPage;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>The verification table on the demo data: its order, its pages of 50 and each filter against the database.</summary>
public sealed class GetVerifyPagePagingTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Requests_come_first_then_values_oldest_first_in_pages_of_50()
    {
        await Fixture.SendAsync(new SeedDemoCollectionCommand());
        var waiting = await Fixture.WithDbAsync(db => db.Submissions.CountAsync(s => s.Year == 2025 && (s.State == SubmissionState.Accepted || s.NotApplicable == NotApplicableRequest.Requested)));
        var requests = await Fixture.WithDbAsync(db => db.Submissions.CountAsync(s => s.Year == 2025 && s.NotApplicable == NotApplicableRequest.Requested));
        Assert.True(waiting > GetVerifyPageQuery.PageSize, $"the demo has {waiting} items waiting");
        Assert.True(requests > 0);

        var first = await PageAsync(new VerifyFilter(), 1);
        var rows = new List<VerifyRow>(first.Rows);
        for (var page = 2; page <= first.Pages; page++)
        {
            rows.AddRange((await PageAsync(new VerifyFilter(), page)).Rows);
        }

        Assert.Equal(new VerifyCounts(waiting, waiting, requests, waiting - requests), first.Counts);
        Assert.Equal((waiting + 49) / 50, first.Pages);
        Assert.Equal(GetVerifyPageQuery.PageSize, first.Rows.Count);
        Assert.Equal(waiting, rows.Select(r => (r.Governorate, r.Indicator)).Distinct().Count());
        Assert.All(rows.Take(requests), r => Assert.False(string.IsNullOrWhiteSpace(r.NaReason)));
        Assert.Equal(Enumerable.Repeat(VerifyWork.DecideNa, requests).Concat(Enumerable.Repeat(VerifyWork.Verify, waiting - requests)), rows.Select(r => r.Work));
        var since = rows.Skip(requests).Select(r => r.WaitingSince!.Value).ToList();
        Assert.Equal(since.Order(), since);
        Assert.Equal(first.Page, (await PageAsync(new VerifyFilter(), 0)).Page);
        Assert.Equal(first.Pages, (await PageAsync(new VerifyFilter(), 99)).Page);
    }

    [Fact]
    public async Task Each_filter_shows_exactly_the_items_it_names_and_counts_them()
    {
        await Fixture.SendAsync(new SeedDemoCollectionCommand());
        var all = await AllAsync(new VerifyFilter());

        var bs = await AllAsync(new VerifyFilter("OM-BS"));
        var flagged = await AllAsync(new VerifyFilter(Flag: VerifyFilter.AnyFlag));
        var unflagged = await AllAsync(new VerifyFilter(Flag: VerifyFilter.NoFlag));
        var modifiedZ = await AllAsync(new VerifyFilter(Flag: "modified_z"));
        var withEvidence = await AllAsync(new VerifyFilter(Evidence: true));
        var without = await AllAsync(new VerifyFilter(Evidence: false));
        var criterion = (await PageAsync(new VerifyFilter(), 1)).Indicators[all[0].Indicator].Criterion;
        var ofCriterion = await AllAsync(new VerifyFilter(Criterion: criterion));
        var requests = await AllAsync(new VerifyFilter(Work: VerifyWork.DecideNa));
        var combined = await AllAsync(new VerifyFilter("OM-BS", Flag: VerifyFilter.NoFlag, Work: VerifyWork.Verify));

        Assert.Equal(Keys(all.Where(r => r.Governorate == "OM-BS")), Keys(bs));
        Assert.NotEmpty(bs);
        Assert.NotEmpty(flagged);
        Assert.Equal(Keys(all.Where(r => r.Flags.Count > 0)), Keys(flagged));
        Assert.Equal(Keys(all.Where(r => r.Flags.Count == 0)), Keys(unflagged));
        Assert.Equal(Keys(all.Where(r => r.Flags.Contains("modified_z"))), Keys(modifiedZ));
        Assert.Equal(all.Count, withEvidence.Count + without.Count);
        Assert.All(withEvidence, r => Assert.True(r.EvidenceCount > 0));
        Assert.All(without, r => Assert.Equal(0, r.EvidenceCount));
        Assert.NotEmpty(ofCriterion);
        Assert.True(ofCriterion.Count < all.Count);
        Assert.All(ofCriterion, r => Assert.StartsWith(criterion, r.Indicator, StringComparison.Ordinal));
        Assert.All(requests, r => Assert.Equal(VerifyWork.DecideNa, r.Work));
        Assert.Equal(all.Count(r => r.Work == VerifyWork.DecideNa), requests.Count);
        Assert.Equal(Keys(all.Where(r => r.Governorate == "OM-BS" && r.Flags.Count == 0 && r.Work == VerifyWork.Verify)), Keys(combined));
        Assert.Empty(await AllAsync(new VerifyFilter(Flag: "no_such_flag")));
        var flaggedCount = (await PageAsync(new VerifyFilter(Flag: VerifyFilter.AnyFlag), 1)).Counts;
        Assert.Equal((all.Count, flagged.Count), (flaggedCount.Waiting, flaggedCount.Shown));
    }

    private static List<(string, string)> Keys(IEnumerable<VerifyRow> rows) => [.. rows.Select(r => (r.Governorate, r.Indicator))];

    private async Task<List<VerifyRow>> AllAsync(VerifyFilter filter)
    {
        var first = await PageAsync(filter, 1);
        var rows = new List<VerifyRow>(first.Rows);
        for (var page = 2; page <= first.Pages; page++)
        {
            rows.AddRange((await PageAsync(filter, page)).Rows);
        }

        return rows;
    }

    private async Task<VerifyPageModel> PageAsync(VerifyFilter filter, int page)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetVerifyPageQuery(2025, filter, page));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
