using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Application.Features.Frameworks.CloneEdition;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Frameworks;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Pages;

/// <summary>The framework-edition pages as the central team uses them: the list, the clone form, the draft editor and publishing.</summary>
public sealed class EditionPagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string English = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";
    private const string Draft = "IIS-DRAFT";
    private const string EditPath = "/frameworks/IIS-DRAFT/edit";

    [Fact]
    public async Task The_list_shows_the_default_edition_with_its_counts_and_links_and_the_menu_leads_to_it()
    {
        var html = await Client.GetStringAsync(new Uri("/frameworks", UriKind.Relative));
        var english = await GetAsync("/frameworks", English);

        var row = Regex.Match(html, "<tr id=\"edition-IIS-2024\" data-status=\"published\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("منظومة الإبداع المؤسسي", row, StringComparison.Ordinal);
        Assert.Contains(">منشور</span>", row, StringComparison.Ordinal);
        Assert.Contains("المعايير: 7 · المؤشرات: 35", row, StringComparison.Ordinal);
        Assert.Contains("href=\"/framework/IIS-2024\"", row, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/frameworks/IIS-2024/edit\"", row, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" class=\"form edition-fields\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/frameworks\" id=\"menu-editions\">إصدارات الإطار</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Framework editions</h1>", english, StringComparison.Ordinal);
        Assert.Contains("Criteria: 7 · Indicators: 35", english, StringComparison.Ordinal);

        var browser = await Client.GetStringAsync(new Uri("/framework", UriKind.Relative));
        Assert.Contains("<a href=\"/frameworks\" id=\"all-editions\">كل الإصدارات</a>", browser, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_with_its_own_stylesheet_keeps_the_shared_ones_and_its_in_page_links_stay_on_the_page()
    {
        // A page's HeadContent replaces the layout's, so the shared stylesheets must come from the document itself.
        var html = await Client.GetStringAsync(new Uri("/frameworks", UriKind.Relative));

        Assert.Matches("<link rel=\"stylesheet\" href=\"/?app(\\.[a-z0-9]+)?\\.css\"", html);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/?work(\\.[a-z0-9]+)?\\.css\"", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/editions.css\"", html, StringComparison.Ordinal);

        // In-page links carry the page's path: under <base href="/"> a bare "#x" would lead to the home page.
        Assert.Contains("<a class=\"skip-link\" href=\"/frameworks#main\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/frameworks#clone-IIS-2024\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cloning_through_the_form_creates_a_draft_and_opens_its_editor_and_a_bad_code_is_refused_beside_the_field()
    {
        using var refused = await FormPost.SubmitAsync(Client, "/frameworks", "clone-IIS-2024", [new("newCode", "iis 2026"), new("nameAr", ""), new("nameEn", "")]);
        var refusal = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"clone-IIS-2024-newCode-error\" role=\"alert\"><ul><li data-code=\"edition.code.invalid\">رمز الإصدار من 2 إلى 40", refusal, StringComparison.Ordinal);
        Assert.Contains("value=\"iis 2026\"", refusal, StringComparison.Ordinal);
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.FrameworkEditions.CountAsync()));

        using var cloned = await FormPost.SubmitAsync(Client, "/frameworks", "clone-IIS-2024",
            [new("newCode", "IIS-2026"), new("nameAr", "منظومة الإبداع المؤسسي 2026"), new("nameEn", "Institutional Innovation System 2026")]);
        Assert.Equal(HttpStatusCode.Redirect, cloned.StatusCode);
        Assert.Equal("/frameworks/IIS-2026/edit?cloned=1", cloned.Headers.Location?.PathAndQuery);

        var draft = await Fixture.WithDbAsync(db => db.FrameworkEditions.AsNoTracking().Include(e => e.Criteria).ThenInclude(c => c.Indicators).SingleAsync(e => e.Code == "IIS-2026"));
        Assert.Equal((EditionStatus.Draft, "منظومة الإبداع المؤسسي 2026", "Institutional Innovation System 2026", 35), (draft.Status, draft.NameAr, draft.NameEn, draft.Criteria.Sum(c => c.Indicators.Count)));
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "clone_edition.create" && a.EntityKey == "IIS-2026" && a.UserName == "central.test")));

        var editor = await Client.GetStringAsync(new Uri("/frameworks/IIS-2026/edit?cloned=1", UriKind.Relative));
        Assert.Contains("أُنشئت المسودة IIS-2026.", editor, StringComparison.Ordinal);
        Assert.Equal(35, Regex.Count(editor, "<details class=\"edition-indicator\" id=\"ind-[A-Z]{3}-0[1-5]\""));
        Assert.Equal(7, Regex.Count(editor, "<input id=\"crit-[A-Z]{3}-weight\""));

        var list = await Client.GetStringAsync(new Uri("/frameworks", UriKind.Relative));
        Assert.Contains("<tr id=\"edition-IIS-2026\" data-status=\"draft\">", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/frameworks/IIS-2026/edit\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_indicator_edit_that_breaks_a_rule_is_shown_beside_its_fields_in_Arabic_and_saves_nothing()
    {
        await CloneDraftAsync();

        using var refused = await FormPost.SubmitAsync(Client, EditPath, "ind-LSP-02", Fields(await IndicatorAsync("LSP-02"), ("target", "50"), ("weight", "-1")));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"ind-LSP-02-target-error\" role=\"alert\"><ul><li data-code=\"indicator.lower_equals_target\">يجب أن تختلف القيمة التي تحصل على صفر", html, StringComparison.Ordinal);
        Assert.Contains("id=\"ind-LSP-02-weight-error\" role=\"alert\"><ul><li data-code=\"indicator.weight.not_positive\">يجب أن يكون الوزن أكبر من صفر.</li>", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"edition-indicator\" id=\"ind-LSP-02\" open", html, StringComparison.Ordinal);
        Assert.Contains("id=\"ind-LSP-02-weight\" name=\"weight\" type=\"number\" step=\"any\" inputmode=\"decimal\" dir=\"ltr\" value=\"-1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"ind-LSP-03-target-error\"", html, StringComparison.Ordinal);

        using var text = await FormPost.SubmitAsync(Client, EditPath, "ind-LSP-02", Fields(await IndicatorAsync("LSP-02"), ("expectedMin", "forty")));
        Assert.Contains("id=\"ind-LSP-02-expectedMin-error\" role=\"alert\"><ul><li data-code=\"number.invalid\">أدخل رقمًا، مثل 12.5.</li>", await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var criterion = await FormPost.SubmitAsync(Client, EditPath, "crit-CUS", [new("nameAr", ""), new("nameEn", "Customer Focus"), new("weight", "0")]);
        var criterionHtml = await criterion.Content.ReadAsStringAsync();
        Assert.Contains("id=\"crit-CUS-nameAr-error\" role=\"alert\"><ul><li data-code=\"required\">هذه القيمة مطلوبة.</li>", criterionHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"crit-CUS-weight-error\" role=\"alert\"><ul><li data-code=\"criterion.weight.not_positive\">", criterionHtml, StringComparison.Ordinal);

        var lsp02 = await IndicatorAsync("LSP-02");
        Assert.Equal((50m, 90m, 1m, (decimal?)null), (lsp02.Lower!.Value, lsp02.Target!.Value, lsp02.Weight, lsp02.ExpectedMin));
        Assert.Equal(("Customer Satisfaction", 1m), await CriterionAsync("CUS"));
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action.StartsWith("update_"))));
    }

    [Fact]
    public async Task Valid_edits_save_through_the_forms_are_audited_and_the_weight_check_follows()
    {
        await CloneDraftAsync();

        using var saved = await FormPost.SubmitAsync(Client, EditPath, "ind-LSP-02", Fields(await IndicatorAsync("LSP-02"), ("target", "95"), ("expectedMin", "40"), ("nameEn", "Annual plan delivery")));
        var html = await saved.Content.ReadAsStringAsync();
        Assert.Contains("<p class=\"notice\" role=\"status\" id=\"notice\">حُفظ المؤشر LSP-02.</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"ind-LSP-02-target\" name=\"target\" type=\"number\" step=\"any\" inputmode=\"decimal\" dir=\"ltr\" value=\"95\"", html, StringComparison.Ordinal);

        var lsp02 = await IndicatorAsync("LSP-02");
        Assert.Equal((50m, 95m, 40m, "Annual plan delivery"), (lsp02.Lower!.Value, lsp02.Target!.Value, lsp02.ExpectedMin!.Value, lsp02.NameEn));
        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "update_indicator.update" && a.EntityKey == "IIS-DRAFT/LSP-02"));
        Assert.Equal("central.test", audit.UserName);
        Assert.Contains("\"target\": 90", audit.OldValues!, StringComparison.Ordinal);
        Assert.Contains("\"target\": 95", audit.NewValues!, StringComparison.Ordinal);

        using var range = await FormPost.SubmitAsync(Client, EditPath, "ind-PAO-05", Fields(await IndicatorAsync("PAO-05"), ("lowerZero", "60"), ("upperZero", "120")));
        Assert.Contains("حُفظ المؤشر PAO-05.", await range.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(new RangeDto(60, 90, 100, 120), (await IndicatorAsync("PAO-05")).Range);

        using var sample = await FormPost.SubmitAsync(Client, EditPath, "ind-LSP-04", Fields(await IndicatorAsync("LSP-04"), ("minSurveySample", "50")));
        Assert.Contains("حُفظ المؤشر LSP-04.", await sample.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(50, (await IndicatorAsync("LSP-04")).MinSurveySample);

        using var criterion = await FormPost.SubmitAsync(Client, EditPath, "crit-CUS", [new("nameAr", "رضا المتعاملين"), new("nameEn", "Customer Satisfaction"), new("weight", "2")]);
        var after = await criterion.Content.ReadAsStringAsync();
        Assert.Contains("حُفظ المعيار CUS.", after, StringComparison.Ordinal);
        Assert.Equal(("Customer Satisfaction", 2m), await CriterionAsync("CUS"));
        Assert.Contains("id=\"weights-sum\" data-sum=\"8\">8</td>", after, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"weight-CUS\" data-weight=\"2\">", after, StringComparison.Ordinal);
        Assert.Contains("25.0%", after, StringComparison.Ordinal);
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "update_criterion.update" && a.EntityKey == "IIS-DRAFT/CUS")));

        var english = await GetAsync(EditPath, English);
        Assert.Contains("<h1>Edit edition IIS-DRAFT</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<label for=\"ind-LSP-02-target\">T: the value that scores 100</label>", english, StringComparison.Ordinal);
        Assert.Contains("25.0%", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_needs_the_confirmation_and_afterwards_the_editor_refuses_to_edit_and_offers_a_clone()
    {
        await CloneDraftAsync();

        using var unconfirmed = await FormPost.SubmitAsync(Client, EditPath, "publish", []);
        Assert.Contains("id=\"publish-confirm-error\" role=\"alert\"><ul><li data-code=\"publish.confirm_required\">ضع علامة في المربع للتأكيد قبل النشر.</li>", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(EditionStatus.Draft, await StatusAsync());

        using var published = await FormPost.SubmitAsync(Client, EditPath, "publish", [new("confirm", "yes")]);
        var html = await published.Content.ReadAsStringAsync();
        Assert.Contains("نُشر الإصدار IIS-DRAFT.", html, StringComparison.Ordinal);
        Assert.Equal(EditionStatus.Published, await StatusAsync());
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "publish_edition.update" && a.EntityKey == Draft && a.UserName == "central.test")));

        using var again = await Client.GetAsync(new Uri(EditPath, UriKind.Relative));
        var refusal = await again.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("<p class=\"notice\" id=\"published\">نُشر الإصدار IIS-DRAFT في ", refusal, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/frameworks#clone-IIS-DRAFT\" id=\"clone-link\">نسخ IIS-DRAFT إلى مسودة جديدة</a>", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"_handler\"", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" class=\"form edition-fields\"", refusal, StringComparison.Ordinal);

        using var put = await Client.PutAsJsonAsync($"/api/frameworks/{Draft}/indicators/LSP-02", new { nameAr = "أ", nameEn = "A", lower = 10, target = 20 });
        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
    }

    [Fact]
    public async Task An_unknown_edition_answers_404_with_the_not_found_page()
    {
        using var response = await Client.GetAsync(new Uri("/frameworks/NO-SUCH/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("الصفحة المطلوبة غير موجودة أو غير متاحة لك.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviewer", "/frameworks")]
    [InlineData("reviewer", "/frameworks/IIS-2024/edit")]
    [InlineData("owner", "/frameworks")]
    [InlineData("owner", "/frameworks/IIS-DRAFT/edit")]
    public async Task A_reviewer_or_an_owner_is_refused_the_edition_pages_with_403(string role, string path)
    {
        await CloneDraftAsync();
        var grant = role == "owner" ? (Role.IndicatorOwner, "OM-BS", "LSP-01") : (Role.GovernorateReviewer, "OM-BS", (string?)null);
        var client = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync($"{role}.bs", grant));

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("لا يسمح دورك بعرض هذه الصفحة", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" class=\"form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("edition-indicator", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"edition-IIS-2024\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"menu-editions\"", html, StringComparison.Ordinal);
        var browser = await client.GetStringAsync(new Uri("/framework", UriKind.Relative));
        Assert.DoesNotContain("id=\"all-editions\"", browser, StringComparison.Ordinal);
    }

    private async Task CloneDraftAsync() =>
        Assert.True((await Fixture.SendAsync(new CloneEditionCommand("IIS-2024", Draft, null, null))).IsSuccess);

    private async Task<IndicatorDto> IndicatorAsync(string code) =>
        (await Client.GetFromJsonAsync<EditionDto>($"/api/frameworks/{Draft}"))!.Criteria.SelectMany(c => c.Indicators).Single(i => i.Code == code);

    private async Task<(string, decimal)> CriterionAsync(string code)
    {
        var criterion = (await Client.GetFromJsonAsync<EditionDto>($"/api/frameworks/{Draft}"))!.Criteria.Single(c => c.Code == code);
        return (criterion.NameEn, criterion.Weight);
    }

    private Task<EditionStatus> StatusAsync() => Fixture.WithDbAsync(db => db.FrameworkEditions.Where(e => e.Code == Draft).Select(e => e.Status).SingleAsync());

    /// <summary>An indicator's form as the page fills it, with some fields changed: a browser posts every field of the form.</summary>
    private static List<KeyValuePair<string, string>> Fields(IndicatorDto indicator, params (string Field, string Value)[] changes)
    {
        static string Plain(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var fields = new List<KeyValuePair<string, string>>
        {
            new("nameAr", indicator.NameAr), new("nameEn", indicator.NameEn), new("definitionAr", indicator.DefinitionAr), new("definitionEn", indicator.DefinitionEn),
            new("allowedMin", Plain(indicator.AllowedMin)), new("allowedMax", Plain(indicator.AllowedMax)),
            new("expectedMin", Plain(indicator.ExpectedMin)), new("expectedMax", Plain(indicator.ExpectedMax)), new("weight", Plain(indicator.Weight)),
            new("minSurveySample", indicator.MinSurveySample?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        };
        if (indicator.Range is { } r)
        {
            fields.AddRange([new("lowerZero", Plain(r.LowerZero)), new("targetLow", Plain(r.TargetLow)), new("targetHigh", Plain(r.TargetHigh)), new("upperZero", Plain(r.UpperZero))]);
        }
        else
        {
            fields.AddRange([new("lower", Plain(indicator.Lower)), new("target", Plain(indicator.Target))]);
        }

        return Merge(fields, changes);
    }

    private static List<KeyValuePair<string, string>> Merge(List<KeyValuePair<string, string>> fields, (string Field, string Value)[] changes) =>
        [.. fields.Select(f => changes.FirstOrDefault(c => c.Field == f.Key) is { Field: not null } c ? new KeyValuePair<string, string>(f.Key, c.Value) : f)];

    private async Task<string> GetAsync(string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await Client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
