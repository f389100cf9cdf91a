using System.CommandLine;
using KpiTracker.Application.Features.Reports;
using KpiTracker.Application.Features.Scoring.GetScorecard;
using KpiTracker.Reports.Documents;
using Mediator;

namespace KpiTracker.Web.Hosting.Cli;

/// <summary>
/// <c>render-scorecard --year Y --governorate CODE --lang ar|en --out FILE</c>: draws a governorate's scorecard from its latest
/// stored run straight into the named file, as the system (no scope), without the web cache. No run, an unknown governorate or
/// a cycle that cannot be scored: the reason on stderr and exit code 2.
/// </summary>
internal static class RenderScorecardCli
{
    public static Command Create(IServiceProvider services)
    {
        var year = new Option<int>("--year") { Description = "the cycle's year", HelpName = "YEAR", Required = true };
        var governorate = new Option<string>("--governorate") { Description = "a governorate's code, e.g. OM-BS", HelpName = "CODE", Required = true };
        var lang = new Option<string>("--lang") { Description = "the language of the PDF", HelpName = "ar|en", Required = true }.AcceptOnlyFromAmong("ar", "en");
        var output = new Option<FileInfo>("--out") { Description = "the PDF file to write", HelpName = "FILE", Required = true };
        var render = new Command("render-scorecard", "Draw a governorate's scorecard PDF from its latest stored run.")
        {
            year, governorate, lang, output,
        };
        render.SetAction((parsed, _) => RunAsync(
            services, parsed.GetValue(year), parsed.GetRequiredValue(governorate), parsed.GetRequiredValue(lang), parsed.GetRequiredValue(output)));
        return render;
    }

    private static async Task<int> RunAsync(IServiceProvider services, int year, string governorate, string lang, FileInfo output)
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
        var model = await scope.ServiceProvider.GetRequiredService<ScorecardModels>().BuildAsync(card.Value, language, CancellationToken.None);
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
}
