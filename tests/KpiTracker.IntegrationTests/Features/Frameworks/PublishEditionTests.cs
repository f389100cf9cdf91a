using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Domain.Frameworks;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Frameworks;

public sealed class PublishEditionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_central_team_clones_edits_and_publishes_a_draft_and_every_step_is_audited()
    {
        using var cloned = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "IIS-2026", nameEn = "Institutional Innovation System 2026" });
        Assert.Equal(HttpStatusCode.Created, cloned.StatusCode);
        var draft = await cloned.Content.ReadFromJsonAsync<EditionDto>();
        Assert.Equal(("IIS-2026", EditionStatus.Draft, 35), (draft!.Code, draft.Status, draft.Criteria.Sum(c => c.Indicators.Count)));

        using var criterion = await Client.PutAsJsonAsync("/api/frameworks/IIS-2026/criteria/CUS", new { nameAr = "رضا المتعاملين", nameEn = "Customer Satisfaction", weight = 2 });
        Assert.Equal(HttpStatusCode.OK, criterion.StatusCode);

        using var indicator = await Client.PutAsJsonAsync("/api/frameworks/IIS-2026/indicators/LSP-02", new
        {
            nameAr = "نسبة إنجاز الخطة السنوية", nameEn = "Annual plan execution rate", definitionEn = "Completed over planned activities.",
            lower = 60, target = 95, weight = 1, allowedMin = 0, allowedMax = 100, expectedMin = 40, expectedMax = 100,
        });
        Assert.Equal(HttpStatusCode.OK, indicator.StatusCode);
        var edited = await indicator.Content.ReadFromJsonAsync<EditionDto>();
        var lsp02 = edited!.Criteria.SelectMany(c => c.Indicators).Single(i => i.Code == "LSP-02");
        Assert.Equal((60m, 95m, 40m), (lsp02.Lower!.Value, lsp02.Target!.Value, lsp02.ExpectedMin!.Value));
        Assert.Equal(2m, edited.Criteria.Single(c => c.Code == "CUS").Weight);

        using var published = await Client.PostAsync(new Uri("/api/frameworks/IIS-2026/publish", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("IIS-2026", (await Client.GetFromJsonAsync<EditionDto>("/api/frameworks/current"))!.Code);

        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "central.test").Select(a => new { a.Action, a.Entity, a.EntityKey, a.OldValues, a.NewValues }).ToListAsync());
        Assert.Contains(audit, a => a.Action == "clone_edition.create" && a.Entity == "framework_edition" && a.EntityKey == "IIS-2026");
        var weight = Assert.Single(audit, a => a.Action == "update_criterion.update" && a.EntityKey == "IIS-2026/CUS");
        Assert.Contains("\"weight\": 1", weight.OldValues!, StringComparison.Ordinal);
        Assert.Contains("\"weight\": 2", weight.NewValues!, StringComparison.Ordinal);
        var bounds = Assert.Single(audit, a => a.Action == "update_indicator.update" && a.EntityKey == "IIS-2026/LSP-02");
        Assert.Contains("\"target\": 90", bounds.OldValues!, StringComparison.Ordinal);
        Assert.Contains("\"target\": 95", bounds.NewValues!, StringComparison.Ordinal);
        Assert.Contains(audit, a => a.Action == "publish_edition.update" && a.EntityKey == "IIS-2026");
    }

    [Fact]
    public async Task A_published_edition_cannot_be_changed()
    {
        using var weight = await Client.PutAsJsonAsync("/api/frameworks/IIS-2024/criteria/LSP", new { nameAr = "أ", nameEn = "A", weight = 3 });
        using var target = await Client.PutAsJsonAsync("/api/frameworks/IIS-2024/indicators/LSP-01", new { nameAr = "أ", nameEn = "A", lower = 10, target = 20 });
        using var publish = await Client.PostAsync(new Uri("/api/frameworks/IIS-2024/publish", UriKind.Relative), null);

        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict], new[] { weight.StatusCode, target.StatusCode, publish.StatusCode });
        Assert.Equal("edition.published", (await weight.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var lsp01 = await Fixture.WithDbAsync(db => db.Indicators.SingleAsync(i => i.Code == "LSP-01"));
        Assert.Equal((50m, 100m), (lsp01.Lower!.Value, lsp01.Target!.Value));
    }
}
