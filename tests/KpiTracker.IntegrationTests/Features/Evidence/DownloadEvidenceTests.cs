using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Submissions.GetGovernorateProgress;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Evidence;

/// <summary>The data quality index's evidence component counts accepted values whose evidence a reviewer of the governorate opened.</summary>
public sealed class DownloadEvidenceTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    /// <summary>The time between two downloads: an opening recorded later than this after the first is not the first.</summary>
    private static readonly TimeSpan Gap = TimeSpan.FromMinutes(5);

    /// <summary>Who opens the evidence of PAO-02 (North Al Batinah) before it is accepted, and whether that counts as reviewed.</summary>
    public static TheoryData<string, bool> Openers => new()
    {
        { "nobody", false },
        { "owner", false },
        { "central team", false },
        { "auditor", false },
        { "reviewer", true },
    };

    [Theory]
    [MemberData(nameof(Openers))]
    public async Task Only_a_reviewer_s_first_opening_counts_the_evidence_as_reviewed(string opener, bool reviewed)
    {
        var file = await SubmitWithEvidenceAsync();
        var openedAt = Fixture.Clock.GetUtcNow();
        if (ClientOf(opener) is { } client)
        {
            await DownloadAsync(client, file);
        }

        // Before acceptance nothing requires review yet.
        Assert.Equal((0, 0, 100m), Evidence(await ProgressAsync()));
        await ActOkAsync(Reviewer, "OM-BS", "PAO-02", "accept");
        if (reviewed)
        {
            // A later opening by the reviewer does not move the first one.
            await DownloadAsync(Reviewer, file);
        }

        Assert.Equal((1, reviewed ? 1 : 0, reviewed ? 100m : 0m), Evidence(await ProgressAsync()));
        var revision = await Fixture.WithDbAsync(db => db.Revisions.AsNoTracking().SingleAsync(r => r.Submission!.OrgUnitCode == "OM-BS" && r.Submission.IndicatorCode == "PAO-02"));
        Assert.Equal(reviewed ? "reviewer.bs" : null, revision.EvidenceOpenedBy);
        Assert.Equal(reviewed, revision.EvidenceOpenedAt is { } at && at >= openedAt && at < openedAt + Gap);
        Assert.Equal(reviewed, revision.EvidenceOpenedAt is not null);
        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "revision" && a.Action == "download_evidence.update").ToListAsync());
        string?[] auditedBy = reviewed ? ["reviewer.bs"] : [];
        Assert.Equal(auditedBy, audit.Select(a => a.UserName).ToArray());
    }

    [Fact]
    public async Task A_reviewer_s_first_opening_asks_for_a_new_score_run_and_a_later_one_does_not()
    {
        var file = await SubmitWithEvidenceAsync();
        await ActOkAsync(Reviewer, "OM-BS", "PAO-02", "accept");
        await Fixture.ExecuteAsOwnerAsync("DELETE FROM score_requests");

        await DownloadAsync(Owner, file);
        Assert.Empty(await RequestsAsync());
        await DownloadAsync(Reviewer, file);
        Assert.Equal([(Year, "OM-BS")], await RequestsAsync());

        await Fixture.ExecuteAsOwnerAsync("DELETE FROM score_requests");
        await DownloadAsync(Reviewer, file);
        Assert.Empty(await RequestsAsync());
    }

    private Task<List<(int, string)>> RequestsAsync() => Fixture.WithDbAsync(async db =>
        (await db.ScoreRequests.AsNoTracking().Join(db.Cycles, r => r.CycleId, c => c.Id, (r, c) => new { c.Year, r.OrgUnitCode }).ToListAsync())
            .Select(r => (r.Year, r.OrgUnitCode)).ToList());

    private HttpClient? ClientOf(string opener) => opener switch
    {
        "owner" => Owner,
        "central team" => Client,
        "auditor" => Auditor,
        "reviewer" => Reviewer,
        _ => null,
    };

    /// <summary>The owner attaches a file to PAO-02, enters a value and submits; returns the file's address.</summary>
    private async Task<string> SubmitWithEvidenceAsync()
    {
        using var uploaded = await EvidenceApi.UploadAsync(Owner, "OM-BS", "PAO-02", "agreements.pdf", EvidenceSamples.Pdf());
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var id = (await EvidenceApi.JsonAsync(uploaded)).GetProperty("id").GetGuid();
        await SaveAsync(Owner, "OM-BS", "PAO-02", new { value = 4 });
        await ActOkAsync(Owner, "OM-BS", "PAO-02", "submit");
        return $"{EvidenceApi.Url("OM-BS", "PAO-02")}/{id}";
    }

    private async Task DownloadAsync(HttpClient client, string file)
    {
        using var response = await client.GetAsync(new Uri(file, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EvidenceSamples.Pdf(), await response.Content.ReadAsByteArrayAsync());
        Fixture.Clock.Advance(Gap);
    }

    private async Task<ProgressQualityDto> ProgressAsync() =>
        (await Reviewer.GetFromJsonAsync<GovernorateProgressDto>($"/api/cycles/{Year}/governorates/OM-BS/progress", Json))!.Quality;

    private static (int Required, int Opened, decimal Reviewed) Evidence(ProgressQualityDto q) => (q.EvidenceRequired, q.EvidenceOpened, q.EvidenceReviewed);
}
