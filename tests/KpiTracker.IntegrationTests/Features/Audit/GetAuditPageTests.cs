using KpiTracker.Application.Features.Audit;
using KpiTracker.Application.Features.Audit.GetAuditPage;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Audit;

/// <summary>The audit page's one query: the chain's state always, and a page of records when its filter could be read.</summary>
public sealed class GetAuditPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_chain_and_one_filtered_page_of_records_come_in_one_model()
    {
        var all = await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync());
        var units = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "org_unit").OrderByDescending(a => a.Seq).Select(a => a.Seq).ToListAsync());

        var model = await SendAsync(new GetAuditPageQuery(new AuditFilter(null, "org_unit", null, null, null), 1));

        Assert.Equal((true, (long)all, (long?)null), (model.Chain.Intact, model.Chain.Checked, model.Chain.FirstBrokenSeq));
        Assert.Empty(model.Errors);
        Assert.Equal(units.Count, model.Entries!.Total);
        Assert.Equal(units.Take(GetAuditPageQuery.PageSize), model.Entries.Items.Select(i => i.Seq));
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_a_field_error_shown_beside_the_chain()
    {
        var from = new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.FromHours(4));

        var model = await SendAsync(new GetAuditPageQuery(new AuditFilter(null, null, null, from, from.AddDays(-1)), 1));

        Assert.True(model.Chain.Intact);
        Assert.Null(model.Entries);
        var error = Assert.Single(model.Errors);
        Assert.Equal(("to", "range.order"), (error.Field, error.Code));
    }

    [Fact]
    public async Task Without_a_filter_the_page_gets_the_chain_alone_and_a_page_below_one_reads_the_first()
    {
        var alone = await SendAsync(new GetAuditPageQuery(null, 1));
        Assert.True(alone.Chain.Intact);
        Assert.Null(alone.Entries);

        var first = await SendAsync(new GetAuditPageQuery(new AuditFilter(null, null, null, null, null), 0));
        Assert.Equal(1, first.Entries!.Page);
        Assert.Equal(await Fixture.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Seq)), first.Entries.Items[0].Seq);
    }

    private async Task<AuditPageModel> SendAsync(GetAuditPageQuery query)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
