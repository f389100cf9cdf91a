using System.Net;
using System.Text.RegularExpressions;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Web;

/// <summary>The central team's pages as a user sees them: server-rendered HTML and form posts with antiforgery.</summary>
public sealed partial class CentralPagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string English = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    [Fact]
    public async Task The_central_team_plans_edits_and_opens_a_cycle_through_the_forms_and_an_early_close_is_refused_beside_it()
    {
        using var created = await FormPost.SubmitAsync(Client, "/cycles", "create", [new("year", "2030")]);
        var html = await created.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("خُططت دورة 2030. راجع تواريخها ثم افتحها.", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"الحالة\" data-status=\"planned\">مخطط لها</td>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"calendar-2030-opens\" name=\"opens\" type=\"date\" value=\"2031-01-01\"", html, StringComparison.Ordinal);

        using var reversed = await FormPost.SubmitAsync(Client, "/cycles", "calendar-2030", [new("opens", "2031-06-01"), new("submissionDeadline", "2031-03-01")]);
        Assert.Matches("id=\"calendar-2030-submissionDeadline-error\" role=\"alert\"><li data-code=\"[a-z._]+\"", await reversed.Content.ReadAsStringAsync());
        Assert.Equal(new DateOnly(2031, 1, 1), (await Fixture.WithDbAsync(db => db.Cycles.AsNoTracking().SingleAsync(c => c.Year == 2030))).Calendar.Opens);

        using var moved = await FormPost.SubmitAsync(Client, "/cycles", "calendar-2030", [new("opens", "2031-01-05")]);
        Assert.Contains("حُفظت تواريخ دورة 2030.", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2031, 1, 5), (await Fixture.WithDbAsync(db => db.Cycles.AsNoTracking().SingleAsync(c => c.Year == 2030))).Calendar.Opens);

        using var opened = await FormPost.SubmitAsync(Client, "/cycles", "open-2030", []);
        var afterOpen = await opened.Content.ReadAsStringAsync();
        Assert.Contains("فُتحت دورة 2030", afterOpen, StringComparison.Ordinal);
        Assert.Equal(CycleStatus.Open, await Fixture.WithDbAsync(db => db.Cycles.Where(c => c.Year == 2030).Select(c => c.Status).SingleAsync()));
        Assert.Equal(11 * 35, await Fixture.WithDbAsync(db => db.Submissions.CountAsync(s => s.Year == 2030)));
        Assert.Contains("href=\"/cycles/2030/progress\"", afterOpen, StringComparison.Ordinal);

        using var closed = await FormPost.SubmitAsync(Client, "/cycles", "close-2030", []);
        var refusal = Regex.Match(await closed.Content.ReadAsStringAsync(), "id=\"cycle-2030-error\">([^<]+)<").Groups[1].Value;
        Assert.Contains("2030", WebUtility.HtmlDecode(refusal), StringComparison.Ordinal);
        Assert.NotEmpty(refusal);
        Assert.Equal(CycleStatus.Open, await Fixture.WithDbAsync(db => db.Cycles.Where(c => c.Year == 2030).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_cycles_page_speaks_English_with_the_culture_cookie_and_the_menu_links_it_for_the_central_team()
    {
        (await FormPost.SubmitAsync(Client, "/cycles", "create", [new("year", "2031")])).Dispose();

        var html = await GetAsync(Client, "/cycles", English);

        Assert.Contains("<h1>Assessment cycles</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-status=\"planned\">Planned</td>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cycles\" id=\"menu-cycles\">Cycles</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cycles")]
    public async Task A_reviewer_is_refused_the_central_pages_with_403(string path)
    {
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));

        using var response = await reviewer.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("لا يسمح دورك بعرض هذه الصفحة", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"menu-cycles\"", html, StringComparison.Ordinal);
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
