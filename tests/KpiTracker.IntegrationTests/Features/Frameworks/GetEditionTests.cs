using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Frameworks;

public sealed class GetEditionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>DOMAIN.md section 3, written out row by row: code, Arabic, English, unit, direction, source, L, T.</summary>
    public static TheoryData<string, string, string, string, string, string, decimal?, decimal?> DomainTable => new()
    {
        { "LSP-01", "نسبة الأهداف المرتبطة بالخطة السنوية", "Goals linked to the annual plan", "percent", "up", "ipr", 50m, 100m },
        { "LSP-02", "نسبة إنجاز الخطة السنوية", "Annual plan execution rate", "percent", "up", "admin", 50m, 90m },
        { "LSP-03", "نسبة مؤشرات الخطة التي حققت مستهدفاتها", "Plan KPIs meeting target", "percent", "up", "admin", 40m, 80m },
        { "LSP-04", "مؤشر أثر الممارسات القيادية", "Leadership practice impact score", "score", "up", "survey", 40m, 80m },
        { "LSP-05", "نسبة الوظائف الإشرافية التي لها صف ثانٍ مؤهل", "Supervisory posts with a qualified second line", "percent", "up", "admin", 0m, 50m },
        { "HCC-01", "مؤشر الرضا الوظيفي", "Job satisfaction index", "score", "up", "survey", 40m, 80m },
        { "HCC-02", "مؤشر الثقافة المؤسسية وبيئة العمل", "Institutional culture and work environment", "score", "up", "survey", 40m, 80m },
        { "HCC-03", "نسبة الموظفين المستفيدين من برامج تطوير الكفاءات", "Employees in competency development", "percent", "up", "admin", 20m, 60m },
        { "HCC-04", "نسبة إكمال دورة تقييم الأداء الفردي في موعدها", "Individual-performance cycle completed on time", "percent", "up", "ipr", 70m, 100m },
        { "HCC-05", "معدل الاستقالات الطوعية", "Voluntary resignation rate", "percent", "down", "admin", 10m, 2m },
        { "PAO-01", "مستوى التعاون بين الوحدات الحكومية", "Cooperation between government units", "score", "up", "survey", 40m, 80m },
        { "PAO-02", "عدد الشراكات واتفاقيات التعاون المفعلة", "Active partnerships and cooperation agreements", "count", "up", "document", 0m, 10m },
        { "PAO-03", "نسبة إجراءات العمل المبسطة", "Work procedures simplified", "percent", "up", "document", 0m, 20m },
        { "PAO-04", "نسبة المشاريع المنفذة وفق الجدول الزمني", "Projects delivered on schedule", "percent", "up", "admin", 50m, 85m },
        { "PAO-05", "نسبة تنفيذ الميزانية المعتمدة", "Approved budget execution", "percent", "range", "finance", null, null },
        { "INN-01", "عدد المبادرات الابتكارية المنفذة", "Innovative initiatives implemented", "count", "up", "document", 0m, 5m },
        { "INN-02", "نسبة الموظفين المشاركين بمقترحات ابتكارية", "Employees submitting innovation proposals", "percent", "up", "admin", 0m, 10m },
        { "INN-03", "عدد الدراسات والبحوث التطويرية المعتمدة", "Approved development studies", "count", "up", "document", 0m, 4m },
        { "INN-04", "نسبة مخصصات الابتكار والتطوير من الميزانية", "Innovation and development budget share", "percent", "up", "finance", 0m, 2m },
        { "INN-05", "نسبة الخدمات الإلكترونية المكتملة", "Services fully digital end to end", "percent", "up", "admin", 20m, 80m },
        { "CUS-01", "نسبة رضا المستفيدين عن الخدمات", "Beneficiary satisfaction rate", "percent", "up", "survey", 50m, 85m },
        { "CUS-02", "مؤشر انسيابية إجراءات تقديم الخدمة", "Smoothness of service procedures", "score", "up", "survey", 50m, 85m },
        { "CUS-03", "نسبة المعاملات المنجزة ضمن الزمن المعياري", "Transactions within standard time", "percent", "up", "admin", 50m, 90m },
        { "CUS-04", "مؤشر معالجة الشكاوى", "Complaint handling index", "percent", "up", "admin", 60m, 95m },
        { "CUS-05", "متوسط زمن الاستجابة للشكاوى", "Average complaint response time", "working_days", "down", "admin", 20m, 5m },
        { "GOV-01", "نسبة الالتزام بتطبيق منظومة الأداء", "Performance-system compliance rate", "percent", "up", "ipr", 60m, 100m },
        { "GOV-02", "جودة رصد بيانات المؤشرات", "Indicator data completeness and timeliness", "percent", "up", "platform", 70m, 100m },
        { "GOV-03", "نسبة ملاحظات التدقيق المغلقة في موعدها", "Audit findings closed on time", "percent", "up", "document", 40m, 90m },
        { "GOV-04", "نسبة السياسات والإجراءات المعتمدة والمحدثة", "Approved and current policies and procedures", "percent", "up", "document", 40m, 90m },
        { "GOV-05", "نسبة المخاطر الرئيسة المعالجة", "Key risks with treatment plans in place", "percent", "up", "document", 30m, 90m },
        { "ENV-01", "عدد المبادرات المجتمعية المنفذة", "Community initiatives implemented", "count", "up", "document", 0m, 6m },
        { "ENV-02", "عدد المبادرات البيئية المنفذة", "Environmental initiatives implemented", "count", "up", "document", 0m, 4m },
        { "ENV-03", "نسبة خفض استهلاك الكهرباء والمياه", "Utility consumption reduction vs base year", "percent", "up", "finance", 0m, 5m },
        { "ENV-04", "نسبة المقترحات المجتمعية المستجاب لها", "Community proposals addressed", "percent", "up", "admin", 20m, 70m },
        { "ENV-05", "نسبة المعاملات الداخلية غير الورقية", "Paperless internal transactions", "percent", "up", "admin", 40m, 90m },
    };

    private static readonly (string Code, string Ar, string En)[] DomainCriteria =
    [
        ("LSP", "القيادة والتخطيط الاستراتيجي", "Leadership & Strategic Planning"),
        ("HCC", "رأس المال البشري والثقافة المؤسسية", "Human Capital & Institutional Culture"),
        ("PAO", "الشراكة والتشغيل", "Partnership & Operations"),
        ("INN", "الابتكار", "Innovation"),
        ("CUS", "رضا المتعاملين", "Customer Satisfaction"),
        ("GOV", "الحوكمة", "Governance"),
        ("ENV", "البيئة والمجتمع", "Environment & Society"),
    ];

    [Fact]
    public async Task Current_edition_has_the_seven_criteria_of_the_domain_in_order()
    {
        var edition = await Client.GetFromJsonAsync<EditionDto>("/api/frameworks/current");

        Assert.NotNull(edition);
        Assert.Equal("IIS-2024", edition.Code);
        Assert.Equal(EditionStatus.Published, edition.Status);
        Assert.Equal(DomainCriteria, edition.Criteria.Select(c => (c.Code, c.NameAr, c.NameEn)).ToArray());
        Assert.All(edition.Criteria, c => Assert.Equal(1m, c.Weight));
        Assert.Equal(35, edition.Criteria.Sum(c => c.Indicators.Count));
        Assert.All(edition.Criteria, c => Assert.Equal(5, c.Indicators.Count));
    }

    [Theory]
    [MemberData(nameof(DomainTable))]
    public async Task Every_indicator_matches_the_domain_table(string code, string ar, string en, string unit, string direction, string source, decimal? lower, decimal? target)
    {
        var edition = await Client.GetFromJsonAsync<EditionDto>("/api/frameworks/current");

        var indicator = Assert.Single(edition!.Criteria.SelectMany(c => c.Indicators), i => i.Code == code);
        Assert.Equal(code[..3], indicator.Criterion);
        Assert.Equal(ar, indicator.NameAr);
        Assert.Equal(en, indicator.NameEn);
        Assert.Equal(unit, indicator.Unit.ToCode());
        Assert.Equal(direction, indicator.Direction.ToCode());
        Assert.Equal(source, indicator.Source.ToCode());
        Assert.Equal(lower, indicator.Lower);
        Assert.Equal(target, indicator.Target);
        Assert.Equal(1m, indicator.Weight);
        Assert.Equal(source is "survey" or "document", indicator.EvidenceRequired);
        Assert.Equal(source == "survey" ? 30 : null, indicator.MinSurveySample);
        Assert.False(string.IsNullOrWhiteSpace(indicator.DefinitionAr));
        Assert.False(string.IsNullOrWhiteSpace(indicator.DefinitionEn));
    }

    [Fact]
    public async Task Unit_direction_and_source_go_on_the_wire_as_lower_snake_case_codes()
    {
        var json = await Client.GetStringAsync(new Uri("/api/frameworks/IIS-2024", UriKind.Relative));

        Assert.Contains("\"code\":\"HCC-02\"", json, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"score\",\"direction\":\"up\",\"source\":\"survey\"", json, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"percent\",\"direction\":\"range\",\"source\":\"finance\"", json, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"count\",\"direction\":\"up\",\"source\":\"document\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_range_indicator_and_the_special_allowed_ranges_follow_the_domain()
    {
        var edition = await Client.GetFromJsonAsync<EditionDto>("/api/frameworks/IIS-2024");
        var all = edition!.Criteria.SelectMany(c => c.Indicators).ToDictionary(i => i.Code);

        Assert.Equal(new RangeDto(70m, 90m, 100m, 110m), all["PAO-05"].Range);
        Assert.Equal((0m, 200m), (all["PAO-05"].AllowedMin, all["PAO-05"].AllowedMax));
        Assert.Equal((-100m, 100m), (all["ENV-03"].AllowedMin, all["ENV-03"].AllowedMax));
        Assert.Equal((0m, 100m), (all["LSP-01"].AllowedMin, all["LSP-01"].AllowedMax));
        Assert.Equal((0m, (decimal?)null), (all["PAO-02"].AllowedMin, all["PAO-02"].AllowedMax));
        Assert.Equal((0m, (decimal?)null), (all["CUS-05"].AllowedMin, all["CUS-05"].AllowedMax));
        Assert.All(all.Values.Where(i => i.Code != "PAO-05"), i => Assert.Null(i.Range));
    }

    [Fact]
    public async Task Bands_and_traffic_lights_follow_the_domain()
    {
        var edition = await Client.GetFromJsonAsync<EditionDto>("/api/frameworks/current");

        Assert.Equal(
            [("leading", "رائد", "Leading", 90m), ("advanced", "متقدم", "Advanced", 75m), ("established", "متمكن", "Established", 60m), ("developing", "نامٍ", "Developing", 40m), ("initial", "مبتدئ", "Initial", 0m)],
            edition!.Bands.Select(b => (b.Code, b.NameAr, b.NameEn, b.MinScore)).ToArray());
        Assert.Equal(new TrafficLightsDto(90m, 70m), edition.TrafficLights);
    }

    [Fact]
    public async Task Editions_are_listed_by_code()
    {
        var editions = await Client.GetFromJsonAsync<List<EditionSummaryDto>>("/api/frameworks");

        var edition = Assert.Single(editions!);
        Assert.Equal(("IIS-2024", EditionStatus.Published, 7, 35), (edition.Code, edition.Status, edition.CriteriaCount, edition.IndicatorCount));
    }

    [Fact]
    public async Task An_unknown_edition_is_a_problem_in_the_callers_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/frameworks/NOPE-1");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("No framework edition with that code.", body, StringComparison.Ordinal);

        using var arabic = await Client.GetAsync(new Uri("/api/frameworks/NOPE-1", UriKind.Relative));
        Assert.Contains("لا يوجد إصدار من الإطار بهذا الرمز", await arabic.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbers_are_written_without_storage_zeros()
    {
        var json = await Client.GetStringAsync(new Uri("/api/frameworks/current", UriKind.Relative));

        Assert.Contains("\"lower\":50,", json, StringComparison.Ordinal);
        Assert.DoesNotContain(".000000", json, StringComparison.Ordinal);
    }
}
