using System.Net;
using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Application.Features.Setup.SeedDemoCollection;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Pages;

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
        Assert.Matches("id=\"calendar-2030-submissionDeadline-error\" role=\"alert\"><ul><li data-code=\"[a-z._]+\"", await reversed.Content.ReadAsStringAsync());
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

    [Fact]
    public async Task Progress_shows_every_governorates_counts_per_state_and_its_completeness()
    {
        await Fixture.SendAsync(new SeedDemoCollectionCommand());
        var counts = await Fixture.WithDbAsync(db => db.Submissions.AsNoTracking().Where(s => s.Year == 2025)
            .GroupBy(s => new { s.OrgUnitCode, s.State }).Select(g => new { g.Key.OrgUnitCode, g.Key.State, Count = g.Count() }).ToListAsync());

        var html = await Client.GetStringAsync(new Uri("/cycles/2025/progress", UriKind.Relative));
        var english = await GetAsync(Client, "/cycles/2025/progress", English);

        Assert.Equal(11, Regex.Count(html, "<tr id=\"gov-OM-[A-Z]+\""));
        foreach (var unit in counts.Select(c => c.OrgUnitCode).Distinct())
        {
            var row = Regex.Match(html, $"<tr id=\"gov-{unit}\">.*?</tr>", RegexOptions.Singleline).Value;
            foreach (var state in Enum.GetValues<SubmissionState>())
            {
                var expected = counts.Where(c => c.OrgUnitCode == unit && c.State == state).Sum(c => c.Count);
                Assert.Contains($"data-state=\"{state.ToCode()}\">{expected}</td>", row, StringComparison.Ordinal);
            }

            var complete = counts.Where(c => c.OrgUnitCode == unit && c.State is SubmissionState.Accepted or SubmissionState.Verified or SubmissionState.Locked or SubmissionState.NotApplicable).Sum(c => c.Count);
            Assert.Contains($"<progress max=\"35\" value=\"{complete}\"", row, StringComparison.Ordinal);
            Assert.Contains($"href=\"/cycles/2025/verify?gov={unit}\"", row, StringComparison.Ordinal);
        }

        Assert.Contains("<th scope=\"col\">مقبول</th>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Progress of cycle 2025</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Accepted</th>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifying_selected_items_asks_once_then_verifies_each_with_its_own_audit_row_and_a_second_try_names_the_changed_items()
    {
        await Fixture.SendAsync(new SeedDemoCollectionCommand());
        var accepted = await Fixture.WithDbAsync(db => db.Submissions.AsNoTracking().Where(s => s.Year == 2025 && s.OrgUnitCode == "OM-BS" && s.State == SubmissionState.Accepted)
            .OrderBy(s => s.IndicatorCode).Select(s => s.IndicatorCode).Take(2).ToListAsync());
        Assert.Equal(2, accepted.Count);
        var path = "/cycles/2025/verify?gov=OM-BS&state=verify";
        var page = await Client.GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Contains($"id=\"row-OM-BS-{accepted[0]}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"row-OM-MA-", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-work=\"decide_na\"", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/cycles/2025/submissions/OM-BS/{accepted[0]}\" class=\"code\" id=\"open-OM-BS-{accepted[0]}\">", page, StringComparison.Ordinal);
        var items = accepted.Select(i => new KeyValuePair<string, string>("item", ItemOf(page, i))).ToList();

        using var nothing = await FormPost.SubmitAsync(Client, path, "verify-select", []);
        Assert.Contains("id=\"select-error\"", await nothing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var asked = await FormPost.SubmitAsync(Client, path, "verify-select", items);
        var confirmation = await asked.Content.ReadAsStringAsync();
        Assert.Contains("id=\"verify-confirm\"", confirmation, StringComparison.Ordinal);
        Assert.All(accepted, i => Assert.Contains($"id=\"confirm-OM-BS-{i}\"", confirmation, StringComparison.Ordinal));
        Assert.DoesNotContain("id=\"verify-table\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("href=\"/cycles/2025/verify?gov=OM-BS&amp;state=verify&amp;page=1\" id=\"verify-cancel\"", confirmation, StringComparison.Ordinal);
        Assert.Equal(SubmissionState.Accepted, await StateAsync(accepted[0]));

        using var confirmed = await FormPost.SubmitAsync(Client, path, "verify-confirm", items);
        var after = await confirmed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("id=\"verify-result\"", after, StringComparison.Ordinal);
        Assert.All(accepted, i => Assert.Contains($"id=\"result-OM-BS-{i}\"", after, StringComparison.Ordinal));
        Assert.DoesNotContain($"id=\"row-OM-BS-{accepted[0]}\"", after, StringComparison.Ordinal);
        foreach (var indicator in accepted)
        {
            Assert.Equal(SubmissionState.Verified, await StateAsync(indicator));
            Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "submission" && a.EntityKey == $"2025/OM-BS/{indicator}" && a.Action.StartsWith("verify_submission.") && a.UserName == "central.test")));
        }

        using var again = await FormPost.SubmitAsync(Client, path, "verify-confirm", items);
        var problems = await again.Content.ReadAsStringAsync();
        Assert.Contains("id=\"verify-problems\"", problems, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(problems, "<li data-code=\"submission.stale\"><bdi class=\"code\">"));
    }

    [Fact]
    public async Task Select_all_shown_takes_every_value_of_the_page_and_the_table_pages_by_50()
    {
        await Fixture.SendAsync(new SeedDemoCollectionCommand());
        var values = await Fixture.WithDbAsync(db => db.Submissions.CountAsync(s => s.Year == 2025 && s.State == SubmissionState.Accepted && s.NotApplicable != NotApplicableRequest.Requested));
        var path = "/cycles/2025/verify?state=verify";
        var page = await Client.GetStringAsync(new Uri(path, UriKind.Relative));
        var second = await Client.GetStringAsync(new Uri(path + "&page=2", UriKind.Relative));

        Assert.Equal(Math.Min(50, values), Regex.Count(page, "<tr id=\"row-"));
        Assert.Equal(Math.Min(50, values - 50), Regex.Count(second, "<tr id=\"row-"));
        Assert.Contains("<a href=\"/cycles/2025/verify?state=verify&amp;page=2\" rel=\"next\" id=\"page-next\">", page, StringComparison.Ordinal);

        using var asked = await FormPost.SubmitAsync(Client, path, "verify-select", [new("all", "shown")]);
        var confirmation = await asked.Content.ReadAsStringAsync();
        Assert.Equal(Math.Min(50, values), Regex.Count(confirmation, "<li id=\"confirm-"));
        Assert.Equal(Math.Min(50, values), Regex.Count(confirmation, "<input type=\"hidden\" name=\"item\""));
    }

    [Fact]
    public async Task The_central_team_grants_a_not_applicable_request_and_a_refusal_needs_a_reason()
    {
        await Fixture.SendAsync(new SeedDemoCollectionCommand());
        var requested = await Fixture.WithDbAsync(db => db.Submissions.AsNoTracking()
            .Where(s => s.Year == 2025 && s.OrgUnitCode == "OM-BS" && s.NotApplicable == NotApplicableRequest.Requested).Select(s => s.IndicatorCode).SingleAsync());
        var path = "/cycles/2025/verify?gov=OM-BS";

        using var refused = await FormPost.SubmitAsync(Client, path, $"na-OM-BS-{requested}", [new("decision", "refuse"), new("reason", "")]);
        Assert.Contains($"id=\"na-OM-BS-{requested}-reason-error\" role=\"alert\"><ul><li data-code=\"na.decision.reason_required\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var granted = await FormPost.SubmitAsync(Client, path, $"na-OM-BS-{requested}", [new("decision", "grant"), new("reason", "")]);
        Assert.Contains($"اعتُبر {requested}", await granted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SubmissionState.NotApplicable, await StateAsync(requested));
    }

    [Fact]
    public async Task The_comparison_lists_governorates_in_rank_order_with_band_labels_and_the_download_links()
    {
        await Fixture.SendAsync(new SeedDemoCollectionCommand());
        await Fixture.SendAsync(new ScoreCycleCommand(2025));
        var best = await Fixture.WithDbAsync(db => db.ScoreRuns.AsNoTracking()
            .Where(r => r.IsLatest && db.Cycles.Any(c => c.Id == r.CycleId && c.Year == 2025))
            .OrderByDescending(r => r.PublishedOverall).Select(r => r.OrgUnitCode).FirstAsync());

        var html = await Client.GetStringAsync(new Uri("/cycles/2025/comparison", UriKind.Relative));
        var english = await GetAsync(Client, "/cycles/2025/comparison", English);

        var ranks = Regex.Matches(html, "<tr id=\"league-(OM-[A-Z]+)\" data-rank=\"(\\d*)\"").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(11, ranks.Count);
        Assert.Equal(best, ranks[0].Item1);
        var numbers = ranks.Where(r => r.Item2.Length > 0).Select(r => int.Parse(r.Item2, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.Order(), numbers);
        Assert.Matches("<td class=\"band-[a-z]+\" data-band=\"[a-z]+\">[0-9٠-٩.,٫]+ <small>(رائد|متقدم|متمكن|نامٍ|مبتدئ)</small></td>", html);
        Assert.Contains("href=\"/api/cycles/2025/comparison/pdf?lang=ar\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/cycles/2025/submissions.xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"league-title\">League table</h2>", english, StringComparison.Ordinal);
        Assert.Matches("<small>(Leading|Advanced|Established|Developing|Initial)</small>", english);
    }

    [Fact]
    public async Task Starting_the_batch_through_the_form_shows_its_progress_and_the_page_follows_it_by_id()
    {
        await Fixture.SendAsync(new SeedDemoCollectionCommand());
        await Fixture.SendAsync(new ScoreCycleCommand(2025));

        using var started = await FormPost.SubmitAsync(Client, "/cycles/2025/reports", "start", []);
        var html = await started.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var id = Regex.Match(html, "data-batch=\"([0-9a-f-]{36})\" data-state=\"(queued|running|succeeded)\"").Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.Contains("<progress id=\"batch-progress\" max=\"100\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/jobs\"", html, StringComparison.Ordinal);

        var followed = await Client.GetStringAsync(new Uri($"/cycles/2025/reports?batch={id}", UriKind.Relative));
        Assert.Contains($"data-batch=\"{id}\"", followed, StringComparison.Ordinal);
        var state = Regex.Match(followed, $"data-batch=\"{id}\" data-state=\"([a-z]+)\"").Groups[1].Value;
        Assert.Equal(state is "queued" or "running", followed.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("central", "home-cycles home-all-progress home-verify home-comparison home-reports home-editions home-users home-audit home-jobs", "home-review home-my")]
    [InlineData("admin", "home-users home-jobs", "home-cycles home-verify home-editions home-audit home-review")]
    [InlineData("auditor", "home-audit", "home-cycles home-users home-jobs home-editions home-review")]
    [InlineData("reviewer", "home-review", "home-cycles home-verify home-users home-audit home-jobs home-editions")]
    public async Task The_home_page_leads_each_role_to_its_own_pages_and_to_no_other(string who, string shown, string hidden)
    {
        var client = who == "central"
            ? Client
            : await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync($"{who}.home", who switch
            {
                "admin" => (Role.Administrator, null, null),
                "auditor" => (Role.Auditor, null, null),
                _ => (Role.GovernorateReviewer, "OM-BS", null),
            }));

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        foreach (var id in shown.Split(' '))
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        foreach (var id in hidden.Split(' '))
        {
            Assert.DoesNotContain($"id=\"{id}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/cycles")]
    [InlineData("/cycles/2025/reports")]
    [InlineData("/cycles/2025/progress")]
    [InlineData("/cycles/2025/verify")]
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

    private Task<SubmissionState> StateAsync(string indicator) =>
        Fixture.WithDbAsync(db => db.Submissions.Where(s => s.Year == 2025 && s.OrgUnitCode == "OM-BS" && s.IndicatorCode == indicator).Select(s => s.State).SingleAsync());

    private static string ItemOf(string html, string indicator) =>
        Regex.Match(html, $"name=\"item\" value=\"(OM-BS/{indicator}/\\d+)\"").Groups[1].Value;

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
