using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>An item as scoring reads it: its state, its current revision's value and whether its evidence was opened, its counters and open flag.</summary>
internal sealed record ItemRow(
    Guid CycleId,
    string OrgUnitCode,
    string IndicatorCode,
    SubmissionState State,
    decimal? Value,
    bool EvidenceOpened,
    DateTimeOffset? FirstSubmittedAt,
    int SubmitCount,
    int ReturnCount,
    bool OpenFlag)
{
    /// <summary>
    /// The items of these cycles and governorates with their current revision (a join on the unique (submission, number) index)
    /// and whether they have an open flag. The flags are grouped by item and joined once, rather than tested per item; a flag
    /// carries its item's cycle and governorate, so the batch's flags are found by them. Read with a plain data reader in the
    /// context's transaction rather than a LINQ query: under the retrying execution strategy EF buffers a whole result before
    /// materialising it, which for the 35,000 items of a batch cost more than reading them (docs/PERFORMANCE.md). Retried as
    /// EF retries its own queries.
    /// </summary>
    public static async Task<List<ItemRow>> ReadAsync(AppDbContext db, Guid[] cycleIds, string[] codes, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT s.cycle_id, s.org_unit_code, s.indicator_code, s.state, r.value, r.evidence_opened_at IS NOT NULL, s.first_submitted_at, s.submit_count, s.return_count,
                   coalesce(f.open, false)
            FROM submissions s
            LEFT JOIN revisions r ON r.submission_id = s.id AND r.number = s.current_revision
            LEFT JOIN (SELECT submission_id, bool_or(status = '{FlagStatus.Open.ToCode()}') AS open
                       FROM submission_flags WHERE cycle_id = ANY($1) AND org_unit_code = ANY($2)
                       GROUP BY submission_id) f ON f.submission_id = s.id
            WHERE s.cycle_id = ANY($1) AND s.org_unit_code = ANY($2)
            """;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction;
                await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(), transaction)
                {
                    Parameters = { new NpgsqlParameter { Value = cycleIds }, new NpgsqlParameter { Value = codes } },
                };
                var items = new List<ItemRow>();
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    items.Add(new ItemRow(
                        reader.GetGuid(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        Codes.Parse<SubmissionState>(reader.GetString(3)),
                        reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                        reader.GetBoolean(5),
                        reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                        reader.GetInt32(7),
                        reader.GetInt32(8),
                        reader.GetBoolean(9)));
                }

                return items;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, cancellationToken);
    }
}
