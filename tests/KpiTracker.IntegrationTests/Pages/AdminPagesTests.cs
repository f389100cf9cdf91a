using System.Net;
using System.Text.RegularExpressions;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Pages;

public sealed partial class AdminPagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string English = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    [Fact]
    public async Task The_users_list_shows_each_user_with_roles_and_scopes_in_Arabic_by_default()
    {
        await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "LSP-01"));
        await Fixture.Users.CreateAsync("reviewer.ma", (Role.GovernorateReviewer, "OM-MA", null));

        var html = await Client.GetStringAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>المستخدمون</h1>", html, StringComparison.Ordinal);
        Assert.Contains("مالك مؤشر — OM-BS — LSP-01", RowText(html, "owner.bs"), StringComparison.Ordinal);
        Assert.Contains("مراجع المحافظة — OM-MA", RowText(html, "reviewer.ma"), StringComparison.Ordinal);
        Assert.Contains("الفريق المركزي", RowText(html, "central.test"), StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/users/owner.bs\"", html, StringComparison.Ordinal);
        Assert.Contains("المستخدمون المعروضون: 3 من أصل 3", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_users_list_speaks_English_with_the_culture_cookie()
    {
        await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "LSP-01"));

        var html = await GetEnglishAsync("/admin/users");

        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Indicator owner — OM-BS — LSP-01", RowText(html, "owner.bs"), StringComparison.Ordinal);
        Assert.Contains("Central team", RowText(html, "central.test"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviewer", "reviewer.ma", "owner.bs")]
    [InlineData("مالك", "owner.bs", "reviewer.ma")]
    [InlineData("om-ma", "reviewer.ma", "owner.bs")]
    public async Task The_filter_box_narrows_the_list_by_name_role_or_scope(string q, string shown, string hidden)
    {
        await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "LSP-01"));
        await Fixture.Users.CreateAsync("reviewer.ma", (Role.GovernorateReviewer, "OM-MA", null));

        var html = await Client.GetStringAsync(new Uri("/admin/users?q=" + Uri.EscapeDataString(q), UriKind.Relative));

        Assert.Contains($"<tr id=\"user-{shown}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<tr id=\"user-{hidden}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{q}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/central.test")]
    [InlineData("/admin/users/new")]
    public async Task An_indicator_owner_is_refused_with_403_and_sees_no_user_data(string path)
    {
        var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "LSP-01")));

        using var response = await owner.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("لا يسمح دورك بعرض هذه الصفحة", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">central.test<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<dl class=\"facts\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" action=\"/admin", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_user_answers_with_the_friendly_404_page()
    {
        using var response = await Client.GetAsync(new Uri("/admin/users/nobody.here", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>الصفحة غير موجودة</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<dl class=\"facts\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_create_form_names_its_fields_for_binding_and_labels_each_one()
    {
        var html = await Client.GetStringAsync(new Uri("/admin/users/new", UriKind.Relative));

        foreach (var (name, id) in new[]
        {
            ("Input.UserName", "userName"), ("Input.DisplayName", "displayName"), ("Input.Email", "email"), ("Input.Password", "password"),
            ("Input.Scope.Role", "scope-role"), ("Input.Scope.OrgUnit", "scope-org"), ("Input.Scope.Indicator", "scope-indicator"),
        })
        {
            Assert.Matches($"<(input|select)[^>]*id=\"{id}\"[^>]*name=\"{Regex.Escape(name)}\"", html);
            Assert.Contains($"<label for=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Equal(11, Regex.Count(html, "<option value=\"OM-[A-Z]+\""));
        Assert.Contains("<option value=\"LSP-01\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"indicator_owner\">مالك مؤشر</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_create_form_creates_the_user_and_shows_their_page()
    {
        using var response = await FormPost.SubmitAsync(Client, "/admin/users/new", "create-user",
        [
            new("Input.UserName", "new.owner"),
            new("Input.DisplayName", "مالك جديد"),
            new("Input.Email", "new.owner@example.om"),
            new("Input.Password", TestUsers.Password),
            new("Input.Scope.Role", "indicator_owner"),
            new("Input.Scope.OrgUnit", "OM-DA"),
            new("Input.Scope.Indicator", "LSP-02"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/admin/users/new.owner?created=1", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        var user = await Fixture.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "new.owner"));
        Assert.Equal(("مالك جديد", "new.owner@example.om", true), (user.DisplayName, user.Email, user.IsActive));
        var assignment = await Fixture.WithDbAsync(db => db.Assignments.SingleAsync(a => a.UserId == user.Id));
        Assert.Equal((Role.IndicatorOwner, "OM-DA", "LSP-02"), (assignment.Role, assignment.OrgUnitCode, assignment.IndicatorCode));

        var page = await Client.GetStringAsync(location);
        Assert.Contains("تم إنشاء المستخدم.", page, StringComparison.Ordinal);
        Assert.Contains("مالك مؤشر — OM-DA — LSP-02", StripTags(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_password_is_shown_beside_its_field_the_other_fields_are_kept_and_nothing_is_created()
    {
        using var response = await FormPost.SubmitAsync(Client, "/admin/users/new", "create-user",
        [
            new("Input.UserName", "new.owner"),
            new("Input.DisplayName", "New owner"),
            new("Input.Password", "short"),
            new("Input.Scope.Role", "governorate_reviewer"),
            new("Input.Scope.OrgUnit", "OM-DA"),
            new("Input.Scope.Indicator", ""),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<div class=\"field-errors\" id=\"password-error\" role=\"alert\"><ul><li data-code=\"password.too_short\">[^<]+12", html);
        Assert.Contains("value=\"new.owner\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"short\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"OM-DA\" selected", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"governorate_reviewer\" selected", html, StringComparison.Ordinal);
        Assert.False(await Fixture.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "new.owner")));
    }

    [Fact]
    public async Task A_scope_the_role_does_not_take_is_shown_beside_the_governorate_and_indicator_selects()
    {
        using var response = await FormPost.SubmitAsync(Client, "/admin/users/new", "create-user",
        [
            new("Input.UserName", "new.owner"),
            new("Input.DisplayName", "New owner"),
            new("Input.Password", TestUsers.Password),
            new("Input.Scope.Role", "indicator_owner"),
            new("Input.Scope.OrgUnit", "OM-DA"),
            new("Input.Scope.Indicator", ""),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Matches("id=\"scope-indicator-error\" role=\"alert\"><ul><li data-code=\"assignment.indicator.required\"", html);
        Assert.DoesNotContain("id=\"scope-org-error\" role", html, StringComparison.Ordinal);
        Assert.False(await Fixture.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "new.owner")));
    }

    [Fact]
    public async Task Deactivating_with_a_reason_and_activating_again_work_from_the_user_page()
    {
        await Fixture.Users.CreateAsync("target.a", (Role.Viewer, null, null));

        using var off = await FormPost.SubmitAsync(Client, "/admin/users/target.a", "deactivate", [new("Deactivate.Reason", "moved to another ministry")]);
        var html = await off.Content.ReadAsStringAsync();

        Assert.Contains("تم تعطيل الحساب وإنهاء جلساته.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"activate\"", html, StringComparison.Ordinal);
        Assert.False(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "target.a").Select(u => u.IsActive).SingleAsync()));
        var reason = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == "target.a" && a.Action == "set_user_active.update").Select(a => a.Reason).SingleAsync());
        Assert.Equal("moved to another ministry", reason);

        using var on = await FormPost.SubmitAsync(Client, "/admin/users/target.a", "activate", [new("Activate.Reason", "")]);

        Assert.Contains("تم تفعيل الحساب.", await on.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "target.a").Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task Deactivating_oneself_is_refused_beside_the_form()
    {
        using var response = await FormPost.SubmitAsync(Client, "/admin/users/central.test", "deactivate", [new("Deactivate.Reason", "")]);

        Assert.Contains("data-code=\"user.cannot_deactivate_self\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "central.test").Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task The_name_and_e_mail_form_shows_a_bad_address_beside_its_field_keeps_the_input_and_then_saves()
    {
        await Fixture.Users.CreateAsync("target.mail", (Role.Viewer, null, null));

        using var bad = await FormPost.SubmitAsync(Client, "/admin/users/target.mail", "profile", [new("Profile.DisplayName", "Target Mail"), new("Profile.Email", "no-at-sign")]);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Matches("id=\"profile-email-error\"[^>]*>\\s*<ul>\\s*<li data-code=\"email.invalid\"", badHtml);
        Assert.Contains("value=\"no-at-sign\"", badHtml, StringComparison.Ordinal);
        Assert.Null(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "target.mail").Select(u => u.Email).SingleAsync()));

        using var good = await FormPost.SubmitAsync(Client, "/admin/users/target.mail", "profile", [new("Profile.DisplayName", "Target Mail"), new("Profile.Email", "target@example.om")]);
        Assert.Contains("حُفظ الاسم والبريد الإلكتروني", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("target@example.om", await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "target.mail").Select(u => u.Email).SingleAsync()));
    }

    [Fact]
    public async Task Resetting_a_password_checks_the_rules_and_then_sets_it()
    {
        await Fixture.Users.CreateAsync("target.a", (Role.Viewer, null, null));

        using var bad = await FormPost.SubmitAsync(Client, "/admin/users/target.a", "reset-password", [new("Reset.NewPassword", "password1234")]);
        Assert.Contains("id=\"new-password-error\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var good = await FormPost.SubmitAsync(Client, "/admin/users/target.a", "reset-password", [new("Reset.NewPassword", "Misfat-Al-Abriyeen-Terraces-9")]);
        var html = await good.Content.ReadAsStringAsync();
        Assert.Contains("تمت إعادة تعيين كلمة المرور", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Misfat-Al-Abriyeen", html, StringComparison.Ordinal);
        using var signIn = await Anonymous.PostAsync(
            new Uri("/api/auth/token", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { userName = "target.a", password = "Misfat-Al-Abriyeen-Terraces-9" }));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task The_assignments_editor_removes_ticked_rows_and_adds_the_new_one()
    {
        await Fixture.Users.CreateAsync("target.a", (Role.Viewer, "OM-BS", null), (Role.GovernorateReviewer, "OM-BS", null));
        var page = await Client.GetStringAsync(new Uri("/admin/users/target.a", UriKind.Relative));
        Assert.Contains("name=\"Assign.Rows[1].Remove\"", page, StringComparison.Ordinal);

        // Rows are listed by role: governorate_reviewer (index 0) before viewer (index 1).
        using var response = await FormPost.SubmitAsync(Client, "/admin/users/target.a", "assignments",
        [
            new("Assign.Rows[0].Role", "governorate_reviewer"), new("Assign.Rows[0].OrgUnit", "OM-BS"), new("Assign.Rows[0].Indicator", ""),
            new("Assign.Rows[1].Role", "viewer"), new("Assign.Rows[1].OrgUnit", "OM-BS"), new("Assign.Rows[1].Indicator", ""), new("Assign.Rows[1].Remove", "true"),
            new("Assign.New.Role", "indicator_owner"), new("Assign.New.OrgUnit", "OM-BS"), new("Assign.New.Indicator", "LSP-03"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("تم حفظ الأدوار", html, StringComparison.Ordinal);
        var roles = await Fixture.WithDbAsync(db => db.Assignments
            .Where(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == "target.a"))
            .Select(a => new { a.Role, a.OrgUnitCode, a.IndicatorCode }).ToListAsync());
        Assert.Equal([(Role.IndicatorOwner, "OM-BS", "LSP-03"), (Role.GovernorateReviewer, "OM-BS", null)], roles.Select(r => (r.Role, r.OrgUnitCode, r.IndicatorCode)).Order());
        Assert.Contains("name=\"Assign.Rows[1].Role\" value=\"governorate_reviewer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_new_assignment_is_shown_beside_the_add_row_and_nothing_changes()
    {
        await Fixture.Users.CreateAsync("target.a", (Role.Viewer, null, null));

        using var response = await FormPost.SubmitAsync(Client, "/admin/users/target.a", "assignments",
        [
            new("Assign.Rows[0].Role", "viewer"), new("Assign.Rows[0].OrgUnit", ""), new("Assign.Rows[0].Indicator", ""), new("Assign.Rows[0].Remove", "true"),
            new("Assign.New.Role", "auditor"), new("Assign.New.OrgUnit", "OM-BS"), new("Assign.New.Indicator", ""),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Matches("id=\"add-org-error\" role=\"alert\"><ul><li data-code=\"assignment.org_unit.not_allowed\"", html);
        Assert.Matches("<input type=\"checkbox\" id=\"remove-0\" name=\"Assign.Rows\\[0\\].Remove\" value=\"true\" checked", html);
        var role = await Fixture.WithDbAsync(db => db.Assignments.Where(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == "target.a")).Select(a => a.Role).SingleAsync());
        Assert.Equal(Role.Viewer, role);
    }

    private async Task<string> GetEnglishAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", English);
        using var response = await Client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The text of a user's row in the list, tags removed.</summary>
    private static string RowText(string html, string userName)
    {
        var row = Regex.Match(html, $"<tr id=\"user-{Regex.Escape(userName)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row for {userName}");
        return StripTags(row.Groups[1].Value);
    }

    private static string StripTags(string html) => WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
