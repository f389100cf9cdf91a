using System.Text.Json;
using KpiTracker.BrowserTests.Infrastructure;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>The screens draw with the faces the PDFs embed, served by the app itself, not whatever the computer has.</summary>
[Collection(BrowserGroup.Name)]
public sealed class WebFontTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_arabic_page_loads_the_app_s_own_naskh_and_sans_faces()
    {
        var page = await fixture.SignInAsync("reviewer.bs");
        var fonts = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/fonts/", StringComparison.Ordinal))
            {
                // 304 when the sign-in page already fetched it: the browser revalidates its copy.
                var status = response.Status == 304 ? 200 : response.Status;
                fonts.Add($"{status} {response.Headers.GetValueOrDefault("content-type")} {response.Url[(response.Url.LastIndexOf('/') + 1)..]}");
            }
        };

        await page.GotoAsync("/");
        var loaded = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(
            "async () => { await document.fonts.ready; return JSON.stringify([...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replaceAll('\"', '') + ' ' + f.weight)); }"))!;

        Assert.Contains("Noto Naskh Arabic 400", loaded);
        Assert.Contains("Noto Sans 400", loaded);
        Assert.Contains("200 font/woff2 noto-naskh-arabic-regular.woff2", fonts);
        Assert.Contains("200 font/woff2 noto-sans-latin-regular.woff2", fonts);
        fixture.AssertNoServerFailures();
    }
}
