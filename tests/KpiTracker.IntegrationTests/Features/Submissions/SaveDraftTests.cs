using System.Globalization;
using System.Net;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>
/// Saving a draft over the API changes only the members the body names: a member left out keeps what is stored, one sent as
/// null clears it, and the value's form (value, numerator and denominator, Likert mean) is replaced as a whole. The page's
/// form sends every field, so what it leaves empty is cleared.
/// </summary>
public sealed class SaveDraftTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    private const string Survey = """{"value": 70, "sampleSize": 120, "population": 400, "responseRate": 30, "instrument": "Staff survey", "comment": "From HR.", "justification": "New method."}""";
    private const string SurveyStored = "value=70; sampleSize=120; population=400; responseRate=30; instrument=Staff survey; comment=From HR.; justification=New method.";
    private const string Ratio = """{"numerator": 3, "denominator": 4, "comment": "Three of four goals."}""";

    /// <summary>(indicator, the body saved first, the body saved second, what the draft then holds).</summary>
    public static TheoryData<string, string, string, string> Saves => new()
    {
        { "LSP-04", Survey, "{}", SurveyStored },
        { "LSP-04", Survey, """{"comment": "Checked again."}""", SurveyStored.Replace("From HR.", "Checked again.", StringComparison.Ordinal) },
        { "LSP-04", Survey, """{"value": null}""", SurveyStored.Replace("value=70; ", "", StringComparison.Ordinal) },
        { "LSP-04", Survey, """{"instrument": null, "comment": null, "justification": null}""", "value=70; sampleSize=120; population=400; responseRate=30" },
        { "LSP-04", Survey, """{"sampleSize": 150, "responseRate": null}""", "value=70; sampleSize=150; population=400; instrument=Staff survey; comment=From HR.; justification=New method." },
        { "LSP-04", Survey, """{"likertMean": "4.2"}""", SurveyStored.Replace("value=70; ", "value=80; likertMean=4.2; ", StringComparison.Ordinal) },
        { "LSP-01", Ratio, """{"comment": "Rechecked."}""", "value=75; numerator=3; denominator=4; comment=Rechecked." },
        { "LSP-01", Ratio, """{"value": 50}""", "value=50; comment=Three of four goals." },
        { "LSP-01", Ratio, """{"numerator": 1, "denominator": 5}""", "value=20; numerator=1; denominator=5; comment=Three of four goals." },
    };

    [Theory]
    [MemberData(nameof(Saves))]
    public async Task A_member_left_out_keeps_its_value_and_null_clears_it(string indicator, string first, string second, string expected)
    {
        await PutOkAsync(indicator, first);

        var saved = await PutOkAsync(indicator, second);

        Assert.Equal(expected, Describe(saved));
        Assert.Equal(expected, Describe(await GetAsync(Owner, "OM-BS", indicator)));
    }

    /// <summary>(indicator, the body saved first, the body refused, field, code): the merged entry is checked as a whole.</summary>
    public static TheoryData<string, string, string, string, string> Refusals => new()
    {
        { "LSP-04", Survey, """{"sampleSize": 500}""", "sampleSize", "sample.above_population" },
        { "LSP-04", Survey, """{"likertMean": 6}""", "likertMean", "likert.range" },
        { "LSP-01", Ratio, """{"denominator": 5}""", "numerator", "numerator.required" },
        { "LSP-01", Ratio, """{"comment": 5}""", "comment", "body.field_type" },
        { "LSP-01", Ratio, """{"value": true}""", "value", "type.number" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_partial_save_that_breaks_a_rule_with_what_is_stored_is_refused_and_changes_nothing(string indicator, string first, string refused, string field, string code)
    {
        var before = await PutOkAsync(indicator, first);

        using var response = await PutAsync(Owner, "OM-BS", indicator, refused, before.Version);

        var problem = await ProblemAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Contains(code, problem.Fields[field]);
        var after = await GetAsync(Owner, "OM-BS", indicator);
        Assert.Equal((Describe(before), before.Version), (Describe(after), after.Version));
    }

    [Fact]
    public async Task The_page_form_sends_every_field_so_an_emptied_field_is_cleared()
    {
        var path = $"/cycles/{Year}/submissions/OM-BS/LSP-01";
        await PutOkAsync("LSP-01", """{"value": 72.5, "comment": "From the plan report."}""");

        var item = await GetAsync(Owner, "OM-BS", "LSP-01");
        using var posted = await FormPost.SubmitAsync(Owner, path, "draft", [
            new("Draft.Version", item.Version.ToString(CultureInfo.InvariantCulture)), new("Draft.Value", "74"), new("Draft.Comment", ""), new("Draft.Action", "save")]);

        Assert.True(posted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"{(int)posted.StatusCode}");
        Assert.Equal("value=74", Describe(await GetAsync(Owner, "OM-BS", "LSP-01")));
    }

    private async Task<SubmissionDto> PutOkAsync(string indicator, string body)
    {
        var current = await GetAsync(Owner, "OM-BS", indicator);
        using var response = await PutAsync(Owner, "OM-BS", indicator, body, current.Version);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        return System.Text.Json.JsonSerializer.Deserialize<SubmissionDto>(text, Json)!;
    }

    /// <summary>The draft's members that hold something, in the order of the body.</summary>
    private static string Describe(SubmissionDto item) => string.Join("; ", new (string Name, object? Value)[]
        {
            ("value", item.Value), ("numerator", item.Numerator), ("denominator", item.Denominator), ("likertMean", item.LikertMean),
            ("sampleSize", item.SampleSize), ("population", item.Population), ("responseRate", item.ResponseRate),
            ("instrument", item.Instrument), ("comment", item.Comment), ("justification", item.Justification),
        }
        .Where(m => m.Value is not null)
        .Select(m => $"{m.Name}={(m.Value is decimal d ? d.ToString("0.######", CultureInfo.InvariantCulture) : Convert.ToString(m.Value, CultureInfo.InvariantCulture))}"));
}
