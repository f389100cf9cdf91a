using System.Text.Encodings.Web;
using System.Text.Unicode;
using KpiTracker.Application;
using KpiTracker.Application.Common.Identity;
using KpiTracker.Application.Data;
using KpiTracker.Web.Components;
using KpiTracker.Web.Hosting.Edge;
using KpiTracker.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace KpiTracker.Web.Hosting;

internal static class KpiTrackerHost
{
    public static void AddKpiTracker(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        var connectionString = builder.Configuration.GetConnectionString("Kpi")
            ?? throw new InvalidOperationException("Set the PostgreSQL connection string ConnectionStrings:Kpi (environment variable ConnectionStrings__Kpi).");

        builder.Services.Configure<KpiOptions>(builder.Configuration.GetSection(KpiOptions.Section));
        builder.Services.AddApplication(connectionString, DatabaseSetup.MigrationsAssembly);
        builder.AddKpiJobs(connectionString);
        builder.AddKpiSecurity();
        builder.AddKpiForwardedHeaders();
        // The answer does not name its server; outside Development browsers are told to use HTTPS only (the proxy terminates it).
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // One key ring in the database for every web process: cookies, bearer and refresh tokens and antiforgery tokens made
        // by one process are read by the others (and survive a restart). The keys are stored as PostgreSQL holds any other
        // secret of the platform: whoever can read the database can read them (docs/SECURITY.md).
        builder.Services.AddDataProtection().SetApplicationName("KpiTracker").PersistKeysToDbContext<AppDbContext>();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = RoutingProblems.Describe);
        builder.Services.AddExceptionHandler<BadInputProblems>();
        // Binding failures throw in every environment, so BadInputProblems answers them with a code and the parameter's name
        // (otherwise Production answers a bare 400).
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new PlainDecimalConverter()));
        // Arabic pages are written as characters, not as &#x...; entities.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddOpenApi();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddRazorComponents();
        builder.Services.AddScoped<PageSender>();
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("postgresql", tags: ["ready"]);
    }

    public static void UseKpiTracker(this WebApplication app)
    {
        // Read and check the ministry's identity now: a wrong logo file stops the host with its reason, not the first page or PDF.
        _ = app.Services.GetRequiredService<MinistryIdentity>();
        if (!HostRoles.From(app.Configuration).RunsWeb)
        {
            // A worker answers only its health probes; the Hangfire server runs as a hosted service.
            app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
            app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
            return;
        }

        // First: the client's address and scheme as the trusted proxy saw them, for everything after (cookies, limits, audit).
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseKpiSecurityHeaders();
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseKpiCultures();

        // Routing after the status-code pages, so the re-executed /not-found request is routed afresh.
        app.UseRouting();
        app.UseAuthentication();
        app.UseKpiCrossSiteGuard();
        app.UseKpiDigits();
        app.UseAuthorization();
        app.UseErrorPageMenu();
        app.UseKpiFormBodies();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();

        // Reviewed anonymous endpoints: health probes, the API description and its viewer, the language switch, the ministry's logo.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapApi();
        app.MapJobsDashboard();
        app.MapCultureSwitch();
        app.MapPageAssets();
        app.MapAccountPages();
        app.MapRazorComponents<App>().Add(endpoint =>
        {
            // Reviewed: Blazor's own redirect helper and its missing-file fallback carry no data; pages declare [Authorize] or [AllowAnonymous] themselves.
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: "/_framework/opaque-redirect" or "/{**path:file}" or "{**path:file}" })
            {
                endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
            }
        });
    }
}
