using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Flags;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Flags;

public sealed class ConfirmFlagTests(DatabaseFixture fixture) : FlagTest(fixture)
{
    [Fact]
    public async Task A_reviewer_confirms_a_flag_with_a_reason_and_it_is_audited()
    {
        await SubmitAcrossAsync("LSP-02", Values);
        await ScanAsync();
        var flag = Assert.Single((await Client.GetFromJsonAsync<List<FlagDto>>($"/api/cycles/{Year}/flags", Json))!);
        var url = $"/api/cycles/{Year}/flags/{flag.Id}/confirm";

        using (var otherGovernorate = await ReviewerMa.PostAsJsonAsync(url, new { reason = "x" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, otherGovernorate.StatusCode);
        }

        using (var central = await Client.PostAsJsonAsync(url, new { reason = "x" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, central.StatusCode);
        }

        using (var noReason = await Reviewer.PostAsJsonAsync(url, new { reason = " " }))
        {
            Assert.Equal("flag.reason.required", (await ProblemAsync(noReason)).Fields["reason"].Single());
        }

        using var confirmed = await Reviewer.PostAsJsonAsync(url, new { reason = "The plan was approved in December, so few goals were linked." });
        var dto = (await confirmed.Content.ReadFromJsonAsync<FlagDto>(Json))!;
        Assert.Equal((FlagStatus.Confirmed, "reviewer.bs"), (dto.Status, dto.ResolvedBy));
        using var twice = await Reviewer.PostAsJsonAsync(url, new { reason = "again" });
        Assert.Equal((409, "flag.resolved"), ((int)twice.StatusCode, (await ProblemAsync(twice)).Code));

        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Entity == "submission_flag" && a.Action == "confirm_flag.update"));
        Assert.Equal(("2025/OM-BS/LSP-02/modified_z", "The plan was approved in December, so few goals were linked.", "governorate_reviewer"), (audit.EntityKey, audit.Reason, audit.Role));
        Assert.Equal(0, (await ScanAsync()).FlagsAdded);
    }
}
