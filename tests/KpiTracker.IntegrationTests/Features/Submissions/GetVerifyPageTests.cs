using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Submissions.GetVerifyPage;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>The verification page's one query: accepted items, N/A requests and the governorate filter.</summary>
public sealed class GetVerifyPageTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task Accepted_items_and_na_requests_are_listed_for_the_chosen_governorate()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        await ActOkAsync(Owner, "OM-BS", "LSP-04", "request-na", new { reason = "No survey this year." });

        var bs = (await QueryAsync(new GetVerifyPageQuery(Year, " OM-BS "))).Value;
        var ma = (await QueryAsync(new GetVerifyPageQuery(Year, "OM-MA"))).Value;

        Assert.False(bs.Closed);
        Assert.Equal(["LSP-01"], bs.Accepted.Select(i => i.Indicator));
        Assert.Equal(["LSP-04"], bs.Requests.Select(i => i.Indicator));
        Assert.Empty(bs.Reopenable);
        Assert.Contains(bs.Governorates, g => g.Code == "OM-MA");
        Assert.Equal("LSP", bs.Indicators["LSP-01"].Criterion);
        Assert.Empty(ma.Accepted);
    }

    [Fact]
    public async Task An_unknown_cycle_is_not_found()
    {
        var result = await QueryAsync(new GetVerifyPageQuery(2099, null));

        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }
}
