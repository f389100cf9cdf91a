namespace KpiTracker.Reports.Tests;

/// <summary>The default edition's catalogue (DOMAIN §1–3), copied as test data in both languages.</summary>
internal static class SampleCatalogue
{
    public static readonly (string Code, string Ar, string En)[] Governorates =
    [
        ("OM-MA", "مسقط", "Muscat"),
        ("OM-ZU", "ظفار", "Dhofar"),
        ("OM-MU", "مسندم", "Musandam"),
        ("OM-BU", "البريمي", "Al Buraimi"),
        ("OM-DA", "الداخلية", "Ad Dakhiliyah"),
        ("OM-BS", "شمال الباطنة", "North Al Batinah"),
        ("OM-BJ", "جنوب الباطنة", "South Al Batinah"),
        ("OM-SS", "شمال الشرقية", "North Ash Sharqiyah"),
        ("OM-SJ", "جنوب الشرقية", "South Ash Sharqiyah"),
        ("OM-ZA", "الظاهرة", "Ad Dhahirah"),
        ("OM-WU", "الوسطى", "Al Wusta"),
    ];

    public static readonly (string Code, string Ar, string En)[] Criteria =
    [
        ("LSP", "القيادة والتخطيط الاستراتيجي", "Leadership & Strategic Planning"),
        ("HCC", "رأس المال البشري والثقافة المؤسسية", "Human Capital & Institutional Culture"),
        ("PAO", "الشراكة والتشغيل", "Partnership & Operations"),
        ("INN", "الابتكار", "Innovation"),
        ("CUS", "رضا المتعاملين", "Customer Satisfaction"),
        ("GOV", "الحوكمة", "Governance"),
        ("ENV", "البيئة والمجتمع", "Environment & Society"),
    ];

    public static readonly (string Code, string Ar, string En, Unit Unit, decimal L, decimal T)[] Indicators =
    [
        ("LSP-01", "نسبة الأهداف المرتبطة بالخطة السنوية", "Goals linked to the annual plan", Unit.Percent, 50, 100),
        ("LSP-02", "نسبة إنجاز الخطة السنوية", "Annual plan execution rate", Unit.Percent, 50, 90),
        ("LSP-03", "نسبة مؤشرات الخطة التي حققت مستهدفاتها", "Plan KPIs meeting target", Unit.Percent, 40, 80),
        ("LSP-04", "مؤشر أثر الممارسات القيادية", "Leadership practice impact score", Unit.Score, 40, 80),
        ("LSP-05", "نسبة الوظائف الإشرافية التي لها صف ثانٍ مؤهل", "Supervisory posts with a qualified second line", Unit.Percent, 0, 50),
        ("HCC-01", "مؤشر الرضا الوظيفي", "Job satisfaction index", Unit.Score, 40, 80),
        ("HCC-02", "مؤشر الثقافة المؤسسية وبيئة العمل", "Institutional culture and work environment", Unit.Score, 40, 80),
        ("HCC-03", "نسبة الموظفين المستفيدين من برامج تطوير الكفاءات", "Employees in competency development", Unit.Percent, 20, 60),
        ("HCC-04", "نسبة إكمال دورة تقييم الأداء الفردي في موعدها", "Individual-performance cycle completed on time", Unit.Percent, 70, 100),
        ("HCC-05", "معدل الاستقالات الطوعية", "Voluntary resignation rate", Unit.Percent, 10, 2),
        ("PAO-01", "مستوى التعاون بين الوحدات الحكومية", "Cooperation between government units", Unit.Score, 40, 80),
        ("PAO-02", "عدد الشراكات واتفاقيات التعاون المفعلة", "Active partnerships and cooperation agreements", Unit.Count, 0, 10),
        ("PAO-03", "نسبة إجراءات العمل المبسطة", "Work procedures simplified", Unit.Percent, 0, 20),
        ("PAO-04", "نسبة المشاريع المنفذة وفق الجدول الزمني", "Projects delivered on schedule", Unit.Percent, 50, 85),
        ("PAO-05", "نسبة تنفيذ الميزانية المعتمدة", "Approved budget execution", Unit.Percent, 70, 90),
        ("INN-01", "عدد المبادرات الابتكارية المنفذة", "Innovative initiatives implemented", Unit.Count, 0, 5),
        ("INN-02", "نسبة الموظفين المشاركين بمقترحات ابتكارية", "Employees submitting innovation proposals", Unit.Percent, 0, 10),
        ("INN-03", "عدد الدراسات والبحوث التطويرية المعتمدة", "Approved development studies", Unit.Count, 0, 4),
        ("INN-04", "نسبة مخصصات الابتكار والتطوير من الميزانية", "Innovation and development budget share", Unit.Percent, 0, 2),
        ("INN-05", "نسبة الخدمات الإلكترونية المكتملة", "Services fully digital end to end", Unit.Percent, 20, 80),
        ("CUS-01", "نسبة رضا المستفيدين عن الخدمات", "Beneficiary satisfaction rate", Unit.Percent, 50, 85),
        ("CUS-02", "مؤشر انسيابية إجراءات تقديم الخدمة", "Smoothness of service procedures", Unit.Score, 50, 85),
        ("CUS-03", "نسبة المعاملات المنجزة ضمن الزمن المعياري", "Transactions within standard time", Unit.Percent, 50, 90),
        ("CUS-04", "مؤشر معالجة الشكاوى", "Complaint handling index", Unit.Percent, 60, 95),
        ("CUS-05", "متوسط زمن الاستجابة للشكاوى", "Average complaint response time", Unit.Days, 20, 5),
        ("GOV-01", "نسبة الالتزام بتطبيق منظومة الأداء", "Performance-system compliance rate", Unit.Percent, 60, 100),
        ("GOV-02", "جودة رصد بيانات المؤشرات", "Indicator data completeness and timeliness", Unit.Percent, 70, 100),
        ("GOV-03", "نسبة ملاحظات التدقيق المغلقة في موعدها", "Audit findings closed on time", Unit.Percent, 40, 90),
        ("GOV-04", "نسبة السياسات والإجراءات المعتمدة والمحدثة", "Approved and current policies and procedures", Unit.Percent, 40, 90),
        ("GOV-05", "نسبة المخاطر الرئيسة المعالجة", "Key risks with treatment plans in place", Unit.Percent, 30, 90),
        ("ENV-01", "عدد المبادرات المجتمعية المنفذة", "Community initiatives implemented", Unit.Count, 0, 6),
        ("ENV-02", "عدد المبادرات البيئية المنفذة", "Environmental initiatives implemented", Unit.Count, 0, 4),
        ("ENV-03", "نسبة خفض استهلاك الكهرباء والمياه", "Utility consumption reduction vs base year", Unit.Percent, 0, 5),
        ("ENV-04", "نسبة المقترحات المجتمعية المستجاب لها", "Community proposals addressed", Unit.Percent, 20, 70),
        ("ENV-05", "نسبة المعاملات الداخلية غير الورقية", "Paperless internal transactions", Unit.Percent, 40, 90),
    ];

    internal enum Unit
    {
        Percent,
        Score,
        Count,
        Days,
    }
}
