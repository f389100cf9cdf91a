using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Commitments;
using KpiTracker.Application.Features.Notifications;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Improvement;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Commitments;

/// <summary>
/// A commitment's whole route: proposed → returned → proposed → approved → locked when the next cycle opens → reported as met,
/// not met or not measurable on that cycle's scorecard; audited and notified at every step.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class DecideCommitmentTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    [Fact]
    public async Task A_commitment_is_proposed_returned_proposed_approved_locked_and_reported_as_met()
    {
        var data = await ScoringData.OpenAsync(Fixture, 2025);
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2026 })).Dispose();
        var reviewerUser = await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null));
        var reviewer = await Fixture.Users.ClientForAsync(reviewerUser, "en");

        var sheet = (await reviewer.GetFromJsonAsync<CommitmentSheetDto>("/api/cycles/2025/commitments/OM-BS", Json))!;
        Assert.Equal((2026, true), (sheet.ForYear, sheet.Open));
        var lsp02 = sheet.Rows.Single(r => r.Indicator == "LSP-02");
        Assert.Equal(data.Values[("OM-BS", "LSP-02")], lsp02.Ambition.Current);
        Assert.Equal(90m, lsp02.Ambition.Target);
        Assert.Null(lsp02.Ambition.Projection); // one cycle of history: no trend

        // Below the current value: flagged unambitious, and still taken (flags only inform).
        var lower = lsp02.Ambition.Current!.Value - 1;
        var proposed = await ProposeAsync(reviewer, ("LSP-02", lower), ("CUS-05", 9m), ("PAO-05", 95m));
        Assert.Equal(HttpStatusCode.OK, proposed.Status);
        Assert.True(proposed.Items.Single(c => c.Indicator == "LSP-02").Unambitious);
        Assert.All(proposed.Items, c => Assert.Equal(CommitmentStatus.Proposed, c.Status));
        Assert.Equal(3, await CountNoticesAsync(NotificationKind.CommitmentProposed));

        var returned = await DecideAsync(Client, "LSP-02", "return", "Below this year's value: commit at least to it.");
        Assert.Equal((CommitmentStatus.Returned, "Below this year's value: commit at least to it."), (returned.Status, returned.ReturnReason));
        Assert.Equal(1, await CountNoticesAsync(NotificationKind.CommitmentReturned, reviewerUser.Id));
        using (var again = await Client.PostAsync(new Uri("/api/cycles/2025/commitments/OM-BS/LSP-02/approve", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Contains("commitment.not_proposed", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var reproposed = await ProposeAsync(reviewer, ("LSP-02", lower + 3));
        Assert.Equal(CommitmentStatus.Proposed, Assert.Single(reproposed.Items).Status);
        foreach (var code in new[] { "LSP-02", "CUS-05", "PAO-05" })
        {
            Assert.Equal(CommitmentStatus.Approved, (await DecideAsync(Client, code, "approve", null)).Status);
        }

        Assert.Equal(3, await CountNoticesAsync(NotificationKind.CommitmentApproved, reviewerUser.Id));
        // Each notice opens the page to act on: the governorate's commitments table for the reviewer.
        var notices = (await reviewer.GetFromJsonAsync<NotificationPage>("/api/notifications", Json))!;
        Assert.Contains(notices.Items, n => n.Kind == "commitment_returned");
        Assert.All(notices.Items.Where(n => n.Kind.StartsWith("commitment_", StringComparison.Ordinal)), n => Assert.Equal("/cycles/2025/commitments/OM-BS", n.Link));

        using (var open = await Client.PostAsync(new Uri("/api/cycles/2026/open", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }

        var statuses = await Fixture.WithDbAsync(db => db.Commitments.AsNoTracking().Select(c => c.Status).Distinct().ToListAsync());
        Assert.Equal([CommitmentStatus.Locked], statuses);
        var late = await ProposeAsync(reviewer, ("LSP-02", 80m));
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("commitment.locked", late.Body, StringComparison.Ordinal);
        using (var lateReturn = await Client.PostAsJsonAsync("/api/cycles/2025/commitments/OM-BS/CUS-05/return", new { reason = "late" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, lateReturn.StatusCode);
        }

        // 2026: LSP-02 exactly at its commitment (met), CUS-05 one working day slower (down: not met), PAO-05 N/A.
        await Fixture.ExecuteAsOwnerAsync(string.Create(CultureInfo.InvariantCulture, $"""
            UPDATE revisions r SET value = v.value FROM submissions s, (VALUES ('LSP-02', {lower + 3}), ('CUS-05', 10)) v(code, value)
            WHERE r.submission_id = s.id AND r.number = s.current_revision AND s.year = 2026 AND s.org_unit_code = 'OM-BS' AND s.indicator_code = v.code;
            UPDATE submissions SET state = 'accepted' WHERE year = 2026 AND org_unit_code = 'OM-BS' AND indicator_code IN ('LSP-02', 'CUS-05');
            UPDATE submissions SET state = 'not_applicable' WHERE year = 2026 AND org_unit_code = 'OM-BS' AND indicator_code = 'PAO-05';
            """));
        // Met or not is judged on the run's values, as the scorecard, its PDF and its narrative state them.
        var run = Assert.Single((await Fixture.SendAsync(new ScoreCycleCommand(2026, "OM-BS"))).Value.Runs);
        (CommitmentMet, string)[] expected = [(CommitmentMet.No, "CUS-05"), (CommitmentMet.Yes, "LSP-02"), (CommitmentMet.NotMeasurable, "PAO-05")];
        var met = (await reviewer.GetFromJsonAsync<CommitmentsMetDto>("/api/cycles/2026/commitments/OM-BS/met", Json))!;
        Assert.Equal(expected, met.Items.Select(i => (i.Met, i.Indicator)).OrderBy(i => i.Indicator, StringComparer.Ordinal).ToArray());
        Assert.Equal((1, 2), (met.MetCount, met.MeasurableCount));

        var card = await reviewer.GetFromJsonAsync<JsonElement>("/api/cycles/2026/scorecards/OM-BS", Json);
        Assert.Equal(
            expected.Select(e => (e.Item2, e.Item1.ToCode())),
            card.GetProperty("commitments").EnumerateArray().Select(c => (c.GetProperty("indicator").GetString()!, c.GetProperty("met").GetString()!))
                .OrderBy(c => c.Item1, StringComparer.Ordinal));
        var sentences = card.GetProperty("narrative").GetProperty("sentences").EnumerateArray()
            .Where(s => s.GetProperty("topic").GetString() == "commitments").ToList();
        Assert.All(sentences, s => Assert.Equal(run.RunId, s.GetProperty("runId").GetGuid()));
        Assert.Equal(
            ["1 of 2 measurable commitments were met.", "Commitments not met: CUS-05.", "One commitment could not be measured: PAO-05."],
            sentences.Select(s => s.GetProperty("text").GetString()));

        // The PDF's improvement-plan page lists the same outcomes, on one page after the scorecard's four at most.
        foreach (var (lang, heading, count) in new[] { ("en", "Commitments met: 1 of 2 measurable.", "Commitment met"), ("ar", "الالتزامات المحققة", "تحقق الالتزام") })
        {
            using var response = await reviewer.GetAsync(new Uri($"/api/cycles/2026/scorecards/OM-BS/pdf?lang={lang}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var pdf = PdfTools.Save(await response.Content.ReadAsByteArrayAsync(), $"commitments-met-{lang}");
            Assert.InRange(PdfTools.PageCount(pdf), 2, 5);
            var last = PdfTools.Normalize(PdfTools.ExtractText(pdf, PdfTools.PageCount(pdf)));
            Assert.Contains(PdfTools.Normalize(heading), last, StringComparison.Ordinal);
            Assert.Contains(PdfTools.Normalize(count), last, StringComparison.Ordinal);
            Assert.Contains("CUS-05", last, StringComparison.Ordinal);
            Assert.Contains("PAO-05", last, StringComparison.Ordinal);
        }

        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "commitment" && a.EntityKey == "2026/OM-BS/LSP-02")
            .OrderBy(a => a.Seq).Select(a => a.Action).ToListAsync());
        Assert.Equal(
            ["propose_commitments.create", "decide_commitment.update", "propose_commitments.update", "decide_commitment.update", "open_cycle.update"],
            audit);
    }

    [Fact]
    public async Task Proposals_are_taken_all_or_none_and_refused_in_the_callers_language()
    {
        await ScoringData.OpenAsync(Fixture, 2025);
        var user = await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null));
        foreach (var (language, text) in new[] { ("en", "allowed range"), ("ar", "المدى المسموح") })
        {
            var reviewer = await Fixture.Users.ClientForAsync(user, language);
            var refused = await ProposeAsync(reviewer, ("LSP-02", 80m), ("LSP-03", 150m), ("PAO-02", 2.5m));
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            using var problem = JsonDocument.Parse(refused.Body);
            var codes = problem.RootElement.GetProperty("fieldCodes");
            Assert.Equal("commitment.value.out_of_range", codes.GetProperty("rows[1].value")[0].GetString());
            Assert.Equal("commitment.value.whole", codes.GetProperty("rows[2].value")[0].GetString());
            Assert.Contains(text, problem.RootElement.GetProperty("errors").GetProperty("rows[1].value")[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Commitments.CountAsync()));
    }

    [Fact]
    public async Task Only_the_governorates_reviewer_proposes_and_only_the_central_team_decides()
    {
        await ScoringData.OpenAsync(Fixture, 2025);
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));
        var otherReviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.ma", (Role.GovernorateReviewer, "OM-MA", null)));
        var viewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.bs", (Role.Viewer, "OM-BS", null)));

        Assert.Equal(HttpStatusCode.OK, (await ProposeAsync(reviewer, ("LSP-02", 80m))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ProposeAsync(otherReviewer, ("LSP-02", 80m))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await ProposeAsync(viewer, ("LSP-02", 80m))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await ProposeAsync(Client, ("LSP-02", 80m))).Status);
        using var notFound = await otherReviewer.GetAsync(new Uri("/api/cycles/2025/commitments/OM-BS", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        using var approve = await reviewer.PostAsync(new Uri("/api/cycles/2025/commitments/OM-BS/LSP-02/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        using var list = await reviewer.GetAsync(new Uri("/api/cycles/2025/commitments", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        using var noReason = await Client.PostAsJsonAsync("/api/cycles/2025/commitments/OM-BS/LSP-02/return", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(CommitmentStatus.Proposed, await Fixture.WithDbAsync(db => db.Commitments.Select(c => c.Status).SingleAsync()));
    }

    private async Task<int> CountNoticesAsync(NotificationKind kind, Guid? to = null) =>
        await Fixture.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == kind && (to == null || n.UserId == to)));

    private static async Task<(HttpStatusCode Status, List<CommitmentDto> Items, string Body)> ProposeAsync(HttpClient client, params (string Indicator, decimal Value)[] rows)
    {
        using var response = await client.PostAsJsonAsync("/api/cycles/2025/commitments/OM-BS", new { rows = rows.Select(r => new { indicator = r.Indicator, value = r.Value }) });
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.IsSuccessStatusCode ? JsonSerializer.Deserialize<List<CommitmentDto>>(body, Json)! : [], body);
    }

    private static async Task<CommitmentDto> DecideAsync(HttpClient client, string indicator, string decision, string? reason)
    {
        using var response = await client.PostAsJsonAsync($"/api/cycles/2025/commitments/OM-BS/{indicator}/{decision}", new { reason });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CommitmentDto>(Json))!;
    }
}
