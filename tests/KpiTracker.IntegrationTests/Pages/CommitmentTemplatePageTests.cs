using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Excel;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Pages;

/// <summary>The commitments page's Excel template: the link and the upload form for the reviewer only, errors by cell beside the form, PRG on success.</summary>
public sealed partial class CommitmentTemplatePageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Page = "/cycles/2025/commitments/OM-BS";

    [Fact]
    public async Task The_reviewer_uploads_a_filled_template_from_the_page_and_a_bad_cell_is_named_beside_the_form()
    {
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await ScoringData.OpenAsync(Fixture, 2025);
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));
        var viewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.bs", (Role.Viewer, "OM-BS", null)));

        var html = await reviewer.GetStringAsync(new Uri(Page, UriKind.Relative));
        Assert.Contains($"href=\"/api/cycles/2025/commitments/OM-BS/template.xlsx\" id=\"template-download\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"template-form\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("template-form", await viewer.GetStringAsync(new Uri(Page, UriKind.Relative)), StringComparison.Ordinal);

        var rows = ExcelFiles.Rows(await reviewer.GetByteArrayAsync(new Uri($"{Page.Replace("/cycles", "/api/cycles", StringComparison.Ordinal)}/template.xlsx", UriKind.Relative)));
        var line = rows.FindIndex(r => (string?)r["الرمز"] == "LSP-03") + 2;
        rows[line - 2]["قيمة الالتزام"] = 150.0;
        using (var refused = await UploadAsync(reviewer, ExcelFiles.Write(rows)))
        {
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains($"<li data-cell=\"M{line}\" data-code=\"commitment.value.out_of_range\">الخلية M{line}: ", page, StringComparison.Ordinal);
            Assert.Equal(0, await Fixture.WithDbAsync(db => db.Commitments.CountAsync()));
        }

        rows[line - 2]["قيمة الالتزام"] = 80.0;
        using var proposed = await UploadAsync(reviewer, ExcelFiles.Write(rows));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.EndsWith($"{Page}?proposed=1", proposed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(80m, await Fixture.WithDbAsync(db => db.Commitments.Select(c => c.Value).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] xlsx)
    {
        var token = Token().Match(await client.GetStringAsync(new Uri(Page, UriKind.Relative)));
        Assert.True(token.Success);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("commitments-template"), "_handler" },
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "commitments.xlsx");
        return await client.PostAsync(new Uri(Page, UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
