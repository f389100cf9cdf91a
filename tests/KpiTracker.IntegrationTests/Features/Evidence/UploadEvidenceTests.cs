using System.Net;
using System.Security.Cryptography;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Evidence;

public sealed class UploadEvidenceTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Governorate = "OM-BS";
    private const string Indicator = "PAO-02";

    private HttpClient _owner = null!;

    private string StoragePath => Fixture.Factory.StoragePath;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CollectionSetup.OpenCycleAsync(Fixture, Governorate);
        var owner = await Fixture.Users.CreateAsync("owner.x", (Role.IndicatorOwner, Governorate, Indicator));
        _owner = await Fixture.Users.ClientForAsync(owner, "en");
    }

    public static TheoryData<string, string, string> Hostile => new()
    {
        { "report.pdf", "html", "file.type.not_allowed" },
        { "scan.pdf", "oversized", "file.too_large" },
        { "budget.xlsx", "bomb", "file.archive.too_large" },
        { "logo.svg", "svg", "file.type.not_allowed" },
        { "empty.csv", "empty", "file.empty" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_files_are_refused_with_a_field_error_and_leave_nothing_in_storage(string name, string sample, string code)
    {
        var before = EvidenceApi.Storage(StoragePath);

        var response = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, name, Bytes(sample));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, await EvidenceApi.FieldCodesAsync(response, "file"));
        Assert.Equal(before, EvidenceApi.Storage(StoragePath));
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Set<Domain.Collection.Evidence>().CountAsync()));
        Assert.Equal(0, await EvidenceCountAsync());
    }

    [Fact]
    public async Task A_name_with_a_path_and_control_characters_is_accepted_sanitised_and_stored_under_a_generated_name()
    {
        var before = EvidenceApi.Storage(StoragePath);

        var response = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, "../../etc/تقرير\u0007 الأدلة\u202E.pdf", EvidenceSamples.Pdf());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await EvidenceApi.JsonAsync(response);
        Assert.Equal("تقرير الأدلة.pdf", body.GetProperty("fileName").GetString());
        var added = EvidenceApi.Storage(StoragePath).Except(before).ToList();
        var stored = Assert.Single(added);
        Assert.Matches("^[0-9a-f]{32}$", stored);
        Assert.Equal(Path.Combine(StoragePath, stored), Path.GetFullPath(Path.Combine(StoragePath, stored)));
        var row = await Fixture.WithDbAsync(db => db.Set<Domain.Collection.Evidence>().SingleAsync());
        Assert.Equal(stored, row.StoredName);
        Assert.False(File.Exists(Path.Combine(StoragePath, "..", "..", "etc", "تقرير الأدلة.pdf")));
    }

    public static TheoryData<string, string, string> Valid => new()
    {
        { "report.pdf", "pdf", "application/pdf" },
        { "chart.png", "png", "image/png" },
        { "photo.jpg", "jpeg", "image/jpeg" },
        { "data.csv", "csv", "text/csv; charset=utf-8" },
        { "workbook.xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "minutes.docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public async Task Valid_files_are_stored_with_their_checksum_and_come_back_byte_for_byte_as_attachments(string name, string sample, string contentType)
    {
        var bytes = Bytes(sample);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var response = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, name, bytes);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await EvidenceApi.JsonAsync(response);
        Assert.Equal(sha256, body.GetProperty("sha256").GetString());
        Assert.Equal(bytes.Length, body.GetProperty("size").GetInt64());
        Assert.Equal(contentType, body.GetProperty("contentType").GetString());
        var row = await Fixture.WithDbAsync(db => db.Set<Domain.Collection.Evidence>().SingleAsync());
        Assert.Equal(sha256, row.Sha256);
        Assert.Equal(1, await EvidenceCountAsync());

        using var download = await _owner.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, download.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(name, download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task An_arabic_name_is_sent_back_in_an_rfc_5987_filename()
    {
        var created = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, "محضر الاجتماع.pdf", EvidenceSamples.Pdf());

        using var download = await _owner.GetAsync(created.Headers.Location);

        var disposition = download.Content.Headers.GetValues("Content-Disposition").Single();
        Assert.StartsWith("attachment;", disposition, StringComparison.Ordinal);
        Assert.Contains("filename*=UTF-8''%D9%85%D8%AD%D8%B6%D8%B1", disposition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_eleventh_file_of_an_item_is_refused()
    {
        for (var i = 1; i <= 10; i++)
        {
            var ok = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, $"part-{i}.csv", EvidenceSamples.Csv());
            Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        }

        var before = EvidenceApi.Storage(StoragePath);
        var response = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, "part-11.csv", EvidenceSamples.Csv());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("evidence.too_many", await EvidenceApi.FieldCodesAsync(response, "file"));
        Assert.Equal(before, EvidenceApi.Storage(StoragePath));
        Assert.Equal(10, await EvidenceCountAsync());
        var list = await EvidenceApi.JsonAsync(await _owner.GetAsync(EvidenceApi.Url(Governorate, Indicator)));
        Assert.Equal(10, list.GetArrayLength());
    }

    [Fact]
    public async Task When_the_database_refuses_the_row_the_stored_file_is_deleted_again()
    {
        var before = EvidenceApi.Storage(StoragePath);
        await Fixture.ExecuteAsOwnerAsync("ALTER TABLE evidence ADD CONSTRAINT test_refuse_all CHECK (size < 0)");
        try
        {
            var response = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, "report.pdf", EvidenceSamples.Pdf());

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal(before, EvidenceApi.Storage(StoragePath));
            Assert.Equal(0, await EvidenceCountAsync());
        }
        finally
        {
            await Fixture.ExecuteAsOwnerAsync("ALTER TABLE evidence DROP CONSTRAINT test_refuse_all");
        }
    }

    [Fact]
    public async Task Uploads_are_audited()
    {
        var response = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, "report.pdf", EvidenceSamples.Pdf());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var entry = await Fixture.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == "evidence"));

        Assert.Equal("upload_evidence.create", entry.Action);
        Assert.Equal("owner.x", entry.UserName);
        Assert.Equal($"{CollectionSetup.Year}/{Governorate}/{Indicator}/r1/report.pdf", entry.EntityKey);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(EvidenceSamples.Pdf())), entry.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_items_owner_may_upload_and_readers_in_scope_may_list_and_download()
    {
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, Governorate, null)), "en");
        var otherOwner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.y", (Role.IndicatorOwner, "OM-MA", Indicator)), "en");
        var created = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, "report.pdf", EvidenceSamples.Pdf());

        Assert.Equal(HttpStatusCode.Forbidden, (await EvidenceApi.UploadAsync(reviewer, Governorate, Indicator, "r.pdf", EvidenceSamples.Pdf())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await EvidenceApi.UploadAsync(otherOwner, Governorate, Indicator, "r.pdf", EvidenceSamples.Pdf())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.DeleteAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(EvidenceApi.Url(Governorate, Indicator))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOwner.GetAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _owner.GetAsync($"{EvidenceApi.Url(Governorate, Indicator)}/{Guid.NewGuid()}")).StatusCode);
    }

    private Task<int> EvidenceCountAsync() => Fixture.WithDbAsync(db =>
        db.Revisions.Where(r => db.Submissions.Any(s => s.Id == r.SubmissionId && s.OrgUnitCode == Governorate && s.IndicatorCode == Indicator))
            .Select(r => r.EvidenceCount).SingleAsync());

    private static byte[] Bytes(string sample) => sample switch
    {
        "pdf" => EvidenceSamples.Pdf(),
        "png" => EvidenceSamples.Png(),
        "jpeg" => EvidenceSamples.Jpeg(),
        "csv" => EvidenceSamples.Csv(),
        "xlsx" => EvidenceSamples.Xlsx(),
        "docx" => EvidenceSamples.Docx(),
        "html" => EvidenceSamples.HtmlAsPdf(),
        "oversized" => EvidenceSamples.Oversized(),
        "bomb" => EvidenceSamples.XlsxBomb(),
        "svg" => EvidenceSamples.Svg(),
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(sample)),
    };
}
