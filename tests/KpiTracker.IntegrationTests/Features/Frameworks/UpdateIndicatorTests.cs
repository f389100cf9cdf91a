using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Frameworks;

public sealed class UpdateIndicatorTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("""{"nameAr":"أ","nameEn":"A","lower":50,"target":50}""", "target", "indicator.lower_equals_target")]
    [InlineData("""{"nameAr":"أ","nameEn":"A","lower":90,"target":50}""", "direction", "indicator.direction.mismatch")]
    [InlineData("""{"nameAr":"","nameEn":"A","lower":10,"target":50}""", "nameAr", "required")]
    [InlineData("""{"nameAr":"أ","nameEn":"A","lower":10,"target":50,"weight":0}""", "weight", "indicator.weight.not_positive")]
    [InlineData("""{"nameAr":"أ","nameEn":"A","lower":10,"target":50,"expectedMin":80,"expectedMax":20}""", "expectedRange", "indicator.expected_range.order")]
    [InlineData("""{"nameAr":"أ","nameEn":"A","target":50}""", "lower", "required")]
    public async Task A_draft_indicator_edit_that_breaks_a_rule_is_refused_and_changes_nothing(string body, string field, string code)
    {
        using var cloned = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "IIS-DRAFT" });
        Assert.Equal(HttpStatusCode.Created, cloned.StatusCode);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Client.PutAsync(new Uri("/api/frameworks/IIS-DRAFT/indicators/LSP-02", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("fieldCodes").GetProperty(field)[0].GetString());
        var edition = await Client.GetFromJsonAsync<EditionDto>("/api/frameworks/IIS-DRAFT");
        var lsp02 = edition!.Criteria.SelectMany(c => c.Indicators).Single(i => i.Code == "LSP-02");
        Assert.Equal((50m, 90m, "Annual plan execution rate"), (lsp02.Lower!.Value, lsp02.Target!.Value, lsp02.NameEn));
    }
}
