using System.Globalization;
using KpiTracker.Application.Features.Frameworks.ImportFramework;
using KpiTracker.Application.Features.Reports;
using KpiTracker.Application.Features.Scoring.GetScorecard;
using KpiTracker.Application.Features.Scoring.ScoreCycles;
using KpiTracker.Reports.Documents;
using Mediator;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// Operator commands run by the same host instead of the web server:
/// <c>migrate</c>, <c>seed</c>, <c>import-framework FILE [--draft]</c> and
/// <c>render-scorecard --year Y --governorate CODE --lang ar|en --out FILE</c> and
/// <c>score --from Y --to Y [--governorate CODE]</c> (or <c>--year Y</c>). Exit code 0 on success, 2 on refused input.
/// </summary>
internal static class CommandLine
{
    private static readonly string[] Commands = ["migrate", "seed", "import-framework", "render-scorecard", "score"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var output = Console.Out;
        switch (args[0])
        {
            case "migrate":
                await KpiTrackerHost.MigrateAsync(app.Services, app.Configuration);
                await output.WriteLineAsync("Migrations applied.");
                return 0;
            case "seed":
                var seeded = await KpiTrackerHost.SeedDefaultsAsync(app.Services);
                await output.WriteLineAsync($"Organisation units added: {seeded.OrgUnitsAdded}; default edition imported: {seeded.EditionImported}.");
                return 0;
            case "render-scorecard":
                return await RenderScorecardAsync(app.Services, args[1..]);
            case "score":
                return await ScoreAsync(app.Services, args[1..]);
            default:
                return await ImportFrameworkAsync(app.Services, args[1..]);
        }
    }

    private static async Task<int> ImportFrameworkAsync(IServiceProvider services, string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (file is null || !File.Exists(file))
        {
            await Console.Error.WriteLineAsync("Usage: import-framework FILE.json [--draft]  (file not found: " + (file ?? "none") + ")");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var result = await sender.Send(new ImportFrameworkCommand(await File.ReadAllTextAsync(file), AsDraft: args.Contains("--draft")));
        if (!result.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"Refused: {result.Error!.Message} Nothing was written.");
            foreach (var problem in result.Error.Fields)
            {
                await Console.Error.WriteLineAsync($"{problem.Field}: {problem.Message} [{problem.Code}]");
            }

            return 2;
        }

        var edition = result.Value;
        await Console.Out.WriteLineAsync($"Imported {edition.Code} ({edition.Status}): {edition.Criteria} criteria, {edition.Indicators} indicators.");
        return 0;
    }

    /// <summary>
    /// Draws a governorate's scorecard from its latest stored run straight into the named file, as the system (no scope), without
    /// the web cache. No run, an unknown governorate or a cycle that cannot be scored: the reason on stderr and exit code 2.
    /// </summary>
    private static async Task<int> RenderScorecardAsync(IServiceProvider services, string[] args)
    {
        const string usage = "Usage: render-scorecard --year YEAR --governorate CODE --lang ar|en --out FILE.pdf";
        var options = Options(args);
        if (!options.TryGetValue("--year", out var yearText) || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !options.TryGetValue("--governorate", out var governorate) || !options.TryGetValue("--out", out var output)
            || !options.TryGetValue("--lang", out var lang) || lang is not ("ar" or "en"))
        {
            await Console.Error.WriteLineAsync(usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var card = await sender.Send(new GetScorecardQuery(year, governorate));
        if (!card.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"No scorecard for {governorate} in {year}: {card.Error!.Message} Nothing was written.");
            return 2;
        }

        var language = ReportLanguages.From(lang);
        var model = await scope.ServiceProvider.GetRequiredService<ReportModels>().ScorecardAsync(card.Value, language, CancellationToken.None);
        var path = Path.GetFullPath(output);
        var temp = path + ".partial";
        await using (var file = File.Create(temp))
        {
            ScorecardDocument.Render(model, file);
        }

        File.Move(temp, path, overwrite: true);
        await Console.Out.WriteLineAsync($"Wrote {path}: {governorate} {year} ({lang}), run {card.Value.Run.Id}, input hash {card.Value.Run.InputHash}.");
        return 0;
    }

    /// <summary>
    /// Scores a span of cycles in one pass (<see cref="ScoreCyclesCommand"/>, as the system): for rescoring history after an
    /// engine change or an import of past years. One line per cycle with its kind and the number of runs written, then one per
    /// governorate with its index, band and input hash. Refused input (years out of order, unknown governorate): exit code 2.
    /// </summary>
    private static async Task<int> ScoreAsync(IServiceProvider services, string[] args)
    {
        const string usage = "Usage: score --from YEAR --to YEAR [--governorate CODE]   or   score --year YEAR [--governorate CODE]";
        var options = Options(args);
        int? Year(string name) =>
            options.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
        var from = Year("--from") ?? Year("--year");
        var to = Year("--to") ?? Year("--year");
        // Every option needs its value: an odd count means one was left without (a bare "--governorate" is not "all").
        if (from is null || to is null || args.Length % 2 != 0 || options.Keys.Any(k => k is not ("--from" or "--to" or "--year" or "--governorate")))
        {
            await Console.Error.WriteLineAsync(usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var result = await sender.Send(new ScoreCyclesCommand(from.Value, to.Value, options.GetValueOrDefault("--governorate")));
        if (!result.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"Refused: {result.Error!.Message} Nothing was written.");
            foreach (var problem in result.Error.Fields)
            {
                await Console.Error.WriteLineAsync($"{problem.Field}: {problem.Message} [{problem.Code}]");
            }

            return 2;
        }

        foreach (var cycle in result.Value.Cycles)
        {
            await Console.Out.WriteLineAsync($"Scored {cycle.Year} ({cycle.Kind}): {cycle.Runs.Count} runs.");
            foreach (var run in cycle.Runs)
            {
                var overall = run.Overall?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-";
                await Console.Out.WriteLineAsync($"  {run.Governorate}: {overall} {run.Band ?? "-"} ({run.Outcome}), input hash {run.InputHash}");
            }
        }

        return 0;
    }

    /// <summary>Pairs of <c>--name value</c>; a last name without a value is left out.</summary>
    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        return options;
    }
}
