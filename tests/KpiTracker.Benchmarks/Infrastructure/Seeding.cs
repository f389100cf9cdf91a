using System.Globalization;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Application.Features.Frameworks.DefaultEdition;
using KpiTracker.Application.Features.Setup.SeedDefaults;
using KpiTracker.Application.Features.Setup.SeedDemoCollection;
using KpiTracker.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiTracker.Benchmarks.Infrastructure;

/// <summary>
/// Benchmark data, the same on every run. The country, its 11 governorates and the default edition come from the seeding
/// command start-up uses; the cycles are built by the demo data's planner (<see cref="DemoPlan"/>, fixed seed 20250101), which
/// walks every item through the domain's own workflow (entry, submit, returns, accept, verify, N/A, close) and is saved through
/// the application's DbContext, audit interceptor included.
/// </summary>
public static class Seeding
{
    /// <summary>Ten closed cycles, 2015–2024.</summary>
    public static readonly int[] Years = [.. Enumerable.Range(2015, 10)];

    public static async Task ClosedCyclesAsync(BenchApp app)
    {
        await app.SendAsync(new SeedDefaultsCommand());
        await app.WithDbAsync(async db =>
        {
            var edition = await db.FrameworkEditions.AsNoTracking().Include(e => e.Criteria).ThenInclude(c => c.Indicators).AsSplitQuery()
                .SingleAsync(e => e.Code == DefaultEditionFile.Code);
            var units = await CycleQueries.AssessedUnitsAsync(db, CancellationToken.None);
            var plan = new DemoPlan(edition, units);
            foreach (var year in Years)
            {
                var (cycle, items) = plan.Closed(year);
                db.Cycles.Add(cycle);
                db.Submissions.AddRange(items);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            return 0;
        });
    }

    /// <summary>
    /// Grows a database seeded by <see cref="ClosedCyclesAsync"/> to <paramref name="total"/> assessed units: the new units are
    /// added through the DbContext; each copies the items and revisions of one of the 11 governorates (in turn) in every cycle,
    /// with its values scaled by a factor between 0.90 and 1.10 taken from a hash of unit and indicator, in one INSERT … SELECT
    /// per table (building 350,000 items through the change tracker would take longer than the benchmark).
    /// </summary>
    public static async Task GrowToAsync(BenchApp app, BenchDatabase database, int total)
    {
        var added = await app.WithDbAsync(async db =>
        {
            var country = await db.OrgUnits.SingleAsync(o => o.Kind == OrgUnitKind.Country);
            var existing = await db.OrgUnits.CountAsync(o => o.Kind == OrgUnitKind.Governorate);
            for (var n = existing + 1; n <= total; n++)
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"BU-{n:0000}");
                db.OrgUnits.Add(OrgUnit.Create(code, $"وحدة {n}", $"Unit {n}", OrgUnitKind.Governorate, country, n));
            }

            await db.SaveChangesAsync();
            return total - existing;
        });

        var submissions = await ColumnsAsync(database, "submissions");
        var revisions = await ColumnsAsync(database, "revisions");
        string Select(IEnumerable<string> columns, string alias, IReadOnlyDictionary<string, string> replaced) =>
            string.Join(", ", columns.Select(c => replaced.TryGetValue(c, out var r) ? r : $"{alias}.\"{c}\""));

        var subSelect = Select(submissions, "s", new Dictionary<string, string>
        {
            ["id"] = "md5(s.id::text || u.code)::uuid",
            ["org_unit_code"] = "u.code",
        });
        var revSelect = Select(revisions, "r", new Dictionary<string, string>
        {
            ["id"] = "md5(r.id::text || u.code)::uuid",
            ["submission_id"] = "md5(r.submission_id::text || u.code)::uuid",
            ["value"] = "round(r.value * (0.90 + (abs(hashtext(u.code || s.indicator_code)) % 21) / 100.0), 4)",
        });
        await database.ExecuteAsOwnerAsync($"""
            CREATE TEMP TABLE bench_units AS
              SELECT n.code, g.code AS template
              FROM (SELECT code, row_number() OVER (ORDER BY "order") - 1 AS k FROM org_units WHERE code LIKE 'BU-%') n
              JOIN (SELECT code, row_number() OVER (ORDER BY "order") - 1 AS k FROM org_units WHERE kind = 'governorate' AND code NOT LIKE 'BU-%') g
                ON g.k = n.k % 11;
            INSERT INTO submissions ({Quoted(submissions)})
              SELECT {subSelect} FROM submissions s JOIN bench_units u ON s.org_unit_code = u.template;
            INSERT INTO revisions ({Quoted(revisions)})
              SELECT {revSelect} FROM revisions r JOIN submissions s ON s.id = r.submission_id JOIN bench_units u ON s.org_unit_code = u.template;
            ANALYZE;
            """);
        if (added <= 0)
        {
            throw new InvalidOperationException("No unit was added.");
        }
    }

    private static string Quoted(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    private static async Task<List<string>> ColumnsAsync(BenchDatabase database, string table)
    {
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @t AND is_generated = 'NEVER' ORDER BY ordinal_position",
            connection);
        command.Parameters.AddWithValue("t", table);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
