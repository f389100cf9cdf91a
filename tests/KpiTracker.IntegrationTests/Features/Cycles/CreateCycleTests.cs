using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Cycles;

public sealed class CreateCycleTests(DatabaseFixture fixture) : IntegrationTest(fixture)
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

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_cycle_with_bad_input_is_refused_by_field(string body, string field, string code)
    {
        using var response = await Client.PostAsync(new Uri("/api/cycles", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, FieldCodes(await response.Content.ReadAsStringAsync(), field));
        Assert.False(await Fixture.WithDbAsync(db => db.Cycles.AnyAsync()));
    }

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

    private static string[] FieldCodes(string problem, string field)
    {
        using var document = JsonDocument.Parse(problem);
        return document.RootElement.TryGetProperty("fieldCodes", out var codes) && codes.TryGetProperty(field, out var list)
            ? [.. list.EnumerateArray().Select(c => c.GetString()!)]
            : [$"(no {field} in {problem})"];
    }
}
