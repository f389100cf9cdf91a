using System.Net.Http.Json;
using KpiTracker.Application.Features.Actions.SendActionReminders;
using KpiTracker.Application.Features.Notifications;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Actions;

/// <summary>An action due on 30 June 2025 (Muscat): its responsible user, owner.bs, is reminded on 16 and 27 June and 1 July, each once.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class SendActionRemindersTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_responsible_user_is_reminded_14_and_3_days_before_and_the_day_after_each_once()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);

        int[] sent =
        [
            await RunOnAsync(15), await RunOnAsync(14), await RunOnAsync(14), await RunOnAsync(10), await RunOnAsync(3),
            await RunOnAsync(1), await RunOnAsync(0), await RunOnAsync(-1), await RunOnAsync(-1), await RunOnAsync(-5),
        ];

        Assert.Equal([0, 1, 0, 0, 1, 0, 0, 1, 0, 0], sent);
        var notes = await Fixture.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == data.Owner.Id).OrderBy(n => n.Days).ToListAsync());
        Assert.Equal([(NotificationKind.ActionOverdue, -1), (NotificationKind.ActionDueSoon, 3), (NotificationKind.ActionDueSoon, 14)], notes.Select(n => (n.Kind, n.Days ?? 0)));

        using var english = await Fixture.Users.ClientForAsync(data.Owner, "en");
        var page = (await english.GetFromJsonAsync<NotificationPage>("/api/notifications"))!;
        Assert.Contains(page.Items, n => n.Kind == "action_due_soon" && n.Message.Contains("is due in 3 days", StringComparison.Ordinal));
        // The notice opens the governorate's actions on that indicator, not the value's page.
        Assert.All(page.Items, n => Assert.Equal($"/governorates/OM-BS/actions?indicator={n.Indicator}", n.Link));
        using var arabic = await Fixture.Users.ClientForAsync(data.Owner, "ar");
        var inArabic = (await arabic.GetFromJsonAsync<NotificationPage>("/api/notifications"))!;
        Assert.Contains(inArabic.Items, n => n.Kind == "action_overdue" && n.Message.Contains("تجاوز إجراء التحسين", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_done_action_gets_no_reminder_and_two_runs_side_by_side_send_once()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        await data.OpenAsync(data.Red, title: "Second");
        await data.AttachAsync(2);
        using var done = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(tail: "/2/status"), new { status = "done" });
        Fixture.Clock.SetUtcNow(At(3));

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Fixture.SendAsync(new SendActionRemindersCommand())));

        Assert.True(done.IsSuccessStatusCode);
        Assert.Equal(1, runs.Sum());
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    /// <summary>10:00 in Muscat, this many days before 30 June 2025.</summary>
    private static DateTimeOffset At(int daysBefore) => new DateTimeOffset(2025, 6, 30, 6, 0, 0, TimeSpan.Zero).AddDays(-daysBefore);

    private async Task<int> RunOnAsync(int daysBefore)
    {
        Fixture.Clock.SetUtcNow(At(daysBefore));
        return await Fixture.SendAsync(new SendActionRemindersCommand());
    }
}
