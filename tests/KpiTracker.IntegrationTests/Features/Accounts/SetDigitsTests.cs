using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>docs/NUMBERS.md: Latin digits with "." by default; Arabic-Indic digits as a user's own, audited choice.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class SetDigitsTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task An_owner_chooses_arabic_indic_digits_and_the_change_is_audited_and_their_pages_follow_it()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 71.9 });
        var page = $"/cycles/{Year}/submissions/OM-BS/LSP-01";
        var before = await Owner.GetStringAsync(new Uri(page, UriKind.Relative));

        using var chosen = await Owner.PutAsJsonAsync("/api/me/digits", new { digits = "arabic_indic" });

        Assert.Equal(HttpStatusCode.NoContent, chosen.StatusCode);
        Assert.True(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "owner.bs").Select(u => u.ArabicIndicDigits).SingleAsync()));
        var audited = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "owner.bs" && a.Entity == "user" && a.Action.StartsWith("set_digits")).CountAsync());
        Assert.Equal(1, audited);

        // The Arabic page (no language cookie): Latin digits with a point before, Arabic-Indic after, in the text and in the field.
        Assert.Contains("id=\"current-value\">71.9</dd>", before, StringComparison.Ordinal);
        Assert.DoesNotContain("٫", before, StringComparison.Ordinal);
        var after = await Owner.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("id=\"current-value\">٧١٫٩</dd>", after, StringComparison.Ordinal);
        Assert.Contains("value=\"٧١٫٩\"", after, StringComparison.Ordinal);
        var reviewer = await Reviewer.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("id=\"current-value\">71.9</dd>", reviewer, StringComparison.Ordinal);

        // What the field shows is accepted back, and a message about a number speaks the user's digits.
        var saved = await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = "٧٢٫٥" });
        Assert.Equal(72.5m, saved.Value);
        using var broken = await PutAsync(Owner, "OM-BS", "LSP-01", "{\"value\":\"٧٢abc\"}", saved.Version);
        var problem = await broken.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("٤٢", problem.GetProperty("errors").GetProperty("value")[0].GetString(), StringComparison.Ordinal);

        using var back = await Owner.PutAsJsonAsync("/api/me/digits", new { digits = "latin" });
        Assert.Contains("id=\"current-value\">72.5</dd>", await Owner.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digits_other_than_the_two_are_refused_in_the_caller_s_language_and_nothing_changes()
    {
        var arabic = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("digits.ar", (Domain.Access.Role.Viewer, "OM-BS", null)), "ar");

        using var response = await arabic.PutAsJsonAsync("/api/me/digits", new { digits = "roman" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("digits.invalid", problem.GetProperty("fieldCodes").GetProperty("digits")[0].GetString());
        Assert.Matches("\\p{IsArabic}", problem.GetProperty("errors").GetProperty("digits")[0].GetString());
        Assert.False(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "digits.ar").Select(u => u.ArabicIndicDigits).SingleAsync()));
    }
}
