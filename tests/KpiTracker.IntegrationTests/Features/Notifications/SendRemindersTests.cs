using System.Net.Http.Json;
using KpiTracker.Application.Features.Notifications;
using KpiTracker.Application.Features.Notifications.SendReminders;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Notifications;

/// <summary>
/// The daily reminder job on the 2025 cycle (deadline 31 January 2026, Muscat): owners of OM-BS's CUS-01 (draft) and CUS-02
/// (returned); a reviewer of OM-BS with ENV-01 submitted on 11 January and ENV-02 on 14 January.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class SendRemindersTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>17 January 2026, 10:00 in Muscat: 14 days before the deadline.</summary>
    private static readonly DateTimeOffset Day14 = new(2026, 1, 17, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Owners_are_reminded_14_7_and_1_days_before_the_deadline_and_reviewers_after_5_days_each_once()
    {
        var (owner, _, reviewer) = await ArrangeAsync();

        Assert.Equal(new ReminderSummary(2, 1), await RunAtAsync(Day14));
        Assert.Equal(new ReminderSummary(0, 0), await RunAtAsync(Day14.AddHours(3)));
        // 20 January: ENV-02 has now waited 6 days; the owners' next occasion is the 7-day one.
        Assert.Equal(new ReminderSummary(0, 1), await RunAtAsync(Day14.AddDays(3)));
        Assert.Equal(new ReminderSummary(2, 0), await RunAtAsync(Day14.AddDays(7)));
        Assert.Equal(new ReminderSummary(0, 0), await RunAtAsync(Day14.AddDays(8)));
        Assert.Equal(new ReminderSummary(2, 0), await RunAtAsync(Day14.AddDays(13)));
        // The deadline day itself (the 1-day reminder is sent) and the day after it: nothing more.
        Assert.Equal(new ReminderSummary(0, 0), await RunAtAsync(Day14.AddDays(14)));
        Assert.Equal(new ReminderSummary(0, 0), await RunAtAsync(Day14.AddDays(15)));

        var ownerNotes = await NotificationsAsync(owner.Id);
        Assert.Equal(
            ["CUS-01:1", "CUS-01:14", "CUS-01:7", "CUS-02:1", "CUS-02:14", "CUS-02:7"],
            ownerNotes.Select(n => $"{n.IndicatorCode}:{n.Days}").Order(StringComparer.Ordinal));
        Assert.All(ownerNotes, n => Assert.Equal(NotificationKind.DeadlineReminder, n.Kind));
        var reviewerNotes = await NotificationsAsync(reviewer.Id);
        Assert.Equal(["ENV-01:6", "ENV-02:6"], reviewerNotes.Select(n => $"{n.IndicatorCode}:{n.Days}").Order(StringComparer.Ordinal));
        Assert.Equal(8, await Fixture.WithDbAsync(db => db.RemindersSent.CountAsync()));

        // Worded in the reader's language, Arabic first.
        using var arabic = await Fixture.Users.ClientForAsync(owner, "ar");
        var inArabic = (await arabic.GetFromJsonAsync<NotificationPage>("/api/notifications"))!;
        Assert.Contains(inArabic.Items, n => n.Kind == "deadline_reminder" && n.Message.Contains("بقي على الموعد النهائي للتقديم 14 يومًا", StringComparison.Ordinal));
        using var english = await Fixture.Users.ClientForAsync(reviewer, "en");
        var inEnglish = (await english.GetFromJsonAsync<NotificationPage>("/api/notifications"))!;
        Assert.Contains(inEnglish.Items, n => n.Kind == "review_waiting" && n.Message.Contains("waiting for your review for 6 days", StringComparison.Ordinal));

        // No SMTP configured in this host: in-app only.
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.OutboxEmails.CountAsync()));
    }

    [Fact]
    public async Task Two_runs_side_by_side_send_each_reminder_once()
    {
        await ArrangeAsync();
        Fixture.Clock.SetUtcNow(Day14);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Fixture.SendAsync(new SendRemindersCommand())));

        Assert.Equal(2, runs.Sum(r => r.Owners));
        Assert.Equal(1, runs.Sum(r => r.Reviewers));
        Assert.Equal(3, await Fixture.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task The_unique_key_refuses_a_second_record_of_the_same_reminder()
    {
        await ArrangeAsync();
        await RunAtAsync(Day14);

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Fixture.ExecuteAsOwnerAsync(
            "INSERT INTO reminders_sent (id, user_id, submission_id, occasion, notification_id, sent_at) SELECT gen_random_uuid(), user_id, submission_id, occasion, notification_id, sent_at FROM reminders_sent LIMIT 1"));
        Assert.Equal("23505", error.SqlState);
    }

    private async Task<(TestUser Owner, TestUser OwnerMa, TestUser Reviewer)> ArrangeAsync()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.ExecuteAsOwnerAsync($"""
            UPDATE submissions SET state = 'draft', first_submitted_at = NULL, submitted_at = NULL, accepted_at = NULL WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code = 'CUS-01';
            UPDATE submissions SET state = 'returned', accepted_at = NULL WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code = 'CUS-02';
            UPDATE submissions SET state = 'submitted', accepted_at = NULL, submitted_at = '2026-01-11T06:00:00Z' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code = 'ENV-01';
            UPDATE submissions SET state = 'submitted', accepted_at = NULL, submitted_at = '2026-01-14T06:00:00Z' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code = 'ENV-02';
            """);
        var owner = await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "CUS-01"), (Role.IndicatorOwner, "OM-BS", "CUS-02"), (Role.IndicatorOwner, "OM-BS", "CUS-03"));
        var ownerMa = await Fixture.Users.CreateAsync("owner.ma", (Role.IndicatorOwner, "OM-MA", "CUS-01"));
        var reviewer = await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null));
        return (owner, ownerMa, reviewer);
    }

    private async Task<ReminderSummary> RunAtAsync(DateTimeOffset at)
    {
        Fixture.Clock.SetUtcNow(at);
        return await Fixture.SendAsync(new SendRemindersCommand());
    }

    private Task<List<Notification>> NotificationsAsync(Guid userId) =>
        Fixture.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == userId).ToListAsync());
}
