using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Actions;
using KpiTracker.Application.Features.Actions.GetActionDraft;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Actions;

/// <summary>
/// The 2024 cycle scored, on 1 March 2025 (the test clock), with OM-BS's reviewer, an owner of OM-BS and a reviewer of OM-MA;
/// <see cref="Red"/> is an up indicator with a red light in OM-BS's run, <see cref="Green"/> one with a green light.
/// </summary>
internal sealed record ActionData(ScoringData Cycle2024, TestUser Reviewer, HttpClient ReviewerClient, TestUser Owner, string Red, string Green)
{
    public static readonly DateTimeOffset March2025 = new(2025, 3, 1, 6, 0, 0, TimeSpan.Zero);

    public static async Task<ActionData> ArrangeAsync(DatabaseFixture fixture)
    {
        var data = await ScoringData.OpenAsync(fixture, 2024);
        await fixture.SendAsync(new ScoreCycleCommand(2024));
        fixture.Clock.SetUtcNow(March2025);
        var reviewer = await fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null));
        var owner = await fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "CUS-01"));
        // Green among indicators of criteria at Established or above, so that nothing allows an action on it.
        var lights = await fixture.WithDbAsync(db => (
            from r in db.ScoreRuns
            join i in db.ScoreRunIndicators on r.Id equals i.RunId
            join c in db.ScoreRunCriteria on new { r.Id, Code = i.CriterionCode } equals new { Id = c.RunId, c.Code }
            where r.Year == 2024 && r.OrgUnitCode == "OM-BS" && r.IsLatest && i.Status == IndicatorStatus.Value && i.TargetHigh == null && i.Lower < i.Target
            orderby i.Order
            select new { i.Code, i.Light, Strong = c.PublishedScore >= 60 }).ToListAsync());
        return new ActionData(
            data, reviewer, await fixture.Users.ClientForAsync(reviewer, "en"), owner,
            lights.First(l => l.Light == TrafficLight.Red).Code, lights.First(l => l.Light == TrafficLight.Green && l.Strong).Code);
    }

    public static Uri Actions(string gov = "OM-BS", string tail = "") => new($"/api/governorates/{gov}/actions{tail}", UriKind.Relative);

    public async Task<ActionDraftDto> DraftAsync(string indicator) =>
        (await ReviewerClient.GetFromJsonAsync<ActionDraftDto>(Actions(tail: $"/draft?year=2024&indicator={indicator}")))!;

    /// <summary>Opens an action on <paramref name="indicator"/> due on 30 June 2025, with the proposed expected value unless one is given.</summary>
    public async Task<ActionDto> OpenAsync(string indicator, decimal? expected = null, string title = "Train the call centre")
    {
        using var response = await ReviewerClient.PostAsJsonAsync(Actions(), new { year = 2024, indicator, title, responsible = Owner.UserName, dueDate = "2025-06-30", expected });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ActionDto>())!;
    }

    /// <summary>The indicator's direction and bounds in the default edition, to measure an effect the way the domain does.</summary>
    public static async Task<Indicator> IndicatorAsync(DatabaseFixture fixture, string code) =>
        await fixture.WithDbAsync(db => db.Indicators.AsNoTracking().FirstAsync(i => i.Code == code));

    /// <summary>Posts a file to the action's evidence route, as a client would (multipart field 'file').</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int number, string fileName, byte[] bytes, string gov = "OM-BS")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(Actions(gov, $"/{number}/evidence"), form);
    }

    /// <summary>The reviewer attaches a small PDF to the action: the evidence of completion that done needs.</summary>
    public async Task<ActionEvidenceDto> AttachAsync(int number, string fileName = "report.pdf")
    {
        using var response = await UploadAsync(ReviewerClient, number, fileName, EvidenceSamples.Pdf());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ActionEvidenceDto>())!;
    }
}
