using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Notifications;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Notifications;

[Collection(SecondDatabaseGroup.Name)]
public sealed class ListNotificationsTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task Reviewers_hear_of_submissions_and_owners_of_returns_and_decisions_newest_first()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");

        var review = await PageAsync(Reviewer);
        var submitted = Assert.Single(review.Items);
        Assert.Equal((1, "submission_submitted", "LSP-01"), (review.Unread, submitted.Kind, submitted.Indicator));
        Assert.Equal("LSP-01 Goals linked to the annual plan for North Al Batinah (2025) was submitted for your review.", submitted.Message);
        Assert.Equal("/cycles/2025/submissions/OM-BS/LSP-01", submitted.Link);
        Assert.Empty((await PageAsync(ReviewerMa)).Items);
        Assert.Empty((await PageAsync(Owner)).Items);

        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "return", new { reason = "evidence_missing", text = "Attach the plan." });
        await ActOkAsync(Owner, "OM-BS", "LSP-04", "request-na", new { reason = "No survey this year." });
        await ActOkAsync(Client, "OM-BS", "LSP-04", "grant-na", new { grant = true });

        var mine = await PageAsync(Owner);
        Assert.Equal(["not_applicable_granted", "submission_returned"], mine.Items.Select(n => n.Kind).ToArray());
        Assert.Equal("LSP-01 Goals linked to the annual plan for North Al Batinah (2025) was returned to you: Evidence missing.", mine.Items[1].Message);
        Assert.Equal(("evidence_missing", "reviewer.bs"), (mine.Items[1].ReturnReason, mine.Items[1].Actor));

        var arabic = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.ar", (Role.IndicatorOwner, "OM-BS", "LSP-01")), "ar");
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "return", new { reason = "other", text = "Use the signed copy." });
        var arabicPage = await PageAsync(arabic);
        Assert.Equal(
            "أُعيد إليك المؤشر LSP-01 نسبة الأهداف المرتبطة بالخطة السنوية لمحافظة شمال الباطنة (2025): سبب آخر.",
            Assert.Single(arabicPage.Items).Message);
    }

    [Fact]
    public async Task A_refused_transition_notifies_nobody()
    {
        var version = (await GetAsync(Owner, "OM-BS", "LSP-01")).Version;

        using var refused = await PostAsync(Owner, "OM-BS", "LSP-01", "submit", null, version);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    private static async Task<NotificationPage> PageAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<NotificationPage>("/api/notifications", Json))!;
}
