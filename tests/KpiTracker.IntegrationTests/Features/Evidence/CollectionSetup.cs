using KpiTracker.Application.Features.Submissions;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Evidence;

/// <summary>Items to work on: a cycle open for entry now, with one item per indicator of the default edition for the given governorates.</summary>
internal static class CollectionSetup
{
    public const int Year = 2025;

    public static Task OpenCycleAsync(DatabaseFixture fixture, params string[] governorates) => fixture.WithDbAsync(async db =>
    {
        var now = Now(fixture);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var edition = await db.FrameworkEditions.Include(e => e.Criteria).ThenInclude(c => c.Indicators).SingleAsync(e => e.Code == "IIS-2024");
        var cycle = Cycle.Create(Year, edition.Id, new CycleCalendar(today.AddDays(-2), today.AddDays(30), today.AddDays(45), today.AddDays(60), today.AddDays(90), today.AddDays(120)), now);
        cycle.Open(now);
        db.Cycles.Add(cycle);
        foreach (var governorate in governorates)
        {
            foreach (var indicator in edition.Indicators)
            {
                db.Submissions.Add(Submission.Create(cycle, governorate, indicator, now));
            }
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>The application's business clock, so the cycle is open at the time the app sees.</summary>
    private static DateTimeOffset Now(DatabaseFixture fixture) => fixture.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>Saves a value and submits the item, as its owner would (through the domain, not the API).</summary>
    public static Task SubmitAsync(DatabaseFixture fixture, string governorate, string indicatorCode, ValueInput input) => fixture.WithDbAsync(async db =>
    {
        var now = Now(fixture);
        var cycle = await db.Cycles.SingleAsync(c => c.Year == Year);
        var submission = await db.Submissions.Include(s => s.Revisions).SingleAsync(s => s.CycleId == cycle.Id && s.OrgUnitCode == governorate && s.IndicatorCode == indicatorCode);
        var indicator = await db.Indicators.SingleAsync(i => i.Code == indicatorCode && db.Criteria.Any(c => c.Id == i.CriterionId && c.EditionId == cycle.EditionId));
        // An owner writes an analysis where the value is red; these items are set up to be submitted whatever their light.
        var check = ValueRules.Check(indicator, input with { Analysis = input.Analysis ?? "Set up by the test." }, null);
        Assert.True(check.IsValid, string.Join(", ", check.Errors.Select(e => e.Code)));
        Assert.Empty(submission.SaveDraft(cycle, indicator, check.Values, now, "test"));
        var refused = submission.Submit(cycle, indicator, null, await ValueYardsticks.ForAsync(db, cycle, governorate, indicator, default), now, "test");
        Assert.True(refused.Count == 0, string.Join(", ", refused.Select(e => e.Code)));
        return await db.SaveChangesAsync();
    });
}
