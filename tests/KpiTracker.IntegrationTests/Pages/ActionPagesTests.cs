using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Features.Actions;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Pages;

/// <summary>The actions list page's evidence forms, and the progress page's switch that requires an action per red indicator.</summary>
public sealed partial class ActionPagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string ActionsPage = "/governorates/OM-BS/actions";

    [Fact]
    public async Task On_the_actions_page_done_is_refused_beside_the_form_until_a_file_is_attached_then_accepted()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        using var reviewer = await Fixture.Users.ClientForAsync(data.Reviewer);
        using var viewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.all", (Role.Viewer, null, null)));

        using var refused = await FormPost.SubmitAsync(reviewer, ActionsPage, "update-1", [new("status", "done"), new("note", "")]);
        var refusal = await refused.Content.ReadAsStringAsync();
        using var uploaded = await UploadAsync(reviewer, 1, "محضر الإنجاز.pdf", EvidenceSamples.Pdf());
        var after = await reviewer.GetStringAsync(uploaded.Headers.Location);
        var file = await Fixture.WithDbAsync(db => db.ActionEvidenceFiles.AsNoTracking().SingleAsync());
        var viewerPage = await viewer.GetStringAsync(new Uri(ActionsPage, UriKind.Relative));
        using var done = await FormPost.SubmitAsync(reviewer, ActionsPage, "update-1", [new("status", "done"), new("note", "")]);

        Assert.Contains(
            "id=\"update-1-evidence-error\" role=\"alert\"><ul><li data-code=\"action.done.evidence_required\">أرفق ملف دليل واحدًا على الأقل على إنجاز الإجراء قبل أن تجعل حالته «منجز».</li>",
            refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Equal($"{ActionsPage}?done=uploaded&action=1", uploaded.Headers.Location?.PathAndQuery);
        Assert.Contains("أُرفق ملف الدليل بالإجراء 1.", after, StringComparison.Ordinal);
        var link = $"<a href=\"/api/governorates/OM-BS/actions/1/evidence/{file.Id}\"><bdi>محضر الإنجاز</bdi><bdi dir=\"ltr\">.pdf</bdi></a>";
        Assert.Contains(link, after, StringComparison.Ordinal);
        Assert.Contains(link, viewerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"evidence-form-1\"", viewerPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(ActionStatus.Done, await Fixture.WithDbAsync(db => db.ImprovementActions.Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_file_is_named_beside_the_file_field_in_english()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        using var reviewer = await Fixture.Users.ClientForAsync(data.Reviewer, "en");

        using var refused = await UploadAsync(reviewer, 1, "report.pdf", EvidenceSamples.HtmlAsPdf());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("id=\"evidence-file-1-error\" role=\"alert\"><ul><li data-code=\"file.type.not_allowed\">[^<]*PDF", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.ActionEvidenceFiles.CountAsync()));
    }

    [Fact]
    public async Task The_progress_page_switches_the_requirement_on_and_off_and_counts_the_red_indicators_without_an_action()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        var reds = await Fixture.WithDbAsync(db => (
            from r in db.ScoreRuns
            join i in db.ScoreRunIndicators on r.Id equals i.RunId
            where r.Year == 2024 && r.OrgUnitCode == "OM-BS" && r.IsLatest && i.Light == TrafficLight.Red
            select i.Code).CountAsync());
        const string page = "/cycles/2024/progress";

        var before = await Client.GetStringAsync(new Uri(page, UriKind.Relative));
        using var on = await FormPost.SubmitAsync(Client, page, "required", [new("required", "true")]);
        var required = await Client.GetStringAsync(on.Headers.Location);
        var flagOn = await RequiredAsync();
        using var off = await FormPost.SubmitAsync(Client, page, "required", [new("required", "false")]);
        var lifted = await Client.GetStringAsync(off.Headers.Location);

        Assert.Contains("data-required=\"off\"", before, StringComparison.Ordinal);
        Assert.Contains("لا تشترط دورة 2024 فتح إجراء تحسين للمؤشرات ذات الإشارة الحمراء.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-missing-actions", before, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/cycles/2024/progress?required=on"), (on.StatusCode, on.Headers.Location?.PathAndQuery));
        Assert.True(flagOn);
        Assert.Contains("صارت دورة 2024 تشترط إجراء تحسين لكل مؤشر إشارته حمراء.", required, StringComparison.Ordinal);
        Assert.Contains("data-required=\"on\"", required, StringComparison.Ordinal);
        // One red indicator has its action already.
        Assert.Contains($"data-missing-actions=\"OM-BS\">{reds - 1}</td>", required, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await RequiredAsync());
        Assert.Contains("data-required=\"off\"", lifted, StringComparison.Ordinal);
        Assert.DoesNotContain("data-missing-actions", lifted, StringComparison.Ordinal);
        Assert.Equal(2, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == "cycle" && e.Action.StartsWith("require_actions"))));
    }

    private Task<bool> RequiredAsync() => Fixture.WithDbAsync(db => db.Cycles.Where(c => c.Year == 2024).Select(c => c.RequireActionsForRed).SingleAsync());

    /// <summary>Posts the action's evidence form as a browser does: multipart, with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int number, string fileName, byte[] bytes)
    {
        var page = await client.GetStringAsync(new Uri(ActionsPage, UriKind.Relative));
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent($"evidence-{number}"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri(ActionsPage, UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
