using System.CommandLine;
using System.CommandLine.Help;
using KpiTracker.Application.Common;
using KpiTracker.Web.Hosting.Cli;

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
            await DatabaseSetup.MigrateAsync(app.Services, app.Configuration);
            await Console.Out.WriteLineAsync("Migrations applied.");
            return 0;
        });

        var seed = new Command("seed", "Add the governorates and the default framework edition where missing.");
        seed.SetAction(async (_, _) =>
        {
            var seeded = await DatabaseSetup.SeedDefaultsAsync(app.Services);
            await Console.Out.WriteLineAsync($"Organisation units added: {seeded.OrgUnitsAdded}; default edition imported: {seeded.EditionImported}.");
            return 0;
        });

        return new RootCommand("KpiTracker: run with no command to serve the web application, or with one of these operator commands.")
        {
            migrate, seed, ImportFrameworkCli.Create(app.Services), RenderScorecardCli.Create(app.Services), ScoreCli.Create(app.Services),
        };
    }

    /// <summary>A refused command: the reason and each field's problem on stderr, exit code 2.</summary>
    public static async Task<int> RefusedAsync(AppError error)
    {
        await Console.Error.WriteLineAsync($"Refused: {error.Message} Nothing was written.");
        foreach (var problem in error.Fields)
        {
            await Console.Error.WriteLineAsync($"{problem.Field}: {problem.Message} [{problem.Code}]");
        }

        return 2;
    }
}
