using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>
/// Base of the collection tests: an open 2025 cycle (default calendar, clock on 10 January 2026, inside the entry window)
/// and one client per role: owners of LSP-01 (percent) and LSP-04 (survey score) in OM-BS, reviewers of OM-BS and OM-MA,
/// an owner in OM-MA, a second central-team member and an auditor.
/// </summary>
public abstract class CollectionTest(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public const int Year = 2025;

    /// <summary>10 January 2026, 10:00 in Muscat: the 2025 cycle with default dates is collecting.</summary>
    public static readonly DateTimeOffset InWindow = new(2026, 1, 10, 6, 0, 0, TimeSpan.Zero);

    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected HttpClient Owner { get; private set; } = null!;

    protected HttpClient OwnerMa { get; private set; } = null!;

    protected HttpClient Reviewer { get; private set; } = null!;

    protected HttpClient ReviewerMa { get; private set; } = null!;

    protected HttpClient Central2 { get; private set; } = null!;

    protected HttpClient Auditor { get; private set; } = null!;

    protected HttpClient Viewer { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(InWindow);
        var users = Fixture.Users;
        Owner = await users.ClientForAsync(await users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "LSP-01"), (Role.IndicatorOwner, "OM-BS", "LSP-04"), (Role.IndicatorOwner, "OM-BS", "PAO-02")), "en");
        OwnerMa = await users.ClientForAsync(await users.CreateAsync("owner.ma", (Role.IndicatorOwner, "OM-MA", "LSP-01")), "en");
        Reviewer = await users.ClientForAsync(await users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)), "en");
        ReviewerMa = await users.ClientForAsync(await users.CreateAsync("reviewer.ma", (Role.GovernorateReviewer, "OM-MA", null)), "en");
        Central2 = await users.ClientForAsync(await users.CreateAsync("central.two", (Role.CentralTeam, null, null)), "en");
        Auditor = await users.ClientForAsync(await users.CreateAsync("auditor.one", (Role.Auditor, null, null)), "en");
        Viewer = await users.ClientForAsync(await users.CreateAsync("viewer.bs", (Role.Viewer, "OM-BS", null)), "en");
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await OpenCycleAsync(Year);
    }

    protected async Task<CycleDto> OpenCycleAsync(int year)
    {
        using var created = await Client.PostAsJsonAsync("/api/cycles", new { year });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        using var opened = await Client.PostAsync(new Uri($"/api/cycles/{year}/open", UriKind.Relative), null);
        Assert.True(opened.StatusCode == HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        return (await opened.Content.ReadFromJsonAsync<CycleDto>(Json))!;
    }

    /// <summary>
    /// Runs a whole earlier cycle through the API so that the given values become its locked values: the clock goes to that
    /// cycle's January, the values are entered, submitted and accepted, the cycle closes after its expiry, and the clock comes
    /// back to <see cref="InWindow"/>.
    /// </summary>
    protected async Task ClosePreviousCycleAsync(int year, params (string Governorate, string Indicator, decimal Value)[] values)
    {
        Fixture.Clock.SetUtcNow(new DateTimeOffset(year + 1, 1, 10, 6, 0, 0, TimeSpan.Zero));
        await OpenCycleAsync(year);
        var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync($"owner.{year}", [.. values.Select(v => (Role.IndicatorOwner, (string?)v.Governorate, (string?)v.Indicator))]));
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync($"reviewer.{year}", [.. values.Select(v => v.Governorate).Distinct().Select(g => (Role.GovernorateReviewer, (string?)g, (string?)null))]));
        foreach (var (governorate, indicator, value) in values)
        {
            var current = await GetAsync(Client, governorate, indicator, year);
            using (var saved = await SendAsync(owner, HttpMethod.Put, ItemUrl(governorate, indicator, year: year), JsonSerializer.Serialize(new { value, justification = "history", analysis = "history" }), current.Version))
            {
                Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
            }

            await ActOkAsync(owner, governorate, indicator, "submit", year: year);
            await ActOkAsync(reviewer, governorate, indicator, "accept", year: year);
        }

        Fixture.Clock.SetUtcNow(new DateTimeOffset(year + 1, 2, 16, 0, 0, 0, TimeSpan.Zero));
        using (var closed = await Client.PostAsync(new Uri($"/api/cycles/{year}/close", UriKind.Relative), null))
        {
            Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        }

        Fixture.Clock.SetUtcNow(InWindow);
    }

    /// <summary>One owner of the indicator in every governorate saves and submits the given values, in governorate order.</summary>
    internal async Task SubmitAllAsync(string indicator, decimal[] values)
    {
        var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync($"owner.all.{indicator}", [.. Domain.Organisation.Governorates.All.Select(g => (Role.IndicatorOwner, (string?)g.Code, (string?)indicator))]), "en");
        for (var i = 0; i < values.Length; i++)
        {
            var governorate = Domain.Organisation.Governorates.All[i].Code;
            await SaveAsync(owner, governorate, indicator, new { value = values[i] });
            await ActOkAsync(owner, governorate, indicator, "submit");
        }
    }

    protected static string ItemUrl(string governorate, string indicator, string? action = null, int year = Year) =>
        $"/api/cycles/{year}/submissions/{governorate}/{indicator}" + (action is null ? "" : "/" + action);

    protected static async Task<SubmissionDto> GetAsync(HttpClient client, string governorate, string indicator, int year = Year)
    {
        using var response = await client.GetAsync(new Uri(ItemUrl(governorate, indicator, year: year), UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {governorate}/{indicator}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var dto = (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!;
        Assert.Equal($"\"{dto.Version}\"", response.Headers.ETag?.Tag);
        return dto;
    }

    protected static Task<HttpResponseMessage> PutAsync(HttpClient client, string governorate, string indicator, string json, uint? version, string contentType = "application/json") =>
        SendAsync(client, HttpMethod.Put, ItemUrl(governorate, indicator), json, version, contentType);

    protected static Task<HttpResponseMessage> PostAsync(HttpClient client, string governorate, string indicator, string action, object? body, uint? version, string? idempotencyKey = null, int year = Year) =>
        SendAsync(client, HttpMethod.Post, ItemUrl(governorate, indicator, action, year), body is null ? null : JsonSerializer.Serialize(body, Json), version, "application/json", idempotencyKey);

    protected static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? json, uint? version, string contentType = "application/json", string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (version is { } v)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{v}\"");
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    /// <summary>
    /// Saves a draft as the owner and returns the item; fails the test unless it was saved. A second passes afterwards. Like an
    /// owner, it writes an analysis (required to submit a red value, DOMAIN section 8) unless the body says what the analysis is.
    /// </summary>
    protected async Task<SubmissionDto> SaveAsync(HttpClient client, string governorate, string indicator, object body)
    {
        var current = await GetAsync(client, governorate, indicator);
        var json = JsonSerializer.SerializeToNode(body, Json)!.AsObject();
        if (!json.ContainsKey("analysis"))
        {
            json["analysis"] = "The owner's analysis.";
        }

        using var response = await PutAsync(client, governorate, indicator, json.ToJsonString(), current.Version);
        Fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!;
    }

    /// <summary>Reads the current version and performs an action; returns the response for the test to check. A second passes afterwards.</summary>
    protected async Task<HttpResponseMessage> ActAsync(HttpClient client, string governorate, string indicator, string action, object? body = null, int year = Year)
    {
        var current = await GetAsync(Client, governorate, indicator, year);
        var response = await PostAsync(client, governorate, indicator, action, body, current.Version, year: year);
        Fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        return response;
    }

    protected async Task<SubmissionDto> ActOkAsync(HttpClient client, string governorate, string indicator, string action, object? body = null, int year = Year)
    {
        using var response = await ActAsync(client, governorate, indicator, action, body, year);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!;
    }

    /// <summary>A query sent as the system (no request, every permission), in a scope of its own as a page's sender sends it.</summary>
    protected async Task<TResponse> QueryAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    protected static async Task<Problem> ProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var fields = new Dictionary<string, string[]>();
        if (root.TryGetProperty("fieldCodes", out var codes))
        {
            foreach (var field in codes.EnumerateObject())
            {
                fields[field.Name] = [.. field.Value.EnumerateArray().Select(c => c.GetString()!)];
            }
        }

        return new Problem(
            (int)response.StatusCode,
            root.TryGetProperty("code", out var code) ? code.GetString() : null,
            fields,
            root.TryGetProperty("current", out var current) ? current.Deserialize<SubmissionDto>(Json) : null,
            text);
    }

    protected sealed record Problem(int Status, string? Code, IReadOnlyDictionary<string, string[]> Fields, SubmissionDto? Current, string Text);
}
