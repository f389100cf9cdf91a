using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Application.Features.Scoring.WhatIf;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Pages;

/// <summary>The governorate reviewer's scorecard (what-if panel, contributions on demand) and progress pages, as server-rendered HTML.</summary>
public sealed partial class ScorecardPagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_reviewer_gets_a_commitment_link_on_every_indicator_row_and_a_viewer_none()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));
        using var viewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.all", (Role.Viewer, null, null)));
        var path = $"/cycles/{data.Year}/scorecards/OM-BS";
        var card = (await reviewer.GetFromJsonAsync<ScorecardDto>(new Uri("/api" + path, UriKind.Relative)))!;

        var proposing = await reviewer.GetStringAsync(new Uri(path, UriKind.Relative));
        var reading = await viewer.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.All(card.Indicators, i => Assert.Contains(
            $"href=\"/cycles/{data.Year}/commitments/OM-BS?indicator={i.Code}\" id=\"commit-{i.Code}\"", proposing, StringComparison.Ordinal));
        Assert.Contains("id=\"commitments-link\"", reading, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"commitment-link\"", reading, StringComparison.Ordinal);
        Assert.Equal(card.Indicators.Count, Regex.Count(proposing, "class=\"commitment-link\""));
    }

    [Fact]
    public async Task The_what_if_panel_shows_the_index_the_what_if_query_gives_with_the_next_band_table_and_contributions_on_demand()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));
        var path = $"/cycles/{data.Year}/scorecards/OM-BS";
        var card = (await reviewer.GetFromJsonAsync<ScorecardDto>(new Uri("/api" + path, UriKind.Relative)))!;
        var plan = (await reviewer.GetFromJsonAsync<NextBandDto>(new Uri($"/api{path}/what-if", UriKind.Relative)))!;
        var hypothetical = new Dictionary<string, decimal> { ["CUS-01"] = 95m, ["LSP-02"] = 12.5m, ["INN-03"] = 0m };
        using var posted = await reviewer.PostAsJsonAsync(new Uri($"/api{path}/what-if", UriKind.Relative), new { values = hypothetical });
        var expected = (await posted.Content.ReadFromJsonAsync<WhatIfDto>())!;

        var plain = await reviewer.GetStringAsync(new Uri(path, UriKind.Relative));
        // Arabic-Indic digits and the Arabic decimal separator read as the same numbers.
        var html = await reviewer.GetStringAsync(new Uri($"{path}?CUS-01=%D9%A9%D9%A5&LSP-02=12%D9%AB5&INN-03=0&compute=1", UriKind.Relative));

        Assert.DoesNotContain("id=\"what-if-result\"", plain, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"" + path + "\" class=\"form\" id=\"what-if-form\">", plain, StringComparison.Ordinal);
        Assert.NotNull(expected.Overall);
        // Overall from → to: the to side is the what-if query's index.
        Assert.Matches($"(?s)id=\"what-if-overall\" class=\"big\">.*?<bdi dir=\"ltr\" class=\"to\">{Regex.Escape(S(expected.Overall))}</bdi>", html);
        foreach (var criterion in expected.Criteria)
        {
            var row = Regex.Match(html, $"<tr data-criterion=\"{criterion.Code}\">(?:(?!</tr>).)*?class=\"num what-if-score\">([^<]*)</td>", RegexOptions.Singleline);
            Assert.True(row.Success, criterion.Code);
            Assert.Equal(S(criterion.Score), row.Groups[1].Value);
        }

        Assert.Contains("id=\"wi-CUS-01\" name=\"CUS-01\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"wi-CUS-01\" class=\"visually-hidden\">", html, StringComparison.Ordinal);

        // The next-band table: every indicator the plan answers, with the value that alone reaches the next band, a note for
        // the computed GOV-02, and nothing otherwise (no sentence repeated on every row).
        Assert.Contains("id=\"next-band\"", plain, StringComparison.Ordinal);
        Assert.NotEmpty(plan.Indicators);
        foreach (var required in plan.Indicators)
        {
            var cell = Regex.Match(plain, $"<tr data-indicator=\"{required.Code}\">(?:(?!</tr>).)*?class=\"num needed\"(?: data-needed=\"([^\"]*)\")?>(.*?)</td>", RegexOptions.Singleline);
            Assert.True(cell.Success, required.Code);
            if (required.Value is { } value)
            {
                Assert.Equal(value.ToString(CultureInfo.InvariantCulture), cell.Groups[1].Value);
            }
            else if (required.Reason == RequiredValue.Computed)
            {
                Assert.Contains($"data-reason=\"{required.Reason}\"", cell.Groups[2].Value, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal("", cell.Groups[2].Value.Trim());
            }
        }

        // Contributions on demand: a details element per indicator, its explanation naming the contribution the scorecard query returns.
        Assert.Equal(card.Indicators.Count, Regex.Count(plain, "<details class=\"explain\" id=\"explain-"));
        var counted = card.Indicators.First(i => i.WeightShare is not null && i.ContributionToOverall is not null);
        var explanation = Regex.Match(plain, $"id=\"explain-{counted.Code}\">.*?<p>(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(S(counted.ContributionToCriterion), WebUtility.HtmlDecode(explanation), StringComparison.Ordinal);
        Assert.Contains(S(counted.ContributionToOverall), WebUtility.HtmlDecode(explanation), StringComparison.Ordinal);
        Assert.Contains(NumberText.Share(counted.WeightShare!.Value), WebUtility.HtmlDecode(explanation), StringComparison.Ordinal);
        Assert.Contains($"<span class=\"visually-hidden\"> للمؤشر {counted.Code}</span></summary>", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scorecard_not_computed_yet_says_why_and_an_unknown_one_is_not_found()
    {
        await ScoringData.OpenAsync(Fixture);
        using (var planned = await Client.PostAsJsonAsync(new Uri("/api/cycles", UriKind.Relative), new { year = 2026 }))
        {
            Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        }

        var pending = await Client.GetStringAsync(new Uri("/cycles/2025/scorecards/OM-BS", UriKind.Relative));
        var notOpen = await Client.GetStringAsync(new Uri("/cycles/2026/scorecards/OM-BS", UriKind.Relative));
        using var unknown = await Client.GetAsync(new Uri("/cycles/2031/scorecards/OM-BS", UriKind.Relative));

        Assert.Contains("<p id=\"no-scores\">تُحتسب درجات هذه المحافظة في هذه الدورة الآن: تظهر خلال دقيقة، وتتحدث بعد كل قيمة تُقبل أو تُعاد.</p>", pending, StringComparison.Ordinal);
        Assert.Contains("<p id=\"no-scores\">لم تُفتح هذه الدورة بعد: تظهر درجاتها عند فتحها لإدخال البيانات.</p>", notOpen, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_marked_beside_its_field_and_nothing_is_computed()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        var html = await Client.GetStringAsync(new Uri($"/cycles/{data.Year}/scorecards/OM-BS?CUS-01=abc&CUS-02=80&compute=1", UriKind.Relative));

        Assert.Contains("id=\"what-if-invalid\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"wi-CUS-01-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"wi-CUS-01-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"what-if-result\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"CUS-02\" type=\"text\" inputmode=\"decimal\" dir=\"ltr\" size=\"8\" autocomplete=\"off\" value=\"80\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_the_entry_form_would_refuse_is_marked_beside_its_field_with_the_reason_and_nothing_is_computed()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        var html = await Client.GetStringAsync(new Uri($"/cycles/{data.Year}/scorecards/OM-BS?LSP-01=150&PAO-02=2.5&CUS-02=80&compute=1", UriKind.Relative));

        Assert.Contains("id=\"what-if-invalid\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"wi-LSP-01-error\">يجب ألا تزيد القيمة على 100.</span>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"wi-PAO-02-error\">يجب أن يكون العدد عددًا صحيحًا.</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"wi-CUS-02-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"what-if-result\"", html, StringComparison.Ordinal);
        Assert.Matches("(?s)<tr data-indicator=\"GOV-02\">(?:(?!</tr>).)*?data-reason=\"computed\">تحتسبه المنصة", html);
    }

    [Fact]
    public async Task The_progress_page_counts_states_and_shows_completeness_timeliness_and_the_latest_runs_dqi()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        // OM-BS's 34 entered indicators (GOV-02 is computed and stays a draft): 4 never submitted, 2 submitted on time,
        // 3 returned after a late submission, 1 granted N/A, the other 24 accepted on time.
        await Fixture.ExecuteAsOwnerAsync($"""
            WITH ranked AS (
                SELECT id, row_number() OVER (ORDER BY indicator_code) AS n FROM submissions
                WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code <> 'GOV-02')
            UPDATE submissions s SET
                state = CASE WHEN r.n <= 4 THEN 'draft' WHEN r.n <= 6 THEN 'submitted' WHEN r.n <= 9 THEN 'returned' WHEN r.n = 10 THEN 'not_applicable' ELSE 'accepted' END,
                not_applicable = CASE WHEN r.n = 10 THEN 'granted' ELSE s.not_applicable END,
                first_submitted_at = CASE WHEN r.n <= 4 OR r.n = 10 THEN NULL WHEN r.n <= 6 THEN timestamptz '2026-01-20T08:00:00Z'
                                          WHEN r.n <= 9 THEN timestamptz '2026-02-05T08:00:00Z' ELSE timestamptz '2026-01-10T08:00:00Z' END,
                submit_count = CASE WHEN r.n <= 4 OR r.n = 10 THEN 0 ELSE 1 END,
                return_count = CASE WHEN r.n BETWEEN 7 AND 9 THEN 1 ELSE 0 END
            FROM ranked r WHERE s.id = r.id;
            """);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        var card = (await Client.GetFromJsonAsync<ScorecardDto>(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS", UriKind.Relative)))!;
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));

        var html = await reviewer.GetStringAsync(new Uri($"/cycles/{data.Year}/governorates/OM-BS/progress", UriKind.Relative));

        var expectedCounts = new Dictionary<string, int> { ["draft"] = 5, ["submitted"] = 2, ["returned"] = 3, ["accepted"] = 24, ["verified"] = 0, ["locked"] = 0, ["missing"] = 0, ["not_applicable"] = 1, ["total"] = 35 };
        foreach (var (state, count) in expectedCounts)
        {
            Assert.Matches($"(?s)<tr data-state=\"{state}\">(?:(?!</tr>).)*?data-count=\"{count}\">", html);
        }

        const int applicable = 33, submitted = 29, onTime = 26, returns = 3;
        Assert.Contains($"id=\"completeness\" class=\"big\">{P(submitted, applicable)}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"timeliness\" class=\"big\">{P(onTime, applicable)}</dd>", html, StringComparison.Ordinal);
        Assert.Matches($"(?s)<tr data-component=\"first_pass\">(?:(?!</tr>).)*?class=\"num\">{Regex.Escape(P(submitted - returns, submitted))}</td>", html);
        Assert.Contains($"<span class=\"big\">{S(card.Dqi)}</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"dqi-stale\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cycles/{data.Year}/scorecards/OM-BS\"", html, StringComparison.Ordinal);

        // The reviewer's home page and queue lead there.
        Assert.Contains($"href=\"/cycles/{data.Year}/governorates/OM-BS/progress\"", await reviewer.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains($"href=\"/cycles/{data.Year}/governorates/OM-BS/progress\"", await reviewer.GetStringAsync(new Uri("/review", UriKind.Relative)), StringComparison.Ordinal);

        // A submission after the run: the page says the run's index no longer reflects the items.
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'submitted', first_submitted_at = timestamptz '2026-01-25T08:00:00Z', submit_count = 1 WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND state = 'draft' AND indicator_code <> 'GOV-02' AND indicator_code = (SELECT min(indicator_code) FROM submissions WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND state = 'draft' AND indicator_code <> 'GOV-02');");
        var after = await reviewer.GetStringAsync(new Uri($"/cycles/{data.Year}/governorates/OM-BS/progress", UriKind.Relative));
        Assert.Contains($"id=\"completeness\" class=\"big\">{P(submitted + 1, applicable)}</dd>", after, StringComparison.Ordinal);
        Assert.Contains("id=\"dqi-stale\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scorecard_lists_the_run_s_five_data_quality_components_each_labelled_by_what_a_high_number_means()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));
        var path = $"/cycles/{data.Year}/scorecards/OM-BS";
        var quality = (await reviewer.GetFromJsonAsync<ScorecardDto>(new Uri("/api" + path, UriKind.Relative)))!.Quality!;

        var html = await reviewer.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("مكوّنات مؤشر جودة البيانات (من 0 إلى 100، والأعلى أفضل)", html, StringComparison.Ordinal);
        // What started the run reads in words, its code beside it.
        Assert.Contains("<dd id=\"run-trigger\">احتساب عند الطلب <code class=\"code hint\" dir=\"ltr\">manual</code></dd>", html, StringComparison.Ordinal);
        foreach (var (component, label, value) in new[]
        {
            ("completeness", "الاكتمال", quality.Completeness),
            ("timeliness", "الالتزام بالموعد", quality.Timeliness),
            ("first_pass", "القبول من المرة الأولى", quality.FirstPassAcceptance),
            ("evidence_reviewed", "أدلة اطّلع عليها المراجع", quality.EvidenceReviewed),
            ("without_open_flags", "مؤشرات بلا تنبيهات مفتوحة", quality.ItemsWithoutOpenFlags),
        })
        {
            Assert.Matches($"(?s)<tr data-component=\"{component}\">\\s*<th[^>]*>{label}</th>\\s*<td[^>]*>{Regex.Escape(NumberText.Percent(value))}</td>", html);
        }
    }

    [Theory]
    [InlineData("/governorates/OM-BS/progress")]
    [InlineData("/scorecards/OM-BS")]
    public async Task A_reviewer_of_another_governorate_gets_404(string page)
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        using var other = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.ma", (Role.GovernorateReviewer, "OM-MA", null)));
        using var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "CUS-01")));

        using var response = await other.GetAsync(new Uri($"/cycles/{data.Year}{page}?CUS-01=100&compute=1", UriKind.Relative));
        using var own = await other.GetAsync(new Uri($"/cycles/{data.Year}{page.Replace("OM-BS", "OM-MA", StringComparison.Ordinal)}", UriKind.Relative));
        using var byOwner = await owner.GetAsync(new Uri($"/cycles/{data.Year}{page}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var refused = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("id=\"what-if", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"states\"", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"overall\"", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOwner.StatusCode);
    }

    [Fact]
    public async Task An_indicator_owner_is_refused_the_review_queue_with_403()
    {
        await ScoringData.OpenAsync(Fixture);
        using var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "CUS-01")));

        using var response = await owner.GetAsync(new Uri("/review", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("لا يسمح دورك بعرض هذه الصفحة", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"queue\"", html, StringComparison.Ordinal);
    }

    /// <summary>A score as the Arabic page prints it: Latin digits with a point (docs/NUMBERS.md).</summary>
    private static string S(decimal? value) => NumberText.Score(value);

    /// <summary>A share as the Arabic page prints it: one decimal, "%" after the number (docs/NUMBERS.md).</summary>
    private static string P(int part, int whole) => NumberText.Share((decimal)part / whole);
}
