using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Submissions.VerifySubmissions;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>
/// "Verify selected" through <c>POST /api/cycles/{year}/verifications</c>: every item verified with the single verification's
/// audit record, all or nothing, each item that cannot be verified named, and only the central team may send it.
/// </summary>
public sealed class VerifySubmissionsTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    private const string Url = "/api/cycles/2025/verifications";

    [Fact]
    public async Task The_central_team_verifies_every_item_with_one_audit_record_each_like_a_single_verification()
    {
        var bs = await AcceptedAsync(Owner, Reviewer, "OM-BS", "LSP-01", 70);
        var ma = await AcceptedAsync(OwnerMa, ReviewerMa, "OM-MA", "LSP-01", 64);

        using var response = await Client.PostAsJsonAsync(Url, new { items = new[] { Item(bs), Item(ma) } });
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var dto = (await response.Content.ReadFromJsonAsync<VerificationsDto>(Json))!;
        Assert.Equal([("OM-BS", "LSP-01"), ("OM-MA", "LSP-01")], dto.Items.Select(i => (i.Governorate, i.Indicator)));
        Assert.NotEqual(bs.Version, dto.Items[0].Version);
        Assert.Equal(SubmissionState.Verified, (await GetAsync(Client, "OM-BS", "LSP-01")).State);
        Assert.Equal(SubmissionState.Verified, (await GetAsync(Client, "OM-MA", "LSP-01")).State);
        var records = await VerifyRecordsAsync();
        Assert.Equal(["2025/OM-BS/LSP-01", "2025/OM-MA/LSP-01"], records.Select(r => r.EntityKey).Order());
        Assert.All(records, r => Assert.Equal("central.test", r.UserName));
        Assert.Single(records.Select(r => r.CorrelationId).Distinct());

        // The single verification writes the same record.
        var other = Domain.Organisation.Governorates.All.Select(g => g.Code).First(c => c is not "OM-BS" and not "OM-MA");
        var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.other", (Domain.Access.Role.IndicatorOwner, other, "LSP-01")), "en");
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.other", (Domain.Access.Role.GovernorateReviewer, other, null)), "en");
        await AcceptedAsync(owner, reviewer, other, "LSP-01", 55);
        await ActOkAsync(Client, other, "LSP-01", "verify");
        var single = (await VerifyRecordsAsync()).Single(r => r.EntityKey == $"2025/{other}/LSP-01");
        Assert.Equal((records[0].Action, records[0].Entity, records[0].Role), (single.Action, single.Entity, single.Role));
    }

    [Fact]
    public async Task An_item_that_is_not_accepted_or_changed_meanwhile_is_named_and_nothing_is_verified()
    {
        var bs = await AcceptedAsync(Owner, Reviewer, "OM-BS", "LSP-01", 70);
        await SaveAsync(OwnerMa, "OM-MA", "LSP-01", new { value = 64 });
        var submitted = await ActOkAsync(OwnerMa, "OM-MA", "LSP-01", "submit");

        using var wrongState = await Client.PostAsJsonAsync(Url, new { items = new[] { Item(bs), Item(submitted) } });
        var refusal = await ProblemAsync(wrongState);
        using var stale = await Client.PostAsJsonAsync(Url, new { items = new[] { new { governorate = "OM-BS", indicator = "LSP-01", version = bs.Version - 1 } } });
        var staleProblem = await ProblemAsync(stale);
        using var unknown = await Client.PostAsJsonAsync(Url, new { items = new[] { Item(bs), new { governorate = "OM-XX", indicator = "LSP-01", version = 1u } } });

        Assert.Equal(409, refusal.Status);
        Assert.Equal("verifications.refused", refusal.Code);
        Assert.Equal(["items[1]"], refusal.Fields.Keys);
        Assert.Equal(["submission.wrong_state"], refusal.Fields["items[1]"]);
        Assert.Contains("1 of the 2 items", refusal.Text, StringComparison.Ordinal);
        Assert.Equal((409, "submission.stale"), (staleProblem.Status, staleProblem.Fields["items[0]"][0]));
        Assert.Equal(["submission.not_found"], (await ProblemAsync(unknown)).Fields["items[1]"]);
        Assert.Equal(SubmissionState.Accepted, (await GetAsync(Client, "OM-BS", "LSP-01")).State);
        Assert.Equal(bs.Version, (await GetAsync(Client, "OM-BS", "LSP-01")).Version);
        Assert.Empty(await VerifyRecordsAsync());
    }

    [Theory]
    [InlineData("reviewer")]
    [InlineData("auditor")]
    public async Task A_governorate_reviewer_or_an_auditor_cannot_verify(string who)
    {
        var bs = await AcceptedAsync(Owner, Reviewer, "OM-BS", "LSP-01", 70);

        using var response = await (who == "reviewer" ? Reviewer : Auditor).PostAsJsonAsync(Url, new { items = new[] { Item(bs) } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(SubmissionState.Accepted, (await GetAsync(Client, "OM-BS", "LSP-01")).State);
        Assert.Empty(await VerifyRecordsAsync());
    }

    [Fact]
    public async Task Bad_input_is_answered_400_with_a_field_error_for_each_problem()
    {
        using var empty = await Client.PostAsJsonAsync(Url, new { items = Array.Empty<object>() });
        using var missing = await Client.PostAsJsonAsync(Url, new
        {
            items = new object[] { new { governorate = "OM-BS", indicator = "LSP-01" }, new { governorate = "OM-BS", indicator = "LSP-01", version = 3 }, new { indicator = "LSP-02", version = 3 } },
        });
        using var tooMany = await Client.PostAsJsonAsync(Url, new { items = Enumerable.Range(0, VerifySubmissionsCommand.MaxItems + 1).Select(i => new { governorate = "OM-BS", indicator = $"X-{i}", version = 1 }) });
        using var wrongType = await Client.PostAsync(new Uri(Url, UriKind.Relative), new StringContent("""{"items":"all"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(["verifications.empty"], (await ProblemAsync(empty)).Fields["items"]);
        var fields = (await ProblemAsync(missing)).Fields;
        Assert.Equal(400, (int)missing.StatusCode);
        Assert.Equal(["verifications.version_required"], fields["items[0].version"]);
        Assert.Equal(["verifications.duplicate"], fields["items[1]"]);
        Assert.Equal(["verifications.governorate_required"], fields["items[2].governorate"]);
        Assert.Equal(["verifications.too_many"], (await ProblemAsync(tooMany)).Fields["items"]);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
    }

    private static object Item(Application.Features.Submissions.SubmissionDto item) => new { governorate = item.Governorate, indicator = item.Indicator, version = item.Version };

    private async Task<Application.Features.Submissions.SubmissionDto> AcceptedAsync(HttpClient owner, HttpClient reviewer, string governorate, string indicator, decimal value)
    {
        await SaveAsync(owner, governorate, indicator, new { value });
        await ActOkAsync(owner, governorate, indicator, "submit");
        return await ActOkAsync(reviewer, governorate, indicator, "accept");
    }

    private Task<List<Application.Common.Auditing.AuditEntry>> VerifyRecordsAsync() =>
        Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "submission" && a.Action.StartsWith("verify_submission")).OrderBy(a => a.Seq).ToListAsync());
}
