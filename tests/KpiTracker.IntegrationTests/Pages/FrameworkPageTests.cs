using System.Net;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiTracker.IntegrationTests.Pages;

public sealed class FrameworkPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_framework_page_is_Arabic_and_right_to_left_by_default()
    {
        var html = await Client.GetStringAsync(new Uri("/framework", UriKind.Relative));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("إطار التقييم", html, StringComparison.Ordinal);
        Assert.Contains("القيادة والتخطيط الاستراتيجي", html, StringComparison.Ordinal);
        Assert.Contains("نسبة تنفيذ الميزانية المعتمدة", html, StringComparison.Ordinal);
        Assert.Equal(35, CountOf(html, "<tr id=\"ind-"));
        Assert.Equal(7, CountOf(html, "<section class=\"criterion\""));
    }

    [Fact]
    public async Task A_browser_asking_for_English_still_gets_Arabic_pages_until_the_user_switches()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/framework");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        using var response = await Client.SendAsync(request);

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_flips_to_English_and_left_to_right_and_is_remembered()
    {
        using var client = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;

        using var switched = await client.GetAsync(new Uri("/culture?lang=en&returnUrl=%2Fframework", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/framework", switched.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"));
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);

        var html = await client.GetStringAsync(new Uri("/framework", UriKind.Relative));
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Assessment framework", html, StringComparison.Ordinal);
        Assert.Contains("Leadership &amp; Strategic Planning", html, StringComparison.Ordinal);
        Assert.Contains("0 at 50, 100 at 90", html, StringComparison.Ordinal);

        var again = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("dir=\"ltr\"", again, StringComparison.Ordinal);

        using var back = await client.GetAsync(new Uri("/culture?lang=ar&returnUrl=%2F", UriKind.Relative));
        Assert.Contains("dir=\"rtl\"", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task The_language_switch_never_redirects_off_site(string returnUrl)
    {
        using var client = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/culture?lang=en&returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Numbers_on_the_page_follow_the_language()
    {
        var import = System.Text.Json.Nodes.JsonNode.Parse(Application.Features.Frameworks.DefaultEdition.DefaultEditionFile.Read())!;
        import["code"] = "DEC-2025";
        import["indicators"]![0]!["lower"] = 12.5;
        var result = await Fixture.SendAsync(new Application.Features.Frameworks.ImportFramework.ImportFrameworkCommand(import.ToJsonString()));
        Assert.True(result.IsSuccess);

        var arabic = await Client.GetStringAsync(new Uri("/framework/DEC-2025", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/framework/DEC-2025");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using var english = await Client.SendAsync(request);

        Assert.Contains("12.5", arabic, StringComparison.Ordinal);
        Assert.DoesNotContain("12٫5", arabic, StringComparison.Ordinal);
        Assert.Contains("0 at 12.5, 100 at 100", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
