using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KpiTracker.Application.Common;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Security;

/// <summary>
/// Issue #20 item 1: an unsafe API request that the sign-in cookie authenticates must prove it comes from our own pages
/// (the <c>X-Kpi-Request</c> header, and no foreign <c>Origin</c> or <c>Sec-Fetch-Site</c>); bearer calls are exempt.
/// </summary>
public sealed class CrossSiteRequestTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Foreign = "https://evil.example";

    [Fact]
    public async Task A_bodiless_post_by_cookie_is_refused_without_the_header_or_from_another_site_and_changes_nothing()
    {
        await Fixture.Users.CreateAsync("victim", (Role.Viewer, null, null));
        using var browser = await CookieBrowser.SignInAsync(Fixture, "central.test");

        (bool Header, string? Origin, string? Site)[] attempts =
            [(false, null, null), (false, CookieBrowser.OwnOrigin, "same-origin"), (true, Foreign, null), (true, null, "cross-site"), (true, null, "same-site"), (true, "null", null)];
        foreach (var (header, origin, site) in attempts)
        {
            using var refused = await SendAsync(browser.Client, HttpMethod.Post, "/api/users/victim/deactivate", null, header, origin, site);
            await AssertRefusedAsync(refused);
        }

        Assert.True(await IsActiveAsync("victim"));
        using var own = await SendAsync(browser.Client, HttpMethod.Post, "/api/users/victim/deactivate", null, header: true, CookieBrowser.OwnOrigin, "same-origin");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.False(await IsActiveAsync("victim"));
    }

    [Fact]
    public async Task A_put_by_cookie_needs_the_proof_and_a_bearer_call_does_not()
    {
        await Fixture.Users.CreateAsync("target", (Role.Viewer, null, null));
        using var browser = await CookieBrowser.SignInAsync(Fixture, "central.test");
        const string Body = """[{"role":"governorate_reviewer","orgUnit":"OM-BS"}]""";

        using var refused = await SendAsync(browser.Client, HttpMethod.Put, "/api/users/target/assignments", Json(Body), header: false, Foreign, "cross-site");
        await AssertRefusedAsync(refused);
        Assert.Equal([Role.Viewer], await RolesAsync("target"));

        using var own = await SendAsync(browser.Client, HttpMethod.Put, "/api/users/target/assignments", Json(Body), header: true, CookieBrowser.OwnOrigin, null);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal([Role.GovernorateReviewer], await RolesAsync("target"));

        // The bearer token is its own proof: no header needed, whatever the Origin says.
        using var bearer = await SendAsync(Client, HttpMethod.Put, "/api/users/target/assignments", Json("""[{"role":"viewer"}]"""), header: false, Foreign, "cross-site");
        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
        Assert.Equal([Role.Viewer], await RolesAsync("target"));
    }

    [Fact]
    public async Task A_multipart_evidence_upload_by_cookie_needs_the_proof()
    {
        await CollectionSetup.OpenCycleAsync(Fixture, "OM-BS");
        await Fixture.Users.CreateAsync("owner.csrf", (Role.IndicatorOwner, "OM-BS", "PAO-02"));
        using var browser = await CookieBrowser.SignInAsync(Fixture, "owner.csrf");

        // The host's storage folder outlives each test (other tests' files may be there): nothing may be added to it.
        var stored = EvidenceApi.Storage(Fixture.Factory.StoragePath);
        using var refused = await SendAsync(browser.Client, HttpMethod.Post, EvidenceApi.Url("OM-BS", "PAO-02"), Upload(), header: false, Foreign, "cross-site");
        await AssertRefusedAsync(refused);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Set<Domain.Collection.Evidence>().CountAsync()));
        Assert.Equal(stored, EvidenceApi.Storage(Fixture.Factory.StoragePath));

        using var own = await SendAsync(browser.Client, HttpMethod.Post, EvidenceApi.Url("OM-BS", "PAO-02"), Upload(), header: true, CookieBrowser.OwnOrigin, "same-origin");
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task The_refusal_is_worded_in_the_callers_language()
    {
        using var browser = await CookieBrowser.SignInAsync(Fixture, "central.test");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cycles/2025/close");
        request.Headers.AcceptLanguage.ParseAdd("ar");

        using var refused = await browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Messages.In(CultureInfo.GetCultureInfo("ar"), "csrf_refused"), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Sign_out_from_another_site_or_without_the_forms_token_signs_nobody_out()
    {
        using var browser = await CookieBrowser.SignInAsync(Fixture, "central.test");

        using var foreign = await browser.SignOutAsync(origin: Foreign);
        using var tokenless = await browser.SignOutAsync(withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
        Assert.True(await browser.IsSignedInAsync());
        using var own = await browser.SignOutAsync(origin: CookieBrowser.OwnOrigin);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.False(await browser.IsSignedInAsync());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content, bool header, string? origin, string? site)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (header)
        {
            request.Headers.Add("X-Kpi-Request", "1");
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        return await client.SendAsync(request);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("csrf_refused", problem.GetProperty("code").GetString());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static MultipartFormDataContent Upload()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(EvidenceSamples.Pdf()), "file", "report.pdf");
        return form;
    }

    private Task<bool> IsActiveAsync(string userName) => Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.IsActive).SingleAsync());

    private Task<List<Role>> RolesAsync(string userName) =>
        Fixture.WithDbAsync(db => db.Assignments.Where(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == userName)).Select(a => a.Role).ToListAsync());
}
