using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Frameworks;

public sealed class CloneEditionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Cloning_to_an_existing_code_is_refused()
    {
        using var response = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "IIS-2024" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("edition.code.exists", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldCodes").GetProperty("newCode")[0].GetString());
    }
}
