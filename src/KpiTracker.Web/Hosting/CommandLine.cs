using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Frameworks.ImportFramework;
using KpiTracker.Application.Features.Reports;
using KpiTracker.Application.Features.Scoring.GetScorecard;
using KpiTracker.Application.Features.Scoring.ScoreCycles;
using KpiTracker.Reports.Documents;
using Mediator;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// Operator commands run by the same host instead of the web server, parsed by System.CommandLine (<c>--help</c> lists them):
/// <c>migrate</c>, <c>seed</c>, <c>import-framework FILE [--draft]</c>,
/// <c>render-scorecard --year Y --governorate CODE --lang ar|en --out FILE</c> and
/// <c>score --from Y --to Y [--governorate CODE]</c> (or <c>--year Y</c>).
/// Exit code 0 on success, 2 on refused input (a parse error prints the reason and the command's usage line).
/// </summary>
internal static class CommandLine
{
    /// <summary>Each command with its one-line usage, printed after a parse error (scripts and tests read it).</summary>
    private static readonly Dictionary<string, string> Usage = new(StringComparer.Ordinal)
    {
        ["migrate"] = "migrate",
        ["seed"] = "seed",
        ["import-framework"] = "import-framework FILE.json [--draft]",
        ["render-scorecard"] = "render-scorecard --year YEAR --governorate CODE --lang ar|en --out FILE.pdf",
        ["score"] = "score --from YEAR --to YEAR [--governorate CODE]   or   score --year YEAR [--governorate CODE]",
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && (Usage.ContainsKey(args[0]) || args[0] is "--help" or "-h" or "-?");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var parsed = Root(app).Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            var name = parsed.CommandResult.Command.Name;
            await Console.Error.WriteLineAsync($"Usage: {Usage.GetValueOrDefault(name, "COMMAND [options]")}   (--help for more)");
            return 2;
        }

        // An exception is a bug: let it end the process as it did before, not become exit code 1 with a friendly line.
        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Root(WebApplication app)
    {
        var migrate = new Command("migrate", "Apply the EF migrations (as the schema owner, ConnectionStrings__KpiOwner).");
        migrate.SetAction(async (_, _) =>
        {
            await KpiTrackerHost.MigrateAsync(app.Services, app.Configuration);
            await Console.Out.WriteLineAsync("Migrations applied.");
            return 0;
        });

        var seed = new Command("seed", "Add the governorates and the default framework edition where missing.");
        seed.SetAction(async (_, _) =>
        {
            var seeded = await KpiTrackerHost.SeedDefaultsAsync(app.Services);
            await Console.Out.WriteLineAsync($"Organisation units added: {seeded.OrgUnitsAdded}; default edition imported: {seeded.EditionImported}.");
            return 0;
        });

        var file = new Argument<FileInfo>("FILE") { Description = "the framework file (docs/framework-format.md)" }.AcceptExistingOnly();
        var draft = new Option<bool>("--draft") { Description = "import as a draft instead of publishing it" };
        var import = new Command("import-framework", "Import a framework edition from a file, published unless --draft; a file with any problem changes nothing.") { file, draft };
        import.SetAction((parsed, _) => ImportFrameworkAsync(app.Services, parsed.GetRequiredValue(file), parsed.GetValue(draft)));

        var year = new Option<int>("--year") { Description = "the cycle's year", HelpName = "YEAR" };
        var governorate = new Option<string>("--governorate") { Description = "a governorate's code, e.g. OM-BS", HelpName = "CODE" };
        var lang = new Option<string>("--lang") { Description = "the language of the PDF", HelpName = "ar|en", Required = true }.AcceptOnlyFromAmong("ar", "en");
        var output = new Option<FileInfo>("--out") { Description = "the PDF file to write", HelpName = "FILE", Required = true };
        var render = new Command("render-scorecard", "Draw a governorate's scorecard PDF from its latest stored run.")
        {
            Required(year), Required(governorate), lang, output,
        };
        render.SetAction((parsed, _) => RenderScorecardAsync(
            app.Services, parsed.GetValue(year), parsed.GetRequiredValue(governorate), parsed.GetRequiredValue(lang), parsed.GetRequiredValue(output)));

        // Fresh options for score: an option with Required set is required wherever it is added.
        var from = new Option<int?>("--from") { Description = "the first year", HelpName = "YEAR" };
        var to = new Option<int?>("--to") { Description = "the last year", HelpName = "YEAR" };
        var oneYear = new Option<int?>("--year") { Description = "one year: --from and --to the same", HelpName = "YEAR" };
        var only = new Option<string>("--governorate") { Description = "only this governorate (all of them without it)", HelpName = "CODE" };
        var score = new Command("score", "Score every open or closed cycle of the years given, in year order (rescoring history).")
        {
            from, to, oneYear, only,
        };
        score.Validators.Add(result =>
        {
            if ((result.GetValue(from) ?? result.GetValue(oneYear)) is null || (result.GetValue(to) ?? result.GetValue(oneYear)) is null)
            {
                result.AddError("Give --from and --to, or --year.");
            }
        });
        score.SetAction((parsed, _) => ScoreAsync(
            app.Services, (parsed.GetValue(from) ?? parsed.GetValue(oneYear))!.Value, (parsed.GetValue(to) ?? parsed.GetValue(oneYear))!.Value, parsed.GetValue(only)));

        return new RootCommand("KpiTracker: run with no command to serve the web application, or with one of these operator commands.")
        {
            migrate, seed, import, render, score,
        };
    }

    private static Option<T> Required<T>(Option<T> option)
    {
        option.Required = true;
        return option;
    }

    private static async Task<int> ImportFrameworkAsync(IServiceProvider services, FileInfo file, bool asDraft)
    {
        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var result = await sender.Send(new ImportFrameworkCommand(await File.ReadAllTextAsync(file.FullName), AsDraft: asDraft));
        if (!result.IsSuccess)
        {
            return await RefusedAsync(result.Error!);
        }

        var edition = result.Value;
        await Console.Out.WriteLineAsync($"Imported {edition.Code} ({edition.Status}): {edition.Criteria} criteria, {edition.Indicators} indicators.");
        return 0;
    }

    /// <summary>
    /// Draws a governorate's scorecard from its latest stored run straight into the named file, as the system (no scope), without
    /// the web cache. No run, an unknown governorate or a cycle that cannot be scored: the reason on stderr and exit code 2.
    /// </summary>
    private static async Task<int> RenderScorecardAsync(IServiceProvider services, int year, string governorate, string lang, FileInfo output)
    {
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
        var path = output.FullName;
        var temp = path + ".partial";
        await using (var stream = File.Create(temp))
        {
            ScorecardDocument.Render(model, stream);
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
    private static async Task<int> ScoreAsync(IServiceProvider services, int from, int to, string? governorate)
    {
        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var result = await sender.Send(new ScoreCyclesCommand(from, to, governorate));
        if (!result.IsSuccess)
        {
            return await RefusedAsync(result.Error!);
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

    private static async Task<int> RefusedAsync(AppError error)
    {
        await Console.Error.WriteLineAsync($"Refused: {error.Message} Nothing was written.");
        foreach (var problem in error.Fields)
        {
            await Console.Error.WriteLineAsync($"{problem.Field}: {problem.Message} [{problem.Code}]");
        }

        return 2;
    }
}
