namespace KpiTracker.Domain.Organisation;

/// <summary>The country and its 11 governorates (ISO 3166-2:OM), the default assessed units.</summary>
public static class Governorates
{
    public const string CountryCode = "OM";
    public const string CountryNameAr = "سلطنة عُمان";
    public const string CountryNameEn = "Sultanate of Oman";

    public static IReadOnlyList<(string Code, string NameAr, string NameEn)> All { get; } =
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
}
