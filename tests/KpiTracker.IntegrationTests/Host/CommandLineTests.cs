using System.Diagnostics;
using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Host;

/// <summary>The operator commands, run as a real process of the built host against the test database.</summary>
public sealed class CommandLineTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Import_framework_refuses_a_broken_file_with_exit_code_2_and_imports_a_good_one()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"kpi-broken-{Guid.NewGuid():N}.json");
        var good = Path.Combine(Path.GetTempPath(), $"kpi-good-{Guid.NewGuid():N}.json");
        var file = System.Text.Json.Nodes.JsonNode.Parse(Application.Features.Frameworks.DefaultEdition.DefaultEditionFile.Read())!;
        file["code"] = "CLI-2026";
        await File.WriteAllTextAsync(good, file.ToJsonString());
        file["indicators"]![4]!["target"] = 0;
        await File.WriteAllTextAsync(broken, file.ToJsonString());
        try
        {
            var (refusedCode, _, refusedErrors) = await RunHostAsync("import-framework", broken);
            Assert.Equal(2, refusedCode);
            Assert.Contains("$.indicators[4].target", refusedErrors, StringComparison.Ordinal);
            Assert.Equal(1, await Fixture.WithDbAsync(db => db.FrameworkEditions.CountAsync()));

            var (code, output, _) = await RunHostAsync("import-framework", good, "--draft");
            Assert.Equal(0, code);
            Assert.Contains("Imported CLI-2026 (draft): 7 criteria, 35 indicators.", output, StringComparison.Ordinal);
            Assert.Equal(2, await Fixture.WithDbAsync(db => db.FrameworkEditions.CountAsync()));
        }
        finally
        {
            File.Delete(broken);
            File.Delete(good);
        }
    }

    [Fact]
    public async Task Render_scorecard_writes_a_valid_pdf_from_the_latest_run_and_refuses_with_exit_code_2_when_there_is_none()
    {
        var data = await Features.Scoring.ScoringData.OpenAsync(Fixture);
        var output = Path.Combine(Path.GetTempPath(), $"kpi-cli-{Guid.NewGuid():N}.pdf");
        try
        {
            var (refusedCode, _, refusedErrors) = await RunHostAsync("render-scorecard", "--year", $"{data.Year}", "--governorate", "OM-BS", "--lang", "en", "--out", output);
            Assert.Equal(2, refusedCode);
            Assert.Contains("No scorecard for OM-BS", refusedErrors, StringComparison.Ordinal);
            Assert.False(File.Exists(output));

            await Fixture.SendAsync(new Application.Features.Scoring.ScoreCycle.ScoreCycleCommand(data.Year));
            var run = await Fixture.WithDbAsync(db => db.ScoreRuns.SingleAsync(r => r.OrgUnitCode == "OM-BS" && r.IsLatest));
            var (code, written, errors) = await RunHostAsync("render-scorecard", "--year", $"{data.Year}", "--governorate", "OM-BS", "--lang", "ar", "--out", output);
            Assert.True(code == 0, errors);
            Assert.Contains(run.InputHash, written, StringComparison.Ordinal);
            Assert.Equal(0, PdfTools.Check(output).ExitCode);
            var name = await Fixture.WithDbAsync(db => db.OrgUnits.Where(o => o.Code == "OM-BS").Select(o => o.NameAr).SingleAsync());
            Assert.Contains(PdfTools.Normalize(name), PdfTools.Normalize(PdfTools.ExtractText(output)), StringComparison.Ordinal);

            var (usageCode, _, usage) = await RunHostAsync("render-scorecard", "--year", $"{data.Year}", "--lang", "fr");
            Assert.Equal(2, usageCode);
            Assert.Contains("Usage: render-scorecard", usage, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Score_writes_one_run_per_governorate_of_each_cycle_and_refuses_years_out_of_order_with_exit_code_2()
    {
        var data = await Features.Scoring.ScoringData.OpenAsync(Fixture);

        var (usageCode, _, usage) = await RunHostAsync("score", "--from", $"{data.Year}");
        Assert.Equal(2, usageCode);
        Assert.Contains("Usage: score", usage, StringComparison.Ordinal);
        var (bareCode, _, bare) = await RunHostAsync("score", "--year", $"{data.Year}", "--governorate");
        Assert.Equal(2, bareCode);
        Assert.Contains("Usage: score", bare, StringComparison.Ordinal);

        var (refusedCode, _, refused) = await RunHostAsync("score", "--from", $"{data.Year}", "--to", $"{data.Year - 1}");
        Assert.Equal(2, refusedCode);
        Assert.Contains("[scoring.years_order]", refused, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync()));

        var (code, output, errors) = await RunHostAsync("score", "--year", $"{data.Year}");
        Assert.True(code == 0, errors);
        var runs = await Fixture.WithDbAsync(db => db.ScoreRuns.Where(r => r.CycleId == data.CycleId).ToListAsync());
        Assert.Equal(data.Governorates.Count, runs.Count);
        Assert.Contains($"Scored {data.Year} (provisional): {runs.Count} runs.", output, StringComparison.Ordinal);
        foreach (var run in runs)
        {
            Assert.Contains($"  {run.OrgUnitCode}: ", output, StringComparison.Ordinal);
            Assert.Contains($"input hash {run.InputHash}", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_lists_the_commands_and_a_command_s_options_with_exit_code_0()
    {
        var (code, output, errors) = await RunHostAsync("--help");
        Assert.True(code == 0, errors);
        foreach (var command in new[] { "migrate", "seed", "import-framework", "render-scorecard", "score" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }

        var (scoreCode, score, _) = await RunHostAsync("score", "--help");
        Assert.Equal(0, scoreCode);
        Assert.Contains("--governorate", score, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync()));
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunHostAsync(params string[] args)
    {
        var webDll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(webDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Kpi"] = Fixture.ConnectionString;
        start.Environment["Kpi__SeedDefaults"] = "false";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Production refuses to start without the audit MAC key, as a deployment would: the test passes the one the suite uses.
        start.Environment["Kpi__Audit__MacKey"] = KpiAppFactory.AuditMacKey;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
