using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Users;

/// <summary>Display names, e-mail addresses and new user names follow the text rules of submission texts: 400 with field codes, never 500 (#20 items 10, 11).</summary>
public sealed class UpdateUserProfileTextTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public static TheoryData<string, string, string> BadProfiles => new()
    {
        { """{"displayName":"Salim\u0000Al Balushi"}""", "displayName", "text.control_char" },
        { """{"displayName":"Salim \u202Eimilas"}""", "displayName", "text.bidi_control" },
        { """{"displayName":"Salim\u200BAl Balushi"}""", "displayName", "text.zero_width" },
        { """{"displayName":"Salim\nAl Balushi"}""", "displayName", "text.control_char" },
        { """{"displayName":"Salim","email":"salim\u0000@example.om"}""", "email", "text.control_char" },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task A_profile_with_hidden_or_control_characters_is_refused_on_its_field(string body, string field, string code)
    {
        await Fixture.Users.CreateAsync("plain.user", (Role.Viewer, null, null));

        using var response = await Client.PutAsync(new Uri("/api/users/plain.user/profile", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("fieldCodes").GetProperty(field)[0].GetString());
        Assert.Equal("plain.user", await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "plain.user").Select(u => u.DisplayName).SingleAsync()));
    }

    [Theory]
    [InlineData("new.user\n", "Salim", "userName", "user.name.invalid")]
    [InlineData("new.user", "Salim\u0000", "displayName", "text.control_char")]
    [InlineData("new.user", "\u2067Salim", "displayName", "text.bidi_control")]
    public async Task A_new_user_with_hidden_or_control_characters_is_refused_on_its_field(string userName, string displayName, string field, string code)
    {
        using var response = await Client.PostAsJsonAsync("/api/users", new { userName, displayName, password = "Misfat-al-Abriyeen-Terraces-9", assignments = new[] { new { role = "viewer" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("fieldCodes").GetProperty(field)[0].GetString());
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Users.CountAsync(u => u.UserName!.StartsWith("new.user"))));
    }
}
