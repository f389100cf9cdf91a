using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// The outbox of scoring events: a decision's event becomes its <c>score_requests</c> row in the decision's own transaction,
/// rolls back with it, and the recompute job is signalled only once the transaction has committed.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class ScoringOutboxTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Governorate = "OM-BS";
    private const string Indicator = "LSP-02";

    [Fact]
    public async Task An_event_is_stored_in_the_decision_s_transaction_and_signalled_after_its_commit()
    {
        await CollectionSetup.OpenCycleAsync(Fixture, Governorate);
        await CollectionSetup.SubmitAsync(Fixture, Governorate, Indicator, new ValueInput { Value = "70" });
        await Fixture.ExecuteAsOwnerAsync("DELETE FROM score_requests; DELETE FROM scan_requests");
        var signal = new RecordingSignal();
        await using var db = Context(signal);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await AcceptAsync(db);
            Assert.Equal(1, await db.ScoreRequests.CountAsync());
            Assert.Equal(0, await CommittedRequestsAsync());
            await transaction.RollbackAsync();
        }

        Assert.Equal((0, 0), (await CommittedRequestsAsync(), signal.Requests));

        db.ChangeTracker.Clear();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await AcceptAsync(db);
            Assert.Equal(0, signal.Requests);
            await transaction.CommitAsync();
        }

        Assert.Equal((1, 1, 0), (await CommittedRequestsAsync(), signal.Requests, signal.Scans));
    }

    private AppDbContext Context(IScoreSignal signal) => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseNpgsql(Fixture.ConnectionString)
        .AddInterceptors(new ScoringOutbox(signal, TimeProvider.System, NullLogger<ScoringOutbox>.Instance))
        .Options);

    private static async Task AcceptAsync(AppDbContext db)
    {
        var item = await db.Submissions.SingleAsync(s => s.Year == CollectionSetup.Year && s.OrgUnitCode == Governorate && s.IndicatorCode == Indicator);
        Assert.Empty(item.Accept(DateTimeOffset.UtcNow, "reviewer"));
        await db.SaveChangesAsync();
    }

    /// <summary>What another connection sees: only committed rows.</summary>
    private Task<int> CommittedRequestsAsync() => Fixture.WithDbAsync(db => db.ScoreRequests.CountAsync());

    private sealed class RecordingSignal : IScoreSignal
    {
        public int Requests { get; private set; }

        public int Scans { get; private set; }

        public void RequestsPending() => Requests++;

        public void ScansPending() => Scans++;
    }
}
