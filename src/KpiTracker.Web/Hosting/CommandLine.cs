using KpiTracker.Application.Features.Frameworks.ImportFramework;
using Mediator;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// Operator commands run by the same host instead of the web server:
/// <c>migrate</c>, <c>seed</c> and <c>import-framework FILE [--draft]</c>. Exit code 0 on success, 2 on refused input.
/// </summary>
internal static class CommandLine
{
    private static readonly string[] Commands = ["migrate", "seed", "import-framework"];

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
}
