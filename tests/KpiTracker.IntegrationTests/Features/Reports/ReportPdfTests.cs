using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Reports;

/// <summary>The scorecard and comparison PDFs over HTTP: content read back with poppler, tags, the disk cache and scoping.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class ReportPdfTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task The_scorecard_pdf_carries_the_governorate_name_and_the_overall_index_of_the_latest_run(string lang)
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        var card = (await Client.GetFromJsonAsync<ScorecardDto>(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS", UriKind.Relative)))!;
        var name = await Fixture.WithDbAsync(db => db.OrgUnits.Where(o => o.Code == "OM-BS").Select(o => lang == "ar" ? o.NameAr : o.NameEn).SingleAsync());

        using var response = await Client.GetAsync(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS/pdf?lang={lang}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"scorecard-{data.Year}-OM-BS-{lang}.pdf", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.NotNull(response.Headers.ETag);
        var pdf = await SaveAsync(await response.Content.ReadAsByteArrayAsync(), $"card-{lang}");
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        var text = PdfTools.Normalize(PdfTools.ExtractText(pdf));
        Assert.Contains(PdfTools.Normalize(name), text, StringComparison.Ordinal);
        Assert.Contains(PdfTools.Normalize(lang == "ar" ? "المؤشر العام" : "Overall index"), text, StringComparison.Ordinal);
        Assert.NotNull(card.Overall);
        Assert.Contains(card.Overall.Value.ToString("0.0", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains(PdfTools.Normalize(lang == "ar" ? "بطاقة الأداء المؤسسي" : "Institutional Performance Scorecard"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task If_none_match_gets_304_and_an_unchanged_scorecard_is_served_from_the_disk_cache_until_it_is_scored_again()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        var uri = new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS/pdf?lang=ar", UriKind.Relative);
        using var first = await Client.GetAsync(uri);
        var tag = first.Headers.ETag!;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, uri);
        conditional.Headers.IfNoneMatch.Add(tag);
        using var notModified = await Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // The cached file is what is sent: mark it, and the next download carries the mark instead of a fresh rendering.
        var cached = Path.Combine(Fixture.Factory.StoragePath, "reports", "cache", tag.Tag.Trim('"') + ".pdf");
        Assert.True(File.Exists(cached));
        var marked = (await File.ReadAllBytesAsync(cached)).Concat("%kpi-cache-mark\n"u8.ToArray()).ToArray();
        await File.WriteAllBytesAsync(cached, marked);
        Assert.Equal(marked, await Client.GetByteArrayAsync(uri));

        // Another language is another document and another tag.
        using var english = await Client.GetAsync(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS/pdf?lang=en", UriKind.Relative));
        Assert.NotEqual(tag, english.Headers.ETag);

        // A new run (here of another governorate, which moves ranks and medians) gives a new tag: the old one no longer matches.
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year, "OM-MA"));
        using var again = new HttpRequestMessage(HttpMethod.Get, uri);
        again.Headers.IfNoneMatch.Add(tag);
        using var fresh = await Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(tag, fresh.Headers.ETag);
        Assert.NotEqual(marked, await fresh.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Pdfs_are_scoped_like_the_json_no_run_is_a_404_problem_and_a_bad_language_a_400()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        using var unscored = await Client.GetAsync(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS/pdf?lang=ar", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unscored.StatusCode);
        Assert.Equal("application/problem+json", unscored.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(Client, $"/api/cycles/{data.Year}/comparison/pdf?lang=ar"));

        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));
        using var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "CUS-01")));
        foreach (var (client, gov) in new[] { (reviewer, "OM-BS"), (reviewer, "OM-MA"), (owner, "OM-BS"), (owner, "OM-MA"), (Client, "OM-MA") })
        {
            var json = await StatusAsync(client, $"/api/cycles/{data.Year}/scorecards/{gov}");
            Assert.Equal(json, await StatusAsync(client, $"/api/cycles/{data.Year}/scorecards/{gov}/pdf?lang=en"));
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reviewer, $"/api/cycles/{data.Year}/scorecards/OM-BS/pdf"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(reviewer, $"/api/cycles/{data.Year}/scorecards/OM-MA/pdf"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(owner, $"/api/cycles/{data.Year}/scorecards/OM-BS/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(Client, $"/api/cycles/{data.Year}/scorecards/OM-BS/pdf?lang=fr"));

        // The comparison shows every governorate: before the cycle closes, only for the central team (the reviewer gets 403 as on the JSON).
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(reviewer, $"/api/cycles/{data.Year}/comparison/pdf?lang=ar"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(owner, $"/api/cycles/{data.Year}/comparison/pdf?lang=ar"));
        using var comparison = await Client.GetAsync(new Uri($"/api/cycles/{data.Year}/comparison/pdf?lang=ar", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, comparison.StatusCode);
        Assert.Equal($"comparison-{data.Year}-ar.pdf", comparison.Content.Headers.ContentDisposition!.FileNameStar ?? comparison.Content.Headers.ContentDisposition.FileName);
        var pdf = await SaveAsync(await comparison.Content.ReadAsByteArrayAsync(), "comparison-ar");
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        var text = PdfTools.Normalize(PdfTools.ExtractText(pdf));
        var names = await Fixture.WithDbAsync(db => db.OrgUnits.Where(o => o.Kind == Domain.Organisation.OrgUnitKind.Governorate).Select(o => o.NameAr).ToListAsync());
        Assert.Equal(11, names.Count);
        Assert.All(names, n => Assert.Contains(PdfTools.Normalize(n), text, StringComparison.Ordinal));
    }

    private static async Task<string> SaveAsync(byte[] bytes, string name)
    {
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), "not a PDF");
        var path = Path.Combine(Path.GetTempPath(), $"kpi-{name}-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }
}
