using KpiTracker.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKpiTracker();

var app = builder.Build();

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

await app.PrepareDatabaseAsync();
app.UseKpiTracker();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
