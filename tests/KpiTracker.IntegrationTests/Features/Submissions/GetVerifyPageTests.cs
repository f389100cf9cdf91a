using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Submissions.GetVerifyPage;
using KpiTracker.Domain.Frameworks;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>The verification page's one query: N/A requests first with their reason, then accepted items, and the governorate filter.</summary>
public sealed class GetVerifyPageTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task Accepted_items_and_na_requests_are_listed_for_the_chosen_governorate_requests_first_with_their_reason()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        await ActOkAsync(Owner, "OM-BS", "LSP-04", "request-na", new { reason = "No survey this year." });

        var bs = (await QueryAsync(new GetVerifyPageQuery(Year, new VerifyFilter(" OM-BS ")))).Value;
        var ma = (await QueryAsync(new GetVerifyPageQuery(Year, new VerifyFilter("OM-MA")))).Value;

        Assert.False(bs.Closed);
        Assert.Equal(["LSP-04", "LSP-01"], bs.Rows.Select(i => i.Indicator));
        Assert.Equal([VerifyWork.DecideNa, VerifyWork.Verify], bs.Rows.Select(i => i.Work));
        Assert.Equal("No survey this year.", bs.Rows[0].NaReason);
        Assert.Null(bs.Rows[1].NaReason);
        Assert.Equal(70m, bs.Rows[1].Value);
        Assert.Equal(IndicatorUnit.Percent, bs.Rows[1].Unit);
        Assert.NotNull(bs.Rows[1].WaitingSince);
        Assert.Equal(new VerifyCounts(2, 2, 1, 1), bs.Counts);
        Assert.Empty(bs.Reopenable);
        Assert.Contains(bs.Governorates, g => g.Code == "OM-MA");
        Assert.Equal("LSP", bs.Indicators["LSP-01"].Criterion);
        Assert.Empty(ma.Rows);
        Assert.Equal(new VerifyCounts(2, 0, 0, 0), ma.Counts);
    }

    [Fact]
    public async Task An_unknown_cycle_is_not_found()
    {
        var result = await QueryAsync(new GetVerifyPageQuery(2099, new VerifyFilter()));

        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }
}
