using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Audit;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Audit;

public sealed class ListAuditTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_log_is_filtered_and_paged_for_auditors()
    {
        await Fixture.Users.CreateAsync("someone", (Domain.Access.Role.Viewer, null, null));
        using var signIn = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "someone", password = "wrong-password-xx" });
        var auditor = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("auditor.x", (Domain.Access.Role.Auditor, null, null)));

        var page = await auditor.GetFromJsonAsync<AuditPage>("/api/audit?action=auth.&pageSize=1");
        var record = Assert.Single(page!.Items);
        Assert.Equal(("auth.sign_in_failed", "someone"), (record.Action, record.EntityKey));
        Assert.Equal(1, page.Total);

        var all = await auditor.GetFromJsonAsync<AuditPage>("/api/audit?entity=org_unit&pageSize=5&page=2");
        Assert.Equal(5, all!.Items.Count);
        Assert.Equal(12, all.Total);

        using var bad = await auditor.GetAsync(new Uri("/api/audit?pageSize=9999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("pageSize", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }
}
