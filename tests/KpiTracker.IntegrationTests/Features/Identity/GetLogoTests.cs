using System.Net;
using KpiTracker.Application.Common.Identity;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiTracker.IntegrationTests.Features.Identity;

/// <summary>The ministry's logo at <c>/identity/logo</c> (anonymous, cached) and the header that draws it with the ministry's name.</summary>
public sealed class GetLogoTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>The smallest PNG: a 1×1 transparent pixel.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Without_a_logo_the_endpoint_answers_404_and_the_header_draws_the_names_only()
    {
        using var logo = await Anonymous.GetAsync(new Uri("/identity/logo", UriKind.Relative));
        var signIn = await Anonymous.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, logo.StatusCode);
        Assert.Contains("<strong id=\"identity-name\">وزارة الداخلية</strong>", signIn, StringComparison.Ordinal);
        Assert.Contains("id=\"identity-department\">المديرية العامة للتخطيط وقياس الأداء</span>", signIn, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"identity-logo\"", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_logo_is_served_to_anyone_with_its_type_and_drawn_with_the_ministry_s_name_as_alt_text()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kpi-logo-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(path, Png);
        try
        {
            await using var host = WithLogo(path);
            using var anonymous = host.CreateClient();
            using var logo = await anonymous.GetAsync(new Uri("/identity/logo", UriKind.Relative));
            using var english = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
            english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
            using var page = await anonymous.SendAsync(english);

            Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
            Assert.Equal("image/png", logo.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Png, await logo.Content.ReadAsByteArrayAsync());
            Assert.True(logo.Headers.CacheControl is { Public: true, MaxAge.TotalHours: >= 1 }, $"Cache-Control: {logo.Headers.CacheControl}");
            Assert.Contains("<img src=\"/identity/logo\" alt=\"Ministry of Interior\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_logo_that_is_not_an_image_stops_the_host_with_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kpi-logo-{Guid.NewGuid():N}.png");
        await File.WriteAllTextAsync(path, "not a picture");
        try
        {
            await using var host = WithLogo(path);

            // Starting the host (its first service request) reads the logo and fails with the reason.
            var error = Record.Exception(() => host.Services.GetRequiredService<MinistryIdentity>());
            Assert.NotNull(error);
            Assert.IsType<OptionsValidationException>(error.GetBaseException());
            Assert.Contains("neither a PNG nor a JPEG", error.GetBaseException().Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private WebApplicationFactory<Program> WithLogo(string path) => Fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Kpi:Identity:LogoPath", path));
}
