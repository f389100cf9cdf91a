using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KpiTracker.Application;
using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Setup.SeedDefaults;
using KpiTracker.Web.Components;
using Mediator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;

namespace KpiTracker.Web.Hosting;

internal static class KpiTrackerHost
{
    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("ar"), CultureInfo.GetCultureInfo("en")];

    public static void AddKpiTracker(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        var connectionString = builder.Configuration.GetConnectionString("Kpi")
            ?? throw new InvalidOperationException("Set the PostgreSQL connection string ConnectionStrings:Kpi (environment variable ConnectionStrings__Kpi).");

        builder.Services.Configure<KpiOptions>(builder.Configuration.GetSection(KpiOptions.Section));
        builder.Services.AddApplication(connectionString, typeof(Migrations.DesignTimeFactory).Assembly.GetName().Name!);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new PlainDecimalConverter()));
        // Arabic pages are written as characters, not as &#x...; entities.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddOpenApi();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddRazorComponents();
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("postgresql", tags: ["ready"]);
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection(KpiOptions.Section).Get<KpiOptions>() ?? new KpiOptions();
        if (options.MigrateOnStart)
        {
            await MigrateAsync(app.Services);
        }

        if (options.SeedDefaults)
        {
            await SeedDefaultsAsync(app.Services);
        }
    }

    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
    }

    public static async Task<SeedDefaultsResult> SeedDefaultsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SeedDefaultsCommand());
    }

    public static void UseKpiTracker(this WebApplication app)
    {
        app.UseExceptionHandler();
        // API paths answer with ProblemDetails; pages show the friendly not-found page in the user's language.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        // Routing after the status-code pages, so the re-executed /not-found request is routed afresh.
        app.UseRouting();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapApi();
        app.MapCultureSwitch();
        app.MapRazorComponents<App>().AllowAnonymous();
    }
}
