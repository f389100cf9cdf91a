using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Cycles;

public sealed class CycleTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero));
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    [Fact]
    public async Task A_new_cycle_is_planned_on_the_published_edition_with_the_default_calendar_in_Muscat_time()
    {
        using var response = await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/cycles/2025", response.Headers.Location?.OriginalString);
        var cycle = (await response.Content.ReadFromJsonAsync<CycleDto>(Json))!;
        Assert.Equal((2025, "IIS-2024", CycleStatus.Planned, CyclePhase.Planned, false), (cycle.Year, cycle.Edition, cycle.Status, cycle.Phase, cycle.EntryOpen));
        Assert.Equal(new CycleCalendarDto(new(2026, 1, 1), new(2026, 1, 31), new(2026, 2, 15), new(2026, 2, 28), new(2026, 4, 15), new(2026, 4, 30)), cycle.Calendar);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 20, 0, 0, TimeSpan.Zero), cycle.Schedule.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 20, 0, 0, TimeSpan.Zero), cycle.Schedule.SubmissionDeadlineAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 20, 0, 0, TimeSpan.Zero), cycle.Schedule.ClosesAt);
        var json = await Client.GetStringAsync(new Uri("/api/cycles/2025", UriKind.Relative));
        Assert.Contains("\"opens\":\"2026-01-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"opensAt\":\"2025-12-31T20:00:00+00:00\"", json, StringComparison.Ordinal);

        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Entity == "cycle"));
        Assert.Equal(("create_cycle.create", "2025", "central.test"), (audit.Action, audit.EntityKey, audit.UserName));
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { """{"year": 1999}""", "year", "cycle.year.invalid" },
        { """{}""", "year", "cycle.year.invalid" },
        { """{"year": 2025, "edition": "NOPE-1"}""", "edition", "edition.not_found" },
        { """{"year": 2025, "calendar": {"expiry": "2026-01-20"}}""", "calendar.expiry", "cycle.calendar.order" },
        { """{"year": 2025, "calendar": {"closes": "2026-04-01"}}""", "calendar.closes", "cycle.calendar.order" },
        { """{"year": 2025, "calendar": {"opens": "first of January"}}""", "calendar.opens", "body.field_type" },
        // Every date falls in the year after the assessment year (2026 for 2025).
        { """{"year": 2025, "calendar": {"opens": "2025-12-15"}}""", "calendar.opens", "cycle.calendar.year" },
        { """{"year": 2025, "calendar": {"closes": "2027-01-10"}}""", "calendar.closes", "cycle.calendar.year" },
        { """{"year": 2025, "calendar": {"opens": "2031-01-01", "submissionDeadline": "2031-01-31", "expiry": "2031-02-15", "reviewDue": "2031-02-28", "verificationDue": "2031-04-15", "closes": "2031-04-30"}}""", "calendar.verificationDue", "cycle.calendar.year" },
        { """{"year": true}""", "year", "body.field_type" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_cycle_with_bad_input_is_refused_by_field(string body, string field, string code)
    {
        using var response = await Client.PostAsync(new Uri("/api/cycles", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, FieldCodes(await response.Content.ReadAsStringAsync(), field));
        Assert.False(await Fixture.WithDbAsync(db => db.Cycles.AnyAsync()));
    }

    /// <summary>(the change to the planned 2025 cycle's dates, the field refused, its code); the default dates are 1 Jan … 30 Apr 2026.</summary>
    public static TheoryData<string, string, string> RefusedDates => new()
    {
        { """{"opens": "2025-12-31"}""", "calendar.opens", "cycle.calendar.year" },
        { """{"submissionDeadline": "2025-12-31"}""", "calendar.submissionDeadline", "cycle.calendar.year" },
        { """{"submissionDeadline": "2025-12-31"}""", "calendar.submissionDeadline", "cycle.calendar.order" },
        { """{"closes": "2027-01-01"}""", "calendar.closes", "cycle.calendar.year" },
        { """{"verificationDue": "2027-03-01", "closes": "2027-04-30"}""", "calendar.verificationDue", "cycle.calendar.year" },
        { """{"expiry": "2026-05-01"}""", "calendar.reviewDue", "cycle.calendar.order" },
        { """{"reviewDue": "2026-02-10"}""", "calendar.reviewDue", "cycle.calendar.order" },
    };

    [Theory]
    [MemberData(nameof(RefusedDates))]
    public async Task Dates_out_of_order_or_outside_the_year_after_the_assessment_year_are_refused_by_field(string body, string field, string code)
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();

        using var response = await Client.PutAsync(new Uri("/api/cycles/2025", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, FieldCodes(await response.Content.ReadAsStringAsync(), field));
        var cycle = (await Client.GetFromJsonAsync<CycleDto>("/api/cycles/2025", Json))!;
        Assert.Equal(new CycleCalendarDto(new(2026, 1, 1), new(2026, 1, 31), new(2026, 2, 15), new(2026, 2, 28), new(2026, 4, 15), new(2026, 4, 30)), cycle.Calendar);
    }

    [Theory]
    [InlineData("en", "This date must fall in 2026, the year after the assessment year 2025.")]
    [InlineData("ar", "يجب أن يقع هذا التاريخ في سنة 2026، وهي السنة التالية لسنة التقييم 2025.")]
    public async Task A_date_outside_the_year_is_explained_in_the_callers_language(string language, string message)
    {
        var central = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("central." + language, (Role.CentralTeam, null, null)), language);

        using var response = await central.PostAsync(new Uri("/api/cycles", UriKind.Relative), new StringContent("""{"year": 2025, "calendar": {"closes": "2027-01-10"}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_has_one_cycle_and_only_a_published_edition_carries_one()
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();
        using var again = await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 });
        Assert.Contains("cycle.year.exists", FieldCodes(await again.Content.ReadAsStringAsync(), "year"));

        (await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "IIS-2026" })).Dispose();
        using var onDraft = await Client.PostAsJsonAsync("/api/cycles", new { year = 2026, edition = "IIS-2026" });
        Assert.Contains("cycle.edition.not_published", FieldCodes(await onDraft.Content.ReadAsStringAsync(), "edition"));
    }

    [Fact]
    public async Task Dates_change_until_the_cycle_opens_and_the_change_is_audited()
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();

        using var moved = await Client.PutAsJsonAsync("/api/cycles/2025", new { submissionDeadline = "2026-02-05", expiry = "2026-02-19" });
        var cycle = (await moved.Content.ReadFromJsonAsync<CycleDto>(Json))!;
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 5), new DateOnly(2026, 2, 19)), (cycle.Calendar.Opens, cycle.Calendar.SubmissionDeadline, cycle.Calendar.Expiry));
        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "update_calendar.update"));
        Assert.Contains("2026-02-05T20:00:00", audit.NewValues, StringComparison.Ordinal);
        Assert.Contains("2026-01-31T20:00:00", audit.OldValues, StringComparison.Ordinal);

        using var badOrder = await Client.PutAsJsonAsync("/api/cycles/2025", new { reviewDue = "2026-02-10" });
        Assert.Contains("cycle.calendar.order", FieldCodes(await badOrder.Content.ReadAsStringAsync(), "calendar.reviewDue"));

        (await Client.PostAsync(new Uri("/api/cycles/2025/open", UriKind.Relative), null)).Dispose();
        using var late = await Client.PutAsJsonAsync("/api/cycles/2025", new { expiry = "2026-02-28" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("cycle.not_planned", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_creates_a_draft_for_every_governorate_and_indicator_once()
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();

        using var opened = await Client.PostAsync(new Uri("/api/cycles/2025/open", UriKind.Relative), null);
        var cycle = (await opened.Content.ReadFromJsonAsync<CycleDto>(Json))!;
        Assert.Equal((CycleStatus.Open, CyclePhase.Scheduled), (cycle.Status, cycle.Phase));
        var counts = await Fixture.WithDbAsync(async db => (await db.Submissions.CountAsync(), await db.Revisions.CountAsync(), await db.Submissions.Select(s => s.OrgUnitCode).Distinct().CountAsync()));
        Assert.Equal((11 * 35, 11 * 35, 11), counts);
        Assert.Equal("385 items", await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "open_cycle.update").Select(a => a.Reason).SingleAsync()));

        using var twice = await Client.PostAsync(new Uri("/api/cycles/2025/open", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("cycle.already_open", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
        var list = (await Client.GetFromJsonAsync<List<CycleSummaryDto>>("/api/cycles", Json))!;
        Assert.Equal((CyclePhase.Collecting, true), (Assert.Single(list).Phase, list[0].EntryOpen));
    }

    [Fact]
    public async Task Count_indicators_take_per_governorate_targets_set_by_the_central_team()
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();

        using var set = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/PAO-02", new { lower = 0, target = 4 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        using var reset = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/PAO-02", new { lower = 1, target = 5 });
        var cycle = (await Client.GetFromJsonAsync<CycleDto>("/api/cycles/2025", Json))!;
        Assert.Equal((1m, 5m), (Assert.Single(cycle.TargetOverrides).Lower, cycle.TargetOverrides[0].Target));

        using var percent = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/LSP-01", new { lower = 0, target = 4 });
        Assert.Contains("target.not_count", FieldCodes(await percent.Content.ReadAsStringAsync(), "indicator"));
        using var equal = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/PAO-02", new { lower = 3, target = 3 });
        Assert.Contains("indicator.lower_equals_target", FieldCodes(await equal.Content.ReadAsStringAsync(), "target"));
        using var missing = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/PAO-02", new { lower = 3 });
        Assert.Contains("required", FieldCodes(await missing.Content.ReadAsStringAsync(), "target"));
        using var unknown = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-XX/PAO-02", new { lower = 0, target = 4 });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.mu", (Role.GovernorateReviewer, "OM-MU", null)));
        using var notTheirs = await reviewer.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/PAO-02", new { lower = 0, target = 9 });
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);

        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "cycle_target_override").OrderBy(a => a.Seq).Select(a => new { a.Action, a.EntityKey }).ToListAsync());
        Assert.Equal([("set_target_override.create", "2025/OM-MU/PAO-02"), ("set_target_override.update", "2025/OM-MU/PAO-02")], audit.Select(a => (a.Action, a.EntityKey!)).ToArray());
    }

    [Fact]
    public async Task Only_the_central_team_manages_cycles_but_everyone_signed_in_sees_the_calendar()
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));
        var viewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.all", (Role.Viewer, null, null)));

        using var create = await reviewer.PostAsJsonAsync("/api/cycles", new { year = 2026 });
        using var open = await reviewer.PostAsync(new Uri("/api/cycles/2025/open", UriKind.Relative), null);
        using var close = await viewer.PostAsync(new Uri("/api/cycles/2025/close", UriKind.Relative), null);
        using var anonymous = await Anonymous.GetAsync(new Uri("/api/cycles", UriKind.Relative));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized], new[] { create.StatusCode, open.StatusCode, close.StatusCode, anonymous.StatusCode });
        Assert.Single((await viewer.GetFromJsonAsync<List<CycleSummaryDto>>("/api/cycles", Json))!);
        using var unknown = await viewer.GetAsync(new Uri("/api/cycles/1990", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string[] FieldCodes(string problem, string field)
    {
        using var document = JsonDocument.Parse(problem);
        return document.RootElement.TryGetProperty("fieldCodes", out var codes) && codes.TryGetProperty(field, out var list)
            ? [.. list.EnumerateArray().Select(c => c.GetString()!)]
            : [$"(no {field} in {problem})"];
    }
}
