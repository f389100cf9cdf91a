using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Security;

/// <summary>
/// Input the handlers never see whole (a query or route value that does not bind, a page number beyond any log, a return address
/// with control characters) is answered with a 4xx that names the field and the rule, in the caller's language, in every
/// environment; before, these were 500 in Development and a bare 400 in Production.
/// </summary>
public sealed class BadInputAnswerTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public static TheoryData<string, string, string, string> Unbindable => new()
    {
        { "POST", "/api/cycles/score?from=x&to=2025", "from", "parameter.invalid" },
        { "POST", "/api/cycles/score?to=2025", "from", "parameter.invalid" },
        { "GET", "/api/notifications?unreadOnly=maybe", "unreadOnly", "parameter.invalid" },
        { "GET", "/api/audit?from=not-a-date", "from", "parameter.invalid" },
        { "GET", "/api/audit?page=99999999999", "page", "parameter.invalid" },
        { "GET", "/api/audit?page=%00", "page", "parameter.invalid" },
        { "GET", "/api/audit?page=2147483647&pageSize=500", "page", "paging.page_max" },
        { "GET", "/api/notifications?limit=many", "limit", "parameter.invalid" },
    };

    [Theory]
    [MemberData(nameof(Unbindable))]
    public async Task A_value_that_does_not_bind_is_a_400_naming_the_field(string method, string path, string field, string code)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("fieldCodes").GetProperty(field)[0].GetString());
        // No language asked for: the API answers in Arabic, the first language.
        Assert.Matches(@"\p{IsArabic}", problem.GetProperty("errors").GetProperty(field)[0].GetString()!);
    }

    [Fact]
    public async Task A_return_address_with_control_characters_is_refused_and_one_in_arabic_is_followed_encoded()
    {
        using var control = await Anonymous.GetAsync(new Uri("/culture?lang=en&returnUrl=/my%0d%0aSet-Cookie:x=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, control.StatusCode);
        var problem = await control.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("return_url.invalid", problem.GetProperty("fieldCodes").GetProperty("returnUrl")[0].GetString());

        using var browser = Fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var arabic = await browser.GetAsync(new Uri("/culture?lang=en&returnUrl=" + Uri.EscapeDataString("/my?q=عمان"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, arabic.StatusCode);
        Assert.Equal("/my?q=%D8%B9%D9%85%D8%A7%D9%86", arabic.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_put_to_a_cycle_that_does_not_exist_is_404()
    {
        using var calendar = await Client.PutAsJsonAsync(new Uri("/api/cycles/2099", UriKind.Relative), new { opens = "2099-11-01" });
        Assert.Equal(HttpStatusCode.NotFound, calendar.StatusCode);
        Assert.Equal("cycle.not_found", (await calendar.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
