using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Notifications;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Notifications;

[Collection(SecondDatabaseGroup.Name)]
public sealed class MarkNotificationReadTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task A_notification_is_marked_read_by_its_reader_only()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        var notification = Assert.Single((await PageAsync(Reviewer)).Items);

        using (var foreign = await Owner.PostAsync(new Uri($"/api/notifications/{notification.Id}/read", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using var read = await Reviewer.PostAsync(new Uri($"/api/notifications/{notification.Id}/read", UriKind.Relative), null);
        Assert.NotNull((await read.Content.ReadFromJsonAsync<NotificationDto>(Json))!.ReadAt);
        var page = await PageAsync(Reviewer);
        Assert.Equal((0, 1), (page.Unread, page.Items.Count));
        Assert.Empty((await Reviewer.GetFromJsonAsync<NotificationPage>("/api/notifications?unreadOnly=true", Json))!.Items);
    }

    private static async Task<NotificationPage> PageAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<NotificationPage>("/api/notifications", Json))!;
}
