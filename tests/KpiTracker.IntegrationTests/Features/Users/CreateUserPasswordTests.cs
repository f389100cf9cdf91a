using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Users;

/// <summary>The password policy's rules on the user's name, the product's name, NUL, length in characters and reuse (#20 item 12).</summary>
public sealed class CreateUserPasswordTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    // Eleven and twelve distinct emoji: 22 and 24 UTF-16 units, but 11 and 12 characters as a reader counts them.
    private const string ElevenEmoji = "🐪🌴🏜🐢🌊🕌🐫🦅🐠🌙🏰";
    private const string TwelveEmoji = ElevenEmoji + "🦩";

    [Theory]
    [InlineData("harbour.master", "Old-Harbour.Master-Lanterns-Over-Sur-1987", "password.contains_user_name")]
    [InlineData("lantern.keeper", "My-KPI-Tracker-Lanterns-Over-Sur-1987", "password.contains_product_name")]
    [InlineData("lantern.keeper2", "فوانيس صور متتبع مؤشرات الأداء ١٩٨٧", "password.contains_product_name")]
    [InlineData("lantern.keeper3", "Sur-Harbour-Dhow\0Lanterns-Over-Jebel", "password.nul")]
    [InlineData("lantern.keeper4", ElevenEmoji, "password.too_short")]
    public async Task A_password_is_refused_with_its_code(string userName, string password, string code)
    {
        var (status, codes, _) = await CreateAsync(Client, userName, password);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, codes["password"][0]);
    }

    [Fact]
    public async Task Length_is_counted_in_characters_not_UTF16_units()
    {
        Assert.Equal(24, TwelveEmoji.Length);

        var (status, _, _) = await CreateAsync(Client, "emoji.user", TwelveEmoji);

        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Fact]
    public async Task The_rules_speak_Arabic_to_Arabic_callers()
    {
        using var arabic = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("admin.ar", (Role.Administrator, null, null)), "ar");

        var (_, _, messages) = await CreateAsync(arabic, "harbour.keeper", "Harbour.Keeper-Lanterns-Over-Sur-1987");

        Assert.Equal("لا يجوز أن تحتوي كلمة المرور على اسم المستخدم.", messages["password"][0]);
    }

    [Fact]
    public async Task An_admin_reset_refuses_the_password_the_user_has_now()
    {
        await Fixture.Users.CreateAsync("same.again", (Role.Viewer, null, null));

        using var response = await Client.PostAsJsonAsync("/api/users/same.again/reset-password", new { newPassword = TestUsers.Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("password.reused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, Dictionary<string, string[]> Codes, Dictionary<string, string[]> Messages)> CreateAsync(HttpClient client, string userName, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/users", new { userName, displayName = userName, password, assignments = new[] { new { role = "viewer" } } });
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return (response.StatusCode, [], []);
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode,
            problem.GetProperty("fieldCodes").Deserialize<Dictionary<string, string[]>>()!,
            problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!);
    }
}
