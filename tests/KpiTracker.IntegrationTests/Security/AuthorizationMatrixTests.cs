using System.Net;
using System.Net.Http.Json;
using System.Text;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Security;

/// <summary>
/// Every endpoint × every role (in OM-BS and in OM-MA, plus the roles without a governorate) × anonymous, with
/// the expected status written out: zero successes outside what the table allows, 401 for anonymous, 403 for a
/// signed-in user whose role does not allow the action on an object in their sight.
/// </summary>
public sealed class AuthorizationMatrixTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const int Ok = 200;
    private const int Created = 201;
    private const int NoContent = 204;
    private const int Bad = 400;
    private const int Conflict = 409;

    private static readonly string[] Everyone = ["owner.bs", "reviewer.bs", "viewer.bs", "owner.ma", "reviewer.ma", "viewer.ma", "viewer.all", "central", "auditor", "admin"];
    private static readonly string[] UserManagers = ["central", "admin"];
    private static readonly string[] AuditReaders = ["central", "auditor"];
    private static readonly string[] FrameworkEditors = ["central"];

    private const int NotFound = 404;
    private static readonly string[] ScorecardReadersOfBs = ["reviewer.bs", "viewer.bs", "viewer.all", "central", "auditor"];
    private static readonly string[] GovernorateReadersOfBs = ["reviewer.bs", "central", "auditor"];
    private static readonly string[] ComparisonReaders = ["reviewer.bs", "viewer.bs", "reviewer.ma", "viewer.ma", "viewer.all", "central", "auditor"];
    private static readonly string[] CycleManagers = ["central"];
    private static readonly string[] OutsideBs = ["owner.ma", "reviewer.ma", "viewer.ma"];

    /// <summary><paramref name="OutOfSight"/>: users for whom the object does not exist (another governorate's), answered 404 rather than 403.</summary>
    private sealed record Row(string Method, string Path, Func<int, HttpContent?> Body, string[] Allowed, int AllowedStatus, string[]? OutOfSight = null);

    private static readonly Row[] Table =
    [
        new("GET", "/api/frameworks", _ => null, Everyone, Ok),
        new("GET", "/api/frameworks/current", _ => null, Everyone, Ok),
        new("GET", "/api/frameworks/IIS-2024", _ => null, Everyone, Ok),
        new("POST", "/api/frameworks", _ => Json("{}"), FrameworkEditors, Bad),
        new("POST", "/api/frameworks/IIS-2024/clone", i => Json($$"""{"newCode":"CLONE-{{i}}"}"""), FrameworkEditors, Created),
        new("PUT", "/api/frameworks/IIS-2024/criteria/LSP", _ => Json("""{"nameAr":"أ","nameEn":"A","weight":2}"""), FrameworkEditors, Conflict),
        new("PUT", "/api/frameworks/IIS-2024/indicators/LSP-01", _ => Json("""{"nameAr":"أ","nameEn":"A","lower":40,"target":90,"weight":1}"""), FrameworkEditors, Conflict),
        new("POST", "/api/frameworks/IIS-2024/publish", _ => null, FrameworkEditors, Conflict),
        new("GET", "/api/org-units", _ => null, Everyone, Ok),
        new("GET", "/api/users", _ => null, UserManagers, Ok),
        new("GET", "/api/users/target", _ => null, UserManagers, Ok),
        new("POST", "/api/users", i => Json($$"""{"userName":"made.{{i}}","displayName":"Made","password":"Ras-al-Hadd-Turtles-Nesting-{{i}}","assignments":[{"role":"viewer"}]}"""), UserManagers, Created),
        new("POST", "/api/users/target/deactivate", _ => Json("""{"reason":"matrix"}"""), UserManagers, Ok),
        new("POST", "/api/users/target/activate", _ => Json("""{"reason":"matrix"}"""), UserManagers, Ok),
        new("POST", "/api/users/target/reset-password", i => Json($$"""{"newPassword":"Bahla-Pottery-Kilns-Smoke-{{i}}"}"""), UserManagers, Ok),
        new("PUT", "/api/users/target/assignments", _ => Json("""[{"role":"viewer","orgUnit":"OM-BS"}]"""), UserManagers, Ok),
        new("PUT", "/api/users/target/profile", _ => Json("""{"displayName":"Target","email":"target@example.om"}"""), UserManagers, Ok),
        new("GET", "/api/audit", _ => null, AuditReaders, Ok),
        new("GET", "/api/audit/verify", _ => null, AuditReaders, Ok),
        new("GET", "/api/me", _ => null, Everyone, Ok),
        // No cycle 2099: those allowed reach the query and learn it does not exist.
        new("GET", "/api/cycles/2099/scorecards/OM-BS/pdf?lang=ar", _ => null, ScorecardReadersOfBs, NotFound, OutsideBs),
        new("GET", "/api/cycles/2099/comparison/pdf?lang=en", _ => null, ComparisonReaders, NotFound),
        new("GET", "/api/cycles/2099/governorates/OM-BS/progress", _ => null, GovernorateReadersOfBs, NotFound, OutsideBs),
        new("GET", "/api/cycles/2099/comparison/trend?indicator=LSP-01", _ => null, ComparisonReaders, NotFound),
        new("POST", "/api/cycles/2099/scorecards/batch", _ => null, CycleManagers, NotFound),
        new("GET", "/api/report-batches/00000000-0000-0000-0000-000000000001", _ => null, CycleManagers, NotFound),
        new("GET", "/api/report-batches/00000000-0000-0000-0000-000000000001/zip", _ => null, CycleManagers, NotFound),
        new("GET", "/api/cycles/2099/commitments/OM-BS", _ => null, ScorecardReadersOfBs, NotFound, OutsideBs),
        new("GET", "/api/cycles/2099/commitments/OM-BS/met", _ => null, ScorecardReadersOfBs, NotFound, OutsideBs),
        new("POST", "/api/cycles/2099/commitments/OM-BS", _ => Json("""{"rows":[{"indicator":"LSP-01","value":80}]}"""), ["reviewer.bs"], NotFound, OutsideBs),
        new("POST", "/api/cycles/2099/commitments/OM-BS/LSP-01/approve", _ => null, CycleManagers, NotFound, OutsideBs),
        new("POST", "/api/cycles/2099/commitments/OM-BS/LSP-01/return", _ => Json("""{"reason":"matrix"}"""), CycleManagers, NotFound, OutsideBs),
        new("GET", "/api/cycles/2099/commitments", _ => null, CycleManagers, NotFound),
        new("GET", "/api/cycles/2099/commitments/OM-BS/template.xlsx", _ => null, ["reviewer.bs"], NotFound, OutsideBs),
        new("POST", "/api/cycles/2099/commitments/OM-BS/template", _ => Upload(), ["reviewer.bs"], NotFound, OutsideBs),
        new("POST", "/api/me/password", _ => Json("""{"currentPassword":"wrong-password-here","newPassword":"Sohar-Copper-Mines-Ancient-77"}"""), Everyone, Bad),
    ];

    [Fact]
    public async Task Every_endpoint_answers_every_role_exactly_as_the_table_says()
    {
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

        await Fixture.Users.CreateAsync("target", (Role.Viewer, null, null));
        clients["anonymous"] = Anonymous;

        var failures = new List<string>();
        var counter = 0;
        foreach (var row in Table)
        {
            foreach (var (who, client) in clients)
            {
                var expected = who == "anonymous" ? 401 : row.Allowed.Contains(who) ? row.AllowedStatus : row.OutOfSight?.Contains(who) == true ? NotFound : 403;
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path) { Content = row.Body(++counter) };
                using var response = await client.SendAsync(request);
                if ((int)response.StatusCode != expected)
                {
                    failures.Add($"{row.Method} {row.Path} as {who}: expected {expected}, got {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_refused_request_is_audited_with_who_and_what()
    {
        var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.refused", (Role.IndicatorOwner, "OM-BS", "LSP-01")));

        using var response = await owner.GetAsync(new Uri("/api/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var record = await Fixture.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.AuditEntries.Where(a => a.Action == "access.refused" && a.UserName == "owner.refused")));
        Assert.Contains("\"permission\": \"UsersManage\"", record.NewValues!, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"forbidden\"", record.NewValues!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_edition_does_not_exist_for_anyone_but_the_central_team()
    {
        using var cloned = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "IIS-2026" });
        Assert.Equal(HttpStatusCode.Created, cloned.StatusCode);
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.draft", (Role.GovernorateReviewer, "OM-BS", null)));

        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync(new Uri("/api/frameworks/IIS-2026", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync(new Uri("/api/frameworks/NO-SUCH", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("IIS-2026", await reviewer.GetStringAsync(new Uri("/api/frameworks", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri("/api/frameworks/IIS-2026", UriKind.Relative))).StatusCode);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static MultipartFormDataContent Upload() => new() { { new ByteArrayContent("not a workbook"u8.ToArray()), "file", "template.xlsx" } };
}
