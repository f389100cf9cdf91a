using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using KpiTracker.Domain.Frameworks;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>What the what-if tests share: OM-BS's what-if address, a raw POST, and items written straight to the tables.</summary>
internal static class WhatIfData
{
    public const string AppJson = "application/json";

    public static string Url(int year) => $"/api/cycles/{year}/scorecards/OM-BS/what-if";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, int year, string body, string contentType = AppJson)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(new Uri(Url(year), UriKind.Relative), content);
    }

    /// <summary>Writes a governorate's items straight to the tables: state and the current revision's value.</summary>
    public static async Task SetValuesAsync(DatabaseFixture fixture, ScoringData data, string governorate, IEnumerable<(string Code, string State, decimal? Value)> items)
    {
        var rows = string.Join(",\n", items.Select(i => string.Create(CultureInfo.InvariantCulture, $"('{i.Code}', '{i.State}', {(i.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "NULL")}::numeric)")));
        await fixture.ExecuteAsOwnerAsync($"""
            WITH v(code, state, value) AS (VALUES {rows})
            UPDATE revisions r SET value = v.value FROM submissions s, v
            WHERE r.submission_id = s.id AND r.number = s.current_revision AND s.cycle_id = '{data.CycleId}' AND s.org_unit_code = '{governorate}' AND s.indicator_code = v.code;
            WITH v(code, state) AS (VALUES {string.Join(", ", items.Select(i => $"('{i.Code}', '{i.State}')"))})
            UPDATE submissions s SET state = v.state FROM v
            WHERE s.cycle_id = '{data.CycleId}' AND s.org_unit_code = '{governorate}' AND s.indicator_code = v.code;
            """);
    }

    public static decimal ValueScoring(Indicator indicator, decimal score) => indicator.Direction == IndicatorDirection.Range
        ? indicator.RangeLowerZero!.Value + (score * (indicator.RangeTargetLow!.Value - indicator.RangeLowerZero.Value) / 100m)
        : indicator.Lower!.Value + (score * (indicator.Target!.Value - indicator.Lower.Value) / 100m);
}
