using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.WhatIf;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using static KpiTracker.IntegrationTests.Features.Scoring.WhatIfData;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// <c>/api/cycles/{year}/scorecards/{governorate}/what-if</c>: the plan (GET) names values the entry form accepts, and the
/// scenario (POST) refuses what the entry form refuses, field by field, with the same codes and messages.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class WhatIfTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>10 January 2026, in the entry window of the 2025 cycle <see cref="ScoringData"/> opens.</summary>
    private static readonly DateTimeOffset InWindow = new(2026, 1, 10, 6, 0, 0, TimeSpan.Zero);

    /// <summary>(case, body, content type, status, field, code) sent to OM-BS's what-if.</summary>
    private static readonly (string Case, string Body, string ContentType, int Status, string Field, string Code)[] Corpus =
    [
        ("a number sent as a string", """{"values":{"LSP-01":"50"}}""", AppJson, 400, "values.LSP-01", "type.number"),
        ("words", """{"values":{"LSP-01":"fifty"}}""", AppJson, 400, "values.LSP-01", "type.number"),
        ("null", """{"values":{"LSP-01":null}}""", AppJson, 400, "values.LSP-01", "type.number"),
        ("true", """{"values":{"LSP-01":true}}""", AppJson, 400, "values.LSP-01", "type.number"),
        ("an object", """{"values":{"LSP-01":{"value":50}}}""", AppJson, 400, "values.LSP-01", "type.number"),
        ("an array", """{"values":{"LSP-01":[50]}}""", AppJson, 400, "values.LSP-01", "type.number"),
        ("1e400", """{"values":{"LSP-01":1e400}}""", AppJson, 400, "values.LSP-01", "number.out_of_range"),
        ("decimal's maximum plus one", """{"values":{"LSP-01":79228162514264337593543950336}}""", AppJson, 400, "values.LSP-01", "number.out_of_range"),
        ("15 integer digits", """{"values":{"PAO-02":100000000000000}}""", AppJson, 400, "values.PAO-02", "number.out_of_range"),
        ("1e-7", """{"values":{"LSP-01":1e-7}}""", AppJson, 400, "values.LSP-01", "number.too_many_decimals"),
        ("7 decimals", """{"values":{"LSP-01":12.1234567}}""", AppJson, 400, "values.LSP-01", "number.too_many_decimals"),
        ("an unknown indicator", """{"values":{"ZZZ-99":50}}""", AppJson, 400, "values.ZZZ-99", "scoring.indicator.unknown"),
        ("a lower-case code", """{"values":{"lsp-01":50}}""", AppJson, 400, "values.lsp-01", "scoring.indicator.unknown"),
        ("150 % of a percentage", """{"values":{"LSP-01":150}}""", AppJson, 400, "values.LSP-01", "value.above_max"),
        ("a negative percentage", """{"values":{"LSP-01":-0.5}}""", AppJson, 400, "values.LSP-01", "value.below_min"),
        ("a negative count", """{"values":{"PAO-02":-3}}""", AppJson, 400, "values.PAO-02", "value.below_min"),
        ("a fractional count", """{"values":{"PAO-02":2.5}}""", AppJson, 400, "values.PAO-02", "value.not_whole"),
        ("a budget above 200 %", """{"values":{"PAO-05":200.01}}""", AppJson, 400, "values.PAO-05", "value.above_max"),
        ("utilities below -100 %", """{"values":{"ENV-03":-101}}""", AppJson, 400, "values.ENV-03", "value.below_min"),
        ("negative working days", """{"values":{"CUS-05":-1}}""", AppJson, 400, "values.CUS-05", "value.below_min"),
        ("the computed indicator above 100", """{"values":{"GOV-02":101}}""", AppJson, 400, "values.GOV-02", "value.above_max"),
        ("201 values", "{\"values\":{" + string.Join(",", Enumerable.Range(1, 201).Select(i => $"\"X-{i}\":1")) + "}}", AppJson, 400, "values", "scoring.what_if.too_many"),
        ("values as a number", """{"values":5}""", AppJson, 400, "values", "body.field_type"),
        ("values as an array", """{"values":[50]}""", AppJson, 400, "values", "body.field_type"),
        ("an empty body", "", AppJson, 400, "body", "body.empty"),
        ("not JSON", "values=50", AppJson, 400, "body", "body.invalid_json"),
        ("truncated JSON", """{"values":{"LSP-01":50}""", AppJson, 400, "body", "body.invalid_json"),
        ("an array body", "[50]", AppJson, 400, "body", "type.object"),
        ("text/plain", """{"values":{"LSP-01":50}}""", "text/plain", 415, "Content-Type", "content_type.not_accepted"),
    ];

    [Fact]
    public async Task Every_bad_body_gets_its_own_field_level_400_never_a_500()
    {
        var data = await ScoringData.OpenAsync(Fixture);

        var failures = new List<string>();
        foreach (var (name, body, contentType, status, field, code) in Corpus)
        {
            using var response = await PostAsync(Client, data.Year, body, contentType);
            var problem = await ProblemAsync(response);
            if (problem.Status != status || !problem.Fields.TryGetValue(field, out var errors) || !errors.Any(e => e.Code == code && e.Message.Length > 0))
            {
                failures.Add($"{name}: expected {status} {field}:{code}, got {problem.Text}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task A_refused_value_gets_the_entry_apis_code_and_message(string language)
    {
        Fixture.Clock.SetUtcNow(InWindow);
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'draft' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-MA';");
        (string Indicator, string Value)[] refused = [("LSP-01", "150"), ("LSP-01", "-0.5"), ("PAO-02", "-3"), ("PAO-02", "2.5"), ("PAO-05", "200.01"), ("ENV-03", "-101"), ("CUS-05", "-1"), ("LSP-01", "1e400"), ("LSP-01", "12.1234567")];
        using var owner = await Fixture.Users.ClientForAsync(
            await Fixture.Users.CreateAsync("owner.ma", [.. refused.Select(r => r.Indicator).Distinct().Select(i => (Role.IndicatorOwner, (string?)"OM-MA", (string?)i))]), language);
        using var reader = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.all", (Role.Viewer, null, null)), language);

        foreach (var (indicator, value) in refused)
        {
            using var entry = await PutValueAsync(owner, data.Year, "OM-MA", indicator, value);
            using var whatIf = await PostAsync(reader, data.Year, Values(indicator, value));

            var expected = await ProblemAsync(entry);
            var actual = await ProblemAsync(whatIf);
            Assert.Equal((400, 400), (expected.Status, actual.Status));
            Assert.Equal(expected.Fields["value"], actual.Fields[$"values.{indicator}"]);
        }
    }

    [Fact]
    public async Task A_count_is_offered_as_the_whole_number_the_entry_form_takes_and_gov_02_is_not_offered()
    {
        Fixture.Clock.SetUtcNow(InWindow);
        var data = await ScoringData.OpenAsync(Fixture);
        var edition = await Fixture.WithDbAsync(db => EditionModel.LoadAsync(db, data.EditionId, CancellationToken.None));
        // Every entered indicator of OM-BS at a score of 92 but PAO-02 (a count, 0 → 10) at 0; GOV-02 is computed and not yet there.
        // PAO 73.6, the others 92: 89.37…; leading needs 89.95, so PAO 77.65 and PAO-02 a score of 20.25: 2.025, and 3 as a count,
        // which gives PAO 79.6 and 90.23….
        await SetValuesAsync(Fixture, data, "OM-BS", edition.Indicators.Where(i => i.Source != SourceType.Platform)
            .Select(i => (i.Code, "accepted", (decimal?)(i.Code == "PAO-02" ? 0m : ValueScoring(i, 92m)))));
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'draft' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-MA' AND indicator_code = 'PAO-02';");
        using var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.ma", (Role.IndicatorOwner, "OM-MA", "PAO-02")), "en");

        var plan = await PlanAsync(data.Year);
        using var posted = await PostAsync(Client, data.Year, """{"values":{"PAO-02":3}}""");
        using var fraction = await PostAsync(Client, data.Year, """{"values":{"PAO-02":2.025}}""");
        using var nothing = await PostAsync(Client, data.Year, """{"values":{}}""");
        using var entered = await PutValueAsync(owner, data.Year, "OM-MA", "PAO-02", "3");

        Assert.Equal((89.4m, "advanced", "leading"), (plan.Overall, plan.Band, plan.NextBand));
        var needed = plan.Indicators.Single(r => r.Code == "PAO-02");
        Assert.Equal((3m, 30m), (needed.Value, needed.Score));
        Assert.Equal((null, RequiredValue.Computed), (plan.Indicators.Single(r => r.Code == "GOV-02").Value, plan.Indicators.Single(r => r.Code == "GOV-02").Reason));
        var scenario = (await posted.Content.ReadFromJsonAsync<WhatIfDto>())!;
        Assert.Equal((90.2m, "leading"), (scenario.Overall, scenario.Band));
        // In that scenario PAO-02 has 70 of its score left, a fifth of PAO, a seventh of the index: 2 points.
        Assert.Equal(2.0m, scenario.Indicators.Single(i => i.Code == "PAO-02").Headroom);
        Assert.Equal(HttpStatusCode.BadRequest, fraction.StatusCode);
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        Assert.Equal(3m, (await entered.Content.ReadFromJsonAsync<SubmissionDto>())!.Value);

        // PAO-02 alone at its target: PAO 93.6, so 92.23…, 2.857… points more; the plan and the scenario without values say the same.
        Assert.Equal(2.9m, needed.Headroom);
        var now = (await nothing.Content.ReadFromJsonAsync<WhatIfDto>())!;
        Assert.Equal(
            plan.Indicators.Select(r => (r.Code, r.Headroom)).Order(),
            now.Indicators.Where(i => i.Status != "not_applicable").Select(i => (i.Code, i.Headroom)).Order());
    }

    /// <summary>
    /// A few random data sets for OM-BS (each entered indicator accepted with a value the entry form takes, missing, or N/A),
    /// chosen among those where some indicator alone can reach the next band: every value the plan names, sent back to
    /// what-if, gives the band it promises, and the entry API takes it unchanged.
    /// </summary>
    [Fact]
    public async Task Every_value_the_plan_names_reaches_its_band_through_what_if_and_is_taken_by_the_entry_api()
    {
        Fixture.Clock.SetUtcNow(InWindow);
        var data = await ScoringData.OpenAsync(Fixture);
        var edition = await Fixture.WithDbAsync(db => EditionModel.LoadAsync(db, data.EditionId, CancellationToken.None));
        var entered = edition.Indicators.Where(i => i.Source != SourceType.Platform).ToList();
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'draft' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-MA';");
        using var owner = await Fixture.Users.ClientForAsync(
            await Fixture.Users.CreateAsync("owner.ma", [.. entered.Select(i => (Role.IndicatorOwner, (string?)"OM-MA", (string?)i.Code))]), "en");

        List<(string Code, string State, decimal? Value)> Governorate(int[] states, int[] fractions) =>
        [
            .. entered.Select((indicator, i) => states[i] switch
            {
                < 55 => (indicator.Code, "accepted", (decimal?)EntryValue(indicator, fractions[i] / 10_000m)),
                < 90 => (indicator.Code, "draft", null),
                _ => (indicator.Code, "not_applicable", (decimal?)null),
            }),
        ];

        bool Answerable(int[] states, int[] fractions)
        {
            var results = Governorate(states, fractions).Select(r => r.State switch
            {
                "accepted" => IndicatorResult.Accepted(r.Code, r.Value!.Value),
                "draft" => IndicatorResult.Missing(r.Code),
                _ => IndicatorResult.NotApplicable(r.Code),
            }).ToList();
            return WhatIf.RequiredForNextBand(edition.Framework, results, ScoreKind.Provisional, edition.IndicatorsByCode).Indicators.Any(r => r.Value is not null);
        }

        var checkedValues = 0;
        await Gen.Select(Gen.Int[0, 99].Array[entered.Count], Gen.Int[0, 10_000].Array[entered.Count])
            .Where(Answerable)
            .SampleAsync(async (states, fractions) =>
            {
                await SetValuesAsync(Fixture, data, "OM-BS", Governorate(states, fractions));
                var plan = await PlanAsync(data.Year);
                Assert.Equal(RequiredValue.Computed, plan.Indicators.Single(r => r.Code == "GOV-02").Reason);
                foreach (var answer in plan.Indicators.Where(r => r.Value is not null))
                {
                    var value = ValueRules.Format(answer.Value!.Value);
                    using var posted = await PostAsync(Client, data.Year, Values(answer.Code, value));
                    Assert.True(posted.StatusCode == HttpStatusCode.OK, $"{answer.Code} = {value}: {await posted.Content.ReadAsStringAsync()}");
                    var scenario = (await posted.Content.ReadFromJsonAsync<WhatIfDto>())!;
                    Assert.True(scenario.Overall >= plan.NextBandMinScore && scenario.Band == plan.NextBand, $"{answer.Code} = {value} gives {scenario.Overall} {scenario.Band}");

                    using var saved = await PutValueAsync(owner, data.Year, "OM-MA", answer.Code, value);
                    Assert.True(saved.StatusCode == HttpStatusCode.OK, $"{answer.Code} = {value}: {await saved.Content.ReadAsStringAsync()}");
                    Assert.Equal(answer.Value, (await saved.Content.ReadFromJsonAsync<SubmissionDto>())!.Value);
                    checkedValues++;
                }
            }, iter: 4, threads: 1);

        Assert.True(checkedValues >= 4, $"only {checkedValues} values were checked");
    }

    /// <summary>A what-if body with one value, written as given (a JSON number's text).</summary>
    private static string Values(string indicator, string value) => "{\"values\":{\"" + indicator + "\":" + value + "}}";

    private async Task<NextBandDto> PlanAsync(int year) => (await Client.GetFromJsonAsync<NextBandDto>(new Uri(Url(year), UriKind.Relative)))!;

    /// <summary>Saves a draft through the entry API ("whatever is current"), with the value as a JSON number.</summary>
    private static async Task<HttpResponseMessage> PutValueAsync(HttpClient client, int year, string governorate, string indicator, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/cycles/{year}/submissions/{governorate}/{indicator}", UriKind.Relative))
        {
            Content = new StringContent("{\"value\":" + value + "}", Encoding.UTF8, AppJson),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        return await client.SendAsync(request);
    }

    /// <summary>A value the entry form accepts, from a third of the scale below the zero-score bound to a third above the target.</summary>
    private static decimal EntryValue(Indicator indicator, decimal fraction)
    {
        var (low, high) = indicator.Direction == IndicatorDirection.Range
            ? (indicator.RangeLowerZero!.Value, indicator.RangeUpperZero!.Value)
            : (Math.Min(indicator.Lower!.Value, indicator.Target!.Value), Math.Max(indicator.Lower.Value, indicator.Target.Value));
        var margin = (high - low) / 3;
        var value = Math.Round(low - margin + (fraction * (high - low + (2 * margin))), ValueRules.IsWhole(indicator) ? 0 : 4);
        return Math.Min(Math.Max(value, indicator.AllowedMin ?? value), indicator.AllowedMax ?? value);
    }

    private static async Task<Problem> ProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var fields = new Dictionary<string, (string Code, string Message)[]>();
        if (text.Length > 0 && JsonDocument.Parse(text) is { } document)
        {
            using (document)
            {
                var root = document.RootElement;
                if (root.TryGetProperty("fieldCodes", out var codes) && root.TryGetProperty("errors", out var messages))
                {
                    foreach (var field in codes.EnumerateObject())
                    {
                        var texts = messages.GetProperty(field.Name).EnumerateArray().Select(m => m.GetString()!).ToArray();
                        fields[field.Name] = [.. field.Value.EnumerateArray().Select((c, i) => (c.GetString()!, texts[i]))];
                    }
                }
            }
        }

        return new Problem((int)response.StatusCode, fields, text);
    }

    private sealed record Problem(int Status, IReadOnlyDictionary<string, (string Code, string Message)[]> Fields, string Text);
}
