using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Submissions;

public sealed class ConcurrencyTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    // Every retry races every other writer again, so the work grows with the square of this; 12 shows the point quickly.
    private const int Writers = 12;

    [Fact]
    public async Task Two_reviewers_acting_on_the_same_item_at_once_one_wins_the_other_gets_409_with_the_winner_s_state()
    {
        var second = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs2", (Role.GovernorateReviewer, "OM-BS", null)), "en");
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        var read = await GetAsync(Reviewer, "OM-BS", "LSP-01");

        var accept = PostAsync(Reviewer, "OM-BS", "LSP-01", "accept", null, read.Version);
        var @return = PostAsync(second, "OM-BS", "LSP-01", "return", new { reason = "other", text = "Check it." }, read.Version);
        using var a = await accept;
        using var r = await @return;

        var statuses = new[] { a.StatusCode, r.StatusCode };
        Assert.Single(statuses, HttpStatusCode.OK);
        Assert.Single(statuses, HttpStatusCode.Conflict);
        var loser = await ProblemAsync(a.StatusCode == HttpStatusCode.Conflict ? a : r);
        var final = await GetAsync(Client, "OM-BS", "LSP-01");
        Assert.Equal("submission.stale", loser.Code);
        Assert.Equal((final.State, final.Version), (loser.Current!.State, loser.Current.Version));
        Assert.Contains(final.State, new[] { SubmissionState.Accepted, SubmissionState.Returned });
        Assert.Equal(final.State == SubmissionState.Returned ? 1 : 0, final.ReturnCount);
    }

    [Fact]
    public async Task A_hundred_concurrent_edits_from_the_same_version_lose_no_update_exactly_one_is_saved()
    {
        var read = await GetAsync(Owner, "OM-BS", "LSP-01");

        var tries = Enumerable.Range(1, 100).Select(async i =>
        {
            using var response = await PutAsync(Owner, "OM-BS", "LSP-01", $$"""{"value": {{i % 100}}, "comment": "try {{i}}"}""", read.Version);
            return (Status: response.StatusCode, Item: response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<SubmissionDto>(Json) : null);
        }).ToList();
        var results = await Task.WhenAll(tries);

        var winner = Assert.Single(results, r => r.Status == HttpStatusCode.OK);
        Assert.All(results.Where(r => r.Status != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.Status));
        var final = await GetAsync(Client, "OM-BS", "LSP-01");
        Assert.Equal((winner.Item!.Value, winner.Item.Comment, winner.Item.Version), (final.Value, final.Comment, final.Version));
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "revision" && a.Action == "save_draft.update")));
    }

    [Fact]
    public async Task Concurrent_writers_that_retry_from_the_version_in_the_409_all_get_through_once_without_loss()
    {
        // Each writer retries on 409 with the version sent back in the conflict, like a careful client: every comment lands once.
        var writers = Enumerable.Range(1, Writers).Select(async i =>
        {
            var version = (await GetAsync(Owner, "OM-BS", "LSP-01")).Version;
            for (var attempt = 0; attempt < 500; attempt++)
            {
                using var response = await PutAsync(Owner, "OM-BS", "LSP-01", $$"""{"value": 70, "comment": "writer {{i}}"}""", version);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return attempt;
                }

                Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
                version = (await ProblemAsync(response)).Current!.Version;
            }

            throw new InvalidOperationException($"writer {i} never got through");
        });
        await Task.WhenAll(writers);

        var comments = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "revision" && a.Action == "save_draft.update").Select(a => a.NewValues!).ToListAsync());
        var written = comments.Select(c => System.Text.Json.JsonDocument.Parse(c).RootElement.GetProperty("comment").GetString()).ToList();
        Assert.Equal(Writers, written.Count);
        Assert.Equal(Writers, written.Distinct().Count());
    }
}
