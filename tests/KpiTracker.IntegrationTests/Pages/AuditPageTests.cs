using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Pages;

public sealed partial class AuditPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_audit_page_shows_the_newest_records_and_an_intact_chain_in_Arabic()
    {
        var total = await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync());

        var html = await Client.GetStringAsync(new Uri("/audit", UriKind.Relative));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains($"سلسلة سجل التدقيق سليمة (عدد السجلات المفحوصة: {total}).", html, StringComparison.Ordinal);
        Assert.Contains("data-intact=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(Math.Min(total, 50), Rows().Count(html));
        Assert.Contains($"<tr id=\"seq-{total}\">", html, StringComparison.Ordinal);
        Assert.Contains("<details><summary>القيم القديمة والجديدة</summary>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Times_are_shown_in_Muscat_in_the_cultures_format_and_the_chain_text_is_English_with_the_cookie()
    {
        var latest = await Fixture.WithDbAsync(db => db.AuditEntries.OrderByDescending(a => a.Seq).FirstAsync());

        var html = await GetEnglishAsync("/audit");

        var muscat = latest.At.ToOffset(TimeSpan.FromHours(4));
        var first = Regex.Match(html, "<tr id=\"seq-\\d+\">.*?(<time [^>]+>[^<]+</time>)", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal($"<time datetime=\"{muscat:yyyy-MM-dd'T'HH:mm:ss}+04:00\">{muscat.ToString("d MMM yyyy, HH:mm:ss", CultureInfo.GetCultureInfo("en"))}</time>", WebUtility.HtmlDecode(first));
        Assert.Matches("The audit chain is intact: \\d+ records checked\\.", html);
    }

    [Fact]
    public async Task A_row_altered_by_the_owner_shows_the_chain_broken_at_that_record_in_both_languages()
    {
        await Fixture.ExecuteAsOwnerAsync("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; UPDATE audit_log SET reason = 'x' WHERE seq = 1; ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;");

        var arabic = await Client.GetStringAsync(new Uri("/audit", UriKind.Relative));
        var english = await GetEnglishAsync("/audit");

        Assert.Contains("سلسلة سجل التدقيق مكسورة عند السجل #1: لم يعد محتواه يطابق بصمته.", arabic, StringComparison.Ordinal);
        Assert.Contains("The audit chain is broken at record #1: its content no longer matches its hash.", english, StringComparison.Ordinal);
        Assert.Contains("data-intact=\"false\"", english, StringComparison.Ordinal);
        // The reason is said in words; its wire code stays in the API.
        Assert.DoesNotContain("hash_mismatch", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_from_the_query_string_narrow_the_table_and_stay_in_the_form()
    {
        await Fixture.Users.CreateAsync("target.a", (Role.Viewer, null, null));
        using var deactivated = await Client.PostAsJsonAsync("/api/users/target.a/deactivate", new { reason = "moved to another ministry" });
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(4)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var html = await Client.GetStringAsync(new Uri($"/audit?user=central.test&entity=user&action=set_user&from={today}&to={today}", UriKind.Relative));

        Assert.Single(Rows().Matches(html));
        Assert.Contains("moved to another ministry", html, StringComparison.Ordinal);
        Assert.Contains("تفعيل مستخدم أو إيقافه · تعديل <code class=\"code hint\" dir=\"ltr\">set_user_active.update</code>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"الدور\">الفريق المركزي</td>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"set_user\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"f-from\" name=\"from\" type=\"date\" value=\"{today}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_are_whole_Muscat_days_and_a_reversed_range_is_shown_beside_the_to_field()
    {
        var yesterday = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(4)).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(4)).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var none = await Client.GetStringAsync(new Uri($"/audit?to={yesterday}", UriKind.Relative));
        var reversed = await Client.GetStringAsync(new Uri($"/audit?from={tomorrow}&to={yesterday}", UriKind.Relative));
        var invalid = await Client.GetStringAsync(new Uri("/audit?from=soon", UriKind.Relative));

        Assert.Contains("لا توجد سجلات مطابقة لهذه التصفية.", none, StringComparison.Ordinal);
        Assert.Matches("id=\"to-error\" role=\"alert\"><ul><li data-code=\"range.order\"", reversed);
        Assert.Empty(Rows().Matches(reversed));
        Assert.Matches("id=\"from-error\" role=\"alert\"><ul><li data-code=\"date.invalid\"", invalid);
    }

    [Fact]
    public async Task Paging_links_keep_the_filters()
    {
        var total = await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync());
        Assert.True(total > 50, $"{total} records");

        var first = await Client.GetStringAsync(new Uri("/audit?entity=indicator", UriKind.Relative));
        var indicators = await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "indicator"));
        Assert.True(indicators is > 0 and <= 50, $"{indicators} indicator records");
        Assert.DoesNotContain("id=\"page-next\"", first, StringComparison.Ordinal);

        var all = await Client.GetStringAsync(new Uri("/audit", UriKind.Relative));
        Assert.Contains("<a href=\"/audit?page=2\" rel=\"next\" id=\"page-next\">", all, StringComparison.Ordinal);
        var second = await Client.GetStringAsync(new Uri("/audit?page=2", UriKind.Relative));
        Assert.Contains("<a href=\"/audit?page=1\" rel=\"prev\" id=\"page-prev\">", second, StringComparison.Ordinal);
        Assert.Contains($"<tr id=\"seq-{total - 50}\">", second, StringComparison.Ordinal);
        Assert.Contains($"السجلات من 51 إلى {Math.Min(100, total)} من أصل {total}", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_auditor_reads_the_page_and_an_administrator_is_refused_with_403()
    {
        var auditor = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("auditor.x", (Role.Auditor, null, null)));
        var admin = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("admin.x", (Role.Administrator, null, null)));

        var allowed = await auditor.GetStringAsync(new Uri("/audit", UriKind.Relative));
        using var response = await admin.GetAsync(new Uri("/audit", UriKind.Relative));
        var refused = await response.Content.ReadAsStringAsync();

        Assert.Contains("data-intact=\"true\"", allowed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("لا يسمح دورك بعرض هذه الصفحة", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("data-intact", refused, StringComparison.Ordinal);
    }

    private async Task<string> GetEnglishAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using var response = await Client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<tr id=\"seq-\\d+\">")]
    private static partial Regex Rows();
}
