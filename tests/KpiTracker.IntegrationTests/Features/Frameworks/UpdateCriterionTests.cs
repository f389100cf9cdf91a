using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Frameworks;

public sealed class UpdateCriterionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("""{"nameAr":"أ","nameEn":"A","weight":0}""", "weight", "criterion.weight.not_positive")]
    [InlineData("""{"nameAr":"","nameEn":"A","weight":2}""", "nameAr", "required")]
    public async Task A_draft_criterion_edit_that_breaks_a_rule_is_refused_and_changes_nothing(string body, string field, string code)
    {
        using var cloned = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "IIS-DRAFT" });
        Assert.Equal(HttpStatusCode.Created, cloned.StatusCode);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Client.PutAsync(new Uri("/api/frameworks/IIS-DRAFT/criteria/CUS", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("fieldCodes").GetProperty(field)[0].GetString());
        var edition = await Client.GetFromJsonAsync<EditionDto>("/api/frameworks/IIS-DRAFT");
        Assert.Equal(1m, edition!.Criteria.Single(c => c.Code == "CUS").Weight);
    }

    [Fact]
    public async Task An_unknown_criterion_is_not_found()
    {
        using var cloned = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "IIS-DRAFT" });
        using var response = await Client.PutAsJsonAsync("/api/frameworks/IIS-DRAFT/criteria/NOPE", new { nameAr = "أ", nameEn = "A", weight = 2 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("criterion.not_found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
