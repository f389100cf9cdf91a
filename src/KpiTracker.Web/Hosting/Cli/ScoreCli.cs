using System.CommandLine;
using System.Globalization;
using KpiTracker.Application.Features.Scoring.ScoreCycles;
using Mediator;

namespace KpiTracker.Web.Hosting.Cli;

/// <summary>
/// <c>score --from Y --to Y [--governorate CODE]</c> (or <c>--year Y</c>): scores a span of cycles in one pass
/// (<see cref="ScoreCyclesCommand"/>, as the system), for rescoring history after an engine change or an import of past years.
/// One line per cycle with its kind and the number of runs written, then one per governorate with its index, band and input
/// hash. Refused input (years out of order, unknown governorate): exit code 2.
/// </summary>
internal static class ScoreCli
{
    public static Command Create(IServiceProvider services)
    {
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
        score.SetAction((parsed, _) => RunAsync(
            services, (parsed.GetValue(from) ?? parsed.GetValue(oneYear))!.Value, (parsed.GetValue(to) ?? parsed.GetValue(oneYear))!.Value, parsed.GetValue(only)));
        return score;
    }

    private static async Task<int> RunAsync(IServiceProvider services, int from, int to, string? governorate)
    {
        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var result = await sender.Send(new ScoreCyclesCommand(from, to, governorate));
        if (!result.IsSuccess)
        {
            return await CommandLine.RefusedAsync(result.Error!);
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
}
