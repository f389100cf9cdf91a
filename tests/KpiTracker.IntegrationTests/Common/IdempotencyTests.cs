using System.Net;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Common;

public sealed class IdempotencyTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task A_replayed_POST_returns_the_first_response_and_does_nothing_again()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        var version = (await GetAsync(Owner, "OM-BS", "LSP-01")).Version;

        using var first = await PostAsync(Owner, "OM-BS", "LSP-01", "submit", null, version, "submit-lsp01-2025");
        Fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        using var replay = await PostAsync(Owner, "OM-BS", "LSP-01", "submit", null, version, "submit-lsp01-2025");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, replay.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, replay.Headers.ETag);
        Assert.Equal("true", replay.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(1, (await GetAsync(Client, "OM-BS", "LSP-01")).SubmitCount);
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "submit_value.update" && a.Entity == "submission")));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused_with_422_and_the_first_answer_still_replays()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        var version = (await GetAsync(Reviewer, "OM-BS", "LSP-01")).Version;
        var body = new { reason = "other", text = "Explain the jump." };

        using var first = await PostAsync(Reviewer, "OM-BS", "LSP-01", "return", body, version, "return-1");
        using var different = await PostAsync(Reviewer, "OM-BS", "LSP-01", "return", new { reason = "other", text = "Something else." }, version, "return-1");
        using var otherRoute = await PostAsync(Reviewer, "OM-BS", "LSP-01", "accept", null, version, "return-1");
        using var same = await PostAsync(Reviewer, "OM-BS", "LSP-01", "return", body, version, "return-1");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((422, "idempotency.mismatch"), ((int)different.StatusCode, (await ProblemAsync(different)).Code));
        Assert.Equal((422, "idempotency.mismatch"), ((int)otherRoute.StatusCode, (await ProblemAsync(otherRoute)).Code));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(1, (await GetAsync(Client, "OM-BS", "LSP-01")).ReturnCount);
    }

    [Fact]
    public async Task A_refusal_replays_as_it_was_and_keys_belong_to_their_user()
    {
        var version = (await GetAsync(Reviewer, "OM-BS", "LSP-01")).Version;
        using var refused = await PostAsync(Reviewer, "OM-BS", "LSP-01", "accept", null, version, "accept-early");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        using var replay = await PostAsync(Reviewer, "OM-BS", "LSP-01", "accept", null, version, "accept-early");
        Assert.Equal((HttpStatusCode.Conflict, await refused.Content.ReadAsStringAsync()), (replay.StatusCode, await replay.Content.ReadAsStringAsync()));

        // Another user's identical key is another request.
        var fresh = (await GetAsync(Client, "OM-BS", "LSP-01")).Version;
        var second = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.two", (Role.GovernorateReviewer, "OM-BS", null)), "en");
        using var other = await PostAsync(second, "OM-BS", "LSP-01", "accept", null, fresh, "accept-early");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Every_POST_under_cycles_takes_keys_uploads_included()
    {
        var evidence = $"/api/cycles/{Year}/submissions/OM-BS/PAO-02/evidence";
        using var first = await UploadAsync(evidence, "partnerships.pdf", Features.Evidence.EvidenceSamples.Pdf(), "upload-1");
        using var replay = await UploadAsync(evidence, "partnerships.pdf", Features.Evidence.EvidenceSamples.Pdf(), "upload-1");
        using var otherFile = await UploadAsync(evidence, "other.csv", Features.Evidence.EvidenceSamples.Csv(), "upload-1");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, replay.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.NotNull(first.Headers.Location);
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal((422, "idempotency.mismatch"), ((int)otherFile.StatusCode, (await ProblemAsync(otherFile)).Code));
        Assert.Equal(1, (await GetAsync(Owner, "OM-BS", "PAO-02")).EvidenceCount);

        // Outside /api/cycles the header means nothing.
        var notification = "/api/notifications/00000000-0000-0000-0000-000000000001/read";
        using var once = await SendAsync(Owner, HttpMethod.Post, notification, null, null, idempotencyKey: "n-1");
        using var twice = await SendAsync(Owner, HttpMethod.Post, notification, null, null, idempotencyKey: "n-1");
        Assert.False(twice.Headers.Contains("Idempotency-Replayed"));
    }

    private async Task<HttpResponseMessage> UploadAsync(string url, string name, byte[] bytes, string key)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        form.Add(file, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        request.Headers.Add("Idempotency-Key", key);
        return await Owner.SendAsync(request);
    }

    [Theory]
    [InlineData("201 characters")]
    [InlineData("with space")]
    [InlineData("مفتاح")]
    public async Task A_malformed_key_is_refused(string key)
    {
        var version = (await GetAsync(Owner, "OM-BS", "LSP-01")).Version;
        using var request = new HttpRequestMessage(HttpMethod.Post, ItemUrl("OM-BS", "LSP-01", "submit"));
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key == "201 characters" ? new string('k', 201) : key);

        using var response = await Owner.SendAsync(request);

        var problem = await ProblemAsync(response);
        Assert.Equal((400, "idempotency.key.invalid"), (problem.Status, problem.Fields["Idempotency-Key"].Single()));
    }

    [Fact]
    public async Task Cycle_commands_take_keys_too()
    {
        using var first = await SendAsync(Client, HttpMethod.Post, "/api/cycles", """{"year": 2030}""", null, idempotencyKey: "plan-2030");
        using var replay = await SendAsync(Client, HttpMethod.Post, "/api/cycles", """{"year": 2030}""", null, idempotencyKey: "plan-2030");
        using var again = await SendAsync(Client, HttpMethod.Post, "/api/cycles", """{"year": 2030}""", null, idempotencyKey: "plan-2030-b");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, replay.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal((first.Headers.Location, true), (replay.Headers.Location, replay.Headers.Contains("Idempotency-Replayed")));
        Assert.Equal("cycle.year.exists", (await ProblemAsync(again)).Fields["year"].Single());
    }
}
