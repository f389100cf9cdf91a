using System.Text;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Security;

/// <summary>
/// The collection, evidence, spreadsheet, flag, notification and scoring routes × every role (in OM-BS, in OM-MA, and
/// without a governorate) × anonymous, on an open 2025 cycle, for the item OM-BS / LSP-01. Each row names who may act and
/// the answer they get (chosen so that nothing changes: a stale If-Match, a missing file, a wrong state), and who cannot
/// see the object at all (404, answered as if it did not exist); every other signed-in user gets 403 and anonymous 401.
/// </summary>
public sealed class CollectionAuthorizationMatrixTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Cycle = "/api/cycles/2025";
    private const string Item = Cycle + "/submissions/OM-BS/LSP-01";
    private const string StaleVersion = "\"1\"";

    private static readonly string[] Everyone = ["owner.bs", "reviewer.bs", "viewer.bs", "owner.ma", "reviewer.ma", "viewer.ma", "viewer.all", "central", "auditor", "admin"];
    private static readonly string[] Central = ["central"];
    private static readonly string[] OwnerBs = ["owner.bs"];
    private static readonly string[] ReviewerBs = ["reviewer.bs"];

    /// <summary>Those who read OM-BS's items: its owner (of LSP-01) and reviewer, the central team and the auditor.</summary>
    private static readonly string[] ItemReaders = ["owner.bs", "reviewer.bs", "central", "auditor"];

    /// <summary>Those who read some governorate's items.</summary>
    private static readonly string[] AnyReaders = ["owner.bs", "reviewer.bs", "owner.ma", "reviewer.ma", "central", "auditor"];

    /// <summary>Those who read every item of OM-BS: its reviewer, the central team and the auditor.</summary>
    private static readonly string[] GovernorateReaders = ["reviewer.bs", "central", "auditor"];

    /// <summary>Those who read OM-BS's scorecard.</summary>
    private static readonly string[] ScoreReaders = ["reviewer.bs", "viewer.bs", "viewer.all", "central", "auditor"];

    /// <summary>Assignments in OM-MA only: OM-BS's items are out of their sight.</summary>
    private static readonly string[] OtherGovernorate = ["owner.ma", "reviewer.ma", "viewer.ma"];

    private static readonly string[] Nobody = [];

    private sealed record Row(string Method, string Path, Func<HttpContent?> Body, string[] Allowed, int AllowedStatus, string[] Unseen, bool IfMatch = false);

    private static readonly Row[] Table =
    [
        new("GET", "/api/cycles", NoBody, Everyone, 200, Nobody),
        new("GET", Cycle, NoBody, Everyone, 200, Nobody),
        new("POST", "/api/cycles", () => Json("{}"), Central, 400, Nobody),
        new("PUT", Cycle, () => Json("{}"), Central, 409, Nobody),
        new("PUT", Cycle + "/targets/OM-BS/LSP-01", () => Json("""{"lower":1,"target":2}"""), Central, 400, OtherGovernorate),
        new("POST", Cycle + "/open", NoBody, Central, 409, Nobody),
        new("POST", Cycle + "/close", NoBody, Central, 409, Nobody),
        new("GET", Cycle + "/submissions?governorate=OM-BS", NoBody, ItemReaders, 200, OtherGovernorate),
        new("GET", Cycle + "/submissions", NoBody, AnyReaders, 200, Nobody),
        new("GET", Item, NoBody, ItemReaders, 200, OtherGovernorate),
        new("GET", Item + "/revisions", NoBody, ItemReaders, 200, OtherGovernorate),
        new("PUT", Item, () => Json("""{"value":70}"""), OwnerBs, 409, OtherGovernorate, IfMatch: true),
        new("POST", Item + "/submit", NoBody, OwnerBs, 409, OtherGovernorate, IfMatch: true),
        new("POST", Item + "/request-na", () => Json("""{"reason":"No such unit."}"""), OwnerBs, 409, OtherGovernorate, IfMatch: true),
        new("POST", Item + "/accept", NoBody, ReviewerBs, 409, OtherGovernorate, IfMatch: true),
        new("POST", Item + "/return", () => Json("""{"reason":"other","text":"Check the figure."}"""), ["reviewer.bs", "central"], 409, OtherGovernorate, IfMatch: true),
        new("POST", Item + "/verify", NoBody, Central, 409, OtherGovernorate, IfMatch: true),
        new("POST", Item + "/grant-na", () => Json("""{"grant":true}"""), Central, 409, OtherGovernorate, IfMatch: true),
        new("POST", Item + "/reopen", () => Json("""{"reason":"Restated."}"""), Central, 409, OtherGovernorate, IfMatch: true),
        new("GET", Item + "/evidence", NoBody, ItemReaders, 200, OtherGovernorate),
        new("POST", Item + "/evidence", EmptyForm, OwnerBs, 400, OtherGovernorate),
        new("GET", Item + "/evidence/8a6f0d5e-2b0c-4c55-9d51-1f3f7d0e9b11", NoBody, ItemReaders, 404, OtherGovernorate),
        new("DELETE", Item + "/evidence/8a6f0d5e-2b0c-4c55-9d51-1f3f7d0e9b11", NoBody, OwnerBs, 404, OtherGovernorate),
        new("GET", Cycle + "/template/OM-BS.xlsx", NoBody, ItemReaders, 200, OtherGovernorate),
        new("POST", Cycle + "/template/OM-BS", EmptyForm, OwnerBs, 400, OtherGovernorate),
        new("POST", Cycle + "/template/OM-BS/errors.xlsx", EmptyForm, OwnerBs, 400, OtherGovernorate),
        new("GET", Cycle + "/submissions.xlsx?governorate=OM-BS", NoBody, ItemReaders, 200, OtherGovernorate),
        new("GET", Cycle + "/submissions.csv", NoBody, AnyReaders, 200, Nobody),
        new("GET", Cycle + "/flags?governorate=OM-BS", NoBody, ItemReaders, 200, OtherGovernorate),
        new("POST", Cycle + "/flags/scan", NoBody, Central, 200, Nobody),
        new("POST", Cycle + "/flags/8a6f0d5e-2b0c-4c55-9d51-1f3f7d0e9b11/confirm", () => Json("""{"reason":"Checked."}"""), ["reviewer.bs", "reviewer.ma"], 404, Nobody),
        new("GET", "/api/notifications", NoBody, Everyone, 200, Nobody),
        new("POST", "/api/notifications/8a6f0d5e-2b0c-4c55-9d51-1f3f7d0e9b11/read", NoBody, Everyone, 404, Nobody),
        // Scored before the score reads below, so that they find a run.
        new("POST", Cycle + "/score", NoBody, Central, 200, Nobody),
        new("POST", "/api/cycles/score?from=2025&to=2025", NoBody, Central, 200, Nobody),
        new("GET", Cycle + "/scorecards/OM-BS", NoBody, ScoreReaders, 200, OtherGovernorate),
        new("GET", Cycle + "/scorecards/OM-BS/what-if", NoBody, ScoreReaders, 200, OtherGovernorate),
        new("POST", Cycle + "/scorecards/OM-BS/what-if", () => Json("""{"values":{}}"""), ScoreReaders, 200, OtherGovernorate),
        new("GET", "/api/governorates/OM-BS/trend?indicator=LSP-01", NoBody, ScoreReaders, 200, OtherGovernorate),
        // Governorate-wide figures: an owner's grant covers one indicator, so the owner is refused (403) though the governorate is in sight.
        new("GET", Cycle + "/governorates/OM-BS/progress", NoBody, GovernorateReaders, 200, OtherGovernorate),
    ];

    [Fact]
    public async Task Every_collection_and_scoring_route_answers_every_role_exactly_as_the_table_says()
    {
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 10, 6, 0, 0, TimeSpan.Zero));
        using (var created = await Client.PostAsync(new Uri("/api/cycles", UriKind.Relative), Json("""{"year":2025}""")))
        {
            Assert.Equal(201, (int)created.StatusCode);
        }

        using (var opened = await Client.PostAsync(new Uri(Cycle + "/open", UriKind.Relative), null))
        {
            Assert.Equal(200, (int)opened.StatusCode);
        }

        var clients = new Dictionary<string, HttpClient>();
        foreach (var (name, grant) in new (string, (Role, string?, string?))[]
                 {
                     ("owner.bs", (Role.IndicatorOwner, "OM-BS", "LSP-01")), ("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)), ("viewer.bs", (Role.Viewer, "OM-BS", null)),
                     ("owner.ma", (Role.IndicatorOwner, "OM-MA", "LSP-01")), ("reviewer.ma", (Role.GovernorateReviewer, "OM-MA", null)), ("viewer.ma", (Role.Viewer, "OM-MA", null)),
                     ("viewer.all", (Role.Viewer, null, null)), ("central", (Role.CentralTeam, null, null)), ("auditor", (Role.Auditor, null, null)), ("admin", (Role.Administrator, null, null)),
                 })
        {
            clients[name] = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync(name, grant));
        }

        clients["anonymous"] = Anonymous;

        var failures = new List<string>();
        foreach (var row in Table)
        {
            foreach (var (who, client) in clients)
            {
                var expected = who == "anonymous" ? 401 : row.Allowed.Contains(who) ? row.AllowedStatus : row.Unseen.Contains(who) ? 404 : 403;
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path) { Content = row.Body() };
                if (row.IfMatch)
                {
                    request.Headers.TryAddWithoutValidation("If-Match", StaleVersion);
                }

                using var response = await client.SendAsync(request);
                if ((int)response.StatusCode != expected)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    failures.Add($"{row.Method} {row.Path} as {who}: expected {expected}, got {(int)response.StatusCode} {body[..Math.Min(body.Length, 160)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static HttpContent? NoBody() => null;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A form with a field but no file: the upload routes answer 400 "file required" to those who may upload.</summary>
    private static MultipartFormDataContent EmptyForm() => new() { { new StringContent("nothing"), "note" } };
}
