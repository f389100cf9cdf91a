using System.Text.Json;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>
/// Malformed and rule-breaking input through the API: each case gets its own 4xx naming the field and the rule, and leaves
/// the database exactly as it was.
/// </summary>
public sealed class BadInputTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    private const string AppJson = "application/json";

    /// <summary>(case, indicator, action: PUT or a POST action, body, content type, status, field, code).</summary>
    private static readonly (string Case, string Indicator, string Action, string? Body, string ContentType, int Status, string Field, string Code)[] Corpus =
    [
        ("NaN as text", "LSP-01", "PUT", """{"value":"NaN"}""", AppJson, 400, "value", "number.not_finite"),
        ("Infinity as text", "LSP-01", "PUT", """{"value":"Infinity"}""", AppJson, 400, "value", "number.not_finite"),
        ("minus infinity", "LSP-01", "PUT", """{"value":"-Infinity"}""", AppJson, 400, "value", "number.not_finite"),
        ("1e309 as a JSON number", "LSP-01", "PUT", """{"value":1e309}""", AppJson, 400, "value", "number.out_of_range"),
        ("1e309 as text", "LSP-01", "PUT", """{"value":"1e309"}""", AppJson, 400, "value", "number.out_of_range"),
        ("15 integer digits", "PAO-02", "PUT", """{"value":100000000000000}""", AppJson, 400, "value", "number.out_of_range"),
        ("1e-7", "LSP-01", "PUT", """{"value":1e-7}""", AppJson, 400, "value", "number.too_many_decimals"),
        ("7 decimals", "LSP-01", "PUT", """{"value":"12.1234567"}""", AppJson, 400, "value", "number.too_many_decimals"),
        ("7 decimals as a JSON number", "LSP-01", "PUT", """{"value":12.1234567}""", AppJson, 400, "value", "number.too_many_decimals"),
        ("empty value", "LSP-01", "PUT", """{"value":""}""", AppJson, 400, "value", "number.empty"),
        ("whitespace value", "LSP-01", "PUT", """{"value":"   "}""", AppJson, 400, "value", "number.empty"),
        ("decimal comma", "LSP-01", "PUT", """{"value":"12,5"}""", AppJson, 400, "value", "number.invalid"),
        ("words", "LSP-01", "PUT", """{"value":"seventy"}""", AppJson, 400, "value", "number.invalid"),
        ("hexadecimal", "LSP-01", "PUT", """{"value":"0x1A"}""", AppJson, 400, "value", "number.invalid"),
        ("boolean value", "LSP-01", "PUT", """{"value":true}""", AppJson, 400, "value", "type.number"),
        ("object value", "LSP-01", "PUT", """{"value":{"amount":5}}""", AppJson, 400, "value", "type.number"),
        ("array value", "LSP-01", "PUT", """{"value":[5]}""", AppJson, 400, "value", "type.number"),
        ("negative count", "PAO-02", "PUT", """{"value":-3}""", AppJson, 400, "value", "value.below_min"),
        ("fractional count", "PAO-02", "PUT", """{"value":2.5}""", AppJson, 400, "value", "value.not_whole"),
        ("100.5 %", "LSP-01", "PUT", """{"value":100.5}""", AppJson, 400, "value", "value.above_max"),
        ("negative %", "LSP-01", "PUT", """{"value":-0.5}""", AppJson, 400, "value", "value.below_min"),
        ("budget above 200 %", "PAO-05", "PUT", """{"value":"200.01"}""", AppJson, 400, "value", "value.above_max"),
        ("utilities below -100 %", "ENV-03", "PUT", """{"value":-101}""", AppJson, 400, "value", "value.below_min"),
        ("negative working days", "CUS-05", "PUT", """{"value":-1}""", AppJson, 400, "value", "value.below_min"),
        ("numerator > denominator", "LSP-01", "PUT", """{"numerator":11,"denominator":10}""", AppJson, 400, "numerator", "numerator.exceeds_denominator"),
        ("zero denominator", "LSP-01", "PUT", """{"numerator":1,"denominator":0}""", AppJson, 400, "denominator", "denominator.not_positive"),
        ("negative denominator", "LSP-01", "PUT", """{"numerator":1,"denominator":-2}""", AppJson, 400, "denominator", "denominator.not_positive"),
        ("negative numerator", "LSP-01", "PUT", """{"numerator":-1,"denominator":2}""", AppJson, 400, "numerator", "numerator.negative"),
        ("numerator alone", "LSP-01", "PUT", """{"numerator":1}""", AppJson, 400, "denominator", "denominator.required"),
        ("denominator alone", "LSP-01", "PUT", """{"denominator":4}""", AppJson, 400, "numerator", "numerator.required"),
        ("value and ratio", "LSP-01", "PUT", """{"value":50,"numerator":1,"denominator":2}""", AppJson, 400, "value", "value.one_form"),
        ("ratio for a count", "PAO-02", "PUT", """{"numerator":1,"denominator":2}""", AppJson, 400, "numerator", "numerator.not_allowed"),
        ("Likert mean for a non-survey", "LSP-01", "PUT", """{"likertMean":3}""", AppJson, 400, "likertMean", "likert.not_allowed"),
        ("Likert mean above 5", "LSP-04", "PUT", """{"likertMean":6}""", AppJson, 400, "likertMean", "likert.range"),
        ("survey sample below minimum", "LSP-04", "PUT", """{"value":70,"sampleSize":12,"population":400}""", AppJson, 400, "sampleSize", "sample.below_min"),
        ("sample above population", "LSP-04", "PUT", """{"value":70,"sampleSize":500,"population":400}""", AppJson, 400, "sampleSize", "sample.above_population"),
        ("fractional sample", "LSP-04", "PUT", """{"value":70,"sampleSize":40.5}""", AppJson, 400, "sampleSize", "number.not_whole"),
        ("zero population", "LSP-04", "PUT", """{"value":70,"population":0}""", AppJson, 400, "population", "population.not_positive"),
        ("response rate above 100", "LSP-04", "PUT", """{"value":70,"responseRate":120}""", AppJson, 400, "responseRate", "response_rate.range"),
        ("survey details on a non-survey", "LSP-01", "PUT", """{"value":70,"sampleSize":40}""", AppJson, 400, "sampleSize", "survey.not_allowed"),
        ("10,000-character comment", "LSP-01", "PUT", JsonSerializer.Serialize(new { value = 70, comment = new string('x', 10_000) }), AppJson, 400, "comment", "text.too_long"),
        ("right-to-left override in a comment", "LSP-01", "PUT", JsonSerializer.Serialize(new { value = 70, comment = "ok\u202Egnp.exe" }), AppJson, 400, "comment", "text.bidi_control"),
        ("isolate in a comment", "LSP-01", "PUT", JsonSerializer.Serialize(new { value = 70, comment = "a\u2066b\u2069" }), AppJson, 400, "comment", "text.bidi_control"),
        ("left-to-right override in a justification", "LSP-01", "PUT", JsonSerializer.Serialize(new { value = 70, justification = "\u202Dx" }), AppJson, 400, "justification", "text.bidi_control"),
        ("zero-width space in a comment", "LSP-01", "PUT", JsonSerializer.Serialize(new { value = 70, comment = "in\u200Bvisible" }), AppJson, 400, "comment", "text.zero_width"),
        ("byte-order mark in a comment", "LSP-01", "PUT", JsonSerializer.Serialize(new { value = 70, comment = "\uFEFFstart" }), AppJson, 400, "comment", "text.zero_width"),
        ("control character in a comment", "LSP-01", "PUT", JsonSerializer.Serialize(new { value = 70, comment = "bell\u0007" }), AppJson, 400, "comment", "text.control_char"),
        ("300-character instrument", "LSP-04", "PUT", JsonSerializer.Serialize(new { value = 70, instrument = new string('i', 300) }), AppJson, 400, "instrument", "text.too_long"),
        ("number where text belongs", "LSP-01", "PUT", """{"value":70,"comment":5}""", AppJson, 400, "comment", "body.field_type"),
        ("not JSON", "LSP-01", "PUT", "value=70", AppJson, 400, "body", "body.invalid_json"),
        ("truncated JSON", "LSP-01", "PUT", """{"value":70""", AppJson, 400, "body", "body.invalid_json"),
        ("empty body", "LSP-01", "PUT", "", AppJson, 400, "body", "body.empty"),
        ("array body", "LSP-01", "PUT", "[70]", AppJson, 400, "body", "type.object"),
        // The endpoint declares that it reads JSON, so routing itself answers other media types: 415, naming the header.
        ("text/plain", "LSP-01", "PUT", """{"value":70}""", "text/plain", 415, "Content-Type", "content_type.not_accepted"),
        ("form post", "LSP-01", "PUT", "value=70", "application/x-www-form-urlencoded", 415, "Content-Type", "content_type.not_accepted"),
        ("no If-Match", "LSP-01", "PUT no-version", """{"value":70}""", AppJson, 428, "", "version.required"),
        ("malformed If-Match", "LSP-01", "PUT bad-version", """{"value":70}""", AppJson, 400, "If-Match", "version.invalid"),
        ("submit without a value", "LSP-01", "submit", null, AppJson, 400, "value", "value.required"),
        ("submit without evidence where required", "PAO-02", "submit", null, AppJson, 400, "evidence", "evidence.required"),
        ("submit a survey without its sample", "LSP-04", "submit", null, AppJson, 400, "sampleSize", "sample.required"),
        ("return without a known reason", "LSP-03", "return", """{"reason":"typo","text":"x"}""", AppJson, 400, "reason", "return.reason.unknown"),
        ("return without text", "LSP-03", "return", """{"reason":"other","text":" "}""", AppJson, 400, "text", "return.text.required"),
        ("not-applicable request without a reason", "LSP-01", "request-na", """{"reason":""}""", AppJson, 400, "reason", "na.reason.required"),
        ("return with a bidi override", "LSP-03", "return", JsonSerializer.Serialize(new { reason = "other", text = "see \u202Efdp.txt" }), AppJson, 400, "text", "text.bidi_control"),
    ];

    [Fact]
    public async Task Every_bad_input_gets_its_own_field_level_answer_and_changes_nothing()
    {
        Assert.True(Corpus.Length >= 40);
        var owner = await Fixture.Users.ClientForAsync(
            await Fixture.Users.CreateAsync("owner.corpus", [.. new[] { "LSP-01", "LSP-03", "LSP-04", "PAO-02", "PAO-05", "ENV-03", "CUS-05" }.Select(i => (Role.IndicatorOwner, (string?)"OM-BS", (string?)i))]),
            "en");
        await SaveAsync(owner, "OM-BS", "PAO-02", new { value = 4 });
        await SaveAsync(owner, "OM-BS", "LSP-04", new { value = 70 });
        await SaveAsync(owner, "OM-BS", "LSP-03", new { value = 55 });
        await ActOkAsync(owner, "OM-BS", "LSP-03", "submit");
        var before = await SnapshotAsync();

        var failures = new List<string>();
        foreach (var (name, indicator, action, body, contentType, status, field, code) in Corpus)
        {
            var client = action == "return" ? Reviewer : owner;
            var version = (await GetAsync(Client, "OM-BS", indicator)).Version;
            using var response = action switch
            {
                "PUT" => await SendAsync(client, HttpMethod.Put, ItemUrl("OM-BS", indicator), body, version, contentType),
                "PUT no-version" => await SendAsync(client, HttpMethod.Put, ItemUrl("OM-BS", indicator), body, null, contentType),
                "PUT bad-version" => await SendRawIfMatchAsync(client, ItemUrl("OM-BS", indicator), body!, "W/abc"),
                _ => await SendAsync(client, HttpMethod.Post, ItemUrl("OM-BS", indicator, action), body, version, contentType),
            };
            var problem = await ProblemAsync(response);
            var ok = problem.Status == status
                     && (field.Length == 0 ? code.Length == 0 || problem.Code == code : problem.Fields.TryGetValue(field, out var codes) && codes.Contains(code));
            if (!ok)
            {
                failures.Add($"{name}: expected {status} {field}:{code}, got {problem.Text}");
            }

            if (field.Length > 0 && !problem.Text.Contains("\"errors\"", StringComparison.Ordinal))
            {
                failures.Add($"{name}: no field messages in {problem.Text}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Messages_follow_the_callers_language()
    {
        var arabic = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.ar", (Role.IndicatorOwner, "OM-BS", "LSP-02")), "ar");
        var version = (await GetAsync(Client, "OM-BS", "LSP-02")).Version;

        using var response = await SendAsync(arabic, HttpMethod.Put, ItemUrl("OM-BS", "LSP-02"), """{"value":100.5,"comment":"a\u202Eb"}""", version);

        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("يجب ألا تزيد القيمة على 100", text, StringComparison.Ordinal);
        Assert.Contains("محرف خفي للتحكم في اتجاه الكتابة (U+202E)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emoji_Arabic_and_joiners_are_welcome_in_comments_and_numbers_keep_their_exact_value()
    {
        var saved = await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = "٧٢٫٥", comment = "من تقرير الربع الرابع 📊✅ می‌خواهم 👨‍👩‍👧" });
        Assert.Equal((72.5m, "من تقرير الربع الرابع 📊✅ می‌خواهم 👨‍👩‍👧"), (saved.Value!.Value, saved.Comment!));

        var version = (await GetAsync(Client, "OM-BS", "LSP-01")).Version;
        using var exact = await SendAsync(Owner, HttpMethod.Put, ItemUrl("OM-BS", "LSP-01"), """{"value":12.123456}""", version);
        Assert.Contains("\"value\":12.123456,", await exact.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Fixture.WithDbAsync(db => db.Revisions.AsNoTracking().Where(r => r.Submission!.OrgUnitCode == "OM-BS" && r.Submission.IndicatorCode == "LSP-01").Select(r => r.Value).SingleAsync());
        Assert.Equal(12.123456m, stored);
    }

    private static async Task<HttpResponseMessage> SendRawIfMatchAsync(HttpClient client, string url, string body, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    /// <summary>Everything a refused request could have touched: the items and revisions of the governorate, and the audit log's length.</summary>
    private Task<string> SnapshotAsync() => Fixture.WithDbAsync(async db =>
    {
        var items = await db.Submissions.AsNoTracking().Where(s => s.OrgUnitCode == "OM-BS").OrderBy(s => s.IndicatorCode)
            .Select(s => new { s.IndicatorCode, s.State, s.UpdatedAt, Version = EF.Property<uint>(s, "xmin") }).ToListAsync();
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.Submission!.OrgUnitCode == "OM-BS").OrderBy(r => r.Id)
            .Select(r => new { r.Value, r.Numerator, r.Denominator, r.LikertMean, r.SampleSize, r.Population, r.Comment, r.Justification, r.UpdatedAt }).ToListAsync();
        var audit = await db.AuditEntries.CountAsync(a => a.Action != "access.refused");
        return JsonSerializer.Serialize(new { items, revisions, audit });
    });
}
