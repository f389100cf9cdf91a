using System.Text.Json.Nodes;
using KpiTracker.Application.Features.Frameworks.DefaultEdition;
using KpiTracker.Application.Features.Frameworks.ImportFramework;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Frameworks;

public sealed class ImportFrameworkTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string ValidFile = """
        {
          "formatVersion": 1,
          "code": "TEST-2025",
          "name": { "ar": "إطار تجريبي", "en": "Test framework" },
          "bands": [
            { "code": "good", "name": { "ar": "جيد", "en": "Good" }, "minScore": 50 },
            { "code": "weak", "name": { "ar": "ضعيف", "en": "Weak" }, "minScore": 0 }
          ],
          "trafficLights": { "green": 90, "amber": 70 },
          "criteria": [
            { "code": "AAA", "name": { "ar": "المعيار أ", "en": "Criterion A" }, "weight": 2 },
            { "code": "BBB", "name": { "ar": "المعيار ب", "en": "Criterion B" }, "weight": 1 }
          ],
          "indicators": [
            { "code": "AAA-01", "criterion": "AAA", "name": { "ar": "مؤشر صاعد", "en": "Up indicator" }, "unit": "percent", "direction": "up", "source": "admin", "lower": 50, "target": 90 },
            { "code": "AAA-02", "criterion": "AAA", "name": { "ar": "مؤشر هابط", "en": "Down indicator" }, "unit": "working_days", "direction": "down", "source": "admin", "lower": 20, "target": 5 },
            { "code": "AAA-03", "criterion": "AAA", "name": { "ar": "مؤشر نطاق", "en": "Range indicator" }, "unit": "percent", "direction": "range", "source": "finance",
              "range": { "lowerZero": 70, "targetLow": 90, "targetHigh": 100, "upperZero": 110 }, "allowedRange": { "min": 0, "max": 200 } },
            { "code": "BBB-01", "criterion": "BBB", "name": { "ar": "مؤشر استبيان", "en": "Survey indicator" }, "unit": "score", "direction": "up", "source": "survey", "lower": 40, "target": 80, "evidenceRequired": true }
          ]
        }
        """;

    /// <summary>Each broken file breaks one rule; the importer must name that rule at that JSON path.</summary>
    public static TheoryData<string, string, string, string> BrokenFiles => new()
    {
        { "empty file", "", "$", "json.empty" },
        { "whitespace only", "  \n ", "$", "json.empty" },
        { "invalid JSON", "{ \"code\": \"X\", ", "$", "json.invalid" },
        { "root is an array", "[]", "$", "type.object" },
        { "no criteria", Edit(f => f["criteria"] = new JsonArray()), "$.criteria", "criteria.empty" },
        { "duplicate criterion code", Edit(f => f["criteria"]![1]!["code"] = "AAA"), "$.criteria[1].code", "criterion.code.duplicate" },
        { "criterion weight zero", Edit(f => f["criteria"]![0]!["weight"] = 0), "$.criteria[0].weight", "criterion.weight.not_positive" },
        { "criterion without indicators", Edit(f => f["indicators"]!.AsArray().RemoveAt(3)), "$.criteria[1]", "criterion.no_indicators" },
        { "duplicate indicator code", Edit(f => f["indicators"]![1]!["code"] = "AAA-01"), "$.indicators[1].code", "indicator.code.duplicate" },
        { "indicator in a missing criterion", Edit(f => f["indicators"]![0]!["criterion"] = "ZZZ"), "$.indicators[0].criterion", "indicator.criterion.unknown" },
        { "indicator weight negative", Edit(f => f["indicators"]![0]!["weight"] = -1), "$.indicators[0].weight", "indicator.weight.not_positive" },
        { "L equals T", Edit(f => f["indicators"]![0]!["target"] = 50), "$.indicators[0].target", "indicator.lower_equals_target" },
        { "up with L above T", Edit(f => f["indicators"]![0]!["lower"] = 95), "$.indicators[0].direction", "indicator.direction.mismatch" },
        { "range bounds out of order", Edit(f => f["indicators"]![2]!["range"]!["targetLow"] = 105), "$.indicators[2].range", "indicator.range.order" },
        { "range direction without bounds", Edit(f => f["indicators"]![2]!.AsObject().Remove("range")), "$.indicators[2].range", "indicator.range.missing" },
        { "unknown unit", Edit(f => f["indicators"]![0]!["unit"] = "percentage"), "$.indicators[0].unit", "indicator.unit.unknown" },
        { "unknown direction", Edit(f => f["indicators"]![0]!["direction"] = "sideways"), "$.indicators[0].direction", "indicator.direction.unknown" },
        { "unknown source", Edit(f => f["indicators"]![0]!["source"] = "rumour"), "$.indicators[0].source", "indicator.source.unknown" },
        { "missing Arabic indicator name", Edit(f => f["indicators"]![1]!["name"]!.AsObject().Remove("ar")), "$.indicators[1].name.ar", "required" },
        { "blank English criterion name", Edit(f => f["criteria"]![0]!["name"]!["en"] = "  "), "$.criteria[0].name.en", "required" },
        { "survey without evidence", Edit(f => f["indicators"]![3]!["evidenceRequired"] = false), "$.indicators[3].evidenceRequired", "indicator.evidence.required" },
        { "bands not descending", Edit(f => f["bands"]![1]!["minScore"] = 60), "$.bands", "band.invalid" },
        { "allowed range reversed", Edit(f => f["indicators"]![0]!["allowedRange"] = new JsonObject { ["min"] = 100, ["max"] = 0 }), "$.indicators[0].allowedRange", "indicator.allowed_range.order" },
        { "number given as text", Edit(f => f["indicators"]![0]!["target"] = "90"), "$.indicators[0].target", "type.number" },
        { "misspelt key", Edit(f => f["indicators"]![0]!["evidenceRequierd"] = true), "$.indicators[0].evidenceRequierd", "unknown_key" },
        { "missing lower", Edit(f => f["indicators"]![1]!.AsObject().Remove("lower")), "$.indicators[1].lower", "required" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_file_is_refused_with_its_path_and_nothing_is_written(string why, string content, string path, string code)
    {
        var before = await CountRowsAsync();

        var result = await Fixture.SendAsync(new ImportFrameworkCommand(content));

        Assert.False(result.IsSuccess, why);
        Assert.Contains(result.Error!.Fields, f => f.Field == path && f.Code == code);
        Assert.All(result.Error.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_file_with_several_problems_reports_every_one()
    {
        var content = Edit(f =>
        {
            f["criteria"]![0]!["weight"] = 0;
            f["indicators"]![0]!["unit"] = "percentage";
            f["indicators"]![1]!["target"] = 20;
        });

        var result = await Fixture.SendAsync(new ImportFrameworkCommand(content));

        Assert.Equal(
            ["$.criteria[0].weight", "$.indicators[0].unit", "$.indicators[1].target"],
            result.Error!.Fields.Select(f => f.Field).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task A_valid_file_becomes_a_published_edition_with_defaults_applied()
    {
        var result = await Fixture.SendAsync(new ImportFrameworkCommand(ValidFile));

        Assert.True(result.IsSuccess);
        Assert.Equal(("TEST-2025", "published", 2, 4), (result.Value.Code, result.Value.Status, result.Value.Criteria, result.Value.Indicators));
        var indicators = await Fixture.WithDbAsync(db => db.Indicators.ToDictionaryAsync(i => i.Code));
        Assert.Equal((0m, 100m), (indicators["AAA-01"].AllowedMin, indicators["AAA-01"].AllowedMax));
        Assert.Equal((0m, (decimal?)null), (indicators["AAA-02"].AllowedMin, indicators["AAA-02"].AllowedMax));
        Assert.Equal(30, indicators["BBB-01"].MinSurveySample);
        Assert.True(indicators["BBB-01"].EvidenceRequired);
        Assert.False(indicators["AAA-01"].EvidenceRequired);
        Assert.Equal(1m, indicators["AAA-01"].Weight);
    }

    [Fact]
    public async Task A_draft_import_stays_a_draft_and_is_not_current()
    {
        var result = await Fixture.SendAsync(new ImportFrameworkCommand(ValidFile, AsDraft: true));

        Assert.Equal("draft", result.Value.Status);
        var current = await Client.GetStringAsync(new Uri("/api/frameworks/current", UriKind.Relative));
        Assert.Contains("\"code\":\"IIS-2024\"", current, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_an_existing_code_again_is_refused_and_changes_nothing()
    {
        var before = await CountRowsAsync();

        var result = await Fixture.SendAsync(new ImportFrameworkCommand(DefaultEditionFile.Read()));

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Error!.Fields, f => f.Field == "$.code" && f.Code == "edition.code.exists");
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task The_shipped_default_file_imports_under_another_code()
    {
        var file = JsonNode.Parse(DefaultEditionFile.Read())!;
        file["code"] = "IIS-2025";

        var result = await Fixture.SendAsync(new ImportFrameworkCommand(file.ToJsonString()));

        Assert.Equal(("IIS-2025", 7, 35), (result.Value.Code, result.Value.Criteria, result.Value.Indicators));
    }

    private static string Edit(Action<JsonNode> change)
    {
        var file = JsonNode.Parse(ValidFile)!;
        change(file);
        return file.ToJsonString();
    }

    private Task<(int, int, int, int)> CountRowsAsync() => Fixture.WithDbAsync(async db =>
        (await db.FrameworkEditions.CountAsync(), await db.Criteria.CountAsync(), await db.Indicators.CountAsync(), await db.Set<Domain.Frameworks.Band>().CountAsync()));
}
