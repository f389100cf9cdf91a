using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using KpiTracker.Application.Features.Actions;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Actions;

[Collection(SecondDatabaseGroup.Name)]
public sealed class UploadActionEvidenceTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private string StoragePath => Fixture.Factory.StoragePath;

    [Fact]
    public async Task A_file_is_stored_under_a_generated_name_listed_on_the_action_audited_and_downloaded_as_uploaded()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        var before = EvidenceApi.Storage(StoragePath);

        using var created = await ActionData.UploadAsync(data.ReviewerClient, 1, "../تقرير الإنجاز\u202E.pdf", EvidenceSamples.Pdf());
        var file = (await created.Content.ReadFromJsonAsync<ActionEvidenceDto>())!;
        var listed = (await data.ReviewerClient.GetFromJsonAsync<List<ActionDto>>(ActionData.Actions()))!;
        using var download = await Client.GetAsync(created.Headers.Location);
        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == "action_evidence"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("تقرير الإنجاز.pdf", "application/pdf"), (file.FileName, file.ContentType));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(EvidenceSamples.Pdf())), file.Sha256);
        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(EvidenceApi.Storage(StoragePath).Except(before)));
        Assert.Equal(file.Id, Assert.Single(Assert.Single(listed).Evidence).Id);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(EvidenceSamples.Pdf(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(("upload_action_evidence.create", "reviewer.bs", "OM-BS/1/تقرير الإنجاز.pdf"), (audit.Action, audit.UserName, audit.EntityKey));
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.ImprovementActions.Select(a => a.EvidenceCount).SingleAsync()));
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { "report.pdf", "html", "file.type.not_allowed" },
        { "scan.pdf", "oversized", "file.too_large" },
        { "logo.svg", "svg", "file.type.not_allowed" },
        { "empty.csv", "empty", "file.empty" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_file_we_do_not_accept_is_a_field_error_and_leaves_nothing_behind(string name, string sample, string code)
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        var before = EvidenceApi.Storage(StoragePath);

        using var response = await ActionData.UploadAsync(data.ReviewerClient, 1, name, Bytes(sample));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, await EvidenceApi.FieldCodesAsync(response, "file"));
        Assert.Equal(before, EvidenceApi.Storage(StoragePath));
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.ActionEvidenceFiles.CountAsync()));
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "action_evidence")));
    }

    [Fact]
    public async Task Ten_files_are_the_most_an_action_takes_and_a_form_without_a_file_is_refused()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        for (var i = 0; i < 10; i++)
        {
            await data.AttachAsync(1, $"part-{i}.pdf");
        }

        using var eleventh = await ActionData.UploadAsync(data.ReviewerClient, 1, "part-10.pdf", EvidenceSamples.Pdf());
        using var empty = new MultipartFormDataContent { { new StringContent("nothing"), "note" } };
        using var noFile = await data.ReviewerClient.PostAsync(ActionData.Actions(tail: "/1/evidence"), empty);

        Assert.Equal(HttpStatusCode.BadRequest, eleventh.StatusCode);
        Assert.Equal(["action.evidence.too_many"], await EvidenceApi.FieldCodesAsync(eleventh, "file"));
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal(["file.required"], await EvidenceApi.FieldCodesAsync(noFile, "file"));
        Assert.Equal(10, await Fixture.WithDbAsync(db => db.ActionEvidenceFiles.CountAsync()));
    }

    [Fact]
    public async Task A_file_is_removed_while_the_action_is_open_audited_and_its_bytes_deleted()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        var before = EvidenceApi.Storage(StoragePath);
        var file = await data.AttachAsync(1);

        using var removed = await data.ReviewerClient.DeleteAsync(ActionData.Actions(tail: $"/1/evidence/{file.Id}"));
        using var again = await data.ReviewerClient.DeleteAsync(ActionData.Actions(tail: $"/1/evidence/{file.Id}"));
        using var done = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(tail: "/1/status"), new { status = "done" });

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(before, EvidenceApi.Storage(StoragePath));
        Assert.Equal(HttpStatusCode.BadRequest, done.StatusCode);
        Assert.Equal("delete_action_evidence.delete", await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "action_evidence" && a.Action.EndsWith(".delete")).Select(a => a.Action).SingleAsync()));
    }

    [Fact]
    public async Task Another_actions_file_is_not_found_through_this_action()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        await data.OpenAsync(data.Red, title: "Second");
        var file = await data.AttachAsync(1);

        using var wrongAction = await Client.GetAsync(ActionData.Actions(tail: $"/2/evidence/{file.Id}"));
        using var unknown = await Client.GetAsync(ActionData.Actions(tail: $"/1/evidence/{Guid.NewGuid()}"));
        using var noAction = await ActionData.UploadAsync(data.ReviewerClient, 9, "report.pdf", EvidenceSamples.Pdf());

        Assert.Equal(HttpStatusCode.NotFound, wrongAction.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noAction.StatusCode);
    }

    private static byte[] Bytes(string sample) => sample switch
    {
        "html" => EvidenceSamples.HtmlAsPdf(),
        "oversized" => EvidenceSamples.Oversized(),
        "svg" => EvidenceSamples.Svg(),
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(sample)),
    };
}
