using System.CommandLine;
using KpiTracker.Application.Features.Frameworks.ImportFramework;
using Mediator;

namespace KpiTracker.Web.Hosting.Cli;

/// <summary><c>import-framework FILE [--draft]</c>: sends <see cref="ImportFrameworkCommand"/> as the system.</summary>
internal static class ImportFrameworkCli
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "the framework file (docs/framework-format.md)" }.AcceptExistingOnly();
        var draft = new Option<bool>("--draft") { Description = "import as a draft instead of publishing it" };
        var import = new Command("import-framework", "Import a framework edition from a file, published unless --draft; a file with any problem changes nothing.") { file, draft };
        import.SetAction((parsed, _) => RunAsync(services, parsed.GetRequiredValue(file), parsed.GetValue(draft)));
        return import;
    }

    private static async Task<int> RunAsync(IServiceProvider services, FileInfo file, bool asDraft)
    {
        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var result = await sender.Send(new ImportFrameworkCommand(await File.ReadAllTextAsync(file.FullName), AsDraft: asDraft));
        if (!result.IsSuccess)
        {
            return await CommandLine.RefusedAsync(result.Error!);
        }

        var edition = result.Value;
        await Console.Out.WriteLineAsync($"Imported {edition.Code} ({edition.Status}): {edition.Criteria} criteria, {edition.Indicators} indicators.");
        return 0;
    }
}
