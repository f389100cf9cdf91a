using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.IntegrationTests.Security;

namespace KpiTracker.IntegrationTests.Common;

/// <summary>Every upload route answers a body that is not a well-formed multipart form with a 400 that carries a code, never a bare 400.</summary>
public sealed class MalformedUploadTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Governorate = "OM-BS";

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var routes = new[]
        {
            EvidenceApi.Url(Governorate, "LSP-01"),
            $"/api/cycles/{CollectionSetup.Year}/template/{Governorate}",
            $"/api/cycles/{CollectionSetup.Year}/template/{Governorate}/errors.xlsx",
        };
        var bodies = new (string ContentType, string Body)[]
        {
            ("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--x--\r\n"),
            ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 and the body ends here"),
            ("multipart/form-data; boundary=x", "--x\r\nthis line is no header\r\n\r\n%PDF-1.4\r\n--x--\r\n"),
        };
        foreach (var route in routes)
        {
            foreach (var (type, body) in bodies)
            {
                data.Add(route, type, body);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_multipart_body_gets_a_400_with_a_code_in_the_callers_language(string route, string contentType, string body)
    {
        await CollectionSetup.OpenCycleAsync(Fixture, Governorate);
        var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.lsp", (Role.IndicatorOwner, Governorate, "LSP-01")), "ar");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await owner.PostAsync(route, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await EvidenceApi.JsonAsync(response);
        Assert.Equal("body.malformed_multipart", problem.GetProperty("code").GetString());
        Assert.Equal("body.malformed_multipart", problem.GetProperty("fieldCodes").GetProperty("body")[0].GetString());
        Assert.Matches(@"\p{IsArabic}", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/my")]
    [InlineData("item")]
    public async Task A_page_that_takes_an_upload_answers_a_malformed_multipart_body_the_same_way(string page)
    {
        page = page == "item" ? $"/cycles/{CollectionSetup.Year}/submissions/{Governorate}/LSP-01" : page;
        await CollectionSetup.OpenCycleAsync(Fixture, Governorate);
        await Fixture.Users.CreateAsync("owner.lsp", (Role.IndicatorOwner, Governorate, "LSP-01"));
        using var browser = await CookieBrowser.SignInAsync(Fixture, "owner.lsp");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("--x\r\nthis line is no header\r\n\r\n%PDF-1.4\r\n--x--\r\n"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        using var request = new HttpRequestMessage(HttpMethod.Post, page) { Content = content };
        request.Headers.AcceptLanguage.Clear();
        request.Headers.AcceptLanguage.ParseAdd("ar");

        using var response = await browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await EvidenceApi.JsonAsync(response);
        Assert.Equal("body.malformed_multipart", problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsArabic}", problem.GetProperty("detail").GetString());
    }
}
