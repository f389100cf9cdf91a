using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Application.Features.Notifications;
using KpiTracker.Application.Features.Setup.SeedDemoCollection;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Setup;

public sealed class SeedDemoCollectionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_demo_has_two_closed_years_and_an_open_one_with_work_waiting_and_seeds_once_with_the_same_numbers()
    {
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)), "en");
        await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "LSP-01"), (Role.IndicatorOwner, "OM-BS", "LSP-02"), (Role.IndicatorOwner, "OM-BS", "LSP-03"));

        var result = await Fixture.SendAsync(new SeedDemoCollectionCommand());

        Assert.Equal((true, 3 * 11 * 35), (result.Seeded, result.Items));
        var cycles = (await Client.GetFromJsonAsync<List<CycleSummaryDto>>("/api/cycles", Json))!;
        Assert.Equal([(2025, CycleStatus.Open, CyclePhase.Collecting, true), (2024, CycleStatus.Closed, CyclePhase.Closed, false), (2023, CycleStatus.Closed, CyclePhase.Closed, false)], cycles.Select(c => (c.Year, c.Status, c.Phase, c.EntryOpen)).ToArray());
        var today = MuscatTime.DateOf(Fixture.Clock.GetUtcNow());
        Assert.Equal((today.AddDays(-20), today.AddDays(15), today.AddDays(90)), (cycles[0].Calendar.Opens, cycles[0].Calendar.SubmissionDeadline, cycles[0].Calendar.Closes));

        var states = await Fixture.WithDbAsync(db => db.Submissions.AsNoTracking().GroupBy(s => new { s.Year, s.State }).Select(g => new { g.Key.Year, g.Key.State, Count = g.Count() }).ToListAsync());
        Assert.All(states.Where(s => s.Year < 2025), s => Assert.Contains(s.State, new[] { SubmissionState.Locked, SubmissionState.Missing, SubmissionState.NotApplicable }));
        Assert.All(new[] { 2023, 2024 }, year => Assert.Contains(states, s => s.Year == year && s.State == SubmissionState.NotApplicable));
        Assert.All(new[] { 2023, 2024 }, year => Assert.Contains(states, s => s.Year == year && s.State == SubmissionState.Missing));
        Assert.True(await Fixture.WithDbAsync(db => db.Submissions.AnyAsync(s => s.Year == 2024 && s.ReturnCount > 0 && s.State == SubmissionState.Locked)));
        Assert.Equal(22, await Fixture.WithDbAsync(db => db.Submissions.CountAsync(s => s.Year < 2025 && s.IndicatorCode == "GOV-02" && s.State == SubmissionState.Locked)));

        var demo = await Fixture.WithDbAsync(db => db.Submissions.AsNoTracking().Where(s => s.Year == 2025 && s.OrgUnitCode == "OM-BS").Select(s => s.State).Distinct().ToListAsync());
        Assert.Superset(new HashSet<SubmissionState> { SubmissionState.Draft, SubmissionState.Submitted, SubmissionState.Returned, SubmissionState.Accepted, SubmissionState.Verified }, demo.ToHashSet());
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.Submissions.CountAsync(s => s.Year == 2025 && s.OrgUnitCode == "OM-BS" && s.NotApplicable == NotApplicableRequest.Requested)));

        var flags = await Fixture.WithDbAsync(db => db.SubmissionFlags.AsNoTracking().Select(f => new { f.Year, f.OrgUnitCode, f.IndicatorCode, f.Status }).ToListAsync());
        Assert.Contains(flags, f => f is { Year: 2025, OrgUnitCode: "OM-BS", IndicatorCode: "LSP-02", Status: FlagStatus.Open });
        Assert.Contains(flags, f => f is { Year: 2025, OrgUnitCode: "OM-MA", IndicatorCode: "CUS-05", Status: FlagStatus.Open });
        Assert.Contains(flags, f => f is { Year: 2024, OrgUnitCode: "OM-MU", IndicatorCode: "INN-01", Status: FlagStatus.Confirmed });
        Assert.All(flags.Where(f => f.Year < 2025), f => Assert.Equal(FlagStatus.Confirmed, f.Status));

        // Evidence that made a submission possible is a real file: the counts agree with the records, and every record's
        // bytes are in the storage folder with the size and SHA-256 it states.
        var mismatched = await Fixture.WithDbAsync(db => db.Revisions.CountAsync(r => r.EvidenceCount != db.Set<Domain.Collection.Evidence>().Count(e => e.RevisionId == r.Id)));
        Assert.Equal(0, mismatched);
        var files = await Fixture.WithDbAsync(db => db.Set<Domain.Collection.Evidence>().AsNoTracking().Select(e => new { e.StoredName, e.Size, e.Sha256 }).ToListAsync());
        Assert.NotEmpty(files);
        Assert.All(files, f =>
        {
            var bytes = File.ReadAllBytes(Path.Combine(Fixture.Factory.StoragePath, f.StoredName));
            Assert.Equal((f.Size, f.Sha256), (bytes.LongLength, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))));
        });
        var documented = await Fixture.WithDbAsync(db => db.Submissions.AsNoTracking()
            .Where(s => s.Year == 2025 && s.OrgUnitCode == "OM-BS" && s.State == SubmissionState.Submitted && s.Revisions.Any(r => r.EvidenceCount > 0))
            .Select(s => s.IndicatorCode).FirstAsync());
        var listed = (await reviewer.GetFromJsonAsync<List<JsonElement>>($"/api/cycles/2025/submissions/OM-BS/{documented}/evidence", Json))!;
        var download = await reviewer.GetByteArrayAsync(new Uri($"/api/cycles/2025/submissions/OM-BS/{documented}/evidence/{listed[0].GetProperty("id").GetGuid()}", UriKind.Relative));
        Assert.Contains($"{documented},OM-BS,2025", System.Text.Encoding.UTF8.GetString(download), StringComparison.Ordinal);

        var waiting = (await reviewer.GetFromJsonAsync<NotificationPage>("/api/notifications", Json))!;
        Assert.True(waiting.Unread >= 7);
        Assert.All(waiting.Items, n => Assert.Equal(("submission_submitted", "OM-BS"), (n.Kind, n.Governorate)));

        var again = await Fixture.SendAsync(new SeedDemoCollectionCommand());
        Assert.False(again.Seeded);
        var closedValues = await ClosedValuesAsync();

        await Fixture.ResetAsync();
        await Fixture.SendAsync(new SeedDemoCollectionCommand());
        Assert.Equal(closedValues, await ClosedValuesAsync());
    }

    private Task<string> ClosedValuesAsync() => Fixture.WithDbAsync(async db => JsonSerializer.Serialize(await db.Revisions.AsNoTracking()
        .Where(r => r.Submission!.Year < 2025)
        .OrderBy(r => r.Submission!.Year).ThenBy(r => r.Submission!.OrgUnitCode).ThenBy(r => r.Submission!.IndicatorCode)
        .Select(r => new { r.Submission!.Year, r.Submission.OrgUnitCode, r.Submission.IndicatorCode, r.Value, r.SampleSize, State = r.Submission.State.ToString() })
        .ToListAsync()));
}
