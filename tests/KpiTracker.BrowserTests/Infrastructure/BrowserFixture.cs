using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KpiTracker.BrowserTests.Infrastructure;

/// <summary>
/// One migrated database with the demo data, one app on a real port and one headless Debian Chromium for the whole run.
/// Each test opens fresh browser contexts (one per user), so cookies never leak between users or tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private string? _ownerConnection;

    public BrowserAppFactory Factory { get; private set; } = null!;

    /// <summary>The host's warnings and errors; <c>server.log</c> among the artifacts.</summary>
    public ServerLog ServerLog { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Screenshots and other artifacts: $KPI_TEST_ARTIFACTS, or TestResults/browser next to the test assembly.</summary>
    public string ArtifactsPath { get; } = Environment.GetEnvironmentVariable("KPI_TEST_ARTIFACTS") is { Length: > 0 } path
        ? path
        : Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");

    public async Task InitializeAsync()
    {
        var (owner, app) = await TestDatabase.CreateAsync("kpi_bt");
        _ownerConnection = owner;
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(owner, o => o.MigrationsAssembly("KpiTracker.Migrations")).Options;
        await using (var db = new AppDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        await Web.Hosting.JobsHosting.InstallSchemaAsync(owner, TestDatabase.AppRole);

        Directory.CreateDirectory(ArtifactsPath);
        ServerLog = new ServerLog(Path.Combine(ArtifactsPath, "server.log"));
        Factory = new BrowserAppFactory(app, owner, ServerLog);
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        await AssertStylesheetsServedAsync();

        // The closed demo year and the open one get a first scoring run, so every scorecard page has something to show.
        Assert.True((await SendAsync(new ScoreCycleCommand(2024))).IsSuccess);
        Assert.True((await SendAsync(new ScoreCycleCommand(2025))).IsSuccess);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("KPI_TEST_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
            Timeout = 120_000,
        });
    }

    /// <summary>Fails fast when the pages' stylesheets do not load: every contrast and layout check would be meaningless.</summary>
    private async Task AssertStylesheetsServedAsync()
    {
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.All }) { BaseAddress = new Uri(BaseUrl) };
        var html = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var links = System.Text.RegularExpressions.Regex.Matches(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            using var response = await client.GetAsync(new Uri("/" + link.TrimStart('/'), UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{link}: {(int)response.StatusCode}");
        }
    }

    /// <summary>Sends a message as the system (no user, every permission), to set up or check data behind the browser's back.</summary>
    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    /// <summary>A signed-in browser context for one demo user, in Arabic (the default) unless told otherwise.</summary>
    public async Task<IPage> SignInAsync(string userName, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        // Any answer of 5xx fails the test that caused it, with the server's own account of the error.
        context.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                ServerFailures.Enqueue($"{response.Request.Method} {response.Url} answered {response.Status}");
            }
        };
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", BrowserAppFactory.DemoPassword);
        await page.ClickAsync("main button[type=submit]");
        // Attached, not visible: on a phone the user name sits in the folded menu.
        await page.WaitForSelectorAsync("#current-user", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>Requests the browser saw answered with 5xx since the run began.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> ServerFailures { get; } = new();

    /// <summary>
    /// Fails when a page or request answered 5xx since the last check, quoting the server's last errors. The failures are taken
    /// out as they are reported, so one test's failure is not reported again by the tests after it.
    /// </summary>
    public void AssertNoServerFailures()
    {
        var failures = new List<string>();
        while (ServerFailures.TryDequeue(out var failure))
        {
            failures.Add(failure);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\nServer log:\n" + ServerLog.Tail());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (_ownerConnection is not null)
        {
            await TestDatabase.DropAsync(_ownerConnection);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
