using System.Net;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Evidence;

public sealed class DeleteEvidenceTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Governorate = "OM-BS";

    // A document indicator: evidence is required to submit it.
    private const string Indicator = "PAO-02";

    private HttpClient _owner = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CollectionSetup.OpenCycleAsync(Fixture, Governorate);
        _owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.x", (Role.IndicatorOwner, Governorate, Indicator)), "en");
    }

    [Fact]
    public async Task A_draft_file_is_deleted_with_its_bytes_and_audited()
    {
        var created = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, "report.pdf", EvidenceSamples.Pdf());
        var stored = await Fixture.WithDbAsync(db => db.Set<Domain.Collection.Evidence>().Select(e => e.StoredName).SingleAsync());
        Assert.True(File.Exists(Path.Combine(Fixture.Factory.StoragePath, stored)));

        var response = await _owner.DeleteAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(Fixture.Factory.StoragePath, stored)));
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Set<Domain.Collection.Evidence>().CountAsync()));
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Revisions.Where(r => r.EvidenceCount > 0).CountAsync()));
        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == "evidence" && a.Action == "delete_evidence.delete"));
        Assert.Contains("report.pdf", audit.OldValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_counts_toward_submitting_and_cannot_be_deleted_or_added_once_submitted()
    {
        var created = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, "agreements.pdf", EvidenceSamples.Pdf());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // Submitting a document indicator needs its evidence; the upload is what makes it possible.
        await CollectionSetup.SubmitAsync(Fixture, Governorate, Indicator, new ValueInput { Value = "4" });
        var storage = EvidenceApi.Storage(Fixture.Factory.StoragePath);

        var delete = await _owner.DeleteAsync(created.Headers.Location);
        var upload = await EvidenceApi.UploadAsync(_owner, Governorate, Indicator, "more.pdf", EvidenceSamples.Pdf());

        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Equal("submission.wrong_state", (await EvidenceApi.JsonAsync(delete)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, upload.StatusCode);
        Assert.Equal(storage, EvidenceApi.Storage(Fixture.Factory.StoragePath));
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.Set<Domain.Collection.Evidence>().CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await _owner.GetAsync(created.Headers.Location)).StatusCode);
    }
}
