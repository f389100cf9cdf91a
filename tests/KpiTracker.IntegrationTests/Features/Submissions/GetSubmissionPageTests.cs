using System.Net;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Application.Features.Submissions.GetSubmissionPage;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>The submission page's one query, and the page rendered from it for the owner, the reviewer and an outsider.</summary>
public sealed class GetSubmissionPageTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    private const string Path = "/cycles/2025/submissions/OM-BS/LSP-01";

    [Fact]
    public async Task The_query_returns_the_item_with_its_evidence_history_and_decisions()
    {
        await SubmitWithEvidenceAsync();

        var result = await QueryAsync(new GetSubmissionPageQuery(Year, "OM-BS", "LSP-01"));

        var page = result.Value;
        Assert.Equal((SubmissionState.Submitted, 72.5m), (page.Item.State, page.Item.Value));
        Assert.Equal("plan.pdf", Assert.Single(page.Evidence).FileName);
        Assert.Contains(Assert.Single(page.Revisions).Events, e => e.To == "submitted");
        Assert.Equal([SubmissionAction.Accept, SubmissionAction.Return], page.Decisions.Where(d => d != SubmissionAction.Verify));
        Assert.Empty(page.Flags);
        Assert.False(string.IsNullOrEmpty(page.Rules.DefinitionEn));
    }

    [Fact]
    public async Task The_typed_codes_go_on_the_wire_as_the_same_lower_snake_case_text()
    {
        await SubmitWithEvidenceAsync();

        var json = await Reviewer.GetStringAsync(new Uri(ItemUrl("OM-BS", "LSP-01"), UriKind.Relative));

        Assert.Contains("\"unit\":\"percent\",\"source\":\"ipr\"", json, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"submitted\",\"status\":\"pending\"", json, StringComparison.Ordinal);
        Assert.EndsWith("\"actions\":[\"accept\",\"return\"]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_item_is_not_found()
    {
        var result = await QueryAsync(new GetSubmissionPageQuery(Year, "OM-BS", "NOPE-01"));

        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }

    [Fact]
    public async Task The_owner_sees_the_entry_form_and_the_reviewer_the_decision()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 72.5 });
        var draft = await Owner.GetStringAsync(new Uri(Path, UriKind.Relative));
        Assert.Contains("id=\"entry-form\"", draft, StringComparison.Ordinal);
        Assert.Contains("data-state=\"draft\"", draft, StringComparison.Ordinal);

        await SubmitWithEvidenceAsync();
        var review = await Reviewer.GetStringAsync(new Uri(Path, UriKind.Relative));

        Assert.Contains("data-state=\"submitted\"", review, StringComparison.Ordinal);
        Assert.Contains("id=\"decision-accept\"", review, StringComparison.Ordinal);
        Assert.Contains("id=\"decision-return\"", review, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"entry-form\"", review, StringComparison.Ordinal);
        // The file's name, its extension isolated left to right after it (FileNameText).
        Assert.Contains("<bdi>plan</bdi><bdi dir=\"ltr\">.pdf</bdi>", review, StringComparison.Ordinal);
        Assert.Contains("id=\"history\"", review, StringComparison.Ordinal);
        // Without a notice or a refusal to show, neither region is rendered.
        Assert.DoesNotContain("id=\"notice\"", review, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-error\"", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_governorates_reviewer_gets_not_found()
    {
        using var response = await ReviewerMa.GetAsync(new Uri(Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task SubmitWithEvidenceAsync()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 72.5 });
        using (var upload = await EvidenceApi.UploadAsync(Owner, "OM-BS", "LSP-01", "plan.pdf", EvidenceSamples.Pdf()))
        {
            Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        }

        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
    }
}
