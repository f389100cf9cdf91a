using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using KpiTracker.Application.Data.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// Scores governorates in cycles and stores their runs. Every write is one transaction on a context of its own scope
/// (<see cref="InTransactionAsync"/>), which first takes the transaction-scoped PostgreSQL advisory locks of its (cycle,
/// governorate) pairs: runs for the same pair never overlap, a second one waits and then finds the first one's run, and the
/// unique partial index on the latest run is the last line of defence. The numbers come from <see cref="Compute"/>.
/// </summary>
internal sealed partial class UnitScorer(IServiceScopeFactory scopes, TimeProvider clock, IScoreSignal signal, ILogger<UnitScorer> logger)
{
    /// <summary>Bump when the engine in Domain/Scoring changes the numbers it produces for the same inputs.</summary>
    public const string EngineVersion = "2026.2";

    /// <summary>
    /// Scores one governorate in one cycle. Unless forced, a new run is written only when the latest one was computed from other
    /// inputs or gives other numbers; its rows are read only when its input hash is the same.
    /// </summary>
    public async Task<ScoreResult> ScoreAsync(Cycle cycle, EditionModel edition, string orgUnitCode, string trigger, bool force, CancellationToken cancellationToken)
    {
        var (result, followUps) = await InTransactionAsync([LockKey(cycle.Id, orgUnitCode)], async (db, ct) =>
        {
            var inputs = await UnitInputs.LoadAsync(db, cycle, edition, orgUnitCode, ct);
            var now = clock.GetUtcNow();
            var fresh = Compute(inputs, now, trigger);
            var difference = RunDifference.Forced;
            if (!force)
            {
                (var latest, difference) = await LatestIfSameAsync(db, cycle.Id, orgUnitCode, fresh.InputHash, ct);
                if (latest is not null && SameNumbers(latest, fresh))
                {
                    return (new ScoreResult(latest, RunOutcome.Unchanged, RunDifference.None), 0);
                }

                if (latest is not null)
                {
                    difference = RunDifference.NumbersDiffered;
                    logger.LogWarning("Stored run {RunId} of {Year}/{OrgUnit} differs from a fresh computation on the same inputs ({Hash}); writing a new run.", latest.Id, cycle.Year, orgUnitCode, fresh.InputHash);
                }
            }

            await WriteAsync(db, [fresh], [cycle.Id], [orgUnitCode], ct);
            var requested = await ScoreRequestRows.RequestNextYearAsync(db, [(cycle.Year, orgUnitCode)], now, ct);
            return (new ScoreResult(fresh, RunOutcome.Written, difference), requested);
        }, cancellationToken);

        SignalFollowUps(followUps);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction on a context of its own, under the advisory locks of these keys (taken in
    /// key order, so two transactions never deadlock on them), retried whole on a transient failure as EF retries.
    /// </summary>
    private async Task<T> InTransactionAsync<T>(long[] keys, Func<AppDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ordered = keys.Distinct().Order().ToArray();
            // A sorted subquery is not flattened into the outer query, so the locks are taken in key order.
            await db.Database.ExecuteSqlAsync($"SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest({ordered}) AS k ORDER BY 1) AS keys", ct);
            var result = await work(db, ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }

    /// <summary>The next year's runs were asked for again (<see cref="ScoreRequestRows.RequestNextYearAsync"/>): the drain is told after the commit.</summary>
    private void SignalFollowUps(int requested)
    {
        if (requested == 0)
        {
            return;
        }

        try
        {
            signal.RequestsPending();
        }
#pragma warning disable CA1031 // The requests are committed; a lost signal only delays them until the minutely drain.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Could not signal the score job; the minutely drain will pick the next year's requests up.");
        }
    }

    /// <summary>
    /// The latest run of the governorate in the cycle with its rows, when it was computed from these inputs by this engine;
    /// otherwise null, with what it lacked (no run, or other inputs or engine).
    /// </summary>
    private static async Task<(ScoreRun? Latest, RunDifference Difference)> LatestIfSameAsync(AppDbContext db, Guid cycleId, string orgUnitCode, string inputHash, CancellationToken cancellationToken)
    {
        var latest = await db.ScoreRuns.AsNoTracking().FirstOrDefaultAsync(r => r.CycleId == cycleId && r.OrgUnitCode == orgUnitCode && r.IsLatest, cancellationToken);
        if (latest is null)
        {
            return (null, RunDifference.NoRun);
        }

        if (latest.InputHash != inputHash || latest.EngineVersion != EngineVersion)
        {
            return (null, RunDifference.InputsChanged);
        }

        return ((await ScoreRunRows.FillAsync(db, [latest], cancellationToken))[0], RunDifference.None);
    }

    /// <summary>
    /// Writes new runs as the latest ones, in the caller's transaction: the previous latest runs of these cycles and governorates
    /// unmarked, then the runs with their rows by COPY, in id order. The runs of a batch share one time, so their version-7 ids
    /// differ only in random bits; written in key order, each primary-key index is appended to page after page instead of split
    /// at random places (docs/PERFORMANCE.md).
    /// </summary>
    internal static async Task WriteAsync(AppDbContext db, List<ScoreRun> runs, Guid[] cycleIds, string[] orgUnitCodes, CancellationToken cancellationToken)
    {
        await db.ScoreRuns.Where(r => cycleIds.Contains(r.CycleId) && r.IsLatest && orgUnitCodes.Contains(r.OrgUnitCode))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsLatest, false), cancellationToken);
        await ScoreRunCopy.WriteAsync(db, [.. runs.OrderBy(r => r.Id)], cancellationToken);
    }

    /// <summary>A stable 64-bit key per (cycle, governorate) for <c>pg_advisory_xact_lock</c>.</summary>
    public static long LockKey(Guid cycleId, string orgUnitCode) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"score:{cycleId:N}:{orgUnitCode}")));
}
